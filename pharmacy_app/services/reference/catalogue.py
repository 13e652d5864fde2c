"""Seeding the database from the shipped catalogue (``resources/catalog.json``).

The catalogue seeds an empty database: programmes, products, location kinds, regions
and their pharmacies, the virtual locations, discard reasons and the back-dating
window.  Seeding only adds what is missing, so edits made in the app are never
overwritten (a product's pack volume, which came later, is filled in where it is
empty); the names of the location kinds, which the app does not edit, follow the
catalogue.

Site kinds have one set of Danish names, SSI's own (the workbook's Stedtype:
``Centralt vaccinationscenter``, ``Decentralt tilbud``, ``Midlertidigt tilbud``,
``Udkørende enhed``), in the window, the documents and the workbook alike.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain import catalog as dc
from pharmacy_app.domain.ledger import DEFAULT_BACKDATE_DAYS
from pharmacy_app.domain.types import VirtualLocation
from pharmacy_app.paths import resources_dir
from pharmacy_app.services.app import App
from pharmacy_app.services.reference.settings import SETTING_BACKDATE_DAYS

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
    known_products = {p.varenummer: p for p in session.scalars(select(m.Product))}
    for p in cat["products"]:
        known_product = known_products.get(p["varenummer"])
        if known_product is not None:
            # A field the catalogue gained later reaches a database made before it; a
            # value set in the app is kept.
            if known_product.pack_volume_ml is None and p.get("pack_volume_ml"):
                known_product.pack_volume_ml = float(p["pack_volume_ml"])
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
                pack_volume_ml=p.get("pack_volume_ml"),
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
