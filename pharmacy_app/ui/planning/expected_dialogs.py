"""Recording an expected delivery and cancelling one, from the Order tab.

:class:`AddExpectedDialog` asks for a product of the catalogue (active ones only), a
quantity in whole packs or in doses, the day it is expected (the app's today unless
changed), SSI's or the pharmacy's reference, whether SSI announced it or the pharmacy
ordered it, and a note.  :class:`CancelExpectedDialog` names the expectation and asks why
it will not come (the note goes to the activity log with the cancellation).

What must hold: the quantity and the rest are judged by the service
(:func:`pharmacy_app.services.expected_deliveries.add_expected`); its refusal is shown in
the dialog, which stays open with what was typed, and nothing is saved.  Both writes run
through the operations helper, off the window thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.services import reference
from pharmacy_app.services.app import App
from pharmacy_app.services.expected_deliveries import DeliveryLine
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.async_dialog import ServiceDialog
from pharmacy_app.ui.common.dates import calendar_date_edit, pydate
from pharmacy_app.ui.common.problem_list import ProblemList
from pharmacy_app.ui.common.widgets import hint_label, submit_buttons
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import planning as planning_ops

PACKS, DOSES = "packs", "doses"
MOST = 10_000_000  # doses: more than a season's national need; the spin box needs a top


@dataclass(frozen=True)
class ProductChoice:
    varenummer: str
    name: str
    doses_per_pack: int


def _active_products(app: App) -> list[ProductChoice]:
    return [
        ProductChoice(p.varenummer, p.display_name, p.doses_per_pack)
        for p in reference.list_products(app, active_only=True)
    ]


class AddExpectedDialog(ServiceDialog):
    """Doses of a product expected on a day: announced by SSI or ordered by the pharmacy."""

    added = Signal(object)  # ExpectedView

    def __init__(self, ops: Operations, today: date, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.setObjectName("addExpectedDialog")
        self.setWindowTitle(self.tr("Add expected delivery"))
        self.setMinimumWidth(520)
        self._products: list[ProductChoice] = []
        self.product_combo = QComboBox()
        self.product_combo.setObjectName("product")
        self.product_combo.setPlaceholderText(self.tr("Loading…"))
        self.product_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.quantity_spin = QSpinBox()
        self.quantity_spin.setObjectName("quantity")
        self.quantity_spin.setRange(0, MOST)
        self.quantity_spin.setAccelerated(True)
        self.quantity_spin.setGroupSeparatorShown(True)
        self.quantity_spin.setMinimumWidth(110)
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("unit")
        self.unit_combo.addItem(self.tr("packs"), PACKS)
        self.unit_combo.addItem(self.tr("doses"), DOSES)
        self.in_doses = QLabel()
        self.in_doses.setObjectName("inDoses")
        quantity = QWidget()
        quantity_row = QHBoxLayout(quantity)
        quantity_row.setContentsMargins(0, 0, 0, 0)
        quantity_row.addWidget(self.quantity_spin)
        quantity_row.addWidget(self.unit_combo)
        quantity_row.addWidget(self.in_doses, 1)
        self.date_edit = calendar_date_edit(today)
        self.date_edit.setObjectName("expectedOn")
        self.reference_edit = QLineEdit()
        self.reference_edit.setObjectName("reference")
        self.reference_edit.setMaxLength(40)
        self.reference_edit.setPlaceholderText(self.tr("SSI's order or delivery number (optional)"))
        self.source_combo = QComboBox()
        self.source_combo.setObjectName("source")
        self.source_combo.addItem(self.tr("Announced by SSI"), "ssi")
        self.source_combo.addItem(self.tr("Ordered by the pharmacy"), "order")
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("note")
        self.note_edit.setMaxLength(200)
        self.note_edit.setPlaceholderText(self.tr("Optional"))
        self.problems = ProblemList()
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        rows: tuple[tuple[str, QWidget, QWidget], ...] = (
            (self.tr("&Product"), self.product_combo, self.product_combo),
            (self.tr("&Quantity"), quantity, self.quantity_spin),
            (self.tr("Expected &on"), self.date_edit, self.date_edit),
            (self.tr("&Reference"), self.reference_edit, self.reference_edit),
            (self.tr("&Type"), self.source_combo, self.source_combo),
            (self.tr("&Note"), self.note_edit, self.note_edit),
        )
        for text, field, buddy in rows:
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, field)
        hint = hint_label(
            self.tr(
                "Expected doses not yet received are subtracted from the suggested order, and a "
                "delivery note received is matched against them."
            )
        )
        self.buttons, self.ok_button = submit_buttons(
            self, self.tr("&Save"), self.tr("Cancel"), self.submit
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        chain = (
            self.product_combo, self.quantity_spin, self.unit_combo, self.date_edit, self.reference_edit,
            self.source_combo, self.note_edit, self.ok_button,
        )  # fmt: skip
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.product_combo.currentIndexChanged.connect(lambda _i: self._show_doses())
        self.unit_combo.currentIndexChanged.connect(lambda _i: self._show_doses())
        self.quantity_spin.valueChanged.connect(lambda _v: self._show_doses())
        self._refresh()
        self.product_combo.setFocus()
        self._ops.query(_active_products, self._products_arrived, parent=self)

    # ------------------------------------------------------------------ public

    def products_loaded(self) -> bool:
        return bool(self._products)

    def select_product(self, varenummer: str) -> None:
        index = self.product_combo.findData(varenummer)
        if index >= 0:
            self.product_combo.setCurrentIndex(index)

    def chosen(self) -> ProductChoice | None:
        v = self.product_combo.currentData()
        return next((p for p in self._products if p.varenummer == v), None)

    def submit(self) -> None:
        if self._busy:
            return
        product = self.chosen()
        if product is None:
            self.problems.show_problems([self.tr("Choose the product.")])
            self.product_combo.setFocus()
            return
        amount = self.quantity_spin.value()
        in_packs = self.unit_combo.currentData() == PACKS
        self.problems.show_problems([])
        self.run_op(
            planning_ops.add_expected(
                self,
                product=product.varenummer,
                expected_on=pydate(self.date_edit.date()),
                packs=amount if in_packs else None,
                doses=None if in_packs else amount,
                reference=self.reference_edit.text(),
                source=str(self.source_combo.currentData()),
                note=self.note_edit.text(),
            ),
            self.added.emit,
            self.tr("Saving…"),
        )

    # ------------------------------------------------------------------ internals

    def _refresh(self) -> None:
        self.ok_button.setEnabled(not self._busy and bool(self._products))

    def _products_arrived(self, products: list[ProductChoice]) -> None:
        self._products = products
        self.product_combo.blockSignals(True)
        self.product_combo.clear()
        for p in products:
            self.product_combo.addItem(f"{p.name} ({p.varenummer})", p.varenummer)
        self.product_combo.setPlaceholderText(self.tr("No active products") if not products else "")
        self.product_combo.setCurrentIndex(0 if products else -1)
        self.product_combo.blockSignals(False)
        self._show_doses()
        self._refresh()

    def _show_doses(self) -> None:
        """What the quantity means in the other unit: packs are what SSI sends."""
        product = self.chosen()
        if product is None:
            self.in_doses.setText("")
            return
        amount = self.quantity_spin.value()
        per_pack = product.doses_per_pack
        if self.unit_combo.currentData() == PACKS:
            text = self.tr("= %1 doses (%2 a pack)").replace("%1", fmt.integer(amount * per_pack))
        else:
            text = self.tr("= %1 packs (%2 a pack)").replace("%1", fmt.number(amount / per_pack, 1))
        self.in_doses.setText(text.replace("%2", fmt.integer(per_pack)))


class CancelExpectedDialog(ServiceDialog):
    """An expected delivery that will not come: why, then cancelled (kept, marked)."""

    cancelled_one = Signal(object)  # ExpectedView

    def __init__(self, ops: Operations, line: DeliveryLine, parent: QWidget | None = None):
        super().__init__(ops, parent)
        if line.expected_id is None:
            raise ValueError("only an expected delivery can be cancelled")
        self.expected_id = line.expected_id
        self.setObjectName("cancelExpectedDialog")
        self.setWindowTitle(self.tr("Cancel expected delivery"))
        self.setMinimumWidth(480)
        after = self.tr(
            "It will no longer be subtracted from the order; it stays in the activity log with your note."
        )
        what = QLabel(f"{line.text(fmt.language())}\n\n{after}")
        what.setObjectName("cancelWhat")
        what.setWordWrap(True)
        label = QLabel(self.tr("&Why will it not come?"))
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("cancelNote")
        self.note_edit.setMaxLength(200)
        self.note_edit.setPlaceholderText(self.tr("Required, e.g. SSI moved it to week 48"))
        label.setBuddy(self.note_edit)
        self.problems = ProblemList()
        self.buttons, self.ok_button = submit_buttons(
            self, self.tr("Cancel &delivery"), self.tr("Keep it"), self.submit
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addWidget(what)
        layout.addWidget(label)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.note_edit.textChanged.connect(self._refresh)
        self._refresh()
        self.note_edit.setFocus()

    def note(self) -> str:
        return self.note_edit.text().strip()

    def _refresh(self) -> None:
        self.ok_button.setEnabled(not self._busy and bool(self.note()))

    def submit(self) -> None:
        if self._busy or not self.note():
            return
        self.run_op(
            planning_ops.cancel_expected(self, self.expected_id, self.note()),
            self.cancelled_one.emit,
            self.tr("Cancelling…"),
        )
