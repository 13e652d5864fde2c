"""The Stock page: stock on hand everywhere, filtered and sorted in the database, with
the selected lot's history underneath.  On a new database the set-up guide
(:mod:`pharmacy_app.ui.setup.guide`) stands above it until the first delivery is received.

Held (quarantined) stock is marked in amber italics, recalled stock in red with a badge
(:mod:`.marks`).  Under the table, and in the table's context menu: release held stock,
discard, thaw frozen stock, and return stock at the pharmacy or its quarantine to SSI;
each opens its dialog (:mod:`.release_dialog`, :mod:`.discard_dialog`,
:mod:`.thaw_dialog`, :mod:`.return_dialog`) for the selected row.  A return's note opens
in the preview once it is posted.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.services import queries, receiving, reference, ssi_return, stock
from pharmacy_app.services.app import App
from pharmacy_app.services.queries import StockFilter, StockRow
from pharmacy_app.ui.common.actions import page_shortcut
from pharmacy_app.ui.common.column_fit import ColumnFit
from pharmacy_app.ui.common.flow_layout import FlowLayout, group, labelled
from pharmacy_app.ui.common.role_gate import gate
from pharmacy_app.ui.common.table_models import ROW_ROLE
from pharmacy_app.ui.common.widgets import (
    DocumentFiles,
    TableView,
    date_column_width,
    load_bytes,
    restore_header,
    save_bytes,
    save_header,
)
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.setup.guide import SetupGuide
from pharmacy_app.ui.stock.discard_dialog import DiscardDialog
from pharmacy_app.ui.stock.filters import (
    FilterChoices,
    fill_filter_combos,
    fill_product_combo,
    filter_combo,
    load_filter_choices,
)
from pharmacy_app.ui.stock.history_pane import HistoryPane
from pharmacy_app.ui.stock.marks import is_held, recalled_legend
from pharmacy_app.ui.stock.model import StockModel
from pharmacy_app.ui.stock.release_dialog import ReleaseDialog
from pharmacy_app.ui.stock.return_dialog import ReturnDialog, show_return_note
from pharmacy_app.ui.stock.stock_target import StockTarget, can_return_to_ssi, can_thaw
from pharmacy_app.ui.stock.thaw_dialog import ThawDialog

if TYPE_CHECKING:  # the preview brings pdfium: loaded when a return's note is shown
    from pharmacy_app.ui.common.pdf_preview import PdfPreviewDialog

SEARCH_DELAY_MS = 250
HEADER_KEY = "stock/header_v1"
SPLITTER_KEY = "stock/splitter_v1"

# Fits a 1400 pixel wide window without scrolling sideways; people widen what they need.
DEFAULT_WIDTHS = {
    StockModel.LOCATION: 169,
    StockModel.KIND: 115,
    StockModel.PROGRAMME: 98,
    StockModel.PRODUCT: 195,
    StockModel.ITEM_NO: 66,
    StockModel.BATCH: 74,
    StockModel.EXPIRY: 86,
    StockModel.USE_BY: 90,
    StockModel.DOSES: 62,
    StockModel.PACKS: 62,
}

MINIMUM_WIDTHS = {StockModel.LOCATION: 110, StockModel.KIND: 80, StockModel.PROGRAMME: 75, StockModel.PRODUCT: 150}


class StockPage(QWidget):
    summary_changed = Signal(object)  # queries.StockSummary of the filtered rows

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self._ops = ops
        self._choices = FilterChoices([], [], [])
        self._keep: tuple[int, int] | None = None  # (location id, lot id) to select again
        filters = self._build_filters()
        self._build_table()
        self.setup_guide = SetupGuide(ops)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(8)
        layout.addWidget(self.setup_guide)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        self._setup_sorting()
        self._connect_signals()
        self._fill_combos()
        self._update_count()
        # Actions the user's role does not allow are disabled, naming the role.
        gate(self._ops, receiving.release, self.release_action, self.action_buttons[0])
        gate(self._ops, stock.discard, self.discard_action, self.action_buttons[1])
        gate(self._ops, receiving.thaw, self.thaw_action, self.action_buttons[2])
        gate(self._ops, ssi_return.return_to_ssi, self.return_action, self.action_buttons[3])

    def _build_filters(self) -> FlowLayout:
        """Programme, product, location and the search, with the row count beside it."""
        self.programme_combo = filter_combo("programmeFilter", 120)
        self.product_combo = filter_combo("productFilter", 210)
        self.location_combo = filter_combo("locationFilter", 200)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("stockSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search batch, product or location  (Ctrl+F)"))
        self.search_edit.setMinimumWidth(240)
        self.count_label = QLabel()
        self.count_label.setObjectName("stockCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        # A flow: on a small window the filters wrap to a second row, never overlap.
        filters = FlowLayout(spacing=14)
        for text, widget in (
            (self.tr("Programme"), self.programme_combo),
            (self.tr("Product"), self.product_combo),
            (self.tr("Location"), self.location_combo),
        ):
            filters.addWidget(labelled(text, widget))
        filters.addWidget(group(self.search_edit, self.count_label, spacing=12, stretch=self.search_edit))
        return filters

    def _build_table(self) -> None:
        """The stock table with its actions under it, above the selected lot's history."""
        self.model = StockModel(self._ops.app, runner=self._run_query, parent=self)
        self.table = TableView()
        self.table.setObjectName("stockTable")
        self.table.setModel(self.model)
        self.table.enable_column_menu()
        self.history = HistoryPane(self._ops)
        self.stock_dialog: QDialog | None = None
        self.preview_dialog: PdfPreviewDialog | None = None  # a return's note, while open
        self._documents = DocumentFiles()
        self._build_actions()
        table_pane = QWidget()
        table_layout = QVBoxLayout(table_pane)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.setSpacing(4)
        table_layout.addWidget(self.table, 1)
        table_layout.addLayout(self._action_row())
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(table_pane)
        self.splitter.addWidget(self.history)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

    def _connect_signals(self) -> None:
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._search_now)
        self.programme_combo.currentIndexChanged.connect(self._programme_changed)
        self.product_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.location_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.model.loading_changed.connect(lambda _b: self._update_count())
        self.model.summary_changed.connect(self._summary_arrived)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.loaded.connect(self._reselect)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)

    # ------------------------------------------------------------------ public

    def start(self) -> None:
        """First load (after the window is shown)."""
        self.setup_guide.refresh()
        self.refresh()

    def refresh(self) -> None:
        """Reload filter choices, stock and the shown lot's history."""
        self._ops.query(load_filter_choices, self._choices_arrived, parent=self)
        self.model.reload()
        self.history.refresh()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def current_filter(self) -> StockFilter:
        return StockFilter(
            programme_code=self.programme_combo.currentData() or None,
            product_id=self.product_combo.currentData(),
            location_id=self.location_combo.currentData(),
            text=self.search_edit.text().strip(),
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())

    def selected_row(self) -> StockRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row: StockRow | None = index.data(ROW_ROLE)
        return row

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def product(self, product_id: int) -> reference.ProductInfo | None:
        return next((p for p in self._choices.products if p.id == product_id), None)

    def release_selected(self) -> None:
        """Release the selected held stock to the pharmacy (a pharmacist, with a reason)."""
        row = self.selected_row()
        if row is not None and is_held(row) and row.excursion_hold is None:
            self._open_dialog(ReleaseDialog(self._ops, StockTarget.from_row(row), self))

    def discard_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._open_dialog(DiscardDialog(self._ops, StockTarget.from_row(row), self))

    def thaw_selected(self) -> None:
        row = self.selected_row()
        product = self.product(row.product_id) if row is not None else None
        if row is not None and can_thaw(row, product):
            today = self._ops.app.today()
            self._open_dialog(ThawDialog(self._ops, StockTarget.from_row(row, product), today, self))

    def return_selected(self) -> None:
        """Return the selected stock at the pharmacy or its quarantine to SSI."""
        row = self.selected_row()
        if row is not None and can_return_to_ssi(row):
            dialog = ReturnDialog(self._ops, StockTarget.from_row(row), self)
            dialog.done_value.connect(
                lambda view: show_return_note(self, self._ops, self._documents, view)
            )
            self._open_dialog(dialog)

    def save_state(self) -> None:
        save_header(HEADER_KEY, self.table)
        save_header("history/header_v1", self.history.table)
        save_bytes(SPLITTER_KEY, self.splitter.saveState())

    def restore_state(self) -> None:
        data = load_bytes(SPLITTER_KEY)
        if data is not None:
            self.splitter.restoreState(data)
        restore_header("history/header_v1", self.history.table)

    # ------------------------------------------------------------------ internals

    def _build_actions(self) -> None:
        self.release_action = page_shortcut(self, self.tr("Release held stock…"), ("Ctrl+R",), self.release_selected, tip=self.tr("Release the selected held stock from quarantine to the pharmacy"))
        self.discard_action = page_shortcut(self, self.tr("Discard…"), ("Ctrl+D",), self.discard_selected, tip=self.tr("Discard doses of the selected row with a reason"))
        self.thaw_action = page_shortcut(self, self.tr("Thaw…"), ("Ctrl+T",), self.thaw_selected, tip=self.tr("Thaw doses of the selected frozen stock; its thawed shelf life starts"))
        self.return_action = page_shortcut(self, self.tr("Return to SSI…"), ("Ctrl+Shift+R",), self.return_selected, tip=self.tr("Send doses of the selected stock at the pharmacy or its quarantine back to SSI, with SSI's reference"))
        self._update_actions()

    def _action_row(self) -> QHBoxLayout:
        self.held_legend = QLabel(
            self.tr("Amber italic rows are held (quarantine, or a temperature excursion): in stock, but not pickable until released or decided.")
        )
        self.held_legend.setObjectName("heldLegend")
        self.held_legend.setWordWrap(True)
        self.held_legend.setStyleSheet("color: #7a4b00;")
        self.held_legend.setWordWrap(True)
        self.recalled_legend = recalled_legend()
        legends = QVBoxLayout()
        legends.setSpacing(2)
        legends.addWidget(self.held_legend)
        legends.addWidget(self.recalled_legend)
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addLayout(legends, 1)
        self.action_buttons: list[QPushButton] = []
        for a, name in (
            (self.release_action, "releaseButton"),
            (self.discard_action, "discardButton"),
            (self.thaw_action, "thawButton"),
            (self.return_action, "returnButton"),
        ):
            button = QPushButton(a.text())
            button.setObjectName(name)
            button.setToolTip(a.toolTip())
            button.clicked.connect(a.trigger)
            a.changed.connect(lambda b=button, act=a: b.setEnabled(act.isEnabled()))
            button.setEnabled(a.isEnabled())
            row.addWidget(button)
            self.action_buttons.append(button)
        return row

    def _update_actions(self) -> None:
        row = self.selected_row()
        # Quarantine is released here; stock held after an excursion is decided there.
        held = row is not None and is_held(row) and row.excursion_hold is None
        self.release_action.setEnabled(held)
        self.discard_action.setEnabled(row is not None)
        product = self.product(row.product_id) if row is not None else None
        self.thaw_action.setEnabled(row is not None and can_thaw(row, product))
        self.return_action.setEnabled(row is not None and can_return_to_ssi(row))

    def _row_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.select_row(index.row())
        menu = QMenu(self)
        for a in (self.release_action, self.discard_action, self.thaw_action, self.return_action):
            menu.addAction(a)
        menu.popup(self.table.viewport().mapToGlobal(pos))
        self.row_menu = menu

    def _open_dialog(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self.table.setFocus())
        self.stock_dialog = dialog
        dialog.open()

    def _run_query(self, work: Callable[[App], Any], done: Callable[[Any], None]) -> None:
        def failed(_exc: BaseException) -> bool:
            self.model.loading_failed()
            return False  # still shown to the user

        self._ops.query(work, done, failure=failed, parent=self)

    def _setup_sorting(self) -> None:
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        if not restore_header(HEADER_KEY, self.table):
            widths = dict(DEFAULT_WIDTHS)
            for column in (StockModel.EXPIRY, StockModel.USE_BY):
                widths[column] = max(widths[column], date_column_width(self.table))
            self.table.set_column_widths(widths)
            widths = {c: self.table.columnWidth(c) for c in widths}
            # On a small screen names give way first, then kind, programme and item number.
            self.column_fit = ColumnFit(
                self.table,
                widths,
                minimum=MINIMUM_WIDTHS,
                optional=[StockModel.KIND, StockModel.PROGRAMME, StockModel.ITEM_NO],
            )
            header.setSortIndicator(StockModel.USE_BY, Qt.SortOrder.AscendingOrder)
        column = header.sortIndicatorSection()
        order = header.sortIndicatorOrder()
        key = StockModel.SORT_KEYS.get(column)
        if key is None:
            column, order = StockModel.USE_BY, Qt.SortOrder.AscendingOrder
            header.setSortIndicator(column, order)
            key = StockModel.SORT_KEYS[column]
        self.model.set_sort(key, order == Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)  # calls model.sort with the same order: no reload

    def _fill_combos(self) -> None:
        def location_text(loc: reference.LocationInfo) -> str:
            return loc.name if loc.active else self.tr("%1 (not in use)").replace("%1", loc.name)

        fill_filter_combos(
            self.programme_combo,
            self.location_combo,
            self._choices,
            self.tr("All programmes"),
            self.tr("All locations"),
            location_text,
        )
        self._fill_products()

    def _fill_products(self) -> None:
        item_no = self.tr("Item no.")
        fill_product_combo(
            self.product_combo,
            self._choices,
            self.programme_combo.currentData(),
            self.tr("All products"),
            lambda p: f"{p.name}\n{item_no} {p.varenummer}",
        )

    def _choices_arrived(self, choices: FilterChoices) -> None:
        self._choices = choices
        self._fill_combos()
        self._update_actions()
        self.apply_filter()  # a product or location may have gone from the list

    def _programme_changed(self, _index: int) -> None:
        self._fill_products()
        self.apply_filter()

    def _search_now(self) -> None:
        self.apply_filter()

    def _summary_arrived(self, summary: queries.StockSummary) -> None:
        self._update_count()
        self.summary_changed.emit(summary)
        if summary.rows == 0:
            flt = self.model.query.flt
            filtered = bool(flt.text or flt.programme_code or flt.product_id or flt.location_id)
            self.table.set_empty_text(
                self.tr("No stock matches the filter.")
                if filtered
                else self.tr("There is no stock yet. Stock appears here when deliveries are received.")
            )
        else:
            self.table.set_empty_text("")

    def _update_count(self) -> None:
        if self.model.is_loading and self.model.rowCount() == 0:
            self.count_label.setText(self.tr("Loading…"))
            return
        s = self.model.summary
        rows = self.tr("%Ln row(s)", None, s.rows)
        doses = self.tr("%Ln dose(s)", None, s.doses)
        self.count_label.setText(f"{rows} · {doses}")

    def _remember_selection(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._keep = (row.location_id, row.lot_id)

    def _reselect(self) -> None:
        keep, self._keep = self._keep, None
        if keep is None:
            return
        row = self.model.find_row(*keep)
        if row >= 0:
            self.select_row(row)
        else:
            self.history.show_lot(None)  # the lot left the table: show nothing rather than a stranger

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        row: StockRow | None = current.data(ROW_ROLE) if current.isValid() else None
        if row is not None and row.lot_id != self.history.lot_id:
            self.history.show_lot(row.lot_id)

    def _activated(self, index: QModelIndex) -> None:
        row: StockRow | None = index.data(ROW_ROLE) if index.isValid() else None
        if row is None:
            return
        if row.lot_id != self.history.lot_id:
            self.history.show_lot(row.lot_id)
        self.history.focus_table()
