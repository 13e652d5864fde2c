"""The form for adding or editing a site (or pharmacy): code, name, kind, region and
address, whether it is in use, and its storage equipment (saved with the site, in one
transaction, only when it was changed)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from pharmacy_app.domain import cold_chain as cc
from pharmacy_app.services.reference import KindInfo, LocationInfo, RegionInfo
from pharmacy_app.services.storage_settings import StorageSummary
from pharmacy_app.ui import labels
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import settings as settings_ops
from pharmacy_app.ui.ops.service_op import ServiceOp
from pharmacy_app.ui.settings.form_dialog import FormDialog
from pharmacy_app.ui.settings.form_parts import select_data
from pharmacy_app.ui.settings.storage_editor import StorageEditor


class LocationDialog(FormDialog[LocationInfo]):
    def __init__(
        self,
        ops: Operations,
        kinds: list[KindInfo],
        regions: list[RegionInfo],
        location: LocationInfo | None = None,
        parent: QWidget | None = None,
        storage: StorageSummary | None = None,
    ):
        super().__init__(ops, parent)
        self.location = location
        self.kind_names = {k.code: labels.by_language(k.name_da, k.name_en) for k in kinds}
        self.setWindowTitle(self.tr("New site") if location is None else self.tr("Edit site"))
        self.setMinimumWidth(660)
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("code")
        self.code_edit.setMaxLength(40)
        self.code_edit.setPlaceholderText(self.tr("Short code, e.g. VC-HER"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("name")
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kind")
        for k in kinds:
            self.kind_combo.addItem(labels.by_language(k.name_da, k.name_en), k.code)
        self.region_combo = QComboBox()
        self.region_combo.setObjectName("region")
        self.region_combo.addItem(self.tr("(no region)"), None)
        for r in regions:
            self.region_combo.addItem(f"{r.name} ({r.code})", r.code)
        self.address_edit = QLineEdit()
        self.address_edit.setObjectName("address")
        self.city_edit = QLineEdit()
        self.city_edit.setObjectName("city")
        self.active_check = QCheckBox(self.tr("In use"))
        self.active_check.setObjectName("active")
        self.active_check.setChecked(True)
        f = self.form
        f.addRow(self.tr("Code"), self.code_edit)
        f.addRow(self.tr("Name"), self.name_edit)
        f.addRow(self.tr("Kind"), self.kind_combo)
        f.addRow(self.tr("Region"), self.region_combo)
        # Street and town apart: documents join them once ("Hovedgaden 1, 2100 København Ø").
        self.address_edit.setPlaceholderText(self.tr("Street and number"))
        self.city_edit.setPlaceholderText(self.tr("e.g. 2100 København Ø"))
        f.addRow(self.tr("Address"), self.address_edit)
        f.addRow(self.tr("Postcode and town"), self.city_edit)
        f.addRow("", self.active_check)
        self.storage_editor = StorageEditor()
        f.addRow(self.tr("Storage"), self.storage_editor)
        if location is not None:
            self.code_edit.setText(location.code)
            self.name_edit.setText(location.name)
            select_data(self.kind_combo, location.kind_code)
            select_data(self.region_combo, location.region_code)
            self.address_edit.setText(location.address)
            self.city_edit.setText(location.city)
            self.active_check.setChecked(location.active)
        else:
            select_data(self.kind_combo, "central")
        kind = self.kind_combo.currentData()
        if storage is not None:
            self.storage_editor.show_equipment(storage.equipment, storage.recorded, self.kind_names.get(kind, ""))
        else:
            default = tuple(cc.Equipment(c) for c in cc.classes_or_default((), kind))
            self.storage_editor.show_equipment(default, False, self.kind_names.get(kind, ""))
        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)

    def _kind_chosen(self) -> None:
        kind = self.kind_combo.currentData()
        self.storage_editor.kind_chosen(kind, self.kind_names.get(kind, ""))

    def local_problems(self) -> list[str]:
        if not self.storage_editor.value():
            return [self.tr("Storage: tick at least one class of equipment the site has.")]
        return []

    def build(self) -> LocationInfo:
        loc = self.location
        return LocationInfo(
            id=loc.id if loc is not None else None,
            code=self.code_edit.text().strip(),
            name=self.name_edit.text().strip(),
            kind_code=self.kind_combo.currentData(),
            region_code=self.region_combo.currentData(),
            address=self.address_edit.text().strip(),
            city=self.city_edit.text().strip(),
            active=self.active_check.isChecked(),
        )

    def storage_to_save(self) -> list[tuple[cc.StorageClass, int | None, float | None]] | None:
        """The equipment to save with the site, or None when it was not changed."""
        if not self.storage_editor.changed():
            return None
        return [(e.storage_class, e.capacity_packs, e.capacity_litres) for e in self.storage_editor.value()]

    def save_op(self, value: LocationInfo) -> ServiceOp[LocationInfo]:
        return settings_ops.save_location(self, value, self.storage_to_save())
