"""Where each location keeps what: its storage equipment and what is stored in it.

The rules are in :mod:`pharmacy_app.domain.cold_chain`; this module reads a location's
equipment (its recorded rows, else its kind's default) and counts the packs and litres
its stock takes in each class, for capacity caps and the fill levels.  Reads only;
changing equipment is :mod:`pharmacy_app.services.storage_settings`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain import cold_chain as cc


def product_storage(p: m.Product) -> cc.ProductStorage:
    """A product's storage ranges as the cold-chain rules see them."""
    frozen = (
        (p.frozen_min_c, p.frozen_max_c)
        if p.frozen_min_c is not None and p.frozen_max_c is not None
        else None
    )
    fridge = (
        (p.fridge_min_c, p.fridge_max_c)
        if p.fridge_min_c is not None and p.fridge_max_c is not None
        else None
    )
    return cc.ProductStorage(frozen=frozen, fridge=fridge, pack_volume_ml=p.pack_volume_ml)


def equipment_of(
    session: Session, locations: Iterable[m.Location]
) -> dict[int, tuple[cc.Equipment, ...]]:
    """Each location's equipment (id → equipment in :data:`cc.ORDER`): its recorded rows,
    or its kind's default without capacity when none are recorded."""
    locs = {loc.id: loc for loc in locations}
    rows: dict[int, list[m.LocationStorage]] = defaultdict(list)
    ids = list(locs)
    for start in range(0, len(ids), 500):
        for row in session.scalars(
            select(m.LocationStorage).where(
                m.LocationStorage.location_id.in_(ids[start : start + 500])
            )
        ):
            rows[row.location_id].append(row)
    out: dict[int, tuple[cc.Equipment, ...]] = {}
    for loc_id, loc in locs.items():
        recorded = {cc.StorageClass(r.storage_class): r for r in rows.get(loc_id, [])}
        classes = cc.classes_or_default(recorded, loc.kind_code)
        out[loc_id] = tuple(
            cc.Equipment(
                c,
                recorded[c].capacity_packs if c in recorded else None,
                recorded[c].capacity_litres if c in recorded else None,
            )
            for c in classes
        )
    return out


def classes_of(equipment: Iterable[cc.Equipment]) -> tuple[cc.StorageClass, ...]:
    return tuple(e.storage_class for e in equipment)


@dataclass(frozen=True)
class Stored:
    """What one class at a location holds: packs and litres (litres only of products with
    a known pack volume), and doses per product id."""

    packs: float
    litres: float
    doses_by_product: dict[int, int]


def stored_by_class(session: Session, location: m.Location) -> dict[cc.StorageClass, Stored]:
    """The stock at a location by the class it is kept in (frozen lots in the freezer
    class that keeps them frozen, thawed and fridge stock at 2–8 °C).  Stock the place
    cannot keep in any class it has is counted under the class it would need first."""
    equipment = equipment_of(session, [location])[location.id]
    classes = classes_of(equipment)
    packs: dict[cc.StorageClass, float] = defaultdict(float)
    litres: dict[cc.StorageClass, float] = defaultdict(float)
    doses: dict[cc.StorageClass, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    rows = session.execute(
        select(m.StockBalance.doses, m.Lot, m.Product)
        .join(m.Lot, m.Lot.id == m.StockBalance.lot_id)
        .join(m.Product, m.Product.id == m.Lot.product_id)
        .where(m.StockBalance.location_id == location.id, m.StockBalance.doses > 0)
    )
    for n, lot, product in rows:
        ps = product_storage(product)
        thawed = lot.thawed_on is not None
        where = kept_in(classes, ps, thawed)
        per_pack = product.doses_per_unit * product.units_per_pack
        p = cc.packs(n, per_pack)
        packs[where] += p
        if product.pack_volume_ml:
            litres[where] += p * product.pack_volume_ml / 1000
        doses[where][product.id] += n
    return {
        c: Stored(packs[c], litres[c], dict(doses[c]))
        for c in cc.ORDER
        if c in packs or c in classes
    }


def kept_in(
    classes: tuple[cc.StorageClass, ...], ps: cc.ProductStorage, thawed: bool
) -> cc.StorageClass:
    """The class a lot is counted under at a place with ``classes``: where the place keeps
    it, else the class it would need first (stock a place cannot keep still shows)."""
    return cc.storing_class(classes, ps, thawed) or _needed_class(ps, thawed)


def _needed_class(ps: cc.ProductStorage, thawed: bool) -> cc.StorageClass:
    if not thawed and ps.frozen is not None:
        return next((c for c in cc.ORDER if cc.keeps_frozen(c, ps)), cc.StorageClass.ULTRALOW)
    return cc.StorageClass.FRIDGE
