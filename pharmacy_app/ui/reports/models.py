"""Qt table models for the Reports page: the summary sheet of a workbook just made,
the differences against the version sent, and the archive of sent reports.

Each model holds a short, complete list of plain rows (a month has one summary row per
product, the archive one row per version sent), so there is no incremental fetching.
What must hold: the summary shows the columns of :mod:`pharmacy_app.reports.ssi_layout`
in the file's order, a row whose ``Afstemt`` is not ``OK`` is red, and the window speaks
the UI language (:mod:`.workbook_words`), with the file's word in the tooltip.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush, QColor

from pharmacy_app.domain.ssi_report import OK
from pharmacy_app.domain.workbook_diff import Change
from pharmacy_app.reports import ssi_layout
from pharmacy_app.services.ssi_report import ArchivedReport
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.table_models import LEFT, RIGHT, Column, R, RowsModel
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

# A summary sheet's row as read back from the file: its cells by column name.
SummaryRow = Mapping[str, object]


def column(
    title: str,
    text: Callable[[R], str],
    numeric: bool = False,
    tooltip: Callable[[R], str] | None = None,
    **more: Any,  # the rest of Column's fields, as they are
) -> Column[R]:
    """A Reports column: numbers on the right, the title in the header's tooltip."""
    more.setdefault("header_tip", title)
    return Column(title, text=text, align=RIGHT if numeric else LEFT, tip=tooltip, **more)


class ReportRowsModel(RowsModel[R]):
    """A read-only list of plain rows; headers left to Qt's alignment unless numeric."""

    HEADER_ALIGN_LEFT = False

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent=parent)
        self.columns = self._columns()

    def _columns(self) -> list[Column[R]]:
        raise TypeError(f"{type(self).__name__} must define _columns()")

    def column_titles(self) -> list[str]:
        return [c.title for c in self.columns]


# --------------------------------------------------------------------------- summary


class SummaryModel(ReportRowsModel[SummaryRow]):
    """The ``Opsummering`` sheet as read back from the file: ``{column name: value}`` rows."""

    def _columns(self) -> list[Column[SummaryRow]]:
        sheet = ssi_layout.sheet(SUMMARY_SHEET)
        out: list[Column[SummaryRow]] = []
        for c in sheet.columns:
            decimals = len(c.number_format.split(".", 1)[1]) if "." in c.number_format else None

            def text(row: SummaryRow, name: str = c.name, decimals: int | None = decimals) -> str:
                value = row.get(name)
                if decimals is not None and isinstance(value, int | float) and not isinstance(value, bool):
                    return fmt.number(float(value), decimals)  # 0.0 reads back from the file as 0
                return value_text(value, decimals)

            numeric = c.type in ("int", "number", "text_or_int")
            tooltip = None if numeric else text
            shown = workbook_word(c.name)
            tip = self.tr("%1 in the workbook").replace("%1", c.name) if shown != c.name else c.name
            # A row that does not reconcile is red, its Afstemt figure bold.
            bold = (lambda r: not self.reconciled(r)) if c.name == RECONCILED_COLUMN else None
            out.append(
                column(
                    c.name, text, numeric=numeric, tooltip=tooltip, header=two_lines(shown), header_tip=tip,
                    background=self._not_reconciled_background, foreground=self._not_reconciled_text, bold=bold,
                )
            )
        return out

    @staticmethod
    def reconciled(row: SummaryRow) -> bool:
        return row.get(RECONCILED_COLUMN) == OK

    def not_reconciled(self) -> int:
        return sum(1 for r in self._rows if not self.reconciled(r))

    def _not_reconciled_background(self, row: SummaryRow) -> QBrush | None:
        return None if self.reconciled(row) else QBrush(NOT_RECONCILED_BACKGROUND)

    def _not_reconciled_text(self, row: SummaryRow) -> QBrush | None:
        return None if self.reconciled(row) else QBrush(NOT_RECONCILED_TEXT)


# --------------------------------------------------------------------------- changes


class ChangesModel(ReportRowsModel[Change]):
    """What differs between the last version sent and the month as it is now."""

    SHEET, ROW, COLUMN, SENT, NOW = range(5)

    def _columns(self) -> list[Column[Change]]:
        return [
            column(self.tr("Sheet"), lambda c: workbook_word(c.sheet), tooltip=lambda c: c.sheet),
            column(self.tr("Row"), lambda c: " / ".join(c.key), tooltip=lambda c: " / ".join(c.key)),
            column(self.tr("Column"), self._column_text),
            column(self.tr("Sent value"), lambda c: self._value(c, c.old), tooltip=lambda c: value_text(c.old)),
            column(
                self.tr("Now"),
                lambda c: self._value(c, c.new),
                tooltip=lambda c: value_text(c.new),
                background=lambda _c: QBrush(CHANGED_BACKGROUND),
            ),
        ]

    def _column_text(self, change: Change) -> str:
        if change.column is not None:
            return workbook_word(change.column)
        return self.tr("(row added)") if change.what == "added" else self.tr("(row removed)")

    def _value(self, change: Change, value: object) -> str:
        if change.column is None and value is None:
            return "—"
        return value_text(value)



# --------------------------------------------------------------------------- archive


class ArchiveModel(ReportRowsModel[ArchivedReport]):
    """Every report marked as sent, newest month and version first."""

    PERIOD, VERSION, SENT_AT, SENT_BY, FILE, SHA256, CHECKSUM = range(7)

    def _columns(self) -> list[Column[ArchivedReport]]:
        return [
            column(self.tr("Month"), lambda a: a.period),
            column(self.tr("Version"), lambda a: fmt.integer(a.version), numeric=True),
            column(self.tr("Sent at"), lambda a: fmt.datetime_text(a.sent_at)),
            column(self.tr("Sent by"), lambda a: a.sent_by),
            column(
                self.tr("File"),
                lambda a: a.file_name,
                tooltip=lambda a: self.tr("%1 (%2 bytes)")
                .replace("%1", a.file_name)
                .replace("%2", fmt.integer(a.size)),
            ),
            column("SHA-256", lambda a: short_hash(a.file_sha256), tooltip=lambda a: a.file_sha256),
            column(self.tr("Checksum"), lambda a: short_hash(a.checksum), tooltip=lambda a: a.checksum),
        ]

    def find(self, archive_id: int) -> int:
        for i, a in enumerate(self._rows):
            if isinstance(a, ArchivedReport) and a.id == archive_id:
                return i
        return -1
