"""A mobile unit's visit plan: the institutions it visits, on which day, and the doses
of each programme given there.

Only a mobile unit's list has visits.  For each programme with visits, the doses they
give, less the usable doses the unit holds of that programme, rounded up to whole
vials, are asked for of the programme's main product (the one the unit uses most); the
lots picked must last until the last visit.  A programme whose visits are all removed
goes back to the proposal from the unit's rate of use.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain import allocation as al
from pharmacy_app.domain import expiry_risk as er
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.errors import DomainError, Problem, fail
from pharmacy_app.domain.limits import MAX_DOSES_PER_MOVEMENT
from pharmacy_app.domain.messages.terms import Term
from pharmacy_app.domain.roles import Role
from pharmacy_app.services.app import App
from pharmacy_app.services.distribution.picking import allocate_round, pharmacy_lots
from pharmacy_app.services.distribution.proposals import (
    proposal_basis,
    site_holdings,
    stored_basis,
    usable_on_hand,
)
from pharmacy_app.services.distribution.rounds import (
    get_list,
    require_draft_list,
    round_view_of,
    unknown_record,
    whole_doses,
)
from pharmacy_app.services.distribution.sites import cover_days_of
from pharmacy_app.services.distribution.use_basis import round_rates
from pharmacy_app.services.distribution.views import RoundView
from pharmacy_app.services.permissions import requires
from pharmacy_app.services.reference import home_pharmacy

MOBILE_KIND = "mobile"


def add_visit(
    app: App,
    list_id: int,
    *,
    visit_date: date,
    institution: str,
    institution_kind: str,
    programme_code: str,
    doses: int,
) -> RoundView:
    """A mobile unit's visit: an institution on a date and the doses of one programme."""
    return add_visits(
        app,
        list_id,
        visit_date=visit_date,
        institution=institution,
        institution_kind=institution_kind,
        doses_by_programme={programme_code: doses},
    )


@requires(Role.STAFF)
@declares(Change.DISTRIBUTION)
def add_visits(
    app: App,
    list_id: int,
    *,
    visit_date: date,
    institution: str,
    institution_kind: str,
    doses_by_programme: Mapping[str, int],
) -> RoundView:
    """A mobile unit's visit to an institution on a date, with the doses of each programme
    given there (several programmes in one visit is normal): all rows or none."""
    with app.db.write() as s:
        lst = get_list(s, list_id)
        require_draft_list(lst)
        site = lst.location
        if site.kind_code != MOBILE_KIND:
            kind = site.kind.name_en if site.kind is not None else (site.kind_code or "-")
            raise fail("distribution_visit_mobile_only", site=site.name, kind=kind)
        problems: list[Problem] = []
        if not institution or not institution.strip():
            problems.append(Problem("value_required", {"field": "Institution"}))
        if not doses_by_programme:
            problems.append(Problem("value_required", {"field": Term.FIELD_PROGRAMME}))
        for programme_code, doses in doses_by_programme.items():
            programme = s.get(m.Programme, programme_code)
            if programme is None or not programme.active:
                problems.append(
                    Problem(
                        "value_invalid",
                        {
                            "field": Term.FIELD_PROGRAMME,
                            "value": programme_code,
                            "why": "not a programme in use",
                        },
                    )
                )
            if not whole_doses(doses) or doses <= 0:
                problems.append(Problem("quantity_not_positive", {"doses": doses}))
            elif doses > MAX_DOSES_PER_MOVEMENT:
                problems.append(
                    Problem("quantity_too_large", {"doses": doses, "max": MAX_DOSES_PER_MOVEMENT})
                )
        if visit_date < lst.round.planned_for:
            problems.append(
                Problem(
                    "distribution_visit_before_round",
                    {
                        "visit": visit_date.strftime("%d-%m-%Y"),
                        "planned": lst.round.planned_for.strftime("%d-%m-%Y"),
                    },
                )
            )
        if problems:
            raise DomainError(problems)
        for programme_code, doses in doses_by_programme.items():
            s.add(
                m.DistributionVisit(
                    list_id=lst.id,
                    visit_date=visit_date,
                    institution=institution.strip(),
                    institution_kind=(institution_kind or "").strip(),
                    programme_code=programme_code,
                    doses=int(doses),
                )
            )
        s.flush()
        s.expire(lst, ["visits"])
        today = app.today()
        _apply_visits(s, lst, today)
        allocate_round(s, lst.round, today)
        return round_view_of(s, lst.round)


@requires(Role.STAFF)
@declares(Change.DISTRIBUTION)
def remove_visit(app: App, visit_id: int) -> RoundView:
    """Take a visit off a mobile unit's plan; its programme's request follows the plan."""
    today = app.today()
    with app.db.write() as s:
        visit = s.get(m.DistributionVisit, visit_id)
        if visit is None:
            raise unknown_record(Term.RECORD_VISIT, visit_id)
        lst = visit.list
        require_draft_list(lst)
        s.delete(visit)
        s.flush()
        s.expire(lst, ["visits"])
        _apply_visits(s, lst, today)
        allocate_round(s, lst.round, today)
        return round_view_of(s, lst.round)


def _apply_visits(s: Session, lst: m.DistributionList, today: date) -> None:
    """A mobile unit's visit plan decides what it gets of each programme it covers.

    For each programme with planned visits, the doses the visits give minus the usable
    doses the unit holds of that programme's products, rounded up to whole vials, are
    asked for of the programme's main product at the unit (the one it uses most; else
    the first active product of the programme).  A programme whose visits are all gone
    goes back to the proposal from the unit's rate of use.
    """
    site = lst.location
    planned_for = lst.round.planned_for
    per_programme: dict[str, int] = defaultdict(int)
    count: dict[str, int] = defaultdict(int)
    last: dict[str, date] = {}
    for visit in lst.visits:
        per_programme[visit.programme_code] += visit.doses
        count[visit.programme_code] += 1
        last[visit.programme_code] = max(last.get(visit.programme_code, visit.visit_date), visit.visit_date)
    home = home_pharmacy(s)
    rates = round_rates(s, home, today, planned_for, [site])
    holdings = site_holdings(s, [site.id], planned_for)
    cover = cover_days_of(site.kind)

    def usable(product_id: int) -> int:
        rate = rates.rate(site, product_id)
        per_day = None if rate.source == er.RATE_NONE else rate.per_day
        return usable_on_hand(holdings.get((site.id, product_id), ()), per_day, planned_for)

    def planned_by_visits(req: m.DistributionRequest) -> bool:
        data = stored_basis(req)
        return data.get("visits") is not None or data.get("covered_by") is not None

    from_visits = {r.product.programme_code for r in lst.requests if planned_by_visits(r)}
    for code in sorted(set(per_programme) | from_visits):
        requests = [r for r in lst.requests if r.product.programme_code == code]
        total = per_programme.get(code, 0)
        if total == 0:
            for req in requests:
                if not planned_by_visits(req):
                    continue
                proposed, basis = proposal_basis(
                    rates.rate(site, req.product_id), cover, usable(req.product_id), req.product
                )
                basis.update(rates.basis_extra(site, req.product_id))
                req.proposed_doses = req.requested_doses = proposed
                req.basis = json.dumps(basis, sort_keys=True)
            continue
        candidates = [r.product for r in requests] or list(
            s.scalars(
                select(m.Product)
                .where(m.Product.programme_code == code, m.Product.active.is_(True))
                .order_by(m.Product.name, m.Product.id)
            )
        )
        if not candidates:
            continue
        # The product the unit uses most; among equals, the one the pharmacy has most of.
        in_stock: dict[int, int] = defaultdict(int)
        for lot, doses in pharmacy_lots(s, home, [p.id for p in candidates], planned_for):
            in_stock[lot.product_id] += doses
        main = max(
            candidates, key=lambda p: (rates.rate(site, p.id).per_day, in_stock[p.id], -p.id)
        )
        ids = {p.id for p in candidates} | {pid for (_, pid) in holdings}
        on_hand = sum(usable(pid) for pid in ids if s.get_one(m.Product, pid).programme_code == code)
        proposed = al.visit_proposal(total, on_hand, main.doses_per_unit)
        rate = rates.rate(site, main.id)
        basis = {
            "visits": total,
            "visit_count": count[code],
            "last_visit": last[code].isoformat(),
            "on_hand": on_hand,
            "proposed": proposed,
            "unit": main.doses_per_unit,
            "rate": None if rate.source == er.RATE_NONE else rate.per_day,
            "rate_source": rate.source,
        }
        found = next((r for r in requests if r.product_id == main.id), None)
        if found is None:
            req = m.DistributionRequest(list_id=lst.id, product_id=main.id, product=main)
            s.add(req)
        else:
            req = found
        req.proposed_doses = req.requested_doses = proposed
        req.basis = json.dumps(basis, sort_keys=True)
        # The programme's other products: the visits' doses are asked for as ``main``.
        for other in requests:
            if other.product_id != main.id:
                other.proposed_doses = other.requested_doses = 0
                other.basis = json.dumps(
                    {"covered_by": main.id, "proposed": 0, "unit": other.product.doses_per_unit},
                    sort_keys=True,
                )
    s.flush()
    s.expire(lst, ["requests"])
