"""Adding and editing products and sites (Settings), every problem reported at once.

A product's item number, GTIN and short name are unique (the short name ignoring case);
its doses per unit cannot change while any location holds a dose of it.  A site is
retired only when it holds nothing; virtual locations are fixed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain import catalog as dc
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.errors import DomainError, Problem, fail
from pharmacy_app.domain.messages.terms import Term
from pharmacy_app.domain.roles import Role
from pharmacy_app.services import activity
from pharmacy_app.services.activity import Kind
from pharmacy_app.services.app import App
from pharmacy_app.services.permissions import requires
from pharmacy_app.services.reference.listings import (
    LocationInfo,
    ProductInfo,
    location_info,
    product_info,
)
from pharmacy_app.services.storage_settings import ClassSpec, replace_equipment

_VARENUMMER_RE = re.compile(r"^[0-9]{1,20}$")
_CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-_.]{0,39}$")


def gtin_check_digit_ok(gtin: str) -> bool:
    if not re.fullmatch(r"[0-9]{14}", gtin):
        return False
    digits = [int(c) for c in gtin]
    total = sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(digits[:-1]))
    return (10 - total % 10) % 10 == digits[-1]


def _invalid(field: Term | str, value: Any, why: Term | str) -> Problem:
    return Problem("value_invalid", {"field": field, "value": value, "why": why})


def validate_product(info: ProductInfo) -> list[Problem]:
    problems: list[Problem] = []
    if not info.name.strip():
        problems.append(Problem("value_required", {"field": Term.FIELD_NAME}))
    if len(info.short_name.strip()) > dc.SHORT_NAME_MAX:
        problems.append(_invalid("Short name", info.short_name, f"at most {dc.SHORT_NAME_MAX} characters"))
    if not _VARENUMMER_RE.match(info.varenummer.strip()):
        problems.append(_invalid(Term.FIELD_VARENUMMER, info.varenummer, Term.WHY_DIGITS_ONLY))
    if info.gtin and not gtin_check_digit_ok(info.gtin):
        problems.append(_invalid(Term.FIELD_GTIN, info.gtin, Term.WHY_GTIN_CHECK_DIGIT))
    if info.doses_per_unit <= 0:
        problems.append(_invalid(Term.FIELD_DOSES_PER_UNIT, info.doses_per_unit, Term.WHY_AT_LEAST_1))
    if info.units_per_pack <= 0:
        problems.append(_invalid(Term.FIELD_UNITS_PER_PACK, info.units_per_pack, Term.WHY_AT_LEAST_1))
    if info.thawed_shelf_life_days is not None and info.thawed_shelf_life_days <= 0:
        problems.append(_invalid(Term.FIELD_THAWED_SHELF_LIFE, info.thawed_shelf_life_days, Term.WHY_DAYS_AT_LEAST_1))
    if info.min_remaining_shelf_life_days < 0:
        problems.append(_invalid(Term.FIELD_MIN_SHELF_LIFE, info.min_remaining_shelf_life_days, Term.WHY_DAYS_0_OR_MORE))
    if not info.form.strip():
        problems.append(Problem("value_required", {"field": Term.FIELD_FORM}))
    if info.pack_volume_ml is not None and not info.pack_volume_ml > 0:
        problems.append(_invalid(Term.FIELD_PACK_VOLUME, info.pack_volume_ml, Term.WHY_AT_LEAST_1))
    return problems


@requires(Role.ADMINISTRATOR)
@declares(Change.REFERENCE)
def save_product(app: App, info: ProductInfo) -> ProductInfo:
    """Add (``info.id is None``) or edit a product; every problem is reported at once."""
    problems = validate_product(info)
    with app.db.write() as s:
        if s.get(m.Programme, info.programme_code) is None:
            problems.append(_invalid(Term.FIELD_PROGRAMME, info.programme_code, Term.WHY_UNKNOWN_PROGRAMME))
        clash = s.scalars(
            select(m.Product).where(m.Product.varenummer == info.varenummer.strip())
        ).first()
        if clash is not None and clash.id != info.id:
            problems.append(Problem("code_taken", {"field": Term.FIELD_VARENUMMER, "value": info.varenummer}))
        if info.gtin:
            clash = s.scalars(select(m.Product).where(m.Product.gtin == info.gtin)).first()
            if clash is not None and clash.id != info.id:
                problems.append(Problem("code_taken", {"field": Term.FIELD_GTIN, "value": info.gtin}))
        short_name = info.short_name.strip() or dc.derive_short_name(info.name)
        # Unique ignoring case: two products that read alike in a table cannot be told apart.
        clash = s.scalars(
            select(m.Product).where(func.lower(m.Product.short_name) == short_name.lower())
        ).first()
        if clash is not None and clash.id != info.id:
            problems.append(Problem("short_name_taken", {"value": short_name, "other": clash.name}))
        if problems:
            raise DomainError(problems)
        before: dict[str, Any] = {}
        if info.id is None:
            row = m.Product()
            s.add(row)
        else:
            existing = s.get(m.Product, info.id)
            if existing is None:
                raise fail("product_unknown", product=info.id)
            if existing.doses_per_unit != info.doses_per_unit:
                _refuse_held_product(s, existing, info.doses_per_unit)
            row = existing
            before = _fields(product_info(row))
        values = asdict(info)
        values.pop("id")
        values["varenummer"] = info.varenummer.strip()
        values["name"] = info.name.strip()
        values["short_name"] = short_name
        values["gtin"] = info.gtin or None
        for key, value in values.items():
            setattr(row, key, value)
        s.flush()
        saved = product_info(row)
        _log(s, app, Kind.PRODUCT, saved.varenummer, before, _fields(saved), info.id is None)
        return saved


def _fields(info: ProductInfo | LocationInfo) -> dict[str, Any]:
    values = asdict(info)
    values.pop("id", None)
    return values


def _log(
    s: Session, app: App, kind: Kind, subject: str, before: dict[str, Any], after: dict[str, Any], new: bool
) -> None:
    """The activity entry of an add (every field) or an edit (the fields changed)."""
    if new:
        activity.record(s, app, kind, subject, None, after)
        return
    old, changed = activity.changed_fields(before, after)
    if changed:
        activity.record(s, app, kind, subject, old, changed)


def _refuse_held_product(s: Session, product: m.Product, new: int) -> None:
    """Doses per unit says what every vial on the shelf holds: it cannot change while any
    location holds (or has on the way) a dose of the product.  The ledger counts doses,
    so changing it would silently turn 60 doses in 10 vials into 60 doses in 6."""
    held = s.execute(
        select(m.Location.code, func.sum(m.StockBalance.doses))
        .join(m.Lot, m.Lot.id == m.StockBalance.lot_id)
        .join(m.Location, m.Location.id == m.StockBalance.location_id)
        .where(m.Lot.product_id == product.id, m.StockBalance.doses > 0)
        .group_by(m.Location.code)
        .order_by(m.Location.code)
    ).all()
    if not held:
        return
    codes = [code for code, _doses in held]
    raise fail(
        "product_doses_per_unit_locked",
        product=product.name,
        unit=dc.unit_name(product.form),
        old=product.doses_per_unit,
        new=new,
        doses=sum(int(d) for _code, d in held),
        where=", ".join(codes[:5]) + (f" +{len(codes) - 5}" if len(codes) > 5 else ""),
    )


@requires(Role.ADMINISTRATOR)
@declares(Change.REFERENCE)
def save_location(
    app: App, info: LocationInfo, storage: Sequence[ClassSpec] | None = None
) -> LocationInfo:
    """Add or edit a real location (pharmacy or site).  Virtual locations are fixed.
    With ``storage``, its whole storage equipment is replaced in the same transaction
    (:func:`pharmacy_app.services.storage_settings.set_storage`)."""
    problems: list[Problem] = []
    code = info.code.strip()
    if not _CODE_RE.match(code):
        problems.append(_invalid(Term.FIELD_CODE, info.code, Term.WHY_LOCATION_CODE_CHARS))
    if not info.name.strip():
        problems.append(Problem("value_required", {"field": Term.FIELD_NAME}))
    with app.db.write() as s:
        if info.kind_code is None or s.get(m.LocationKind, info.kind_code) is None:
            problems.append(_invalid(Term.FIELD_KIND, info.kind_code, Term.WHY_UNKNOWN_LOCATION_KIND))
        if info.region_code is not None and s.get(m.Region, info.region_code) is None:
            problems.append(Problem("region_unknown", {"region": info.region_code}))
        clash = s.scalars(select(m.Location).where(m.Location.code == code)).first()
        if clash is not None and clash.id != info.id:
            problems.append(Problem("code_taken", {"field": Term.FIELD_CODE, "value": code}))
        row: m.Location | None
        if info.id is not None:
            row = s.get(m.Location, info.id)
            if row is None:
                raise fail("location_unknown", location=info.id)
            if row.is_virtual:
                problems.append(_invalid(Term.FIELD_LOCATION, row.code, Term.WHY_VIRTUAL_NOT_EDITABLE))
            elif not info.active and row.active:
                held = s.scalar(
                    select(func.coalesce(func.sum(m.StockBalance.doses), 0)).where(
                        m.StockBalance.location_id == row.id
                    )
                )
                if held:
                    problems.append(
                        _invalid("Active", row.code, f"it still holds {held} doses; move them first")
                    )
        else:
            row = m.Location(is_virtual=False, holds_stock=True)
        before = _fields(location_info(row)) if info.id is not None else {}
        if problems:
            raise DomainError(problems)
        row.code = code
        row.name = info.name.strip()
        row.kind_code = info.kind_code
        row.region_code = info.region_code
        row.address = info.address.strip()
        row.city = info.city.strip()
        row.active = info.active
        s.add(row)
        s.flush()
        saved = location_info(row)
        _log(s, app, Kind.LOCATION, saved.code, before, _fields(saved), info.id is None)
        if storage is not None:
            replace_equipment(s, app, row, storage)
        return saved
