"""Demand forecast: the doses a site will give of a product, week by week.

The method is *seasonal naive, scaled to this season's uptake*:

1. A **season** runs from the Monday of ISO week 27 (early July) to the Sunday before the
   next one, so one autumn-and-winter campaign lies in one season.  A week is known by
   its Monday; week ``i`` of a season is the ``i``-th Monday after the season's start.
2. The **profile** of a week is the mean of the same season week in up to
   :data:`PROFILE_SEASONS` earlier seasons in which the series gave anything.  Only
   seasons whose weeks the forecast reads were recorded count: a season read before the
   first recorded day would take its unrecorded weeks as "nothing given" and turn the
   ratio into nonsense (a history that begins in December knows nothing of that
   season's October).
3. This season's **uptake ratio** compares what was given in the last (up to)
   :data:`RATIO_WEEKS` complete weeks of this season with the profile of the same weeks.
   It is *damped* towards 1 by a prior of :data:`PRIOR_WEEKS` ordinary weeks (so the
   first week or two of a season, a handful of doses, cannot multiply the whole season)
   and *clamped* to :data:`RATIO_MIN`…:data:`RATIO_MAX`.
4. The **forecast** of a coming week is ratio × profile.
5. When a series has no earlier season (a new product), the profile is borrowed from the
   series' *programme* at the same site (what the site gave of all the programme's
   products), and the ratio then also carries the product's share of its programme.
   When neither has an earlier season, the forecast is the **recent average**: the mean
   of the last :data:`RECENT_WEEKS` complete weeks, flat, counting only the weeks since
   the series' first week with anything given.

Why this and not a fitted model (Holt-Winters, SARIMA from statsmodels): a region has one
to five seasons of history per site, far too few for a seasonal model to estimate 52
seasonal terms, and the campaigns' shape is set by the national programme (start date,
target groups) that repeats from year to year while the level changes with uptake.  The
scaled profile needs no fitting, is explained to a pharmacist in one sentence, and the
backtest (:func:`backtest`) shows its error per programme.

What must hold: pure (no database, no pandas); forecasts are never negative; a series
with nothing ever given forecasts 0; the same input gives the same output.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import TypeVar

SEASON_START_WEEK = 27  # ISO week: early July, between two campaigns
PROFILE_SEASONS = 3  # earlier seasons averaged into the profile
RATIO_WEEKS = 8  # the recent weeks of this season that set the uptake ratio
PRIOR_WEEKS = 2.0  # the damping: this many ordinary (profile-mean) weeks at ratio 1
RATIO_MIN, RATIO_MAX = 0.2, 5.0
RECENT_WEEKS = 4  # the fallback's window

Series = Mapping[date, float]  # a week's Monday -> doses given that week
K = TypeVar("K")


class Method(StrEnum):
    """How a series was forecast (shown with the forecast, explained in the docstring)."""

    SEASON = "season"  # the series' own earlier seasons, scaled
    PROGRAMME = "programme"  # the programme's earlier seasons at the site, scaled
    RECENT = "recent"  # the recent weekly average, flat
    NONE = "none"  # nothing was ever given


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def season_start(day: date) -> date:
    """The Monday that starts the season ``day`` falls in."""
    start = date.fromisocalendar(day.year, SEASON_START_WEEK, 1)
    if day < start:
        start = date.fromisocalendar(day.year - 1, SEASON_START_WEEK, 1)
    return start


def season_label(day: date) -> str:
    """``2025/26``: the season ``day`` falls in."""
    y = season_start(day).year
    return f"{y}/{(y + 1) % 100:02d}"


def season_weeks(start: date) -> int:
    """How many weeks the season starting on Monday ``start`` has (52 or 53)."""
    return (season_start(start + timedelta(days=371)) - start).days // 7


def same_week(week: date, earlier_start: date) -> date:
    """The Monday of ``week``'s season week in the season starting ``earlier_start``; a
    53rd week maps onto the 52nd of a season that has none."""
    index = (week - season_start(week)).days // 7
    return earlier_start + timedelta(weeks=min(index, season_weeks(earlier_start) - 1))


@dataclass(frozen=True)
class SeriesForecast:
    method: Method
    ratio: float  # the uptake ratio applied (1.0 for RECENT and NONE)
    seasons: int  # earlier seasons in the profile
    weeks: tuple[tuple[date, float], ...]  # (Monday, doses expected)

    @property
    def total(self) -> float:
        return sum(d for _w, d in self.weeks)


def _earlier_seasons(series: Series, now: date, history_start: date | None = None) -> list[date]:
    """The starts of the (at most :data:`PROFILE_SEASONS`) latest seasons before
    ``now``'s in which the series gave anything and whose weeks the forecast reads were
    recorded (``history_start``: the first day recorded; None: all of it), latest
    first.  The forecast reads a season from the same week as the first week of
    :data:`RATIO_WEEKS` before ``now`` (or ``now``'s own week)."""
    this = season_start(now)
    starts = {season_start(w) for w, d in series.items() if d and w < this}
    if history_start is not None:
        first_read = max(this, now - timedelta(weeks=RATIO_WEEKS))
        covered = monday(history_start)
        starts = {s for s in starts if same_week(first_read, s) >= covered}
    return sorted(starts, reverse=True)[:PROFILE_SEASONS]


def _profile(series: Series, week: date, starts: Sequence[date]) -> float:
    return sum(series.get(same_week(week, s), 0.0) for s in starts) / len(starts)


def _mean_week(series: Series, starts: Sequence[date]) -> float:
    """The profile's mean week over the whole of its seasons."""
    total = 0.0
    for start in starts:
        total += sum(
            series.get(start + timedelta(weeks=k), 0.0) for k in range(season_weeks(start))
        )
    return total / sum(season_weeks(s) for s in starts)


def _recent_weeks(now: date, count: int, not_before: date | None = None) -> list[date]:
    weeks = [now - timedelta(weeks=k) for k in range(1, count + 1)]
    return [w for w in weeks if not_before is None or w >= not_before]


def forecast_series(
    series: Series,
    now: date,
    weeks: int,
    programme_series: Series | None = None,
    history_start: date | None = None,
) -> SeriesForecast:
    """The next ``weeks`` weeks from the week of ``now`` (its Monday first), from what
    was given before that Monday.  ``programme_series`` is the same site's total of the
    programme, used as the profile when the series has no earlier season;
    ``history_start`` is the first day the history records (earlier seasons that began
    before it are not used)."""
    now = monday(now)
    known = {w: d for w, d in series.items() if w < now}
    coming = [now + timedelta(weeks=k) for k in range(weeks)]
    if not any(known.values()):
        return SeriesForecast(Method.NONE, 1.0, 0, tuple((w, 0.0) for w in coming))
    profile_source, method = known, Method.SEASON
    backs = _earlier_seasons(known, now, history_start)
    if not backs and programme_series is not None:
        profile_source = {w: d for w, d in programme_series.items() if w < now}
        backs, method = _earlier_seasons(profile_source, now, history_start), Method.PROGRAMME
    if backs:
        ratio_weeks = _recent_weeks(now, RATIO_WEEKS, season_start(now))
        prior = PRIOR_WEEKS * _mean_week(profile_source, backs)
        if method is Method.PROGRAMME:
            # The product's share of its programme is known only from its own weeks,
            # with no prior: there is no ordinary share to damp towards.
            first = min(w for w, d in known.items() if d)
            ratio_weeks, prior = [w for w in ratio_weeks if w >= first], 0.0
        observed = sum(known.get(w, 0.0) for w in ratio_weeks)
        expected = sum(_profile(profile_source, w, backs) for w in ratio_weeks)
        if expected + prior > 0:
            ratio = min(RATIO_MAX, max(RATIO_MIN, (observed + prior) / (expected + prior)))
            return SeriesForecast(
                method,
                ratio,
                len(backs),
                tuple((w, ratio * _profile(profile_source, w, backs)) for w in coming),
            )
    # Only the weeks since the series began: a site that started two weeks ago is not
    # averaged with two empty weeks before it (a season's first rounds would send half).
    first = min(w for w, d in known.items() if d)
    recent = _recent_weeks(now, RECENT_WEEKS, not_before=first)
    average = sum(known.get(w, 0.0) for w in recent) / len(recent)
    return SeriesForecast(Method.RECENT, 1.0, 0, tuple((w, average) for w in coming))


# --------------------------------------------------------------------------- backtest


@dataclass(frozen=True)
class BacktestWeek:
    week: date
    forecast: float
    actual: float


def backtest_weeks(
    series_by_key: Mapping[K, Series],
    programme_of: Mapping[K, Series],
    weeks: Iterable[date],
    history_start: date | None = None,
) -> list[BacktestWeek]:
    """For each of ``weeks``: the sum over the series of their one-week-ahead forecast
    made from what was known before that week, against what was given."""
    out = []
    for week in weeks:
        forecast = actual = 0.0
        for key, series in series_by_key.items():
            f = forecast_series(series, week, 1, programme_of.get(key), history_start)
            forecast += f.weeks[0][1]
            actual += series.get(week, 0.0)
        out.append(BacktestWeek(week, forecast, actual))
    return out


def mape(rows: Iterable[BacktestWeek]) -> float | None:
    """Mean absolute percentage error over the weeks that gave anything, in percent;
    ``None`` when no week did (a percentage of nothing is undefined)."""
    errors = [abs(r.forecast - r.actual) / r.actual for r in rows if r.actual > 0]
    return 100.0 * sum(errors) / len(errors) if errors else None


def last_season_weeks(now: date) -> list[date]:
    """The Mondays of the season before the one ``now`` falls in."""
    this = season_start(now)
    start = season_start(this - timedelta(days=1))
    return [start + timedelta(weeks=k) for k in range((this - start).days // 7)]
