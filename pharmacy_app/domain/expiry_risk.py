"""Expiry risk and wastage as pure computation.

* A location's consumption rate is the moving average of doses given per day over the
  last four weeks (:data:`CONSUMPTION_WINDOW_DAYS`, the rule the SSI report uses for
  "expected use before expiry"): doses given in the window / days in the window.
  A location whose history of a product is shorter than the window is *new*: it takes
  the rate passed in as ``fallback`` (the average of established locations of the same
  kind), else the average over the days it has, else 0.
* Stock is used first-expiry-first-out: consumption drains the earliest use-by first.
  By day ``d`` a location uses at most ``floor(rate x days left)`` doses (the SSI
  report's ``expected_use``; nothing is counted as used on or after the use-by date
  itself), so a lot's usable doses are ``min(doses, rate x days left - what earlier
  lots use)`` and the rest is *at risk*.
* Wastage rate (WHO, *Monitoring vaccine wastage at country level*):
  ``100 x wasted / (administered + wasted)``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from pharmacy_app.domain.expiry import days_left, is_expired
from pharmacy_app.domain.ssi_report import CONSUMPTION_WINDOW_DAYS

DEFAULT_WINDOWS = (7, 30, 60)
EXPIRED = "expired"
LATER = "later"

# Where a rate came from.
RATE_OWN = "own"  # the location's own four weeks
RATE_KIND = "kind"  # new location: the average of its kind
RATE_SHORT = "short"  # new location, no peers: its own (shorter) history
RATE_NONE = "none"  # nothing to go on: 0
RATE_REGION = "region"  # the pharmacy: the sum of the region's sites' rates

# A float product such as 0.1 x 30 may land just below a whole number.
_EPSILON = 1e-9


@dataclass(frozen=True)
class Rate:
    per_day: float
    source: str


def rate_with_source(
    given_per_day: Sequence[int],
    window_days: int = CONSUMPTION_WINDOW_DAYS,
    fallback: float | None = None,
) -> Rate:
    """The rate :func:`daily_rate` gives, and which rule gave it.

    ``given_per_day`` holds doses given per day, oldest first, ending today, and starts
    on the location's first day with the product when that is within the window.
    """
    if window_days <= 0:
        raise ValueError("window_days must be positive")
    recent = list(given_per_day)[-window_days:]
    if len(recent) >= window_days:
        return Rate(max(0.0, sum(recent) / window_days), RATE_OWN)
    if fallback is not None:
        return Rate(max(0.0, float(fallback)), RATE_KIND)
    if recent:
        return Rate(max(0.0, sum(recent) / len(recent)), RATE_SHORT)
    return Rate(0.0, RATE_NONE)


def daily_rate(
    given_per_day: Sequence[int],
    window_days: int = CONSUMPTION_WINDOW_DAYS,
    fallback: float | None = None,
) -> float:
    """Doses per day: the moving average over the last ``window_days`` days.

    With at least ``window_days`` days of history: sum of the last ``window_days`` days
    / ``window_days``.  With less (a new location): ``fallback`` when given, else the
    average over the days there are, else 0.  Never negative (reversals can make a
    day's figure negative).
    """
    return rate_with_source(given_per_day, window_days, fallback).per_day


def expiry_bucket(use_by: date, today: date, windows: Sequence[int] = DEFAULT_WINDOWS) -> str:
    """``'expired'`` after the use-by date, else the first ``'≤N'`` window the days left
    fit in (``'≤7'``, ``'≤30'``, ``'≤60'``), else ``'later'``."""
    if is_expired(use_by, today):
        return EXPIRED
    left = days_left(use_by, today)
    for window in sorted(windows):
        if left <= window:
            return f"≤{window}"
    return LATER


def bucket_names(windows: Sequence[int] = DEFAULT_WINDOWS) -> list[str]:
    """Every bucket :func:`expiry_bucket` can give, soonest first."""
    return [EXPIRED, *(f"≤{w}" for w in sorted(windows)), LATER]


@dataclass(frozen=True)
class Holding:
    """Doses of one lot at one location."""

    lot_id: int
    use_by: date
    doses: int


@dataclass(frozen=True)
class Risk:
    lot_id: int
    use_by: date
    doses: int
    days_left: int
    usable: int  # doses used before the use-by at the rate
    at_risk: int  # doses - usable


def at_risk(stock: Sequence[Holding], rate_per_day: float, today: date) -> list[Risk]:
    """Lots at one location (of one product: the rate is per product) with doses that
    will not be used before their use-by at ``rate_per_day``, in FEFO order.

    Expired lots are left out: they are no longer a risk but waste (see
    :func:`expiry_bucket`).
    """
    ordered = [(h, True) for h in sorted(stock, key=lambda h: (h.use_by, h.lot_id))]
    return [risk for _, risk in _drain(ordered, rate_per_day, today) if risk.at_risk]


def region_at_risk(
    pharmacy: Sequence[Holding], sites: Sequence[Holding], region_rate: float, today: date
) -> list[Risk]:
    """The pharmacy's lots (of one product) with doses the whole region will not use
    before their use-by.

    The rule: the region uses ``region_rate`` doses a day (the sum of its sites' rates),
    first-expiry-first-out over everything it holds; the stock already at the sites goes
    first (at the same use-by, a site's lot before the pharmacy's, since it is already
    where it is given), so a pharmacy lot is usable only for what the region's use up to
    its use-by leaves after the sites' earlier-or-equal stock and the pharmacy's earlier
    lots.  The rest is at risk.
    """
    both = [(h, False) for h in sites] + [(h, True) for h in pharmacy]
    both.sort(key=lambda t: (t[0].use_by, t[1], t[0].lot_id))
    return [risk for ours, risk in _drain(both, region_rate, today) if ours and risk.at_risk]


def _drain(
    ordered: Sequence[tuple[Holding, bool]], rate_per_day: float, today: date
) -> list[tuple[bool, Risk]]:
    """Every holding in stock and not expired, in the order given, with what the rate uses
    of it before its use-by (the FEFO rule of the module docstring); each with its flag."""
    rate = max(0.0, rate_per_day)
    used_before = 0  # doses the earlier lots take
    out: list[tuple[bool, Risk]] = []
    for h, flag in ordered:
        if h.doses <= 0 or is_expired(h.use_by, today):
            continue
        left = days_left(h.use_by, today)
        capacity = math.floor(rate * left + _EPSILON) if left > 0 else 0
        usable = max(0, min(h.doses, capacity - used_before))
        used_before += usable
        out.append((flag, Risk(h.lot_id, h.use_by, h.doses, left, usable, h.doses - usable)))
    return out


def wastage_rate(administered: int, wasted: int) -> float | None:
    """WHO wastage rate in percent: ``100 x wasted / (administered + wasted)``;
    ``None`` when nothing was used."""
    total = administered + wasted
    if total <= 0:
        return None
    return 100.0 * wasted / total
