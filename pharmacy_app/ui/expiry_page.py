"""The Expiry page, the status bar's expiry counts and the daily expiry notification.

The page is a set of tabs:

* **Overview**: every lot in the region (pharmacy and every site) by effective use-by,
  summed per expiry window (expired, within 7, 30, 60 days by default; the windows are a
  setting, changed with *Windows…*), filtered by programme, product and location, and
  a chart of doses reaching their use-by per week.  Clicking a bar narrows the table to
  that week.
* **At risk**, **Discard**, **Recall**: stock that will not be used in time and what to
  do about it (:mod:`risk_tab`, :mod:`discard_tab`, :mod:`recall_tab`).
* **Wastage**: WHO wastage figures for any period (:mod:`wastage_tab`).

:class:`ExpiryWatch` keeps the expired / soon-expiring / at-risk counts for the status
bar (:class:`ExpiryStatusLabel`) and, on start and then once a day while the window is
open, asks for the daily summary (:class:`ExpiryBanner`, a dismissible bar at the top
of the window, never a modal dialog).  The last day the summary was shown is kept in
the workstation's settings, so restarting the same day does not repeat it.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.domain import expiry_risk as er
from pharmacy_app.services import expiry, reference
from pharmacy_app.services.app import App
from pharmacy_app.services.expiry import ExpiryCounts, ExpiryRow, ExpiryTimeline
from pharmacy_app.ui import fmt
from pharmacy_app.ui.column_fit import ColumnFit
from pharmacy_app.ui.discard_tab import DiscardTab
from pharmacy_app.ui.expiry_chart import ExpiryChart
from pharmacy_app.ui.expiry_model import EXPIRED_WEEK, ExpiryModel, ExpiryTexts, bucket_label
from pharmacy_app.ui.flow_layout import FlowLayout, group, labelled
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.recall_tab import RecallTab
from pharmacy_app.ui.risk_tab import RiskTab
from pharmacy_app.ui.stock.filters import (
    FilterChoices,
    fill_filter_combos,
    fill_product_combo,
    load_filter_choices,
    select_data,
)
from pharmacy_app.ui.stock.marks import EXPIRED_BG, EXPIRED_FG, SOON_BG, SOON_FG
from pharmacy_app.ui.wastage_tab import WastageTab
from pharmacy_app.ui.widgets import (
    RefreshingTab,
    TableView,
    date_column_width,
    load_bytes,
    push_button,
    save_bytes,
    scroll_after,
    settings,
)

SPLITTER_KEY = "expiry/splitter_v1"
WEEKS_KEY = "expiry/weeks"
NOTIFIED_KEY = "expiry/notified_on"  # + "/" + the database: each database has its own day
CHECK_INTERVAL_MS = 60_000  # how often the watch looks whether a new day has begun
RELOAD_DELAY_MS = 400  # data changes in a burst give one reload of the counts

OVERVIEW, AT_RISK, DISCARD, RECALL, WASTAGE = range(5)

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

# Tile colours per kind of window: expired red, within 30 days amber, the rest calm.
_TILE_STYLES = {
    "expired": (EXPIRED_FG.name(), EXPIRED_BG.name(), "#e9a8ab"),
    "soon": (SOON_FG.name(), SOON_BG.name(), "#e8cf7d"),
    "watch": ("#3d4f1f", "#f3f7e6", "#c8d6a4"),
    "later": ("#37474f", "#f1f4f6", "#cfd8dc"),
}


def tile_kind(bucket: str) -> str:
    if bucket == er.EXPIRED:
        return "expired"
    if bucket == er.LATER:
        return "later"
    return "soon" if int(bucket.lstrip("≤")) <= expiry.SOON_DAYS else "watch"


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


# --------------------------------------------------------------------------- overview


class BucketTile(QFrame):
    """One expiry window: its doses (large) and lots, coloured by urgency."""

    clicked = Signal(str)

    def __init__(self, bucket: str, windows: tuple[int, ...] = er.DEFAULT_WINDOWS, parent: QWidget | None = None):
        super().__init__(parent)
        self.bucket = bucket
        self.doses = 0
        self.lots = 0
        self.setObjectName("bucketTile")
        fg, bg, border = _TILE_STYLES[tile_kind(bucket)]
        self.setStyleSheet(
            f"QFrame#bucketTile {{ background: {bg}; border: 1px solid {border}; border-radius: 6px; }}"
            f"QFrame#bucketTile QLabel {{ color: {fg}; background: transparent; border: none; }}"
        )
        self.title_label = QLabel(bucket_label(bucket, windows))
        self.setToolTip(ExpiryTexts().bucket_tip(bucket, windows))
        self.doses_label = QLabel()
        font = self.doses_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.doses_label.setFont(font)
        self.lots_label = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.doses_label)
        layout.addWidget(self.lots_label)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.set_counts(0, 0)

    def set_counts(self, doses: int, lots: int) -> None:
        self.doses, self.lots = doses, lots
        self.doses_label.setText(self.tr("%Ln dose(s)", None, doses))
        self.lots_label.setText(self.tr("%Ln lot(s)", None, lots))


class WindowsDialog(QDialog):
    """The expiry windows as a list of days, e.g. ``7, 30, 60``."""

    def __init__(self, windows: tuple[int, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Expiry windows"))
        self.edit = QLineEdit(", ".join(str(w) for w in windows))
        self.edit.setObjectName("windowsEdit")
        self.problem = QLabel()
        self.problem.setStyleSheet(f"color: {EXPIRED_FG.name()};")
        self.problem.setWordWrap(True)
        text = QLabel(
            self.tr(
                "Group stock by how many days are left until its use-by date. Write up to %1 "
                "numbers of days, separated by commas (for example 7, 30, 60)."
            ).replace("%1", str(expiry.MAX_WINDOWS))
        )
        text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())
        self.windows: list[int] = list(windows)

    def parsed(self) -> list[int] | None:
        parts = [p.strip() for p in self.edit.text().replace(";", ",").split(",") if p.strip()]
        try:
            days = [int(p) for p in parts]
        except ValueError:
            return None
        if not 1 <= len(days) <= expiry.MAX_WINDOWS or len(set(days)) != len(days):
            return None
        if not all(1 <= d <= expiry.MAX_WINDOW_DAYS for d in days):
            return None
        return sorted(days)

    def _accept(self) -> None:
        days = self.parsed()
        if days is None:
            self.problem.setText(
                self.tr("Write 1 to %1 different whole numbers of days from 1 to %2.")
                .replace("%1", str(expiry.MAX_WINDOWS))
                .replace("%2", str(expiry.MAX_WINDOW_DAYS))
            )
            return
        self.windows = days
        self.accept()


class OverviewTab(RefreshingTab):
    loaded = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self._loading = False
        self._choices = FilterChoices([], [], [])
        self.data: OverviewData | None = None
        self.windows: tuple[int, ...] = er.DEFAULT_WINDOWS
        self.windows_dialog: WindowsDialog | None = None

        # Filters ---------------------------------------------------------------
        self.programme_combo = QComboBox()
        self.programme_combo.setObjectName("expiryProgrammeFilter")
        self.product_combo = QComboBox()
        self.product_combo.setObjectName("expiryProductFilter")
        self.location_combo = QComboBox()
        self.location_combo.setObjectName("expiryLocationFilter")
        for combo, width in ((self.programme_combo, 120), (self.product_combo, 210), (self.location_combo, 210)):
            combo.setMinimumWidth(width)
            combo.setMaximumWidth(width + 100)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
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

        # Tiles -----------------------------------------------------------------
        self.tiles_row = QHBoxLayout()
        self.tiles_row.setSpacing(8)
        self.tiles: dict[str, BucketTile] = {}

        # Week filter, table and chart ---------------------------------------------
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

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addLayout(filters)
        layout.addLayout(self.tiles_row)
        layout.addWidget(self.splitter, 1)

        self._build_tiles(self.windows)
        self._fill_combos()
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
        def work(app: App) -> tuple[int, ...]:
            return expiry.save_expiry_windows(app, windows)

        return self._ops.write(work, changes={"settings"}, label=self.tr("Saving…"), parent=self)

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
        totals = {b: [0, set()] for b in self.tiles}
        for r in data.rows:
            entry = totals.setdefault(r.bucket, [0, set()])
            entry[0] += r.doses  # type: ignore[operator]
            entry[1].add(r.lot_id)  # type: ignore[union-attr]
        for bucket, tile in self.tiles.items():
            doses, lots = totals[bucket]
            tile.set_counts(int(doses), len(lots))  # type: ignore[arg-type]
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


# --------------------------------------------------------------------------- the page


class ExpiryPage(QTabWidget):
    """Overview, At risk, Discard, Recall and Wastage."""

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
        self.addTab(self.overview, self.tr("Overview"))
        self.addTab(self.risk_tab, self.tr("At risk"))
        self.addTab(self.discard_tab, self.tr("Discard"))
        self.addTab(self.recall_tab, self.tr("Recall"))
        self.addTab(self.wastage_tab, self.tr("Wastage"))

    def start(self) -> None:
        """First load (after the window is shown)."""
        self.refresh()

    def refresh(self) -> None:
        """Reload the tab in view; the others reload when data changes or they are shown."""
        tab: Any = self.currentWidget()
        if tab is not None:
            tab.refresh()

    def show_tab(self, index: int) -> None:
        self.setCurrentIndex(index)

    def save_state(self) -> None:
        self.overview.save_state()

    def restore_state(self) -> None:
        self.overview.restore_state()


# --------------------------------------------------------------------------- status bar


class ExpiryStatusLabel(QLabel):
    """``Expired: 120 doses · ≤30 days: 1,340 doses · at risk: 410``; a click opens the page."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("expirySummary")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Expired and soon-expiring stock in the region. Click to open the Expiry page."))
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
        self.summary = " · ".join(text for text, _colour in parts)
        self.setToolTip(
            self.tr(
                "Expired and soon-expiring stock in the region: %1 is stock not yet expired whose use-by "
                "is 0 to %2 days from today. Click to open the Expiry page."
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


# --------------------------------------------------------------------------- notification


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
        self.show_button = push_button(self.tr("Show"), "expiryBannerShow", self.tr("Open the Expiry page"))
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


def notified_key(app: App) -> str:
    """The setting holding the day the summary was last shown for this database: a
    workstation that opens the demo database and the real one sees each one's summary."""
    return f"{NOTIFIED_KEY}/{app.db.identity()}"


class ExpiryWatch(QObject):
    """Keeps the expiry counts fresh and says when the daily summary is due.

    ``clock`` gives today's (local) date; by default the app's clock.  Every
    ``interval_ms`` it looks whether the day has changed since the summary was last
    shown; if so (and at start) it loads the counts and emits :attr:`notify`.
    """

    counts_changed = Signal(object)  # ExpiryCounts
    notify = Signal(object)  # ExpiryCounts: time for the day's summary

    def __init__(
        self,
        ops: Operations,
        parent: QObject | None = None,
        clock: Callable[[], date] | None = None,
        interval_ms: int = CHECK_INTERVAL_MS,
        reload_delay_ms: int = RELOAD_DELAY_MS,
    ):
        super().__init__(parent)
        self._ops = ops
        self.clock: Callable[[], date] = clock or ops.app.today
        self.counts: ExpiryCounts | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_day)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(reload_delay_ms)
        self._reload_timer.timeout.connect(lambda: self.reload())
        self._generation = 0
        self._checking = False

    def start(self) -> None:
        """Load the counts and, if not yet shown today, the summary; then check daily."""
        self.timer.start()
        self.reload(daily=True)

    def stop(self) -> None:
        self.timer.stop()
        self._reload_timer.stop()

    def last_notified(self) -> str:
        return str(settings().value(notified_key(self._ops.app), "") or "")

    def is_due(self, today: date) -> bool:
        return self.last_notified() != today.isoformat()

    def check_day(self) -> None:
        """The timer's check: a new day since the summary was last shown loads it."""
        if not self._checking and self.is_due(self.clock()):
            self.reload(daily=True)

    def schedule_reload(self) -> None:
        """Data changed: reload the counts shortly (a burst of changes gives one load)."""
        self._reload_timer.start()

    def reload(self, daily: bool = False) -> int:
        self._generation += 1
        generation = self._generation
        today = self.clock()
        self._checking = self._checking or daily

        def work(app: App) -> ExpiryCounts:
            return expiry.expiry_counts(app, today)

        def failed(_exc: BaseException) -> bool:
            self._checking = False
            return False

        return self._ops.query(work, lambda c: self._arrived(generation, c, daily), failure=failed)

    def _arrived(self, generation: int, counts: ExpiryCounts, daily: bool) -> None:
        if daily:
            self._checking = False
        if generation == self._generation:
            self.counts = counts
            self.counts_changed.emit(counts)
        if daily and self.is_due(counts.today):
            settings().setValue(notified_key(self._ops.app), counts.today.isoformat())
            self.notify.emit(counts)

