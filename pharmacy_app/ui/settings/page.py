"""Settings: the product catalogue, the sites, general settings, the sites' stock
targets, shipment keys, backup, users and which database this workstation opens.

Reference data lives in the database and is edited here; every save goes through the
operations helper, and afterwards the other pages refresh (the save reports ``Change.REFERENCE``).
The UI language is a setting of this workstation (QSettings), not of the database.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from pharmacy_app.domain import use_basis as ub
from pharmacy_app.domain.stock_targets import DEFAULT_ROUND_INTERVAL_DAYS
from pharmacy_app.services import reference, ssi_order, stock_outs, storage_settings, users
from pharmacy_app.services.app import App
from pharmacy_app.services.distribution import use_basis
from pharmacy_app.services.reference import (
    KindInfo,
    LocationInfo,
    ProductInfo,
    ProgrammeInfo,
    RegionInfo,
)
from pharmacy_app.services.storage_settings import StorageSummary
from pharmacy_app.ui import labels
from pharmacy_app.ui.common.widgets import open_held, restore_header, save_header
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.settings.backup_tab import BackupTab
from pharmacy_app.ui.settings.database_tab import DatabaseTab
from pharmacy_app.ui.settings.general_tab import GeneralTab
from pharmacy_app.ui.settings.list_models import LocationListModel, ProductListModel
from pharmacy_app.ui.settings.list_tab import ReferenceListTab
from pharmacy_app.ui.settings.location_dialog import LocationDialog
from pharmacy_app.ui.settings.product_dialog import ProductDialog
from pharmacy_app.ui.settings.shipment_keys_tab import ShipmentKeysTab
from pharmacy_app.ui.settings.targets_tab import TargetsTab
from pharmacy_app.ui.settings.users_tab import UsersTab


@dataclass(frozen=True)
class ReferenceData:
    programmes: list[ProgrammeInfo]
    products: list[ProductInfo]
    locations: list[LocationInfo]
    kinds: list[KindInfo]
    regions: list[RegionInfo]
    settings: reference.Settings
    lock_after_minutes: int
    storage: dict[str, StorageSummary]  # each site's storage equipment, by code
    round_interval_days: int = DEFAULT_ROUND_INTERVAL_DAYS
    order: ssi_order.OrderSettings | None = None  # the order to SSI's delivery interval and cover
    use_basis: str = ub.DEFAULT


def load_reference_data(app: App) -> ReferenceData:
    return ReferenceData(
        reference.list_programmes(app),
        reference.list_products(app),
        reference.list_locations(app),
        reference.list_location_kinds(app),
        reference.list_regions(app),
        reference.read_settings(app),
        users.lock_after_minutes(app),
        {place.code: place for place in storage_settings.storage_summaries(app)},
        stock_outs.round_interval(app),
        ssi_order.order_settings(app),
        use_basis.use_basis(app),
    )


class SettingsPage(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self._ops = ops
        self.data: ReferenceData | None = None
        self.dialog: ProductDialog | LocationDialog | None = None

        self.products_model = ProductListModel(self)
        self.products_tab = ReferenceListTab(
            self.tr("Add product…"),
            self.products_model,
            "settings/products_header_v1",
            self.tr("No products yet."),
        )
        self.products_tab.table.set_column_widths({0: 72, 1: 96, 2: 190, 3: 290, 4: 125, 5: 150, 6: 80, 7: 80, 8: 84, 9: 90})
        self.locations_model = LocationListModel(self)
        self.locations_tab = ReferenceListTab(
            self.tr("Add site…"),
            self.locations_model,
            "settings/sites_header_v2",
            self.tr("No sites yet."),
        )
        self.locations_tab.table.set_column_widths({0: 110, 1: 300, 2: 200, 3: 230, 4: 170, 5: 140})

        self.general_tab = GeneralTab(self._ops)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.products_tab, self.tr("Products"))
        self.tabs.addTab(self.locations_tab, self.tr("Sites"))
        self.tabs.addTab(self.general_tab, self.tr("General"))
        self.targets_tab = TargetsTab(ops)
        self.tabs.addTab(self.targets_tab, self.tr("Targets"))
        self.keys_tab = ShipmentKeysTab(ops)
        self.tabs.addTab(self.keys_tab, self.tr("Shipment keys"))
        self.backup_tab = BackupTab(ops)
        self.tabs.addTab(self.backup_tab, self.tr("Backup"))
        self.users_tab = UsersTab(ops)
        self.tabs.addTab(self.users_tab, self.tr("Users"))
        self.database_tab = DatabaseTab(ops)
        self.tabs.addTab(self.database_tab, self.tr("Database"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addWidget(self.tabs)

        self.products_tab.add_button.clicked.connect(lambda: self.edit_product(None))
        self.products_tab.edit_button.clicked.connect(
            lambda: self.edit_product(self.products_tab.current_item())
        )
        self.products_tab.table.doubleClicked.connect(
            lambda index: self.edit_product(self.products_model.item(index.row()))
        )
        self.locations_tab.add_button.clicked.connect(lambda: self.edit_location(None))
        self.locations_tab.edit_button.clicked.connect(
            lambda: self.edit_location(self.locations_tab.current_item())
        )
        self.locations_tab.table.doubleClicked.connect(
            lambda index: self.edit_location(self.locations_model.item(index.row()))
        )

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        self._ops.query(load_reference_data, self._arrived, parent=self)
        self.keys_tab.refresh()
        self.backup_tab.refresh()
        self.users_tab.refresh()
        self.targets_tab.refresh()

    def _arrived(self, data: ReferenceData) -> None:
        self.data = data
        self.products_model.programme_names = {
            p.code: labels.by_language(p.name_da, p.name_en) for p in data.programmes
        }
        self.products_model.set_items(data.products)
        self.locations_model.kind_names = {k.code: labels.by_language(k.name_da, k.name_en) for k in data.kinds}
        self.locations_model.region_names = {r.code: r.name for r in data.regions}
        self.locations_model.storage = data.storage
        self.locations_model.set_items(data.locations)
        for tab in (self.products_tab, self.locations_tab):
            tab.edit_button.setEnabled(tab.table.currentIndex().isValid())
        self.general_tab.show_settings(
            data.settings, data.locations, data.lock_after_minutes, data.round_interval_days,
            data.order, data.use_basis,
        )

    # ------------------------------------------------------------------ editing

    def edit_product(self, product: ProductInfo | None) -> ProductDialog | None:
        if self.data is None:
            return None
        dialog = ProductDialog(self._ops, self.data.programmes, product, self)
        open_held(self, dialog)
        return dialog

    def edit_location(self, location: LocationInfo | None) -> LocationDialog | None:
        if self.data is None:
            return None
        storage = self.data.storage.get(location.code) if location is not None else None
        dialog = LocationDialog(self._ops, self.data.kinds, self.data.regions, location, self, storage)
        open_held(self, dialog)
        return dialog

    # ------------------------------------------------------------------ state

    def save_state(self) -> None:
        for tab in (self.products_tab, self.locations_tab):
            save_header(tab.header_key, tab.table)
        save_header("settings/keys_header_v1", self.keys_tab.table)

    def restore_state(self) -> None:
        for tab in (self.products_tab, self.locations_tab):
            restore_header(tab.header_key, tab.table)
        restore_header("settings/keys_header_v1", self.keys_tab.table)
