"""How recalled stock looks wherever stock is listed: the Stock page, the Expiry
overview, the Consumption grid and a round's picked lots.

A recalled lot is never picked, sent or given (the services refuse it); it can only
come back to the pharmacy or be discarded.  Like held stock (:mod:`held_stock`), it is
marked three ways, so no one misses it: a colour over the whole row, a badge (a red
"no entry" sign; beside the location where held stock has its badge, else on the
batch), and a tooltip with the recall's reason and when it was recalled.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from pharmacy_app.ui import fmt
from pharmacy_app.ui.widgets import badge_icon

RECALLED_FG = QColor("#9b1c1c")
RECALLED_BG = QColor("#fde4e4")


def recalled_icon() -> QIcon:
    """A small red "no entry" badge for recalled stock."""
    return badge_icon("#c62828", ((4, 7, 8, 2),))


def recalled_tooltip(reason: str, recalled_at: datetime | None = None, by: str = "") -> str:
    """``Recalled 03-11-2026 14:05 by anna: particles in vials`` and what that means."""
    when = fmt.datetime_text(recalled_at) if recalled_at is not None else ""
    head = QCoreApplication.translate("RecalledStock", "Recalled")
    if when:
        head += " " + when
    if by:
        head += " " + QCoreApplication.translate("RecalledStock", "by %1").replace("%1", by)
    text = f"{head}: {reason}" if reason else head
    return (
        text
        + "\n"
        + QCoreApplication.translate(
            "RecalledStock",
            "Never picked, sent or given: return it to the pharmacy or discard it.",
        )
    )


def recalled_legend(text: str = "") -> QWidget:
    """The badge and what it means, for under a table that lists stock."""
    box = QWidget()
    box.setObjectName("recalledLegend")
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    badge = QLabel()
    badge.setPixmap(recalled_icon().pixmap(14, 14))
    label = QLabel(
        text
        or QCoreApplication.translate(
            "RecalledStock", "Red rows with this badge are recalled: return them to the pharmacy or discard them."
        )
    )
    label.setObjectName("recalledLegendText")
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {RECALLED_FG.name()};")
    row.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(label, 1)
    return box
