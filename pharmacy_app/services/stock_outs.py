"""Stock targets per site and product, and the sites that will run out: the use cases.

* :func:`set_target` / :func:`clear_target` record or remove a site's explicit target for
  one product (a coordinator's decision, written to the activity log); a site without one
  has its kind's default (the rule is in :mod:`pharmacy_app.domain.stock_targets`).
* :func:`targets` lists every site and product with its effective target and where it
  came from, for Settings and ``target list``.
* :func:`stock_outs` says, per active site and product, the usable stock, the expected
  daily use, days of cover, the run-out date and the next round, and keeps the rows of
  sites that will run out before that round or are below their minimum.  The expected
  use is the four-week rate of :mod:`pharmacy_app.services.expiry` unless a
  ``daily_use`` mapping is passed, or, on the forecast basis (the setting
  ``round_use_basis``, :mod:`pharmacy_app.services.distribution.use_basis`), the
  forecast's doses a day over the round interval where it expects any; each row's
  ``rate_source`` says which (``forecast``, ``given``, or the rate's own source).
* :func:`counts` is the status bar's expiry counts with the number of sites that will
  run out.
* The next round a site gets: the earliest draft round planned from today on with a
  list for the site; else today + the region's round interval (the setting
  ``round_interval_days``, 7 until saved).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain import expiry_risk as er
from pharmacy_app.domain import stock_targets as st
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.roles import Role
from pharmacy_app.domain.use_basis import FORECAST
from pharmacy_app.services import activity
from pharmacy_app.services.app import App
from pharmacy_app.services.distribution.sites import cover_days_of
from pharmacy_app.services.distribution.use_basis import (
    RATE_FORECAST,
    forecast_daily_use,
    read_basis,
)
from pharmacy_app.services.expiry import ExpiryCounts, RiskReading, counts_of, rates_of, read_risk
from pharmacy_app.services.permissions import requires
from pharmacy_app.services.reference import get_setting, location_by_code, product_by_key
from pharmacy_app.services.reference.settings import put_setting

SETTING_ROUND_INTERVAL = "round_interval_days"


@dataclass(frozen=True)
class TargetRow:
    location_code: str
    location_name: str
    location_kind: str
    varenummer: str
    product: str
    target: st.Target
    set_by: str | None  # None: the kind's default
    set_at: datetime | None


@dataclass(frozen=True)
class StockOutRow:
    location_code: str
    location_name: str
    location_kind: str
    programme: str
    varenummer: str
    product: str
    product_short: str
    on_hand: int  # doses not expired
    status: st.Status  # usable stock, daily use, cover, run-out, next round, target
    rate_source: str
    round_planned: bool  # the next round is a planned draft (else today + the interval)

    @property
    def label(self) -> str:
        return self.product_short or self.product


# --------------------------------------------------------------------------- settings


def round_interval(app: App) -> int:
    """Days between the region's rounds (when no round is planned for a site)."""
    with app.db.read() as s:
        return _interval(s)


def _interval(s: Session) -> int:
    text = get_setting(s, SETTING_ROUND_INTERVAL)
    try:
        days = int(text) if text else st.DEFAULT_ROUND_INTERVAL_DAYS
    except ValueError:
        days = st.DEFAULT_ROUND_INTERVAL_DAYS
    return days if 1 <= days <= st.MAX_ROUND_INTERVAL_DAYS else st.DEFAULT_ROUND_INTERVAL_DAYS


@requires(Role.ADMINISTRATOR)
@declares(Change.SETTINGS)
def save_round_interval(app: App, days: int) -> int:
    if not isinstance(days, int) or not 1 <= days <= st.MAX_ROUND_INTERVAL_DAYS:
        raise fail("round_interval_invalid", value=days, most=st.MAX_ROUND_INTERVAL_DAYS)
    with app.db.write() as s:
        put_setting(s, SETTING_ROUND_INTERVAL, str(days), app)
    return days


# --------------------------------------------------------------------------- targets


def _site(s: Session, code: str) -> m.Location:
    loc = location_by_code(s, code)
    if loc.is_virtual or not loc.holds_stock or loc.kind_code in ("pharmacy", "quarantine"):
        raise fail("target_not_a_site", location=loc.name)
    return loc


def _plain(t: m.StockTarget | None) -> dict[str, object] | None:
    if t is None:
        return None
    return {"unit": t.unit, "minimum": t.minimum, "maximum": t.maximum}


@requires(Role.COORDINATOR)
@declares(Change.REFERENCE)
def set_target(
    app: App, site_code: str, varenummer: str, unit: str, minimum: int, maximum: int
) -> TargetRow:
    """Record the site's target for the product (``unit`` ``doses`` or ``days``),
    replacing the one it had."""
    now = app.now()
    with app.db.write() as s:
        loc = _site(s, site_code)
        product = product_by_key(s, varenummer)
        if unit not in (st.DOSES, st.DAYS) or st.target_problem(minimum, maximum):
            raise fail(
                "target_invalid", location=loc.name, product=product.name, minimum=minimum,
                maximum=maximum, unit=unit, most=st.MAX_TARGET,
            )  # fmt: skip
        row = _target_row(s, loc.id, product.id)
        before = _plain(row)
        if row is None:
            row = m.StockTarget(location_id=loc.id, product_id=product.id)
            s.add(row)
        row.unit, row.minimum, row.maximum = unit, minimum, maximum
        row.set_by, row.set_at = app.user, now
        s.flush()
        activity.record(
            s, app, activity.Kind.STOCK_TARGET, f"{loc.code} {product.varenummer}", before, _plain(row), now=now
        )
        return _view(loc, product, row, {})


@requires(Role.COORDINATOR)
@declares(Change.REFERENCE)
def clear_target(app: App, site_code: str, varenummer: str) -> None:
    """Remove the site's target for the product: its kind's default applies again."""
    with app.db.write() as s:
        loc = _site(s, site_code)
        product = product_by_key(s, varenummer)
        row = _target_row(s, loc.id, product.id)
        if row is None:
            raise fail("target_not_set", location=loc.name, product=product.name)
        before = _plain(row)
        s.delete(row)
        activity.record(s, app, activity.Kind.STOCK_TARGET, f"{loc.code} {product.varenummer}", before, None)


def _target_row(s: Session, loc_id: int, pid: int) -> m.StockTarget | None:
    return s.scalars(
        select(m.StockTarget).where(
            m.StockTarget.location_id == loc_id, m.StockTarget.product_id == pid
        )
    ).one_or_none()


def _view(
    loc: m.Location, product: m.Product, row: m.StockTarget | None, cover: Mapping[str, int]
) -> TargetRow:
    target = (
        st.Target(row.unit, row.minimum, row.maximum)
        if row is not None
        else st.default_target(cover.get(loc.kind_code or "", 7))
    )
    return TargetRow(
        loc.code, loc.name, loc.kind_code or "", product.varenummer, product.name, target,
        row.set_by if row is not None else None, row.set_at if row is not None else None,
    )  # fmt: skip


def _cover_by_kind(s: Session) -> dict[str, int]:
    return {k.code: cover_days_of(k) for k in s.scalars(select(m.LocationKind))}


def _explicit(s: Session) -> dict[tuple[int, int], m.StockTarget]:
    return {(t.location_id, t.product_id): t for t in s.scalars(select(m.StockTarget))}


def targets(app: App, site_code: str | None = None) -> list[TargetRow]:
    """Every active site of the region with each product it has stocked or has a target
    for, with its effective target (recorded, or its kind's default)."""
    with app.db.read() as s:
        reading = read_risk(s, app.today())
        sites = {i: loc for i, loc in reading.sites.items() if loc.active}
        if site_code is not None:
            only = _site(s, site_code)
            sites = {i: loc for i, loc in sites.items() if i == only.id}
        explicit = _explicit(s)
        cover = _cover_by_kind(s)
        pairs = {k for k in reading.history if k[0] in sites} | {
            k for k in explicit if k[0] in sites
        }
        products = {p.id: p for p in s.scalars(select(m.Product))}
        rows = [
            _view(sites[loc_id], products[pid], explicit.get((loc_id, pid)), cover)
            for loc_id, pid in pairs
        ]
    rows.sort(key=lambda r: (r.location_code, r.varenummer))
    return rows


# --------------------------------------------------------------------------- stock-outs


def _planned_rounds(s: Session, today: date) -> dict[int, list[date]]:
    """Per site, the days of the draft rounds planned from today on that include it."""
    r, lst = m.DistributionRound, m.DistributionList
    q = (
        select(lst.location_id, r.planned_for)
        .join(r, r.id == lst.round_id)
        .where(r.status == "draft", lst.status == "draft", r.planned_for >= today)
    )
    out: dict[int, list[date]] = defaultdict(list)
    for loc_id, day in s.execute(q):
        out[loc_id].append(day)
    return out


def stock_outs(
    app: App,
    today: date | None = None,
    daily_use: Mapping[tuple[str, str], float] | None = None,
    *,
    every_row: bool = False,
) -> list[StockOutRow]:
    """Sites that will run out before their next round or are below their minimum, soonest
    run-out first (``every_row``: every site and product, short or not).  ``daily_use``
    maps (site code, varenummer) to the expected doses a day, replacing the four-week
    rate where given."""
    today = today or app.today()
    with app.db.read() as s:
        reading = read_risk(s, today)
        given, source = _daily_use(s, reading, today, daily_use)
        return _rows(s, reading, today, given, every_row, source)


def _daily_use(
    s: Session,
    reading: RiskReading,
    today: date,
    daily_use: Mapping[tuple[str, str], float] | None,
) -> tuple[Mapping[tuple[str, str], float], str]:
    """The daily use that replaces the four-week rate, and the rows' word for it: the
    caller's, or on the forecast basis (the setting ``round_use_basis``) the forecast's
    over the days to the next round (the round interval); else none."""
    if daily_use is not None:
        return daily_use, "given"
    if read_basis(s) != FORECAST:
        return {}, "given"
    sites = {i: loc for i, loc in reading.sites.items() if loc.active}
    return forecast_daily_use(s, today, sites, _interval(s)), RATE_FORECAST


def _rows(
    s: Session,
    reading: RiskReading,
    today: date,
    daily_use: Mapping[tuple[str, str], float],
    every_row: bool,
    use_source: str = "given",
) -> list[StockOutRow]:
    sites = {i: loc for i, loc in reading.sites.items() if loc.active}
    rates = rates_of(reading.history, sites)
    explicit = _explicit(s)
    cover = _cover_by_kind(s)
    planned = _planned_rounds(s, today)
    interval = _interval(s)
    on_hand: dict[tuple[int, int], int] = defaultdict(int)
    for row in reading.stock:
        if row.location_id in sites and row.bucket != er.EXPIRED:
            on_hand[(row.location_id, row.product_id)] += row.doses
    wasted: dict[tuple[int, int], int] = defaultdict(int)
    for risk in reading.risks:
        if risk.location_id in sites:
            wasted[(risk.location_id, risk.product_id)] += risk.at_risk
    products = {p.id: p for p in s.scalars(select(m.Product))}
    programmes = {p.code: p.name_da for p in s.scalars(select(m.Programme))}
    out: list[StockOutRow] = []
    for key in set(rates) | {k for k in explicit if k[0] in sites} | set(on_hand):
        loc_id, pid = key
        loc, product = sites[loc_id], products[pid]
        rate = rates.get(key, er.Rate(0.0, er.RATE_NONE))
        use = daily_use.get((loc.code, product.varenummer), rate.per_day)
        recorded = explicit.get(key)
        target = st.effective_target(
            st.Target(recorded.unit, recorded.minimum, recorded.maximum) if recorded is not None else None,
            cover.get(loc.kind_code or "", 7),
        )
        days = planned.get(loc_id, [])
        next_round = st.next_round_day(today, days, interval)
        status = st.assess(on_hand[key] - wasted[key], use, target, today, next_round)
        if not (every_row or status.short):
            continue
        out.append(
            StockOutRow(
                loc.code, loc.name, loc.kind_code or "",
                programmes.get(product.programme_code, product.programme_code),
                product.varenummer, product.name, product.short_name or "", on_hand[key],
                status, rate.source if (loc.code, product.varenummer) not in daily_use else use_source,
                bool(days) and next_round in days,
            )  # fmt: skip
        )
    far = date.max
    out.sort(key=lambda r: (r.status.run_out or far, r.location_code, r.varenummer))
    return out


def counts(app: App, today: date | None = None) -> ExpiryCounts:
    """The status bar's expiry counts with the number of sites that will run out before
    their next round, from one reading of the stock and the consumption."""
    today = today or app.today()
    with app.db.read() as s:
        reading = read_risk(s, today)
        given, source = _daily_use(s, reading, today, None)
        rows = _rows(s, reading, today, given, False, source)
    return replace(counts_of(reading, today), running_out=shortage_count(rows))


def shortage_count(rows: list[StockOutRow]) -> int:
    """How many sites (not rows) will run out before their next round."""
    return len({r.location_code for r in rows if r.status.runs_out})


STOCK_OUT_COLUMNS = (
    "location_code", "location_name", "varenummer", "product", "on_hand", "usable",
    "rate_per_day", "rate_source", "cover_days", "run_out", "next_round", "round_planned",
    "target_unit", "target_min", "target_max", "target_source", "min_doses", "runs_out",
    "below_minimum",
)


def stock_out_values(r: StockOutRow) -> tuple[object, ...]:
    t = r.status
    return (
        r.location_code, r.location_name, r.varenummer, r.product, r.on_hand, t.usable,
        round(t.daily_use, 2), r.rate_source,
        None if t.cover_days is None else round(t.cover_days, 1), t.run_out, t.next_round,
        r.round_planned, t.target.unit, t.target.minimum, t.target.maximum, t.target.source,
        t.min_doses, t.runs_out, t.below_minimum,
    )  # fmt: skip
