"""Qt item models for the left of the Distribution page: the rounds (drafts first), and
the open round's site lists with "All sites" on top.

Both show plain data the distribution service returned (``RoundSummary``, ``RoundView``);
neither reads the database.  A round the service just returned updates its row in place.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from pharmacy_app.domain import formats
from pharmacy_app.services.distribution.views import ListView, RoundSummary, RoundView
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.table_models import RIGHT, Column, RowsModel
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


class RoundListModel(RowsModel[RoundSummary]):
    """The rounds on the left: drafts first, then the latest dispatched."""

    NUMBER, DATE, SITES, STATUS = range(4)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent=parent)
        tip = self._tooltip
        draft_bold = self._is_draft
        self.columns = [
            Column(self.tr("Round"), text=lambda r: r.number, tip=tip, bold=draft_bold),
            Column(self.tr("Date"), text=lambda r: fmt.date_text(r.planned_for), tip=tip,
                   header_tip=self.tr("The day the round goes out")),
            Column(self.tr("Sites"), text=lambda r: fmt.integer(r.sites), align=RIGHT, tip=tip),
            Column(self.tr("Status"), text=lambda r: status_text(r.status), tip=tip, bold=draft_bold,
                   foreground=lambda r: STATUS_FG.get(r.status)),
        ]

    def set_rounds(self, rounds: Sequence[RoundSummary]) -> None:
        ordered = sorted(rounds, key=lambda r: (r.status != DRAFT, _neg_date(r.planned_for), -int(r.round_id)))
        self.set_rows(ordered, key=lambda r: (r.round_id, r.status))

    def update_round(self, view: RoundView) -> None:
        """Reflect a round the service just returned (status, sites) without a reload."""
        i = self.row_of(view.round_id)
        if i >= 0:
            self.replace_row(i, updated_summary(self._rows[i], view))

    def row_id(self, row: RoundSummary) -> object:
        return row.round_id

    @staticmethod
    def _is_draft(r: RoundSummary) -> bool:
        return bool(r.status == DRAFT)

    def _tooltip(self, r: RoundSummary) -> str:
        return (
            self.tr("Round %1 for %2").replace("%1", r.number).replace("%2", fmt.date_text(r.planned_for))
            + "\n"
            + mode_help(r.mode)
            + "\n"
            + self.tr("%1 doses to %Ln site(s)", None, int(r.sites)).replace("%1", fmt.integer(r.doses))
            + "\n"
            + self.tr("Planned by %1").replace("%1", r.created_by)
        )


def _neg_date(d: date) -> int:
    return -d.toordinal()


# --------------------------------------------------------------------------- the round's lists


class SiteListsModel(RowsModel[ListView | None]):
    """The round's site lists, with "All sites" on top (its row object is ``None``)."""

    SITE, STATUS, DOSES = range(3)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent=parent)
        self._round: RoundView | None = None
        tip = self._tooltip
        self.columns = [
            Column(self.tr("Site"), text=self._site_text, tip=tip, bold=self._is_all,
                   foreground=lambda lst: self._foreground(lst, SHORT_FG if _is_short(lst) else None)),
            Column(self.tr("List"), text=lambda lst: "" if lst is None else status_text(lst.status), tip=tip,
                   bold=self._is_all, foreground=lambda lst: None if lst is None else STATUS_FG.get(lst.status),
                   header_tip=self.tr("The site's distribution list: draft, dispatched, received or cancelled")),
            Column(self.tr("Doses"), text=self._doses_text, align=RIGHT, tip=tip, bold=self._is_all,
                   foreground=lambda lst: self._foreground(lst, None),
                   header_tip=self.tr("Doses picked for the site")),
        ]

    def set_round(self, view: RoundView | None) -> None:
        self._round = view
        rows: list[ListView | None] = [None] + list(view.lists) if view is not None else []
        self.set_rows(rows, key=lambda r: None if r is None else r.list_id)

    def row_id(self, row: ListView | None) -> object:
        return None if row is None else row.list_id  # None: the "all sites" row

    @staticmethod
    def _is_all(lst: ListView | None) -> bool:
        return lst is None

    def _site_text(self, lst: ListView | None) -> str:
        if lst is None:
            return self.tr("All sites (%1)").replace("%1", str(len(live_lists(self._round))))
        return str(lst.site_name)

    def _doses_text(self, lst: ListView | None) -> str:
        if lst is None:
            return fmt.integer(sum(list_doses(x) for x in live_lists(self._round)))
        return fmt.integer(list_doses(lst))

    @staticmethod
    def _foreground(lst: ListView | None, otherwise: QColor | None) -> QColor | None:
        if lst is None:
            return None
        return MUTED_FG if lst.status == CANCELLED else otherwise

    def _tooltip(self, lst: ListView | None) -> str | None:
        if lst is None:
            return None
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


def _is_short(lst: ListView | None) -> bool:
    return lst is not None and any(int(r.short) > 0 for r in lst.requests)
