"""Reference data as plain records for the window's lists and editors: programmes,
products, locations, location kinds, regions, discard reasons.  Read transactions only.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from pharmacy_app.db import models as m
from pharmacy_app.services.app import App


@dataclass(frozen=True)
class ProgrammeInfo:
    code: str
    name_da: str
    name_en: str
    active: bool


@dataclass(frozen=True)
class ProductInfo:
    id: int | None
    varenummer: str
    gtin: str | None
    programme_code: str
    name: str
    manufacturer: str
    form: str
    doses_per_unit: int
    units_per_pack: int
    thawed_shelf_life_days: int | None
    in_use_hours_after_opening: int | None
    min_remaining_shelf_life_days: int
    frozen_min_c: int | None = None
    frozen_max_c: int | None = None
    fridge_min_c: int | None = None
    fridge_max_c: int | None = None
    note: str = ""
    active: bool = True
    short_name: str = ""  # shown in tables and on screen; empty: made from the name on save
    pack_volume_ml: float | None = None  # the outer pack's, for a capacity in litres

    @property
    def doses_per_pack(self) -> int:
        return self.doses_per_unit * self.units_per_pack

    @property
    def display_name(self) -> str:
        return self.short_name or self.name


@dataclass(frozen=True)
class LocationInfo:
    id: int | None
    code: str
    name: str
    kind_code: str | None
    region_code: str | None
    address: str = ""
    city: str = ""
    active: bool = True
    is_virtual: bool = False
    holds_stock: bool = True


@dataclass(frozen=True)
class KindInfo:
    code: str
    name_da: str
    name_en: str
    ssi_stedtype: str
    target_cover_days: int | None


@dataclass(frozen=True)
class RegionInfo:
    code: str
    name: str


@dataclass(frozen=True)
class ReasonInfo:
    code: str
    name_da: str
    name_en: str
    requires_comment: bool


def list_programmes(app: App) -> list[ProgrammeInfo]:
    with app.db.read() as s:
        rows = s.scalars(select(m.Programme).order_by(m.Programme.name_da))
        return [ProgrammeInfo(r.code, r.name_da, r.name_en, r.active) for r in rows]


def product_info(p: m.Product) -> ProductInfo:
    return ProductInfo(
        id=p.id,
        varenummer=p.varenummer,
        gtin=p.gtin,
        programme_code=p.programme_code,
        name=p.name,
        manufacturer=p.manufacturer,
        form=p.form,
        doses_per_unit=p.doses_per_unit,
        units_per_pack=p.units_per_pack,
        thawed_shelf_life_days=p.thawed_shelf_life_days,
        in_use_hours_after_opening=p.in_use_hours_after_opening,
        min_remaining_shelf_life_days=p.min_remaining_shelf_life_days,
        frozen_min_c=p.frozen_min_c,
        frozen_max_c=p.frozen_max_c,
        fridge_min_c=p.fridge_min_c,
        fridge_max_c=p.fridge_max_c,
        note=p.note,
        active=p.active,
        short_name=p.short_name,
        pack_volume_ml=p.pack_volume_ml,
    )


def list_products(app: App, *, active_only: bool = False) -> list[ProductInfo]:
    with app.db.read() as s:
        q = select(m.Product).order_by(m.Product.programme_code, m.Product.name)
        if active_only:
            q = q.where(m.Product.active.is_(True))
        return [product_info(p) for p in s.scalars(q)]


def location_info(loc: m.Location) -> LocationInfo:
    return LocationInfo(
        id=loc.id,
        code=loc.code,
        name=loc.name,
        kind_code=loc.kind_code,
        region_code=loc.region_code,
        address=loc.address,
        city=loc.city,
        active=loc.active,
        is_virtual=loc.is_virtual,
        holds_stock=loc.holds_stock,
    )


def list_locations(app: App, *, real_only: bool = True, active_only: bool = False) -> list[LocationInfo]:
    with app.db.read() as s:
        q = select(m.Location).order_by(m.Location.kind_code, m.Location.name)
        if real_only:
            q = q.where(m.Location.is_virtual.is_(False))
        if active_only:
            q = q.where(m.Location.active.is_(True))
        return [location_info(loc) for loc in s.scalars(q)]


def list_location_kinds(app: App) -> list[KindInfo]:
    with app.db.read() as s:
        return [
            KindInfo(k.code, k.name_da, k.name_en, k.ssi_stedtype, k.target_cover_days)
            for k in s.scalars(select(m.LocationKind).order_by(m.LocationKind.code))
        ]


def list_regions(app: App) -> list[RegionInfo]:
    with app.db.read() as s:
        return [RegionInfo(r.code, r.name) for r in s.scalars(select(m.Region).order_by(m.Region.code))]


def list_discard_reasons(app: App) -> list[ReasonInfo]:
    with app.db.read() as s:
        return [
            ReasonInfo(r.code, r.name_da, r.name_en, r.requires_comment)
            for r in s.scalars(select(m.DiscardReason).order_by(m.DiscardReason.code))
        ]
