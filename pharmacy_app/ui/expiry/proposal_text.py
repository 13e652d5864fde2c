"""How a rebalancing proposal reads: its sentence in the UI language, where the rate of
use came from, the lot, and the sentence and lot as the accept and send dialogs show
them on top."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from pharmacy_app.domain import expiry_risk as er
from pharmacy_app.domain import use_basis as ub
from pharmacy_app.ui import fmt

_RATE_SOURCES = {
    er.RATE_OWN: QT_TRANSLATE_NOOP("RiskTab", "own use, last 4 weeks"),
    er.RATE_KIND: QT_TRANSLATE_NOOP("RiskTab", "new site: average of its kind"),
    er.RATE_SHORT: QT_TRANSLATE_NOOP("RiskTab", "new site: its own days so far"),
    er.RATE_NONE: QT_TRANSLATE_NOOP("RiskTab", "no use recorded"),
    er.RATE_REGION: QT_TRANSLATE_NOOP("RiskTab", "pharmacy: the whole region's use"),
    ub.RATE_FORECAST: QT_TRANSLATE_NOOP("RiskTab", "demand forecast to the next round"),
}


def rate_source_text(source: str) -> str:
    text = _RATE_SOURCES.get(source)
    return QCoreApplication.translate("RiskTab", str(text)) if text else source


def proposal_sentence(p: Any) -> str:
    return str(p.sentence(fmt.language()))


def lot_text(product: str, batch: str) -> str:
    return f"{product} · {batch}"


def sentence_label(p: Any, background: str, border: str) -> QLabel:
    """The proposal's sentence, in a coloured box."""
    label = QLabel(escape(proposal_sentence(p)))
    label.setObjectName("sentence")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setStyleSheet(
        f"QLabel#sentence {{ background: {background}; border: 1px solid {border}; border-radius: 4px; padding: 8px; }}"
    )
    return label


def lot_label(product: str, *lines: str) -> QLabel:
    """The product in bold, then a line each (batch and use-by, where it goes)."""
    label = QLabel(f"<b>{escape(product)}</b><br>" + "<br>".join(escape(line) for line in lines))
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    return label
