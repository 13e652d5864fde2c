"""Choosing the home pharmacy: the pharmacy this installation works for (and so its
region), from the catalogue's pharmacies, region and pharmacy in one list.  There is no
default: nothing is received until one is chosen on purpose.  The set-up guide, the
Receiving page's gate and Settings all open it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from pharmacy_app.services import setup
from pharmacy_app.ui.common.async_dialog import ServiceDialog
from pharmacy_app.ui.common.problem_list import ProblemList
from pharmacy_app.ui.common.widgets import submit_buttons
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import settings as settings_ops


class HomePharmacyDialog(ServiceDialog):
    """Choose the pharmacy this installation works for (and so its region)."""

    chosen = Signal(object)  # SetupState

    def __init__(self, ops: Operations, current: str | None = None, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.setObjectName("homePharmacyDialog")
        self.setWindowTitle(self.tr("Home pharmacy"))
        self.setMinimumWidth(560)
        self._current = current
        intro = QLabel(
            self.tr(
                "Choose the pharmacy this installation works for. Deliveries from SSI are "
                "received there, and the sites of its region are the ones it supplies. "
                "It can be changed later under Settings, General."
            )
        )
        intro.setWordWrap(True)
        self.combo = QComboBox()
        self.combo.setObjectName("homePharmacyChoice")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # No default: the pharmacy is chosen on purpose.
        self.combo.setPlaceholderText(self.tr("Choose the region's pharmacy…"))
        label = QLabel(self.tr("&Pharmacy"))
        label.setBuddy(self.combo)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.combo, 1)
        self.combo.currentIndexChanged.connect(lambda _i: self._refresh())
        self.problems = ProblemList()
        self.buttons, self.ok_button = submit_buttons(self, self.tr("Choose"), self.tr("Cancel"), self.submit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 12)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.loaded = False
        self._refresh()
        ops.query(setup.pharmacy_choices, self._arrived, parent=self)

    def _arrived(self, choices: list[setup.PharmacyChoice]) -> None:
        self.combo.clear()
        for c in choices:
            city = f" ({c.city})" if c.city else ""
            self.combo.addItem(f"{c.region_name} – {c.name}{city}", c.code)
        self.combo.setCurrentIndex(self.combo.findData(self._current) if self._current else -1)
        self.loaded = True
        self._refresh()
        # The longest name shows whole: the dialog widens for it.
        self.combo.setMinimumWidth(self.combo.sizeHint().width())
        layout = self.layout()
        if layout is None:
            return
        layout.invalidate()
        layout.activate()
        self.resize(max(self.width(), layout.totalMinimumSize().width()), self.height())
        self.combo.setFocus()

    def choose(self, code: str) -> bool:
        index = self.combo.findData(code)
        if index >= 0:
            self.combo.setCurrentIndex(index)
        return index >= 0

    def _refresh(self) -> None:
        self.ok_button.setEnabled(self.loaded and not self._busy and self.combo.currentData() is not None)

    def submit(self) -> None:
        code = self.combo.currentData()
        if self._busy or not code:
            return
        self.run_op(
            settings_ops.choose_home_pharmacy(self, str(code)),
            self.chosen.emit,
            self.tr("Saving…"),
        )
