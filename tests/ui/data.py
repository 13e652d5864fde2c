"""Test data for the window, written like the pharmacy's paper log.

``apply_log(app, text)`` posts one movement per line through the real services::

    site VC-HER "Vaccinationscenter Herlev" central 1084
    receive 412345 FX1234 exp 2027-03-31 packs 2 ref FS-1 to RH-APO
    transfer FX1234 RH-APO -> VC-HER 60 ref DL-1
    administer FX1234 at VC-HER 12 ref DAG-1
    discard FX1234 at VC-HER 6 reason BRUD ref K-1
    reverse last note "wrong site"
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from pharmacy_app.services import reference, stock
from pharmacy_app.services.app import App


class StepClock:
    """A clock that moves one minute forward every time it is read."""

    def __init__(self, start: datetime, step: timedelta = timedelta(minutes=1)):
        self.current = start
        self.step = step

    def __call__(self) -> datetime:
        now = self.current
        self.current = now + self.step
        return now


def utc(y: int, mo: int, d: int, h: int = 9, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=UTC)


@dataclass
class Log:
    lots: dict[str, int] = field(default_factory=dict)  # batch -> lot id
    movements: list[int] = field(default_factory=list)


def apply_log(app: App, text: str, log: Log | None = None) -> Log:
    log = log or Log()
    for raw in text.strip().splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        words = shlex.split(line)
        verb, args = words[0], words[1:]
        opts = {args[i]: args[i + 1] for i in range(len(args) - 1) if args[i] in _OPTIONS}
        if verb == "site":
            code, name, kind, region = args[:4]
            reference.save_location(app, reference.LocationInfo(None, code, name, kind, region))
            continue
        if verb == "receive":
            product, batch = args[0], args[1]
            posted = stock.receive(
                app,
                product=product,
                batch=batch,
                expiry=date.fromisoformat(opts["exp"]),
                packs=int(opts["packs"]),
                reference=opts.get("ref", ""),
                to_location=opts.get("to"),
            )
            log.lots[batch] = posted.lot_id
        elif verb == "transfer":
            batch, src, _arrow, dst, doses = args[:5]
            posted = stock.transfer(
                app,
                lot_id=log.lots[batch],
                from_code=src,
                to_code=dst,
                doses=int(doses),
                reference=opts.get("ref", ""),
            )
        elif verb == "administer":
            batch, _at, site, doses = args[:4]
            posted = stock.administer(
                app, lot_id=log.lots[batch], site_code=site, doses=int(doses), reference=opts.get("ref", "")
            )
        elif verb == "discard":
            batch, _at, site, doses = args[:4]
            posted = stock.discard(
                app,
                lot_id=log.lots[batch],
                location_code=site,
                doses=int(doses),
                reason_code=opts["reason"],
                note=opts.get("note", ""),
                reference=opts.get("ref", ""),
            )
        elif verb == "reverse":
            target = log.movements[-1] if args[0] == "last" else int(args[0])
            posted = stock.reverse(app, movement_id=target, note=opts.get("note", ""))
        else:
            raise ValueError(f"unknown log line: {raw!r}")
        log.movements.append(posted.movement_id)
    return log


_OPTIONS = {"exp", "packs", "ref", "to", "reason", "note"}


SMALL_LOG = """
site VC-HER "Vaccinationscenter Herlev" central 1084
site MOB-NORD "Mobil enhed Nordsjælland" mobile 1084
receive 412345 FX1234 exp 2027-03-31 packs 2 ref FS-1 to RH-APO
receive 123456 VG5521 exp 2027-06-30 packs 5 ref FS-2 to RH-APO
receive 345679 PV2001 exp 2027-01-31 packs 1 ref FS-3 to RH-APO
transfer FX1234 RH-APO -> VC-HER 60 ref DL-1
administer FX1234 at VC-HER 12 ref DAG-1
discard FX1234 at VC-HER 6 reason BRUD ref K-1
administer FX1234 at VC-HER 7 ref DAG-2
reverse last note "entered twice"
transfer VG5521 RH-APO -> MOB-NORD 20 ref DL-2
"""


SITES = [
    ("VC-HER", "Vaccinationscenter Herlev", "central"),
    ("VC-HVI", "Vaccinationscenter Hvidovre", "central"),
    ("VC-BIS", "Vaccinationscenter Bispebjerg", "central"),
    ("VC-NOR", "Vaccinationscenter Nordsjælland, Hillerød", "central"),
    ("SH-BOR", "Bornholms Hospital, vaccinationsklinik", "decentral"),
    ("SH-FRB", "Sundhedshus Frederiksberg", "decentral"),
    ("GP-AMA", "Lægehuset Amager Strand", "decentral"),
    ("POP-FEL", "Pop-up: Fælledparken", "temporary"),
    ("MOB-NORD", "Mobil enhed Nordsjælland", "mobile"),
    ("MOB-SYD", "Mobil enhed København Syd", "mobile"),
]


def rich_log() -> str:
    """Ten sites, six products, lots near and far from expiry."""
    lines = [f'site {code} "{name}" {kind} 1084' for code, name, kind in SITES]
    receipts = [
        ("412345", "FX1234", "2027-03-31", 8),
        ("412345", "GH7781", "2026-10-25", 4),
        ("412346", "HK3310", "2027-05-31", 6),
        ("412350", "SPX221", "2026-12-15", 5),
        ("123456", "VG5521", "2027-06-30", 20),
        ("123457", "IV0934", "2026-10-20", 10),
        ("123459", "FL8812", "2027-04-30", 12),
        ("345679", "PV2001", "2027-01-31", 6),
    ]
    for n, (product, batch, exp, packs) in enumerate(receipts, start=1):
        lines.append(f"receive {product} {batch} exp {exp} packs {packs} ref FS-2026-{n:03d} to RH-APO")
    sends = [
        ("FX1234", "VC-HER", 120), ("FX1234", "VC-HVI", 60), ("FX1234", "MOB-NORD", 30),
        ("GH7781", "VC-BIS", 60), ("GH7781", "POP-FEL", 48), ("HK3310", "SH-FRB", 20),
        ("SPX221", "VC-NOR", 100), ("VG5521", "GP-AMA", 50), ("VG5521", "SH-BOR", 40),
        ("VG5521", "MOB-SYD", 30), ("IV0934", "VC-HER", 40), ("FL8812", "VC-HVI", 30),
        ("PV2001", "SH-FRB", 10), ("PV2001", "GP-AMA", 10),
    ]
    for n, (batch, site, doses) in enumerate(sends, start=1):
        lines.append(f"transfer {batch} RH-APO -> {site} {doses} ref DL-{n:04d}")
    lines += [
        "administer FX1234 at VC-HER 42 ref DAG-0105",
        "administer FX1234 at VC-HER 18 ref DAG-0106",
        "discard FX1234 at VC-HER 5 reason ANBRUDT_HETTEGLAS ref K-0001",
        "administer FX1234 at VC-HER 6 ref DAG-0107",
        'reverse last note "registered on the wrong day"',
        "administer GH7781 at VC-BIS 24 ref DAG-0201",
        "administer VG5521 at GP-AMA 17 ref DAG-0301",
        'discard IV0934 at VC-HER 10 reason TEMPERATURSVIGT note "fridge alarm 02:10" ref K-0002',
    ]
    return "\n".join(lines)
