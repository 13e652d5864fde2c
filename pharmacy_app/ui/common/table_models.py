"""Read-only table models the pages share.

:class:`TableModel`: the plumbing of a model whose subclass fills ``_rows``,
``_headers`` and ``_tips`` and answers ``data`` itself (headers, numeric columns
right-aligned, a row by number, rows replaced in place when they come back the same).

:class:`RowsModel`: rows shown as they are through :class:`Column` definitions (title,
sort key, text, alignment, tooltip, colour, bold), sorted in memory, column 0
optionally checkable.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

Index = QModelIndex | QPersistentModelIndex
# A row's object, for the pages (``index.data(ROW_ROLE)``).
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT_INT = int(RIGHT)
LEFT_INT = int(LEFT)


def bold_font() -> QFont:
    """The font of a cell that stands out (totals, problems)."""
    font = QFont()
    font.setBold(True)
    return font


class TableModel(QAbstractTableModel):
    """Shared plumbing: headers, alignment, a row by number."""

    COLUMN_COUNT = 0
    NUMERIC: frozenset[int] = frozenset()

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[Any] = []
        self._headers: list[str] = []
        self._tips: dict[int, str] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips.get(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(section)
        return None

    def alignment(self, column: int) -> int:
        return RIGHT_INT if column in self.NUMERIC else LEFT_INT

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_id(self, row: Any) -> object:
        """What a row is found by in :meth:`row_of`: its ``id`` unless a model says otherwise."""
        return getattr(row, "id", None)

    def row_of(self, ident: object) -> int:
        """The number of the row whose :meth:`row_id` is ``ident``; -1 when none is."""
        for i, row in enumerate(self._rows):
            if self.row_id(row) == ident:
                return i
        return -1

    def _set_rows(self, rows: list[Any], key: Any = None) -> None:
        """Replace the rows; when the same rows come back, only repaint them (keeps the
        selection and an open editor's row)."""
        if key is not None and [key(r) for r in rows] == [key(r) for r in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.COLUMN_COUNT - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()


@dataclass(frozen=True)
class Column:
    """One column: its title, the value to sort by, the text to show."""

    title: str
    key: Callable[[Any], Any]
    text: Callable[[Any], str] | None = None
    align: Qt.AlignmentFlag = LEFT
    tip: Callable[[Any], str] | None = None
    foreground: Callable[[Any], QColor | None] | None = None
    bold: Callable[[Any], bool] | None = None


class RowsModel(QAbstractTableModel):
    """Rows shown as they are; sorting in memory; column 0 optionally checkable."""

    checks_changed = Signal()

    def __init__(self, columns: Sequence[Column], checkable: bool = False, parent: Any = None):
        super().__init__(parent)
        self.columns = list(columns)
        self.checkable = checkable
        self._rows: list[Any] = []
        self._checked: list[bool] = []

    # ------------------------------------------------------------------ rows

    def set_rows(self, rows: Sequence[Any], checked: bool = True) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._checked = [checked] * len(self._rows)
        self.endResetModel()
        self.checks_changed.emit()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def checked_rows(self) -> list[Any]:
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
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        col = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.checkable and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col.text is not None:
                return col.text(row)
            value = col.key(row)
            return "" if value is None else str(value)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align)
        if role == Qt.ItemDataRole.CheckStateRole and self.checkable and index.column() == 0:
            return Qt.CheckState.Checked if self._checked[index.row()] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and col.tip is not None:
            return col.tip(row) or None
        if role == Qt.ItemDataRole.ForegroundRole and col.foreground is not None:
            return col.foreground(row)
        if role == Qt.ItemDataRole.FontRole and col.bold is not None and col.bold(row):
            return bold_font()
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not (index.isValid() and self.checkable and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole):
            return False
        on = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self.set_checked(index.row(), bool(on))
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or not self._rows:
            return
        key = self.columns[column].key
        pairs = list(zip(self._rows, self._checked, strict=True))

        def sort_key(pair: tuple[Any, bool]) -> tuple[int, Any]:
            value = key(pair[0])
            return (1, "") if value is None else (0, value)

        pairs.sort(key=sort_key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutAboutToBeChanged.emit()
        self._rows = [p[0] for p in pairs]
        self._checked = [p[1] for p in pairs]
        self.layoutChanged.emit()
