"""The Expiry page's overview: every lot in the region (pharmacy and every site) by
effective use-by.

Under the filters (programme, product, location; weeks in the chart) one tile per
expiry window sums the doses and lots in it (expired, within 7, 30, 60 days by default;
the windows are a setting, changed with *Windows…*).  Then the table, and a chart of
doses reaching their use-by per week; clicking a bar narrows the table to that week.
Rows, chart and filter choices are loaded together on a worker thread.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.domain import expiry_risk as er
from pharmacy_app.services import expiry, reference
from pharmacy_app.services.app import App
from pharmacy_app.services.expiry import ExpiryRow, ExpiryTimeline
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.column_fit import ColumnFit
from pharmacy_app.ui.common.flow_layout import FlowLayout, group, labelled
from pharmacy_app.ui.common.widgets import (
    RefreshingTab,
    TableView,
    date_column_width,
    load_bytes,
    push_button,
    save_bytes,
    settings,
)
from pharmacy_app.ui.expiry.bucket_tile import BucketTile
from pharmacy_app.ui.expiry.chart import ExpiryChart
from pharmacy_app.ui.expiry.model import EXPIRED_WEEK, ExpiryModel
from pharmacy_app.ui.expiry.windows_dialog import WindowsDialog
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import expiry as expiry_ops
from pharmacy_app.ui.stock.filters import (
    FilterChoices,
    fill_filter_combos,
    fill_product_combo,
    filter_combo,
    load_filter_choices,
    select_data,
)

SPLITTER_KEY = "expiry/splitter_v1"
WEEKS_KEY = "expiry/weeks"

TABLE_WIDTHS = {
    ExpiryModel.LOCATION: 220,
    ExpiryModel.KIND: 120,
    ExpiryModel.PROGRAMME: 100,
    ExpiryModel.PRODUCT: 220,
    ExpiryModel.BATCH: 80,
    ExpiryModel.USE_BY: 90,
    ExpiryModel.DAYS_LEFT: 72,
    ExpiryModel.THAWED: 90,
    ExpiryModel.DOSES: 70,
}


# --------------------------------------------------------------------------- loading


@dataclass(frozen=True)
class OverviewData:
    today: date
    windows: tuple[int, ...]
    rows: list[ExpiryRow]
    timeline: ExpiryTimeline
    choices: FilterChoices
    programme_names: dict[str, str]  # stored (Danish) programme name -> shown name
    kind_names: dict[str, str]  # kind code -> shown name


def load_overview(
    app: App,
    programme: str | None,
    product_id: int | None,
    location_id: int | None,
    weeks: int,
    language: str,
) -> OverviewData:
    """Runs on a worker thread: the rows, the chart and the filter choices in one go."""
    today = app.today()
    windows = expiry.expiry_windows(app)
    rows = expiry.expiry_overview(app, today, programme, product_id, location_id, windows)
    choices = load_filter_choices(app)
    english = language != "da"
    programme_names = {p.name_da: (p.name_en if english else p.name_da) for p in choices.programmes}
    kind_names = {k.code: (k.name_en if english else k.name_da) for k in reference.list_location_kinds(app)}
    return OverviewData(
        today, windows, rows, expiry.timeline_of(rows, today, weeks), choices, programme_names, kind_names
    )


class OverviewTab(RefreshingTab):
    loaded = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self._loading = False
        self._choices = FilterChoices([], [], [])
        self.data: OverviewData | None = None
        self.windows: tuple[int, ...] = er.DEFAULT_WINDOWS
        self.windows_dialog: WindowsDialog | None = None
        filters = self._build_filters()
        self.tiles_row = QHBoxLayout()
        self.tiles_row.setSpacing(8)
        self.tiles: dict[str, BucketTile] = {}
        self._build_table_and_chart()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addLayout(filters)
        layout.addLayout(self.tiles_row)
        layout.addWidget(self.splitter, 1)

        self._build_tiles(self.windows)
        self._fill_combos()
        self._connect_signals()

    def _build_filters(self) -> FlowLayout:
        """Programme, product, location, the chart's weeks and *Windows…*, with the count."""
        self.programme_combo = filter_combo("expiryProgrammeFilter", 120)
        self.product_combo = filter_combo("expiryProductFilter", 210)
        self.location_combo = filter_combo("expiryLocationFilter", 210)
        self.weeks_spin = QSpinBox()
        self.weeks_spin.setObjectName("expiryWeeks")
        self.weeks_spin.setRange(4, 52)
        self.weeks_spin.setValue(_int_setting(WEEKS_KEY, expiry.TIMELINE_WEEKS, 4, 52))
        self.weeks_spin.setToolTip(self.tr("How many weeks ahead the chart shows"))
        self.windows_button = push_button(
            self.tr("Windows…"),
            "expiryWindowsButton",
            self.tr("Change the expiry windows (days left until the use-by date)"),
        )
        self.count_label = QLabel()
        self.count_label.setObjectName("expiryCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        # A flow: on a small window the filters wrap to a second row, never overlap.
        filters = FlowLayout(spacing=14)
        for text, widget in (
            (self.tr("Programme"), self.programme_combo),
            (self.tr("Product"), self.product_combo),
            (self.tr("Location"), self.location_combo),
            (self.tr("Weeks in chart"), self.weeks_spin),
        ):
            filters.addWidget(labelled(text, widget))
        self.count_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        filters.addWidget(group(self.windows_button, self.count_label, spacing=14, stretch=self.count_label))
        return filters

    def _build_table_and_chart(self) -> None:
        """The table (under a bar saying which week it shows, when one is picked) above
        the chart, in a splitter."""
        self.week_label = QLabel()
        self.week_label.setObjectName("expiryWeekLabel")
        self.all_weeks_button = QPushButton(self.tr("Show all weeks"))
        self.all_weeks_button.setObjectName("expiryAllWeeks")
        week_row = QHBoxLayout()
        week_row.addWidget(self.week_label)
        week_row.addWidget(self.all_weeks_button)
        week_row.addStretch(1)
        self.week_bar = QWidget()
        self.week_bar.setLayout(week_row)
        week_row.setContentsMargins(0, 0, 0, 0)
        self.week_bar.hide()

        self.model = ExpiryModel(self)
        self.table = TableView()
        self.table.setObjectName("expiryTable")
        self.table.setModel(self.model)
        self.table.enable_column_menu()
        widths = dict(TABLE_WIDTHS)
        for column in (ExpiryModel.USE_BY, ExpiryModel.THAWED):
            widths[column] = max(widths[column], date_column_width(self.table))
        self.table.set_column_widths(widths)
        # On a small screen names give way first, then kind, programme and the thaw date.
        self.column_fit = ColumnFit(
            self.table,
            {c: self.table.columnWidth(c) for c in widths},
            minimum={ExpiryModel.LOCATION: 120, ExpiryModel.KIND: 90, ExpiryModel.PRODUCT: 150},
            optional=[ExpiryModel.KIND, ExpiryModel.PROGRAMME, ExpiryModel.THAWED],
        )
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(ExpiryModel.USE_BY, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.chart = ExpiryChart()
        self.chart.setObjectName("expiryChart")

        table_pane = QWidget()
        table_layout = QVBoxLayout(table_pane)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.setSpacing(4)
        table_layout.addWidget(self.week_bar)
        table_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(table_pane)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

    def _connect_signals(self) -> None:
        self.programme_combo.currentIndexChanged.connect(self._programme_changed)
        self.product_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.location_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.weeks_spin.valueChanged.connect(self._weeks_changed)
        self.windows_button.clicked.connect(self.edit_windows)
        self.chart.week_clicked.connect(self.show_week)
        self.all_weeks_button.clicked.connect(lambda: self.chart.click_week(None))
        self.model.modelReset.connect(self._update_count)
        self.model.layoutChanged.connect(self._update_count)

    # ------------------------------------------------------------------ public

    @property
    def is_loading(self) -> bool:
        return self._loading

    def refresh(self) -> None:
        self._dirty = False
        self._generation += 1
        generation = self._generation
        programme = self.programme_combo.currentData() or None
        product_id = self.product_combo.currentData()
        location_id = self.location_combo.currentData()
        weeks, language = self.weeks_spin.value(), fmt.language()
        self._loading = True
        if self.model.rowCount() == 0:
            self.count_label.setText(self.tr("Loading…"))

        def work(app: App) -> OverviewData:
            return load_overview(app, programme, product_id, location_id, weeks, language)

        def failed(_exc: BaseException) -> bool:
            if generation == self._generation:
                self._loading = False
            return False

        self._ops.query(work, lambda d: self._arrived(generation, d), failure=failed, parent=self)

    def set_filter(
        self, programme: str | None = None, product_id: int | None = None, location_id: int | None = None
    ) -> None:
        """Choose the filters (as a person would) and reload once."""
        for combo in (self.programme_combo, self.product_combo, self.location_combo):
            combo.blockSignals(True)
        select_data(self.programme_combo, programme)
        self._fill_products()
        select_data(self.product_combo, product_id)
        select_data(self.location_combo, location_id)
        for combo in (self.programme_combo, self.product_combo, self.location_combo):
            combo.blockSignals(False)
        self.refresh()

    def show_week(self, monday: date | None) -> None:
        """Narrow the table to one bar of the chart (``None``: every week)."""
        self.chart.select_week(monday)
        self.model.set_week(monday)
        if monday is None:
            self.week_bar.hide()
            return
        if monday == EXPIRED_WEEK:
            text = self.tr("Showing stock past its use-by date only.")
        else:
            sunday = monday + timedelta(days=6)
            text = (
                self.tr("Showing week %1 only: use-by %2 – %3.")
                .replace("%1", str(monday.isocalendar().week))
                .replace("%2", fmt.date_text(monday))
                .replace("%3", fmt.date_text(sunday))
            )
        self.week_label.setText(text)
        self.week_bar.show()

    def edit_windows(self) -> WindowsDialog:
        dialog = WindowsDialog(self.windows, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda d=dialog: self.save_windows(d.windows))
        dialog.finished.connect(lambda _r: setattr(self, "windows_dialog", None))
        self.windows_dialog = dialog
        dialog.open()
        return dialog

    def save_windows(self, windows: list[int]) -> int:
        return expiry_ops.save_expiry_windows(self, windows).run(self._ops, self.tr("Saving…"))

    def save_state(self) -> None:
        save_bytes(SPLITTER_KEY, self.splitter.saveState())

    def restore_state(self) -> None:
        data = load_bytes(SPLITTER_KEY)
        if data is not None:
            self.splitter.restoreState(data)

    # ------------------------------------------------------------------ internals

    def _arrived(self, generation: int, data: OverviewData) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.data = data
        if data.windows != self.windows or not self.tiles:
            self.windows = data.windows
            self._build_tiles(data.windows)
        self._choices = data.choices
        self._fill_combos()
        week = self.model.week
        if week is not None and week != EXPIRED_WEEK and week not in data.timeline.weeks:
            week = None
        self.model.set_rows(data.rows, data.today, data.programme_names, data.kind_names, data.windows)
        self.chart.set_timeline(data.timeline, data.programme_names)
        self.show_week(week)
        doses: dict[str, int] = defaultdict(int)
        lots: dict[str, set[int]] = defaultdict(set)
        for r in data.rows:
            doses[r.bucket] += r.doses
            lots[r.bucket].add(r.lot_id)
        for bucket, tile in self.tiles.items():
            tile.set_counts(doses[bucket], len(lots[bucket]))
        filtered = bool(
            self.programme_combo.currentData() or self.product_combo.currentData() or self.location_combo.currentData()
        )
        self.table.set_empty_text(
            ""
            if data.rows
            else self.tr("No stock matches the filter.")
            if filtered
            else self.tr("There is no stock in the region.")
        )
        self._update_count()
        self.loaded.emit()

    def _build_tiles(self, windows: tuple[int, ...]) -> None:
        for tile in self.tiles.values():
            self.tiles_row.removeWidget(tile)
            tile.deleteLater()
        self.tiles = {}
        for bucket in er.bucket_names(windows):
            tile = BucketTile(bucket, windows)
            self.tiles[bucket] = tile
            self.tiles_row.addWidget(tile)

    def _update_count(self) -> None:
        if self._loading and self.data is None:
            return
        rows = self.tr("%Ln row(s)", None, self.model.rowCount())
        doses = self.tr("%Ln dose(s)", None, self.model.total_doses())
        self.count_label.setText(f"{rows} · {doses}")

    def _fill_combos(self) -> None:
        fill_filter_combos(
            self.programme_combo,
            self.location_combo,
            self._choices,
            self.tr("All programmes"),
            self.tr("All locations"),
            lambda loc: loc.name,
        )
        self._fill_products()

    def _fill_products(self) -> None:
        fill_product_combo(
            self.product_combo, self._choices, self.programme_combo.currentData(), self.tr("All products")
        )

    def _programme_changed(self, _index: int) -> None:
        self._fill_products()
        self.refresh()

    def _weeks_changed(self, weeks: int) -> None:
        settings().setValue(WEEKS_KEY, weeks)
        self.refresh()


def _int_setting(key: str, default: int, lowest: int, highest: int) -> int:
    try:
        value = int(str(settings().value(key, default)))
    except ValueError:
        return default
    return value if lowest <= value <= highest else default
