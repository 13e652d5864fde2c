"""Discard stock of one lot at one location (held or not) with an SSI reason code.

A discard dated in a month already reported to SSI needs a reason; the closed-month
dialog asks for it and the discard runs again with it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from pharmacy_app.services import reference
from pharmacy_app.services.reference import ReasonInfo
from pharmacy_app.services.stock import Posted
from pharmacy_app.ui import labels
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import stock as stock_ops
from pharmacy_app.ui.ops.service_op import ServiceOp
from pharmacy_app.ui.stock.stock_dialog import StockDialog
from pharmacy_app.ui.stock.stock_target import StockTarget

DEFAULT_DISCARD_REASON = "TEMPERATURSVIGT"


class DiscardDialog(StockDialog):
    """Discard stock (held or not) with an SSI reason code."""

    accepts_closed_month_reason = True

    def __init__(self, ops: Operations, target: StockTarget, parent: QWidget | None = None):
        super().__init__(ops, target, parent)
        self.setWindowTitle(self.tr("Discard stock"))
        self.setObjectName("discardDialog")
        self._reasons: list[ReasonInfo] = []
        self.reason_combo = QComboBox()
        self.reason_combo.setObjectName("reasonCode")
        self.reason_combo.setMinimumWidth(260)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("note")
        self.note_edit.setMaxLength(200)
        self.note_edit.setPlaceholderText(self.tr("Comment (required for some reasons)"))
        reason_label = QLabel(self.tr("&Reason"))
        reason_label.setBuddy(self.reason_combo)
        note_label = QLabel(self.tr("Co&mment"))
        note_label.setBuddy(self.note_edit)
        self.form.addRow(reason_label, self.reason_combo)
        self.form.addRow(note_label, self.note_edit)
        self.ok_button.setText(self.tr("&Discard"))
        self.reason_combo.currentIndexChanged.connect(lambda _i: self._refresh_ok())
        self.note_edit.textChanged.connect(lambda _t: self._refresh_ok())
        self._refresh_ok()
        ops.query(reference.list_discard_reasons, self.set_reasons, parent=self)
        self.reason_combo.setFocus()

    def set_reasons(self, reasons: list[ReasonInfo]) -> None:
        self._reasons = list(reasons)
        self.reason_combo.clear()
        for r in reasons:
            self.reason_combo.addItem(labels.by_language(r.name_da, r.name_en), r.code)
        index = self.reason_combo.findData(DEFAULT_DISCARD_REASON)
        if index >= 0:
            self.reason_combo.setCurrentIndex(index)
        self._refresh_ok()

    def _reason(self) -> ReasonInfo | None:
        code = self.reason_combo.currentData() if hasattr(self, "reason_combo") else None
        return next((r for r in self._reasons if r.code == code), None) if code else None

    def can_submit(self) -> bool:
        reason = self._reason() if hasattr(self, "_reasons") else None
        if reason is None:
            return False
        return not reason.requires_comment or bool(self.note_edit.text().strip())

    def saving_label(self) -> str:
        return self.tr("Discarding…")

    def op(self, doses: int, closed_month_reason: str | None = None) -> ServiceOp[Posted]:
        t = self.target
        reason = self._reason()
        return stock_ops.discard(
            self,
            lot_id=t.lot_id,
            location_code=t.location_code,
            doses=doses,
            reason_code=reason.code if reason else "",
            note=self.note_edit.text().strip(),
            closed_month_reason=closed_month_reason,
        )
