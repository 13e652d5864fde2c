"""The Planning page's three tabs: the forecast with its backtest error, the projected
stock of a place and product (table and chart), and the order to SSI with its reasons
and the expected deliveries.

Every read runs through the operations helper (the window never waits for the
database); an answer to an older question is dropped.  Each tab reloads when stock,
rounds, expected deliveries or settings change.
"""

from __future__ import annotations

from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.domain.changes import Change
from pharmacy_app.reports.projection_chart import ChartData, projection_figure
from pharmacy_app.services import expected_deliveries, forecast, projection, ssi_order
from pharmacy_app.services.app import App
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.role_gate import gate
from pharmacy_app.ui.common.status_strip import StatusStrip
from pharmacy_app.ui.common.widgets import (
    RefreshingTab,
    TableView,
    bold,
    hint_label,
    open_held,
    push_button,
)
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.planning.expected_dialogs import AddExpectedDialog, CancelExpectedDialog
from pharmacy_app.ui.planning.models import (
    DeliveryModel,
    ForecastModel,
    OrderModel,
    ProjectionModel,
)

CHANGES = (
    Change.STOCK
    | Change.DISTRIBUTION
    | Change.EXPECTED_DELIVERIES
    | Change.SETTINGS
    | Change.RECEIVING
)


class ForecastTab(RefreshingTab):
    RELEVANT_CHANGES = CHANGES

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.setObjectName("forecastTab")
        self.ops = ops
        self.model = ForecastModel(self)
        self.table = TableView()
        self.table.setObjectName("forecastTable")
        self.table.setModel(self.model)
        self.method = hint_label(
            self.tr(
                "Doses each site is expected to give per week: the same weeks of earlier seasons "
                "scaled to this season's uptake so far; without an earlier season the average of "
                "the last four weeks."
            )
        )
        self.backtest = bold(QLabel(self.tr("Backtest of the last season: calculating…")))
        self.backtest.setObjectName("backtestLabel")
        self.backtest.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.method)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.backtest)

    def refresh(self) -> None:
        generation = self._next_generation()
        self.ops.query(
            lambda app: forecast.forecast(app, 8),
            lambda result: self._show(generation, result),
            parent=self,
        )
        self.ops.query(
            forecast.backtest, lambda rows: self._show_backtest(generation, rows), parent=self
        )

    def _show(self, generation: int, result: forecast.Forecast) -> None:
        if self._is_current(generation):
            self.model.set_forecast(result)
            self.table.resizeColumnsToContents()

    def _show_backtest(self, generation: int, rows: list[forecast.BacktestRow]) -> None:
        if not self._is_current(generation):
            return
        parts = [
            self.tr("%1: MAPE %2")
            .replace("%1", r.programme)
            .replace("%2", f"{fmt.number(r.mape, 1)} %" if r.mape is not None else "–")
            for r in rows
        ]
        season = rows[0].season if rows else ""
        self.backtest.setText(
            self.tr("Backtest of season %1 (each week forecast from what was known before it): %2")
            .replace("%1", season)
            .replace("%2", "; ".join(parts) or "–")
        )


class ProjectionTab(RefreshingTab):
    RELEVANT_CHANGES = CHANGES

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.setObjectName("projectionTab")
        self.ops = ops
        self.lines: list[projection.ProjectionLine] = []
        self.place = QComboBox()
        self.place.setObjectName("placeChooser")
        self.product = QComboBox()
        self.product.setObjectName("productChooser")
        self.model = ProjectionModel(self)
        self.table = TableView()
        self.table.setObjectName("projectionTable")
        self.table.setModel(self.model)
        self.stock_out = bold(QLabel(""))
        self.stock_out.setObjectName("stockOutLabel")
        self.canvas = FigureCanvasQTAgg(projection_figure(_empty_chart(), fmt.language()))
        self.canvas.setMinimumHeight(260)
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Place:")))
        choose.addWidget(self.place, 1)
        choose.addWidget(QLabel(self.tr("Product:")))
        choose.addWidget(self.product, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table)
        top_layout.addWidget(self.stock_out)
        split.addWidget(top)
        split.addWidget(self.canvas)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(split, 1)
        self.place.currentIndexChanged.connect(lambda _i: self._load_place())
        self.product.currentIndexChanged.connect(lambda _i: self._show_product())

    def refresh(self) -> None:
        generation = self._next_generation()
        self.ops.query(
            self._places, lambda places: self._set_places(generation, places), parent=self
        )

    @staticmethod
    def _places(app: App) -> list[tuple[str, str]]:
        lines = projection.projection(app, weeks=1)
        seen: dict[str, str] = {}
        for x in lines:
            seen.setdefault(x.place_code, x.place_name)
        return list(seen.items())

    def _set_places(self, generation: int, places: list[tuple[str, str]]) -> None:
        if not self._is_current(generation):
            return
        current = self.place.currentData()
        self.place.blockSignals(True)
        self.place.clear()
        for code, name in places:
            label = self.tr("The region") if code == projection.REGION else f"{code} – {name}"
            self.place.addItem(label, code)
        index = max(0, self.place.findData(current))
        self.place.setCurrentIndex(index)
        self.place.blockSignals(False)
        self._load_place()

    def _load_place(self) -> None:
        code = self.place.currentData()
        if code is None:
            return
        generation = self._next_generation()
        self.ops.query(
            lambda app: projection.projection(app, site=code, weeks=8),
            lambda lines: self._set_lines(generation, lines),
            parent=self,
        )

    def _set_lines(self, generation: int, lines: list[projection.ProjectionLine]) -> None:
        if not self._is_current(generation):
            return
        self.lines = lines
        current = self.product.currentData()
        self.product.blockSignals(True)
        self.product.clear()
        for x in lines:
            self.product.addItem(f"{x.product} ({x.varenummer})", x.varenummer)
        self.product.setCurrentIndex(max(0, self.product.findData(current)))
        self.product.blockSignals(False)
        self._show_product()

    def chosen(self) -> projection.ProjectionLine | None:
        v = self.product.currentData()
        return next((x for x in self.lines if x.varenummer == v), None)

    def _show_product(self) -> None:
        line = self.chosen()
        self.model.set_rows(list(line.projection.weeks) if line else [])
        so = line.projection.stock_out if line else None
        self.stock_out.setText(
            self.tr("Runs out on %1.").replace("%1", fmt.date_text(so))
            if so
            else self.tr("Does not run out in these weeks.")
        )
        if line is not None:
            data = projection.chart_data(line, fmt.language())
            projection_figure(data, fmt.language(), self.canvas.figure)
            self.canvas.draw_idle()
        self.table.resizeColumnsToContents()


def _delivery_key(x: expected_deliveries.DeliveryLine) -> object:
    return (x.expected_id, x.note, x.received_on)


def _cancellable(line: expected_deliveries.DeliveryLine) -> bool:
    """An expectation nothing has come for yet (a matched one is history)."""
    return line.expected_id is not None and line.received_doses is None


def _empty_chart() -> ChartData:
    return ChartData("", [], 0, [], [], [], [], None, "")


class OrderTab(RefreshingTab):
    RELEVANT_CHANGES = CHANGES

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.setObjectName("orderTab")
        self.ops = ops
        self.proposal: ssi_order.OrderProposal | None = None
        self.summary = bold(QLabel(""))
        self.summary.setObjectName("orderSummary")
        self.summary.setWordWrap(True)
        self.order_model = OrderModel(self)
        self.order_table = TableView()
        self.order_table.setObjectName("orderTable")
        self.order_table.setModel(self.order_model)
        self.order_table.setWordWrap(True)
        self.delivery_model = DeliveryModel(self)
        self.delivery_table = TableView()
        self.delivery_table.setObjectName("deliveryTable")
        self.delivery_table.setModel(self.delivery_model)
        self.delivery_table.setWordWrap(True)
        self.delivery_table.set_empty_text(
            self.tr(
                "No expected deliveries and nothing received from SSI in the last %1 days. Record "
                "SSI's announced deliveries and the pharmacy's own orders with “Add expected "
                "delivery…”: they are subtracted from the suggested order, and each delivery note "
                "received is listed here against them."
            ).replace("%1", str(expected_deliveries.LOOK_BACK_DAYS))
        )
        self.export_button = QPushButton(self.tr("Export workbook for SSI…"))
        self.export_button.setObjectName("exportOrder")
        self.export_button.clicked.connect(self.export)
        self.add_button = push_button(
            self.tr("&Add expected delivery…"), "addExpected",
            self.tr("A delivery SSI has announced, or an order the pharmacy has placed"),
        )  # fmt: skip
        self.cancel_button = push_button(
            self.tr("&Cancel expected delivery…"), "cancelExpected",
            self.tr("The selected expected delivery will not come"),
        )  # fmt: skip
        self.add_button.clicked.connect(self.add_expected)
        self.cancel_button.clicked.connect(self.cancel_expected)
        self.cancel_button.setEnabled(False)
        gate(ops, expected_deliveries.add_expected, self.add_button)
        gate(ops, expected_deliveries.cancel_expected, self.cancel_button)
        self.strip = StatusStrip("deliveryStrip")
        self.strip.hide()
        self.dialog: AddExpectedDialog | CancelExpectedDialog | None = None
        head = QHBoxLayout()
        head.addWidget(self.summary, 1)
        head.addWidget(self.export_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.order_table)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_head = QHBoxLayout()
        lower_head.addWidget(bold(QLabel(self.tr("Expected deliveries and what came"))), 1)
        lower_head.addWidget(self.add_button)
        lower_head.addWidget(self.cancel_button)
        lower_layout.addLayout(lower_head)
        lower_layout.addWidget(self.strip)
        lower_layout.addWidget(self.delivery_table)
        for table in (self.order_table, self.delivery_table):
            # A sentence is read whole: rows follow the width the window gives the last
            # column (a resize at load time, before the layout, sized them for a narrow one).
            table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        selection = self.delivery_table.selectionModel()
        selection.currentRowChanged.connect(lambda _now, _before: self._follow_selection())
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(split, 1)

    def refresh(self) -> None:
        generation = self._next_generation()
        self.ops.query(ssi_order.order_proposal, lambda p: self._show(generation, p), parent=self)
        self.ops.query(
            expected_deliveries.delivery_lines,
            lambda lines: self._show_deliveries(generation, lines),
            parent=self,
        )

    def _show(self, generation: int, p: ssi_order.OrderProposal) -> None:
        if not self._is_current(generation):
            return
        self.proposal = p
        self.order_model.set_rows(list(p.lines))
        self.order_table.resizeRowsToContents()
        self.summary.setText(
            self.tr(
                "Suggested order: %1 packs of %2 products (delivery interval %3 days, cover target "
                "%4 days: Settings › General)."
            )
            .replace("%1", fmt.integer(p.packs))
            .replace("%2", fmt.integer(sum(1 for x in p.lines if x.packs)))
            .replace("%3", str(p.settings.interval_days))
            .replace("%4", str(p.settings.cover_days))
        )

    def _show_deliveries(
        self, generation: int, lines: list[expected_deliveries.DeliveryLine]
    ) -> None:
        if self._is_current(generation):
            self.delivery_model.set_rows(lines, key=_delivery_key)
            for column in range(self.delivery_model.columnCount() - 1):  # the last one stretches
                self.delivery_table.resizeColumnToContents(column)
            self._follow_selection()

    # ------------------------------------------------------------------ expected deliveries

    def selected_delivery(self) -> expected_deliveries.DeliveryLine | None:
        return self.delivery_model.row_at(self.delivery_table.currentIndex().row())

    def _follow_selection(self) -> None:
        line = self.selected_delivery()
        self.cancel_button.setEnabled(line is not None and _cancellable(line))

    def add_expected(self) -> AddExpectedDialog:
        dialog = AddExpectedDialog(self.ops, self.ops.app.today(), self)
        dialog.added.connect(self._added)
        open_held(self, dialog)
        return dialog

    def cancel_expected(self) -> CancelExpectedDialog | None:
        line = self.selected_delivery()
        if line is None or not _cancellable(line):
            return None
        dialog = CancelExpectedDialog(self.ops, line, self)
        dialog.cancelled_one.connect(self._cancelled)
        open_held(self, dialog)
        return dialog

    def _added(self, view: expected_deliveries.ExpectedView) -> None:
        # The table and the order reload when the change is broadcast (RELEVANT_CHANGES).
        self._done(self.tr("Expected delivery recorded: %1 doses of %2 on %3."), view)

    def _cancelled(self, view: expected_deliveries.ExpectedView) -> None:
        self._done(self.tr("Expected delivery cancelled: %1 doses of %2 on %3."), view)

    def _done(self, text: str, view: expected_deliveries.ExpectedView) -> None:
        self.strip.show()
        self.strip.show_ok(
            text.replace("%1", fmt.integer(view.doses))
            .replace("%2", view.product)
            .replace("%3", fmt.date_text(view.expected_on))
        )

    def export(self, path: Path | None = None) -> None:
        proposal = self.proposal
        if proposal is None:
            return
        if path is None:
            chosen, _f = QFileDialog.getSaveFileName(
                self, self.tr("Export the order"), f"SSI_bestilling_{proposal.today.isoformat()}.xlsx",
                self.tr("Excel workbook (*.xlsx)"),
            )  # fmt: skip
            if not chosen:
                return
            path = Path(chosen)
        target = path
        self.ops.query(
            lambda _app: ssi_order.write_workbook(proposal, target),
            lambda written: self.summary.setText(
                self.tr("Written: %1").replace("%1", str(written))
            ),
            parent=self,
        )
