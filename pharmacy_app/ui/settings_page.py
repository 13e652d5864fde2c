"""Settings: the product catalogue, the sites, general settings, and shipment keys.

Reference data lives in the database and is edited here; every save goes through the
operations helper, and afterwards the other pages refresh (``changes={"reference"}``).
The UI language is a setting of this workstation (QSettings), not of the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.domain import formats
from pharmacy_app.services import reference
from pharmacy_app.services.app import App
from pharmacy_app.services.reference import (
    KindInfo,
    LocationInfo,
    ProductInfo,
    ProgrammeInfo,
    RegionInfo,
)
from pharmacy_app.ui import fmt, labels
from pharmacy_app.ui.i18n import LANGUAGE_KEY, current_language_setting
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.reference_dialogs import LocationDialog, ProductDialog
from pharmacy_app.ui.shipment_keys import ShipmentKeysTab
from pharmacy_app.ui.stock.marks import MUTED_FG
from pharmacy_app.ui.table_models import ROW_ROLE
from pharmacy_app.ui.widgets import TableView, restore_header, save_header, settings

_Index = QModelIndex | QPersistentModelIndex
HINT_STYLE = "QLabel#hint { color: #5c6166; }"
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class ReferenceData:
    programmes: list[ProgrammeInfo]
    products: list[ProductInfo]
    locations: list[LocationInfo]
    kinds: list[KindInfo]
    regions: list[RegionInfo]
    settings: reference.Settings


def load_reference_data(app: App) -> ReferenceData:
    return ReferenceData(
        reference.list_programmes(app),
        reference.list_products(app),
        reference.list_locations(app),
        reference.list_location_kinds(app),
        reference.list_regions(app),
        reference.read_settings(app),
    )


class _ListModel(QAbstractTableModel):
    """A small, fully loaded list (reference data is hundreds of rows, not thousands)."""

    headers: list[str] = []
    right_columns: frozenset[int] = frozenset()

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._items: list[Any] = []

    def set_items(self, items: list[Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> Any:
        return self._items[row] if 0 <= row < len(self._items) else None

    def items(self) -> list[Any]:
        return list(self._items)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section in self.right_columns else _LEFT
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(item, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if index.column() in self.right_columns else _LEFT
        if role == ROW_ROLE:
            return item
        if role == Qt.ItemDataRole.ForegroundRole and not getattr(item, "active", True):
            return MUTED_FG
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(item, index.column())
        return None

    def display(self, item: Any, column: int) -> str:
        raise TypeError(f"{type(self).__name__} must define display()")

    def tooltip(self, item: Any, column: int) -> str | None:
        return None


class ProductListModel(_ListModel):
    ITEM_NO, PROGRAMME, SHORT_NAME, NAME, MANUFACTURER, FORM, PER_UNIT, PER_PACK_UNITS, PER_PACK, THAWED, ACTIVE = (
        range(11)
    )
    right_columns = frozenset({6, 7, 8, 9})

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.headers = [
            self.tr("Item no."),
            self.tr("Programme"),
            self.tr("Short name"),
            self.tr("Name"),
            self.tr("Manufacturer"),
            self.tr("Form"),
            self.tr("Doses/unit"),
            self.tr("Units/pack"),
            self.tr("Doses/pack"),
            self.tr("Thawed, days"),
            self.tr("In use"),
        ]
        self.programme_names: dict[str, str] = {}

    def display(self, p: ProductInfo, column: int) -> str:
        return [
            p.varenummer,
            self.programme_names.get(p.programme_code, p.programme_code),
            p.display_name,
            p.name,
            p.manufacturer,
            labels.form_name(p.form),
            fmt.integer(p.doses_per_unit),
            fmt.integer(p.units_per_pack),
            fmt.integer(p.doses_per_pack),
            fmt.integer(p.thawed_shelf_life_days) if p.thawed_shelf_life_days else "",
            self.tr("Yes") if p.active else self.tr("No"),
        ][column]

    def tooltip(self, p: ProductInfo, column: int) -> str | None:
        if column in (self.NAME, self.SHORT_NAME):
            return f"{p.name}\n{p.note}" if p.note else p.name
        if column == self.ITEM_NO and p.gtin:
            return f"GTIN {p.gtin}"
        return None


class LocationListModel(_ListModel):
    CODE, NAME, KIND, REGION, CITY, ACTIVE = range(6)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.headers = [
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("Region"),
            self.tr("Postcode and town"),
            self.tr("In use"),
        ]
        self.kind_names: dict[str, str] = {}
        self.region_names: dict[str, str] = {}

    def display(self, loc: LocationInfo, column: int) -> str:
        return [
            loc.code,
            loc.name,
            self.kind_names.get(loc.kind_code or "", loc.kind_code or ""),
            self.region_names.get(loc.region_code or "", loc.region_code or ""),
            loc.city,
            self.tr("Yes") if loc.active else self.tr("No"),
        ][column]

    def tooltip(self, loc: LocationInfo, column: int) -> str | None:
        address = formats.address_line(loc.address, loc.city)
        if column == self.NAME and address:
            return f"{loc.name}\n{address}"
        return None


class _ListTab(QWidget):
    """A table with Add and Edit buttons above it."""

    def __init__(self, add_text: str, model: _ListModel, header_key: str, empty_text: str):
        super().__init__()
        self.model = model
        self.header_key = header_key
        self.add_button = QPushButton(add_text)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setEnabled(False)
        self.table = TableView()
        self.table.setModel(model)
        self.table.set_empty_text(empty_text)
        self.table.enable_column_menu()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        self.hint = QLabel(self.tr("Double-click a row to edit it."))
        self.hint.setObjectName("hint")
        self.hint.setStyleSheet(HINT_STYLE)
        buttons.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.edit_button.setEnabled(cur.isValid())
        )

    def current_item(self) -> Any:
        index = self.table.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None


class SettingsPage(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self._ops = ops
        self.data: ReferenceData | None = None
        self.dialog: ProductDialog | LocationDialog | None = None

        self.products_model = ProductListModel(self)
        self.products_tab = _ListTab(
            self.tr("Add product…"),
            self.products_model,
            "settings/products_header_v1",
            self.tr("No products yet."),
        )
        self.products_tab.table.set_column_widths({0: 72, 1: 96, 2: 190, 3: 290, 4: 125, 5: 150, 6: 80, 7: 80, 8: 84, 9: 90})
        self.locations_model = LocationListModel(self)
        self.locations_tab = _ListTab(
            self.tr("Add site…"),
            self.locations_model,
            "settings/sites_header_v1",
            self.tr("No sites yet."),
        )
        self.locations_tab.table.set_column_widths({0: 110, 1: 320, 2: 210, 3: 190, 4: 140})

        self.general_tab = QWidget()
        self.backdate_spin = QSpinBox()
        self.backdate_spin.setObjectName("backdateDays")
        self.backdate_spin.setRange(0, 366)
        self.backdate_spin.setSuffix(self.tr(" days"))
        self.backdate_spin.setMinimumWidth(110)
        self.home_combo = QComboBox()
        self.home_combo.setObjectName("homePharmacy")
        self.home_combo.setMinimumWidth(320)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language")
        self.language_combo.addItem("Dansk", "da")
        self.language_combo.addItem("English", "en")
        self.save_general_button = QPushButton(self.tr("Save"))
        self.save_general_button.setObjectName("saveGeneral")
        self.general_status = QLabel()
        self.general_status.setObjectName("generalStatus")
        self.language_combo.setMinimumWidth(200)
        general_form = QFormLayout()
        general_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        general_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        general_form.setHorizontalSpacing(16)
        general_form.setVerticalSpacing(14)
        general_form.addRow(
            self.tr("Back-dating window"),
            _with_hint(
                self.backdate_spin,
                self.tr("How many days back a movement may be dated when it is entered late."),
            ),
        )
        general_form.addRow(
            self.tr("Home pharmacy"),
            _with_hint(
                self.home_combo,
                self.tr(
                    "The pharmacy this installation works for; deliveries from SSI are received "
                    "here. Nothing can be received, distributed or reported until it is chosen."
                ),
            ),
        )
        general_form.addRow(
            self.tr("Language"),
            _with_hint(
                self.language_combo,
                self.tr("A setting of this computer. It takes effect when the program is restarted."),
            ),
        )
        save_row = QWidget()
        save_layout = QHBoxLayout(save_row)
        save_layout.setContentsMargins(0, 8, 0, 0)
        save_layout.addWidget(self.save_general_button)
        save_layout.addWidget(self.general_status, 1)
        general_form.addRow("", save_row)
        general_box = QWidget()
        general_box.setMaximumWidth(820)
        general_box.setLayout(general_form)
        general_layout = QVBoxLayout(self.general_tab)
        general_layout.setContentsMargins(16, 20, 16, 16)
        general_layout.addWidget(general_box)
        general_layout.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.products_tab, self.tr("Products"))
        self.tabs.addTab(self.locations_tab, self.tr("Sites"))
        self.tabs.addTab(self.general_tab, self.tr("General"))
        self.keys_tab = ShipmentKeysTab(ops)
        self.tabs.addTab(self.keys_tab, self.tr("Shipment keys"))
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
        self.save_general_button.clicked.connect(self.save_general)
        _select(self.language_combo, current_language_setting())

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        self._ops.query(load_reference_data, self._arrived, parent=self)
        self.keys_tab.refresh()

    def _arrived(self, data: ReferenceData) -> None:
        self.data = data
        self.products_model.programme_names = {
            p.code: labels.by_language(p.name_da, p.name_en) for p in data.programmes
        }
        self.products_model.set_items(data.products)
        self.locations_model.kind_names = {k.code: labels.by_language(k.name_da, k.name_en) for k in data.kinds}
        self.locations_model.region_names = {r.code: r.name for r in data.regions}
        self.locations_model.set_items(data.locations)
        for tab in (self.products_tab, self.locations_tab):
            tab.edit_button.setEnabled(tab.table.currentIndex().isValid())
        self.home_combo.clear()
        pharmacies = [loc for loc in data.locations if loc.kind_code == "pharmacy"]
        if not data.settings.home_location_code:
            self.home_combo.addItem(self.tr("(not chosen yet)"), None)
        for loc in pharmacies:
            self.home_combo.addItem(f"{loc.name} ({loc.code})", loc.code)
        _select(self.home_combo, data.settings.home_location_code)
        self.backdate_spin.setValue(data.settings.backdate_window_days)

    # ------------------------------------------------------------------ editing

    def edit_product(self, product: ProductInfo | None) -> ProductDialog | None:
        if self.data is None:
            return None
        dialog = ProductDialog(self._ops, self.data.programmes, product, self)
        self._open(dialog)
        return dialog

    def edit_location(self, location: LocationInfo | None) -> LocationDialog | None:
        if self.data is None:
            return None
        dialog = LocationDialog(self._ops, self.data.kinds, self.data.regions, location, self)
        self._open(dialog)
        return dialog

    def _open(self, dialog: ProductDialog | LocationDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
        dialog.open()

    def _closed(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def save_general(self) -> None:
        language = self.language_combo.currentData()
        changed_language = language != current_language_setting()
        settings().setValue(LANGUAGE_KEY, language)
        value = reference.Settings(
            backdate_window_days=self.backdate_spin.value(),
            home_location_code=self.home_combo.currentData(),
        )
        self.save_general_button.setEnabled(False)
        self.general_status.setText("")

        def success(_result: object) -> None:
            self.save_general_button.setEnabled(True)
            text = self.tr("Saved.")
            if changed_language:
                text += " " + self.tr("Restart the program to change the language.")
            self.general_status.setText(text)

        def failure(_exc: BaseException) -> bool:
            self.save_general_button.setEnabled(True)
            return False

        self._ops.write(
            lambda app: reference.save_settings(app, value),
            success,
            failure=failure,
            changes={"settings"},
            label=self.tr("Saving…"),
            parent=self,
        )

    # ------------------------------------------------------------------ state

    def save_state(self) -> None:
        for tab in (self.products_tab, self.locations_tab):
            save_header(tab.header_key, tab.table)
        save_header("settings/keys_header_v1", self.keys_tab.table)

    def restore_state(self) -> None:
        for tab in (self.products_tab, self.locations_tab):
            restore_header(tab.header_key, tab.table)
        restore_header("settings/keys_header_v1", self.keys_tab.table)


def _with_hint(field: QWidget, text: str) -> QWidget:
    """A field with a short explanation underneath it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(3)
    row = QHBoxLayout()
    row.addWidget(field)
    row.addStretch(1)
    layout.addLayout(row)
    hint = QLabel(text)
    hint.setObjectName("hint")
    hint.setWordWrap(True)
    hint.setStyleSheet(HINT_STYLE)
    layout.addWidget(hint)
    return box


def _select(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(index if index >= 0 else 0)
