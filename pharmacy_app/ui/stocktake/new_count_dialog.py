"""Start a count: the place (the pharmacy, its quarantine or a site), optionally only one
programme, product or storage, and whether it is blind.

Starting freezes the expected figures at that moment (the stocktake service); a count
that would overlap an open one at the same place is refused, in the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from pharmacy_app.domain.stocktake import FRIDGE, FROZEN
from pharmacy_app.services.reference import LocationInfo, ProductInfo, ProgrammeInfo
from pharmacy_app.ui import labels
from pharmacy_app.ui.common.async_dialog import ServiceDialog
from pharmacy_app.ui.common.problem_list import ProblemList
from pharmacy_app.ui.common.widgets import hint_label, ok_cancel_buttons
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import stocktake as stocktake_ops
from pharmacy_app.ui.stocktake.models import storage_text


class NewCountDialog(ServiceDialog):
    """Choose what to count, then start; :attr:`started` gives the new count's id."""

    started = Signal(int)

    def __init__(
        self,
        ops: Operations,
        places: list[LocationInfo],
        programmes: list[ProgrammeInfo],
        products: list[ProductInfo],
        parent: QWidget | None = None,
        *,
        place: str | None = None,
    ):
        super().__init__(ops, parent)
        self.setWindowTitle(self.tr("New count"))
        self.setObjectName("newCountDialog")
        self.setMinimumWidth(460)
        self.place_combo = QComboBox()
        self.place_combo.setObjectName("place")
        for loc in places:
            self.place_combo.addItem(f"{loc.name} ({loc.code})", loc.code)
        if place is not None and self.place_combo.findData(place) >= 0:
            self.place_combo.setCurrentIndex(self.place_combo.findData(place))
        self.programme_combo = QComboBox()
        self.programme_combo.setObjectName("programme")
        self.programme_combo.addItem(self.tr("All programmes"), None)
        for prog in programmes:
            self.programme_combo.addItem(labels.by_language(prog.name_da, prog.name_en), prog.code)
        self.product_combo = QComboBox()
        self.product_combo.setObjectName("product")
        self.product_combo.addItem(self.tr("All products"), None)
        for prod in products:
            self.product_combo.addItem(
                f"{prod.short_name or prod.name} ({prod.varenummer})", prod.varenummer
            )
        self.storage_combo = QComboBox()
        self.storage_combo.setObjectName("storage")
        self.storage_combo.addItem(self.tr("Freezer and fridge"), None)
        for storage in (FROZEN, FRIDGE):
            self.storage_combo.addItem(storage_text(storage), storage)
        self.blind_check = QCheckBox(
            self.tr("&Blind count: hide the expected figures from the person counting")
        )
        self.blind_check.setObjectName("blind")
        self.problems = ProblemList()

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for text, widget in (
            (self.tr("&Place"), self.place_combo),
            (self.tr("P&rogramme"), self.programme_combo),
            (self.tr("Pro&duct"), self.product_combo),
            (self.tr("&Storage"), self.storage_combo),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.blind_check)
        hint = hint_label(
            self.tr(
                "Starting freezes what the ledger holds there now. Movements during the count are accounted "
                "for; lots found that are not on the list can be added by scanning or from a count file."
            )
        )
        self.buttons, self.ok_button = ok_cancel_buttons(
            self, self.tr("Start count"), self.tr("Cancel"), self.submit, "startCount"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self._refresh()
        self.place_combo.setFocus()

    def _refresh(self) -> None:
        self.ok_button.setEnabled(not self._busy and self.place_combo.count() > 0)

    def submit(self) -> None:
        code = self.place_combo.currentData()
        if self._busy or not code:
            return
        op = stocktake_ops.start(
            self,
            str(code),
            programme=self.programme_combo.currentData(),
            product=self.product_combo.currentData(),
            storage=self.storage_combo.currentData(),
            blind=self.blind_check.isChecked(),
        )
        self.run_op(op, self.started.emit, self.tr("Starting the count…"))
