"""Test fixtures that read like the pharmacy's paper log.

    2026-11-02 receive 412345 FX1234 exp 2027-03-31 2 packs ref FS-1
    2026-11-03 site VC-HER central "Vaccinationscenter Herlev"
    2026-11-03 transfer FX1234 RH-APO -> VC-HER 60
    2026-11-04 give FX1234 VC-HER 5
    2026-11-04 discard FX1234 VC-HER 1 ANBRUDT_HETTEGLAS
    2026-11-05 reverse #3

Each line sets the clock to 09:00 UTC on its date and calls the real service, so the
movement is neither back-dated nor in the future.  ``#N`` is the N-th movement posted
by this log.  Batches name lots (each batch is unique across products in a log).
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from pharmacy_app.services import reference, stock
from pharmacy_app.services.app import App
from pharmacy_app.services.stock import Posted


class Clock:
    """A settable clock for services: ``App(clock=Clock(...))``."""

    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def set(self, now: datetime) -> None:
        self.now = now

    def advance(self, **kwargs: float) -> None:
        self.now = self.now + timedelta(**kwargs)


class CountingClock:
    """A clock that counts how often it is read: one use case reads it once."""

    def __init__(self, inner: Clock) -> None:
        self.inner, self.reads = inner, 0

    def __call__(self) -> datetime:
        self.reads += 1
        return self.inner()


@dataclass
class PaperLog:
    app: App
    clock: Clock
    lots: dict[str, int] = field(default_factory=dict)
    posted: list[Posted] = field(default_factory=list)

    def run(self, text: str) -> list[Posted]:
        out = []
        for raw in text.strip().splitlines():
            line = raw.split("//")[0].strip()
            if line:
                result = self.line(line)
                if result is not None:
                    out.append(result)
        return out

    def line(self, line: str) -> Posted | None:
        words = shlex.split(line)
        day, verb, args = date.fromisoformat(words[0]), words[1], words[2:]
        self.clock.set(datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC))
        result: Posted | None = None
        if verb == "receive":
            product, batch, _exp, expiry, packs = args[:5]
            extra = dict(zip(args[6::2], args[7::2], strict=False))
            result = stock.receive(
                self.app,
                product=product,
                batch=batch,
                expiry=date.fromisoformat(expiry),
                packs=int(packs),
                reference=extra.get("ref", ""),
                to_location=extra.get("to", "RH-APO"),
            )
            self.lots[batch] = result.lot_id
        elif verb == "site":
            code, kind, name = args[:3]
            reference.save_location(
                self.app, reference.LocationInfo(None, code, name, kind, "1084")
            )
        elif verb == "transfer":
            batch, src, _arrow, dst, doses = args[:5]
            result = stock.transfer(
                self.app, lot_id=self.lots[batch], from_code=src, to_code=dst, doses=int(doses)
            )
        elif verb == "give":
            batch, site, doses = args[:3]
            result = stock.administer(
                self.app, lot_id=self.lots[batch], site_code=site, doses=int(doses)
            )
        elif verb == "discard":
            batch, loc, doses, reason = args[:4]
            note = args[4] if len(args) > 4 else ""
            result = stock.discard(
                self.app,
                lot_id=self.lots[batch],
                location_code=loc,
                doses=int(doses),
                reason_code=reason,
                note=note,
            )
        elif verb == "reverse":
            index = int(args[0].lstrip("#")) - 1
            result = stock.reverse(self.app, movement_id=self.posted[index].movement_id)
        else:
            raise ValueError(f"unknown paper-log verb {verb!r} in {line!r}")
        if result is not None:
            self.posted.append(result)
        return result
