"""Stock targets per site and product, and whether a site will run out: pure rules.

A *target* is a minimum and a maximum, either in doses or in days of cover.  What holds:

* An explicit target (recorded per site and product) wins.  Without one a site has its
  kind's default in days of cover: maximum = the kind's ``target_cover_days`` (what a
  round fills a site up to), minimum = half of it, rounded up (``ceil(cover / 2)``), so
  a site with 14 days of cover is below its minimum under 7 days and one with 7 days
  under 4.  Half leaves room for one missed round at the usual interval.
* A target in days becomes doses at the site's expected daily use:
  ``min_doses = ceil(min_days x daily use)``; with no use (rate 0) a target in days asks
  for nothing, so a site that gives none of a product is never below its minimum.
* *Days of cover* = usable stock / expected daily use (``None``: no use, no run-out).
  Usable stock is the stock that will be used before its use-by (the at-risk rule of
  :mod:`pharmacy_app.domain.expiry_risk`), so doses that will expire do not count.
* The *run-out date* is ``today + floor(days of cover)``: the first day the stock no
  longer covers a whole day's use.  A site *runs out before the next round* when the
  run-out date is before the day of the next round that brings it stock (the next draft
  round that includes the site, else today + the region's round interval).
* Below minimum: usable stock < the minimum in doses.

The expected daily use is passed in (:func:`assess` takes it as a number), so the
four-week moving average used today can later be replaced by a forecast without
changing these rules.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

#: Days between two rounds when the region has not said (Settings › General).
DEFAULT_ROUND_INTERVAL_DAYS = 7
MAX_ROUND_INTERVAL_DAYS = 90
MAX_TARGET = 1_000_000

DOSES = "doses"
DAYS = "days"
# Where a site's target came from.
SOURCE_SET = "set"
SOURCE_KIND = "kind"


@dataclass(frozen=True)
class Target:
    """A minimum and maximum, in doses or in days of cover (``unit``)."""

    unit: str  # DOSES | DAYS
    minimum: int
    maximum: int
    source: str = SOURCE_SET  # SOURCE_SET | SOURCE_KIND


def target_problem(minimum: int, maximum: int) -> bool:
    """Whether ``minimum``/``maximum`` are not a valid target (0 <= min <= max, bounded)."""
    return not (0 <= minimum <= maximum <= MAX_TARGET) or maximum == 0


def default_target(cover_days: int) -> Target:
    """A site's target when none is recorded: its kind's cover days as the maximum, half of
    them (rounded up) as the minimum."""
    cover = max(1, int(cover_days))
    return Target(DAYS, math.ceil(cover / 2), cover, SOURCE_KIND)


def effective_target(explicit: Target | None, cover_days: int) -> Target:
    return explicit if explicit is not None else default_target(cover_days)


def in_doses(target: Target, daily_use: float) -> tuple[int, int]:
    """The target's minimum and maximum in doses at ``daily_use`` doses a day."""
    if target.unit == DOSES:
        return target.minimum, target.maximum
    use = max(0.0, daily_use)
    return math.ceil(target.minimum * use - 1e-9), math.ceil(target.maximum * use - 1e-9)


def cover_days(usable: int, daily_use: float) -> float | None:
    """Days the usable stock lasts at ``daily_use``; ``None`` when nothing is used."""
    if daily_use <= 0:
        return None
    return max(0, usable) / daily_use


def run_out_date(today: date, usable: int, daily_use: float) -> date | None:
    """The first day the stock no longer covers a day's use; ``None`` with no use."""
    days = cover_days(usable, daily_use)
    if days is None:
        return None
    return today + timedelta(days=math.floor(days + 1e-9))


@dataclass(frozen=True)
class Status:
    usable: int
    daily_use: float
    target: Target
    min_doses: int
    max_doses: int
    cover_days: float | None
    run_out: date | None
    next_round: date
    runs_out: bool  # runs out before the next round
    below_minimum: bool

    @property
    def short(self) -> bool:
        return self.runs_out or self.below_minimum


def assess(
    usable: int, daily_use: float, target: Target, today: date, next_round: date
) -> Status:
    """A site's status for one product: see the module's rules."""
    low, high = in_doses(target, daily_use)
    out = run_out_date(today, usable, daily_use)
    return Status(
        usable,
        max(0.0, daily_use),
        target,
        low,
        high,
        cover_days(usable, daily_use),
        out,
        next_round,
        out is not None and out < next_round,
        usable < low,
    )


def next_round_day(today: date, planned: list[date], interval_days: int) -> date:
    """The next round's day: the earliest planned day from today on, else today + the
    interval."""
    ahead = [d for d in planned if d >= today]
    return min(ahead) if ahead else today + timedelta(days=max(1, interval_days))
