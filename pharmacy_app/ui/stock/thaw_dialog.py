"""Thaw doses of a frozen lot where they are.

The thawed part gets its own, shorter use-by (the earlier of the expiry date and today
plus the product's thawed shelf life) and is never refrozen.  Thawing is posted now;
its service takes no closed-month reason.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from pharmacy_app.domain.expiry import effective_use_by
from pharmacy_app.services.stock import Posted
from pharmacy_app.ui import fmt
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import stock as stock_ops
from pharmacy_app.ui.ops.service_op import ServiceOp
from pharmacy_app.ui.stock.stock_dialog import StockDialog
from pharmacy_app.ui.stock.stock_target import StockTarget


class ThawDialog(StockDialog):
    """Thaw doses of a frozen lot where they are; the thawed part has its own use-by."""

    def __init__(
        self,
        ops: Operations,
        target: StockTarget,
        today: date,
        parent: QWidget | None = None,
    ):
        super().__init__(ops, target, parent)
        self.setWindowTitle(self.tr("Thaw stock"))
        self.setObjectName("thawDialog")
        self.today = today
        self.use_by_label = QLabel()
        self.use_by_label.setObjectName("thawUseBy")
        self.use_by_label.setWordWrap(True)
        self.use_by_label.setTextFormat(Qt.TextFormat.RichText)
        self.form.addRow(self.tr("After thawing"), self.use_by_label)
        self.ok_button.setText(self.tr("&Thaw"))
        self._show_use_by()
        self.doses_spin.setFocus()
        self.doses_spin.selectAll()

    def use_by(self) -> date:
        t = self.target
        return effective_use_by(t.expiry, self.today, t.thawed_shelf_life_days)

    def _show_use_by(self) -> None:
        days = self.target.thawed_shelf_life_days or 0
        keeps = self.tr("keeps %Ln day(s) at 2–8 °C", None, days)
        use_by = self.tr("use by %1").replace("%1", fmt.date_text(self.use_by()))
        never = self.tr("Thawed stock cannot be refrozen.")
        self.use_by_label.setText(f"<b>{escape(use_by)}</b> ({escape(keeps)})<br>{escape(never)}")

    def saving_label(self) -> str:
        return self.tr("Thawing…")

    def op(self, doses: int, closed_month_reason: str | None = None) -> ServiceOp[Posted]:
        t = self.target  # thawing posts now and takes no closed-month reason
        return stock_ops.thaw(self, lot_id=t.lot_id, location_code=t.location_code, doses=doses)
