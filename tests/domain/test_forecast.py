"""The demand forecast on hand-made histories whose seasonality is known.

Three seasons of a campaign (a bell from October to January over a small baseline),
each season at its own level, with ±10 % noise: the forecast of the coming weeks must
recover the current season's noise-free shape within the error stated in each test.
"""

from __future__ import annotations

import math
import random
from datetime import date, timedelta

import pytest

from pharmacy_app.domain import forecast as fc


def shape(index: int) -> float:
    """Doses in season week ``index`` at level 1: a campaign peaking in week 17 (late
    October) over a baseline of 20 a week."""
    return 20 + 400 * math.exp(-(((index - 17) / 5) ** 2))


def history(
    levels: dict[int, float], until: date, noise: float = 0.1, seed: int = 1
) -> dict[date, float]:
    """Weeks of the seasons starting in the given years at their levels, up to ``until``."""
    rng = random.Random(seed)
    out: dict[date, float] = {}
    for year, level in levels.items():
        start = date.fromisocalendar(year, fc.SEASON_START_WEEK, 1)
        for k in range(fc.season_weeks(start)):
            week = start + timedelta(weeks=k)
            if week < until:
                out[week] = round(level * shape(k) * (1 + rng.uniform(-noise, noise)))
    return out


def test_seasons_run_from_iso_week_27():
    assert fc.season_start(date(2026, 12, 6)) == date(2026, 6, 29)
    assert fc.season_start(date(2026, 6, 28)) == date(2025, 6, 30)
    assert fc.season_label(date(2027, 1, 10)) == "2026/27"
    # The same season week a season earlier: 7 December 2026 is week 23 of 2026/27.
    assert fc.same_week(date(2026, 12, 7), date(2025, 6, 30)) == date(2025, 12, 8)


def test_recovers_the_season_scaled_to_this_seasons_uptake():
    """Two earlier seasons at levels 1.0 and 1.1, this one at 1.4, six weeks into the
    campaign: the next 8 weeks within 12 % of the true shape each week, 5 % in total."""
    now = date.fromisocalendar(2026, fc.SEASON_START_WEEK, 1) + timedelta(weeks=14)
    series = history({2024: 1.0, 2025: 1.1, 2026: 1.4}, until=now)
    result = fc.forecast_series(series, now, 8)
    assert result.method is fc.Method.SEASON and result.seasons == 2
    truth = [1.4 * shape(14 + k) for k in range(8)]
    for (week, doses), true in zip(result.weeks, truth, strict=True):
        assert abs(doses - true) / true < 0.12, (week, doses, true)
    assert abs(result.total - sum(truth)) / sum(truth) < 0.05
    # The level of this season, seen through the noise and the damping.
    assert 1.2 < result.ratio / 1.05 < 1.5


def test_the_first_weeks_of_a_season_cannot_multiply_it():
    """One week into a season a spike of 10x: the damped, clamped ratio stays modest."""
    start = date.fromisocalendar(2026, fc.SEASON_START_WEEK, 1)
    series = history({2025: 1.0}, until=start, noise=0)
    series[start] = 10 * shape(0)
    result = fc.forecast_series(series, start + timedelta(weeks=1), 4)
    assert result.ratio <= fc.RATIO_MAX
    assert result.ratio < 2.5


def test_no_earlier_season_falls_back_to_the_recent_average():
    now = date(2026, 12, 7)
    series = {now - timedelta(weeks=k): float(k * 10) for k in range(1, 7)}
    result = fc.forecast_series(series, now, 3)
    assert result.method is fc.Method.RECENT
    assert [d for _w, d in result.weeks] == [25.0, 25.0, 25.0]  # (10+20+30+40)/4


def test_the_recent_average_counts_only_the_weeks_since_the_series_began():
    """A site that began giving two weeks ago (30, then 50) expects 40 a week, not 20:
    the two empty weeks before it began are not averaged in.  A quiet week after it
    began does count."""
    now = date(2026, 10, 19)
    began = {now - timedelta(weeks=2): 30.0, now - timedelta(weeks=1): 50.0}
    result = fc.forecast_series(began, now, 2)
    assert result.method is fc.Method.RECENT
    assert [d for _w, d in result.weeks] == [40.0, 40.0]
    quiet = {now - timedelta(weeks=3): 30.0, now - timedelta(weeks=2): 50.0, now - timedelta(weeks=1): 0.0}
    assert [d for _w, d in fc.forecast_series(quiet, now, 1).weeks] == [80.0 / 3]


def test_a_season_the_history_begins_inside_is_not_a_profile():
    """The ledger begins in December of last season: its October and November were
    never recorded, so reading them as "nothing given" would make this season's uptake
    look five times last season's.  That season is left out: with no season recorded
    from its start, the forecast is the recent average (the same history, told it is
    complete, would use last season)."""
    now = date.fromisocalendar(2026, fc.SEASON_START_WEEK, 1) + timedelta(weeks=23)
    first_day = date(2025, 12, 8)
    series = {
        w: d
        for w, d in history({2025: 1.0, 2026: 1.0}, until=now, noise=0).items()
        if w >= first_day
    }
    assert fc.forecast_series(series, now, 2).ratio == fc.RATIO_MAX  # the nonsense
    result = fc.forecast_series(series, now, 2, history_start=first_day)
    assert result.method is fc.Method.RECENT and result.seasons == 0
    recent = sum(series[now - timedelta(weeks=k)] for k in range(1, 5)) / 4
    assert [d for _w, d in result.weeks] == [recent, recent]
    # A history that covers last season from its first week still uses it.
    covered = fc.forecast_series(series, now, 2, history_start=date(2025, 6, 30))
    assert covered.method is fc.Method.SEASON


def test_a_new_product_borrows_its_programmes_season_with_its_share():
    """Last season the programme gave the shape; this season a new product took over
    half of it three weeks ago: it is forecast as half the programme's profile."""
    now = date.fromisocalendar(2026, fc.SEASON_START_WEEK, 1) + timedelta(weeks=16)
    programme = history({2025: 1.0, 2026: 1.0}, until=now, noise=0)
    product = {w: d / 2 for w, d in programme.items() if w >= now - timedelta(weeks=3)}
    result = fc.forecast_series(product, now, 4, programme)
    assert result.method is fc.Method.PROGRAMME
    assert result.ratio == pytest.approx(0.5)
    assert [round(d) for _w, d in result.weeks] == [round(shape(16 + k) / 2) for k in range(4)]


def test_nothing_given_forecasts_nothing():
    result = fc.forecast_series({}, date(2026, 12, 7), 2)
    assert result.method is fc.Method.NONE and result.total == 0


def test_backtest_of_a_seasonal_history_has_a_small_error():
    """Each week of the last season forecast from what was known before it: MAPE below
    15 % for a history of ±10 % noise around a steady shape at changing levels."""
    now = date(2026, 12, 7)
    series = history({2022: 0.9, 2023: 1.0, 2024: 1.2, 2025: 1.1, 2026: 1.0}, until=now)
    rows = fc.backtest_weeks({"s": series}, {}, fc.last_season_weeks(now))
    assert len(rows) == 52
    error = fc.mape(rows)
    assert error is not None and error < 15
    assert fc.mape([fc.BacktestWeek(now, 5.0, 0.0)]) is None
