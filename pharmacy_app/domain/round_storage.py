"""How a round meets the sites' storage: thaw on dispatch and the room left, as pure rules.

* **Thaw on dispatch.**  A frozen lot sent to a site that keeps the product only cold
  (:func:`pharmacy_app.domain.cold_chain.keeping` is COLD) travels thawed: it is thawed
  at the pharmacy on the day it is dispatched, so for that site its use-by is
  :func:`thawed_use_by` (the earlier of the expiry and the dispatch day plus the thawed
  shelf life), and allocation (:mod:`.allocation`) orders and limits it by that date,
  not by the frozen expiry.  A site that keeps it frozen gets it frozen; a site that
  cannot keep the product at all gets none.
* **Room.**  Equipment with a capacity takes at most what fits (whole units): a
  :class:`Room` is one class at one site with what it holds, and fills as the round
  gives the site products kept in that class.  A need cut to the room it has carries a
  :class:`RoomLimit`, the reason the site gets less.
* **Sharing the room.**  When what a round asks for a site's equipment is more than the
  room left, every product kept there gets the same share of what it asks for
  (:func:`room_shares`, whole units, rounded down): the first product on the list does
  not fill the fridge and leave the site with none of the others.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from pharmacy_app.domain import cold_chain as cc
from pharmacy_app.domain.expiry import effective_use_by


def thawed_use_by(expiry: date, thaw_day: date, thawed_shelf_life_days: int | None) -> date:
    """The use-by of a frozen lot thawed on ``thaw_day``."""
    return effective_use_by(expiry, thaw_day, thawed_shelf_life_days)


def thaws_on_dispatch(keeping: cc.Keeping, product: cc.ProductStorage) -> bool:
    """Frozen stock of the product is thawed on its way to a place that keeps it so."""
    return product.frozen is not None and keeping == cc.Keeping.COLD


@dataclass(frozen=True)
class Room:
    """One class of equipment at a site and what it holds (packs; litres of products
    with a known pack volume), as the round fills it."""

    equipment: cc.Equipment
    packs_stored: float = 0.0
    litres_stored: float = 0.0

    @property
    def limited(self) -> bool:
        return self.equipment.capacity_packs is not None or (
            self.equipment.capacity_litres is not None
        )

    def doses_that_fit(self, doses_per_pack: int, pack_volume_ml: float | None) -> int | None:
        """Doses of a product that still fit, or None when nothing limits them."""
        return cc.doses_that_fit(
            self.equipment,
            packs_stored=self.packs_stored,
            litres_stored=self.litres_stored,
            doses_per_pack=doses_per_pack,
            pack_volume_ml=pack_volume_ml,
        )

    def after(self, doses: int, doses_per_pack: int, pack_volume_ml: float | None) -> Room:
        """The room once ``doses`` of a product are put in it."""
        packs = cc.packs(doses, doses_per_pack)
        litres = packs * pack_volume_ml / 1000 if pack_volume_ml else 0.0
        return replace(
            self, packs_stored=self.packs_stored + packs, litres_stored=self.litres_stored + litres
        )

    def cut(
        self, doses: int, unit_doses: int, doses_per_pack: int, pack_volume_ml: float | None
    ) -> RoomLimit | None:
        """The whole units of ``doses`` that fit, when fewer than all of them do."""
        fits = self.doses_that_fit(doses_per_pack, pack_volume_ml)
        if fits is None or fits >= doses:
            return None
        return self.limit(fits // unit_doses * unit_doses)

    def limit(self, doses: int) -> RoomLimit:
        free_packs = cc.packs_free(self.equipment, self.packs_stored)
        free_litres = cc.litres_free(self.equipment, self.litres_stored)
        return RoomLimit(
            storage_class=self.equipment.storage_class,
            packs_free=None if free_packs is None else math.floor(free_packs * 10 + 1e-9) / 10,
            litres_free=free_litres,
            doses=doses,
        )


@dataclass(frozen=True)
class RoomLimit:
    """Why a site gets less: the class it keeps the product in had room for ``doses``
    (``packs_free`` packs to a tenth, rounded down, or ``litres_free`` litres, left
    before the product)."""

    storage_class: cc.StorageClass
    packs_free: float | None
    litres_free: float | None
    doses: int
    share: float | None = None  # the room was shared: this part of every product's need


@dataclass(frozen=True)
class Asked:
    """What one product's need asks of a room: doses, in whole units of ``unit_doses``."""

    doses: int
    unit_doses: int
    doses_per_pack: int
    pack_volume_ml: float | None


def room_shares(room: Room, asked: Sequence[Asked]) -> tuple[float, list[int]] | None:
    """The part of its need every product gets when ``asked`` does not fit in ``room``,
    and each need's doses at that part (whole units, rounded down); None when all fits.

    The part is the room left over what is asked, in packs (every product) and in litres
    (products with a known pack volume), whichever is smaller."""
    parts: list[float] = []
    free_packs = cc.packs_free(room.equipment, room.packs_stored)
    packs = sum(cc.packs(a.doses, a.doses_per_pack) for a in asked)
    if free_packs is not None and packs > free_packs:
        parts.append(free_packs / packs)
    free_litres = cc.litres_free(room.equipment, room.litres_stored)
    litres = sum(
        cc.packs(a.doses, a.doses_per_pack) * a.pack_volume_ml / 1000
        for a in asked
        if a.pack_volume_ml
    )
    if free_litres is not None and litres > free_litres:
        parts.append(free_litres / litres)
    if not parts:
        return None
    part = min(parts)
    return part, [math.floor(a.doses * part / a.unit_doses + 1e-9) * a.unit_doses for a in asked]
