"""The cold chain as pure rules: storage equipment by class and what each can keep.

* **Classes.**  Every place stores in equipment of a class with a temperature range:
  an ultra-low freezer (−90/−60 °C), a freezer (−25/−15 °C), a fridge (2–8 °C), or a cool
  box (2–8 °C, a mobile unit's or pop-up's, for the day).  A place may have several.
* **Keeping a product.**  A class keeps a product frozen when the class's whole range
  lies within the product's frozen range, and cold when it lies within its fridge range.
  So an ultra-low freezer keeps Comirnaty (−90/−60) frozen but not Spikevax (−50/−15),
  which a freezer keeps; a fridge keeps either only thawed.
* **How a place keeps a product.**  :func:`keeping` says frozen, cold (thawed, for a
  frozen product) or not at all.  Frozen stock is never sent to a place that cannot keep
  it frozen: it is thawed on dispatch, if the place can keep it cold.
* **Defaults.**  A place with no equipment recorded has its kind's default
  (:data:`DEFAULT_BY_KIND`); the pharmacy has all three stationary classes.
* **Capacity.**  Equipment may have a capacity in packs or in litres (with the product's
  pack volume); :func:`packs_free` and :func:`litres_free` say what is left.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum


class StorageClass(StrEnum):
    ULTRALOW = "ultralow"
    FREEZER = "freezer"
    FRIDGE = "fridge"
    COOLBOX = "coolbox"


# Temperature range (lowest, highest) in °C each class holds.
RANGES: dict[StorageClass, tuple[int, int]] = {
    StorageClass.ULTRALOW: (-90, -60),
    StorageClass.FREEZER: (-25, -15),
    StorageClass.FRIDGE: (2, 8),
    StorageClass.COOLBOX: (2, 8),
}

# Print and display order: coldest first, the cool box last.
ORDER: tuple[StorageClass, ...] = (
    StorageClass.ULTRALOW,
    StorageClass.FREEZER,
    StorageClass.FRIDGE,
    StorageClass.COOLBOX,
)

# What a place of each kind has when nothing is recorded for it.
DEFAULT_BY_KIND: dict[str, tuple[StorageClass, ...]] = {
    "pharmacy": (StorageClass.ULTRALOW, StorageClass.FREEZER, StorageClass.FRIDGE),
    "central": (StorageClass.FRIDGE,),
    "decentral": (StorageClass.FRIDGE,),
    "temporary": (StorageClass.COOLBOX,),
    "mobile": (StorageClass.COOLBOX,),
}
# A place of no (or an unknown) kind: a fridge.
DEFAULT_CLASSES: tuple[StorageClass, ...] = (StorageClass.FRIDGE,)


class Keeping(StrEnum):
    FROZEN = "frozen"  # in a freezer class within the product's frozen range
    COLD = "cold"  # 2–8 °C: thawed, for a frozen product
    NONE = "none"  # the place cannot keep the product at all


@dataclass(frozen=True)
class Equipment:
    """One class of storage at a place, with an optional capacity."""

    storage_class: StorageClass
    capacity_packs: int | None = None
    capacity_litres: float | None = None

    def __post_init__(self) -> None:
        if self.capacity_packs is not None and self.capacity_packs < 0:
            raise ValueError(f"capacity in packs must not be negative, got {self.capacity_packs}")
        if self.capacity_litres is not None and not self.capacity_litres >= 0:
            raise ValueError(f"capacity in litres must not be negative, got {self.capacity_litres}")


@dataclass(frozen=True)
class ProductStorage:
    """A product's storage ranges from the catalogue (None: not stored that way)."""

    frozen: tuple[int, int] | None
    fridge: tuple[int, int] | None
    pack_volume_ml: float | None = None


def within(inner: tuple[int, int], outer: tuple[int, int] | None) -> bool:
    return outer is not None and outer[0] <= inner[0] and inner[1] <= outer[1]


def keeps_frozen(storage_class: StorageClass, product: ProductStorage) -> bool:
    return within(RANGES[storage_class], product.frozen)


def keeps_cold(storage_class: StorageClass, product: ProductStorage) -> bool:
    return within(RANGES[storage_class], product.fridge)


def classes_or_default(
    recorded: Iterable[StorageClass], kind_code: str | None
) -> tuple[StorageClass, ...]:
    """The classes a place has: those recorded, else its kind's default, in :data:`ORDER`."""
    have = set(recorded) or set(DEFAULT_BY_KIND.get(kind_code or "", DEFAULT_CLASSES))
    return tuple(c for c in ORDER if c in have)


def frozen_class(classes: Iterable[StorageClass], product: ProductStorage) -> StorageClass | None:
    """The first class (coldest first) that keeps the product frozen, if any."""
    return next((c for c in ORDER if c in set(classes) and keeps_frozen(c, product)), None)


def cold_class(classes: Iterable[StorageClass], product: ProductStorage) -> StorageClass | None:
    """The class that keeps the product at 2–8 °C (a fridge before a cool box), if any."""
    return next((c for c in ORDER if c in set(classes) and keeps_cold(c, product)), None)


def keeping(classes: Iterable[StorageClass], product: ProductStorage) -> Keeping:
    """How a place with these classes keeps the product: frozen if it can, else cold."""
    have = tuple(classes)
    if frozen_class(have, product) is not None:
        return Keeping.FROZEN
    if cold_class(have, product) is not None:
        return Keeping.COLD
    return Keeping.NONE


def storing_class(
    classes: Iterable[StorageClass], product: ProductStorage, thawed: bool
) -> StorageClass | None:
    """The class a lot of the product is kept in at the place: frozen stock in the freezer
    class that keeps it frozen, thawed or fridge stock in the fridge (or cool box)."""
    have = tuple(classes)
    if not thawed and product.frozen is not None:
        found = frozen_class(have, product)
        if found is not None:
            return found
    return cold_class(have, product)


def packs(doses: int, doses_per_pack: int) -> float:
    """Doses as packs (a part pack counts as its part)."""
    if doses_per_pack <= 0:
        raise ValueError(f"doses per pack must be positive, got {doses_per_pack}")
    return doses / doses_per_pack


def packs_free(equipment: Equipment, packs_stored: float) -> float | None:
    """Packs that still fit, or None when the capacity is not in packs."""
    if equipment.capacity_packs is None:
        return None
    return max(0.0, equipment.capacity_packs - packs_stored)


def litres_free(equipment: Equipment, litres_stored: float) -> float | None:
    """Litres still free, or None when the capacity is not in litres."""
    if equipment.capacity_litres is None:
        return None
    return max(0.0, equipment.capacity_litres - litres_stored)


def doses_that_fit(
    equipment: Equipment,
    *,
    packs_stored: float,
    litres_stored: float,
    doses_per_pack: int,
    pack_volume_ml: float | None,
) -> int | None:
    """Doses of one product that still fit in the equipment, or None when unlimited.

    A capacity in litres counts only for products with a known pack volume."""
    limits: list[int] = []
    free_packs = packs_free(equipment, packs_stored)
    if free_packs is not None:
        limits.append(math.floor(free_packs * doses_per_pack + 1e-9))
    free_litres = litres_free(equipment, litres_stored)
    if free_litres is not None and pack_volume_ml:
        limits.append(math.floor(free_litres * 1000 / pack_volume_ml * doses_per_pack + 1e-9))
    return min(limits) if limits else None


def fill_level(equipment: Equipment, packs_stored: float, litres_stored: float) -> float | None:
    """How full the equipment is (0–1, above 1 when overfull), or None without capacity."""
    levels: list[float] = []
    if equipment.capacity_packs:
        levels.append(packs_stored / equipment.capacity_packs)
    if equipment.capacity_litres:
        levels.append(litres_stored / equipment.capacity_litres)
    return max(levels) if levels else None


def parse_classes(codes: Sequence[str]) -> tuple[StorageClass, ...]:
    """Class codes as classes, in :data:`ORDER`, each once; ValueError names an unknown one."""
    found: set[StorageClass] = set()
    for code in codes:
        try:
            found.add(StorageClass(code.strip().lower()))
        except ValueError:
            known = ", ".join(c.value for c in ORDER)
            raise ValueError(f"unknown storage class {code!r} (known: {known})") from None
    return tuple(c for c in ORDER if c in found)
