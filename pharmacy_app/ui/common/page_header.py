"""The title line of what a page has open (a round, a receipt): its name large, its status
in the status's colour, then its facts on one line, and an optional note in italics.

The page composes the facts (each already HTML-escaped); this widget lays them out the
same way on every page, and says plainly when nothing is open.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

NOTHING_COLOUR = "#6f747a"


class PageHeader(QLabel):
    """Rich text, word-wrapped, selectable with the mouse (a note number is copied from it)."""

    def __init__(self, object_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def show_nothing(self, text: str) -> None:
        self.setText(f"<span style='font-size:x-large; color:{NOTHING_COLOUR}'>{escape(text)}</span>")

    def show_title(self, title: str, status: str, colour: str, facts: Sequence[str], note: str = "") -> None:
        """``facts`` are HTML (escaped by the caller); ``title``, ``status`` and ``note`` are text."""
        note_html = f"<br><i>{escape(note)}</i>" if note else ""
        self.setText(
            f"<span style='font-size:x-large'><b>{escape(title)}</b></span>"
            f"&nbsp;&nbsp;<span style='font-size:large; color:{colour}'><b>{escape(status)}</b></span>"
            f"<br>{' &nbsp;·&nbsp; '.join(facts)}{note_html}"
        )
