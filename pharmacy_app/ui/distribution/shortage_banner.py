"""The banner over a draft round's tables when the pharmacy's stock cannot cover every
request: per product short, by how much and who gets how much of what they asked for,
and the button that changes how short stock is shared (fairly, or in the list's order).

It shows only on a draft with a shortage; a long list scrolls after a few lines, so the
tables keep their room.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from pharmacy_app.services.distribution.views import RoundView
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.widgets import push_button, scroll_after
from pharmacy_app.ui.distribution.summary import DRAFT, shortage_lines, storage_reasons

SHORTAGE_STYLE = (
    "QFrame#shortageBanner { background: #fff1e0; border: 1px solid #f0b37a; border-radius: 6px; }"
    " QFrame#shortageBanner QLabel { color: #6b3200; }"
)
FAIR_STYLE = (
    "QFrame#shortageBanner { background: #eef4fb; border: 1px solid #9cbde3; border-radius: 6px; }"
    " QFrame#shortageBanner QLabel { color: #143d6b; }"
)
SHOWN = 4  # products, and sites per product, named before "n more"


class ShortageBanner(QFrame):
    """Who is short of what; ``split_button``/``in_order_button`` are the page's to connect."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("shortageBanner")
        self.text = QLabel()
        self.text.setObjectName("shortageText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.split_button = push_button(
            self.tr("Split &fairly"),
            "splitFairly",
            self.tr("Give every site about the same share of what it asked for (Ctrl+Shift+F)"),
        )
        self.in_order_button = push_button(
            self.tr("Serve in &order"),
            "serveInOrder",
            self.tr("Serve the sites in the list's order until the stock runs out"),
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(scroll_after(self.text, SHOWN), 1)
        layout.addWidget(self.split_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.in_order_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_round(self, view: RoundView | None) -> None:
        lines = shortage_lines(view) if view is not None and view.status == DRAFT else []
        if not lines:
            self.hide()
            return
        fair = bool(getattr(view, "fair_split", False))
        parts = []
        for product, short, who in lines[:SHOWN]:
            gets = [
                self.tr("%1 gets %2 of %3").replace("%1", escape(site)).replace("%2", fmt.integer(got)).replace(
                    "%3", fmt.integer(asked)
                )
                for site, got, asked in who[:SHOWN]
            ]
            if len(who) > SHOWN:
                gets.append(self.tr("%Ln more site(s)", None, len(who) - SHOWN))
            head = self.tr("Short by %1 doses of %2:").replace("%1", fmt.integer(short)).replace("%2", escape(product))
            parts.append(f"<b>{head}</b> {', '.join(gets)}")
        if len(lines) > SHOWN:
            parts.append(escape(self.tr("%Ln more product(s) short", None, len(lines) - SHOWN)))
        # Where the site's own storage is the reason (no room, cannot keep it), it is said.
        reasons = storage_reasons(view)
        for site, product, reason in reasons[:SHOWN]:
            parts.append(f"<b>{escape(site)}, {escape(product)}:</b> {escape(reason.text(fmt.language()))}")
        if len(reasons) > SHOWN:
            parts.append(escape(self.tr("%Ln more storage limit(s)", None, len(reasons) - SHOWN)))
        how = (
            self.tr("Split fairly: every site gets about the same share of its request.")
            if fair
            else self.tr(
                "Stock cannot cover every request (or would expire before the site can use it); "
                "the sites first in the list are served first."
            )
        )
        self.text.setText("<br>".join(parts) + f"<br><span>{escape(how)}</span>")
        self.setStyleSheet(FAIR_STYLE if fair else SHORTAGE_STYLE)
        self.split_button.setVisible(not fair)
        self.in_order_button.setVisible(fair)
        self.show()
