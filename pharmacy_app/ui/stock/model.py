"""The Qt item model for stock on hand.

:class:`StockModel` shows ``queries.stock_page`` a page at a time: the first page and
the total (``queries.stock_summary``) are loaded together, in the background when a
runner is given; further pages arrive through ``canFetchMore``/``fetchMore`` as the view
scrolls, each the rows after the last one shown (keyset paging: sorted, filtered and cut
in SQL), also in the background when a runner is given.  Sorting and filtering are new
SQL queries, never a proxy over every row.

What must hold: ``rowCount`` only grows between resets; a result that arrives after a
newer request was made is dropped (generation counter); ``fetchMore`` never re-enters
and never has two pages on their way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QIcon

from pharmacy_app.domain.expiry import days_left
from pharmacy_app.services import queries, reference
from pharmacy_app.services.app import App
from pharmacy_app.services.queries import (
    StockColumn,
    StockFilter,
    StockKey,
    StockRow,
    StockRowsPage,
)
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.table_models import RIGHT, Column, Index, RowsModel, styled_font
from pharmacy_app.ui.stock.marks import (
    BACKGROUND,
    FOREGROUND,
    held_icon,
    held_label,
    held_tooltip,
    is_held,
    recalled_icon,
    recalled_tooltip,
    stock_colour,
    use_by_state,
    use_by_tip,
)

PAGE_SIZE = 500


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
    after: StockKey | None = None  # where the next page starts; None: there is none
    programme_names: dict[str, str] = field(default_factory=dict)
    kind_names: dict[str, str] = field(default_factory=dict)


# Runs a load (the first page, or the next one) in the background, then hands the result
# to the model on the GUI thread.
Runner = Callable[[Callable[[App], Any], Callable[[Any], None]], None]


def load_first_page(app: App, query: StockQuery, limit: int, language: str) -> StockPage:
    """Runs on a worker thread: summary, first page and display names in one go."""
    summary = queries.stock_summary(app, query.flt)
    page = queries.stock_page(app, query.flt, query.sort, query.descending, None, limit)
    # Stock rows carry the Danish names; show the English ones in an English UI.
    programme_names: dict[str, str] = {}
    kind_names: dict[str, str] = {}
    if language != "da":
        programme_names = {p.name_da: p.name_en for p in reference.list_programmes(app)}
        kind_names = {k.name_da: k.name_en for k in reference.list_location_kinds(app)}
    today = app.today()
    return StockPage(query, summary, page.rows, today, page.after, programme_names, kind_names)


class StockModel(RowsModel[StockRow]):
    LOCATION, KIND, PROGRAMME, PRODUCT, ITEM_NO, BATCH, EXPIRY, USE_BY, DOSES, PACKS, UNITS = range(11)

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
        parent: QObject | None = None,
    ):
        super().__init__(parent=parent)
        self._app = app
        self._runner = runner
        self.page_size = page_size
        self._query = StockQuery()
        self._total = 0
        self._summary = queries.StockSummary(0, 0, 0, 0)
        self._today = app.today()
        self._programme_names: dict[str, str] = {}
        self._kind_names: dict[str, str] = {}
        self._after: StockKey | None = None
        self._generation = 0
        self._loading = False
        self._fetching = False

        def column(title: str, text: Callable[[StockRow], str], dated: bool = False, batch: bool = False,
                   tip: Callable[[StockRow], str | None] | None = None, **more: Any) -> Column[StockRow]:
            """A stock cell: recalled stock red over the row (the batch bold), held stock amber
            and italic; ``dated``: coloured by its use-by first."""
            return Column(
                title, text=text,
                foreground=lambda r: stock_colour(FOREGROUND, r.recalled, self._state(r, dated), is_held(r)),
                background=lambda r: stock_colour(BACKGROUND, r.recalled, self._state(r, dated), is_held(r)),
                font=lambda r: self._font(r, dated, batch),
                tip=lambda r: self._tooltip(r, tip),
                **more,
            )

        self.columns = [
            column(self.tr("Location"), _location_text, decoration=_badge,
                   tip=lambda r: f"{r.location_name} ({r.location_code})"),
            column(self.tr("Location kind"), lambda r: self._kind_names.get(r.location_kind, r.location_kind)),
            column(self.tr("Programme"), lambda r: self._programme_names.get(r.programme, r.programme)),
            column(self.tr("Product"), lambda r: r.product_short or r.product, tip=self._product_tip),
            column(self.tr("Item no."), lambda r: r.varenummer, header_tip=self.tr("SSI item number (varenummer)")),
            column(self.tr("Batch"), lambda r: r.batch, batch=True),
            column(self.tr("Expiry"), lambda r: fmt.date_text(r.expiry),
                   header_tip=self.tr("The manufacturer's expiry date")),
            column(self.tr("Use by"), lambda r: fmt.date_text(r.use_by), dated=True, tip=self._use_by_tip,
                   header_tip=self.tr("Use by: the expiry date, or earlier once thawed")),
            column(self.tr("Doses"), lambda r: fmt.integer(r.doses), align=RIGHT),
            column(self.tr("Packs"), lambda r: fmt.number(r.packs, 2), align=RIGHT,
                   header_tip=self.tr("Packs as delivered by SSI")),
            column(self.tr("Units"), lambda r: fmt.quantity(r.units, 2), align=RIGHT,
                   header_tip=self.tr("Vials, syringes or applicators")),
        ]

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
        self._fetching = False
        self._set_loading(False)

    def _apply(self, generation: int, page: StockPage) -> None:
        if generation != self._generation:
            return  # a newer request is on its way
        self.beginResetModel()
        self._rows = list(page.rows)
        self._after = page.after
        self._fetching = False  # a page on its way for the old query is dropped on arrival
        self._summary = page.summary
        self._total = max(page.summary.rows, len(self._rows))
        if page.after is None:
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
        return self._after is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Load the rows after the last one shown (in the background with a runner)."""
        if parent.isValid() or self._fetching or self._loading or self._after is None:
            return
        self._fetching = True
        generation = self._generation
        q, after, limit = self._query, self._after, self.page_size

        def work(app: App) -> StockRowsPage:
            return queries.stock_page(app, q.flt, q.sort, q.descending, after, limit)

        def done(page: StockRowsPage) -> None:
            self._append(generation, page)

        if self._runner is None:
            try:
                done(work(self._app))
            finally:
                self._fetching = False
        else:
            self._runner(work, done)

    def _append(self, generation: int, page: StockRowsPage) -> None:
        if generation != self._generation:
            return  # the query changed while the page was on its way
        try:
            self._after = page.after
            if page.after is None:
                self._total = len(self._rows) + len(page.rows)  # trust the rows (see _apply)
            if page.rows:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
                self._rows.extend(page.rows)
                self.endInsertRows()
        finally:
            self._fetching = False

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    # ------------------------------------------------------------------ Qt model

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._query.sort and descending == self._query.descending:
            return
        self._query = replace(self._query, sort=key, descending=descending)
        self.reload()

    # ------------------------------------------------------------------ cells

    def _state(self, r: StockRow, dated: bool) -> str:
        """The use-by state a cell shows: only the use-by column shows it."""
        return use_by_state(r.use_by, self._today) if dated else "ok"

    def _font(self, r: StockRow, dated: bool, batch: bool) -> QFont | None:
        held = is_held(r)
        if r.recalled:
            return styled_font(bold=batch, italic=held)
        if self._state(r, dated) != "ok":
            return styled_font(bold=True, italic=held)
        return styled_font(italic=True) if held else None

    @staticmethod
    def _tooltip(r: StockRow, own: Callable[[StockRow], str | None] | None) -> str | None:
        """A recalled lot's cells all give the recall's reason; held stock says so everywhere."""
        held = held_tooltip(r.excursion_hold) if is_held(r) else None
        tip = recalled_tooltip(r.recall_reason, r.recalled_at) if r.recalled else (own(r) if own else None)
        return "\n".join(t for t in (tip, held) if t) or None

    def _product_tip(self, r: StockRow) -> str:
        item_no = self.tr("Item no.")
        return f"{r.product}\n{item_no} {r.varenummer}"

    def _use_by_tip(self, r: StockRow) -> str:
        state = use_by_state(r.use_by, self._today)
        text = use_by_tip(r.use_by, days_left(r.use_by, self._today), state == "expired")
        if r.thawed_on is not None:
            text += "\n" + self.tr("Thawed %1").replace("%1", fmt.date_text(r.thawed_on))
        return text


def _location_text(r: StockRow) -> str:
    """The place; stock held after a temperature excursion says so beside it."""
    if r.excursion_hold is None:
        return r.location_name
    return f"{held_label(r.excursion_hold)} · {r.location_name}"


def _badge(r: StockRow) -> QIcon | None:
    """Beside the location: recalled stock's red badge wins over held stock's."""
    if r.recalled:
        return recalled_icon()
    return held_icon() if is_held(r) else None
