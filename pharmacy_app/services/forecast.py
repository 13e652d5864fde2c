"""The demand forecast of the region's sites and its backtest, from the ledger.

Doses given are the ADMINISTER movements (site -> ADMINISTERED) less their reversals,
counted per site, product and week (Monday to Sunday, Danish local time).  The database
adds up each week; the forecast itself is :mod:`pharmacy_app.domain.forecast` (method
and reasons in its docstring).  Read-only: nothing here writes.

What must hold: a week is a Danish local week whatever the machine's zone; only what was
given before the current week's Monday is used; the backtest forecasts each week of the
last season from what was known before it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain import forecast as fc
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.localtime import at_local, local_day
from pharmacy_app.domain.types import VirtualLocation
from pharmacy_app.services.app import App

# The bucketing of moments into consecutive local periods (a binary search in SQL).
from pharmacy_app.services.expiry import _day_index as period_index
from pharmacy_app.services.expiry import consuming_sites
from pharmacy_app.services.reference import region_locations, virtual

MAX_WEEKS = 26
# Seasons read: this one, the last (backtested) and the profile's seasons before it.
SEASONS_READ = fc.PROFILE_SEASONS + 2

Key = tuple[int, int]  # (site id, product id)


@dataclass(frozen=True)
class SeriesInfo:
    """One site's product: what it is and how it was forecast."""

    programme_code: str
    programme: str  # the programme's name in Danish, as the other views show it
    product_id: int
    varenummer: str
    product: str  # short name
    site_id: int
    site_code: str
    site_name: str
    method: fc.Method
    ratio: float
    seasons: int


@dataclass(frozen=True)
class ForecastLine:
    """A series and its expected doses per coming week (whole doses, rounded)."""

    series: SeriesInfo
    weeks: tuple[tuple[date, int], ...]

    @property
    def total(self) -> int:
        return sum(d for _w, d in self.weeks)


@dataclass(frozen=True)
class Forecast:
    today: date
    weeks: tuple[date, ...]  # the Mondays forecast, the current week first
    lines: tuple[ForecastLine, ...]

    def expected(self, site_id: int, product_id: int) -> dict[date, int]:
        for line in self.lines:
            if line.series.site_id == site_id and line.series.product_id == product_id:
                return dict(line.weeks)
        return {}


@dataclass(frozen=True)
class BacktestRow:
    """One programme's one-week-ahead forecasts over the last season, and their error."""

    programme_code: str
    programme: str
    season: str  # e.g. 2025/26
    weeks: tuple[fc.BacktestWeek, ...]
    mape: float | None  # percent; None when nothing was given

    @property
    def forecast(self) -> float:
        return sum(w.forecast for w in self.weeks)

    @property
    def actual(self) -> float:
        return sum(w.actual for w in self.weeks)


@dataclass
class _History:
    series: dict[Key, dict[date, float]]
    programme_series: dict[tuple[int, str], dict[date, float]]  # (site, programme)
    info: dict[Key, tuple[m.Product, m.Programme, m.Location]]
    start: date | None  # the first day the ledger records: earlier seasons need it all

    def programme_of(self, key: Key) -> dict[date, float]:
        product = self.info[key][0]
        return self.programme_series.get((key[0], product.programme_code), {})


def weekly_given(
    session: Session, site_ids: list[int], first: date, end: date
) -> dict[Key, dict[date, int]]:
    """Doses given per (site, product) per week, for the Mondays from ``first`` up to
    ``end`` (exclusive); a reversed administration counts in the week of its reversal."""
    mondays = [first + timedelta(weeks=k) for k in range((end - first).days // 7)]
    if not mondays or not site_ids:
        return {}
    administered = virtual(session, VirtualLocation.ADMINISTERED).id
    mv = m.Movement
    week = period_index(mv.occurred_at, mondays).label("week")
    window = (mv.occurred_at >= at_local(first), mv.occurred_at < at_local(end))
    given = (
        select(mv.from_location_id, m.Lot.product_id, week, func.sum(mv.doses))
        .join(m.Lot, m.Lot.id == mv.lot_id)
        .where(*window, mv.to_location_id == administered, mv.from_location_id.in_(site_ids))
        .group_by(mv.from_location_id, m.Lot.product_id, week)
    )
    reversed_ = (
        select(mv.to_location_id, m.Lot.product_id, week, -func.sum(mv.doses))
        .join(m.Lot, m.Lot.id == mv.lot_id)
        .where(*window, mv.from_location_id == administered, mv.to_location_id.in_(site_ids))
        .group_by(mv.to_location_id, m.Lot.product_id, week)
    )
    out: dict[Key, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    for q in (given, reversed_):
        for site, product, i, doses in session.execute(q):
            out[(site, product)][mondays[int(i)]] += int(doses)
    return {k: dict(v) for k, v in out.items()}


def _read_history(session: Session, today: date, only: Collection[int] | None = None) -> _History:
    sites = consuming_sites(region_locations(session))
    if only is not None:
        sites = {i: loc for i, loc in sites.items() if i in only}
    this_start = fc.season_start(today)
    first = this_start
    for _ in range(SEASONS_READ - 1):
        first = fc.season_start(first - timedelta(days=1))
    given = weekly_given(session, sorted(sites), first, fc.monday(today))
    products = {p.id: p for p in session.scalars(select(m.Product))}
    programmes = {p.code: p for p in session.scalars(select(m.Programme))}
    series: dict[Key, dict[date, float]] = {}
    programme_series: dict[tuple[int, str], dict[date, float]] = defaultdict(
        lambda: defaultdict(float)
    )
    info: dict[Key, tuple[m.Product, m.Programme, m.Location]] = {}
    for (site, pid), weeks in given.items():
        product = products[pid]
        series[(site, pid)] = {w: float(d) for w, d in weeks.items()}
        info[(site, pid)] = (product, programmes[product.programme_code], sites[site])
        total = programme_series[(site, product.programme_code)]
        for w, d in weeks.items():
            total[w] += d
    first_moment = session.scalar(select(func.min(m.Movement.occurred_at)))
    start = local_day(first_moment) if first_moment is not None else None
    return _History(series, {k: dict(v) for k, v in programme_series.items()}, info, start)


def _check_weeks(weeks: int) -> None:
    if not 1 <= weeks <= MAX_WEEKS:
        raise fail("value_invalid", field="weeks", value=weeks, why=f"1-{MAX_WEEKS}")


def forecast_in(session: Session, today: date, weeks: int = 8) -> Forecast:
    """:func:`forecast` in an open session."""
    _check_weeks(weeks)
    history = _read_history(session, today)
    now = fc.monday(today)
    mondays = tuple(now + timedelta(weeks=k) for k in range(weeks))
    lines = []
    for key, series in history.series.items():
        product, programme, site = history.info[key]
        result = fc.forecast_series(series, now, weeks, history.programme_of(key), history.start)
        info = SeriesInfo(
            programme.code, programme.name_da, product.id, product.varenummer,
            product.short_name or product.name, site.id, site.code, site.name,
            result.method, result.ratio, result.seasons,
        )  # fmt: skip
        lines.append(ForecastLine(info, tuple((w, round(d)) for w, d in result.weeks)))
    lines.sort(key=lambda x: (x.series.programme_code, x.series.product, x.series.site_code))
    return Forecast(today, mondays, tuple(lines))


def site_forecasts(
    session: Session, today: date, site_ids: Collection[int], weeks: int
) -> dict[Key, fc.SeriesForecast]:
    """The forecast of each product at ``site_ids`` (unrounded), the current week first,
    from one read of their history: what a round on the forecast basis sizes its
    proposals by."""
    history = _read_history(session, today, site_ids)
    now = fc.monday(today)
    return {
        key: fc.forecast_series(series, now, weeks, history.programme_of(key))
        for key, series in history.series.items()
    }


def forecast(app: App, weeks: int = 8, today: date | None = None) -> Forecast:
    """Per programme, product and site of the region: the doses expected in each of the
    next ``weeks`` weeks (the current week first)."""
    today = today or app.today()
    with app.db.read() as s:
        return forecast_in(s, today, weeks)


def backtest(app: App, today: date | None = None) -> list[BacktestRow]:
    """Per programme: each week of the last season forecast one week ahead from what was
    known before it, against what was given; the mean absolute percentage error."""
    today = today or app.today()
    with app.db.read() as s:
        history = _read_history(s, today)
    weeks = fc.last_season_weeks(today)
    by_programme: dict[str, dict[Key, Mapping[date, float]]] = defaultdict(dict)
    names: dict[str, str] = {}
    for key, series in history.series.items():
        programme = history.info[key][1]
        by_programme[programme.code][key] = series
        names[programme.code] = programme.name_da
    rows = []
    for code in sorted(by_programme):
        keyed = by_programme[code]
        programme_of = {k: history.programme_of(k) for k in keyed}
        result = fc.backtest_weeks(keyed, programme_of, weeks, history.start)
        rows.append(
            BacktestRow(
                code, names[code], fc.season_label(weeks[0]), tuple(result), fc.mape(result)
            )
        )
    return rows
