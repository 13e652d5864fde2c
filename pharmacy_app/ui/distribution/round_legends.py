"""What the marks on a distribution round mean, said beside the tables that show them.

The Distribution page colours things: a site name is red when the site gets less than it
asked for, a picked lot is red with a badge when it has been recalled since it was
picked, and the Requested column can be typed in only while the round is a draft.
:class:`RoundLegends` holds the three texts that say so and shows each only when it
applies to the round on screen, so a dispatched round never invites an edit and a red
name is never left unexplained.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget

from pharmacy_app.services.distribution.views import RoundView
from pharmacy_app.ui.common.widgets import HINT_STYLE
from pharmacy_app.ui.distribution.summary import CANCELLED, DRAFT, live_lists
from pharmacy_app.ui.distribution.texts import SHORT_FG
from pharmacy_app.ui.stock.marks import recalled_legend


class RoundLegends(QObject):
    """The requests hint, the short-site legend and the recalled-lot legend of a round."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.requests_hint = QLabel()
        self.requests_hint.setObjectName("requestsHint")
        self.requests_hint.setStyleSheet(HINT_STYLE)
        self.sites_legend = QLabel(
            self.tr("Red site names get less than they asked for; hover over one to see how much.")
        )
        self.sites_legend.setObjectName("shortSitesLegend")
        self.sites_legend.setWordWrap(True)
        self.sites_legend.setStyleSheet(f"color: {SHORT_FG.name()};")
        self.lines_legend: QWidget = recalled_legend(
            self.tr("Red lots with this badge were recalled after they were picked: change the lot before dispatch.")
        )
        self.show_round(None)

    def show_round(self, view: RoundView | None) -> None:
        status = view.status if view is not None else None
        if status is None or status == DRAFT:
            self.requests_hint.setText(self.tr("Type a figure in Requested to change it; whole vials"))
        elif status == CANCELLED:
            self.requests_hint.setText(self.tr("Cancelled: read only"))
        else:
            self.requests_hint.setText(self.tr("Dispatched: read only, the figures the round was sent with"))
        live = live_lists(view)
        self.sites_legend.setVisible(any(int(r.short) > 0 for lst in live for r in lst.requests))
        self.lines_legend.setVisible(any(line.recalled for lst in live for line in lst.lines))
