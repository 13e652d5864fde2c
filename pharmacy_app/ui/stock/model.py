"""The Qt item model for stock on hand.

:class:`StockModel` shows ``queries.stock_rows`` a page at a time: the first page and
the total (``queries.stock_summary``) are loaded together, in the background when a
runner is given; further pages arrive through ``canFetchMore``/``fetchMore`` as the view
scrolls.  Sorting and filtering are new SQL queries, never a proxy over every row.

What must hold: ``rowCount`` only grows between resets; a result that arrives after a
newer request was made is dropped (generation counter); ``fetchMore`` never re-enters.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from pharmacy_app.domain.expiry import days_left
from pharmacy_app.services import queries, reference
from pharmacy_app.services.app import App
from pharmacy_app.services.queries import StockColumn, StockFilter, StockRow
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.table_models import ROW_ROLE, Index, TableModel, bold_font
from pharmacy_app.ui.stock.marks import (
    EXPIRED_BG,
    EXPIRED_FG,
    HELD_BG,
    HELD_FG,
    RECALLED_BG,
    RECALLED_FG,
    SOON_BG,
    SOON_FG,
    held_icon,
    held_tooltip,
    is_held,
    recalled_icon,
    recalled_tooltip,
    use_by_state,
    use_by_tip,
)

PAGE_SIZE = 500

Runner = Callable[[Callable[[App], Any], Callable[[Any], None]], None]


@dataclass(frozen=True)
class StockQuery:
    flt: StockFilter = StockFilter()
    sort: StockColumn = StockColumn.USE_BY
    descending: bool = False


@dataclass(frozen=True)
class StockPage:
    """What one (re)load brings: the total, the first page and the names to show."""

    query: StockQuery
    summary: queries.StockSummary
    rows: list[StockRow]
    today: date
    programme_names: dict[str, str] = field(default_factory=dict)
    kind_names: dict[str, str] = field(default_factory=dict)


def load_first_page(app: App, query: StockQuery, limit: int, language: str) -> StockPage:
    """Runs on a worker thread: summary, first page and display names in one go."""
    summary = queries.stock_summary(app, query.flt)
    rows = queries.stock_rows(app, query.flt, query.sort, query.descending, 0, limit)
    # Stock rows carry the Danish names; show the English ones in an English UI.
    programme_names: dict[str, str] = {}
    kind_names: dict[str, str] = {}
    if language != "da":
        programme_names = {p.name_da: p.name_en for p in reference.list_programmes(app)}
        kind_names = {k.name_da: k.name_en for k in reference.list_location_kinds(app)}
    today = app.today()
    return StockPage(query, summary, rows, today, programme_names, kind_names)


class StockModel(TableModel):
    LOCATION, KIND, PROGRAMME, PRODUCT, ITEM_NO, BATCH, EXPIRY, USE_BY, DOSES, PACKS, UNITS = range(11)
    COLUMN_COUNT = 11
    NUMERIC = frozenset({DOSES, PACKS, UNITS})

    # Every column sorts in the database.
    SORT_KEYS = {
        LOCATION: StockColumn.LOCATION,
        KIND: StockColumn.KIND,
        PROGRAMME: StockColumn.PROGRAMME,
        PRODUCT: StockColumn.PRODUCT,
        ITEM_NO: StockColumn.VARENUMMER,
        BATCH: StockColumn.BATCH,
        EXPIRY: StockColumn.EXPIRY,
        USE_BY: StockColumn.USE_BY,
        DOSES: StockColumn.DOSES,
        PACKS: StockColumn.PACKS,
        UNITS: StockColumn.UNITS,
    }

    loading_changed = Signal(bool)
    loaded = Signal()  # a reload finished (the model was reset)
    summary_changed = Signal(object)  # queries.StockSummary

    def __init__(
        self,
        app: App,
        runner: Runner | None = None,
        page_size: int = PAGE_SIZE,
        parent: Any = None,
    ):
        super().__init__(parent)
        self._app = app
        self._runner = runner
        self.page_size = page_size
        self._query = StockQuery()
        self._rows: list[StockRow] = []
        self._total = 0
        self._summary = queries.StockSummary(0, 0, 0, 0)
        self._today = app.today()
        self._programme_names: dict[str, str] = {}
        self._kind_names: dict[str, str] = {}
        self._generation = 0
        self._loading = False
        self._fetching = False
        self._headers = [
            self.tr("Location"),
            self.tr("Location kind"),
            self.tr("Programme"),
            self.tr("Product"),
            self.tr("Item no."),
            self.tr("Batch"),
            self.tr("Expiry"),
            self.tr("Use by"),
            self.tr("Doses"),
            self.tr("Packs"),
            self.tr("Units"),
        ]
        self._header_tips = {
            self.ITEM_NO: self.tr("SSI item number (varenummer)"),
            self.EXPIRY: self.tr("The manufacturer's expiry date"),
            self.USE_BY: self.tr("Use by: the expiry date, or earlier once thawed"),
            self.UNITS: self.tr("Vials, syringes or applicators"),
            self.PACKS: self.tr("Packs as delivered by SSI"),
        }

    # ------------------------------------------------------------------ state

    @property
    def query(self) -> StockQuery:
        return self._query

    @property
    def summary(self) -> queries.StockSummary:
        return self._summary

    @property
    def total(self) -> int:
        return self._total

    @property
    def is_loading(self) -> bool:
        return self._loading

    def find_row(self, location_id: int, lot_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.location_id == location_id and r.lot_id == lot_id:
                return i
        return -1

    def set_filter(self, flt: StockFilter) -> None:
        if flt != self._query.flt:
            self._query = replace(self._query, flt=flt)
            self.reload()

    def set_sort(self, column: StockColumn, descending: bool) -> None:
        """Set the order without loading (used before the first load)."""
        self._query = replace(self._query, sort=column, descending=descending)

    def column_for(self, key: StockColumn) -> int:
        for col, k in self.SORT_KEYS.items():
            if k == key:
                return col
        return self.USE_BY

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        """Load the total and the first page again (in the background if possible)."""
        self._generation += 1
        generation = self._generation
        query, limit, language = self._query, self.page_size, fmt.language()
        self._set_loading(True)

        def work(app: App) -> StockPage:
            return load_first_page(app, query, limit, language)

        def done(page: StockPage) -> None:
            self._apply(generation, page)

        if self._runner is None:
            done(work(self._app))
        else:
            self._runner(work, done)

    def load_now(self) -> None:
        """Synchronous reload (tests, and the first paint when there is no runner)."""
        runner, self._runner = self._runner, None
        try:
            self.reload()
        finally:
            self._runner = runner

    def loading_failed(self) -> None:
        self._set_loading(False)

    def _apply(self, generation: int, page: StockPage) -> None:
        if generation != self._generation:
            return  # a newer request is on its way
        self.beginResetModel()
        self._rows = list(page.rows)
        self._summary = page.summary
        self._total = max(page.summary.rows, len(self._rows))
        if len(page.rows) < self.page_size:
            self._total = len(self._rows)  # the table changed since the count: trust the rows
        self._today = page.today
        self._programme_names = page.programme_names
        self._kind_names = page.kind_names
        self.endResetModel()
        self._set_loading(False)
        self.summary_changed.emit(page.summary)
        self.loaded.emit()

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._loading or self._fetching:
            return False
        return len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._fetching or self._loading:
            return
        self._fetching = True
        try:
            q = self._query
            more = queries.stock_rows(
                self._app, q.flt, q.sort, q.descending, len(self._rows), self.page_size
            )
            if len(more) < self.page_size:
                # Fewer than expected: stock changed since the count; stop here.
                self._total = len(self._rows) + len(more)
            if more:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
                self._rows.extend(more)
                self.endInsertRows()
        finally:
            self._fetching = False

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    # ------------------------------------------------------------------ Qt model

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self._header_tips.get(section, "")
            if section not in self.SORT_KEYS:
                tip = (tip + "\n" if tip else "") + self.tr("This column cannot be sorted.")
            return tip or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(section)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._query.sort and descending == self._query.descending:
            return
        self._query = replace(self._query, sort=key, descending=descending)
        self.reload()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(col)
        if role == ROW_ROLE:
            return r
        held = is_held(r)
        if r.recalled:
            return self._recalled_role(r, col, role, held)
        if col == self.USE_BY and role in (
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            value = self._use_by_role(r, role)
            if held and role == Qt.ItemDataRole.ToolTipRole:
                return f"{value}\n{held_tooltip()}"
            if held and isinstance(value, QFont):
                value.setItalic(True)
            if value is not None or not held:
                return value
        if held and role in (
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.FontRole,
        ):
            return self._held_role(role)
        if held and role == Qt.ItemDataRole.DecorationRole and col == self.LOCATION:
            return held_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = None
            if col == self.LOCATION:
                tip = f"{r.location_name} ({r.location_code})"
            elif col == self.PRODUCT:
                item_no = self.tr("Item no.")
                tip = f"{r.product}\n{item_no} {r.varenummer}"
            if held:
                tip = f"{tip}\n{held_tooltip()}" if tip else held_tooltip()
            return tip
        return None

    def _recalled_role(self, r: StockRow, col: int, role: int, held: bool) -> Any:
        """Recalled stock: red over the whole row, a badge beside the location (where held
        stock has its own), the recall's reason in every tooltip (held too, when both)."""
        if role == Qt.ItemDataRole.ForegroundRole:
            return RECALLED_FG
        if role == Qt.ItemDataRole.BackgroundRole:
            return RECALLED_BG
        if role == Qt.ItemDataRole.FontRole:
            font = bold_font() if col == self.BATCH else QFont()
            font.setItalic(held)
            return font
        if role == Qt.ItemDataRole.DecorationRole:
            # Where held stock has its badge; the red one wins when a lot is both.
            return recalled_icon() if col == self.LOCATION else None
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = recalled_tooltip(r.recall_reason, r.recalled_at)
            return f"{tip}\n{held_tooltip()}" if held else tip
        return None

    @staticmethod
    def _held_role(role: int) -> Any:
        """Held (quarantined) stock: amber and italic in every column, so nobody picks it."""
        if role == Qt.ItemDataRole.ForegroundRole:
            return HELD_FG
        if role == Qt.ItemDataRole.BackgroundRole:
            return HELD_BG
        font = QFont()
        font.setItalic(True)
        return font

    def _display(self, r: StockRow, col: int) -> str:
        if col == self.LOCATION:
            return r.location_name
        if col == self.KIND:
            return self._kind_names.get(r.location_kind, r.location_kind)
        if col == self.PROGRAMME:
            return self._programme_names.get(r.programme, r.programme)
        if col == self.PRODUCT:
            return r.product_short or r.product
        if col == self.ITEM_NO:
            return r.varenummer
        if col == self.BATCH:
            return r.batch
        if col == self.EXPIRY:
            return fmt.date_text(r.expiry)
        if col == self.USE_BY:
            return fmt.date_text(r.use_by)
        if col == self.DOSES:
            return fmt.integer(r.doses)
        if col == self.PACKS:
            return fmt.number(r.packs, 2)
        if col == self.UNITS:
            return fmt.quantity(r.units, 2)
        return ""

    def _use_by_role(self, r: StockRow, role: int) -> Any:
        state = use_by_state(r.use_by, self._today)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = use_by_tip(r.use_by, days_left(r.use_by, self._today), state == "expired")
            if r.thawed_on is not None:
                text += "\n" + self.tr("Thawed %1").replace("%1", fmt.date_text(r.thawed_on))
            return text
        if state == "ok":
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return EXPIRED_FG if state == "expired" else SOON_FG
        if role == Qt.ItemDataRole.BackgroundRole:
            return EXPIRED_BG if state == "expired" else SOON_BG
        if role == Qt.ItemDataRole.FontRole:
            return bold_font()
        return None
