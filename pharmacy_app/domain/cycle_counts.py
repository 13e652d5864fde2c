"""Which lots to count today at a place (a cycle count), as a pure function.

Counting a few lots every day finds a drifting shelf sooner than a yearly count.  The
short list blends three rankings of the lots held at the place:

* ``most_moved``: the most movements in or out of the place in the last
  :data:`MOVED_WINDOW_DAYS` days (every movement handles the lot, and may mis-handle it);
* ``largest_value``: the largest value held.  Value is doses held times the price per
  dose; the catalogue knows no prices today, so it is the doses held;
* ``not_counted_recently``: never counted there, or last counted at least N days ago
  (N the setting, :data:`DEFAULT_NOT_COUNTED_DAYS` until saved), the longest ago first.

The blend takes the first of each ranking in turn (most moved, largest value, not
counted), then the second of each, and so on, skipping a lot already taken, until
``limit`` lots are taken or the rankings are used up; so each reason gets a fair share
of a short list and the list starts with the strongest case of each.  A lot's reasons
are every ranking it is in the first ``limit`` of (for "not counted", every lot that
qualifies), so a lot taken for one reason also shows the others it meets.

What must hold: only candidates given are suggested (the service gives the lots held
there and not already in an open count), and none counted there today (it is done);
each at most once, at most ``limit``, and each with at least one reason; ties are
broken by lot id, so the list is stable.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

MOST_MOVED = "most_moved"
LARGEST_VALUE = "largest_value"
NOT_COUNTED_RECENTLY = "not_counted_recently"
REASONS = (MOST_MOVED, LARGEST_VALUE, NOT_COUNTED_RECENTLY)

MOVED_WINDOW_DAYS = 30
DEFAULT_NOT_COUNTED_DAYS = 90
DEFAULT_LIMIT = 10


@dataclass(frozen=True)
class Candidate:
    """A lot held at the place, with what the rankings read."""

    lot_id: int
    doses: int
    movements: int  # in or out of the place in the last MOVED_WINDOW_DAYS days
    last_counted: date | None  # Copenhagen date of its last posted count there


def not_counted_since(last_counted: date | None, today: date, days: int) -> bool:
    """True when the lot was never counted there, or not in the last ``days`` days."""
    return last_counted is None or last_counted <= today - timedelta(days=days)


def suggest(
    candidates: Sequence[Candidate], *, today: date, not_counted_days: int, limit: int
) -> list[tuple[Candidate, tuple[str, ...]]]:
    """The lots to count, most useful first, each with its reasons (see the module)."""
    if limit <= 0:
        return []
    candidates = [c for c in candidates if c.last_counted != today]
    moved = sorted((c for c in candidates if c.movements > 0), key=lambda c: (-c.movements, c.lot_id))
    valued = sorted((c for c in candidates if c.doses > 0), key=lambda c: (-c.doses, c.lot_id))
    stale = sorted(
        (c for c in candidates if not_counted_since(c.last_counted, today, not_counted_days)),
        key=lambda c: (c.last_counted or date.min, -c.doses, c.lot_id),
    )
    rankings = {MOST_MOVED: moved, LARGEST_VALUE: valued, NOT_COUNTED_RECENTLY: stale}
    top = {
        MOST_MOVED: {c.lot_id for c in moved[:limit]},
        LARGEST_VALUE: {c.lot_id for c in valued[:limit]},
        NOT_COUNTED_RECENTLY: {c.lot_id for c in stale},
    }
    taken: list[Candidate] = []
    seen: set[int] = set()
    for rank in range(max(map(len, rankings.values()), default=0)):
        for reason in REASONS:
            ranking = rankings[reason]
            if rank < len(ranking) and ranking[rank].lot_id not in seen and len(taken) < limit:
                seen.add(ranking[rank].lot_id)
                taken.append(ranking[rank])
    return [(c, tuple(r for r in REASONS if c.lot_id in top[r])) for c in taken]
