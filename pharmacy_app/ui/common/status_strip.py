"""The strip above a page's tables that answers the last action: green when it was done,
red (with a beep) when it was refused, grey with what can be done now otherwise.

One strip for every page: the Distribution page shows it as a quiet line, the Receiving
page large (``large=True``), as the answer to a scan must be read from across the bench.
What must hold: a refusal (a :class:`DomainError`, a typed problem) is shown here in the
UI language and never opens a dialog; anything else is left to the standard error box
(:meth:`StatusStrip.show_failure` returns ``False``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QWidget

from pharmacy_app.domain.errors import DomainError
from pharmacy_app.ui import labels

STRIP_STYLE = {
    "idle": "background: #eef1f4; color: #3b4148; border: 1px solid #d5dae0;",
    "ok": "background: #dcf3df; color: #14532d; border: 1px solid #8fd19e;",
    "error": "background: #fbe3e4; color: #7d0f14; border: 1px solid #e8a9ac;",
}


class StatusStrip(QLabel):
    """The answer to the last action (or scan): green when done, red when refused.

    ``state`` is ``idle``, ``ok`` or ``error``; ``is_hint`` is true while the strip shows
    what can be done now (which follows what the page shows) rather than an answer."""

    def __init__(self, object_name: str, large: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self._padding = "6px 10px"
        if large:
            self.setMinimumHeight(48)
            font = self.font()
            font.setPointSizeF(font.pointSizeF() * 1.3)
            self.setFont(font)
            self._padding = "8px 12px"
        self.state = "idle"
        self.is_hint = True
        self.show_hint("")

    def _show(self, state: str, text: str, hint: bool) -> None:
        self.state = state
        self.is_hint = hint
        font = self.font()
        font.setBold(state != "idle")  # answers stand out; hints are quieter
        self.setFont(font)
        self.setText(text)
        self.setStyleSheet(
            f"QLabel#{self.objectName()} {{ {STRIP_STYLE[state]} border-radius: 6px; padding: {self._padding}; }}"
        )

    def show_idle(self, text: str) -> None:
        """A plain message (what is being done), kept until the next answer."""
        self._show("idle", text, False)

    def show_hint(self, text: str) -> None:
        """What can be done now; replaced by the next answer, and follows what is shown."""
        self._show("idle", text, True)

    def show_ok(self, text: str) -> None:
        self._show("ok", "✓ " + text, False)

    def show_error(self, text: str) -> None:
        self._show("error", "✗ " + text, False)

    def refuse(self, text: str) -> None:
        """Say why something was not done, with a beep: a person scanning looks at the goods."""
        self.show_error(text)
        QApplication.beep()

    def show_failure(self, exc: BaseException) -> bool:
        """A failure handler for :meth:`Operations.write`: a refusal is shown here; a bug
        (anything else) goes to the standard error box."""
        if isinstance(exc, DomainError):
            self.refuse(labels.error_text(exc))
            return True
        return False
