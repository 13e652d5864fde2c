"""Qt table models for the Reports page: the summary sheet of a workbook just made,
the differences against the version sent, and the archive of sent reports.

Each model holds a short, complete list of plain rows (a month has one summary row per
product, the archive one row per version sent), so there is no incremental fetching.
What must hold: the summary shows the columns of :mod:`pharmacy_app.reports.ssi_layout`
in the file's order, a row whose ``Afstemt`` is not ``OK`` is red, and the window speaks
the UI language (:mod:`.workbook_words`), with the file's word in the tooltip.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from pharmacy_app.domain.ssi_report import OK, Change
from pharmacy_app.reports import ssi_layout
from pharmacy_app.services.ssi_report import ArchivedReport
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.table_models import ROW_ROLE, bold_font
from pharmacy_app.ui.reports.workbook_words import (
    RECONCILED_COLUMN,
    SUMMARY_SHEET,
    short_hash,
    two_lines,
    value_text,
    workbook_word,
)

NOT_RECONCILED_BACKGROUND = QColor("#fbe3e1")
NOT_RECONCILED_TEXT = QColor("#a11d12")
CHANGED_BACKGROUND = QColor("#fff4d6")

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    numeric: bool = False
    tooltip: Callable[[Any], str] | None = None
    header: str | None = None  # the title as shown in the header, if not ``title``
    header_tip: str | None = None  # the header's tooltip, if not ``title``


class RowsModel(QAbstractTableModel):
    """A read-only list of plain rows shown through :class:`Column` definitions."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[Any] = []
        self._columns: list[Column] = self.columns()

    def columns(self) -> list[Column]:
        raise TypeError(f"{type(self).__name__} must define columns()")

    # ------------------------------------------------------------------ data

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def column_titles(self) -> list[str]:
        return [c.title for c in self._columns]

    def text(self, row: int, column: int) -> str:
        return str(self.index(row, column).data() or "")

    # ------------------------------------------------------------------ Qt

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header or column.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.header_tip or column.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        return self.style(row, index.column(), role)

    def style(self, row: Any, column: int, role: int) -> Any:
        return None


# --------------------------------------------------------------------------- summary


class SummaryModel(RowsModel):
    """The ``Opsummering`` sheet as read back from the file: ``{column name: value}`` rows."""

    def columns(self) -> list[Column]:
        sheet = ssi_layout.sheet(SUMMARY_SHEET)
        out = []
        for c in sheet.columns:
            decimals = len(c.number_format.split(".", 1)[1]) if "." in c.number_format else None

            def text(row: Mapping[str, Any], name: str = c.name, decimals: int | None = decimals) -> str:
                value = row.get(name)
                if decimals is not None and isinstance(value, int | float) and not isinstance(value, bool):
                    return fmt.number(float(value), decimals)  # 0.0 reads back from the file as 0
                return value_text(value, decimals)

            numeric = c.type in ("int", "number", "text_or_int")
            tooltip = None if numeric else text
            shown = workbook_word(c.name)
            tip = self.tr("%1 in the workbook").replace("%1", c.name) if shown != c.name else c.name
            out.append(
                Column(c.name, text, numeric=numeric, tooltip=tooltip, header=two_lines(shown), header_tip=tip)
            )
        self._reconciled_column = sheet.headers.index(RECONCILED_COLUMN)
        return out

    @staticmethod
    def reconciled(row: Mapping[str, Any]) -> bool:
        return row.get(RECONCILED_COLUMN) == OK

    def not_reconciled(self) -> int:
        return sum(1 for r in self._rows if not self.reconciled(r))

    def style(self, row: Any, column: int, role: int) -> Any:
        if self.reconciled(row):
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(NOT_RECONCILED_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(NOT_RECONCILED_TEXT)
        if role == Qt.ItemDataRole.FontRole and column == self._reconciled_column:
            return bold_font()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Does not reconcile: the closing stock differs from the movements by %1 doses.").replace(
                "%1", value_text(row.get(RECONCILED_COLUMN))
            )
        return None


# --------------------------------------------------------------------------- changes


class ChangesModel(RowsModel):
    """What differs between the last version sent and the month as it is now."""

    SHEET, ROW, COLUMN, SENT, NOW = range(5)

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Sheet"), lambda c: workbook_word(c.sheet), tooltip=lambda c: c.sheet),
            Column(self.tr("Row"), lambda c: " / ".join(c.key), tooltip=lambda c: " / ".join(c.key)),
            Column(self.tr("Column"), self._column_text),
            Column(self.tr("Sent value"), lambda c: self._value(c, c.old), tooltip=lambda c: value_text(c.old)),
            Column(self.tr("Now"), lambda c: self._value(c, c.new), tooltip=lambda c: value_text(c.new)),
        ]

    def _column_text(self, change: Change) -> str:
        if change.column is not None:
            return workbook_word(change.column)
        return self.tr("(row added)") if change.what == "added" else self.tr("(row removed)")

    def _value(self, change: Change, value: object) -> str:
        if change.column is None and value is None:
            return "—"
        return value_text(value)

    def style(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and column == self.NOW:
            return QBrush(CHANGED_BACKGROUND)
        return None


# --------------------------------------------------------------------------- archive


class ArchiveModel(RowsModel):
    """Every report marked as sent, newest month and version first."""

    PERIOD, VERSION, SENT_AT, SENT_BY, FILE, SHA256, CHECKSUM = range(7)

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Month"), lambda a: a.period),
            Column(self.tr("Version"), lambda a: fmt.integer(a.version), numeric=True),
            Column(self.tr("Sent at"), lambda a: fmt.datetime_text(a.sent_at)),
            Column(self.tr("Sent by"), lambda a: a.sent_by),
            Column(
                self.tr("File"),
                lambda a: a.file_name,
                tooltip=lambda a: self.tr("%1 (%2 bytes)")
                .replace("%1", a.file_name)
                .replace("%2", fmt.integer(a.size)),
            ),
            Column("SHA-256", lambda a: short_hash(a.file_sha256), tooltip=lambda a: a.file_sha256),
            Column(self.tr("Checksum"), lambda a: short_hash(a.checksum), tooltip=lambda a: a.checksum),
        ]

    def find(self, archive_id: int) -> int:
        for i, a in enumerate(self._rows):
            if isinstance(a, ArchivedReport) and a.id == archive_id:
                return i
        return -1
