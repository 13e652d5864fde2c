"""The list of problems a form or dialog ran into, shown above its buttons until fixed.

The product and site forms that were here are in :mod:`pharmacy_app.ui.settings`
(:mod:`~pharmacy_app.ui.settings.product_dialog`,
:mod:`~pharmacy_app.ui.settings.location_dialog`).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QWidget,
)


class ProblemList(QLabel):
    """The problems a save ran into, shown above the buttons until fixed."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("problems")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet(
            "QLabel#problems { background: #fbe3e4; color: #7d0f14; border: 1px solid #e8a9ac;"
            " border-radius: 4px; padding: 6px 8px; }"
        )
        self.hide()
        self.problems: list[str] = []

    def show_problems(self, texts: list[str]) -> None:
        self.problems = list(texts)
        if not texts:
            self.clear()
            self.hide()
            return
        if len(texts) == 1:
            self.setText(escape(texts[0]))
        else:
            self.setText("<br>".join(f"•&nbsp;{escape(t)}" for t in texts))
        self.show()
