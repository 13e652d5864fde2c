"""Finding reference rows inside a use case's transaction (a location by code, a virtual
location, a product by id, item number or GTIN); ``services/records.py`` converts them
to the domain's records.  An unknown key is a typed problem, never ``None``.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.types import VirtualLocation


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

