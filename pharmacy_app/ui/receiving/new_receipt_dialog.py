"""Start (or reopen) the draft receipt for a delivery note: its number and the day it
was delivered.  A draft for the same number is opened again; a note already received is
refused, in the dialog.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from pharmacy_app.ui.common.async_dialog import ServiceDialog
from pharmacy_app.ui.common.dates import calendar_date_edit, pydate
from pharmacy_app.ui.common.problem_list import ProblemList
from pharmacy_app.ui.common.widgets import hint_label, ok_cancel_buttons
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import receiving as receiving_ops


class NewReceiptDialog(ServiceDialog):
    """Start (or reopen) the draft receipt for a delivery note number."""

    started = Signal(object)  # ReceiptView

    def __init__(self, ops: Operations, today: date, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.setWindowTitle(self.tr("New receipt"))
        self.setObjectName("newReceiptDialog")
        self.setMinimumWidth(420)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("noteNumber")
        self.note_edit.setMaxLength(40)
        self.note_edit.setPlaceholderText(self.tr("e.g. FS-2026-0412"))
        self.date_edit = calendar_date_edit(today)
        self.date_edit.setObjectName("deliveredOn")
        self.problems = ProblemList()
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        note_label = QLabel(self.tr("Delivery &note no."))
        note_label.setBuddy(self.note_edit)
        date_label = QLabel(self.tr("&Delivered"))
        date_label.setBuddy(self.date_edit)
        form.addRow(note_label, self.note_edit)
        form.addRow(date_label, self.date_edit)
        hint = hint_label(
            self.tr("A draft for the same note number is opened again; a note already received is refused.")
        )
        self.buttons, self.ok_button = ok_cancel_buttons(self, self.tr("Start"), self.tr("Cancel"), self.submit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.note_edit.textChanged.connect(self._refresh)
        self._refresh()
        self.note_edit.setFocus()

    def delivered_on(self) -> date:
        return pydate(self.date_edit.date())

    def _refresh(self) -> None:
        self.ok_button.setEnabled(not self._busy and bool(self.note_edit.text().strip()))

    def submit(self) -> None:
        note = self.note_edit.text().strip()
        if self._busy or not note:
            return
        delivered = self.delivered_on()
        self.run_op(
            receiving_ops.start_receipt(self, note, delivered),
            self.started.emit,
            self.tr("Starting the receipt…"),
        )
