"""Words for storage equipment in the UI language: each class's name and range, a
capacity, a place's equipment in a few words ("Fryser −90/−60, køleskab") and a fill
level ("42 af 60 pakninger (70 %)").  The Settings sites list and form and the Cold
chain page say it the same way."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from pharmacy_app.domain import cold_chain as cc
from pharmacy_app.ui import fmt

_CTX = "StorageLabels"

_NAMES = {
    cc.StorageClass.ULTRALOW: QT_TRANSLATE_NOOP("StorageLabels", "Ultra-low freezer"),
    cc.StorageClass.FREEZER: QT_TRANSLATE_NOOP("StorageLabels", "Freezer"),
    cc.StorageClass.FRIDGE: QT_TRANSLATE_NOOP("StorageLabels", "Fridge"),
    cc.StorageClass.COOLBOX: QT_TRANSLATE_NOOP("StorageLabels", "Cool box"),
}

# In a list of a place's equipment: what staff call it, the freezers by their range.
_SHORT = {
    cc.StorageClass.ULTRALOW: QT_TRANSLATE_NOOP("StorageLabels", "freezer −90/−60"),
    cc.StorageClass.FREEZER: QT_TRANSLATE_NOOP("StorageLabels", "freezer −25/−15"),
    cc.StorageClass.FRIDGE: QT_TRANSLATE_NOOP("StorageLabels", "fridge"),
    cc.StorageClass.COOLBOX: QT_TRANSLATE_NOOP("StorageLabels", "cool box"),
}


def _tr(source: object) -> str:
    return QCoreApplication.translate(_CTX, str(source))


def temperature(c: int) -> str:
    """A temperature with a real minus sign."""
    return f"−{-c}" if c < 0 else str(c)


def range_text(storage_class: cc.StorageClass) -> str:
    low, high = cc.RANGES[storage_class]
    sep = "/" if high < 0 else "–"
    return f"{temperature(low)}{sep}{temperature(high)} °C"


def class_name(storage_class: cc.StorageClass) -> str:
    return _tr(_NAMES[storage_class])


def class_with_range(storage_class: cc.StorageClass) -> str:
    return f"{class_name(storage_class)} ({range_text(storage_class)})"


def capacity_text(capacity_packs: int | None, capacity_litres: float | None) -> str:
    """"60 packs", "120 l", both, or "" without a capacity."""
    parts = []
    if capacity_packs is not None:
        parts.append(_tr(QT_TRANSLATE_NOOP("StorageLabels", "%1 packs")).replace("%1", fmt.integer(capacity_packs)))
    if capacity_litres is not None:
        parts.append(f"{fmt.quantity(capacity_litres, 1)} l")
    return ", ".join(parts)


def equipment_text(equipment: Iterable[cc.Equipment]) -> str:
    """A place's equipment in a few words: "Freezer −90/−60, fridge (6 packs)"."""
    parts = []
    for e in equipment:
        capacity = capacity_text(e.capacity_packs, e.capacity_litres)
        parts.append(_tr(_SHORT[e.storage_class]) + (f" ({capacity})" if capacity else ""))
    text = ", ".join(parts)
    return text[:1].upper() + text[1:]


def classes_text(classes: Iterable[cc.StorageClass]) -> str:
    """Classes in a few words, without capacities ("cool box")."""
    return equipment_text(cc.Equipment(c) for c in classes).lower()


def default_text(kind_name: str, classes: Iterable[cc.StorageClass]) -> str:
    """"Default for Mobile unit: cool box"."""
    return (
        _tr(QT_TRANSLATE_NOOP("StorageLabels", "Default for %1: %2"))
        .replace("%1", kind_name)
        .replace("%2", classes_text(classes))
    )


def fill_text(packs: float, capacity_packs: int | None, fill: float | None) -> str:
    """How full: "42 of 60 packs (70 %)" with a capacity in packs, "70 %" with one in
    litres only, "12 packs" without a capacity."""
    stored = fmt.quantity(round(packs, 1), 1)
    if capacity_packs:
        return (
            _tr(QT_TRANSLATE_NOOP("StorageLabels", "%1 of %2 packs (%3 %)"))
            .replace("%1", stored)
            .replace("%2", fmt.integer(capacity_packs))
            .replace("%3", fmt.integer(round((fill or 0) * 100)))
        )
    held = _tr(QT_TRANSLATE_NOOP("StorageLabels", "%1 packs")).replace("%1", stored)
    if fill is not None:
        return f"{held} ({fmt.integer(round(fill * 100))} %)"
    return held
