"""Rebalancing stock at risk of expiring, as pure computation.

Stock *at risk* (see :mod:`pharmacy_app.domain.expiry_risk`) at one location may be
used in time somewhere else.  :func:`propose` turns the region's at-risk holdings into
transfer proposals:

* **Spare capacity.**  A receiver (a site, for one product) can take doses of a lot with
  use-by ``u`` only as far as it will use them before ``u`` at its own rate:
  ``floor(rate x days left until u)`` minus what it uses first (its own stock with a
  use-by on or before ``u``, drained first-expiry-first-out as
  :func:`~pharmacy_app.domain.expiry_risk.at_risk` counts it) minus what earlier
  proposals already send it.  The doses must also not push the receiver's own later
  stock past its use-by: the same slack is required at the use-by of every later lot it
  holds (a site that already has a later lot at risk takes nothing earlier, since every
  dose it took would only waste one of its own instead).  Never negative.
* **Greedy.**  Lots are taken soonest use-by first.  Each donor lot goes to the receiver
  with the most spare capacity (ties: a receiver of the donor's kind, then the lower
  code); it moves ``min(at risk, spare capacity)`` doses, rounded down to whole vials:
  an unopened vial travels whole, and part of one cannot be moved at all.
* **The pharmacy.**  When doses are still at risk that no single site can take, but the
  region's sites together have spare capacity for at least a vial, the rest goes back
  to the pharmacy for redistribution (whole vials, at most the sites' total spare
  capacity, which is then counted as taken).
* **Other regions.**  Whatever is still left, in whole vials, is proposed for another
  region: nothing in the region can use it in time.  Such a proposal is never a transfer by itself.
* **Ranking.**  Proposals by doses saved (most first), then soonest use-by.

Nothing here reads a database; the caller gives the holdings and rates.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from pharmacy_app.domain.expiry import days_left, is_expired
from pharmacy_app.domain.messages.codes import Code
from pharmacy_app.domain.messages.sentence import Sentence

SITE = "site"
PHARMACY = "pharmacy"
OTHER_REGION = "other_region"
OTHER_REGION_CODE = "OTHER_REGION"

# A float product such as 0.1 x 30 may land just below a whole number.
_EPSILON = 1e-9


@dataclass(frozen=True)
class Donor:
    """Doses of one lot at one location that it will not use before their use-by."""

    location_code: str
    kind: str  # location kind code
    product_id: int
    lot_id: int
    batch: str
    use_by: date
    at_risk: int
    unit_doses: int  # doses per vial (syringe, applicator)


@dataclass(frozen=True)
class Stock:
    """Doses of one lot a receiver holds."""

    use_by: date
    doses: int


@dataclass(frozen=True)
class Receiver:
    """A location that uses a product: its rate and its own stock of that product."""

    location_code: str
    kind: str
    product_id: int
    rate_per_day: float
    holdings: tuple[Stock, ...] = ()


@dataclass(frozen=True)
class Proposal:
    lot_id: int
    product_id: int
    batch: str
    use_by: date
    from_code: str
    to_code: str
    doses: int
    doses_saved: int  # == doses
    receiver_rate: float  # doses a day (pharmacy: the sites' together; other region: 0)
    receiver_days_left: int  # days until the use-by, seen from today
    kind: str  # site | pharmacy | other_region
    from_kind: str = ""
    unit_doses: int = 1


def _floor(x: float) -> int:
    return math.floor(x + _EPSILON)


@dataclass
class _Plan:
    """A receiver's stock as the proposals grow: its own lots plus what it is given."""

    receiver: Receiver
    today: date
    given: list[Stock] = field(default_factory=list)

    def _capacity(self, u: date) -> int:
        left = days_left(u, self.today)
        return _floor(max(0.0, self.receiver.rate_per_day) * left) if left > 0 else 0

    def _lots(self) -> list[Stock]:
        return [
            s
            for s in (*self.receiver.holdings, *self.given)
            if s.doses > 0 and not is_expired(s.use_by, self.today)
        ]

    def _used_by(self, lots: list[Stock]) -> dict[date, int]:
        """Doses used up to and including each use-by date, first-expiry-first-out."""
        out: dict[date, int] = {}
        used = 0
        for s in sorted(lots, key=lambda s: s.use_by):
            used += max(0, min(s.doses, self._capacity(s.use_by) - used))
            out[s.use_by] = used
        return out

    def spare(self, u: date) -> int:
        """Doses with use-by ``u`` this receiver can still take and use in time, without
        pushing any of its own stock past its use-by."""
        if is_expired(u, self.today) or self._capacity(u) <= 0:
            return 0
        lots = self._lots()
        used = self._used_by(lots)
        before = max((v for d, v in used.items() if d <= u), default=0)
        slack = self._capacity(u) - before
        for d, v in used.items():
            if d > u:
                slack = min(slack, self._capacity(d) - v)
        return max(0, slack)

    def give(self, u: date, doses: int) -> None:
        self.given.append(Stock(u, doses))


def _whole(doses: int, unit: int) -> int:
    unit = max(1, unit)
    return doses - doses % unit


def propose(
    donors: Sequence[Donor],
    receivers: Sequence[Receiver],
    today: date,
    pharmacy_code: str | None = None,
) -> list[Proposal]:
    """Transfer proposals for the at-risk ``donors``, ranked (see the module text).

    ``receivers`` are the region's sites per product (the pharmacy is not a receiver of
    its own: it passes stock on).  Without ``pharmacy_code`` there is no return to the
    pharmacy, and what no single site takes is proposed for another region.
    """
    plans: dict[int, list[_Plan]] = {}
    for r in receivers:
        plans.setdefault(r.product_id, []).append(_Plan(r, today))
    out: list[Proposal] = []
    order = sorted(donors, key=lambda d: (d.use_by, d.lot_id, d.location_code))
    for d in order:
        if d.at_risk <= 0 or is_expired(d.use_by, today):
            continue
        left = d.at_risk
        dl = days_left(d.use_by, today)
        candidates = [p for p in plans.get(d.product_id, []) if p.receiver.location_code != d.location_code]
        # One site: the one with the most spare capacity.
        spares = [(p.spare(d.use_by), p) for p in candidates]
        spares = [(c, p) for c, p in spares if c > 0]
        if spares:
            spares.sort(key=lambda cp: (-cp[0], cp[1].receiver.kind != d.kind, cp[1].receiver.location_code))
            capacity, best = spares[0]
            doses = _whole(min(left, capacity), d.unit_doses)
            if doses > 0:
                best.give(d.use_by, doses)
                left -= doses
                out.append(
                    Proposal(
                        d.lot_id, d.product_id, d.batch, d.use_by, d.location_code,
                        best.receiver.location_code, doses, doses, best.receiver.rate_per_day,
                        dl, SITE, d.kind, d.unit_doses,
                    )
                )
        # The pharmacy: the region's sites together, when no single one can.
        if left > 0 and pharmacy_code and d.location_code != pharmacy_code:
            spares = [(p.spare(d.use_by), p) for p in candidates]
            spares = [(c, p) for c, p in spares if c > 0]
            total = sum(c for c, _p in spares)
            doses = _whole(min(left, total), d.unit_doses)
            if doses > 0:
                rate = sum(p.receiver.rate_per_day for _c, p in spares)
                rest = doses
                spares.sort(key=lambda cp: (-cp[0], cp[1].receiver.location_code))
                for c, p in spares:
                    take = min(c, rest)
                    p.give(d.use_by, take)
                    rest -= take
                    if rest == 0:
                        break
                left -= doses
                out.append(
                    Proposal(
                        d.lot_id, d.product_id, d.batch, d.use_by, d.location_code,
                        pharmacy_code, doses, doses, rate, dl, PHARMACY, d.kind, d.unit_doses,
                    )
                )
        offer = _whole(left, d.unit_doses)
        if offer > 0:
            out.append(
                Proposal(
                    d.lot_id, d.product_id, d.batch, d.use_by, d.location_code,
                    OTHER_REGION_CODE, offer, offer, 0.0, dl, OTHER_REGION, d.kind, d.unit_doses,
                )
            )
    out.sort(key=lambda p: (-p.doses_saved, p.use_by, p.from_code, p.lot_id, p.to_code))
    return out


# --------------------------------------------------------------------------- explanation


_SENTENCES = {
    SITE: Code.PROPOSAL_MOVE,
    PHARMACY: Code.PROPOSAL_RETURN,
    OTHER_REGION: Code.PROPOSAL_OTHER_REGION,
}


def explanation(
    p: Proposal,
    *,
    product: str | None = None,
    names: Mapping[str, str] | None = None,
) -> Sentence:
    """One sentence saying what the proposal moves, where, and why it saves the doses.

    ``product`` is the product's name and ``names`` maps location codes to names
    (codes are shown where a name is missing)."""
    names = names or {}
    return Sentence(
        _SENTENCES.get(p.kind, Code.PROPOSAL_MOVE),
        {
            "doses": p.doses,
            "product": product or f"product {p.product_id}",
            "batch": p.batch,
            "source": names.get(p.from_code, p.from_code),
            "destination": names.get(p.to_code, p.to_code),
            "use_by": p.use_by,
            "rate": float(p.receiver_rate),
            "days": p.receiver_days_left,
        },
    )


def explain(
    p: Proposal,
    language: str = "en",
    *,
    product: str | None = None,
    names: Mapping[str, str] | None = None,
) -> str:
    """:func:`explanation` written in ``language``."""
    return explanation(p, product=product, names=names).text(language)
