"""The form for adding or editing a product of the catalogue: item number and GTIN,
programme, names, form, doses per unit and pack, shelf lives, storage temperatures and
the pack's volume (for a storage capacity in litres)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from pharmacy_app.domain.catalog import SHORT_NAME_MAX
from pharmacy_app.services.reference import ProductInfo, ProgrammeInfo
from pharmacy_app.ui import labels
from pharmacy_app.ui.common.widgets import OptionalIntEdit
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import settings as settings_ops
from pharmacy_app.ui.ops.service_op import ServiceOp
from pharmacy_app.ui.settings.form_dialog import FormDialog
from pharmacy_app.ui.settings.form_parts import range_row, row, spin


class ProductDialog(FormDialog[ProductInfo]):
    def __init__(
        self,
        ops: Operations,
        programmes: list[ProgrammeInfo],
        product: ProductInfo | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(ops, parent)
        self.product = product
        self.setWindowTitle(self.tr("New product") if product is None else self.tr("Edit product"))
        self.setMinimumWidth(560)

        self.varenummer_edit = QLineEdit()
        self.varenummer_edit.setObjectName("varenummer")
        self.varenummer_edit.setMaxLength(20)
        self.varenummer_edit.setPlaceholderText(self.tr("SSI item number, digits"))
        self.gtin_edit = QLineEdit()
        self.gtin_edit.setObjectName("gtin")
        self.gtin_edit.setMaxLength(14)
        self.gtin_edit.setPlaceholderText(self.tr("14 digits (optional)"))
        self.programme_combo = QComboBox()
        self.programme_combo.setObjectName("programme")
        for p in programmes:
            self.programme_combo.addItem(labels.by_language(p.name_da, p.name_en), p.code)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("name")
        self.short_name_edit = QLineEdit()
        self.short_name_edit.setObjectName("shortName")
        self.short_name_edit.setMaxLength(SHORT_NAME_MAX)
        self.short_name_edit.setPlaceholderText(self.tr("Shown in tables, e.g. Comirnaty 30 µg multidosis"))
        self.short_name_edit.setToolTip(
            self.tr("Tables and screens show the short name; documents show the full name. Empty: made from the name.")
        )
        self.manufacturer_edit = QLineEdit()
        self.manufacturer_edit.setObjectName("manufacturer")
        self.form_combo = QComboBox()
        self.form_combo.setObjectName("form")
        self.form_combo.setEditable(True)
        for form in labels.known_forms():
            self.form_combo.addItem(labels.form_name(form), form)
        self.doses_per_unit_spin = spin(1, 1000, "dosesPerUnit")
        self.units_per_pack_spin = spin(1, 10_000, "unitsPerPack")
        self.doses_per_pack_label = QLabel()
        self.thawed_spin = spin(0, 3650, "thawedDays", none_text=self.tr("not thawed"))
        self.thawed_spin.setSuffix(self.tr(" days"))
        self.in_use_spin = spin(0, 1000, "inUseHours", none_text=self.tr("no limit"))
        self.in_use_spin.setSuffix(self.tr(" hours"))
        self.min_shelf_spin = spin(0, 3650, "minShelfLifeDays")
        self.min_shelf_spin.setSuffix(self.tr(" days"))
        self.frozen_min = OptionalIntEdit(-100, 50)
        self.frozen_max = OptionalIntEdit(-100, 50)
        self.fridge_min = OptionalIntEdit(-100, 50)
        self.fridge_max = OptionalIntEdit(-100, 50)
        self.pack_volume_spin = spin(0, 100_000, "packVolume", none_text=self.tr("not known"))
        self.pack_volume_spin.setSuffix(self.tr(" ml"))
        self.pack_volume_spin.setToolTip(
            self.tr("The outer pack's volume; a fridge or freezer with a capacity in litres counts it.")
        )
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("note")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.active_check = QCheckBox(self.tr("In use (can be received and moved)"))
        self.active_check.setObjectName("active")
        self.active_check.setChecked(True)

        f = self.form
        f.addRow(self.tr("Item no. (varenummer)"), self.varenummer_edit)
        f.addRow(self.tr("GTIN"), self.gtin_edit)
        f.addRow(self.tr("Programme"), self.programme_combo)
        f.addRow(self.tr("Name"), self.name_edit)
        f.addRow(self.tr("Short name"), self.short_name_edit)
        f.addRow(self.tr("Manufacturer"), self.manufacturer_edit)
        f.addRow(self.tr("Form"), self.form_combo)
        f.addRow(self.tr("Doses per unit"), self.doses_per_unit_spin)
        f.addRow(self.tr("Units per pack"), row(self.units_per_pack_spin, self.doses_per_pack_label))
        f.addRow(self.tr("Shelf life after thawing"), self.thawed_spin)
        f.addRow(self.tr("In use after opening"), self.in_use_spin)
        f.addRow(self.tr("Minimum remaining shelf life"), self.min_shelf_spin)
        f.addRow(self.tr("Frozen storage"), range_row(self.frozen_min, self.frozen_max, self.tr("to")))
        f.addRow(self.tr("Refrigerated storage"), range_row(self.fridge_min, self.fridge_max, self.tr("to")))
        f.addRow(self.tr("Pack volume"), self.pack_volume_spin)
        f.addRow(self.tr("Note"), self.note_edit)
        f.addRow("", self.active_check)

        self.doses_per_unit_spin.valueChanged.connect(self._update_per_pack)
        self.units_per_pack_spin.valueChanged.connect(self._update_per_pack)
        if product is not None:
            self._load(product)
        else:
            self.min_shelf_spin.setValue(30)
            self.units_per_pack_spin.setValue(10)
        self._update_per_pack()

    def _load(self, p: ProductInfo) -> None:
        self.varenummer_edit.setText(p.varenummer)
        self.gtin_edit.setText(p.gtin or "")
        index = self.programme_combo.findData(p.programme_code)
        if index < 0:
            self.programme_combo.addItem(p.programme_code, p.programme_code)
            index = self.programme_combo.count() - 1
        self.programme_combo.setCurrentIndex(index)
        self.name_edit.setText(p.name)
        self.short_name_edit.setText(p.short_name)
        self.manufacturer_edit.setText(p.manufacturer)
        index = self.form_combo.findData(p.form)
        if index >= 0:
            self.form_combo.setCurrentIndex(index)
        else:
            self.form_combo.setEditText(p.form)
        self.doses_per_unit_spin.setValue(p.doses_per_unit)
        self.units_per_pack_spin.setValue(p.units_per_pack)
        self.thawed_spin.setValue(p.thawed_shelf_life_days or 0)
        self.in_use_spin.setValue(p.in_use_hours_after_opening or 0)
        self.min_shelf_spin.setValue(p.min_remaining_shelf_life_days)
        self.frozen_min.set_value(p.frozen_min_c)
        self.frozen_max.set_value(p.frozen_max_c)
        self.fridge_min.set_value(p.fridge_min_c)
        self.fridge_max.set_value(p.fridge_max_c)
        self.pack_volume_spin.setValue(round(p.pack_volume_ml or 0))
        self.note_edit.setPlainText(p.note)
        self.active_check.setChecked(p.active)

    def _update_per_pack(self) -> None:
        per_pack = self.doses_per_unit_spin.value() * self.units_per_pack_spin.value()
        self.doses_per_pack_label.setText(self.tr("= %1 doses per pack").replace("%1", str(per_pack)))

    def form_value(self) -> str:
        text = self.form_combo.currentText().strip()
        for i in range(self.form_combo.count()):
            if self.form_combo.itemText(i) == text:
                return str(self.form_combo.itemData(i))
        return text

    def local_problems(self) -> list[str]:
        problems = []
        for edit, what in (
            (self.frozen_min, self.tr("Frozen storage")),
            (self.frozen_max, self.tr("Frozen storage")),
            (self.fridge_min, self.tr("Refrigerated storage")),
            (self.fridge_max, self.tr("Refrigerated storage")),
        ):
            if not edit.is_valid():
                problems.append(
                    self.tr("%1: '%2' is not a whole number of degrees.")
                    .replace("%1", what)
                    .replace("%2", edit.text())
                )
        for low, high, what in (
            (self.frozen_min, self.frozen_max, self.tr("Frozen storage")),
            (self.fridge_min, self.fridge_max, self.tr("Refrigerated storage")),
        ):
            lo, hi = low.value(), high.value()
            if lo is not None and hi is not None and lo > hi:
                problems.append(self.tr("%1: the lowest temperature is above the highest.").replace("%1", what))
        return problems

    def build(self) -> ProductInfo:
        p = self.product
        return ProductInfo(
            id=p.id if p is not None else None,
            varenummer=self.varenummer_edit.text().strip(),
            gtin=self.gtin_edit.text().strip() or None,
            programme_code=str(self.programme_combo.currentData() or ""),
            name=self.name_edit.text().strip(),
            manufacturer=self.manufacturer_edit.text().strip(),
            form=self.form_value(),
            doses_per_unit=self.doses_per_unit_spin.value(),
            units_per_pack=self.units_per_pack_spin.value(),
            thawed_shelf_life_days=self.thawed_spin.value() or None,
            in_use_hours_after_opening=self.in_use_spin.value() or None,
            min_remaining_shelf_life_days=self.min_shelf_spin.value(),
            frozen_min_c=self.frozen_min.value(),
            frozen_max_c=self.frozen_max.value(),
            fridge_min_c=self.fridge_min.value(),
            fridge_max_c=self.fridge_max.value(),
            note=self.note_edit.toPlainText().strip(),
            active=self.active_check.isChecked(),
            short_name=self.short_name_edit.text().strip(),
            pack_volume_ml=float(self.pack_volume_spin.value()) or None,
        )

    def save_op(self, value: ProductInfo) -> ServiceOp[ProductInfo]:
        return settings_ops.save_product(self, value)
