"""Planning a round: its sites and requests, the figures asked for, and a lot changed
by hand, each change reallocated at once.

A round is planned for sites in priority order and a date not in the past; each site
gets a draft list with a request per product (the products it used in the last 8
weeks or holds, the products chosen, or the figures of a round file) and the lines
picked for them (:mod:`.picking`).  A figure asked for is whole vials, zero or more,
at most what one movement may carry; every problem is reported at once and nothing of
a refused plan is written.  Planned with ``dispatch``, the round is dispatched in the
same transaction, so a round that cannot be dispatched leaves no draft behind.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.errors import DomainError, Problem, fail
from pharmacy_app.domain.limits import MAX_DOSES_PER_MOVEMENT
from pharmacy_app.domain.localtime import local_day
from pharmacy_app.domain.messages.terms import Term
from pharmacy_app.domain.roles import Role
from pharmacy_app.domain.stock_rules import refuse, round_site, why_not_pickable
from pharmacy_app.services import ledger
from pharmacy_app.services.app import App
from pharmacy_app.services.distribution.dispatching import dispatch_in_session
from pharmacy_app.services.distribution.picking import (
    allocate_round,
    renumber,
    reserved_doses,
)
from pharmacy_app.services.distribution.proposals import (
    add_requests,
    request_row,
    site_holdings,
    used_products,
)
from pharmacy_app.services.distribution.rounds import (
    get_list,
    get_round,
    require_draft_list,
    require_draft_round,
    round_view_of,
    unknown_record,
    whole_doses,
)
from pharmacy_app.services.distribution.use_basis import round_rates
from pharmacy_app.services.distribution.views import DRAFT, MODES, RoundView
from pharmacy_app.services.permissions import requires
from pharmacy_app.services.records import location_record, lot_record, product_record
from pharmacy_app.services.reference import home_pharmacy


def _check_mode(mode: str) -> None:
    if mode not in MODES:
        raise fail("distribution_mode_unknown", mode=mode)


def _number(s: Session, column: Any, prefix: str, width: int) -> str:
    taken = s.scalars(select(column).where(column.like(f"{prefix}%")))
    last = max((int(t[len(prefix) :]) for t in taken if t[len(prefix) :].isdigit()), default=0)
    return f"{prefix}{last + 1:0{width}d}"


def _sites(s: Session, home: m.Location, codes: Sequence[str]) -> list[m.Location]:
    """The round's sites in the order given; every bad code is reported at once."""
    codes = [c.strip() for c in codes if c and c.strip()]
    if not codes:
        raise fail("distribution_sites_required")
    problems: list[Problem] = []
    found = {
        loc.code: loc for loc in s.scalars(select(m.Location).where(m.Location.code.in_(codes)))
    }
    out: list[m.Location] = []
    seen: set[str] = set()
    for code in codes:
        if code in seen:
            problems.append(Problem("distribution_site_twice", {"site": code}))
            continue
        seen.add(code)
        loc = found.get(code)
        if loc is None:
            problems.append(Problem("location_unknown", {"location": code}))
            continue
        refusal = round_site(location_record(loc), home.region_code)
        if refusal:
            problems += refusal
            continue
        out.append(loc)
    if problems:
        raise DomainError(problems)
    return out


def _products(s: Session, product_ids: Sequence[int]) -> list[m.Product]:
    problems: list[Problem] = []
    out = []
    for pid in dict.fromkeys(product_ids):
        p = s.get(m.Product, pid)
        if p is None:
            problems.append(Problem("product_unknown", {"product": pid}))
        elif not p.active:
            problems.append(Problem("product_inactive", {"product": p.name}))
        else:
            out.append(p)
    if problems:
        raise DomainError(problems)
    return out


def _check_requested(product: m.Product, site: m.Location, doses: object) -> int:
    if not whole_doses(doses) or int(doses) < 0:  # type: ignore[call-overload]
        raise fail("distribution_doses_invalid", product=product.name, site=site.name, doses=doses)
    value: int = int(doses)  # type: ignore[call-overload]
    if value > MAX_DOSES_PER_MOVEMENT:
        raise fail("quantity_too_large", doses=value, max=MAX_DOSES_PER_MOVEMENT)
    refuse(product_record(product).whole_units_problems(value))
    return value


@requires(Role.COORDINATOR)
@declares(Change.DISTRIBUTION)
def plan_round(
    app: App,
    *,
    planned_for: date,
    site_codes: Sequence[str],
    product_ids: Sequence[int] | None = None,
    mode: str = "direct",
    fair_split: bool = False,
    note: str = "",
    requested: Mapping[tuple[str, int], int] | None = None,
    dispatch: bool = False,
) -> RoundView:
    """Plan a round for the sites (in priority order) and allocate it, in one transaction.

    ``product_ids`` None: every active product each site used in the last 8 weeks (or
    holds).  ``requested`` optionally gives the doses asked for per (site code, product
    id) instead of the proposals (a round file); without ``product_ids`` the requests are
    then exactly those.  ``dispatch`` also dispatches it in the same transaction, so a
    round that cannot be dispatched leaves nothing behind, not even a draft.
    """
    _check_mode(mode)
    now = app.now()
    today = local_day(now)
    if planned_for < today:
        raise fail(
            "distribution_date_past",
            planned=planned_for.strftime("%d-%m-%Y"),
            today=today.strftime("%d-%m-%Y"),
        )
    with app.db.write() as s:
        home = home_pharmacy(s)
        sites = _sites(s, home, site_codes)
        chosen = _products(s, product_ids) if product_ids is not None else None
        asked = dict(requested or {})
        asked_products = _products(s, sorted({pid for _, pid in asked}))
        by_id = {p.id: p for p in asked_products}
        problems: list[Problem] = []
        codes = {loc.code for loc in sites}
        for code in sorted({code for code, _ in asked} - codes):
            problems.append(
                Problem(
                    "value_invalid",
                    {"field": Term.FIELD_SITE, "value": code, "why": Term.WHY_NOT_IN_ROUND},
                )
            )
        if problems:
            raise DomainError(problems)

        rates = round_rates(s, home, today, planned_for, sites)
        holdings = site_holdings(s, [loc.id for loc in sites], planned_for)
        # With a figure per (site, product) given, those are the requests; else every
        # product asked for, or the products each site uses.
        used = (
            used_products(s, [loc.id for loc in sites], today)
            if chosen is None and not asked
            else {}
        )
        stamp = planned_for.strftime("%Y%m%d")
        rnd = m.DistributionRound(
            number=_number(s, m.DistributionRound.number, f"R-{stamp}-", 2),
            planned_for=planned_for,
            mode=mode,
            status=DRAFT,
            created_by=app.user,
            created_at=now,
            note=note.strip(),
        )
        s.add(rnd)
        s.flush()
        list_prefix = f"FL-{stamp}-"
        first = int(_number(s, m.DistributionList.list_number, list_prefix, 3)[len(list_prefix) :])
        # The round's lists in one statement (the ORM would insert them one by one on
        # SQLite, to learn each id); their ids, for the requests, read back per site.
        s.execute(
            insert(m.DistributionList),
            [
                {
                    "round_id": rnd.id,
                    "location_id": site.id,
                    "list_number": f"{list_prefix}{first + i:03d}",
                    "status": DRAFT,
                    "note": "",
                }
                for i, site in enumerate(sites)
            ],
        )
        list_of = {
            loc_id: list_id
            for loc_id, list_id in s.execute(
                select(m.DistributionList.location_id, m.DistributionList.id).where(
                    m.DistributionList.round_id == rnd.id
                )
            )
        }
        rows = []
        for site in sites:
            if chosen is not None:
                products = list(chosen)
            else:
                products = [s.get(m.Product, pid) for pid in used.get(site.id, set())]  # type: ignore[misc]
            wanted = {pid: d for (code, pid), d in asked.items() if code == site.code}
            for pid in wanted:
                if all(p.id != pid for p in products):
                    products.append(by_id[pid])
            products.sort(key=lambda p: (p.programme_code, p.name, p.id))
            for product in products:
                doses = wanted.get(product.id)
                if doses is not None:
                    try:
                        doses = _check_requested(product, site, doses)
                    except DomainError as e:
                        problems.extend(e.problems)
                        continue
                rows.append(
                    request_row(list_of[site.id], site, product, rates, holdings, planned_for, doses)
                )
        if problems:
            raise DomainError(problems)
        add_requests(s, rows)
        s.expire(rnd, ["lists"])
        allocate_round(s, rnd, today, fair_split)
        if dispatch:
            s.flush()
            s.expire(rnd, ["lists"])
            dispatch_in_session(s, rnd, app.user, now)
        return round_view_of(s, rnd)


@requires(Role.COORDINATOR)
@declares(Change.DISTRIBUTION)
def set_requested(
    app: App, request_id: int, doses: int, *, fair_split: bool | None = None
) -> RoundView:
    """Change the doses asked for (whole vials, zero or more) and reallocate the round."""
    with app.db.write() as s:
        req = s.get(m.DistributionRequest, request_id)
        if req is None:
            raise unknown_record(Term.RECORD_REQUEST, request_id)
        lst = req.list
        require_draft_list(lst)
        req.requested_doses = _check_requested(req.product, lst.location, doses)
        s.flush()
        allocate_round(s, lst.round, app.today(), fair_split)
        return round_view_of(s, lst.round)


def add_request(
    app: App, list_id: int, product_id: int, doses: int, *, fair_split: bool | None = None
) -> RoundView:
    """Ask for a product on a list (or change the figure when it is there already)."""
    today = app.today()
    with app.db.write() as s:
        lst = get_list(s, list_id)
        require_draft_list(lst)
        (product,) = _products(s, [product_id])
        value = _check_requested(product, lst.location, doses)
        existing = next((r for r in lst.requests if r.product_id == product.id), None)
        if existing is not None:
            existing.requested_doses = value
        else:
            home = home_pharmacy(s)
            rates = round_rates(s, home, today, lst.round.planned_for, [lst.location])
            holdings = site_holdings(s, [lst.location_id], lst.round.planned_for)
            planned_for = lst.round.planned_for
            row = request_row(lst.id, lst.location, product, rates, holdings, planned_for, value)
            add_requests(s, [row])
        s.flush()
        s.expire(lst, ["requests"])
        allocate_round(s, lst.round, today, fair_split)
        return round_view_of(s, lst.round)


@requires(Role.COORDINATOR)
@declares(Change.DISTRIBUTION)
def reallocate(app: App, round_id: int, *, fair_split: bool | None = None) -> RoundView:
    """Recompute the lines from the requests with the stock free now, keeping the lines
    chosen with a reason (their doses are taken first)."""
    with app.db.write() as s:
        rnd = get_round(s, round_id)
        require_draft_round(rnd)
        allocate_round(s, rnd, app.today(), fair_split)
        return round_view_of(s, rnd)


@requires(Role.COORDINATOR)
@declares(Change.DISTRIBUTION)
def override_line(app: App, line_id: int, lot_id: int, reason: str) -> RoundView:
    """Pick another lot of the same product for a line, against FEFO, with a reason."""
    today = app.today()
    with app.db.write() as s:
        line = s.get(m.DistributionLine, line_id)
        if line is None:
            raise unknown_record(Term.RECORD_LINE, line_id)
        lst = line.list
        require_draft_list(lst)
        lot = s.get(m.Lot, lot_id)
        if lot is None:
            raise fail("lot_unknown", lot=lot_id)
        if not reason or not reason.strip():
            raise fail("distribution_override_reason_required", batch=lot.batch)
        current = line.lot
        if lot.product_id != current.product_id:
            raise fail(
                "distribution_override_product",
                batch=lot.batch,
                other=lot.product.name,
                product=current.product.name,
            )
        home = home_pharmacy(s)
        why = why_not_pickable(lot_record(lot), max(lst.round.planned_for, today))
        if why is not None:
            raise fail(
                "distribution_lot_not_pickable",
                batch=lot.batch,
                product=lot.product.name,
                why=why,
            )
        free = ledger.on_hand(s, home.id, lot.id) - reserved_doses(s, exclude_line_id=line.id).get(
            lot.id, 0
        )
        if free < line.doses:
            raise fail(
                "distribution_lot_short",
                free=max(0, free),
                batch=lot.batch,
                product=lot.product.name,
                location=home.name,
                doses=line.doses,
            )
        other = next((ln for ln in lst.lines if ln.id != line.id and ln.lot_id == lot.id), None)
        line.lot_id = lot.id
        line.lot = lot
        line.override_reason = reason.strip()
        if other is not None:
            line.doses += other.doses
            s.delete(other)
        s.flush()
        renumber(s, lst)
        return round_view_of(s, lst.round)
