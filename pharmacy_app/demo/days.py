"""The simulated year's calendar: local times, the day's phases, holidays and seasons.

Times are aware UTC datetimes of a moment in Danish local time.  A day has fixed phases
(see :mod:`pharmacy_app.demo`), and a time asked for inside a phase never leaves it, so
the ledger's time order is the order in which the simulation moved stock.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import cache

from pharmacy_app.domain.localtime import LOCAL_TZ

# The day's phases, seconds after local midnight; a phase's times never pass its end.
HOUR = 3600
RECEIPTS = (7 * HOUR, 8 * HOUR + 15 * 60)
PHARMACY_DISCARDS = (8 * HOUR + 20 * 60, 8 * HOUR + 50 * 60)
RETURNS = (8 * HOUR + 55 * 60, 9 * HOUR + 29 * 60)
DISTRIBUTION = (9 * HOUR + 30 * 60, 12 * HOUR)
CONSUMPTION = (12 * HOUR + 30 * 60, 16 * HOUR + 25 * 60)
SITE_WASTE = (16 * HOUR + 30 * 60, 17 * HOUR + 45 * 60)


def at_phase(day: date, seconds: int, phase: tuple[int, int]) -> datetime:
    """``local_time`` held inside ``phase``; equal times keep the simulation's order."""
    return local_time(day, min(max(seconds, phase[0]), phase[1]))


def local_time(day: date, seconds: int) -> datetime:
    """``seconds`` after local midnight on ``day`` in Denmark, as an aware UTC datetime."""
    return (datetime.combine(day, time(0), tzinfo=UTC) + timedelta(seconds=seconds)) - _offset(day)


@cache
def _offset(day: date) -> timedelta:
    offset = datetime.combine(day, time(12), tzinfo=LOCAL_TZ).utcoffset()
    return offset or timedelta(0)


def easter_sunday(year: int) -> date:
    """Gregorian Easter (the anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)


@cache
def danish_holidays(year: int) -> frozenset[date]:
    """Days pharmacies and vaccination sites are closed (public holidays, 24 and 31 December)."""
    easter = easter_sunday(year)
    moving = [easter + timedelta(days=n) for n in (-3, -2, 0, 1, 39, 49, 50)]
    fixed = [
        date(year, 1, 1),
        date(year, 6, 5),
        date(year, 12, 24),
        date(year, 12, 25),
        date(year, 12, 26),
        date(year, 12, 31),
    ]
    return frozenset(moving + fixed)


def is_holiday(day: date) -> bool:
    return day in danish_holidays(day.year)


def season_start(day: date) -> date | None:
    """1 October of the autumn/winter campaign ``day`` belongs to, or None (March-September)."""
    if day.month >= 10:
        return date(day.year, 10, 1)
    if day.month <= 2:
        return date(day.year - 1, 10, 1)
    return None


def in_season(day: date) -> bool:
    return season_start(day) is not None


def pharmacy_open(day: date) -> bool:
    """The hospital pharmacy works Monday to Friday, holidays excepted."""
    return day.weekday() < 5 and not is_holiday(day)


def site_open(kind_code: str, day: date) -> bool:
    """Sites vaccinate on weekdays; central centres on Saturdays too in season, temporary
    sites in season only; none on holidays."""
    if is_holiday(day):
        return False
    wd = day.weekday()
    if kind_code == "temporary":
        return wd < 5 and in_season(day)
    if kind_code == "central":
        return wd < 5 or (wd == 5 and in_season(day))
    return wd < 5


def add_months(day: date, months: int) -> date:
    """The last day of the month ``months`` after ``day``'s."""
    y, m = divmod(day.month - 1 + months, 12)
    return _end_of_month(date(day.year + y, m + 1, 1))


def _end_of_month(day: date) -> date:
    nxt = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def year_before(until: date) -> date:
    """The first of twelve months ending on ``until``: 25-11-2026 -> 26-11-2025."""
    try:
        return until.replace(year=until.year - 1) + timedelta(days=1)
    except ValueError:  # 29 February
        return date(until.year - 1, 3, 1)
