"""Ask for a reason or note before an action that cannot be taken back (cancel a
round or a list, reverse a dispatched list); required or optional as the action says.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from pharmacy_app.ui.common.widgets import ok_cancel_buttons


class ReasonDialog(QDialog):
    """Ask for a reason or note before an action that cannot be taken back."""

    def __init__(
        self,
        title: str,
        text: str,
        action: str,
        required: bool,
        parent: QWidget | None = None,
        placeholder: str = "",
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("reasonDialog")
        self.setMinimumWidth(460)
        self._required = required
        label = QLabel(text)
        label.setWordWrap(True)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("reasonText")
        self.edit.setTabChangesFocus(True)
        self.edit.setPlaceholderText(placeholder or (self.tr("Required") if required else self.tr("Optional")))
        self.edit.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.buttons, self.ok_button = ok_cancel_buttons(self, action, self.tr("Keep it"), self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self._refresh)
        self._refresh()
        self.edit.setFocus()

    def text(self) -> str:
        return self.edit.toPlainText().strip()

    def _refresh(self) -> None:
        self.ok_button.setEnabled(bool(self.text()) or not self._required)
