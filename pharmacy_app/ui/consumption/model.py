"""The week grid of the Consumption page as a Qt table model.

One row per lot the site holds (or, split by target group, one row per lot and target
group), then a totals row.  Columns: product, batch, use-by, on hand, [target group],
Monday to Sunday, total.

What must hold:

* A day cell that already has recorded doses shows them and cannot be edited; so can a
  day outside the back-dating window, in the future, or after the lot's use-by, and no
  day of a recalled lot (marked in red with a badge and the recall's reason, as on the
  Stock page).  Every other day cell is a draft the user may type, paste or clear.
* Drafts are kept per (lot, target group, day), so switching the split on and off never
  loses what was typed; with the split off, new entries have no target group.
* :meth:`entries` turns the drafts into what :func:`consumption.record` takes.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from pharmacy_app.services.consumption import ConsumptionEntry, GridData, GridRow
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.table_models import bold_font
from pharmacy_app.ui.stock.marks import RECALLED_BG, RECALLED_FG, recalled_icon, recalled_tooltip

Index = QModelIndex | QPersistentModelIndex
DraftKey = tuple[int, str | None, date]  # lot id, target group, day

RECORDED_BG = QColor("#e6e6e6")
CLOSED_BG = QColor("#f3f3f3")
DRAFT_BG = QColor("#fff6d5")
TOTAL_BG = QColor("#eef2f7")


def _day_name(day: date) -> str:
    names_da = ("Man", "Tir", "Ons", "Tor", "Fre", "Lør", "Søn")
    names_en = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    names = names_da if fmt.language() == "da" else names_en
    return f"{names[day.weekday()]} {fmt.day_month(day)}"


class ConsumptionModel(QAbstractTableModel):
    PRODUCT, BATCH, USE_BY, ON_HAND = range(4)

    drafts_changed = Signal()

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._grid: GridData | None = None
        self._split = False
        self._rows: list[tuple[GridRow, str | None]] = []
        self._drafts: dict[DraftKey, int] = {}

    # ------------------------------------------------------------------ data in

    def set_grid(self, grid: GridData | None, keep_drafts: bool = False) -> None:
        self.beginResetModel()
        self._grid = grid
        if not keep_drafts:
            self._drafts = {}
        self._rebuild()
        self.endResetModel()
        self.drafts_changed.emit()

    def grid(self) -> GridData | None:
        return self._grid

    def set_split(self, on: bool) -> None:
        if on == self._split:
            return
        self.beginResetModel()
        self._split = on
        self._rebuild()
        self.endResetModel()

    def split(self) -> bool:
        return self._split

    def _rebuild(self) -> None:
        self._rows = []
        if self._grid is None:
            return
        groups: list[str | None] = [*self._grid.target_groups, None]
        for row in self._grid.rows:
            if self._split:
                self._rows.extend((row, g) for g in groups)
            else:
                self._rows.append((row, None))

    # ------------------------------------------------------------------ geometry

    @property
    def group_column(self) -> int:
        return 4 if self._split else -1

    @property
    def first_day_column(self) -> int:
        return 5 if self._split else 4

    @property
    def total_column(self) -> int:
        return self.first_day_column + 7

    def day_of(self, column: int) -> date | None:
        if self._grid is None:
            return None
        i = column - self.first_day_column
        return self._grid.days[i] if 0 <= i < 7 else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._grid is None:
            return 0
        return len(self._rows) + 1  # + totals

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return self.total_column + 1

    def is_total_row(self, row: int) -> bool:
        return row == len(self._rows)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            fixed = {
                self.PRODUCT: self.tr("Product"),
                self.BATCH: self.tr("Batch"),
                self.USE_BY: self.tr("Use by"),
                self.ON_HAND: self.tr("On hand"),
                self.group_column: self.tr("Target group"),
                self.total_column: self.tr("Total"),
            }
            if section in fixed:
                return fixed[section]
            day = self.day_of(section)
            return _day_name(day) if day else None
        if role == Qt.ItemDataRole.TextAlignmentRole and section >= self.ON_HAND and section != self.group_column:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # ------------------------------------------------------------------ cells

    def _recorded(self, row: GridRow, group: str | None, day: date) -> int:
        if self._split:
            return row.recorded_on(day, group, any_group=False)
        return row.recorded_on(day)

    def _draft(self, row: GridRow, group: str | None, day: date) -> int:
        if self._split:
            return self._drafts.get((row.lot_id, group, day), 0)
        return sum(v for (lot, _g, d), v in self._drafts.items() if lot == row.lot_id and d == day)

    def is_editable(self, r: int, column: int) -> bool:
        day = self.day_of(column)
        if day is None or self._grid is None or self.is_total_row(r) or not 0 <= r < len(self._rows):
            return False
        row, group = self._rows[r]
        if not self._grid.is_open(day) or day > row.use_by or row.recalled:
            return False
        if self._recorded(row, group, day):
            return False
        # With the split off, a day typed per target group is edited in the split view.
        return self._split or not any(
            lot == row.lot_id and d == day and g is not None for (lot, g, d) in self._drafts
        )

    def _cell_value(self, r: int, column: int) -> int:
        day = self.day_of(column)
        if day is None:
            return 0
        if self.is_total_row(r):
            return sum(self._cell_value(i, column) for i in range(len(self._rows)))
        row, group = self._rows[r]
        return self._recorded(row, group, day) + self._draft(row, group, day)

    def row_total(self, r: int) -> int:
        return sum(self._cell_value(r, c) for c in range(self.first_day_column, self.total_column))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._grid is None:
            return None
        r, c = index.row(), index.column()
        total = self.is_total_row(r)
        day = self.day_of(c)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if total:
                if c == self.PRODUCT:
                    return self.tr("Total")
                if day is not None or c == self.total_column:
                    value = self.row_total(r) if c == self.total_column else self._cell_value(r, c)
                    return fmt.integer(value) if value else ""
                return ""
            row, group = self._rows[r]
            if c == self.PRODUCT:
                return row.product_short or row.product
            if c == self.BATCH:
                return row.batch + (" *" if row.thawed_on else "")
            if c == self.USE_BY:
                return fmt.date_text(row.use_by)
            if c == self.ON_HAND:
                return fmt.integer(row.on_hand) if not self._split or group is None else ""
            if c == self.group_column:
                return group or self.tr("(not stated)")
            if c == self.total_column:
                value = self.row_total(r)
                return fmt.integer(value) if value else ""
            if day is not None:
                value = self._cell_value(r, c)
                if role == Qt.ItemDataRole.EditRole:
                    draft = self._draft(row, group, day)
                    return str(draft) if draft else ""
                return fmt.integer(value) if value else ""
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if c >= self.ON_HAND and c != self.group_column:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if not total and self._rows[r][0].recalled and day is None:
            recalled = self._recalled_role(self._rows[r][0], c, role)
            if recalled is not None:
                return recalled
        if role == Qt.ItemDataRole.BackgroundRole:
            if total:
                return QBrush(TOTAL_BG)
            if day is not None:
                row, group = self._rows[r]
                if self._recorded(row, group, day):
                    return QBrush(RECORDED_BG)
                if not self.is_editable(r, c):
                    return QBrush(CLOSED_BG)
                if self._draft(row, group, day):
                    return QBrush(DRAFT_BG)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and day is not None and not total:
            row, group = self._rows[r]
            if self._recorded(row, group, day) or not self.is_editable(r, c):
                return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            return None
        if role == Qt.ItemDataRole.FontRole and (total or c == self.total_column):
            return bold_font()
        if role == Qt.ItemDataRole.ToolTipRole and c == self.PRODUCT and r < len(self._rows):
            row, _group = self._rows[r]
            return f"{row.product} ({row.varenummer})"  # the full name; the cell shows the short one
        if role == Qt.ItemDataRole.ToolTipRole and day is not None and not total:
            row, group = self._rows[r]
            if self._recorded(row, group, day):
                return self.tr("Already recorded: %1 doses").replace("%1", fmt.integer(self._recorded(row, group, day)))
            if row.recalled:
                return recalled_tooltip(row.recall_reason, row.recalled_at)
            if day > row.use_by:
                return self.tr("Past its use-by date")
            if not self._grid.is_open(day):
                return self.tr("Outside the days that can be recorded")
        return None

    def _recalled_role(self, row: GridRow, column: int, role: int) -> Any:
        """A recalled lot's product, batch, use-by and stock cells: red, a badge on the batch,
        the recall in the tooltip."""
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(RECALLED_FG)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(RECALLED_BG)
        if role == Qt.ItemDataRole.DecorationRole and column == self.BATCH:
            return recalled_icon()
        if role == Qt.ItemDataRole.FontRole and column == self.BATCH:
            return bold_font()
        if role == Qt.ItemDataRole.ToolTipRole:
            return recalled_tooltip(row.recall_reason, row.recalled_at)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.is_editable(index.row(), index.column()):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    # ------------------------------------------------------------------ editing

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.is_editable(index.row(), index.column()):
            return False
        doses = parse_doses(value)
        if doses is None:
            return False
        self._put(index.row(), index.column(), doses)
        self._changed(index.row(), index.column(), index.row(), index.column())
        return True

    def _put(self, r: int, column: int, doses: int) -> None:
        row, group = self._rows[r]
        day = self.day_of(column)
        assert day is not None
        key = (row.lot_id, group if self._split else None, day)
        if doses:
            self._drafts[key] = doses
        else:
            self._drafts.pop(key, None)

    def _changed(self, r0: int, c0: int, r1: int, c1: int) -> None:
        last_row, last_col = self.rowCount() - 1, self.columnCount() - 1
        self.dataChanged.emit(self.index(r0, c0), self.index(r1, last_col))
        self.dataChanged.emit(self.index(last_row, self.first_day_column), self.index(last_row, last_col))
        self.drafts_changed.emit()

    def clear_cells(self, cells: list[tuple[int, int]]) -> int:
        cleared = 0
        for r, c in cells:
            if self.is_editable(r, c):
                self._put(r, c, 0)
                cleared += 1
        if cells:
            self._changed(min(r for r, _ in cells), 0, max(r for r, _ in cells), 0)
        return cleared

    def paste(self, top: int, left: int, block: list[list[str]]) -> tuple[int, list[str]]:
        """Put a block of text cells from ``(top, left)``; return (cells set, problems).

        Cells that cannot take a number (read-only, outside the grid) are skipped and
        reported; blanks clear a draft."""
        set_count = 0
        problems: list[str] = []
        for i, values in enumerate(block):
            for j, text in enumerate(values):
                r, c = top + i, left + j
                if r >= len(self._rows) or c >= self.total_column:
                    if text.strip():
                        problems.append(self.tr("%1 is outside the grid").replace("%1", repr(text.strip())))
                    continue
                if not self.is_editable(r, c):
                    if text.strip():
                        problems.append(
                            self.tr("%1 cannot go in a cell that is not open for entry").replace(
                                "%1", repr(text.strip())
                            )
                        )
                    continue
                doses = parse_doses(text)
                if doses is None:
                    problems.append(self.tr("%1 is not a whole number of doses").replace("%1", repr(text.strip())))
                    continue
                self._put(r, c, doses)
                set_count += 1
        if block:
            self._changed(top, 0, min(top + len(block), len(self._rows)) - 1 if self._rows else 0, 0)
        return set_count, problems

    # ------------------------------------------------------------------ data out

    def has_drafts(self) -> bool:
        return bool(self._drafts)

    def draft_total(self) -> int:
        return sum(self._drafts.values())

    def entries(self) -> list[ConsumptionEntry]:
        if self._grid is None:
            return []
        position = {row.lot_id: i + 1 for i, row in enumerate(self._grid.rows)}
        return [
            ConsumptionEntry(
                site_code=self._grid.site_code,
                day=day,
                lot_id=lot_id,
                doses=doses,
                target_group=group,
                row=position.get(lot_id),
            )
            for (lot_id, group, day), doses in sorted(
                self._drafts.items(), key=lambda kv: (kv[0][2], position.get(kv[0][0], 0), kv[0][1] or "")
            )
        ]


def parse_doses(value: Any) -> int | None:
    """A typed or pasted cell: blank is 0; digits (Danish thousands points allowed)."""
    if value is None:
        return 0
    if isinstance(value, int) and not isinstance(value, bool):
        return value if value >= 0 else None
    text = str(value).strip().replace("\u00a0", "").replace(" ", "")
    if not text:
        return 0
    if text.replace(".", "").isdigit() and (("." not in text) or all(len(p) == 3 for p in text.split(".")[1:])):
        return int(text.replace(".", ""))
    return None
