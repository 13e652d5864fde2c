"""Expiry and waste: stock by use-by, stock at risk of expiring, wastage figures.

The region is the home pharmacy's region (every real location when no home pharmacy
is set).  Days are Danish local days.  Read-only: nothing here writes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from pharmacy_app.db import models as m
from pharmacy_app.domain import expiry_risk as er
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.expiry import days_left
from pharmacy_app.domain.localtime import at_local, local_day, monday_of
from pharmacy_app.domain.roles import Role
from pharmacy_app.domain.ssi_report import CONSUMPTION_WINDOW_DAYS
from pharmacy_app.domain.types import PHARMACY_KIND, QUARANTINE_KIND, MovementKind, VirtualLocation
from pharmacy_app.services.app import App
from pharmacy_app.services.holds import held_by
from pharmacy_app.services.permissions import requires
from pharmacy_app.services.reference import get_setting, region_locations, virtual
from pharmacy_app.services.reference.settings import put_setting

OPEN_VIAL_REASON = "ANBRUDT_HETTEGLAS"
IN_TRANSIT_NAME = "Undervejs"
GROUP_BY = ("programme", "product", "site_kind", "site")
# Locations that hold stock without giving it: no consumption rate applies.
NOT_CONSUMING_KINDS = (PHARMACY_KIND, QUARANTINE_KIND)


# --------------------------------------------------------------------------- overview


@dataclass(frozen=True)
class ExpiryRow:
    location_id: int
    location_code: str
    location_name: str
    location_kind: str  # kind code
    programme: str  # programme name
    product_id: int
    product: str
    varenummer: str
    lot_id: int
    batch: str
    expiry: date
    use_by: date  # the effective use-by (thawed stock: the earlier one)
    thawed_on: date | None
    doses: int
    days_left: int  # negative once expired
    bucket: str
    recalled_at: datetime | None = None  # a recalled lot: to come back or be discarded
    recall_reason: str = ""
    product_short: str = ""  # the short display name; ``product`` is the full one
    excursion_hold: int | None = None  # held in place after this temperature excursion

    @property
    def held(self) -> bool:
        return self.location_kind == QUARANTINE_KIND or self.excursion_hold is not None

    @property
    def recalled(self) -> bool:
        return self.recalled_at is not None


def expiry_overview(
    app: App,
    today: date | None = None,
    programme: str | None = None,
    product_id: int | None = None,
    location_id: int | None = None,
    windows: tuple[int, ...] = er.DEFAULT_WINDOWS,
) -> list[ExpiryRow]:
    """All stock on hand in the region, soonest effective use-by first.

    ``programme`` is a programme code (e.g. ``covid-19``).
    """
    today = today or app.today()
    with app.db.read() as s:
        return overview_in(
            s, region_locations(s), today, programme, product_id, location_id, windows
        )


def overview_in(
    s: Session,
    region: Mapping[int, m.Location],
    today: date,
    programme: str | None = None,
    product_id: int | None = None,
    location_id: int | None = None,
    windows: tuple[int, ...] = er.DEFAULT_WINDOWS,
) -> list[ExpiryRow]:
    """:func:`expiry_overview` in an open session, for the ``region`` already read."""
    b, lot, p, prog = m.StockBalance, m.Lot, m.Product, m.Programme
    q = (
        select(
            b.location_id, p.programme_code, prog.name_da, p.id, p.name, p.varenummer,
            lot.id, lot.batch, lot.expiry, lot.use_by, lot.thawed_on, b.doses,
            lot.recalled_at, lot.recall_reason, p.short_name, held_by(b.location_id, b.lot_id),
        )
        .select_from(b)
        .join(lot, lot.id == b.lot_id)
        .join(p, p.id == lot.product_id)
        .join(prog, prog.code == p.programme_code)
        .where(b.doses > 0)
    )
    if programme:
        q = q.where(p.programme_code == programme)
    if product_id is not None:
        q = q.where(p.id == product_id)
    if location_id is not None:
        q = q.where(b.location_id == location_id)
    rows: list[ExpiryRow] = []
    for (
        loc_id, _code, prog_name, pid, pname, varenr, lot_id, batch, exp, use_by, thawed, doses,
        recalled_at, recall_reason, short, hold,
    ) in s.execute(q):
        loc = region.get(loc_id)
        if loc is None:
            continue
        rows.append(
            ExpiryRow(
                loc.id, loc.code, loc.name, loc.kind_code or "", prog_name, pid, pname, varenr,
                lot_id, batch, exp, use_by, thawed, int(doses), days_left(use_by, today),
                er.expiry_bucket(use_by, today, windows), recalled_at, recall_reason or "",
                short, hold,
            )
        )
    rows.sort(key=lambda r: (r.use_by, r.location_code, r.product, r.batch, r.lot_id))
    return rows


def bucket_totals(
    app: App,
    today: date | None = None,
    programme: str | None = None,
    product_id: int | None = None,
    location_id: int | None = None,
    windows: tuple[int, ...] = er.DEFAULT_WINDOWS,
) -> dict[str, int]:
    """Doses per expiry bucket (every bucket present, soonest first)."""
    totals = dict.fromkeys(er.bucket_names(windows), 0)
    for row in expiry_overview(app, today, programme, product_id, location_id, windows):
        totals[row.bucket] += row.doses
    return totals


# --------------------------------------------------------------------------- at risk


@dataclass(frozen=True)
class RiskRow:
    location_id: int
    location_code: str
    location_name: str
    location_kind: str
    programme: str
    product_id: int
    product: str
    varenummer: str
    lot_id: int
    batch: str
    use_by: date
    days_left: int
    doses: int
    usable: int
    at_risk: int
    rate_per_day: float
    rate_source: str  # own | kind | short | none (see domain.expiry_risk)
    product_short: str = ""


def _given_per_day(
    session: Session, site_ids: list[int], first: date, today: date
) -> dict[tuple[int, int], dict[date, int]]:
    """Doses given per (location, product) per local day from ``first`` to ``today``;
    a reversed administration counts against the day of its reversal.

    The window is an index range per side (``ix_movement_to_occurred``,
    ``ix_movement_from_occurred``), and the database adds up each local day: the day a
    movement falls on is the last of the window's local midnights at or before it.  The
    doses given, nearly all the rows, are read from the index alone (it holds the site,
    lot and doses: migration 0011); the few reversals from their rows."""
    administered = virtual(session, VirtualLocation.ADMINISTERED).id
    mv = m.Movement
    days = [first + timedelta(days=i) for i in range((today - first).days + 1)]
    if not days:
        return {}
    day = _day_index(mv.occurred_at, days).label("day")
    window = (mv.occurred_at >= at_local(first), mv.occurred_at < at_local(today + timedelta(days=1)))
    given = (
        select(mv.from_location_id, mv.lot_id, day, func.sum(mv.doses))
        .where(*window, mv.to_location_id == administered, mv.from_location_id.in_(site_ids))
        .group_by(mv.from_location_id, mv.lot_id, day)
    )
    reversed_ = (
        select(mv.to_location_id, mv.lot_id, day, -func.sum(mv.doses))
        .where(*window, mv.from_location_id == administered, mv.to_location_id.in_(site_ids))
        .group_by(mv.to_location_id, mv.lot_id, day)
    )
    product_of = _products_of_lots(session)
    out: dict[tuple[int, int], dict[date, int]] = defaultdict(lambda: defaultdict(int))
    for q in (given, reversed_):
        for site, lot, i, doses in session.execute(q):
            out[(site, product_of[lot])][days[i]] += int(doses)
    return out


def _products_of_lots(session: Session) -> dict[int, int]:
    """Every lot's product (a few thousand lots): joined in Python, not per movement."""
    return {lot: pid for lot, pid in session.execute(select(m.Lot.id, m.Lot.product_id))}


def _day_index(moment: Any, days: Sequence[date], offset: int = 0) -> Any:
    """SQL: the index into ``days`` (consecutive local days) of the day ``moment`` falls
    on, for a moment within them: a binary search over the local midnights, so each row
    is compared a handful of times, not once per day of the window."""
    if len(days) == 1:
        return literal(offset)
    half = len(days) // 2
    return case(
        (moment < at_local(days[half]), _day_index(moment, days[:half], offset)),
        else_=_day_index(moment, days[half:], offset + half),
    )


def _first_days(session: Session, site_ids: list[int]) -> dict[tuple[int, int], date]:
    """The first local day each (location, product) received stock.

    The earliest time per (location, lot) is read from ``ix_movement_to_lot_occurred``
    alone (no movement row is visited); only those few rows meet the lots."""
    mv = m.Movement
    per_lot = (
        select(
            mv.to_location_id.label("location_id"),
            mv.lot_id.label("lot_id"),
            func.min(mv.occurred_at).label("first"),
        )
        .where(mv.to_location_id.in_(site_ids))
        .group_by(mv.to_location_id, mv.lot_id)
        .subquery()
    )
    q = (
        select(per_lot.c.location_id, m.Lot.product_id, func.min(per_lot.c.first))
        .join(m.Lot, m.Lot.id == per_lot.c.lot_id)
        .group_by(per_lot.c.location_id, m.Lot.product_id)
    )
    return {(loc, pid): local_day(first) for loc, pid, first in session.execute(q)}


History = dict[tuple[int, int], list[int]]


def consumption_history(session: Session, site_ids: Iterable[int], today: date) -> History:
    """Per (site, product) the site has ever stocked: doses given per day over the rate's
    window, from the site's first day with the product when that is within it."""
    window_start = today - timedelta(days=CONSUMPTION_WINDOW_DAYS - 1)
    ids = list(site_ids)
    if not ids:
        return {}
    given = _given_per_day(session, ids, window_start, today)
    history: History = {}
    for key, first in _first_days(session, ids).items():
        start = max(first, window_start)
        per_day = given.get(key, {})
        history[key] = [per_day.get(start + timedelta(days=i), 0) for i in range((today - start).days + 1)]
    return history


def rates_of(history: History, sites: Mapping[int, m.Location]) -> dict[tuple[int, int], er.Rate]:
    """The rates of ``sites`` from their :func:`consumption_history` (which may hold more
    sites): a new site takes the average of the established ones of its kind among
    ``sites``."""
    window = CONSUMPTION_WINDOW_DAYS
    mine = {key: days for key, days in history.items() if key[0] in sites}
    # Established sites of each kind give the new ones their rate.
    peers: dict[tuple[str, int], list[float]] = defaultdict(list)
    for (loc_id, pid), days in mine.items():
        if len(days) >= window:
            peers[(sites[loc_id].kind_code or "", pid)].append(er.daily_rate(days, window))
    rates: dict[tuple[int, int], er.Rate] = {}
    for (loc_id, pid), days in mine.items():
        kind_rates = peers.get((sites[loc_id].kind_code or "", pid))
        fallback = sum(kind_rates) / len(kind_rates) if kind_rates else None
        rates[(loc_id, pid)] = er.rate_with_source(days, window, fallback)
    return rates


def consumption_rates(
    session: Session, sites: Mapping[int, m.Location], today: date
) -> dict[tuple[int, int], er.Rate]:
    """The rate of every (site, product) the site has ever stocked."""
    return rates_of(consumption_history(session, sites, today), sites)


def consuming_sites(region: Mapping[int, m.Location]) -> dict[int, m.Location]:
    """The places in ``region`` that give doses (pharmacies and quarantine do not)."""
    return {
        i: loc for i, loc in region.items()
        if loc.holds_stock and loc.kind_code not in NOT_CONSUMING_KINDS
    }


def at_risk_rows(
    stock: Sequence[ExpiryRow],
    sites: Mapping[int, m.Location],
    rates: Mapping[tuple[int, int], er.Rate],
    today: date,
) -> list[RiskRow]:
    """The stock at risk among ``stock`` (:func:`expiry_overview`'s rows) at ``sites``,
    at each site's ``rates``, and at the pharmacy against the whole region's use: see
    :func:`at_risk_report`."""
    groups: dict[tuple[int, int], list[ExpiryRow]] = defaultdict(list)
    at_pharmacy: dict[tuple[int, int], list[ExpiryRow]] = defaultdict(list)
    at_sites: dict[int, list[er.Holding]] = defaultdict(list)
    for row in stock:
        # Stock held after a temperature excursion waits for a decision, not a move.
        if row.location_id in sites and row.excursion_hold is None:
            groups[(row.location_id, row.product_id)].append(row)
            at_sites[row.product_id].append(er.Holding(row.lot_id, row.use_by, row.doses))
        elif row.location_kind == PHARMACY_KIND:
            at_pharmacy[(row.location_id, row.product_id)].append(row)
    region_rate: dict[int, float] = defaultdict(float)
    for (loc_id, pid), rate in rates.items():
        if loc_id in sites:
            region_rate[pid] += rate.per_day
    out: list[RiskRow] = []
    for key, rows in groups.items():
        rate = rates.get(key, er.Rate(0.0, er.RATE_NONE))
        holdings = [er.Holding(r.lot_id, r.use_by, r.doses) for r in rows]
        out += _risk_rows(rows, er.at_risk(holdings, rate.per_day, today), rate)
    for (_, pid), rows in at_pharmacy.items():
        holdings = [er.Holding(r.lot_id, r.use_by, r.doses) for r in rows]
        rate = er.Rate(region_rate.get(pid, 0.0), er.RATE_REGION)
        risks = er.region_at_risk(holdings, at_sites.get(pid, []), rate.per_day, today)
        out += _risk_rows(rows, risks, rate)
    out.sort(key=lambda r: (r.use_by, r.location_code, r.product, r.batch, r.lot_id))
    return out


def _risk_rows(rows: Sequence[ExpiryRow], risks: Sequence[er.Risk], rate: er.Rate) -> list[RiskRow]:
    by_lot = {r.lot_id: r for r in rows}
    out = []
    for risk in risks:
        r = by_lot[risk.lot_id]
        out.append(
            RiskRow(
                r.location_id, r.location_code, r.location_name, r.location_kind, r.programme,
                r.product_id, r.product, r.varenummer, r.lot_id, r.batch, r.use_by,
                risk.days_left, risk.doses, risk.usable, risk.at_risk, rate.per_day, rate.source,
                r.product_short,
            )
        )
    return out


@dataclass(frozen=True)
class RiskReading:
    """One reading of the region's stock and consumption, and the stock at risk in it:
    what the at-risk report, the status bar and rebalancing each need, read once."""

    region: dict[int, m.Location]
    stock: list[ExpiryRow]  # expiry_overview's rows
    sites: dict[int, m.Location]  # the places that give doses
    history: History  # their consumption_history
    risks: list[RiskRow]


def read_risk(s: Session, today: date) -> RiskReading:
    region = region_locations(s)
    stock = overview_in(s, region, today)
    sites = consuming_sites(region)
    history = consumption_history(s, sites, today)
    return RiskReading(
        region, stock, sites, history, at_risk_rows(stock, sites, rates_of(history, sites), today)
    )


def at_risk_report(app: App, today: date | None = None) -> list[RiskRow]:
    """Per location and lot: doses that at the location's own rate of use (per product)
    will not be used before their use-by.  The pharmacy gives no doses itself: its lots
    are measured against the whole region's use (the sum of the sites' rates of the
    product, ``rate_source`` ``region``), after the stock the sites already hold ahead of
    them in FEFO order (:func:`pharmacy_app.domain.expiry_risk.region_at_risk`).
    Quarantine is left out, as is stock already expired (see :func:`expiry_overview`)."""
    today = today or app.today()
    with app.db.read() as s:
        return read_risk(s, today).risks


# --------------------------------------------------------------------------- wastage


@dataclass(frozen=True)
class WastageRow:
    group: str  # programme code, varenummer, kind code or location code
    name: str
    administered: int
    wasted: int
    closed_vial: int
    open_vial: int

    @property
    def rate(self) -> float | None:
        """WHO wastage rate in percent; ``None`` when nothing was used."""
        return er.wastage_rate(self.administered, self.wasted)


def wastage_figures(app: App, start: date, end: date, group_by: str = "programme") -> list[WastageRow]:
    """Doses given and wasted in the region from ``start`` to ``end`` (local days,
    both included), grouped.  Open-vial waste is reason ``ANBRUDT_HETTEGLAS``; every
    other reason is closed-vial.  A reversal counts against what it reverses, on the
    day of the reversal."""
    if group_by not in GROUP_BY:
        raise fail("wastage_group_unknown", group_by=group_by, choices=", ".join(GROUP_BY))
    if end < start:
        raise fail("date_range_invalid", start=start, end=end)
    mv, original = m.Movement, aliased(m.Movement)
    with app.db.read() as s:
        region = region_locations(s)
        # A loss on the way from the pharmacy to a site is the region's waste too.
        transit = virtual(s, VirtualLocation.IN_TRANSIT)
        region[transit.id] = transit
        administered = virtual(s, VirtualLocation.ADMINISTERED).id
        wasted = virtual(s, VirtualLocation.WASTED).id
        sinks = [administered, wasted]
        ids = list(region)
        # The database adds up the window: one row per holder, sink, lot and open or
        # closed vial.  The doses given, nearly all of the window's rows, are read from
        # ``ix_movement_to_occurred`` alone (it holds the holder, lot and doses: see
        # migration 0011).  The few waste movements and reversals are read with their
        # reason: a reversal takes the reason of what it reverses, looked up for
        # reversals only (an outer join would have PostgreSQL hash the whole ledger).
        window = (mv.occurred_at >= at_local(start), mv.occurred_at < at_local(end + timedelta(days=1)))
        given = (
            select(
                mv.from_location_id, mv.to_location_id, mv.lot_id, literal(0), func.sum(mv.doses)
            )
            .where(*window, mv.to_location_id == administered, mv.from_location_id.in_(ids))
            .group_by(mv.from_location_id, mv.to_location_id, mv.lot_id)
        )
        reversed_reason = (
            select(original.reason_code).where(original.id == mv.reverses_id).scalar_subquery()
        )
        reason = case(
            (mv.reverses_id.is_(None), mv.reason_code),
            else_=func.coalesce(mv.reason_code, reversed_reason),
        )
        open_vial = case((reason == OPEN_VIAL_REASON, 1), else_=0).label("open_vial")
        waste = (
            select(mv.from_location_id, mv.to_location_id, mv.lot_id, open_vial, func.sum(mv.doses))
            .where(
                *window,
                or_(
                    and_(mv.to_location_id == wasted, mv.from_location_id.in_(ids)),
                    and_(
                        mv.kind == MovementKind.REVERSAL.value,
                        mv.from_location_id.in_(sinks),
                        mv.to_location_id.in_(ids),
                    ),
                ),
            )
            .group_by(mv.from_location_id, mv.to_location_id, mv.lot_id, open_vial)
        )
        product_of = _products_of_lots(s)
        products = {
            pid: rest
            for pid, *rest in s.execute(
                select(
                    m.Product.id, m.Product.programme_code, m.Programme.name_da,
                    m.Product.varenummer, m.Product.name,
                ).join(m.Programme, m.Programme.code == m.Product.programme_code)
            )
        }
        kinds = {k.code: k.name_da for k in s.scalars(select(m.LocationKind))}
        totals: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
        # Lots to products first: a year has thousands of (holder, lot) rows.
        summed: dict[tuple[int, int, int, int], int] = defaultdict(int)
        for src, dst, lot_id, is_open, doses in [*s.execute(given), *s.execute(waste)]:
            summed[(src, dst, product_of[lot_id], is_open)] += int(doses)
        for (src, dst, pid, is_open), doses in summed.items():
            prog_code, prog_name, varenr, pname = products[pid]
            if dst in sinks:
                sink, holder, sign = dst, region[src], 1
            else:
                sink, holder, sign = src, region[dst], -1
            key: tuple[str, str]
            if group_by == "programme":
                key = (prog_code, prog_name)
            elif group_by == "product":
                key = (varenr, pname)
            elif group_by == "site_kind":
                code = holder.kind_code or ("in_transit" if holder.id == transit.id else "")
                key = (code, kinds.get(code, IN_TRANSIT_NAME if holder.id == transit.id else code))
            else:
                key = (holder.code, holder.name)
            cols = totals[key]
            if sink == administered:
                cols["administered"] += sign * doses
            else:
                cols["wasted"] += sign * doses
                cols["open_vial" if is_open else "closed_vial"] += sign * doses
    rows = [
        WastageRow(g, name, c["administered"], c["wasted"], c["closed_vial"], c["open_vial"])
        for (g, name), c in totals.items()
    ]
    rows.sort(key=lambda r: r.group)
    return rows


def risk_values(r: RiskRow) -> tuple[Any, ...]:
    return (
        r.location_code, r.location_name, r.programme, r.varenummer, r.product, r.batch,
        r.use_by, r.days_left, r.doses, r.usable, r.at_risk, round(r.rate_per_day, 2), r.rate_source,
    )


RISK_COLUMNS = (
    "location_code", "location_name", "programme", "varenummer", "product", "batch", "use_by",
    "days_left", "doses", "usable", "at_risk", "rate_per_day", "rate_source",
)

EXPIRY_COLUMNS = (
    "location_code", "location_name", "location_kind", "programme", "varenummer", "product",
    "batch", "expiry", "use_by", "days_left", "bucket", "doses",
)


def expiry_values(r: ExpiryRow) -> tuple[Any, ...]:
    return (
        r.location_code, r.location_name, r.location_kind, r.programme, r.varenummer, r.product,
        r.batch, r.expiry, r.use_by, r.days_left, r.bucket, r.doses,
    )


# --------------------------------------------------------------------------- screens
#
# What the Expiry page, the status bar and the daily notification read.

SETTING_EXPIRY_WINDOWS = "expiry_windows_days"
MAX_WINDOWS = 5
MAX_WINDOW_DAYS = 366
SOON_DAYS = 30  # "expiring soon" in the status bar and notification (the Stock page's amber)
TIMELINE_WEEKS = 12


def _parse_windows(text: str | None) -> tuple[int, ...] | None:
    if not text:
        return None
    try:
        days = tuple(sorted({int(part) for part in text.replace(";", ",").split(",") if part.strip()}))
    except ValueError:
        return None
    if not 1 <= len(days) <= MAX_WINDOWS or not all(1 <= d <= MAX_WINDOW_DAYS for d in days):
        return None
    return days


def expiry_windows(app: App) -> tuple[int, ...]:
    """The windows the Expiry page groups by (days, ascending); the default until saved."""
    with app.db.read() as s:
        return _parse_windows(get_setting(s, SETTING_EXPIRY_WINDOWS)) or er.DEFAULT_WINDOWS


@requires(Role.ADMINISTRATOR)
@declares(Change.SETTINGS)
def save_expiry_windows(app: App, windows: Sequence[int]) -> tuple[int, ...]:
    """Store the windows (1 to :data:`MAX_WINDOWS` different days, each 1-366)."""
    try:
        days = [int(w) for w in windows]
    except (TypeError, ValueError):
        days = []
    text = ",".join(str(d) for d in sorted(set(days)))
    parsed = _parse_windows(text)
    if parsed is None or len(days) != len(set(days)):
        raise fail(
            "expiry_windows_invalid",
            windows=", ".join(str(w) for w in windows) or "-",
            most=MAX_WINDOWS,
            longest=MAX_WINDOW_DAYS,
        )
    with app.db.write() as s:
        put_setting(s, SETTING_EXPIRY_WINDOWS, text, app)
    return parsed


@dataclass(frozen=True)
class ExpiryTimeline:
    """Doses whose use-by falls in each of the next weeks, per programme.

    Weeks are Monday to Sunday; the first is the current week (from today on).  Stock
    already expired is counted apart, as is stock whose use-by is after the last week.
    """

    today: date
    weeks: list[date]  # the Monday of each week
    programmes: list[str]  # programme names with doses in the chart, alphabetically
    expired: dict[str, int]  # programme -> doses past their use-by
    doses: dict[str, list[int]]  # programme -> doses per week
    later: int  # doses with a use-by after the last week

    def week_total(self, i: int) -> int:
        return sum(per_week[i] for per_week in self.doses.values())

    @property
    def expired_total(self) -> int:
        return sum(self.expired.values())


def timeline_of(rows: Sequence[ExpiryRow], today: date, weeks: int = TIMELINE_WEEKS) -> ExpiryTimeline:
    """Group :func:`expiry_overview` rows into an :class:`ExpiryTimeline`."""
    first = monday_of(today)
    mondays = [first + timedelta(weeks=i) for i in range(max(1, weeks))]
    expired: dict[str, int] = defaultdict(int)
    doses: dict[str, list[int]] = {}
    later = 0
    for r in rows:
        if r.bucket == er.EXPIRED:
            expired[r.programme] += r.doses
            continue
        i = (r.use_by - first).days // 7
        if i >= len(mondays):
            later += r.doses
            continue
        doses.setdefault(r.programme, [0] * len(mondays))[i] += r.doses
    names = sorted(set(expired) | set(doses))
    return ExpiryTimeline(
        today,
        mondays,
        names,
        {n: expired.get(n, 0) for n in names},
        {n: doses.get(n, [0] * len(mondays)) for n in names},
        later,
    )


def weekly_expiry(
    app: App,
    today: date | None = None,
    weeks: int = TIMELINE_WEEKS,
    programme: str | None = None,
    product_id: int | None = None,
    location_id: int | None = None,
) -> ExpiryTimeline:
    """Doses expiring per week for the next ``weeks`` weeks (filters as :func:`expiry_overview`)."""
    today = today or app.today()
    return timeline_of(expiry_overview(app, today, programme, product_id, location_id), today, weeks)


@dataclass(frozen=True)
class SoonLot:
    """A lot that expires soon, over every location in the region that holds it."""

    lot_id: int
    product: str
    batch: str
    use_by: date
    days_left: int
    doses: int
    locations: int


@dataclass(frozen=True)
class ExpiryCounts:
    today: date
    soon_days: int
    expired_doses: int
    expired_lots: int
    soon_doses: int  # not yet expired, use-by within ``soon_days``
    soon_lots: int
    at_risk_doses: int
    at_risk_lots: int
    soonest: list[SoonLot]  # the lots expiring soonest (within ``soon_days``)
    # Sites that will run out before their next round (services.stock_outs fills it in).
    running_out: int = 0


def expiry_counts(
    app: App, today: date | None = None, soon_days: int = SOON_DAYS, top: int = 3
) -> ExpiryCounts:
    """Expired, soon-expiring and at-risk doses in the region, and the ``top`` lots that
    expire soonest: what the status bar and the daily notification say."""
    today = today or app.today()
    with app.db.read() as s:  # the stock read once for both
        reading = read_risk(s, today)
    return counts_of(reading, today, soon_days, top)


def counts_of(reading: RiskReading, today: date, soon_days: int = SOON_DAYS, top: int = 3) -> ExpiryCounts:
    """:func:`expiry_counts` from a reading already made."""
    rows, risks = reading.stock, reading.risks
    expired = [r for r in rows if r.bucket == er.EXPIRED]
    soon = [r for r in rows if r.bucket != er.EXPIRED and r.days_left <= soon_days]
    lots: dict[int, list[ExpiryRow]] = defaultdict(list)
    for r in soon:
        lots[r.lot_id].append(r)
    soonest = sorted(
        (
            SoonLot(
                lot_id, rs[0].product_short or rs[0].product, rs[0].batch, rs[0].use_by, rs[0].days_left,
                sum(r.doses for r in rs), len({r.location_id for r in rs}),
            )
            for lot_id, rs in lots.items()
        ),
        key=lambda x: (x.use_by, -x.doses, x.batch, x.lot_id),
    )[: max(0, top)]
    return ExpiryCounts(
        today,
        soon_days,
        sum(r.doses for r in expired),
        len({r.lot_id for r in expired}),
        sum(r.doses for r in soon),
        len(lots),
        sum(r.at_risk for r in risks),
        len({r.lot_id for r in risks}),
        soonest,
    )
