"""One lot's history as a Qt item model: every movement, oldest first, with who, why
and which movement corrects which."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from pharmacy_app.services import queries, reference
from pharmacy_app.services.app import App
from pharmacy_app.services.queries import HistoryRow, LotInfo
from pharmacy_app.ui import fmt, labels
from pharmacy_app.ui.common.table_models import RIGHT, Column, RowsModel, styled_font
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


class HistoryModel(RowsModel[HistoryRow]):
    """Every movement of one lot, oldest first; a reversed movement greyed, its doses struck out."""

    # What people look for first comes first; when it was typed in comes last.
    NO, WHEN, WHAT, FROM, TO, DOSES, WHO, REFERENCE, REASON, NOTE, LINK, RECORDED = range(12)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent=parent)
        self._reasons: dict[str, str] = {}
        muted = self._muted
        self.columns = [
            Column(self.tr("No."), text=lambda h: str(h.movement_id), align=RIGHT, foreground=muted,
                   header_tip=self.tr("Movement number")),
            Column(self.tr("When"), text=lambda h: fmt.datetime_text(h.occurred_at), foreground=muted,
                   header_tip=self.tr("When it happened")),
            Column(self.tr("What"), text=lambda h: labels.movement_kind(h.kind), foreground=muted),
            Column(self.tr("From"), text=lambda h: labels.location_name(h.from_code, h.from_name), foreground=muted,
                   tip=lambda h: f"{labels.location_name(h.from_code, h.from_name)} ({h.from_code})"),
            Column(self.tr("To"), text=lambda h: labels.location_name(h.to_code, h.to_name), foreground=muted,
                   tip=lambda h: f"{labels.location_name(h.to_code, h.to_name)} ({h.to_code})"),
            Column(self.tr("Doses"), text=lambda h: fmt.integer(h.doses), align=RIGHT, foreground=muted,
                   font=lambda h: styled_font(strike_out=True) if h.reversed_by is not None else None),
            Column(self.tr("Who"), text=lambda h: h.user, foreground=muted),
            Column(self.tr("Reference"), text=lambda h: h.reference, foreground=muted),
            Column(self.tr("Reason"), text=self._reason, foreground=muted,
                   tip=lambda h: f"{self._reason(h)} ({h.reason_code})" if h.reason_code else None),
            Column(self.tr("Note"), text=lambda h: h.note, foreground=muted, tip=lambda h: h.note or None),
            Column(self.tr("Correction"), text=self._link, foreground=muted),
            Column(self.tr("Recorded"), text=lambda h: fmt.datetime_text(h.recorded_at), foreground=muted,
                   header_tip=self.tr("When it was entered")),
        ]

    def set_history(self, rows: list[HistoryRow], reasons: dict[str, str] | None = None) -> None:
        self._reasons = dict(reasons or {})
        self.set_rows(rows)

    def clear(self) -> None:
        self.set_history([])

    @staticmethod
    def _muted(h: HistoryRow) -> QColor | None:
        return MUTED_FG if h.reversed_by is not None else None

    def _reason(self, h: HistoryRow) -> str:
        return self._reasons.get(h.reason_code, h.reason_code) if h.reason_code else ""

    def _link(self, h: HistoryRow) -> str:
        if h.reverses_id is not None:
            return self.tr("reverses #%1").replace("%1", str(h.reverses_id))
        if h.reversed_by is not None:
            return self.tr("reversed by #%1").replace("%1", str(h.reversed_by))
        return ""
