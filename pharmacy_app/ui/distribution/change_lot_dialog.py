"""Pick another lot for a picked line, earliest use-by first (FEFO), with the reason
recorded: the lots at the pharmacy that can be picked for the round's day, the one picked
now and those without enough free doses marked.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.services import distribution
from pharmacy_app.services.distribution.views import LineView, StockLotView
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.async_dialog import ServiceDialog, alive
from pharmacy_app.ui.common.problem_list import ProblemList
from pharmacy_app.ui.common.widgets import hint_label, ok_cancel_buttons
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import distribution as dist_ops


class ChangeLotDialog(ServiceDialog):
    """Pick another lot for a line, earliest use-by first, with the reason recorded."""

    changed = Signal(object)  # RoundView

    def __init__(self, ops: Operations, line: LineView, site_name: str, on: date, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self._line = line
        self._lots: list[StockLotView] = []
        self.setWindowTitle(self.tr("Change lot"))
        self.setObjectName("changeLotDialog")
        self.resize(640, 420)

        intro = QLabel(
            self.tr("%1 for %2: %3 doses, now batch %4.")
            .replace("%1", line.product)
            .replace("%2", site_name)
            .replace("%3", fmt.integer(line.doses))
            .replace("%4", line.batch)
        )
        intro.setWordWrap(True)
        self.lots_table = QTableWidget(0, 5)
        self.lots_table.setObjectName("pickableLots")
        self.lots_table.setHorizontalHeaderLabels(
            [self.tr("Batch"), self.tr("Use by"), self.tr("Thawed"), self.tr("Free doses"), ""]
        )
        self.lots_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lots_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lots_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lots_table.verticalHeader().setVisible(False)
        self.lots_table.setAlternatingRowColors(True)
        self.lots_table.horizontalHeader().setStretchLastSection(True)
        self.lots_table.setColumnWidth(0, 120)
        self.lots_table.setColumnWidth(1, 110)
        self.lots_table.setColumnWidth(2, 110)
        self.lots_table.setColumnWidth(3, 150)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("overrideReason")
        self.reason_edit.setMaxLength(200)
        self.reason_edit.setPlaceholderText(self.tr("Required, e.g. the site asked for single-dose vials"))
        reason_label = QLabel(self.tr("&Reason"))
        reason_label.setBuddy(self.reason_edit)
        self.problems = ProblemList()
        self.buttons, self.ok_button = ok_cancel_buttons(self, self.tr("Use this lot"), self.tr("Cancel"), self.submit)

        form = QHBoxLayout()
        form.addWidget(reason_label)
        form.addWidget(self.reason_edit, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(
            hint_label(self.tr("Lots at the pharmacy that can be picked, earliest use-by first (FEFO). Another lot needs a reason."))
        )
        layout.addWidget(self.lots_table, 1)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.lots_table.itemSelectionChanged.connect(self._refresh)
        self.reason_edit.textChanged.connect(lambda _t: self._refresh())
        self._refresh()
        product_id = line.product_id
        ops.query(
            lambda app: distribution.pickable_stock(app, product_id, on), alive(self, self.set_lots), parent=self
        )

    def set_lots(self, lots: list[StockLotView]) -> None:
        self._lots = list(lots)
        t = self.lots_table
        t.setRowCount(len(self._lots))
        for r, lot in enumerate(self._lots):
            note = []
            if r == 0:
                note.append(self.tr("FEFO first"))
            if lot.lot_id == self._line.lot_id:
                note.append(self.tr("picked now"))
            elif int(lot.doses) < int(self._line.doses):
                note.append(self.tr("not enough free doses"))
            values = [
                lot.batch,
                fmt.date_text(lot.use_by),
                fmt.date_text(lot.thawed_on) if lot.thawed_on else "",
                fmt.integer(lot.doses),
                ", ".join(note),
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                t.setItem(r, c, item)
        other = next(
            (
                r
                for r, lot in enumerate(self._lots)
                if lot.lot_id != self._line.lot_id and int(lot.doses) >= int(self._line.doses)
            ),
            None,
        )
        if other is not None:
            t.selectRow(other)
        if not self._lots:
            self.problems.show_problems([self.tr("No other lot of this product can be picked for the round's date.")])
        self._refresh()
        t.setFocus()

    def chosen_lot(self) -> StockLotView | None:
        rows = self.lots_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self._lots[rows[0].row()]

    def choose_batch(self, batch: str) -> bool:
        for r, lot in enumerate(self._lots):
            if lot.batch == batch:
                self.lots_table.selectRow(r)
                return True
        return False

    def _refresh(self) -> None:
        lot = self.chosen_lot()
        ok = (
            lot is not None
            and lot.lot_id != self._line.lot_id
            and int(lot.doses) >= int(self._line.doses)
            and bool(self.reason_edit.text().strip())
        )
        self.ok_button.setEnabled(ok and not self._busy)

    def submit(self) -> None:
        lot = self.chosen_lot()
        reason = self.reason_edit.text().strip()
        if self._busy or lot is None or not reason:
            return
        line_id, lot_id = self._line.line_id, lot.lot_id

        self.run_op(
            dist_ops.change_lot(self, line_id, lot_id, reason),
            self.changed.emit,
            self.tr("Changing the lot…"),
        )
