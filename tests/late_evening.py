"""The hour when the pharmacy's day and the machine's differ.

At 23:30 UTC on Sunday 6 December 2026 it is already Monday 7 December, 00:30, in
Copenhagen, while UTC and a machine set to New York time (18:30) still say the 6th.
:func:`late_evening_in_new_york` stops the wall clock there with time-machine (so the
application's own system clock reads it) and, because the destination is given in
America/New_York, time-machine also sets the process time zone to it (``TZ`` and
``time.tzset()``) and restores both afterwards.  Anything that reads the machine's
clock or zone instead of ``App.now()``/``App.today()`` then gives a different day from
the one the pharmacy lives in.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import time_machine

NOW = datetime(2026, 12, 6, 23, 30, tzinfo=UTC)
DANISH_DAY = date(2026, 12, 7)  # a Monday: a new week too
MACHINE_DAY = date(2026, 12, 6)  # UTC's and New York's day
MACHINE_ZONE = ZoneInfo("America/New_York")


@contextmanager
def late_evening_in_new_york() -> Iterator[None]:
    with time_machine.travel(NOW.astimezone(MACHINE_ZONE), tick=False):
        # The machine itself is a day behind the pharmacy (checked, so the test means it).
        assert date.today() == MACHINE_DAY  # noqa: DTZ011 - the machine's day, on purpose
        assert datetime.now().hour == 18  # noqa: DTZ005 - the machine's clock, on purpose
        yield
