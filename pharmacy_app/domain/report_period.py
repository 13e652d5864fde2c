"""A reporting period: a calendar month in Danish local time, its bounds as aware UTC
instants, whether it has ended (then its report is final, else provisional), and the day
"days to expiry" are counted from.  Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.localtime import LOCAL_TZ

_PERIOD_RE = re.compile(r"^\s*(\d{4})-(\d{2})\s*$")


@dataclass(frozen=True, order=True)
class Period:
    year: int
    month: int

    @property
    def text(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last_day(self) -> date:
        return self.next().first_day - timedelta(days=1)

    def next(self) -> Period:
        return Period(self.year + self.month // 12, self.month % 12 + 1)

    def previous(self) -> Period:
        return Period(self.year - (self.month == 1), (self.month - 2) % 12 + 1)

    @property
    def start(self) -> datetime:
        """The first instant of the month in local time, as an aware UTC datetime."""
        return datetime.combine(self.first_day, time(0), tzinfo=LOCAL_TZ).astimezone(UTC)

    @property
    def end(self) -> datetime:
        """The first instant after the month (exclusive bound), aware UTC."""
        return self.next().start

    def contains(self, moment: datetime) -> bool:
        return self.start <= moment < self.end

    def __str__(self) -> str:
        return self.text


def parse_period(text: str) -> Period:
    """``"2026-10"`` -> ``Period(2026, 10)``; anything else is refused with ``period_invalid``."""
    match = _PERIOD_RE.match(text or "")
    if not match:
        raise fail("period_invalid", period=text)
    year, month = int(match.group(1)), int(match.group(2))
    if not (1 <= month <= 12 and 2000 <= year <= 2999):
        raise fail("period_invalid", period=text)
    return Period(year, month)


def period_of(moment: datetime) -> Period:
    """The month (local time) an aware datetime falls in."""
    local = moment.astimezone(LOCAL_TZ)
    return Period(local.year, local.month)


def has_ended(period: Period, today: date) -> bool:
    """Whether the month is over on ``today`` (the pharmacy's calendar day)."""
    return today > period.last_day


def counted_from(period: Period, today: date) -> date:
    """The day "days to expiry" count from: the month's last day once it has ended,
    else today (a month end still to come would flatter every lot)."""
    return period.last_day if has_ended(period, today) else today


# The cover's Status: a month still running, or one that has ended.
PROVISIONAL = "Foreløbig"
FINAL = "Endelig"
