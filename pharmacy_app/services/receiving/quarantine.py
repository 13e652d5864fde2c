"""Stock received on hold: each pharmacy's quarantine location, and releasing stock
from it to the shelves.

Held stock is in the ledger but cannot be picked; a pharmacist releases it with a
reason (or it is discarded).  The quarantine location is made the first time a
pharmacy holds stock.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.ledger import check_doses
from pharmacy_app.domain.roles import Role
from pharmacy_app.domain.stock_rules import refuse
from pharmacy_app.domain.types import QUARANTINE_KIND, MovementKind
from pharmacy_app.services import ledger
from pharmacy_app.services.app import App
from pharmacy_app.services.permissions import requires
from pharmacy_app.services.records import product_record
from pharmacy_app.services.reference import location_by_code
from pharmacy_app.services.stock import Posted, posted_record


def quarantine_for(session: Session, pharmacy: m.Location) -> m.Location:
    """The pharmacy's quarantine location, created the first time stock is held."""
    code = f"{pharmacy.code}-KAR"
    loc = session.scalars(select(m.Location).where(m.Location.code == code)).one_or_none()
    if loc is None:
        loc = m.Location(
            code=code,
            name=f"Karantæne – {pharmacy.name}",
            kind_code=QUARANTINE_KIND,
            region_code=pharmacy.region_code,
            is_virtual=False,
            holds_stock=True,
            address=pharmacy.address,
            city=pharmacy.city,
            active=True,
            parent_id=pharmacy.id,
        )
        session.add(loc)
        session.flush()
    return loc


@requires(Role.STAFF)
@declares(Change.STOCK | Change.RECEIVING)
def release(app: App, *, lot_id: int, quarantine_code: str, doses: int, note: str) -> Posted:
    """A pharmacist releases held stock to the pharmacy's shelves, with a reason."""
    check_doses(doses)
    if not note.strip():
        raise fail("hold_reason_required")
    now = app.now()
    with app.db.write() as s:
        held = location_by_code(s, quarantine_code)
        if held.kind_code != QUARANTINE_KIND or held.parent_id is None:
            raise fail("not_quarantine", location=held.name)
        pharmacy = s.get(m.Location, held.parent_id)
        assert pharmacy is not None
        lot = s.get(m.Lot, lot_id)
        if lot is None:
            raise fail("lot_unknown", lot=lot_id)
        refuse(product_record(lot.product).whole_units_problems(doses))
        mv = ledger.post(
            s,
            kind=MovementKind.RELEASE,
            lot=lot,
            source=held,
            destination=pharmacy,
            doses=doses,
            user=app.user,
            now=now,
            note=note,
        )
        return posted_record(mv, lot, held, pharmacy)
