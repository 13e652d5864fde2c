"""The open round's title line (number, status, day, how dispatch posts, who planned and
dispatched it, its note) and its totals under the tables.

What must hold: the totals count what is sent, so a cancelled list counts for nothing
(:func:`pharmacy_app.ui.distribution.summary.round_totals`).
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QWidget

from pharmacy_app.services.distribution.views import RoundView
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.page_header import PageHeader
from pharmacy_app.ui.distribution.summary import DRAFT, RECEIVED, round_totals
from pharmacy_app.ui.distribution.texts import (
    STATUS_FG,
    count_text,
    mode_help,
    mode_text,
    status_text,
)


class RoundHeader(PageHeader):
    """``show_round`` writes the title line; ``totals_text`` the line beside the actions."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("roundHeader", parent)

    def show_round(self, view: RoundView | None) -> None:
        if view is None:
            self.show_nothing(self.tr("No round open"))
            return
        colour = STATUS_FG.get(view.status, STATUS_FG[RECEIVED]).name()
        title = self.tr("Round %1").replace("%1", view.number)
        parts = [
            escape(self.tr("For %1").replace("%1", fmt.date_text(view.planned_for))),
            f"<b>{escape(mode_text(view.mode))}</b>: {escape(mode_help(view.mode).split(':', 1)[-1].strip())}",
            escape(
                self.tr("Planned by %1, %2")
                .replace("%1", view.created_by)
                .replace("%2", fmt.datetime_text(view.created_at))
            ),
        ]
        if view.dispatched_at is not None:
            parts.append(
                escape(
                    self.tr("Dispatched by %1, %2")
                    .replace("%1", view.dispatched_by or "")
                    .replace("%2", fmt.datetime_text(view.dispatched_at))
                )
            )
        self.show_title(title, status_text(view.status), colour, parts, view.note or "")

    def totals_text(self, view: RoundView | None) -> str:
        """Sites, doses of those requested, units; once dispatched, how many confirmed."""
        if view is None:
            return ""
        t = round_totals(view)
        text = (
            self.tr("%Ln site(s)", None, t.sites)
            + " · "
            + self.tr("%1 of %2 doses requested").replace("%1", fmt.integer(t.doses)).replace("%2", fmt.integer(t.requested))
            + " · "
            + count_text(self.tr("%Ln unit(s)", None, t.units), t.units)
        )
        if view.status != DRAFT and t.sites:
            text += " · " + self.tr("%1 of %2 received").replace("%1", str(t.received)).replace("%2", str(t.sites))
        return text
