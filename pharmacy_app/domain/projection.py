"""Projected stock of one product at one place, week by week: the arithmetic.

Each week (Monday to Sunday), in this order:

1. **in**: what arrives that week (expected deliveries from SSI, a planned round's lots
   at a site) is added; an arrival with no known use-by does not expire in the horizon;
2. **out**: what leaves (a planned round's lots from the pharmacy) is taken from its own
   lot, then, if that lot is short, first-expiry-first from the others;
3. **use**: the expected use (the forecast) is taken first-expiry-first from the lots
   still usable on the week's Monday; what cannot be met is the week's shortfall, and
   the first week with a shortfall gives the **stock-out day**: the Monday plus the days
   the stock covered at that week's pace;
4. **expired**: what is left at the week's end of a lot whose use-by falls in the week
   is lost (a lot is taken to be usable the whole week its use-by falls in: optimistic
   by at most six days of its use).

What must hold: pure; whole doses; stock never negative; start + in − out − used −
expired = end for every week, and each week starts where the one before ended.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

FAR = date.max


@dataclass(frozen=True)
class Holding:
    lot_id: int | None  # None: not a known lot (an expected delivery)
    use_by: date
    doses: int


@dataclass(frozen=True)
class Flow:
    """Doses arriving at or leaving the place in a week (its Monday), of a lot if known."""

    week: date
    doses: int
    lot_id: int | None = None
    use_by: date = FAR


@dataclass(frozen=True)
class Week:
    week: date  # Monday
    start: int
    incoming: int
    outgoing: int
    use: int  # expected
    used: int  # what the stock met of it
    expired: int
    end: int

    @property
    def short(self) -> int:
        return self.use - self.used


@dataclass(frozen=True)
class Projection:
    weeks: tuple[Week, ...]
    stock_out: date | None  # the first day the place runs out, within the horizon
    expired_lots: tuple[tuple[int | None, date, int], ...] = field(
        default=()
    )  # (lot, use-by, doses lost)

    @property
    def expired(self) -> int:
        return sum(w.expired for w in self.weeks)


@dataclass
class _Lot:
    lot_id: int | None
    use_by: date
    doses: int


def _take(lots: list[_Lot], doses: int, usable_from: date, lot_id: int | None = None) -> int:
    """Take up to ``doses`` first-expiry-first (``lot_id``'s own first); what was taken."""
    taken = 0
    own_first = sorted(lots, key=lambda h: (lot_id is None or h.lot_id != lot_id, h.use_by))
    for h in own_first:
        if taken == doses:
            break
        if h.use_by < usable_from:
            continue
        n = min(h.doses, doses - taken)
        h.doses -= n
        taken += n
    return taken


def project(
    holdings: Iterable[Holding],
    weeks: Sequence[date],
    use: Mapping[date, int],
    incoming: Iterable[Flow] = (),
    outgoing: Iterable[Flow] = (),
) -> Projection:
    """The place's stock through ``weeks`` (consecutive Mondays), see the module.  A flow
    dated before the first week (an overdue delivery, a round planned for a past day)
    counts in the first week."""
    lots = [_Lot(h.lot_id, h.use_by, h.doses) for h in holdings if h.doses > 0]
    first = weeks[0] if weeks else None

    def this_week(f: Flow, monday: date) -> bool:
        return f.week == monday or (f.week < monday and monday == first)

    ins, outs = list(incoming), list(outgoing)
    rows: list[Week] = []
    lost: list[tuple[int | None, date, int]] = []
    stock_out: date | None = None
    for monday in weeks:
        sunday = monday + timedelta(days=6)
        start = sum(h.doses for h in lots)
        arriving = [f for f in ins if this_week(f, monday)]
        lots.extend(_Lot(f.lot_id, f.use_by, f.doses) for f in arriving)
        out = sum(_take(lots, f.doses, date.min, f.lot_id) for f in outs if this_week(f, monday))
        wanted = max(0, use.get(monday, 0))
        used = _take(lots, wanted, monday)
        if used < wanted and stock_out is None:
            stock_out = monday + timedelta(days=(7 * used) // wanted)
        expired = 0
        for h in lots:
            if monday <= h.use_by <= sunday and h.doses > 0:
                lost.append((h.lot_id, h.use_by, h.doses))
                expired += h.doses
                h.doses = 0
        lots = [h for h in lots if h.doses > 0]
        end = sum(h.doses for h in lots)
        rows.append(
            Week(monday, start, sum(f.doses for f in arriving), out, wanted, used, expired, end)
        )
    return Projection(tuple(rows), stock_out, tuple(lost))
