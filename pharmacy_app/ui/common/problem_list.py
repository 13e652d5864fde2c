"""How a dialog shows a refusal: every problem the service named, in the UI language,
above the dialog's buttons, until the next try.

A dialog that asks a service for a change (:class:`~pharmacy_app.ui.common.async_dialog.ServiceDialog`)
keeps what was typed and shows the problems here; a page shows a refusal in its
:class:`~pharmacy_app.ui.common.status_strip.StatusStrip` instead.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


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
