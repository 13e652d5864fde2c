"""Rounds and lists as stored: find one by id, refuse a change to what is no longer
a draft, and turn the rows into the records of :mod:`.views`.

A round is one or many sites' distribution lists, dispatched together; a use case
that changes one returns the whole round as :class:`RoundView`, read again after its
changes were flushed (:func:`round_view_of`).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from pharmacy_app.db import models as m
from pharmacy_app.domain.errors import DomainError, fail
from pharmacy_app.domain.messages.terms import Term
from pharmacy_app.services.distribution import cold
from pharmacy_app.services.distribution.proposals import basis, stored_basis
from pharmacy_app.services.distribution.views import (
    DISPATCHED,
    DRAFT,
    RECEIVED,
    LineView,
    ListView,
    RequestView,
    RoundView,
    VisitView,
)


def unknown_record(what: Term, ident: object) -> DomainError:
    return fail("distribution_record_unknown", what=what, ident=ident)


def get_round(s: Session, round_id: int) -> m.DistributionRound:
    rnd = s.get(m.DistributionRound, round_id)
    if rnd is None:
        raise unknown_record(Term.RECORD_ROUND, round_id)
    return rnd


def get_list(s: Session, list_id: int) -> m.DistributionList:
    lst = s.get(m.DistributionList, list_id)
    if lst is None:
        raise unknown_record(Term.RECORD_LIST, list_id)
    return lst


def require_draft_round(rnd: m.DistributionRound) -> None:
    if rnd.status == DRAFT:
        return
    if rnd.status == DISPATCHED:
        raise fail(
            "distribution_dispatched_reverse", what=Term.THE_ROUND, number=rnd.number
        )
    raise fail(
        "distribution_not_draft",
        what=Term.THE_ROUND,
        number=rnd.number,
        status=rnd.status,
    )


def require_draft_list(lst: m.DistributionList) -> None:
    require_draft_round(lst.round)
    if lst.status == DRAFT:
        return
    if lst.status in (DISPATCHED, RECEIVED):
        raise fail(
            "distribution_dispatched_reverse",
            what=Term.THE_LIST,
            number=lst.list_number,
        )
    raise fail(
        "distribution_not_draft",
        what=Term.THE_LIST,
        number=lst.list_number,
        status=lst.status,
    )


def whole_doses(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def line_view_of(line: m.DistributionLine, thaws_on: date | None = None) -> LineView:
    """The line; ``thaws_on`` the day its frozen lot is to be thawed on dispatch."""
    lot = line.lot
    p = lot.product
    return LineView(
        line_id=line.id,
        list_id=line.list_id,
        line_no=line.line_no,
        lot_id=lot.id,
        product_id=p.id,
        product=p.name,
        varenummer=p.varenummer,
        batch=lot.batch,
        expiry=lot.expiry,
        use_by=lot.use_by,
        thawed_on=lot.thawed_on,
        doses=line.doses,
        units=line.doses // p.doses_per_unit,
        override_reason=line.override_reason or "",
        received_doses=line.received_doses,
        discrepancy_reason=line.discrepancy_reason or "",
        dispatch_movement_id=line.dispatch_movement_id,
        receive_movement_id=line.receive_movement_id,
        programme=p.programme_code,
        recalled_at=lot.recalled_at,
        recall_reason=lot.recall_reason or "",
        product_short=p.short_name,
        thaws_on=thaws_on,
        thawed_use_by=cold.predicted_use_by(lot, thaws_on) if thaws_on is not None else None,
    )


def list_view_of(lst: m.DistributionList, storage: cold.SiteStorage | None = None) -> ListView:
    """The list; with its site's ``storage``, a draft's frozen lines that thaw on dispatch
    say so (dated the round's day)."""
    thaw_day = lst.round.planned_for if storage is not None and lst.status == DRAFT else None
    lines = tuple(
        line_view_of(
            line,
            thaw_day if thaw_day and storage and storage.thaws_lot(lst.location_id, line.lot) else None,
        )
        for line in sorted(lst.lines, key=lambda ln: (ln.line_no, ln.id))
    )
    allocated: dict[int, int] = defaultdict(int)
    for line in lines:
        allocated[line.product_id] += line.doses
    requests = []
    for req in lst.requests:
        p = req.product
        data = stored_basis(req)
        got = allocated.get(p.id, 0)
        rate = data.get("rate")
        requests.append(
            RequestView(
                request_id=req.id,
                list_id=lst.id,
                product_id=p.id,
                product=p.name,
                varenummer=p.varenummer,
                programme=p.programme_code,
                doses_per_unit=p.doses_per_unit,
                proposed=req.proposed_doses,
                requested=req.requested_doses,
                basis=basis(req),
                allocated=got,
                short=max(0, req.requested_doses - got),
                rate_per_day=float(rate) if rate is not None else None,
                cover_days=int(data.get("cover_days", 0)),
                on_hand=int(data.get("on_hand", 0)),
                product_short=p.short_name,
                short_reason=cold.short_reason(data, p) if got < req.requested_doses else None,
            )
        )
    requests.sort(key=lambda r: (r.programme, r.product, r.request_id))
    visits = tuple(
        VisitView(
            v.id, lst.id, v.visit_date, v.institution, v.institution_kind, v.programme_code, v.doses
        )
        for v in sorted(lst.visits, key=lambda v: (v.visit_date, v.institution, v.id))
    )
    loc = lst.location
    return ListView(
        list_id=lst.id,
        list_number=lst.list_number,
        round_id=lst.round_id,
        site_code=loc.code,
        site_name=loc.name,
        site_kind=loc.kind_code or "",
        address=loc.address,
        city=loc.city,
        status=lst.status,
        requests=tuple(requests),
        lines=lines,
        visits=visits,
        received_by=lst.received_by,
        received_at=lst.received_at,
        note=lst.note or "",
        mode=lst.round.mode,
    )


def round_lists(s: Session, round_id: int) -> list[m.DistributionList]:
    """A round's lists, each with its site, lines (lot, product), requests (product,
    programme) and visits read afresh: one query per kind of row for the whole round,
    not three per list and one per lot."""
    s.flush()
    q = (
        select(m.DistributionList)
        .where(m.DistributionList.round_id == round_id)
        .order_by(m.DistributionList.id)
        .options(
            joinedload(m.DistributionList.location),
            selectinload(m.DistributionList.lines)
            .selectinload(m.DistributionLine.lot)
            .selectinload(m.Lot.product),
            selectinload(m.DistributionList.requests)
            .selectinload(m.DistributionRequest.product)
            .selectinload(m.Product.programme),
            selectinload(m.DistributionList.visits),
        )
        .execution_options(populate_existing=True)
    )
    return list(s.scalars(q).unique())


def round_view_of(s: Session, rnd: m.DistributionRound) -> RoundView:
    lists = round_lists(s, rnd.id)
    s.expire(rnd, ["lists"])
    storage = cold.site_storage(s, [lst.location for lst in lists if lst.status == DRAFT])
    return RoundView(
        round_id=rnd.id,
        number=rnd.number,
        planned_for=rnd.planned_for,
        mode=rnd.mode,
        status=rnd.status,
        created_by=rnd.created_by,
        created_at=rnd.created_at,
        dispatched_by=rnd.dispatched_by,
        dispatched_at=rnd.dispatched_at,
        note=rnd.note or "",
        lists=tuple(list_view_of(lst, storage) for lst in lists),
        fair_split=bool(rnd.fair_split),
    )
