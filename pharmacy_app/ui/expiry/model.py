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

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from pharmacy_app.domain import expiry_risk as er
from pharmacy_app.services.expiry import ExpiryRow
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.table_models import ROW_ROLE, Index, TableModel
from pharmacy_app.ui.expiry.texts import bucket_label
from pharmacy_app.ui.stock.marks import (
    EXPIRED_BG,
    EXPIRED_FG,
    HELD_BG,
    HELD_FG,
    RECALLED_BG,
    RECALLED_FG,
    SOON_BG,
    SOON_FG,
    held_tooltip,
    recalled_icon,
    recalled_tooltip,
    use_by_state,
    use_by_tip,
)

EXPIRED_WEEK = date.min  # the chart's "expired" bar, as a week


def in_week(row: ExpiryRow, monday: date) -> bool:
    """Whether the row belongs to the chart's bar for ``monday`` (or the expired bar)."""
    if monday == EXPIRED_WEEK:
        return row.bucket == er.EXPIRED
    return row.bucket != er.EXPIRED and monday <= row.use_by < monday + timedelta(days=7)


class ExpiryModel(TableModel):
    LOCATION, KIND, PROGRAMME, PRODUCT, BATCH, USE_BY, DAYS_LEFT, THAWED, DOSES, WINDOW = range(10)
    COLUMN_COUNT = 10
    NUMERIC = frozenset({DAYS_LEFT, DOSES})

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._all: list[ExpiryRow] = []
        self._rows: list[ExpiryRow] = []
        self._today: date | None = None  # given with the rows: no clock is read here
        self._programme_names: dict[str, str] = {}
        self._kind_names: dict[str, str] = {}
        self._week: date | None = None
        self._windows: tuple[int, ...] = tuple(er.DEFAULT_WINDOWS)
        self._sort_column = self.USE_BY
        self._descending = False
        self._headers = [
            self.tr("Location"),
            self.tr("Location kind"),
            self.tr("Programme"),
            self.tr("Product"),
            self.tr("Batch"),
            self.tr("Use by"),
            self.tr("Days left"),
            self.tr("Thawed"),
            self.tr("Doses"),
            self.tr("Window"),
        ]
        self._tips = {
            self.USE_BY: self.tr("Use by: the expiry date, or earlier once thawed"),
            self.DAYS_LEFT: self.tr("Days until the use-by date; negative once expired"),
            self.THAWED: self.tr("The day the stock was thawed (its shorter shelf life started)"),
            self.WINDOW: self.tr("The expiry window the use-by date falls in"),
        }

    # ------------------------------------------------------------------ state

    def set_rows(
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

    @property
    def rows(self) -> list[ExpiryRow]:
        return list(self._rows)

    def total_doses(self) -> int:
        return sum(r.doses for r in self._rows)

    def programme_name(self, name_da: str) -> str:
        return self._programme_names.get(name_da, name_da)

    def kind_name(self, code: str) -> str:
        return self._kind_names.get(code, code)

    def _select(self) -> None:
        week = self._week
        rows = [r for r in self._all if week is None or in_week(r, week)]
        key = self._sort_key(self._sort_column)
        rows.sort(key=lambda r: (key(r), r.use_by, r.location_code, r.batch), reverse=self._descending)
        self._rows = rows

    def _sort_key(self, column: int) -> Callable[[ExpiryRow], Any]:
        keys: dict[int, Callable[[ExpiryRow], Any]] = {
            self.LOCATION: lambda r: r.location_name.casefold(),
            self.KIND: lambda r: self.kind_name(r.location_kind).casefold(),
            self.PROGRAMME: lambda r: self.programme_name(r.programme).casefold(),
            self.PRODUCT: lambda r: (r.product_short or r.product).casefold(),
            self.BATCH: lambda r: r.batch.casefold(),
            self.USE_BY: lambda r: r.use_by,
            self.DAYS_LEFT: lambda r: r.days_left,
            self.THAWED: lambda r: r.thawed_on or date.min,
            self.DOSES: lambda r: r.doses,
            self.WINDOW: lambda r: r.use_by,
        }
        return keys.get(column, keys[self.USE_BY])

    # ------------------------------------------------------------------ Qt model

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._select()
        self.layoutChanged.emit()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(col)
        state = use_by_state(r.use_by, self._today)
        dated = col in (self.USE_BY, self.DAYS_LEFT, self.WINDOW)
        if r.recalled and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            return RECALLED_FG if role == Qt.ItemDataRole.ForegroundRole else RECALLED_BG
        if r.recalled and role == Qt.ItemDataRole.DecorationRole and col == self.LOCATION:
            return recalled_icon()
        if role == Qt.ItemDataRole.ForegroundRole:
            if dated and state != "ok":
                return EXPIRED_FG if state == "expired" else SOON_FG
            return HELD_FG if r.held else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if dated and state != "ok":
                return EXPIRED_BG if state == "expired" else SOON_BG
            return HELD_BG if r.held else None
        if role == Qt.ItemDataRole.FontRole and (r.held or (dated and state != "ok")):
            font = QFont()
            font.setItalic(r.held)
            font.setBold(dated and state != "ok")
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, col)
        return None

    def _display(self, r: ExpiryRow, col: int) -> str:
        if col == self.LOCATION:
            return r.location_name
        if col == self.KIND:
            return self.kind_name(r.location_kind)
        if col == self.PROGRAMME:
            return self.programme_name(r.programme)
        if col == self.PRODUCT:
            return r.product_short or r.product
        if col == self.BATCH:
            return r.batch
        if col == self.USE_BY:
            return fmt.date_text(r.use_by)
        if col == self.DAYS_LEFT:
            return fmt.integer(r.days_left)
        if col == self.THAWED:
            return fmt.date_text(r.thawed_on)
        if col == self.DOSES:
            return fmt.integer(r.doses)
        if col == self.WINDOW:
            return bucket_label(r.bucket, self._windows)
        return ""

    def _tooltip(self, r: ExpiryRow, col: int) -> str | None:
        tip: str | None = None
        if col == self.LOCATION:
            tip = f"{r.location_name} ({r.location_code})"
        elif col == self.PRODUCT:
            item_no = self.tr("Item no.")
            tip = f"{r.product}\n{item_no} {r.varenummer}"
        elif col in (self.USE_BY, self.DAYS_LEFT):
            tip = use_by_tip(r.use_by, r.days_left, r.bucket == er.EXPIRED)
            if r.thawed_on is not None and r.use_by != r.expiry:
                tip += "\n" + self.tr("Expiry date %1; thawed %2").replace(
                    "%1", fmt.date_text(r.expiry)
                ).replace("%2", fmt.date_text(r.thawed_on))
        if r.held:
            tip = f"{tip}\n{held_tooltip()}" if tip else held_tooltip()
        if r.recalled:
            recalled = recalled_tooltip(r.recall_reason, r.recalled_at)
            tip = f"{recalled}\n{tip}" if tip else recalled
        return tip
