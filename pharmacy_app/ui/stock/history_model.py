"""One lot's history as a Qt item model: every movement, oldest first, with who, why
and which movement corrects which."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from pharmacy_app.services import queries, reference
from pharmacy_app.services.app import App
from pharmacy_app.services.queries import HistoryRow, LotInfo
from pharmacy_app.ui import fmt, labels
from pharmacy_app.ui.common.table_models import ROW_ROLE, Index, TableModel
from pharmacy_app.ui.stock.marks import MUTED_FG


@dataclass(frozen=True)
class LotHistory:
    info: LotInfo | None
    reasons: dict[str, str]


def load_lot_history(app: App, lot_id: int, language: str) -> LotHistory:
    """Runs on a worker thread."""
    info = queries.lot_history(app, lot_id)
    reasons = {
        r.code: (r.name_da if language == "da" else r.name_en)
        for r in reference.list_discard_reasons(app)
    }
    return LotHistory(info, reasons)


class HistoryModel(TableModel):
    """Every movement of one lot, oldest first."""

    # What people look for first comes first; when it was typed in comes last.
    NO, WHEN, WHAT, FROM, TO, DOSES, WHO, REFERENCE, REASON, NOTE, LINK, RECORDED = range(12)
    COLUMN_COUNT = 12
    NUMERIC = frozenset({NO, DOSES})

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[HistoryRow] = []
        self._reasons: dict[str, str] = {}
        self._headers = [
            self.tr("No."),
            self.tr("When"),
            self.tr("What"),
            self.tr("From"),
            self.tr("To"),
            self.tr("Doses"),
            self.tr("Who"),
            self.tr("Reference"),
            self.tr("Reason"),
            self.tr("Note"),
            self.tr("Correction"),
            self.tr("Recorded"),
        ]

    def set_history(self, rows: list[HistoryRow], reasons: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._reasons = dict(reasons or {})
        self.endResetModel()

    def clear(self) -> None:
        self.set_history([])

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == self.WHEN:
                return self.tr("When it happened")
            if section == self.RECORDED:
                return self.tr("When it was entered")
            if section == self.NO:
                return self.tr("Movement number")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        h = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(h, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(col)
        if role == ROW_ROLE:
            return h
        if role == Qt.ItemDataRole.ForegroundRole and h.reversed_by is not None:
            return MUTED_FG
        if role == Qt.ItemDataRole.FontRole and h.reversed_by is not None and col == self.DOSES:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.FROM:
                return f"{labels.location_name(h.from_code, h.from_name)} ({h.from_code})"
            if col == self.TO:
                return f"{labels.location_name(h.to_code, h.to_name)} ({h.to_code})"
            if col == self.NOTE and h.note:
                return h.note
            if col == self.REASON and h.reason_code:
                return f"{self._reasons.get(h.reason_code, h.reason_code)} ({h.reason_code})"
        return None

    def _display(self, h: HistoryRow, col: int) -> str:
        if col == self.NO:
            return str(h.movement_id)
        if col == self.WHEN:
            return fmt.datetime_text(h.occurred_at)
        if col == self.RECORDED:
            return fmt.datetime_text(h.recorded_at)
        if col == self.WHAT:
            return labels.movement_kind(h.kind)
        if col == self.FROM:
            return labels.location_name(h.from_code, h.from_name)
        if col == self.TO:
            return labels.location_name(h.to_code, h.to_name)
        if col == self.DOSES:
            return fmt.integer(h.doses)
        if col == self.WHO:
            return h.user
        if col == self.REFERENCE:
            return h.reference
        if col == self.REASON:
            return self._reasons.get(h.reason_code, h.reason_code) if h.reason_code else ""
        if col == self.NOTE:
            return h.note
        if col == self.LINK:
            if h.reverses_id is not None:
                return self.tr("reverses #%1").replace("%1", str(h.reverses_id))
            if h.reversed_by is not None:
                return self.tr("reversed by #%1").replace("%1", str(h.reversed_by))
        return ""
