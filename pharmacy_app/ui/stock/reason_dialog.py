"""A correcting dialog: a text saying in words what will change, and a required reason.

Used by :mod:`.reverse_dialog` (one movement of a lot's history) and the Consumption
page's day correction; the write runs as every stock dialog's does
(:class:`.action_dialog.ActionDialog`), and the services it calls take a closed-month
reason.  OK stays disabled until a reason is typed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops.service_op import ServiceOp
from pharmacy_app.ui.stock.action_dialog import ActionDialog, MakeOp


class ReasonDialog(ActionDialog):
    """Says what will change, asks why, and does it."""

    accepts_closed_month_reason = True

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.info.setObjectName("whatChanges")
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setMaxLength(200)
        self.reason_label = QLabel(self.tr("&Reason"))
        self.reason_label.setBuddy(self.reason_edit)
        self.reason_edit.textChanged.connect(lambda _t: self._refresh_ok())

    def add_reason_row(self) -> None:
        """The reason, under what the dialog adds to the form first."""
        self.form.addRow(self.reason_label, self.reason_edit)
        self._refresh_ok()

    # ------------------------------------------------------------------ to override

    def op(self, reason: str, closed_month_reason: str | None) -> ServiceOp[Any]:
        raise TypeError(f"{type(self).__name__} must define op()")

    # ------------------------------------------------------------------ common

    def can_submit(self) -> bool:
        return bool(self.reason().strip())

    def reason(self) -> str:
        edit = getattr(self, "reason_edit", None)  # None while the base is being built
        return edit.text() if edit is not None else ""

    def make_op(self) -> MakeOp:
        reason = self.reason().strip()
        return lambda closed_month_reason: self.op(reason, closed_month_reason)
