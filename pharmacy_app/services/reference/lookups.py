"""Finding reference rows inside a use case's transaction (a location by code, a virtual
location, a product by id, item number or GTIN) and converting them to the domain's
records.  An unknown key is a typed problem, never ``None``.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain import catalog as dc
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.types import LocationId, ProductId, VirtualLocation


def location_by_code(session: Session, code: str) -> m.Location:
    loc = session.scalars(select(m.Location).where(m.Location.code == code)).one_or_none()
    if loc is None:
        raise fail("location_unknown", location=code)
    return loc


def virtual(session: Session, which: VirtualLocation) -> m.Location:
    return location_by_code(session, which.value)


def product_by_key(session: Session, key: str | int) -> m.Product:
    """A product by id, SSI item number (varenummer) or GTIN."""
    product: m.Product | None
    if isinstance(key, int):
        product = session.get(m.Product, key)
    else:
        product = session.scalars(
            select(m.Product).where((m.Product.varenummer == key) | (m.Product.gtin == key))
        ).first()
    if product is None:
        raise fail("product_unknown", product=key)
    return product


def to_domain_product(p: m.Product) -> dc.Product:
    return dc.Product(
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


def to_domain_location(loc: m.Location) -> dc.Location:
    return dc.Location(
        id=LocationId(loc.id),
        code=loc.code,
        name=loc.name,
        kind_code=loc.kind_code,
        is_virtual=loc.is_virtual,
        holds_stock=loc.holds_stock,
        region_code=loc.region_code,
        active=loc.active,
    )
