"""Qt item models for the left of the Distribution page: the rounds (drafts first), and
the open round's site lists with "All sites" on top.

Both show plain data the distribution service returned (``RoundSummary``, ``RoundView``);
neither reads the database.  A round the service just returned updates its row in place.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from pharmacy_app.domain import formats
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.table_models import ROW_ROLE, Index, TableModel, bold_font
from pharmacy_app.ui.distribution.summary import (
    CANCELLED,
    DRAFT,
    is_mobile,
    list_doses,
    live_lists,
    updated_summary,
)
from pharmacy_app.ui.distribution.texts import SHORT_FG, STATUS_FG, mode_help, status_text
from pharmacy_app.ui.stock.marks import MUTED_FG

# --------------------------------------------------------------------------- rounds


class RoundListModel(TableModel):
    """The rounds on the left: drafts first, then the latest dispatched."""

    NUMBER, DATE, SITES, STATUS = range(4)
    COLUMN_COUNT = 4
    NUMERIC = frozenset({SITES})

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._headers = [self.tr("Round"), self.tr("Date"), self.tr("Sites"), self.tr("Status")]
        self._tips = {self.DATE: self.tr("The day the round goes out")}

    def set_rounds(self, rounds: Sequence[Any]) -> None:
        ordered = sorted(rounds, key=lambda r: (r.status != DRAFT, _neg_date(r.planned_for), -int(r.round_id)))
        self._set_rows(list(ordered), key=lambda r: (r.round_id, r.status))

    def update_round(self, view: Any) -> None:
        """Reflect a round the service just returned (status, sites) without a reload."""
        for i, row in enumerate(self._rows):
            if row.round_id == view.round_id:
                self._rows[i] = updated_summary(row, view)
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.COLUMN_COUNT - 1))
                return

    def row_id(self, row: Any) -> object:
        return row.round_id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.row_at(index.row()) if index.isValid() else None
        if r is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NUMBER:
                return r.number
            if col == self.DATE:
                return fmt.date_text(r.planned_for)
            if col == self.SITES:
                return fmt.integer(r.sites)
            if col == self.STATUS:
                return status_text(r.status)
            return None
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(col)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.STATUS:
            return STATUS_FG.get(r.status)
        if role == Qt.ItemDataRole.FontRole and r.status == DRAFT and col in (self.NUMBER, self.STATUS):
            return bold_font()
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("Round %1 for %2").replace("%1", r.number).replace("%2", fmt.date_text(r.planned_for))
                + "\n"
                + mode_help(r.mode)
                + "\n"
                + self.tr("%1 doses to %Ln site(s)", None, int(r.sites)).replace("%1", fmt.integer(r.doses))
                + "\n"
                + self.tr("Planned by %1").replace("%1", r.created_by)
            )
        return None


def _neg_date(d: date) -> int:
    return -d.toordinal()


# --------------------------------------------------------------------------- the round's lists


class SiteListsModel(TableModel):
    """The round's site lists, with "All sites" on top (its row object is ``None``)."""

    SITE, STATUS, DOSES = range(3)
    COLUMN_COUNT = 3
    NUMERIC = frozenset({DOSES})

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._round: Any = None
        self._headers = [self.tr("Site"), self.tr("List"), self.tr("Doses")]
        self._tips = {
            self.STATUS: self.tr("The site's distribution list: draft, dispatched, received or cancelled"),
            self.DOSES: self.tr("Doses picked for the site"),
        }

    def set_round(self, view: Any) -> None:
        self._round = view
        rows: list[Any] = [None] + list(view.lists) if view is not None else []
        self._set_rows(rows, key=lambda r: None if r is None else r.list_id)

    def row_id(self, row: Any) -> object:
        return None if row is None else row.list_id  # None: the "all sites" row

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        lst = self._rows[index.row()]
        col = index.column()
        live = live_lists(self._round)
        if role == Qt.ItemDataRole.DisplayRole:
            if lst is None:
                if col == self.SITE:
                    return self.tr("All sites (%1)").replace("%1", str(len(live)))
                if col == self.DOSES:
                    return fmt.integer(sum(list_doses(x) for x in live))
                return ""
            if col == self.SITE:
                return lst.site_name
            if col == self.STATUS:
                return status_text(lst.status)
            if col == self.DOSES:
                return fmt.integer(list_doses(lst))
            return None
        if role == ROW_ROLE:
            return lst
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(col)
        if role == Qt.ItemDataRole.FontRole and lst is None:
            return bold_font()
        if lst is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.STATUS:
                return STATUS_FG.get(lst.status)
            if lst.status == CANCELLED:
                return MUTED_FG
            if col == self.SITE and any(int(r.short) > 0 for r in lst.requests):
                return SHORT_FG
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [f"{lst.site_name} ({lst.site_code})", self.tr("List %1").replace("%1", lst.list_number)]
            address = formats.address_line(lst.address, lst.city)
            if address:
                parts.append(address)
            short = sum(int(r.short) for r in lst.requests)
            if short:
                parts.append(self.tr("Gets %1 doses less than requested").replace("%1", fmt.integer(short)))
            if is_mobile(lst):
                parts.append(self.tr("%Ln visit(s) planned", None, len(lst.visits)))
            if lst.received_at is not None:
                parts.append(
                    self.tr("Received by %1, %2")
                    .replace("%1", lst.received_by or "")
                    .replace("%2", fmt.datetime_text(lst.received_at))
                )
            return "\n".join(parts)
        return None
