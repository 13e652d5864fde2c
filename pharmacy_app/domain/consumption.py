"""When consumption is dated: a day's doses are stamped at noon, Copenhagen time.

What must hold:

* Doses given on a day are recorded at 12:00 Danish time that day (so a day's entries
  never fall into the neighbouring UTC day, and summer time is respected); today's
  entries recorded before noon are stamped *now*, never in the future.
* A day is open for entries when its noon stamp still falls inside the back-dating
  window counted back from now (:func:`earliest_day`).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from pharmacy_app.domain.localtime import at_local, local_day

RECORDED_AT = time(12, 0)


def occurred_for(day: date, now: datetime) -> datetime:
    """12:00 local time on ``day`` in UTC; never later than ``now``."""
    return min(at_local(day, RECORDED_AT), now)


def earliest_day(now: datetime, window_days: int) -> date:
    """The first day whose entries still fall inside the back-dating window."""
    limit = now - timedelta(days=window_days)
    day = local_day(limit)
    if occurred_for(day, now) < limit:
        day += timedelta(days=1)
    return day
