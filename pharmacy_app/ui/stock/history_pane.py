"""The history of one lot: who moved it, when, from where to where, and why; and where a
mistaken movement is corrected.

Reverse… (the button beside the header, the table's context menu, Ctrl+Shift+R) opens
:class:`.reverse_dialog.ReverseDialog` for the selected movement; it is disabled, with a
tooltip saying why, for a reversal or a movement reversed already.  A reversed movement
is struck through; its "reversed by #N" (and a reversal's "reverses #N") is a link:
clicking it, or Enter on it, selects that movement, fetching further pages of the
history until it is loaded (a reversal always comes after what it reverses)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from pharmacy_app.services.app import App
from pharmacy_app.services.queries import HistoryRow, LotInfo
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.actions import page_shortcut
from pharmacy_app.ui.common.table_models import ROW_ROLE
from pharmacy_app.ui.common.widgets import TableView, date_column_width
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.stock.history_model import HistoryModel, LotHistory, load_lot_history
from pharmacy_app.ui.stock.reverse_dialog import ReverseDialog


class HistoryPane(QWidget):
    loaded = Signal(int)  # lot id whose history is now shown

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self._ops = ops
        self._lot_id: int | None = None
        self._generation = 0
        self.lot: LotInfo | None = None
        self.reverse_dialog: ReverseDialog | None = None
        self._wanted: int | None = None  # a movement to select once it is loaded

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
        self.reverse_action = page_shortcut(
            self, self.tr("Reverse…"), ("Ctrl+Shift+R",), self.reverse_selected,
            tip=self.tr("Undo the selected movement with a reason: its mirror image is posted now"),
        )  # fmt: skip
        self.reverse_button = QPushButton(self.reverse_action.text())
        self.reverse_button.setObjectName("reverseButton")
        self.reverse_button.clicked.connect(self.reverse_action.trigger)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.header, 1)
        top.addWidget(self.reverse_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_reverse())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        self.table.clicked.connect(self._follow)
        self.table.activated.connect(self._follow)
        # After the page is in (the model is still fetching while it inserts): look again.
        self.model.rowsInserted.connect(lambda *_a: QTimer.singleShot(0, self._select_wanted))
        self._show_header(None)
        self._update_reverse()

    @property
    def lot_id(self) -> int | None:
        return self._lot_id

    def show_lot(self, lot_id: int | None) -> None:
        """Load and show the lot's history (in the background)."""
        self._generation += 1
        generation = self._generation
        if lot_id != self._lot_id:
            self._wanted = None  # a movement of the lot shown before
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
            self._update_reverse()
            self._select_wanted()
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

    # ------------------------------------------------------------------ reversing

    def selected_movement(self) -> HistoryRow | None:
        index = self.table.currentIndex()
        row: HistoryRow | None = index.data(ROW_ROLE) if index.isValid() else None
        return row

    def why_not_reversible(self, h: HistoryRow | None) -> str | None:
        """Why the movement cannot be reversed; None when it can."""
        if h is None:
            return self.tr("Select a movement in the lot's history to reverse it.")
        if h.reverses_id is not None:
            return self.tr("Movement #%1 is itself a reversal; post the movement again instead.").replace(
                "%1", str(h.movement_id)
            )
        if h.kind == "thaw":
            return self.tr("Movement #%1 is part of a thaw, which cannot be reversed: thawed stock is never refrozen.").replace(
                "%1", str(h.movement_id)
            )
        if h.reversed_by is not None:
            return self.tr("Movement #%1 has already been reversed by #%2.").replace(
                "%1", str(h.movement_id)
            ).replace("%2", str(h.reversed_by))
        return None

    def _update_reverse(self) -> None:
        why = self.why_not_reversible(self.selected_movement())
        self.reverse_action.setEnabled(why is None)
        self.reverse_button.setEnabled(why is None)
        self.reverse_button.setToolTip(why or self.reverse_action.toolTip())

    def reverse_selected(self) -> None:
        h = self.selected_movement()
        if self.why_not_reversible(h) is not None or h is None:
            return
        dialog = ReverseDialog(self._ops, h, self.lot.batch if self.lot else "", self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.done_value.connect(self._reversed)
        dialog.finished.connect(lambda _r: self.table.setFocus())
        self.reverse_dialog = dialog
        dialog.open()

    def _reversed(self, new_id: int) -> None:
        # The page reloads the history on the change; the new reversal is then selected.
        self._wanted = new_id

    def _row_menu(self, pos: QPoint) -> None:
        if not self.table.select_at(pos).isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.reverse_action)
        h = self.selected_movement()
        target = HistoryModel.link_target(h) if h is not None else None
        if target is not None:
            go = menu.addAction(self.tr("Go to movement #%1").replace("%1", str(target)))
            go.triggered.connect(lambda: self.select_movement(target))
        menu.popup(self.table.viewport().mapToGlobal(pos))
        self.row_menu = menu

    # ------------------------------------------------------------------ the links

    def _follow(self, index: QModelIndex) -> None:
        if index.column() != HistoryModel.LINK:
            return
        h: HistoryRow | None = index.data(ROW_ROLE)
        target = HistoryModel.link_target(h) if h is not None else None
        if target is not None:
            self.select_movement(target)

    def select_movement(self, movement_id: int) -> None:
        """Select the movement, fetching further pages of the history until it is loaded."""
        self._wanted = movement_id
        self._select_wanted()

    def _select_wanted(self) -> None:
        if self._wanted is None:
            return
        row = self.model.row_of(self._wanted)
        if row >= 0:
            self._wanted = None
            self.select_row(row)
        elif self.model.has_more():
            self.model.fetchMore()  # the answer inserts rows, which looks again
        # else: not in this lot's history (yet): a reload selects it when it is there

    def select_row(self, row: int) -> None:
        self.table.select_row(row)
        self.table.scrollTo(self.model.index(row, 0))

    def focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
