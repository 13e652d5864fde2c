"""The form under a draft receipt's lines to type a line by hand: product, batch, expiry,
packs, storage on arrival, and on hold with its reason.

What must hold: a frozen storage condition can be chosen only for a frozen product; the
form names everything still missing before the line is asked for; after a line is added
the product stays (the next line is often the same vaccine) but the batch and expiry are
typed again, never carried over by mistake.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGroupBox, QLineEdit, QSpinBox, QWidget

from pharmacy_app.services.receiving import FRIDGE, FROZEN
from pharmacy_app.services.reference import ProductInfo
from pharmacy_app.ui.common.date_edit import DateEdit
from pharmacy_app.ui.common.flow_layout import FlowLayout, group, labelled
from pharmacy_app.ui.common.widgets import push_button
from pharmacy_app.ui.receiving.models import condition_name


@dataclass(frozen=True)
class TypedLine:
    """A line as typed in the form, complete."""

    product_id: int
    batch: str
    expiry: date
    packs: int
    condition: str
    hold: bool
    hold_reason: str


class LineForm(QGroupBox):
    """Type a line; :attr:`submitted` when Add line (or Enter in a field) asks for it."""

    submitted = Signal()

    def __init__(self, is_frozen: Callable[[int], bool], parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Type a line"))
        self._is_frozen = is_frozen
        self._products: list[ProductInfo] = []
        self.setObjectName("lineForm")
        self.product_combo = QComboBox()
        self.product_combo.setObjectName("lineProduct")
        self.product_combo.setMinimumContentsLength(24)
        self.product_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.batch_edit = QLineEdit()
        self.batch_edit.setObjectName("lineBatch")
        self.batch_edit.setMaxLength(20)
        self.batch_edit.setPlaceholderText(self.tr("Batch"))
        self.expiry_edit = DateEdit()
        self.expiry_edit.setObjectName("lineExpiry")
        self.expiry_edit.line.setObjectName("lineExpiryText")
        self.packs_spin = QSpinBox()
        self.packs_spin.setObjectName("linePacks")
        self.packs_spin.setRange(1, 99_999)
        self.packs_spin.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.packs_spin.setMinimumWidth(70)
        self.condition_combo = QComboBox()
        self.condition_combo.setObjectName("lineCondition")
        self.condition_combo.addItem(condition_name(FROZEN), FROZEN)
        self.condition_combo.addItem(condition_name(FRIDGE), FRIDGE)
        self.condition_combo.setToolTip(
            self.tr("Storage condition on arrival; a frozen product that arrives at 2–8 °C is received thawed")
        )
        self.hold_check = QCheckBox(self.tr("On &hold"))
        self.hold_check.setObjectName("lineHold")
        self.hold_check.setToolTip(
            self.tr("Cold chain in doubt: receive into quarantine, not pickable until a pharmacist releases it")
        )
        self.hold_reason_edit = QLineEdit()
        self.hold_reason_edit.setObjectName("lineHoldReason")
        self.hold_reason_edit.setMaxLength(200)
        self.hold_reason_edit.setPlaceholderText(self.tr("Reason, e.g. temperature logger alarm"))
        self.hold_reason_edit.setEnabled(False)
        self.add_button = push_button(
            self.tr("&Add line"), "addLine", self.tr("Add the typed line to the receipt (Enter in the form, Alt+A)")
        )

        # A flow: in a narrow pane the fields wrap, each with its label, never overlap.
        form = FlowLayout(self, spacing=14, row_spacing=6)
        form.setContentsMargins(10, 8, 10, 8)
        self.batch_edit.setMinimumWidth(100)
        self.expiry_edit.setMinimumWidth(130)
        self.hold_reason_edit.setMinimumWidth(220)
        form.addWidget(labelled(self.tr("&Product"), self.product_combo))
        form.addWidget(labelled(self.tr("&Batch"), self.batch_edit))
        form.addWidget(labelled(self.tr("E&xpiry"), self.expiry_edit))
        form.addWidget(labelled(self.tr("Pac&ks"), self.packs_spin))
        form.addWidget(labelled(self.tr("&Storage"), self.condition_combo))
        form.addWidget(group(self.hold_check, self.hold_reason_edit, stretch=self.hold_reason_edit))
        form.addWidget(self.add_button)

        self.add_button.clicked.connect(self.submitted)
        for edit in (self.batch_edit, self.expiry_edit.line, self.hold_reason_edit):
            edit.returnPressed.connect(self.submitted)
        self.hold_check.toggled.connect(self._hold_toggled)
        self.product_combo.currentIndexChanged.connect(self._product_changed)

    # ------------------------------------------------------------------ products

    def set_products(self, products: list[ProductInfo]) -> None:
        """The products that can be received; the one chosen stays chosen."""
        self._products = list(products)
        keep = self.product_combo.currentData()
        self.product_combo.blockSignals(True)
        self.product_combo.clear()
        self.product_combo.addItem(self.tr("Choose a product…"), None)
        item_no = self.tr("Item no.")
        for p in products:
            self.product_combo.addItem(f"{p.display_name} · {p.varenummer}", p.id)
            self.product_combo.setItemData(
                self.product_combo.count() - 1,
                f"{p.name}\n{item_no} {p.varenummer}" + (f" · GTIN {p.gtin}" if p.gtin else ""),
                Qt.ItemDataRole.ToolTipRole,
            )
        index = self.product_combo.findData(keep) if keep is not None else 0
        self.product_combo.setCurrentIndex(max(0, index))
        self.product_combo.blockSignals(False)
        self._product_changed(self.product_combo.currentIndex())

    def select_product(self, key: str | int) -> bool:
        """Choose a product by id or item number (tests, shortcuts)."""
        for i in range(1, self.product_combo.count()):
            pid = self.product_combo.itemData(i)
            product = next((p for p in self._products if p.id == pid), None)
            if product is not None and key in (product.id, product.varenummer):
                self.product_combo.setCurrentIndex(i)
                return True
        return False

    def _product_changed(self, _index: int) -> None:
        product_id = self.product_combo.currentData()
        frozen = product_id is not None and self._is_frozen(product_id)
        model = self.condition_combo.model()
        item = model.item(0)  # type: ignore[attr-defined]
        item.setEnabled(frozen or product_id is None)
        self.condition_combo.setCurrentIndex(0 if frozen else 1)

    def _hold_toggled(self, on: bool) -> None:
        self.hold_reason_edit.setEnabled(on)
        if on:
            self.hold_reason_edit.setFocus()

    # ------------------------------------------------------------------ the typed line

    def missing(self) -> list[tuple[str, QWidget]]:
        """What must still be filled in (in words, and the field), first to last."""
        missing: list[tuple[str, QWidget]] = []
        if self.product_combo.currentData() is None:
            missing.append((self.tr("a product"), self.product_combo))
        if not self.batch_edit.text().strip():
            missing.append((self.tr("the batch"), self.batch_edit))
        if self.expiry_edit.value() is None:
            missing.append((self.tr("the expiry date"), self.expiry_edit.line))
        if self.hold_check.isChecked() and not self.hold_reason_edit.text().strip():
            missing.append((self.tr("the reason for the hold"), self.hold_reason_edit))
        return missing

    def typed_line(self) -> TypedLine:
        """The line as typed (complete: :meth:`missing` is empty)."""
        expiry = self.expiry_edit.value()
        assert expiry is not None
        hold = self.hold_check.isChecked()
        return TypedLine(
            product_id=int(self.product_combo.currentData()),
            batch=self.batch_edit.text().strip(),
            expiry=expiry,
            packs=self.packs_spin.value(),
            condition=str(self.condition_combo.currentData()),
            hold=hold,
            hold_reason=self.hold_reason_edit.text().strip() if hold else "",
        )

    def clear_for_next(self) -> None:
        """Ready for the next line: the product stays; batch, expiry, packs and hold do not."""
        self.batch_edit.clear()
        self.expiry_edit.clear()
        self.packs_spin.setValue(1)
        self.hold_check.setChecked(False)
        self.hold_reason_edit.clear()
        self.batch_edit.setFocus()
