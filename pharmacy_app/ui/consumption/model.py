"""The week grid of the Consumption page as a Qt table model.

One row per lot the site holds (or, split by target group, one row per lot and target
group), then a totals row.  Columns: product, batch, use-by, on hand, [target group],
Monday to Sunday, total.

What must hold:

* A day cell that already has recorded doses shows them and cannot be typed in (it is
  corrected with the page's Correct…, :meth:`saved_cell`; a corrected figure is shown
  blue and italic); nor can a
  day outside the back-dating window, in the future, or after the lot's use-by, and no
  day of a recalled lot (marked in red with a badge and the recall's reason, as on the
  Stock page).  Every other day cell is a draft the user may type, paste or clear.
* Drafts are kept per (lot, target group, day), so switching the split on and off never
  loses what was typed; with the split off, new entries have no target group.
* :meth:`entries` turns the drafts into what :func:`consumption.record` takes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from pharmacy_app.services.consumption import ConsumptionEntry, GridData, GridRow
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.table_models import (
    LEFT,
    RIGHT,
    Column,
    Index,
    RowsModel,
    bold_font,
    styled_font,
)
from pharmacy_app.ui.stock.marks import RECALLED_BG, RECALLED_FG, recalled_icon, recalled_tooltip

DraftKey = tuple[int, str | None, date]  # lot id, target group, day

RECORDED_BG = QColor("#e6e6e6")
CORRECTED_BG = QColor("#d6e8fb")  # a saved figure corrected since (reversed and posted again)
CORRECTED_FG = QColor("#1a4f8a")
CLOSED_BG = QColor("#f3f3f3")
DRAFT_BG = QColor("#fff6d5")
TOTAL_BG = QColor("#eef2f7")


def _day_name(day: date) -> str:
    names_da = ("Man", "Tir", "Ons", "Tor", "Fre", "Lør", "Søn")
    names_en = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    names = names_da if fmt.language() == "da" else names_en
    return f"{names[day.weekday()]} {fmt.day_month(day)}"


def _of_lot(text: Callable[[GridRow, str | None], str]) -> Callable[[Row], str]:
    """A lot column's text; blank in the totals row."""
    return lambda p: "" if isinstance(p, str) else text(*p)


def _doses_text(value: int) -> str:
    return fmt.integer(value) if value else ""


# The totals row's object: what the columns show under the lots.
TOTALS = "totals"

Pair = tuple[GridRow, str | None]  # a lot, and its target group when split
# A row of the grid: a lot's pair, or TOTALS (the only row that is a string).
Row = Pair | str


class ConsumptionModel(RowsModel[Row]):
    PRODUCT, BATCH, USE_BY, ON_HAND = range(4)
    HEADER_ALIGN_LEFT = False  # Qt's own header alignment, except for the figures

    drafts_changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent=parent)
        self._grid: GridData | None = None
        self._split = False
        self._drafts: dict[DraftKey, int] = {}
        self.columns = self._columns()

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
        self.columns = self._columns()
        self._rows = []
        if self._grid is None:
            return
        groups: list[str | None] = [*self._grid.target_groups, None]
        for row in self._grid.rows:
            if self._split:
                self._rows.extend((row, g) for g in groups)
            else:
                self._rows.append((row, None))

    # ------------------------------------------------------------------ columns

    def _columns(self) -> list[Column[Row]]:
        lot = self._lot_column
        columns = [
            lot(lambda: self.tr("Product"),
                lambda p: self.tr("Total") if isinstance(p, str) else p[0].product_short or p[0].product,
                tip=lambda row: f"{row.product} ({row.varenummer})"),  # the full name; the cell shows the short one
            lot(lambda: self.tr("Batch"), _of_lot(lambda row, _g: row.batch + (" *" if row.thawed_on else "")),
                batch=True),
            lot(lambda: self.tr("Use by"), _of_lot(lambda row, _g: fmt.date_text(row.use_by))),
            lot(lambda: self.tr("On hand"),
                _of_lot(lambda row, g: fmt.integer(row.on_hand) if not self._split or g is None else ""), align=RIGHT),
        ]
        if self._split:
            columns.append(lot(lambda: self.tr("Target group"), _of_lot(lambda _row, g: g or self.tr("(not stated)"))))
        columns += [self._day_column(i) for i in range(7)]
        columns.append(lot(lambda: self.tr("Total"), lambda p: _doses_text(self._row_sum(p)), align=RIGHT, bold=True))
        return columns

    def _lot_column(
        self,
        header: Callable[[], str],
        text: Callable[[Row], str],
        tip: Callable[[GridRow], str] | None = None,
        batch: bool = False,
        bold: bool = False,
        align: Qt.AlignmentFlag = LEFT,
    ) -> Column[Row]:
        """A column of what a lot is (``text`` is given the row or :data:`TOTALS`): a
        recalled lot red, with a badge on its batch and the recall's reason in the tooltip;
        the totals row shaded."""

        def recalled(p: Row) -> bool:
            return not isinstance(p, str) and p[0].recalled

        return Column(
            header(),
            header=header,
            text=text,
            edit=text,
            align=align,
            background=lambda p: QBrush(TOTAL_BG) if isinstance(p, str) else QBrush(RECALLED_BG) if recalled(p) else None,
            foreground=lambda p: QBrush(RECALLED_FG) if recalled(p) else None,
            font=lambda p: bold_font() if bold or (batch and recalled(p)) else None,
            decoration=lambda p: recalled_icon() if batch and recalled(p) else None,
            tip=lambda p: None if isinstance(p, str) else (
                recalled_tooltip(p[0].recall_reason, p[0].recalled_at) if p[0].recalled else (tip(p[0]) if tip else None)
            ),
        )

    def _day_column(self, i: int) -> Column[Row]:
        """Day ``i`` of the week: recorded doses and drafts, open for entry where allowed."""

        def day() -> date:
            assert self._grid is not None
            return self._grid.days[i]

        return Column(
            "",
            header=lambda: _day_name(self._grid.days[i]) if self._grid is not None else None,
            text=lambda p: _doses_text(self._day_value(p, day())),
            edit=lambda p: _doses_text(self._day_value(p, day())) if isinstance(p, str) else self._draft_text(p, day()),
            align=RIGHT,
            background=lambda p: self._day_background(p, day()),
            font=lambda p: None if isinstance(p, str) or not self._corrected(*p, day()) else styled_font(italic=True),
            foreground=lambda p: self._day_foreground(p, day()),
            tip=lambda p: None if isinstance(p, str) else self._day_tip(p, day()),
            editable=lambda p: not isinstance(p, str) and self._open(p, day()),
        )

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

    def totals_row(self) -> str:
        return TOTALS

    def has_total(self) -> bool:
        return self._grid is not None  # the totals row shows with the grid, even with no lots

    # ------------------------------------------------------------------ cells

    def _recorded(self, row: GridRow, group: str | None, day: date) -> int:
        if self._split:
            return row.recorded_on(day, group, any_group=False)
        return row.recorded_on(day)

    def _corrected(self, row: GridRow, group: str | None, day: date) -> bool:
        if self._split:
            return row.corrected_on(day, group, any_group=False)
        return row.corrected_on(day)

    def saved_cell(self, r: int, column: int) -> tuple[GridRow, str | None, date, int] | None:
        """The saved figure at a cell: (lot, target group, day, doses), None for a cell
        with nothing saved (or not a day of a lot)."""
        day = self.day_of(column)
        if day is None or not 0 <= r < len(self._rows):
            return None
        row, group = self._pair(r)
        recorded = self._recorded(row, group, day)
        return (row, group, day, recorded) if recorded else None

    def _draft(self, row: GridRow, group: str | None, day: date) -> int:
        if self._split:
            return self._drafts.get((row.lot_id, group, day), 0)
        return sum(v for (lot, _g, d), v in self._drafts.items() if lot == row.lot_id and d == day)

    def _draft_text(self, p: Pair, day: date) -> str:
        draft = self._draft(*p, day)
        return str(draft) if draft else ""

    def _open(self, p: Pair, day: date) -> bool:
        """Whether a day cell takes doses: not recorded, within the window and the use-by,
        not recalled, and (split off) not typed per target group."""
        row, group = p
        if self._grid is None or not self._grid.is_open(day) or day > row.use_by or row.recalled:
            return False
        if self._recorded(row, group, day):
            return False
        # With the split off, a day typed per target group is edited in the split view.
        return self._split or not any(
            lot == row.lot_id and d == day and g is not None for (lot, g, d) in self._drafts
        )

    def _day_value(self, p: Row, day: date) -> int:
        if isinstance(p, str):  # TOTALS
            return sum(self._day_value(q, day) for q in self._rows)
        row, group = p
        return self._recorded(row, group, day) + self._draft(row, group, day)

    def _row_sum(self, p: Row) -> int:
        return sum(self._day_value(p, day) for day in self._grid.days) if self._grid is not None else 0

    def _day_background(self, p: Row, day: date) -> QBrush | None:
        if isinstance(p, str):  # TOTALS
            return QBrush(TOTAL_BG)
        row, group = p
        if self._recorded(row, group, day):
            return QBrush(CORRECTED_BG if self._corrected(row, group, day) else RECORDED_BG)
        if not self._open(p, day):
            return QBrush(CLOSED_BG)
        return QBrush(DRAFT_BG) if self._draft(row, group, day) else None

    def _day_foreground(self, p: Row, day: date) -> QBrush | None:
        """Closed and recorded days grey; a corrected figure blue, so it reads as corrected."""
        if isinstance(p, str) or self._open(p, day):
            return None
        if self._recorded(*p, day) and self._corrected(*p, day):
            return QBrush(CORRECTED_FG)
        return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))

    def _day_tip(self, p: Pair, day: date) -> str | None:
        row, group = p
        recorded = self._recorded(row, group, day)
        corrected = self._corrected(row, group, day)
        if recorded and corrected:
            return self.tr("Corrected: %1 doses (the lot's history shows the reversed and the new figure)").replace(
                "%1", fmt.integer(recorded)
            )
        if recorded:
            return self.tr("Already recorded: %1 doses. Correct… (Ctrl+E) changes it").replace(
                "%1", fmt.integer(recorded)
            )
        if corrected:
            return self.tr("Corrected to none given (the lot's history shows the reversal)")
        if row.recalled:
            return recalled_tooltip(row.recall_reason, row.recalled_at)
        if day > row.use_by:
            return self.tr("Past its use-by date")
        if self._grid is not None and not self._grid.is_open(day):
            return self.tr("Outside the days that can be recorded")
        return None

    def is_editable(self, r: int, column: int) -> bool:
        day = self.day_of(column)
        if day is None or not 0 <= r < len(self._rows):
            return False
        return self._open(self._pair(r), day)

    def _pair(self, r: int) -> Pair:
        """Row ``r`` of the lots (only the totals row, never in the rows, is TOTALS)."""
        row = self._rows[r]
        assert not isinstance(row, str)
        return row

    def _cell_value(self, r: int, column: int) -> int:
        day = self.day_of(column)
        if day is None:
            return 0
        return self._day_value(TOTALS if self.is_total_row(r) else self._rows[r], day)

    def row_total(self, r: int) -> int:
        return self._row_sum(TOTALS if self.is_total_row(r) else self._rows[r])

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
        row, group = self._pair(r)
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
