"""Words for the codes the services return, in the UI language.

The ledger speaks in codes (``receipt``, ``ADMINISTERED``, ``value_invalid``); this
module is the one place that turns them into Danish or English for the screen.
"""

from __future__ import annotations

import contextlib
import re
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from pharmacy_app.domain.errors import DomainError, Problem
from pharmacy_app.domain.types import MovementKind, VirtualLocation
from pharmacy_app.ui import fmt

_CTX = "Labels"

_MOVEMENT_KINDS = {
    MovementKind.RECEIPT: QT_TRANSLATE_NOOP("Labels", "Receipt"),
    MovementKind.TRANSFER: QT_TRANSLATE_NOOP("Labels", "Transfer"),
    MovementKind.ADMINISTER: QT_TRANSLATE_NOOP("Labels", "Administered"),
    MovementKind.DISCARD: QT_TRANSLATE_NOOP("Labels", "Discard"),
    MovementKind.STOCKTAKE: QT_TRANSLATE_NOOP("Labels", "Stocktake"),
    MovementKind.REVERSAL: QT_TRANSLATE_NOOP("Labels", "Reversal"),
    MovementKind.THAW: QT_TRANSLATE_NOOP("Labels", "Thaw"),
    MovementKind.RELEASE: QT_TRANSLATE_NOOP("Labels", "Release from quarantine"),
}

_VIRTUAL = {
    VirtualLocation.SSI: QT_TRANSLATE_NOOP("Labels", "Statens Serum Institut"),
    VirtualLocation.ADMINISTERED: QT_TRANSLATE_NOOP("Labels", "Given to citizens"),
    VirtualLocation.WASTED: QT_TRANSLATE_NOOP("Labels", "Discarded"),
    VirtualLocation.STOCKTAKE: QT_TRANSLATE_NOOP("Labels", "Stocktake adjustment"),
    VirtualLocation.OTHER_REGION: QT_TRANSLATE_NOOP("Labels", "Another region"),
    VirtualLocation.IN_TRANSIT: QT_TRANSLATE_NOOP("Labels", "In transit"),
    VirtualLocation.THAW: QT_TRANSLATE_NOOP("Labels", "Thawing"),
}

_FORMS = {
    "vial": QT_TRANSLATE_NOOP("Labels", "vial"),
    "prefilled syringe": QT_TRANSLATE_NOOP("Labels", "prefilled syringe"),
    "nasal applicator": QT_TRANSLATE_NOOP("Labels", "nasal applicator"),
}

# Field names and reasons inside the services' problem parameters are English; the
# screen shows them in the UI language where it knows them.
_PROBLEM_WORDS = {
    "Name": QT_TRANSLATE_NOOP("Labels", "Name"),
    "Varenummer": QT_TRANSLATE_NOOP("Labels", "Item no."),
    "GTIN": QT_TRANSLATE_NOOP("Labels", "GTIN"),
    "Doses per unit": QT_TRANSLATE_NOOP("Labels", "Doses per unit"),
    "Units per pack": QT_TRANSLATE_NOOP("Labels", "Units per pack"),
    "Thawed shelf life": QT_TRANSLATE_NOOP("Labels", "Thawed shelf life"),
    "Minimum shelf life": QT_TRANSLATE_NOOP("Labels", "Minimum remaining shelf life"),
    "Form": QT_TRANSLATE_NOOP("Labels", "Form"),
    "Programme": QT_TRANSLATE_NOOP("Labels", "Programme"),
    "Code": QT_TRANSLATE_NOOP("Labels", "Code"),
    "Kind": QT_TRANSLATE_NOOP("Labels", "Kind"),
    "Active": QT_TRANSLATE_NOOP("Labels", "Active"),
    "Location": QT_TRANSLATE_NOOP("Labels", "Location"),
    "Back-dating window": QT_TRANSLATE_NOOP("Labels", "Back-dating window"),
    "Home pharmacy": QT_TRANSLATE_NOOP("Labels", "Home pharmacy"),
    "digits only": QT_TRANSLATE_NOOP("Labels", "digits only"),
    "14 digits with a valid GS1 check digit": QT_TRANSLATE_NOOP(
        "Labels", "14 digits with a valid GS1 check digit"
    ),
    "must be at least 1": QT_TRANSLATE_NOOP("Labels", "must be at least 1"),
    "days, at least 1": QT_TRANSLATE_NOOP("Labels", "days, at least 1"),
    "days, 0 or more": QT_TRANSLATE_NOOP("Labels", "days, 0 or more"),
    "unknown programme": QT_TRANSLATE_NOOP("Labels", "unknown programme"),
    "letters, digits, - _ . (max 40)": QT_TRANSLATE_NOOP("Labels", "letters, digits, - _ . (max 40)"),
    "unknown location kind": QT_TRANSLATE_NOOP("Labels", "unknown location kind"),
    "virtual locations cannot be edited": QT_TRANSLATE_NOOP(
        "Labels", "virtual locations cannot be edited"
    ),
    "0 to 366 days": QT_TRANSLATE_NOOP("Labels", "0 to 366 days"),
    "not a pharmacy": QT_TRANSLATE_NOOP("Labels", "not a pharmacy"),
}


def _tr(source: object) -> str:
    # QT_TRANSLATE_NOOP only marks the text for lupdate and returns it unchanged.
    return QCoreApplication.translate(_CTX, str(source))


def movement_kind(kind: str) -> str:
    source = _MOVEMENT_KINDS.get(kind)  # type: ignore[call-overload]
    return _tr(source) if source else kind


def location_name(code: str, stored_name: str) -> str:
    """A location as people call it; virtual ones (SSI, ADMINISTERED…) in the UI language."""
    try:
        virtual = VirtualLocation(code)
    except ValueError:
        return stored_name
    source = _VIRTUAL.get(virtual)
    return _tr(source) if source else stored_name


def is_virtual(code: str) -> bool:
    return code in {v.value for v in VirtualLocation}


def form_name(form: str) -> str:
    source = _FORMS.get(form)
    return _tr(source) if source else form


def known_forms() -> list[str]:
    return list(_FORMS)


def by_language(name_da: str, name_en: str) -> str:
    return name_da if fmt.language() == "da" else name_en


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Parameters that are a value as someone wrote it (a cell, a scan): shown as written.
_AS_WRITTEN = frozenset({"value", "scan", "raw"})


def problem_text(problem: Problem) -> str:
    """One problem in the UI language, with the field names the screen uses and dates
    as the UI writes them (the services pass ISO dates)."""
    params = dict(problem.params)
    for key in ("field", "why"):
        value = params.get(key)
        if isinstance(value, str) and value in _PROBLEM_WORDS:
            params[key] = _tr(_PROBLEM_WORDS[value])
    for key, value in params.items():
        if key not in _AS_WRITTEN and isinstance(value, str) and _ISO_DATE.match(value):
            with contextlib.suppress(ValueError):
                params[key] = fmt.date_text(date.fromisoformat(value))
    return Problem(problem.code, params).text(fmt.language())


def error_text(err: DomainError) -> str:
    return "\n".join(problem_text(p) for p in err.problems)
