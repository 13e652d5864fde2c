"""An activity entry's before and after in the UI language: each stored field (``active``,
``kind_code``, ``role`` …) by the name a person knows from the forms, yes/no as ✓/✗,
what is empty left out.  Fields not listed here keep their stored name."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CTX = "AuditFields"
FIELDS = {
    # Products
    "varenummer": QT_TRANSLATE_NOOP("AuditFields", "Item number"),
    "gtin": QT_TRANSLATE_NOOP("AuditFields", "GTIN"),
    "programme_code": QT_TRANSLATE_NOOP("AuditFields", "Programme"),
    "name": QT_TRANSLATE_NOOP("AuditFields", "Name"),
    "short_name": QT_TRANSLATE_NOOP("AuditFields", "Short name"),
    "manufacturer": QT_TRANSLATE_NOOP("AuditFields", "Manufacturer"),
    "form": QT_TRANSLATE_NOOP("AuditFields", "Form"),
    "doses_per_unit": QT_TRANSLATE_NOOP("AuditFields", "Doses per unit"),
    "units_per_pack": QT_TRANSLATE_NOOP("AuditFields", "Units per pack"),
    "thawed_shelf_life_days": QT_TRANSLATE_NOOP("AuditFields", "Thawed shelf life (days)"),
    "in_use_hours_after_opening": QT_TRANSLATE_NOOP("AuditFields", "In use after opening (hours)"),
    "min_remaining_shelf_life_days": QT_TRANSLATE_NOOP("AuditFields", "Minimum shelf life on arrival (days)"),
    "frozen_min_c": QT_TRANSLATE_NOOP("AuditFields", "Frozen, lowest °C"),
    "frozen_max_c": QT_TRANSLATE_NOOP("AuditFields", "Frozen, highest °C"),
    "fridge_min_c": QT_TRANSLATE_NOOP("AuditFields", "Fridge, lowest °C"),
    "fridge_max_c": QT_TRANSLATE_NOOP("AuditFields", "Fridge, highest °C"),
    "note": QT_TRANSLATE_NOOP("AuditFields", "Note"),
    "active": QT_TRANSLATE_NOOP("AuditFields", "Active"),
    # Sites
    "code": QT_TRANSLATE_NOOP("AuditFields", "Code"),
    "kind_code": QT_TRANSLATE_NOOP("AuditFields", "Kind"),
    "region_code": QT_TRANSLATE_NOOP("AuditFields", "Region"),
    "address": QT_TRANSLATE_NOOP("AuditFields", "Address"),
    "city": QT_TRANSLATE_NOOP("AuditFields", "City"),
    "is_virtual": QT_TRANSLATE_NOOP("AuditFields", "Virtual"),
    "holds_stock": QT_TRANSLATE_NOOP("AuditFields", "Holds stock"),
    # Users
    "role": QT_TRANSLATE_NOOP("AuditFields", "Role"),
    "full_name": QT_TRANSLATE_NOOP("AuditFields", "Full name"),
    "disabled": QT_TRANSLATE_NOOP("AuditFields", "Disabled"),
    "password": QT_TRANSLATE_NOOP("AuditFields", "Password"),
    # Recalls, counts, months, keys, restores
    "lots": QT_TRANSLATE_NOOP("AuditFields", "Lots"),
    "location": QT_TRANSLATE_NOOP("AuditFields", "Site"),
    "lines": QT_TRANSLATE_NOOP("AuditFields", "Lines"),
    "movements": QT_TRANSLATE_NOOP("AuditFields", "Movements"),
    "approved_by": QT_TRANSLATE_NOOP("AuditFields", "Approved by"),
    "posted_by": QT_TRANSLATE_NOOP("AuditFields", "Posted by"),
    "version": QT_TRANSLATE_NOOP("AuditFields", "Version"),
    "file": QT_TRANSLATE_NOOP("AuditFields", "File"),
    "sha256": QT_TRANSLATE_NOOP("AuditFields", "SHA-256"),
    "region": QT_TRANSLATE_NOOP("AuditFields", "Region"),
    "fingerprint": QT_TRANSLATE_NOOP("AuditFields", "Fingerprint"),
    "label": QT_TRANSLATE_NOOP("AuditFields", "Label"),
    "revision": QT_TRANSLATE_NOOP("AuditFields", "Schema revision"),
}


def field_name(field: str) -> str:
    source = FIELDS.get(field)
    return QCoreApplication.translate(_CTX, str(source)) if source else field


def value_text(value: Any) -> str:
    """A before/after value as a person reads it: a record as ``Field: value; …``."""
    if value is None:
        return "–"
    if isinstance(value, dict):
        shown = [f"{field_name(k)}: {_scalar(v)}" for k, v in value.items() if v not in ("", None, [])]
        return "; ".join(shown) or "–"
    return _scalar(value)


def _scalar(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, list):
        return ", ".join(_scalar(v) for v in value)
    return str(value)


def change_text(before: Any, after: Any) -> str:
    return f"{value_text(before)} → {value_text(after)}"
