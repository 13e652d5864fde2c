"""The history of one lot: who moved it, when, from where to where, and why."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from pharmacy_app.services.app import App
from pharmacy_app.services.queries import LotInfo
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.widgets import TableView, date_column_width
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.stock.history_model import HistoryModel, LotHistory, load_lot_history


class HistoryPane(QWidget):
    loaded = Signal(int)  # lot id whose history is now shown

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self._ops = ops
        self._lot_id: int | None = None
        self._generation = 0
        self.lot: LotInfo | None = None

        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header.setContentsMargins(2, 6, 2, 4)
        self.model = HistoryModel(self, runner=self._run_query)
        self.table = TableView()
        self.table.setObjectName("historyTable")
        self.table.setModel(self.model)
        self.table.set_empty_text(self.tr("Select a row above to see every movement of its lot."))
        self.table.set_column_widths(
            {  # fits a 1400 pixel window; "Recorded" (last) is a scroll away
                HistoryModel.NO: self.table.fontMetrics().horizontalAdvance("0000000") + 12,
                HistoryModel.WHEN: date_column_width(self.table, with_time=True),
                HistoryModel.WHAT: 96,
                HistoryModel.FROM: 150,
                HistoryModel.TO: 150,
                HistoryModel.DOSES: 56,
                HistoryModel.WHO: 76,
                HistoryModel.REFERENCE: self.table.fontMetrics().horizontalAdvance("DL-2026-00000") + 14,
                HistoryModel.REASON: 110,
                HistoryModel.NOTE: 110,
                HistoryModel.LINK: 140,
                HistoryModel.RECORDED: date_column_width(self.table, with_time=True),
            }
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        layout.addWidget(self.table, 1)
        self._show_header(None)

    @property
    def lot_id(self) -> int | None:
        return self._lot_id

    def show_lot(self, lot_id: int | None) -> None:
        """Load and show the lot's history (in the background)."""
        self._generation += 1
        generation = self._generation
        self._lot_id = lot_id
        if lot_id is None:
            self.lot = None
            self.model.clear()
            self._show_header(None)
            return
        language = fmt.language()

        def done(history: LotHistory) -> None:
            if generation != self._generation:
                return
            self.lot = history.info
            rows = history.info.history if history.info is not None else []
            self.model.set_history(rows, history.reasons, history.info.after if history.info else None)
            self._show_header(history.info)
            self.loaded.emit(lot_id)

        self._ops.query(lambda app: load_lot_history(app, lot_id, language), done, parent=self)

    def refresh(self) -> None:
        self.show_lot(self._lot_id)

    def _run_query(self, work: Callable[[App], Any], done: Callable[[Any], None]) -> None:
        def failed(_exc: BaseException) -> bool:
            self.model.fetch_failed()
            return False  # still shown to the user

        self._ops.query(work, done, failure=failed, parent=self)

    def _show_header(self, info: LotInfo | None) -> None:
        if info is None:
            title = self.tr("Lot history")
            self.header.setText(f"<b>{escape(title)}</b>")
            return
        batch = self.tr("Batch")
        item_no = self.tr("Item no.")
        expiry = self.tr("Expiry")
        use_by = self.tr("Use by")
        parts = [
            f"<b>{escape(info.product_short or info.product)}</b>",
            f"{escape(batch)} <b>{escape(info.batch)}</b>",
            f"{escape(item_no)} {escape(info.varenummer)}",
            f"{escape(expiry)} {escape(fmt.date_text(info.expiry))}",
            f"{escape(use_by)} <b>{escape(fmt.date_text(info.use_by))}</b>",
        ]
        if info.thawed_on is not None:
            thawed = self.tr("Thawed")
            parts.append(f"{escape(thawed)} {escape(fmt.date_text(info.thawed_on))}")
        count = info.movements
        movements = self.tr("%Ln movement(s)", None, count)
        parts.append(escape(movements))
        self.header.setText(" &nbsp;·&nbsp; ".join(parts))
        self.header.setToolTip(info.product)  # the full name; the header shows the short one

    def focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
