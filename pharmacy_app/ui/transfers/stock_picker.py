"""A location, one of its lots (not held) and a number of doses: what a transfer moves.

The lots are asked for again when the location changes; an answer that comes after
another location was chosen is dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from pharmacy_app.services import queries
from pharmacy_app.services.queries import StockFilter, StockRow
from pharmacy_app.services.reference import LocationInfo
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.async_dialog import alive
from pharmacy_app.ui.operations import Operations


class StockPicker(QWidget):
    """A location, one of its lots and a number of doses."""

    changed = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self._ops = ops
        self._rows: list[StockRow] = []
        self._generation = 0
        self.location_combo = QComboBox()
        self.location_combo.setMinimumContentsLength(28)
        self.location_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.lot_combo = QComboBox()
        self.lot_combo.setMinimumContentsLength(40)
        self.lot_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.doses_spin = QSpinBox()
        self.doses_spin.setRange(0, 0)
        self.doses_spin.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.doses_spin.setMinimumWidth(100)
        self.location_combo.currentIndexChanged.connect(lambda _i: self.load_lots())
        self.lot_combo.currentIndexChanged.connect(lambda _i: self._lot_changed())
        self.doses_spin.valueChanged.connect(lambda _v: self.changed.emit())

    def set_locations(self, locations: list[LocationInfo]) -> None:
        with QSignalBlocker(self.location_combo):
            self.location_combo.clear()
            for loc in locations:
                self.location_combo.addItem(f"{loc.name} ({loc.code})", loc)
        self.load_lots()

    def location(self) -> LocationInfo | None:
        found: LocationInfo | None = self.location_combo.currentData()
        return found

    def lot(self) -> StockRow | None:
        found: StockRow | None = self.lot_combo.currentData()
        return found

    def doses(self) -> int:
        return self.doses_spin.value()

    def load_lots(self) -> None:
        loc = self.location()
        self._generation += 1
        generation = self._generation
        if loc is None:
            self.set_lots([])
            return

        def done(rows: list[StockRow]) -> None:
            if generation == self._generation:
                self.set_lots(rows)

        flt = StockFilter(location_id=loc.id)
        self._ops.query(
            lambda app: [r for r in queries.stock_rows(app, flt) if not r.held], alive(self, done), parent=self
        )

    def set_lots(self, rows: list[StockRow]) -> None:
        self._rows = list(rows)
        with QSignalBlocker(self.lot_combo):
            self.lot_combo.clear()
            for row in self._rows:
                text = (
                    self.tr("%1 · batch %2 · use by %3 · %4 doses")
                    .replace("%1", row.product)
                    .replace("%2", row.batch)
                    .replace("%3", fmt.date_text(row.use_by))
                    .replace("%4", fmt.integer(row.doses))
                )
                self.lot_combo.addItem(text, row)
            if not self._rows:
                self.lot_combo.addItem(self.tr("No stock here"), None)
        self._lot_changed()

    def choose_batch(self, batch: str) -> bool:
        for i in range(self.lot_combo.count()):
            row = self.lot_combo.itemData(i)
            if row is not None and row.batch == batch:
                self.lot_combo.setCurrentIndex(i)
                return True
        return False

    def choose_location(self, code: str) -> bool:
        for i in range(self.location_combo.count()):
            loc = self.location_combo.itemData(i)
            if loc is not None and loc.code == code:
                self.location_combo.setCurrentIndex(i)
                return True
        return False

    def _lot_changed(self) -> None:
        row = self.lot()
        if row is None:
            self.doses_spin.setRange(0, 0)
        else:
            self.doses_spin.setRange(0, row.doses)
            self.doses_spin.setSingleStep(max(1, row.doses_per_unit))
        self.changed.emit()
