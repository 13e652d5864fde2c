"""Forms for adding and editing products and sites.

A form saves through the operations helper; when the service refuses, every problem is
listed in the form, in the UI language, and the form stays open with what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.domain.catalog import SHORT_NAME_MAX
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.services import reference
from pharmacy_app.services.reference import (
    KindInfo,
    LocationInfo,
    ProductInfo,
    ProgrammeInfo,
    RegionInfo,
)
from pharmacy_app.ui import labels
from pharmacy_app.ui.common.problem_list import ProblemList
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.widgets import OptionalIntEdit


class _FormDialog(QDialog):
    """Save/Cancel handling shared by the forms."""

    saved = Signal(object)

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self._ops = ops
        self.problems = ProblemList()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addLayout(self.form)
        layout.addSpacing(6)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.result_value: object | None = None
        self._saving = False

    def local_problems(self) -> list[str]:
        return []

    def build(self) -> object:
        raise TypeError(f"{type(self).__name__} must define build()")

    def save(self) -> None:
        if self._saving:
            return
        local = self.local_problems()
        if local:
            self.problems.show_problems(local)
            return
        value = self.build()
        self._saving = True
        self.save_button.setEnabled(False)

        def success(result: object) -> None:
            self._saving = False
            self.save_button.setEnabled(True)
            self.result_value = result
            self.problems.show_problems([])
            self.saved.emit(result)
            self.accept()

        def failure(exc: BaseException) -> bool:
            self._saving = False
            self.save_button.setEnabled(True)
            if isinstance(exc, DomainError):
                self.problems.show_problems([labels.problem_text(p) for p in exc.problems])
                return True
            return False

        self._ops.write(
            lambda app: self.save_fn_for(app, value),
            success,
            failure=failure,
            changes={"reference"},
            label=self.tr("Saving…"),
            parent=self,
        )

    def save_fn_for(self, app: object, value: object) -> object:
        raise TypeError(f"{type(self).__name__} must define save_fn_for()")


class ProductDialog(_FormDialog):
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
        self.doses_per_unit_spin = _spin(1, 1000, "dosesPerUnit")
        self.units_per_pack_spin = _spin(1, 10_000, "unitsPerPack")
        self.doses_per_pack_label = QLabel()
        self.thawed_spin = _spin(0, 3650, "thawedDays", none_text=self.tr("not thawed"))
        self.thawed_spin.setSuffix(self.tr(" days"))
        self.in_use_spin = _spin(0, 1000, "inUseHours", none_text=self.tr("no limit"))
        self.in_use_spin.setSuffix(self.tr(" hours"))
        self.min_shelf_spin = _spin(0, 3650, "minShelfLifeDays")
        self.min_shelf_spin.setSuffix(self.tr(" days"))
        self.frozen_min = OptionalIntEdit(-100, 50)
        self.frozen_max = OptionalIntEdit(-100, 50)
        self.fridge_min = OptionalIntEdit(-100, 50)
        self.fridge_max = OptionalIntEdit(-100, 50)
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
        f.addRow(self.tr("Units per pack"), _row(self.units_per_pack_spin, self.doses_per_pack_label))
        f.addRow(self.tr("Shelf life after thawing"), self.thawed_spin)
        f.addRow(self.tr("In use after opening"), self.in_use_spin)
        f.addRow(self.tr("Minimum remaining shelf life"), self.min_shelf_spin)
        f.addRow(self.tr("Frozen storage"), _range_row(self.frozen_min, self.frozen_max, self.tr("to")))
        f.addRow(self.tr("Refrigerated storage"), _range_row(self.fridge_min, self.fridge_max, self.tr("to")))
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
        )

    def save_fn_for(self, app: object, value: object) -> object:
        assert isinstance(value, ProductInfo)
        return reference.save_product(app, value)  # type: ignore[arg-type]


class LocationDialog(_FormDialog):
    def __init__(
        self,
        ops: Operations,
        kinds: list[KindInfo],
        regions: list[RegionInfo],
        location: LocationInfo | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(ops, parent)
        self.location = location
        self.setWindowTitle(self.tr("New site") if location is None else self.tr("Edit site"))
        self.setMinimumWidth(520)
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
        if location is not None:
            self.code_edit.setText(location.code)
            self.name_edit.setText(location.name)
            _select(self.kind_combo, location.kind_code)
            _select(self.region_combo, location.region_code)
            self.address_edit.setText(location.address)
            self.city_edit.setText(location.city)
            self.active_check.setChecked(location.active)
        else:
            _select(self.kind_combo, "central")

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

    def save_fn_for(self, app: object, value: object) -> object:
        assert isinstance(value, LocationInfo)
        return reference.save_location(app, value)  # type: ignore[arg-type]


def _spin(lowest: int, highest: int, name: str, none_text: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(lowest, highest)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    spin.setMinimumWidth(110)
    if none_text:
        spin.setSpecialValueText(none_text)  # shown at the minimum (0): not set
    return spin


def _row(*widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(8)
    for w in widgets:
        layout.addWidget(w)
    layout.addStretch(1)
    return box


def _range_row(low: OptionalIntEdit, high: OptionalIntEdit, to: str) -> QWidget:
    return _row(low, QLabel(to), high, QLabel("°C"))


def _select(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)
