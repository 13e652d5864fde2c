"""The day's expiry summary: a dismissible bar at the top of the window (never a modal
dialog) saying what has expired, what expires soon and what is at risk, with the lots
expiring soonest; *Show* opens the Expiry page.  :mod:`.watch` says when it is due."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from pharmacy_app.services.expiry import ExpiryCounts
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.widgets import push_button, scroll_after
from pharmacy_app.ui.expiry.texts import ExpiryTexts
from pharmacy_app.ui.stock.marks import SOON_BG, SOON_FG


def summary_lines(c: ExpiryCounts) -> tuple[str, list[str]]:
    """The notification's headline and its lines about the lots expiring soonest."""
    words = ExpiryTexts()
    parts: list[str] = []
    if c.expired_doses:
        parts.append(words.expired(c.expired_doses, c.expired_lots))
    if c.soon_doses:
        parts.append(words.soon(c.soon_doses, c.soon_days, c.soon_lots))
    if c.at_risk_doses:
        parts.append(words.at_risk(c.at_risk_doses, c.at_risk_lots))
    lines = [
        words.soon_lot(lot.product, lot.batch, lot.use_by, lot.days_left, lot.doses, lot.locations)
        for lot in c.soonest
    ]
    return "; ".join(parts), lines


class ExpiryBanner(QFrame):
    """A dismissible bar at the top of the window with the day's expiry summary."""

    show_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("expiryBanner")
        self.setStyleSheet(
            f"QFrame#expiryBanner {{ background: {SOON_BG.name()}; border-bottom: 1px solid #e8cf7d; }}"
            f"QFrame#expiryBanner QLabel {{ color: {SOON_FG.name()}; background: transparent; }}"
        )
        self.text_label = QLabel()
        self.text_label.setObjectName("expiryBannerText")
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setWordWrap(True)
        self.show_button = push_button(self.tr("Show"), "expiryBannerShow", self.tr("Open the Expiry and stock-outs page"))
        self.close_button = QToolButton()
        self.close_button.setObjectName("expiryBannerClose")
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Dismiss until tomorrow"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.addWidget(scroll_after(self.text_label, 3), 1)  # a small screen keeps its room
        layout.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.show_button.clicked.connect(self._show_clicked)
        self.close_button.clicked.connect(self.hide)
        self.headline = ""
        self.lines: list[str] = []
        self.hide()

    def show_counts(self, c: ExpiryCounts) -> bool:
        """Show the summary; nothing is shown (``False``) when nothing expires or is at risk."""
        headline, lines = summary_lines(c)
        self.headline, self.lines = headline, lines
        if not headline:
            self.hide()
            return False
        title = self.tr("Expiry today (%1):").replace("%1", fmt.date_text(c.today))
        body = f"<b>{html.escape(title)}</b> {html.escape(headline)}."
        if lines:
            soonest = html.escape(self.tr("Soonest:"))
            body += f"<br>{soonest} " + " · ".join(html.escape(line) for line in lines)
        self.text_label.setText(body)
        self.show()
        return True

    def refresh_counts(self, c: ExpiryCounts) -> None:
        """New counts (after a posting, a discard…): a summary on screen follows them."""
        if self.isVisible():
            self.show_counts(c)

    def _show_clicked(self) -> None:
        self.hide()
        self.show_requested.emit()
