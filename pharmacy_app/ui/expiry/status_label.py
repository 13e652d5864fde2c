"""The status bar's expiry counts: expired, soon-expiring and at-risk doses in the
region, and the sites that will run out before their next round (only when there are
any), coloured when there are any; a click opens the Expiry page."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from pharmacy_app.services.expiry import ExpiryCounts
from pharmacy_app.ui import fmt
from pharmacy_app.ui.expiry.texts import ExpiryTexts
from pharmacy_app.ui.stock.marks import EXPIRED_FG, SOON_FG


class ExpiryStatusLabel(QLabel):
    """``Expired: 120 doses · ≤30 days: 1,340 doses · at risk: 410``; a click opens the page."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("expirySummary")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Expired and soon-expiring stock in the region. Click to open the Expiry and stock-outs page."))
        self.summary = ""  # the same text without colours
        self.counts: ExpiryCounts | None = None

    def show_counts(self, c: ExpiryCounts) -> None:
        self.counts = c
        parts = [
            (
                self.tr("Expired: %1 doses").replace("%1", fmt.integer(c.expired_doses)),
                EXPIRED_FG.name() if c.expired_doses else None,
            ),
            (
                # The same words as the first tiles: "≤ 30 days" is 0 to 30 days, not expired.
                self.tr("%1: %2 doses")
                .replace("%1", ExpiryTexts().within(c.soon_days))
                .replace("%2", fmt.integer(c.soon_doses)),
                SOON_FG.name() if c.soon_doses else None,
            ),
            (
                self.tr("at risk: %1").replace("%1", fmt.integer(c.at_risk_doses)),
                SOON_FG.name() if c.at_risk_doses else None,
            ),
        ]
        if c.running_out:
            parts.append(
                (
                    self.tr("%Ln site(s) running out", None, c.running_out),
                    EXPIRED_FG.name(),
                )
            )
        self.summary = " · ".join(text for text, _colour in parts)
        self.setToolTip(
            self.tr(
                "Expired and soon-expiring stock in the region: %1 is stock not yet expired whose use-by "
                "is 0 to %2 days from today. Click to open the Expiry and stock-outs page."
            )
            .replace("%1", ExpiryTexts().within(c.soon_days))
            .replace("%2", str(c.soon_days))
        )
        self.setText(
            " · ".join(
                f'<span style="color:{colour}; font-weight:600">{html.escape(text)}</span>'
                if colour
                else html.escape(text)
                for text, colour in parts
            )
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)
