"""The one table model the pages share: rows shown through :class:`Column` definitions.

A page's model is a list of :class:`Column` (title, header tooltip, sort key, and per
cell: text, alignment, tooltip, colours, font, icon, check state, editing) given to
:class:`RowsModel`, plus whatever is truly its own (filters, paging, signals).

What must hold:

- rows are shown as they are; the model never reads the database;
- :meth:`RowsModel.set_rows` with a ``key``: when the same rows come back (same keys in
  the same order) they are replaced in place and only repainted, so the selection and an
  open editor stay where they were;
- sorting is in memory by the column's ``key`` (``None`` keys last); a column without a
  key does not sort;
- an optional totals row (:meth:`RowsModel.totals_row`) comes last, shown through the
  same columns, bold unless a column says otherwise, and is not a row of data
  (``row_at`` gives it, ``ROW_ROLE`` does not);
- editing through a column never changes a row: its ``set_value``/``set_check`` is told
  the new value and says whether it took it (the pages ask a service and give the model
  the rows it returns; a model that keeps drafts, as the consumption grid, says so in
  its own ``setData``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

Index = QModelIndex | QPersistentModelIndex
# A row's object, for the pages (``index.data(ROW_ROLE)``).
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT_INT = int(RIGHT)
LEFT_INT = int(LEFT)

# A row's type: a service's row or view dataclass (``RowsModel[StockRow]``).
R = TypeVar("R")
# What a cell shows for a role: handed to Qt as a QVariant, so any value.
Cell = Callable[[R], object]


def bold_font() -> QFont:
    """The font of a cell that stands out (totals, problems)."""
    font = QFont()
    font.setBold(True)
    return font


def styled_font(
    bold: bool = False, italic: bool = False, strike_out: bool = False, underline: bool = False
) -> QFont:
    """A font with the given marks (held stock in italics, reversed movements struck out,
    a link underlined)."""
    font = QFont()
    font.setBold(bold)
    font.setItalic(italic)
    font.setStrikeOut(strike_out)
    font.setUnderline(underline)
    return font


def is_checked(value: Any) -> bool:
    """A check state as ``setData`` may be given it: a ``Qt.CheckState``, its number or a bool."""
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    if isinstance(value, bool):
        return value
    try:
        return int(value) == int(Qt.CheckState.Checked.value)
    except (TypeError, ValueError):
        return bool(value)


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its title, the value to sort by, and how each cell of it looks.

    Every callable is given the row's object.  ``text`` defaults to ``key``'s value.
    ``header`` and ``header_tip`` may be callables when they depend on the model's state.
    """

    title: str
    key: Cell[R] | None = None
    text: Callable[[R], str] | None = None
    align: Qt.AlignmentFlag = LEFT
    tip: Cell[R] | None = None
    foreground: Cell[R] | None = None
    background: Cell[R] | None = None
    bold: Callable[[R], bool] | None = None
    font: Cell[R] | None = None
    decoration: Cell[R] | None = None
    header: str | Callable[[], str | None] | None = None  # the header's text, when not the title
    header_tip: str | Callable[[], str | None] | None = None
    edit: Cell[R] | None = None  # the value an editor starts from
    editable: Callable[[R], bool] | None = None
    # Given the row and the editor's value (a QVariant from ``setData``: any value).
    set_value: Callable[[R, Any], bool] | None = None
    check: Callable[[R], bool] | None = None  # a check box in the cell, ticked or not
    set_check: Callable[[R, bool], bool] | None = None
    roles: Mapping[int, Cell[R]] = field(default_factory=dict)  # any other role, e.g. an editor's step


class RowsModel(QAbstractTableModel, Generic[R]):
    """Rows shown through :class:`Column` definitions; sorting in memory; column 0
    optionally checkable (ticks kept by the model, for choosing rows).

    Generic over the row's type (a Qt model subclass may be: checked with PySide6)."""

    checks_changed = Signal()
    # Whether a header is aligned like its cells when they are left-aligned (else Qt's centre).
    HEADER_ALIGN_LEFT = True

    def __init__(self, columns: Sequence[Column[R]] = (), checkable: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self.columns = list(columns)
        self.checkable = checkable
        self._rows: list[R] = []
        self._checked: list[bool] = []

    # ------------------------------------------------------------------ rows

    def set_rows(self, rows: Sequence[R], checked: bool = True, key: Callable[[R], object] | None = None) -> None:
        """Show ``rows``.  With ``key``, rows that come back the same (same keys, same
        order) are replaced in place and repainted: the selection and ticks stay."""
        rows = list(rows)
        if key is not None and [key(r) for r in rows] == [key(r) for r in self._rows]:
            self._rows = rows
            self.repaint_all()
            return
        self.beginResetModel()
        self._rows = rows
        self._checked = [checked] * len(self._rows)
        self.endResetModel()
        self.checks_changed.emit()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R | None:
        """The row's object; the totals row's at the end when there is one; else ``None``."""
        if 0 <= row < len(self._rows):
            return self._rows[row]
        if self.is_total_row(row):
            return self.totals_row()
        return None

    def row_id(self, row: R) -> object:
        """What a row is found by in :meth:`row_of`: its ``id`` unless a model says otherwise."""
        return getattr(row, "id", None)

    def row_of(self, ident: object) -> int:
        """The number of the row whose :meth:`row_id` is ``ident``; -1 when none is."""
        for i, row in enumerate(self._rows):
            if self.row_id(row) == ident:
                return i
        return -1

    def row_object(self, row: R) -> object:
        """What ``ROW_ROLE`` gives for a row (the row itself unless a model says otherwise)."""
        return row

    def replace_row(self, i: int, row: R) -> None:
        """Put a changed row in place (same position) and repaint it."""
        self._rows[i] = row
        self.repaint_rows(i, i)

    def repaint_rows(self, first: int, last: int) -> None:
        if 0 <= first <= last and self.columns:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    def repaint_all(self) -> None:
        self.repaint_rows(0, self.rowCount() - 1)

    # ------------------------------------------------------------------ totals

    def totals_row(self) -> R | None:
        """The totals row shown under the rows, or ``None`` for none (the default)."""
        return None

    def has_total(self) -> bool:
        """Whether the totals row is shown: by default when the model has one and rows."""
        return type(self).totals_row is not RowsModel.totals_row and bool(self._rows)

    def is_total_row(self, row: int) -> bool:
        return row == len(self._rows) and self.has_total()

    # ------------------------------------------------------------------ ticks

    def checked_rows(self) -> list[R]:
        return [r for r, on in zip(self._rows, self._checked, strict=True) if on]

    def is_checked(self, row: int) -> bool:
        return self._checked[row]

    def set_checked(self, row: int, on: bool) -> None:
        if 0 <= row < len(self._rows) and self._checked[row] != on:
            self._checked[row] = on
            index = self.index(row, 0)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
            self.checks_changed.emit()

    def set_all_checked(self, on: bool) -> None:
        if not self._rows:
            return
        self._checked = [on] * len(self._rows)
        self.dataChanged.emit(
            self.index(0, 0), self.index(len(self._rows) - 1, 0), [Qt.ItemDataRole.CheckStateRole]
        )
        self.checks_changed.emit()

    # ------------------------------------------------------------------ Qt

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._rows) + (1 if self.has_total() else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        col = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            if col.header is None:
                return col.title
            return col.header() if callable(col.header) else col.header
        if role == Qt.ItemDataRole.ToolTipRole:
            return col.header_tip() if callable(col.header_tip) else col.header_tip
        if role == Qt.ItemDataRole.TextAlignmentRole and (self.HEADER_ALIGN_LEFT or col.align != LEFT):
            return int(col.align)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = super().flags(index)  # enabled, selectable, never has children
        if self.checkable and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        row = self._data_row(index)
        col = self.columns[index.column()] if 0 <= index.column() < len(self.columns) else None
        if row is not None and col is not None and col.editable is not None and col.editable(row):
            flags |= Qt.ItemFlag.ItemIsEditable
            if col.check is not None:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def _data_row(self, index: Index) -> R | None:
        return self._rows[index.row()] if 0 <= index.row() < len(self._rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self.columns):
            return None
        total = self.is_total_row(index.row())
        row: R
        if total:
            totals = self.totals_row()
            if totals is None:  # shown only when the model has one (see has_total)
                return None
            row = totals
        elif 0 <= index.row() < len(self._rows):
            row = self._rows[index.row()]  # may be None: a model's "all" row
        else:
            return None
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(col, row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align)
        if role == ROW_ROLE:
            return None if total else self.row_object(row)
        if role == Qt.ItemDataRole.CheckStateRole:
            if self.checkable and index.column() == 0:
                on = not total and self._checked[index.row()]
            elif col.check is not None:
                on = col.check(row)
            else:
                return None
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole:
            if col.font is not None:
                font = col.font(row)
            else:
                font = bold_font() if col.bold is not None and col.bold(row) else None
            return bold_font() if total and font is None else font  # the totals row is bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return (col.tip(row) or None) if col.tip is not None else None
        by_role: dict[int, Cell[R] | None] = {
            Qt.ItemDataRole.ForegroundRole: col.foreground,
            Qt.ItemDataRole.BackgroundRole: col.background,
            Qt.ItemDataRole.DecorationRole: col.decoration,
            Qt.ItemDataRole.EditRole: col.edit,
        }
        cell = by_role[role] if role in by_role else col.roles.get(role)
        return cell(row) if cell is not None else None

    @staticmethod
    def cell_text(col: Column[R], row: R) -> str:
        if col.text is not None:
            return col.text(row)
        value = col.key(row) if col.key is not None else None
        return "" if value is None else str(value)

    def text(self, row: int, column: int) -> str:
        """The text shown in a cell (as the view shows it)."""
        return str(self.index(row, column).data() or "")

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        if self.checkable and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            self.set_checked(index.row(), is_checked(value))
            return True
        row = self._data_row(index)
        col = self.columns[index.column()] if 0 <= index.column() < len(self.columns) else None
        if row is None or col is None or (col.editable is not None and not col.editable(row)):
            return False
        if role == Qt.ItemDataRole.CheckStateRole and col.set_check is not None:
            return col.set_check(row, is_checked(value))
        if role == Qt.ItemDataRole.EditRole and col.set_value is not None:
            return col.set_value(row, value)
        return False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or not self._rows:
            return
        key = self.columns[column].key
        if key is None:
            return
        checked = self._checked if len(self._checked) == len(self._rows) else [True] * len(self._rows)
        pairs = list(zip(self._rows, checked, strict=True))

        def sort_key(pair: tuple[R, bool]) -> tuple[int, object]:
            value = key(pair[0])
            return (1, "") if value is None else (0, value)

        pairs.sort(key=sort_key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutAboutToBeChanged.emit()
        self._rows = [p[0] for p in pairs]
        self._checked = [p[1] for p in pairs]
        self.layoutChanged.emit()
