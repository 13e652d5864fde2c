"""Database rows as the domain's records, converted in one place.

The rules (``domain/stock_rules.py``) see frozen records with typed ids, never ORM
objects; a service converts the rows it checks here, at its boundary, and keeps the
rows for writing.
"""

from __future__ import annotations

from pharmacy_app.db import models as m
from pharmacy_app.domain.catalog import Location, Lot, Product, Recall
from pharmacy_app.domain.types import LocationId, LotId, ProductId


def product_record(p: m.Product) -> Product:
    return Product(
        id=ProductId(p.id),
        varenummer=p.varenummer,
        name=p.name,
        programme_code=p.programme_code,
        form=p.form,
        doses_per_unit=p.doses_per_unit,
        units_per_pack=p.units_per_pack,
        thawed_shelf_life_days=p.thawed_shelf_life_days,
        min_remaining_shelf_life_days=p.min_remaining_shelf_life_days,
        gtin=p.gtin,
        active=p.active,
        short_name=p.short_name,
    )


def location_record(loc: m.Location) -> Location:
    return Location(
        id=LocationId(loc.id),
        code=loc.code,
        name=loc.name,
        kind_code=loc.kind_code,
        is_virtual=loc.is_virtual,
        holds_stock=loc.holds_stock,
        region_code=loc.region_code,
        active=loc.active,
    )


def lot_record(lot: m.Lot) -> Lot:
    recall = (
        None
        if lot.recalled_at is None
        else Recall(at=lot.recalled_at, reason=lot.recall_reason or "", by=lot.recalled_by or "")
    )
    return Lot(
        id=LotId(lot.id),
        product=product_record(lot.product),
        batch=lot.batch,
        expiry=lot.expiry,
        use_by=lot.use_by,
        thawed_on=lot.thawed_on,
        recall=recall,
    )
