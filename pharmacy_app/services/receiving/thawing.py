"""Thawing frozen stock where it is: doses of a frozen lot move to its thawed part.

The thawed part is a lot of its own (same product and batch) with its own use-by, the
earlier of the expiry and the thaw date plus the product's thawed shelf life.  Thawed
stock is never refrozen; recalled and held stock is not thawed.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.ledger import check_aware, check_doses
from pharmacy_app.domain.localtime import local_day
from pharmacy_app.domain.messages.terms import Term
from pharmacy_app.domain.roles import Role
from pharmacy_app.domain.stock_rules import held, recalled, refuse, whole_units_at_pharmacy
from pharmacy_app.domain.types import MovementKind, VirtualLocation
from pharmacy_app.services import ledger, lots
from pharmacy_app.services.app import App
from pharmacy_app.services.permissions import requires
from pharmacy_app.services.receiving.rules import default_condition
from pharmacy_app.services.receiving.views import FROZEN
from pharmacy_app.services.records import location_record, lot_record
from pharmacy_app.services.reference import location_by_code, virtual
from pharmacy_app.services.stock import Posted, posted_record


def thawed_lot(session: Session, parent: m.Lot, thawed_on: date, now: datetime) -> m.Lot:
    """The thawed part of a lot, found or created (also for transfers)."""
    return lots.thawed_lots(session, [(parent, thawed_on)], now)[0]


@requires(Role.STAFF)
@declares(Change.STOCK | Change.RECEIVING)
def thaw(
    app: App,
    *,
    lot_id: int,
    location_code: str,
    doses: int,
    thawed_at: datetime | None = None,
) -> Posted:
    """Thaw doses of a frozen lot where they are; the thawed part gets its own use-by."""
    check_doses(doses)
    check_aware(thawed_at, "thawed_at")
    now = app.now()
    with app.db.write() as s:
        lot = s.get(m.Lot, lot_id)
        if lot is None:
            raise fail("lot_unknown", lot=lot_id)
        if lot.thawed_on is not None:
            raise fail("already_thawed", batch=lot.batch, thawed_on=lot.thawed_on)
        parent = s.get(m.Lot, lot.parent_lot_id) if lot.parent_lot_id is not None else None
        if parent is not None and parent.thawed_on is not None:  # a shortened thawed part
            raise fail("already_thawed", batch=lot.batch, thawed_on=parent.thawed_on)
        rec = lot_record(lot)
        refuse(recalled(rec, Term.ACTION_THAWED))
        product = lot.product
        if default_condition(product) != FROZEN:
            raise fail("not_a_frozen_product", product=product.name)
        place = location_by_code(s, location_code)
        if place.is_virtual:
            raise fail("location_unknown", location=location_code)
        here = location_record(place)
        refuse(held(rec, here))
        refuse(whole_units_at_pharmacy(rec.product, doses, here))
        thawed = thawed_lot(s, lot, local_day(thawed_at or now), now)
        sink = virtual(s, VirtualLocation.THAW)
        _frozen_out, thawed_in = ledger.post_many(
            s,
            [
                ledger.Posting(MovementKind.THAW, lot, place, sink, doses, thawed_at),
                ledger.Posting(
                    MovementKind.THAW, thawed, sink, place, doses, thawed_at,
                    note=f"thawed from lot {lot.id}",
                ),  # fmt: skip
            ],
            user=app.user,
            now=now,
        )
        return posted_record(s.get_one(m.Movement, thawed_in), thawed, place, place)
