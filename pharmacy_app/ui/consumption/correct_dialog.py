"""Correct a saved consumption figure: one lot at one site on one day (``consumption.correct_day``).

The dialog says what is saved and what happens (the saved movements are reversed and
the right figure posted, both dated that day), takes the right figure and a reason; OK
stays disabled until the figure differs and a reason is typed.  Refusals (more than the
site could give, a month sent to SSI) are the service's typed messages.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

from pharmacy_app.domain.limits import MAX_DOSES_PER_MOVEMENT
from pharmacy_app.services.consumption import DayCorrection, GridRow
from pharmacy_app.ui import fmt
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import consumption as consumption_ops
from pharmacy_app.ui.ops.service_op import ServiceOp
from pharmacy_app.ui.stock.reason_dialog import ReasonDialog


@dataclass(frozen=True)
class SavedFigure:
    """A saved cell of the week grid."""

    site_code: str
    site_name: str
    day: date
    lot: GridRow
    target_group: str | None
    every_group: bool  # the grid without the split: the day's figure over all groups
    doses: int


class CorrectDayDialog(ReasonDialog):
    """The right figure for a saved day, with a reason."""

    def __init__(self, ops: Operations, saved: SavedFigure, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.saved = saved
        self.setWindowTitle(self.tr("Correct saved consumption"))
        self.setObjectName("correctDayDialog")
        self.info.setText(self._info_html())
        self.doses_spin = QSpinBox()
        self.doses_spin.setObjectName("doses")
        self.doses_spin.setRange(0, MAX_DOSES_PER_MOVEMENT)
        self.doses_spin.setValue(saved.doses)
        self.doses_spin.setMinimumWidth(110)
        self.doses_spin.valueChanged.connect(lambda _v: self._refresh_ok())
        label = QLabel(self.tr("&Right figure (doses)"))
        label.setBuddy(self.doses_spin)
        self.form.addRow(label, self.doses_spin)
        self.reason_edit.setPlaceholderText(self.tr("e.g. typed in the wrong row; the tally sheet says 32"))
        self.ok_button.setText(self.tr("&Correct"))
        self.add_reason_row()
        self.doses_spin.selectAll()
        self.doses_spin.setFocus()

    def _info_html(self) -> str:
        s = self.saved
        lot = s.lot
        saved = self.tr("%Ln dose(s) saved", None, s.doses)
        head = f"{s.site_name} ({s.site_code}) · {fmt.date_text(s.day)}"
        batch_word, not_stated = self.tr("Batch"), self.tr("(not stated)")
        product = f"{lot.product_short or lot.product} · {batch_word} {lot.batch}"
        if not s.every_group:
            product += f" · {s.target_group or not_stated}"
        how = self.tr(
            "The saved figure is reversed and the right one posted, both dated that day, so the "
            "day's month in the SSI workbook shows the right figure. The lot's history keeps both."
        )
        return (
            f"<b>{escape(head)}</b><br>{escape(product)}<br>{escape(saved)}<br>"
            f"<span style='color:#5c6166'>{escape(how)}</span>"
        )

    def can_submit(self) -> bool:
        spin = getattr(self, "doses_spin", None)
        return spin is not None and spin.value() != self.saved.doses and super().can_submit()

    def saving_label(self) -> str:
        return self.tr("Correcting…")

    def op(self, reason: str, closed_month_reason: str | None) -> ServiceOp[DayCorrection]:
        s = self.saved
        return consumption_ops.correct_day(
            self,
            site_code=s.site_code,
            day=s.day,
            lot_id=s.lot.lot_id,
            doses=self.doses_spin.value(),
            reason=reason,
            target_group=s.target_group,
            every_group=s.every_group,
            closed_month_reason=closed_month_reason,
        )
