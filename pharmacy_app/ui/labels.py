"""Words for the codes the services return, in the UI language.

The ledger speaks in codes (``receipt``, ``ADMINISTERED``); this module turns the
codes of movements, virtual locations and forms into Danish or English for the screen.
Problems (``value_invalid``…) are worded by the language catalogue
(``domain/messages``): :func:`problem_text` only picks the UI language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from pharmacy_app.domain.errors import DomainError, Problem
from pharmacy_app.domain.messages.render import render
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


def problem_text(problem: Problem) -> str:
    """One problem in the UI language, rendered by the language catalogue."""
    return render(problem, fmt.language())


def error_text(err: DomainError) -> str:
    return "\n".join(problem_text(p) for p in err.problems)
