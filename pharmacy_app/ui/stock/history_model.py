"""One lot's history as a Qt item model: every movement, oldest first, with who, why
and which movement corrects which.

A lot moved every day for years has tens of thousands of movements: the model holds
the first :data:`HISTORY_PAGE` and fetches the next ones (``canFetchMore``/``fetchMore``,
keyset paging in SQL, on a worker thread through its runner) as the view scrolls.
What must hold: rows only grow between resets; a page for a lot no longer shown is
dropped; ``fetchMore`` never re-enters and never has two pages on their way."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtGui import QColor, QFont

from pharmacy_app.services import queries, reference
from pharmacy_app.services.app import App
from pharmacy_app.services.queries import HistoryKey, HistoryPage, HistoryRow, LotInfo
from pharmacy_app.ui import fmt, labels
from pharmacy_app.ui.common.table_models import RIGHT, Column, Index, RowsModel, styled_font
from pharmacy_app.ui.stock.marks import MUTED_FG

LINK_FG = QColor("#1a5fb4")  # a link in a cell: the correction column's "reversed by #N"
HISTORY_PAGE = 200  # movements read at a time: the pane shows a dozen; scrolling brings more

# Runs a read in the background, then hands its result over on the GUI thread.
Runner = Callable[[Callable[[App], Any], Callable[[Any], None]], None]


@dataclass(frozen=True)
class LotHistory:
    info: LotInfo | None
    reasons: dict[str, str]


def load_lot_history(app: App, lot_id: int, language: str) -> LotHistory:
    """Runs on a worker thread."""
    info = queries.lot_history(app, lot_id, limit=HISTORY_PAGE)
    reasons = {
        r.code: (r.name_da if language == "da" else r.name_en)
        for r in reference.list_discard_reasons(app)
    }
    return LotHistory(info, reasons)


class HistoryModel(RowsModel[HistoryRow]):
    """Every movement of one lot, oldest first; a reversed movement greyed and struck
    through, with a link to its reversal (and a reversal's to what it reverses)."""

    # What people look for first comes first; when it was typed in comes last.
    NO, WHEN, WHAT, FROM, TO, DOSES, WHO, REFERENCE, REASON, NOTE, LINK, RECORDED = range(12)

    def __init__(self, parent: QObject | None = None, runner: Runner | None = None):
        super().__init__(parent=parent)
        self._reasons: dict[str, str] = {}
        self._runner = runner
        self._after: HistoryKey | None = None
        self._fetching = False
        self._generation = 0
        muted, struck = self._muted, self._struck
        self.columns = [
            Column(self.tr("No."), text=lambda h: str(h.movement_id), align=RIGHT, foreground=muted, font=struck,
                   header_tip=self.tr("Movement number")),
            Column(self.tr("When"), text=lambda h: fmt.datetime_text(h.occurred_at), foreground=muted, font=struck,
                   header_tip=self.tr("When it happened")),
            Column(self.tr("What"), text=lambda h: labels.movement_kind(h.kind), foreground=muted, font=struck),
            Column(self.tr("From"), text=lambda h: labels.location_name(h.from_code, h.from_name), foreground=muted,
                   font=struck, tip=lambda h: f"{labels.location_name(h.from_code, h.from_name)} ({h.from_code})"),
            Column(self.tr("To"), text=lambda h: labels.location_name(h.to_code, h.to_name), foreground=muted,
                   font=struck, tip=lambda h: f"{labels.location_name(h.to_code, h.to_name)} ({h.to_code})"),
            Column(self.tr("Doses"), text=lambda h: fmt.integer(h.doses), align=RIGHT, foreground=muted, font=struck),
            Column(self.tr("Who"), text=lambda h: h.user, foreground=muted, font=struck),
            Column(self.tr("Reference"), text=lambda h: h.reference, foreground=muted, font=struck),
            Column(self.tr("Reason"), text=self._reason, foreground=muted, font=struck,
                   tip=lambda h: f"{self._reason(h)} ({h.reason_code})" if h.reason_code else None),
            Column(self.tr("Note"), text=lambda h: h.note, foreground=muted, font=struck,
                   tip=lambda h: h.note or None),
            Column(self.tr("Correction"), text=self._link, foreground=self._link_colour,
                   font=lambda h: styled_font(underline=True) if self.link_target(h) is not None else None,
                   tip=self._link_tip),
            Column(self.tr("Recorded"), text=lambda h: fmt.datetime_text(h.recorded_at), foreground=muted,
                   font=struck, header_tip=self.tr("When it was entered")),
        ]

    def set_history(
        self, rows: list[HistoryRow], reasons: dict[str, str] | None = None, after: HistoryKey | None = None
    ) -> None:
        """Show ``rows``; ``after``: the history goes on after them (fetched on demand)."""
        self._generation += 1
        self._after = after
        self._fetching = False
        self._reasons = dict(reasons or {})
        self.set_rows(rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._fetching and self._after is not None and self._runner is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._after is None or self._runner is None:
            return
        self._fetching = True
        generation, after = self._generation, self._after

        def done(page: HistoryPage) -> None:
            if generation != self._generation:
                return  # another lot (or a reload) since
            try:
                self._after = page.after
                if page.rows:
                    first = self.rowCount()
                    self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
                    self._rows.extend(page.rows)
                    self.endInsertRows()
            finally:
                self._fetching = False

        self._runner(lambda app: queries.lot_history_page(app, after, HISTORY_PAGE), done)

    def fetch_failed(self) -> None:
        self._fetching = False

    def clear(self) -> None:
        self.set_history([])

    def row_id(self, row: HistoryRow) -> object:
        return row.movement_id

    def has_more(self) -> bool:
        """Whether the history goes on after the rows loaded so far."""
        return self._after is not None

    @staticmethod
    def link_target(h: HistoryRow) -> int | None:
        """The movement a row's correction link goes to: its reversal, or what it reverses."""
        return h.reversed_by if h.reversed_by is not None else h.reverses_id

    @staticmethod
    def _muted(h: HistoryRow) -> QColor | None:
        return MUTED_FG if h.reversed_by is not None else None

    @staticmethod
    def _struck(h: HistoryRow) -> QFont | None:
        return styled_font(strike_out=True) if h.reversed_by is not None else None

    @staticmethod
    def _link_colour(h: HistoryRow) -> QColor | None:
        return LINK_FG if HistoryModel.link_target(h) is not None else None

    def _link_tip(self, h: HistoryRow) -> str | None:
        target = self.link_target(h)
        if target is None:
            return None
        return self.tr("Click, or press Enter, to go to movement #%1").replace("%1", str(target))

    def _reason(self, h: HistoryRow) -> str:
        return self._reasons.get(h.reason_code, h.reason_code) if h.reason_code else ""

    def _link(self, h: HistoryRow) -> str:
        if h.reverses_id is not None:
            return self.tr("reverses #%1").replace("%1", str(h.reverses_id))
        if h.reversed_by is not None:
            return self.tr("reversed by #%1").replace("%1", str(h.reversed_by))
        return ""
