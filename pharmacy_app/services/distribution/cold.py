"""A round and the sites' storage: which lines thaw on dispatch, the room each site has,
and why a site gets less or nothing.

The rules are pure (:mod:`pharmacy_app.domain.cold_chain`,
:mod:`pharmacy_app.domain.round_storage`); this module reads the sites' equipment
(:func:`pharmacy_app.services.storage.equipment_of`: recorded, else the kind's default)
and what they hold, for :mod:`.picking`, :mod:`.dispatching`, the round's views and the
printed lists.  What must hold: frozen stock goes only to a place that keeps it frozen;
elsewhere it is thawed on dispatch (dated the dispatch day), and a place that cannot
keep the product at all gets none.  Why a request is cut (no room, cannot keep it) is
kept with the request's basis (key ``short``), so the window and the list say it later.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain import cold_chain as cc
from pharmacy_app.domain.messages.codes import Code
from pharmacy_app.domain.messages.sentence import Sentence
from pharmacy_app.domain.messages.terms import Name
from pharmacy_app.domain.round_storage import Room, RoomLimit, thawed_use_by, thaws_on_dispatch
from pharmacy_app.services.storage import classes_of, equipment_of, product_storage, stored_by_class
from pharmacy_app.services.thaw_on_the_way import is_frozen_lot

# The equipment a reason names, with its article ("køleskabet", "the fridge").
CLASS_NAMES: dict[cc.StorageClass, Name] = {
    cc.StorageClass.ULTRALOW: Name(da="ultrafryseren", en="the ultra-low freezer"),
    cc.StorageClass.FREEZER: Name(da="fryseren", en="the freezer"),
    cc.StorageClass.FRIDGE: Name(da="køleskabet", en="the fridge"),
    cc.StorageClass.COOLBOX: Name(da="køleboksen", en="the cool box"),
}

CANNOT_KEEP = "cannot_keep"
ROOM = "room"


@dataclass(frozen=True)
class SiteStorage:
    """The classes each site of a round has (location id -> classes)."""

    classes: Mapping[int, tuple[cc.StorageClass, ...]]
    equipment: Mapping[int, tuple[cc.Equipment, ...]]

    def keeping(self, location_id: int, product: m.Product) -> cc.Keeping:
        return cc.keeping(self.classes.get(location_id, ()), product_storage(product))

    def thaws(self, location_id: int, product: m.Product) -> bool:
        """Frozen stock of the product is thawed on its way to the site."""
        return thaws_on_dispatch(self.keeping(location_id, product), product_storage(product))

    def thaws_lot(self, location_id: int, lot: m.Lot) -> bool:
        return is_frozen_lot(lot) and self.thaws(location_id, lot.product)

    def storing_class(self, location_id: int, product: m.Product) -> cc.StorageClass | None:
        """The class the site keeps what the round sends it of the product in."""
        keeping = self.keeping(location_id, product)
        ps = product_storage(product)
        return cc.storing_class(
            self.classes.get(location_id, ()), ps, thawed=keeping != cc.Keeping.FROZEN
        )

    def limited(self, location_id: int, storage_class: cc.StorageClass) -> cc.Equipment | None:
        found = next(
            (e for e in self.equipment.get(location_id, ()) if e.storage_class == storage_class),
            None,
        )
        if found is None or (found.capacity_packs is None and found.capacity_litres is None):
            return None
        return found


def site_storage(s: Session, locations: Iterable[m.Location]) -> SiteStorage:
    equipment = equipment_of(s, locations)
    return SiteStorage({k: classes_of(v) for k, v in equipment.items()}, equipment)


def rooms(
    s: Session, storage: SiteStorage, wanted: Iterable[tuple[m.Location, cc.StorageClass]]
) -> dict[tuple[str, cc.StorageClass], Room]:
    """The room left in each (site, class) that has a capacity, from what it holds now."""
    out: dict[tuple[str, cc.StorageClass], Room] = {}
    held: dict[int, dict[cc.StorageClass, Any]] = {}
    for loc, cls in wanted:
        equipment = storage.limited(loc.id, cls)
        if equipment is None or (loc.code, cls) in out:
            continue
        if loc.id not in held:
            held[loc.id] = stored_by_class(s, loc)
        stored = held[loc.id].get(cls)
        out[(loc.code, cls)] = Room(
            equipment,
            stored.packs if stored is not None else 0.0,
            stored.litres if stored is not None else 0.0,
        )
    return out


def predicted_use_by(lot: m.Lot, thaw_day: date) -> date:
    """The use-by a frozen lot gets when thawed on ``thaw_day``."""
    return thawed_use_by(lot.expiry, thaw_day, lot.product.thawed_shelf_life_days)


# --------------------------------------------------------------------------- reasons


def room_reason(limit: RoomLimit) -> dict[str, Any]:
    return {
        "why": ROOM,
        "class": limit.storage_class.value,
        "packs": limit.packs_free,
        "litres": limit.litres_free,
        "doses": limit.doses,
        "share": None if limit.share is None else round(limit.share, 4),
    }


def cannot_keep_reason(classes: Iterable[cc.StorageClass]) -> dict[str, Any]:
    return {"why": CANNOT_KEEP, "classes": [c.value for c in classes]}


def short_reason(data: Mapping[str, Any], product: m.Product) -> Sentence | None:
    """The sentence for a reason kept with a request's basis (``data["short"]``)."""
    short = data.get("short")
    if not isinstance(short, dict):
        return None
    if short.get("why") == ROOM:
        place = CLASS_NAMES[cc.StorageClass(short["class"])]
        doses = int(short.get("doses") or 0)
        if short.get("share") is not None:
            percent = math.floor(float(short["share"]) * 100)
            return Sentence(
                Code.SHORT_ROOM_SHARED, {"place": place, "percent": percent, "doses": doses}
            )
        if short.get("packs") is not None:
            return Sentence(
                Code.SHORT_ROOM_PACKS,
                {"place": place, "packs": float(short["packs"]), "doses": doses},
            )
        return Sentence(
            Code.SHORT_ROOM_LITRES,
            {"place": place, "litres": float(short.get("litres") or 0.0), "doses": doses},
        )
    if short.get("why") == CANNOT_KEEP:
        return Sentence(Code.SHORT_CANNOT_KEEP, {"product": product.name})
    return None
