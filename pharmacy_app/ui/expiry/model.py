"""The Expiry page's table: stock on hand in the region by effective use-by.

The rows are :class:`~pharmacy_app.services.expiry.ExpiryRow` as the service returns
them (soonest use-by first).  Sorting is in memory (the region's stock is a few
thousand rows at most); the filters are service arguments, except the week picked in
the chart, which narrows the rows already loaded.

Colours follow the Stock page: expired use-by dates in red, within 30 days in amber,
held (quarantined) stock in amber italics, recalled stock red with a badge and the
recall's reason (:mod:`pharmacy_app.ui.stock.marks`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from pharmacy_app.domain import expiry_risk as er
from pharmacy_app.services.expiry import ExpiryRow
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.table_models import RIGHT, Column, RowsModel, styled_font
from pharmacy_app.ui.expiry.texts import bucket_label
from pharmacy_app.ui.stock.marks import (
    BACKGROUND,
    FOREGROUND,
    held_tooltip,
    recalled_icon,
    recalled_tooltip,
    stock_colour,
    use_by_state,
    use_by_tip,
)

EXPIRED_WEEK = date.min  # the chart's "expired" bar, as a week


def in_week(row: ExpiryRow, monday: date) -> bool:
    """Whether the row belongs to the chart's bar for ``monday`` (or the expired bar)."""
    if monday == EXPIRED_WEEK:
        return row.bucket == er.EXPIRED
    return row.bucket != er.EXPIRED and monday <= row.use_by < monday + timedelta(days=7)


class ExpiryModel(RowsModel[ExpiryRow]):
    LOCATION, KIND, PROGRAMME, PRODUCT, BATCH, USE_BY, DAYS_LEFT, THAWED, DOSES, WINDOW = range(10)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent=parent)
        self._all: list[ExpiryRow] = []
        self._today: date | None = None  # given with the rows: no clock is read here
        self._programme_names: dict[str, str] = {}
        self._kind_names: dict[str, str] = {}
        self._week: date | None = None
        self._windows: tuple[int, ...] = tuple(er.DEFAULT_WINDOWS)
        self._sort_column = self.USE_BY
        self._descending = False

        def column(title: str, key: Callable[[ExpiryRow], object], text: Callable[[ExpiryRow], str],
                   dated: bool = False, tip: Callable[[ExpiryRow], str | None] | None = None,
                   **more: Any) -> Column[ExpiryRow]:
            """A column coloured as the row is (recalled, held) and, when ``dated``, by its use-by."""
            return Column(
                title, key, text,
                foreground=lambda r: stock_colour(FOREGROUND, r.recalled, self._state(r, dated), r.held),
                background=lambda r: stock_colour(BACKGROUND, r.recalled, self._state(r, dated), r.held),
                font=lambda r: self._font(r, dated),
                tip=lambda r: self._tooltip(r, tip(r) if tip is not None else None),
                **more,
            )

        use_by_tip = self._use_by_tip
        self.columns = [
            column(self.tr("Location"), lambda r: r.location_name.casefold(), lambda r: r.location_name,
                   tip=lambda r: f"{r.location_name} ({r.location_code})",
                   decoration=lambda r: recalled_icon() if r.recalled else None),
            column(self.tr("Location kind"), lambda r: self.kind_name(r.location_kind).casefold(),
                   lambda r: self.kind_name(r.location_kind)),
            column(self.tr("Programme"), lambda r: self.programme_name(r.programme).casefold(),
                   lambda r: self.programme_name(r.programme)),
            column(self.tr("Product"), lambda r: (r.product_short or r.product).casefold(),
                   lambda r: r.product_short or r.product,
                   tip=self._product_tip),
            column(self.tr("Batch"), lambda r: r.batch.casefold(), lambda r: r.batch),
            column(self.tr("Use by"), lambda r: r.use_by, lambda r: fmt.date_text(r.use_by), dated=True,
                   tip=use_by_tip, header_tip=self.tr("Use by: the expiry date, or earlier once thawed")),
            column(self.tr("Days left"), lambda r: r.days_left, lambda r: fmt.integer(r.days_left), dated=True,
                   tip=use_by_tip, align=RIGHT,
                   header_tip=self.tr("Days until the use-by date; negative once expired")),
            column(self.tr("Thawed"), lambda r: r.thawed_on or date.min, lambda r: fmt.date_text(r.thawed_on),
                   header_tip=self.tr("The day the stock was thawed (its shorter shelf life started)")),
            column(self.tr("Doses"), lambda r: r.doses, lambda r: fmt.integer(r.doses), align=RIGHT),
            column(self.tr("Window"), lambda r: r.use_by, lambda r: bucket_label(r.bucket, self._windows),
                   dated=True, header_tip=self.tr("The expiry window the use-by date falls in")),
        ]

    # ------------------------------------------------------------------ state

    def set_rows(  # type: ignore[override]  # the rows come with the day and the names they are shown by
        self,
        rows: list[ExpiryRow],
        today: date,
        programme_names: dict[str, str] | None = None,
        kind_names: dict[str, str] | None = None,
        windows: Sequence[int] | None = None,
    ) -> None:
        self.beginResetModel()
        if windows is not None:
            self._windows = tuple(windows)
        self._all = list(rows)
        self._today = today
        self._programme_names = programme_names or {}
        self._kind_names = kind_names or {}
        self._select()
        self.endResetModel()

    def set_week(self, monday: date | None) -> None:
        """Show only the rows of one bar of the chart (``None``: every row)."""
        if monday == self._week:
            return
        self.beginResetModel()
        self._week = monday
        self._select()
        self.endResetModel()

    @property
    def week(self) -> date | None:
        return self._week

    def total_doses(self) -> int:
        return sum(r.doses for r in self._rows)

    def programme_name(self, name_da: str) -> str:
        return self._programme_names.get(name_da, name_da)

    def kind_name(self, code: str) -> str:
        return self._kind_names.get(code, code)

    def _select(self) -> None:
        week = self._week
        rows = [r for r in self._all if week is None or in_week(r, week)]
        key = self.columns[self._sort_column].key or self.columns[self.USE_BY].key
        assert key is not None
        rows.sort(key=lambda r: (key(r), r.use_by, r.location_code, r.batch), reverse=self._descending)
        self._rows = rows

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort_column = column if 0 <= column < len(self.columns) else self.USE_BY
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._select()
        self.layoutChanged.emit()

    # ------------------------------------------------------------------ cells

    def _state(self, r: ExpiryRow, dated: bool) -> str:
        """The use-by state a cell shows: only the dated columns show it."""
        return use_by_state(r.use_by, self._today) if dated else "ok"

    def _font(self, r: ExpiryRow, dated: bool) -> QFont | None:
        marked = self._state(r, dated) != "ok"
        return styled_font(bold=marked, italic=r.held) if r.held or marked else None

    def _product_tip(self, r: ExpiryRow) -> str:
        item_no = self.tr("Item no.")
        return f"{r.product}\n{item_no} {r.varenummer}"

    def _use_by_tip(self, r: ExpiryRow) -> str:
        tip = use_by_tip(r.use_by, r.days_left, r.bucket == er.EXPIRED)
        if r.thawed_on is not None and r.use_by != r.expiry:
            tip += "\n" + self.tr("Expiry date %1; thawed %2").replace(
                "%1", fmt.date_text(r.expiry)
            ).replace("%2", fmt.date_text(r.thawed_on))
        return tip

    @staticmethod
    def _tooltip(r: ExpiryRow, tip: str | None) -> str | None:
        """A cell's own tooltip, with held and recalled stock said."""
        if r.held:
            held = held_tooltip(r.excursion_hold)
            tip = f"{tip}\n{held}" if tip else held
        if r.recalled:
            recalled = recalled_tooltip(r.recall_reason, r.recalled_at)
            tip = f"{recalled}\n{tip}" if tip else recalled
        return tip
