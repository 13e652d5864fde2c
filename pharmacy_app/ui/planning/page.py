"""The Planning page ("Planlægning"): looking ahead, one tab per view in ``tabs``:
"Prognose" (the forecast and its backtest error), "Fremskrivning" (a place's projected
stock of a product, table and chart) and "Bestilling" (the suggested order to SSI with
its reasons, the expected deliveries, the export) and "Landsoverblik" (the regions'
monthly workbooks side by side, and where one region's surplus is needed)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.planning.national_tab import NationalTab
from pharmacy_app.ui.planning.tabs import ForecastTab, OrderTab, ProjectionTab


class PlanningPage(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("planningPage")
        self.ops = ops
        self.forecast_tab = ForecastTab(ops)
        self.projection_tab = ProjectionTab(ops)
        self.order_tab = OrderTab(ops)
        self.national_tab = NationalTab(ops)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.forecast_tab, self.tr("Forecast"))
        self.tabs.addTab(self.projection_tab, self.tr("Projection"))
        self.tabs.addTab(self.order_tab, self.tr("Order"))
        self.tabs.addTab(self.national_tab, self.tr("National picture"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addWidget(self.tabs)
