"""The ledger's invariants as pure functions.

* Quantities are whole doses greater than zero and within the plausibility limits of
  ``domain.limits``.
* Moments are timezone-aware; a naive datetime is refused, never guessed at.
* A back-dated movement is allowed within a window and must not make the lot's
  balance at a location negative at any moment after its date: :func:`first_negative`
  replays the location's movements of that lot in time order to find out, and
  :func:`available_at` says how much may still leave at a moment without that.
* Balances are a projection of the ledger: :func:`project_balances` is the reference
  the database's balance table is compared with.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.limits import MAX_DOSES_PER_MOVEMENT, MAX_PACKS_PER_LINE
from pharmacy_app.domain.localtime import local_day, local_minute

# Workstation clocks drift; a movement stamped slightly ahead of the server is not "future".
CLOCK_TOLERANCE = timedelta(minutes=5)
DEFAULT_BACKDATE_DAYS = 14


def check_doses(doses: object) -> int:
    """A whole number of doses from 1 to what one movement may carry (``limits``)."""
    if isinstance(doses, bool) or not isinstance(doses, int) or doses <= 0:
        raise fail("quantity_not_positive", doses=doses)
    if doses > MAX_DOSES_PER_MOVEMENT:
        raise fail("quantity_too_large", doses=doses, max=MAX_DOSES_PER_MOVEMENT)
    return doses


def check_packs(packs: object) -> int:
    """A whole number of packs from 1 to what one line may carry (``limits``)."""
    if isinstance(packs, bool) or not isinstance(packs, int) or packs <= 0:
        raise fail("quantity_not_positive", doses=packs)
    if packs > MAX_PACKS_PER_LINE:
        raise fail("packs_too_large", packs=packs, max=MAX_PACKS_PER_LINE)
    return packs


def check_aware(moment: object, field: str) -> None:
    """Refuse a naive datetime at a service's door: comparing it with the aware clock
    would raise TypeError deep inside, and reading it as local or UTC would be a guess."""
    if isinstance(moment, datetime) and (
        moment.tzinfo is None or moment.tzinfo.utcoffset(moment) is None
    ):
        raise fail("datetime_without_zone", field=field, value=moment.isoformat())


def check_occurred(occurred: datetime, now: datetime, window_days: int) -> None:
    """Refuse a time in the future or older than the back-dating window."""
    check_aware(occurred, "occurred_at")
    check_aware(now, "now")
    if occurred > now + CLOCK_TOLERANCE:
        raise fail("occurred_in_future", occurred=local_minute(occurred))
    if occurred < now - timedelta(days=window_days):
        raise fail(
            "backdate_outside_window",
            occurred=local_day(occurred),
            days=window_days,
        )


@dataclass(frozen=True)
class Step:
    """One movement as seen from one location: when, in what order, and the signed doses."""

    occurred: datetime
    seq: int
    delta: int


def first_negative(steps: Iterable[Step], opening: int = 0) -> tuple[Step, int] | None:
    """Replay ``steps`` in (time, sequence) order; return the first step leaving a negative
    balance and that balance, or ``None`` when the balance never goes below zero."""
    balance = opening
    for step in sorted(steps, key=lambda s: (s.occurred, s.seq)):
        balance += step.delta
        if balance < 0:
            return step, balance
    return None


def available_at(steps: Iterable[Step], moment: datetime) -> int:
    """The most that can leave at ``moment`` without the balance going negative then or
    at any later step: the lowest running balance from ``moment`` on."""
    balance = 0
    lowest: int | None = None
    for step in sorted(steps, key=lambda s: (s.occurred, s.seq)):
        if step.occurred > moment and lowest is None:
            lowest = balance
        balance += step.delta
        if lowest is not None:
            lowest = min(lowest, balance)
    if lowest is None:
        lowest = balance
    return max(lowest, 0)


@dataclass(frozen=True)
class LedgerRow:
    lot_id: int
    from_location_id: int
    to_location_id: int
    doses: int


def project_balances(rows: Iterable[LedgerRow]) -> dict[tuple[int, int], int]:
    """Sum the ledger into ``{(location_id, lot_id): doses}`` for every location touched."""
    totals: dict[tuple[int, int], int] = defaultdict(int)
    for row in rows:
        totals[(row.from_location_id, row.lot_id)] -= row.doses
        totals[(row.to_location_id, row.lot_id)] += row.doses
    return dict(totals)
