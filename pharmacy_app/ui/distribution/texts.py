"""The words of the Distribution screens that are not one widget's own: statuses, dispatch
modes, institution kinds, programmes, a proposal's basis and counts, in the UI language;
and the marks that go with them (status colours, the red of a site that gets less than
it asked for).

The status, mode and institution words keep the translation context ``DistributionModel``
wherever they are shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from pharmacy_app.services.reference import ProgrammeInfo
from pharmacy_app.ui import fmt, labels
from pharmacy_app.ui.distribution.summary import (
    CANCELLED,
    DIRECT,
    DISPATCHED,
    DRAFT,
    IN_TRANSIT,
    RECEIVED,
    REVERSED,
)

SHORT_BG = QColor("#fbe3e4")
SHORT_FG = QColor("#8f1218")
STATUS_FG = {
    DRAFT: QColor("#8a5a00"),
    DISPATCHED: QColor("#0b4f9c"),
    RECEIVED: QColor("#1c6b2a"),
    CANCELLED: QColor("#6f747a"),
    REVERSED: QColor("#6f747a"),
}

_CTX = "DistributionModel"
_STATUS = {
    DRAFT: QT_TRANSLATE_NOOP("DistributionModel", "Draft"),
    DISPATCHED: QT_TRANSLATE_NOOP("DistributionModel", "Dispatched"),
    RECEIVED: QT_TRANSLATE_NOOP("DistributionModel", "Received"),
    CANCELLED: QT_TRANSLATE_NOOP("DistributionModel", "Cancelled"),
    REVERSED: QT_TRANSLATE_NOOP("DistributionModel", "Reversed"),
}
_MODES = {
    DIRECT: QT_TRANSLATE_NOOP("DistributionModel", "Direct"),
    IN_TRANSIT: QT_TRANSLATE_NOOP("DistributionModel", "In transit"),
}
_MODE_HELP = {
    DIRECT: QT_TRANSLATE_NOOP("DistributionModel", "Direct: stock is at the site as soon as it is dispatched"),
    IN_TRANSIT: QT_TRANSLATE_NOOP(
        "DistributionModel", "In transit: stock is on the way until the site confirms receipt"
    ),
}
# The institutions a mobile unit visits (the catalogue's codes are Danish words).
_INSTITUTIONS = {
    "plejehjem": QT_TRANSLATE_NOOP("DistributionModel", "Nursing home"),
    "botilbud": QT_TRANSLATE_NOOP("DistributionModel", "Sheltered housing"),
    "fængsel": QT_TRANSLATE_NOOP("DistributionModel", "Prison"),
    "asylcenter": QT_TRANSLATE_NOOP("DistributionModel", "Asylum or departure centre"),
    "hjemmebesøg": QT_TRANSLATE_NOOP("DistributionModel", "Home visit (bed-bound citizen)"),
    "herberg": QT_TRANSLATE_NOOP("DistributionModel", "Homeless shelter"),
}
INSTITUTION_KINDS = tuple(_INSTITUTIONS)


def _tr(source: object) -> str:
    return QCoreApplication.translate(_CTX, str(source))


def status_text(status: str) -> str:
    source = _STATUS.get(status)
    return _tr(source) if source else status


def mode_text(mode: str) -> str:
    source = _MODES.get(mode)
    return _tr(source) if source else mode


def mode_help(mode: str) -> str:
    source = _MODE_HELP.get(mode)
    return _tr(source) if source else mode


def institution_kind_text(kind: str) -> str:
    source = _INSTITUTIONS.get(kind)
    return _tr(source) if source else kind


def basis_text(request: Any) -> str:
    """How the app reached its proposal, in the UI language."""
    return str(request.basis.text(fmt.language())) if request.basis is not None else ""


def programme_name(p: ProgrammeInfo) -> str:
    """A programme's name in the UI language."""
    return labels.by_language(p.name_da, p.name_en)


def count_text(text: str, n: int) -> str:
    """A plural text with its number written as the UI language writes numbers."""
    return text.replace(str(n), fmt.integer(n), 1)
