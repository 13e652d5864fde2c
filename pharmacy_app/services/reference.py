"""Reference data: the vaccine catalogue, regions, pharmacies, sites, settings.

The shipped ``resources/catalog.json`` seeds an empty database; after that the data
lives in the database and is edited in the app (Settings).  Seeding only adds what is
missing, so edits are never overwritten; the names of the location kinds, which the app
does not edit, follow the catalogue.

Site kinds have one set of Danish names, SSI's own (the workbook's Stedtype:
``Centralt vaccinationscenter``, ``Decentralt tilbud``, ``Midlertidigt tilbud``,
``Udkørende enhed``), in the window, the documents and the workbook alike.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from functools import cache
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain import catalog as dc
from pharmacy_app.domain.errors import DomainError, Problem, fail
from pharmacy_app.domain.ledger import DEFAULT_BACKDATE_DAYS
from pharmacy_app.domain.types import LocationId, ProductId, VirtualLocation
from pharmacy_app.paths import resources_dir
from pharmacy_app.services.app import App

SETTING_BACKDATE_DAYS = "backdate_window_days"
SETTING_HOME_LOCATION = "home_location_code"

VIRTUAL_NAMES = {
    VirtualLocation.SSI: "Statens Serum Institut",
    VirtualLocation.ADMINISTERED: "Givet (administreret)",
    VirtualLocation.WASTED: "Kasseret",
    VirtualLocation.STOCKTAKE: "Lageroptælling",
    VirtualLocation.OTHER_REGION: "Anden region",
    VirtualLocation.IN_TRANSIT: "Undervejs",
    VirtualLocation.THAW: "Optøning",
}
# Kinds the application needs beyond the catalogue's: held stock at a pharmacy.
EXTRA_KINDS = [
    {
        "code": "quarantine",
        "name_da": "Karantæne (tilbageholdt)",
        "ssi_stedtype": "Sygehusapotek",
        "target_cover_days": None,
    }
]
PROGRAMME_NAMES_EN = {"covid-19": "COVID-19", "influenza": "Influenza", "pneumococcal": "Pneumococcal"}
KIND_NAMES_EN = {
    "pharmacy": "Hospital pharmacy",
    "central": "Central vaccination centre",
    "decentral": "Decentral site",
    "temporary": "Temporary site",
    "mobile": "Mobile unit",
    "quarantine": "Quarantine (on hold)",
}


@cache
def load_catalog() -> dict[str, Any]:
    with (resources_dir() / "catalog.json").open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


# --------------------------------------------------------------------------- seeding


def seed(app: App) -> None:
    with app.db.write() as session:
        seed_session(session, load_catalog())


def seed_session(session: Session, cat: dict[str, Any]) -> None:
    def missing(model: type[m.Base], key: Any) -> bool:
        return session.get(model, key) is None

    for prog in cat["programmes"]:
        if missing(m.Programme, prog["code"]):
            session.add(
                m.Programme(
                    code=prog["code"],
                    name_da=prog["name_da"],
                    name_en=PROGRAMME_NAMES_EN.get(prog["code"], prog["name_da"]),
                    active=True,
                )
            )
    session.flush()
    known_products = set(session.scalars(select(m.Product.varenummer)))
    for p in cat["products"]:
        if p["varenummer"] in known_products:
            continue
        storage = p.get("storage") or {}
        frozen = storage.get("frozen_c") or [None, None]
        fridge = storage.get("fridge_c") or [None, None]
        session.add(
            m.Product(
                varenummer=p["varenummer"],
                gtin=p.get("gtin"),
                programme_code=p["programme"],
                name=p["name"],
                short_name=p.get("short_name") or dc.derive_short_name(p["name"]),
                manufacturer=p.get("manufacturer", ""),
                form=p["form"],
                doses_per_unit=p["doses_per_unit"],
                units_per_pack=p["units_per_pack"],
                frozen_min_c=frozen[0],
                frozen_max_c=frozen[1],
                fridge_min_c=fridge[0],
                fridge_max_c=fridge[1],
                thawed_shelf_life_days=p.get("thawed_shelf_life_days"),
                in_use_hours_after_opening=p.get("in_use_hours_after_opening"),
                min_remaining_shelf_life_days=p.get("min_remaining_shelf_life_days") or 30,
                note=p.get("note") or "",
                active=True,
            )
        )
    for kind in [*cat["location_kinds"], *EXTRA_KINDS]:
        names = {
            "name_da": kind["name_da"],
            "name_en": KIND_NAMES_EN.get(kind["code"], kind["name_da"]),
            "ssi_stedtype": kind["ssi_stedtype"],
        }
        known = session.get(m.LocationKind, kind["code"])
        if known is None:
            session.add(
                m.LocationKind(
                    code=kind["code"], target_cover_days=kind.get("target_cover_days"), **names
                )
            )
        else:
            # Kinds are not edited in the app: their names follow the catalogue, so a
            # database made before a rename shows the names the workbook uses.
            for attr, value in names.items():
                if getattr(known, attr) != value:
                    setattr(known, attr, value)
    for region in cat["regions"]:
        if missing(m.Region, region["code"]):
            session.add(m.Region(code=region["code"], name=region["name"]))
    session.flush()
    known_locations = set(session.scalars(select(m.Location.code)))
    for region in cat["regions"]:
        for ph in region["pharmacies"]:
            if ph["code"] not in known_locations:
                session.add(
                    m.Location(
                        code=ph["code"],
                        name=ph["name"],
                        kind_code="pharmacy",
                        region_code=region["code"],
                        is_virtual=False,
                        holds_stock=True,
                        address="",
                        city=ph.get("city", ""),
                        active=True,
                    )
                )
    virtual_codes = list(cat["virtual_locations"])
    virtual_codes += [v.value for v in VirtualLocation if v.value not in virtual_codes]
    for code in virtual_codes:
        if code not in known_locations:
            virtual = VirtualLocation(code)
            session.add(
                m.Location(
                    code=code,
                    name=VIRTUAL_NAMES.get(virtual, code),
                    kind_code=None,
                    region_code=None,
                    is_virtual=True,
                    holds_stock=virtual.holds_stock,
                    address="",
                    city="",
                    active=True,
                )
            )
    for reason in cat["discard_reasons"]:
        if missing(m.DiscardReason, reason["code"]):
            session.add(
                m.DiscardReason(
                    code=reason["code"],
                    name_da=reason["da"],
                    name_en=reason["en"],
                    requires_comment=reason["code"] == "ANDET",
                )
            )
    if missing(m.Setting, SETTING_BACKDATE_DAYS):
        session.add(m.Setting(key=SETTING_BACKDATE_DAYS, value=str(DEFAULT_BACKDATE_DAYS)))
    session.flush()


# --------------------------------------------------------------------------- settings


def get_setting(session: Session, key: str, default: str | None = None) -> str | None:
    row = session.get(m.Setting, key)
    return row.value if row is not None else default


def backdate_window_days(session: Session) -> int:
    return int(get_setting(session, SETTING_BACKDATE_DAYS, str(DEFAULT_BACKDATE_DAYS)) or 0)


@dataclass(frozen=True)
class Settings:
    backdate_window_days: int
    home_location_code: str | None


def read_settings(app: App) -> Settings:
    with app.db.read() as s:
        return Settings(
            backdate_window_days=backdate_window_days(s),
            home_location_code=get_setting(s, SETTING_HOME_LOCATION),
        )


def save_settings(app: App, settings: Settings) -> None:
    problems: list[Problem] = []
    if not 0 <= settings.backdate_window_days <= 366:
        problems.append(
            Problem(
                "value_invalid",
                {"field": "Back-dating window", "value": settings.backdate_window_days, "why": "0 to 366 days"},
            )
        )
    with app.db.write() as s:
        if settings.home_location_code:
            loc = location_by_code(s, settings.home_location_code)
            if loc.kind_code != "pharmacy":
                problems.append(
                    Problem(
                        "value_invalid",
                        {"field": "Home pharmacy", "value": loc.code, "why": "not a pharmacy"},
                    )
                )
        if problems:
            raise DomainError(problems)
        _put(s, SETTING_BACKDATE_DAYS, str(settings.backdate_window_days))
        if settings.home_location_code:
            _put(s, SETTING_HOME_LOCATION, settings.home_location_code)


def _put(session: Session, key: str, value: str) -> None:
    row = session.get(m.Setting, key)
    if row is None:
        session.add(m.Setting(key=key, value=value))
    else:
        row.value = value


def set_home_location(session: Session, code: str) -> None:
    _put(session, SETTING_HOME_LOCATION, code)


def home_pharmacy(session: Session) -> m.Location:
    """The pharmacy this installation works for (the one receiving from SSI)."""
    code = get_setting(session, SETTING_HOME_LOCATION)
    if not code:
        raise fail("home_pharmacy_unset")
    return location_by_code(session, code)


def region_locations(session: Session) -> dict[int, m.Location]:
    """Real locations of the home pharmacy's region (all real ones when none is set)."""
    q = select(m.Location).where(m.Location.is_virtual.is_(False))
    code = get_setting(session, SETTING_HOME_LOCATION)
    if code:
        home = session.scalars(select(m.Location).where(m.Location.code == code)).one_or_none()
        if home is not None and home.region_code:
            q = q.where(m.Location.region_code == home.region_code)
    return {loc.id: loc for loc in session.scalars(q)}


# --------------------------------------------------------------------------- lookups


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


# --------------------------------------------------------------------------- listings


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


def _product_info(p: m.Product) -> ProductInfo:
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
    )


def list_products(app: App, *, active_only: bool = False) -> list[ProductInfo]:
    with app.db.read() as s:
        q = select(m.Product).order_by(m.Product.programme_code, m.Product.name)
        if active_only:
            q = q.where(m.Product.active.is_(True))
        return [_product_info(p) for p in s.scalars(q)]


def _location_info(loc: m.Location) -> LocationInfo:
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
        return [_location_info(loc) for loc in s.scalars(q)]


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


# --------------------------------------------------------------------------- editing

_VARENUMMER_RE = re.compile(r"^[0-9]{1,20}$")
_CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-_.]{0,39}$")


def gtin_check_digit_ok(gtin: str) -> bool:
    if not re.fullmatch(r"[0-9]{14}", gtin):
        return False
    digits = [int(c) for c in gtin]
    total = sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(digits[:-1]))
    return (10 - total % 10) % 10 == digits[-1]


def _invalid(field: str, value: Any, why: str) -> Problem:
    return Problem("value_invalid", {"field": field, "value": value, "why": why})


def validate_product(info: ProductInfo) -> list[Problem]:
    problems: list[Problem] = []
    if not info.name.strip():
        problems.append(Problem("value_required", {"field": "Name"}))
    if len(info.short_name.strip()) > dc.SHORT_NAME_MAX:
        problems.append(_invalid("Short name", info.short_name, f"at most {dc.SHORT_NAME_MAX} characters"))
    if not _VARENUMMER_RE.match(info.varenummer.strip()):
        problems.append(_invalid("Varenummer", info.varenummer, "digits only"))
    if info.gtin and not gtin_check_digit_ok(info.gtin):
        problems.append(_invalid("GTIN", info.gtin, "14 digits with a valid GS1 check digit"))
    if info.doses_per_unit <= 0:
        problems.append(_invalid("Doses per unit", info.doses_per_unit, "must be at least 1"))
    if info.units_per_pack <= 0:
        problems.append(_invalid("Units per pack", info.units_per_pack, "must be at least 1"))
    if info.thawed_shelf_life_days is not None and info.thawed_shelf_life_days <= 0:
        problems.append(_invalid("Thawed shelf life", info.thawed_shelf_life_days, "days, at least 1"))
    if info.min_remaining_shelf_life_days < 0:
        problems.append(_invalid("Minimum shelf life", info.min_remaining_shelf_life_days, "days, 0 or more"))
    if not info.form.strip():
        problems.append(Problem("value_required", {"field": "Form"}))
    return problems


def save_product(app: App, info: ProductInfo) -> ProductInfo:
    """Add (``info.id is None``) or edit a product; every problem is reported at once."""
    problems = validate_product(info)
    with app.db.write() as s:
        if s.get(m.Programme, info.programme_code) is None:
            problems.append(_invalid("Programme", info.programme_code, "unknown programme"))
        clash = s.scalars(
            select(m.Product).where(m.Product.varenummer == info.varenummer.strip())
        ).first()
        if clash is not None and clash.id != info.id:
            problems.append(Problem("code_taken", {"field": "Varenummer", "value": info.varenummer}))
        if info.gtin:
            clash = s.scalars(select(m.Product).where(m.Product.gtin == info.gtin)).first()
            if clash is not None and clash.id != info.id:
                problems.append(Problem("code_taken", {"field": "GTIN", "value": info.gtin}))
        short_name = info.short_name.strip() or dc.derive_short_name(info.name)
        # Unique ignoring case: two products that read alike in a table cannot be told apart.
        clash = s.scalars(
            select(m.Product).where(func.lower(m.Product.short_name) == short_name.lower())
        ).first()
        if clash is not None and clash.id != info.id:
            problems.append(Problem("short_name_taken", {"value": short_name, "other": clash.name}))
        if problems:
            raise DomainError(problems)
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
        values = asdict(info)
        values.pop("id")
        values["varenummer"] = info.varenummer.strip()
        values["name"] = info.name.strip()
        values["short_name"] = short_name
        values["gtin"] = info.gtin or None
        for key, value in values.items():
            setattr(row, key, value)
        s.flush()
        return _product_info(row)


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
    en, da = dc.UNIT_NAMES.get(product.form, ("unit", "enheder"))
    codes = [code for code, _doses in held]
    raise fail(
        "product_doses_per_unit_locked",
        product=product.name,
        unit_en=en,
        unit_da=da,
        old=product.doses_per_unit,
        new=new,
        doses=sum(int(d) for _code, d in held),
        where=", ".join(codes[:5]) + (f" +{len(codes) - 5}" if len(codes) > 5 else ""),
    )


def save_location(app: App, info: LocationInfo) -> LocationInfo:
    """Add or edit a real location (pharmacy or site).  Virtual locations are fixed."""
    problems: list[Problem] = []
    code = info.code.strip()
    if not _CODE_RE.match(code):
        problems.append(_invalid("Code", info.code, "letters, digits, - _ . (max 40)"))
    if not info.name.strip():
        problems.append(Problem("value_required", {"field": "Name"}))
    with app.db.write() as s:
        if info.kind_code is None or s.get(m.LocationKind, info.kind_code) is None:
            problems.append(_invalid("Kind", info.kind_code, "unknown location kind"))
        if info.region_code is not None and s.get(m.Region, info.region_code) is None:
            problems.append(Problem("region_unknown", {"region": info.region_code}))
        clash = s.scalars(select(m.Location).where(m.Location.code == code)).first()
        if clash is not None and clash.id != info.id:
            problems.append(Problem("code_taken", {"field": "Code", "value": code}))
        row: m.Location | None
        if info.id is not None:
            row = s.get(m.Location, info.id)
            if row is None:
                raise fail("location_unknown", location=info.id)
            if row.is_virtual:
                problems.append(_invalid("Location", row.code, "virtual locations cannot be edited"))
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
        return _location_info(row)
