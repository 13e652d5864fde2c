"""What the correcting dialogs share: a text saying in words what will change, a required
reason, and a button that runs the service through the operations helper.

Used by :mod:`.reverse_dialog` (one movement of a lot's history) and the Consumption
page's day correction.  OK stays disabled until a reason is typed.  A refusal is shown in
the helper's standard way (the typed message) and the dialog stays open with what was
typed; a refusal because the month was reported to SSI asks for the closed-month reason
and runs the same service again with it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops.service_op import ServiceOp
from pharmacy_app.ui.reports.closed_month import ClosedMonthDialog, offer_closed_month_reason


class ReasonDialog(QDialog):
    """Says what will change, asks why, and does it."""

    done_value = Signal(object)  # the service's result

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self._ops = ops
        self._busy = False
        self.closed_month_dialog: ClosedMonthDialog | None = None
        self.setMinimumWidth(560)

        self.info = QLabel()
        self.info.setObjectName("whatChanges")
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setMaxLength(200)
        self.reason_label = QLabel(self.tr("&Reason"))
        self.reason_label.setBuddy(self.reason_edit)

        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.ok_button = QPushButton()
        self.ok_button.setObjectName("okButton")
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(lambda _t: self.refresh_ok())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.info)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def add_reason_row(self) -> None:
        """The reason, under what the dialog adds to the form first."""
        self.form.addRow(self.reason_label, self.reason_edit)
        self.refresh_ok()

    # ------------------------------------------------------------------ to override

    def op(self, reason: str, closed_month_reason: str | None) -> ServiceOp[Any]:
        raise TypeError(f"{type(self).__name__} must define op()")

    def can_submit(self) -> bool:
        return bool(self.reason().strip())

    def saving_label(self) -> str:
        return self.tr("Saving…")

    # ------------------------------------------------------------------ common

    def reason(self) -> str:
        return self.reason_edit.text()

    def refresh_ok(self) -> None:
        self.ok_button.setEnabled(not self._busy and self.can_submit())

    def submit(self) -> None:
        if self._busy or not self.can_submit():
            return
        self._run(None)

    def _run(self, closed_month_reason: str | None) -> None:
        self._busy = True
        self.refresh_ok()

        def success(result: object) -> None:
            self._busy = False
            self.done_value.emit(result)
            self.accept()

        def retry(reason: str) -> None:
            self.closed_month_dialog = None
            self._run(reason)

        def cancelled() -> None:
            self.closed_month_dialog = None
            self._busy = False
            self.refresh_ok()

        def failure(exc: BaseException) -> bool:
            dialog = offer_closed_month_reason(self, exc, retry, cancelled)
            if dialog is not None:
                self.closed_month_dialog = dialog
                return True
            self._busy = False
            self.refresh_ok()
            return False  # the helper shows the typed message, over this dialog

        op = self.op(self.reason().strip(), closed_month_reason)
        op.success(success).failure(failure).run(self._ops, self.saving_label())
