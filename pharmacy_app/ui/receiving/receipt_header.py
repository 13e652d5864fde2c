"""The open receipt's title line (delivery note, status, delivered, pharmacy, who started
and posted it) and its totals beside the actions (lines, packs, doses, and how many are
held, have problems or are short-dated).
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QWidget

from pharmacy_app.services.receiving import ReceiptView
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.page_header import PageHeader
from pharmacy_app.ui.receiving.models import status_colour, status_text


class ReceiptHeader(PageHeader):
    """``show_receipt`` writes the title line; ``totals_text`` the line beside the actions."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("receiptHeader", parent)

    def show_receipt(self, view: ReceiptView | None) -> None:
        if view is None:
            self.show_nothing(self.tr("No receipt open"))
            return
        title = self.tr("Delivery note %1").replace("%1", view.note_number)
        delivered_word = self.tr("Delivered")
        pharmacy_word = self.tr("Pharmacy")
        parts = [
            f"{escape(delivered_word)} <b>{escape(fmt.date_text(view.delivered_on))}</b>",
            f"{escape(pharmacy_word)} <b>{escape(view.location_name)}</b> ({escape(view.location_code)})",
            escape(
                self.tr("Started by %1, %2")
                .replace("%1", view.created_by)
                .replace("%2", fmt.datetime_text(view.created_at))
            ),
        ]
        if view.posted_at is not None:
            parts.append(
                escape(
                    self.tr("Posted by %1, %2")
                    .replace("%1", view.posted_by or "")
                    .replace("%2", fmt.datetime_text(view.posted_at))
                )
            )
        self.show_title(title, status_text(view.status), status_colour(view.status).name(), parts)

    def totals_text(self, view: ReceiptView | None) -> str:
        if view is None:
            return ""
        lines = self.tr("%Ln line(s)", None, len(view.lines))
        packs = self.tr("%Ln pack(s)", None, view.packs)
        doses = self.tr("%Ln dose(s)", None, view.doses)
        text = f"{lines} · {packs} · {doses}"
        held = sum(1 for line in view.lines if line.hold)
        if held:
            text += " · " + self.tr("%Ln on hold", None, held)
        problems = sum(1 for line in view.lines if line.problems)
        warnings = sum(1 for line in view.lines if line.warnings and not line.problems)
        if problems:
            text += " · " + self.tr("%Ln with problems", None, problems)
        if warnings:
            text += " · " + self.tr("%Ln short-dated", None, warnings)
        return text
