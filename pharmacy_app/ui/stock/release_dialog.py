"""Release held (quarantined) stock to the pharmacy's shelves.

A line whose cold chain is in doubt is received *on hold*: its doses go to the
pharmacy's quarantine location (kind ``quarantine``, code ``<pharmacy>-KAR``).  They are
in the ledger but cannot be picked until a pharmacist releases them, with a reason.
Release is posted now; its service takes no closed-month reason.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from pharmacy_app.services.stock import Posted
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import stock as stock_ops
from pharmacy_app.ui.ops.service_op import ServiceOp
from pharmacy_app.ui.stock.stock_dialog import StockDialog
from pharmacy_app.ui.stock.stock_target import StockTarget


class ReleaseDialog(StockDialog):
    """A pharmacist releases held stock to the pharmacy's shelves, with a reason."""

    def __init__(self, ops: Operations, target: StockTarget, parent: QWidget | None = None):
        super().__init__(ops, target, parent)
        self.setWindowTitle(self.tr("Release held stock"))
        self.setObjectName("releaseDialog")
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setMaxLength(200)
        self.reason_edit.setPlaceholderText(self.tr("e.g. temperature log checked: within 2–8 °C"))
        label = QLabel(self.tr("&Reason"))
        label.setBuddy(self.reason_edit)
        self.form.addRow(label, self.reason_edit)
        self.ok_button.setText(self.tr("&Release"))
        self.reason_edit.textChanged.connect(lambda _t: self._refresh_ok())
        self._refresh_ok()
        self.reason_edit.setFocus()

    def can_submit(self) -> bool:
        return bool(getattr(self, "reason_edit", None) and self.reason_edit.text().strip())

    def saving_label(self) -> str:
        return self.tr("Releasing…")

    def op(self, doses: int, closed_month_reason: str | None = None) -> ServiceOp[Posted]:
        t = self.target  # a release posts now and takes no closed-month reason
        return stock_ops.release(
            self,
            lot_id=t.lot_id,
            quarantine_code=t.location_code,
            doses=doses,
            note=self.reason_edit.text().strip(),
        )
