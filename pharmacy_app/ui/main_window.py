"""The main window: a list of work areas on the left, the area on the right.

Stock, Receiving and Settings work now; the other areas say what they will hold.  The status bar
shows which database and user the window works with, how much stock there is, and the
expired, soon-expiring and at-risk doses (a click opens the Expiry page); the day's expiry
summary appears once a day in a bar above the page (``expiry.banner``).
The File menu exports stock, movements and consumption (``export_dialog``).
Window geometry, splitter and table header states are remembered per workstation.

The Stock page is built with the window; the other areas once its first rows have
arrived (:mod:`.later_pages`), or at once when one is asked for first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app import __version__
from pharmacy_app.domain.changes import Change
from pharmacy_app.services import queries
from pharmacy_app.services.app import App
from pharmacy_app.ui.backup_schedule import BackupSchedule
from pharmacy_app.ui.change_listener import ChangeListener
from pharmacy_app.ui.common.widgets import ElidedLabel, load_bytes, save_bytes, settings
from pharmacy_app.ui.expiry.banner import ExpiryBanner
from pharmacy_app.ui.expiry.status_label import ExpiryStatusLabel
from pharmacy_app.ui.expiry.watch import ExpiryWatch
from pharmacy_app.ui.export_dialog import Exporter
from pharmacy_app.ui.later_pages import LaterPage, LaterPages
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.reconnect import ConnectionBanner, Reconnector
from pharmacy_app.ui.signin.session import SignInSession
from pharmacy_app.ui.stock.page import StockPage

if TYPE_CHECKING:
    from pharmacy_app.ui.audit.page import AuditPage
    from pharmacy_app.ui.cold_chain.page import ColdChainPage
    from pharmacy_app.ui.consumption.page import ConsumptionPage
    from pharmacy_app.ui.distribution.page import DistributionPage
    from pharmacy_app.ui.expiry.page import ExpiryPage
    from pharmacy_app.ui.planning.page import PlanningPage
    from pharmacy_app.ui.receiving.page import ReceivingPage
    from pharmacy_app.ui.reports.page import ReportsPage
    from pharmacy_app.ui.settings.page import SettingsPage
    from pharmacy_app.ui.stocktake.page import StocktakePage

GEOMETRY_KEY = "main/geometry"
STATE_KEY = "main/state"
PAGE_KEY = "main/page"

(
    STOCK, RECEIVING, DISTRIBUTION, EXPIRY, COLD_CHAIN, PLANNING, CONSUMPTION, STOCKTAKE, REPORTS,
    AUDIT, SETTINGS,
) = range(11)  # fmt: skip
# Each page's Ctrl+digit: ten digits for eleven pages, so Planning has none and the pages
# after it keep the keys they had (Settings Ctrl+0).
SHORTCUT_DIGITS = {
    STOCK: 1, RECEIVING: 2, DISTRIBUTION: 3, EXPIRY: 4, COLD_CHAIN: 5, CONSUMPTION: 6,
    STOCKTAKE: 7, REPORTS: 8, AUDIT: 9, SETTINGS: 0,
}  # fmt: skip

LATER_PAGES = [
    LaterPage(RECEIVING, "pharmacy_app.ui.receiving.page", "ReceivingPage"),
    LaterPage(DISTRIBUTION, "pharmacy_app.ui.distribution.page", "DistributionPage"),
    LaterPage(EXPIRY, "pharmacy_app.ui.expiry.page", "ExpiryPage"),
    LaterPage(COLD_CHAIN, "pharmacy_app.ui.cold_chain.page", "ColdChainPage"),
    LaterPage(PLANNING, "pharmacy_app.ui.planning.page", "PlanningPage"),
    LaterPage(CONSUMPTION, "pharmacy_app.ui.consumption.page", "ConsumptionPage"),
    LaterPage(STOCKTAKE, "pharmacy_app.ui.stocktake.page", "StocktakePage"),
    LaterPage(REPORTS, "pharmacy_app.ui.reports.page", "ReportsPage"),
    LaterPage(AUDIT, "pharmacy_app.ui.audit.page", "AuditPage"),
    LaterPage(SETTINGS, "pharmacy_app.ui.settings.page", "SettingsPage"),
]

NAV_STYLE = """
QListWidget#navigation {
    border: none;
    border-right: 1px solid palette(mid);
    background: palette(window);
    outline: 0;
    padding-top: 8px;
}
QListWidget#navigation::item {
    padding: 7px 10px;
    margin: 1px 6px;
    border-radius: 5px;
}
QListWidget#navigation::item:selected {
    background: palette(highlight);
    color: palette(highlighted-text);
}
QListWidget#navigation::item:hover:!selected {
    background: palette(midlight);
}
"""


class MainWindow(QMainWindow):
    def __init__(self, app: App, parent: QWidget | None = None):
        super().__init__(parent)
        self.app = app
        self.ops = Operations(app, self)
        self.exporter = Exporter(self.ops, self)
        self.setWindowTitle(self.tr("Vaccine stock – hospital pharmacy"))
        self.setMinimumSize(QSize(960, 600))

        self._started = False
        self.stock_page = StockPage(self.ops)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.stock_page)
        self._later = LaterPages(self.ops, self.pages, LATER_PAGES, self._page_built)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(166)
        self.navigation.setStyleSheet(NAV_STYLE)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)

        style = self.style()
        sp = QStyle.StandardPixmap
        areas = [
            (self.tr("Stock"), sp.SP_FileDialogDetailedView),
            (self.tr("Receiving"), sp.SP_ArrowDown),
            (self.tr("Distribution"), sp.SP_ArrowRight),
            (self.tr("Expiry and stock-outs"), sp.SP_MessageBoxWarning),
            (self.tr("Cold chain"), sp.SP_DriveHDIcon),
            (self.tr("Planning"), sp.SP_FileDialogStart),
            (self.tr("Consumption"), sp.SP_DialogApplyButton),
            (self.tr("Stocktake"), sp.SP_FileDialogInfoView),
            (self.tr("Reports"), sp.SP_FileDialogContentsView),
            (self.tr("Audit"), sp.SP_MessageBoxInformation),
            (self.tr("Settings"), sp.SP_FileDialogListView),
        ]
        for row, (title, icon) in enumerate(areas):
            item = QListWidgetItem(style.standardIcon(icon), title)
            digit = SHORTCUT_DIGITS.get(row)
            item.setToolTip(f"{title}  (Ctrl+{digit})" if digit is not None else title)
            item.setSizeHint(QSize(150, 38))
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._show_area)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        # The daily expiry summary sits above the page, never in a modal dialog.
        self.expiry_banner = ExpiryBanner()
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        # A lost connection to the database shows above everything (ui.reconnect).
        self.connection_banner = ConnectionBanner()
        self.reconnector = Reconnector(self.ops, self.connection_banner)
        right.addWidget(self.connection_banner)
        right.addWidget(self.expiry_banner)
        right.addWidget(self.pages, 1)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)
        self.expiry_watch = ExpiryWatch(self.ops, self)
        self.backup_schedule = BackupSchedule(self.ops, self)
        # Other workstations' writes refresh the open pages (ui.change_listener).
        self.change_listener = ChangeListener(self.ops, self)
        self.expiry_watch.notify.connect(self.expiry_banner.show_counts)
        self.expiry_banner.show_requested.connect(self.show_expiry)
        guide = self.stock_page.setup_guide
        guide.receive_requested.connect(lambda: self._to_receiving(self.receiving_page.new_receipt))
        guide.import_requested.connect(lambda: self._to_receiving(self.receiving_page.import_note))

        self._build_menus(areas)
        self._build_status_bar()
        # Who is signed in: the status bar, switching user, the idle lock (ui/signin).
        self.session = SignInSession(self)
        self.file_menu.insertActions(self.quit_action, self.session.file_menu_actions())
        self.file_menu.insertSeparator(self.quit_action)

        self.ops.changed.connect(self._data_changed)
        self.stock_page.model.loading_changed.connect(self._stock_loading_changed)
        self.navigation.setCurrentRow(STOCK)
        self._restore_state()

    # ------------------------------------------------------------------ set-up

    def _build_menus(self, areas: list[tuple[str, QStyle.StandardPixmap]]) -> None:
        bar = self.menuBar()
        file_menu = self.file_menu = bar.addMenu(self.tr("&File"))
        self.export_stock_action = QAction(self.tr("Export &stock…"), self)
        self.export_stock_action.triggered.connect(self.exporter.export_stock)
        self.export_movements_action = QAction(self.tr("Export &movements…"), self)
        self.export_movements_action.triggered.connect(self.exporter.export_movements)
        self.export_consumption_action = QAction(self.tr("Export &consumption…"), self)
        self.export_consumption_action.triggered.connect(self.exporter.export_consumption)
        for action in (
            self.export_stock_action,
            self.export_movements_action,
            self.export_consumption_action,
        ):
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        view_menu = bar.addMenu(self.tr("&View"))
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.triggered.connect(self.refresh)
        view_menu.addAction(self.refresh_action)
        self.find_action = QAction(self.tr("&Find in stock"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.find_in_stock)
        view_menu.addAction(self.find_action)
        view_menu.addSeparator()
        self.page_actions: list[QAction] = []
        for number, (title, _icon) in enumerate(areas, start=1):
            action = QAction(title, self)
            digit = SHORTCUT_DIGITS.get(number - 1)
            if digit is not None:
                action.setShortcut(QKeySequence(f"Ctrl+{digit}"))
            action.triggered.connect(lambda _c=False, row=number - 1: self.show_page(row))
            view_menu.addAction(action)
            self.page_actions.append(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.db_label = ElidedLabel()  # gives way on a small window; the URL is in the tooltip
        self.db_label.setObjectName("dbLabel")
        url = self.app.db.display_url()
        self.db_label.setText(self.tr("Database: %1").replace("%1", _shorten(url, 60)))
        self.db_label.setToolTip(url)
        self.db_label.setMaximumWidth(260)  # the stock summary matters more on a small window
        self.user_label = QLabel(self.tr("User: %1").replace("%1", self.app.user))
        self.user_label.setObjectName("userLabel")
        # Gives way on a small window (the whole text in its tooltip), so the expiry and
        # stock-out counts beside it keep their room.
        self.stock_label = ElidedLabel()
        self.stock_label.setObjectName("stockSummary")
        bar.addWidget(self.stock_label, 1)
        self.expiry_label = ExpiryStatusLabel()
        self.expiry_label.clicked.connect(self.show_expiry)
        self.expiry_watch.counts_changed.connect(self.expiry_label.show_counts)
        self.expiry_watch.counts_changed.connect(self.expiry_banner.refresh_counts)
        bar.addPermanentWidget(self.expiry_label)
        bar.addPermanentWidget(self.user_label)
        bar.addPermanentWidget(self.db_label)

    # ------------------------------------------------------------------ actions

    # The other areas, built after the Stock page's first rows or when first asked for.

    @property
    def receiving_page(self) -> ReceivingPage:
        return cast("ReceivingPage", self._later.page(RECEIVING))

    @property
    def distribution_page(self) -> DistributionPage:
        return cast("DistributionPage", self._later.page(DISTRIBUTION))

    @property
    def expiry_page(self) -> ExpiryPage:
        return cast("ExpiryPage", self._later.page(EXPIRY))

    @property
    def cold_chain_page(self) -> ColdChainPage:
        return cast("ColdChainPage", self._later.page(COLD_CHAIN))

    @property
    def planning_page(self) -> PlanningPage:
        return cast("PlanningPage", self._later.page(PLANNING))

    @property
    def consumption_page(self) -> ConsumptionPage:
        return cast("ConsumptionPage", self._later.page(CONSUMPTION))

    @property
    def stocktake_page(self) -> StocktakePage:
        return cast("StocktakePage", self._later.page(STOCKTAKE))

    @property
    def audit_page(self) -> AuditPage:
        return cast("AuditPage", self._later.page(AUDIT))

    @property
    def reports_page(self) -> ReportsPage:
        return cast("ReportsPage", self._later.page(REPORTS))

    @property
    def settings_page(self) -> SettingsPage:
        return cast("SettingsPage", self._later.page(SETTINGS))

    def start(self) -> None:
        """Load the first data; call once the window is shown.  The Stock page first:
        the rest waits for its first rows (:meth:`_stock_loading_changed`)."""
        if self._started:
            return
        self._started = True
        self.stock_page.start()
        self._load_stock_summary()
        for spec in LATER_PAGES:  # built already: the page the window was closed on
            if self._later.is_built(spec.index):
                self._start_page(spec.index, self._later.page(spec.index))

    def _stock_loading_changed(self, loading: bool) -> None:
        if loading or not self._started:
            return
        self.stock_page.model.loading_changed.disconnect(self._stock_loading_changed)
        self.expiry_watch.start()
        self.backup_schedule.start()
        self.change_listener.start()
        self._later.build_later()

    def _page_built(self, index: int, page: QWidget) -> None:
        restore = getattr(page, "restore_state", None)
        if restore is not None:
            restore()
        if self._started:
            self._start_page(index, page)

    @staticmethod
    def _start_page(index: int, page: QWidget) -> None:
        """A page's first load (Distribution and Reports load when first shown)."""
        first_load = {
            RECEIVING: "start",
            EXPIRY: "start",
            CONSUMPTION: "start",
            STOCKTAKE: "start",
            SETTINGS: "refresh",
        }
        name = first_load.get(index)
        if name is not None:
            getattr(page, name)()

    def _show_area(self, row: int) -> None:
        if row != STOCK and row >= 0:
            self._later.page(row)
        self.pages.setCurrentIndex(row)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.start()

    def show_page(self, row: int) -> None:
        self.navigation.setCurrentRow(row)

    def current_page(self) -> int:
        return self.pages.currentIndex()

    def show_expiry(self) -> None:
        """The Expiry page's overview (from the status bar or the daily summary)."""
        self.show_page(EXPIRY)
        self.expiry_page.show_tab(0)

    def _to_receiving(self, action: Callable[[], object]) -> None:
        """From the set-up guide: the Receiving page, and start there."""
        self.show_page(RECEIVING)
        action()

    def find_in_stock(self) -> None:
        self.show_page(STOCK)
        self.stock_page.focus_search()

    def refresh(self) -> None:
        self.ops.notify(Change.STOCK | Change.REFERENCE | Change.SETTINGS | Change.RECEIVING)

    def about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(
            self.tr("Vaccine lot logistics for hospital pharmacies, version %1").replace("%1", __version__)
        )
        box.setInformativeText(
            self.tr("Database: %1\nUser: %2")
            .replace("%1", self.app.db.display_url())
            .replace("%2", self.app.user)
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _data_changed(self, changes: Change) -> None:
        if changes & (Change.REFERENCE | Change.STOCK | Change.SETTINGS):
            self.stock_page.refresh()
            self._load_stock_summary()
            self.expiry_watch.schedule_reload()
        # A page not built yet loads what is current when it is built.
        if changes & (Change.REFERENCE | Change.SETTINGS) and self._later.is_built(SETTINGS):
            self.settings_page.refresh()
        if self._later.is_built(RECEIVING):
            self.receiving_page.on_changed(changes)
        if self._later.is_built(AUDIT):
            self.audit_page.on_changed(changes)

    def _load_stock_summary(self) -> None:
        self.ops.query(queries.stock_summary, self._show_stock_summary, parent=self)

    def _show_stock_summary(self, s: queries.StockSummary) -> None:
        lots = self.tr("%Ln lot(s)", None, s.lots)
        places = self.tr("%Ln location(s)", None, s.locations)
        self.stock_label.setText(
            self.tr("Stock: %Ln dose(s) · %2 at %3", None, s.doses)
            .replace("%2", lots)
            .replace("%3", places)
        )

    # ------------------------------------------------------------------ state

    def _restore_state(self) -> None:
        geometry = load_bytes(GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 850)
        state = load_bytes(STATE_KEY)
        if state is not None:
            self.restoreState(state)
        self.stock_page.restore_state()  # the other pages' own when they are built
        page = settings().value(PAGE_KEY, STOCK)
        try:
            row = int(str(page))
        except ValueError:
            row = STOCK
        if 0 <= row < self.navigation.count():
            self.navigation.setCurrentRow(row)

    def save_state(self) -> None:
        save_bytes(GEOMETRY_KEY, self.saveGeometry())
        save_bytes(STATE_KEY, self.saveState())
        settings().setValue(PAGE_KEY, self.current_page())
        self.stock_page.save_state()
        for page in self._later.built():
            save = getattr(page, "save_state", None)
            if save is not None:
                save()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.backup_schedule.backup_before_close():
            event.ignore()  # the day's backup is being made, or failed and is shown
            return
        self.save_state()
        self.expiry_watch.stop()
        self.backup_schedule.stop()
        self.change_listener.stop()
        self.reconnector.stop()
        self.ops.shutdown()
        super().closeEvent(event)


def _shorten(text: str, width: int) -> str:
    if len(text) <= width:
        return text
    keep = width - 1
    return text[: keep // 3] + "…" + text[-(keep - keep // 3) :]
