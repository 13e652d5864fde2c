"""Frozen stock never goes to a place that cannot keep it frozen: it is thawed on the way.

Whenever doses of a frozen lot leave for another place (a round's dispatch, a transfer
between sites, a rebalancing move, a return), the destination's storage decides
(:func:`pharmacy_app.domain.cold_chain.keeping` over its equipment,
:func:`pharmacy_app.services.storage.equipment_of`): a place that keeps the product
frozen gets the frozen lot; a place that keeps it only cold gets its thawed part, thawed
where the doses are, as part of the same transaction (the THAW movements of
:mod:`pharmacy_app.services.receiving.thawing`, dated the moment they leave, into the
thawed part of that day); a place that cannot keep it at all is refused.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain import cold_chain as cc
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.types import MovementKind, VirtualLocation
from pharmacy_app.services import ledger, lots
from pharmacy_app.services.reference import virtual
from pharmacy_app.services.storage import classes_of, equipment_of, product_storage


def is_frozen_lot(lot: m.Lot) -> bool:
    """A lot of a frozen product not thawed yet."""
    p = lot.product
    return lot.thawed_on is None and p.frozen_min_c is not None and p.frozen_max_c is not None


def keeping_at(s: Session, place: m.Location, product: m.Product) -> cc.Keeping:
    """How the place keeps the product with its equipment (or its kind's default)."""
    classes = classes_of(equipment_of(s, [place])[place.id])
    return cc.keeping(classes, product_storage(product))


def thaw_postings(
    lot: m.Lot,
    part: m.Lot,
    place: m.Location,
    sink: m.Location,
    doses: int,
    reference: str = "",
    occurred_at: datetime | None = None,
) -> list[ledger.Posting]:
    """Thaw ``doses`` of a frozen lot where they are into its thawed part ``part``."""
    return [
        ledger.Posting(MovementKind.THAW, lot, place, sink, doses, occurred_at, reference),
        ledger.Posting(
            MovementKind.THAW, part, sink, place, doses, occurred_at, reference,
            note=f"thawed from lot {lot.id}",
        ),
    ]  # fmt: skip


def on_the_way(
    s: Session,
    lot: m.Lot,
    source: m.Location,
    dest: m.Location,
    doses: int,
    day: date,
    now: datetime,
    *,
    reference: str = "",
    occurred_at: datetime | None = None,
) -> tuple[m.Lot, list[ledger.Posting]]:
    """The lot to send to ``dest`` and the THAW postings that come first (none when the
    lot is not frozen or the place keeps it frozen); refused when the place cannot keep
    the product."""
    if not is_frozen_lot(lot) or dest.is_virtual:
        return lot, []
    keeping = keeping_at(s, dest, lot.product)
    if keeping == cc.Keeping.FROZEN:
        return lot, []
    if keeping == cc.Keeping.NONE:
        raise fail(
            "frozen_to_place_without_storage",
            location=dest.name,
            product=lot.product.name,
            batch=lot.batch,
        )
    (part,) = lots.thawed_lots(s, [(lot, day)], now)
    sink = virtual(s, VirtualLocation.THAW)
    return part, thaw_postings(lot, part, source, sink, doses, reference, occurred_at)
