"""Waste (kassation) of expired stock in one step.

:func:`expired_stock` lists every holding in the region past its use-by, with the
reason it would be discarded under: ``OPTOET_OVERSKREDET`` when it was thawed and the
manufacturer's expiry has not passed (the thawed shelf life ran out first), else
``UDLOEBET``.  :func:`discard_expired` discards all of them, or the chosen ones, in ONE
transaction: every holding or none.

Other discards (cold-chain break, breakage, opened vials, recall, other) go through
``services.stock.discard`` one at a time.  There every reason but open-vial waste takes
whole vials (:mod:`pharmacy_app.domain.waste_units`); an expired holding is discarded
whole here, so it never leaves part of a vial behind either.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from pharmacy_app.db import models as m
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.errors import DomainError, Problem
from pharmacy_app.domain.expiry import is_expired
from pharmacy_app.domain.localtime import local_day
from pharmacy_app.domain.roles import Role
from pharmacy_app.domain.stock_rules import usable_still
from pharmacy_app.domain.types import MovementKind, VirtualLocation
from pharmacy_app.services import ledger
from pharmacy_app.services.app import App
from pharmacy_app.services.expiry import expiry_overview
from pharmacy_app.services.permissions import requires
from pharmacy_app.services.records import location_record, lot_record
from pharmacy_app.services.reference import location_by_code, virtual
from pharmacy_app.services.stock import Posted, posted_record

EXPIRED_REASON = "UDLOEBET"
THAWED_REASON = "OPTOET_OVERSKREDET"


@dataclass(frozen=True)
class ExpiredView:
    location_code: str
    location_name: str
    location_kind: str
    lot_id: int
    product_id: int
    product: str
    varenummer: str
    batch: str
    expiry: date
    use_by: date
    thawed_on: date | None
    doses: int
    reason_code: str  # the proposed reason: UDLOEBET or OPTOET_OVERSKREDET
    product_short: str = ""  # the short display name; ``product`` is the full one


def proposed_reason(expiry: date, thawed_on: date | None, today: date) -> str:
    """Thawed stock whose manufacturer's expiry has not passed ran out of thawed shelf
    life; everything else simply expired."""
    if thawed_on is not None and not is_expired(expiry, today):
        return THAWED_REASON
    return EXPIRED_REASON


def expired_stock(
    app: App, today: date | None = None, location_code: str | None = None
) -> list[ExpiredView]:
    """Every holding in the region whose use-by has passed (held stock included),
    soonest use-by first; ``location_code`` for one location."""
    today = today or app.today()
    location_id = None
    if location_code:
        with app.db.read() as s:
            location_id = location_by_code(s, location_code).id
    rows = expiry_overview(app, today, location_id=location_id)
    return [
        ExpiredView(
            r.location_code, r.location_name, r.location_kind, r.lot_id, r.product_id, r.product,
            r.varenummer, r.batch, r.expiry, r.use_by, r.thawed_on, r.doses,
            proposed_reason(r.expiry, r.thawed_on, today), r.product_short,
        )
        for r in rows
        if is_expired(r.use_by, today)
    ]


@requires(Role.STAFF)
@declares(Change.STOCK)
def discard_expired(
    app: App,
    items: Sequence[tuple[int, str]] | None = None,
    *,
    today: date | None = None,
    note: str = "",
) -> list[Posted]:
    """Discard expired holdings whole, each with its proposed reason, reference
    ``KAS-<date>``, in one transaction.

    ``items`` are (lot id, location code) pairs; ``None`` means every expired holding in
    the region.  An item that is not expired or no longer held refuses the lot: nothing
    is written and every such item is named."""
    now = app.now()
    today = today or local_day(now)  # one clock reading: the day and the moment agree
    reference = f"KAS-{today.isoformat()}"
    if items is None:
        chosen = [(v.lot_id, v.location_code) for v in expired_stock(app, today)]
    else:
        chosen = list(dict.fromkeys((int(lot), str(code)) for lot, code in items))
    if not chosen:
        return []
    with app.db.write() as s:
        wasted = virtual(s, VirtualLocation.WASTED)
        problems: list[Problem] = []
        plan: list[tuple[m.Lot, m.Location, int, str]] = []
        for lot_id, code in chosen:
            lot = s.get(m.Lot, lot_id)
            if lot is None:
                problems.append(Problem("lot_unknown", {"lot": lot_id}))
                continue
            loc = s.scalars(select(m.Location).where(m.Location.code == code)).one_or_none()
            if loc is None or loc.is_virtual:
                problems.append(Problem("location_unknown", {"location": code}))
                continue
            held = ledger.on_hand(s, loc.id, lot.id)
            if held <= 0:
                problems.append(
                    Problem(
                        "discard_not_held",
                        {"batch": lot.batch, "product": lot.product.name, "location": loc.name},
                    )
                )
                continue
            not_yet = usable_still(lot_record(lot), location_record(loc), today)
            if not_yet:
                problems += not_yet
                continue
            plan.append((lot, loc, held, proposed_reason(lot.expiry, lot.thawed_on, today)))
        if problems:
            raise DomainError(problems)
        postings = [
            ledger.Posting(
                kind=MovementKind.DISCARD,
                lot=lot,
                source=loc,
                destination=wasted,
                doses=doses,
                reference=reference,
                reason_code=reason,
                note=note,
            )
            for lot, loc, doses, reason in plan
        ]
        ids = ledger.post_many(s, postings, user=app.user, now=now)
        movements = {mv.id: mv for mv in s.scalars(select(m.Movement).where(m.Movement.id.in_(ids)))}
        return [
            posted_record(movements[i], p.lot, p.source, wasted)
            for i, p in zip(ids, postings, strict=True)
        ]
