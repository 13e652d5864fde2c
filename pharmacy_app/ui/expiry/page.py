"""The Expiry and stock-outs page: a set of tabs.

* **Overview** (:mod:`.overview_tab`): every lot in the region by effective use-by,
  summed per expiry window, filtered, with a chart of doses reaching their use-by per
  week.
* **At risk**, **Discard**, **Recall**: stock that will not be used in time and what to
  do about it (:mod:`.risk_tab`, :mod:`.discard_tab`, :mod:`.recall_tab`).
* **Wastage**: WHO wastage figures for any period (:mod:`.wastage_tab`).
* **Stock-outs**: sites that will run out before their next round or are below their
  minimum (:mod:`.stock_outs_tab`).

The status bar's counts (:mod:`.status_label`) and the daily summary (:mod:`.banner`,
kept fresh by :mod:`.watch`) belong to the window, not to the page.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from pharmacy_app.ui.common.widgets import RefreshingTab
from pharmacy_app.ui.expiry.discard_tab import DiscardTab
from pharmacy_app.ui.expiry.overview_tab import OverviewTab
from pharmacy_app.ui.expiry.recall_tab import RecallTab
from pharmacy_app.ui.expiry.risk_tab import RiskTab
from pharmacy_app.ui.expiry.stock_outs_tab import StockOutsTab
from pharmacy_app.ui.expiry.wastage_tab import WastageTab
from pharmacy_app.ui.operations import Operations

OVERVIEW, AT_RISK, DISCARD, RECALL, WASTAGE, STOCK_OUTS = range(6)


class ExpiryPage(QTabWidget):
    """Overview, At risk, Discard, Recall, Wastage and Stock-outs."""

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self._ops = ops
        self.setObjectName("expiryPage")
        self.setDocumentMode(True)
        self.overview = OverviewTab(ops)
        self.risk_tab = RiskTab(ops)
        self.discard_tab = DiscardTab(ops)
        self.recall_tab = RecallTab(ops)
        self.wastage_tab = WastageTab(ops)
        self.stock_outs_tab = StockOutsTab(ops)
        self.addTab(self.overview, self.tr("Overview"))
        self.addTab(self.risk_tab, self.tr("At risk"))
        self.addTab(self.discard_tab, self.tr("Discard"))
        self.addTab(self.recall_tab, self.tr("Recall"))
        self.addTab(self.wastage_tab, self.tr("Wastage"))
        self.addTab(self.stock_outs_tab, self.tr("Stock-outs"))

    def start(self) -> None:
        """First load (after the window is shown)."""
        self.refresh()

    def refresh(self) -> None:
        """Reload the tab in view; the others reload when data changes or they are shown."""
        tab = self.currentWidget()
        if isinstance(tab, RefreshingTab):  # every tab is one
            tab.refresh()

    def show_tab(self, index: int) -> None:
        self.setCurrentIndex(index)

    def save_state(self) -> None:
        self.overview.save_state()

    def restore_state(self) -> None:
        self.overview.restore_state()
