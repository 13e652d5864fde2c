"""Suggested counts today: a short list of lots to count at a place (most moved, largest
value, not counted for long), so counting is a daily habit; "Count these…" starts a
count of exactly the lots ticked (a cycle count).

What must hold: the list is the cycle-count service's for the place chosen, read in the
background and read again when counts or stock change; nothing is started until the
person asks, and only with the lots ticked.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from pharmacy_app.services import cycle_counts
from pharmacy_app.services.cycle_counts import CycleCountSuggestion
from pharmacy_app.services.reference import LocationInfo
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.table_models import RIGHT, Column, RowsModel
from pharmacy_app.ui.common.widgets import TableView, date_column_width, push_button
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import stocktake as stocktake_ops


def reason_words(reasons: tuple[str, ...]) -> str:
    """Why a lot is suggested, in words."""
    words = {
        "most_moved": QCoreApplication.translate("CyclePanel", "moved often"),
        "largest_value": QCoreApplication.translate("CyclePanel", "much held"),
        "not_counted_recently": QCoreApplication.translate("CyclePanel", "not counted for long"),
    }
    return ", ".join(words.get(r, r) for r in reasons)


class SuggestionsModel(RowsModel[CycleCountSuggestion]):
    """The suggested lots, each with a tick (all ticked at first)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent=parent, checkable=True)
        never = self.tr("never")
        self.columns = [
            Column(self.tr("Product"), key=lambda r: r.product, tip=lambda r: r.varenummer),
            Column(self.tr("Batch"), key=lambda r: r.batch),
            Column(
                self.tr("Why"), text=lambda r: reason_words(r.reasons), tip=lambda r: reason_words(r.reasons)
            ),
            Column(self.tr("Doses held"), key=lambda r: r.doses, text=lambda r: fmt.integer(r.doses), align=RIGHT),
            Column(
                self.tr("Moves (30 d)"),
                key=lambda r: r.movements_30d,
                text=lambda r: fmt.integer(r.movements_30d),
                align=RIGHT,
                header_tip=self.tr("Movements in or out of this place in the last 30 days"),
            ),
            Column(
                self.tr("Last counted"),
                key=lambda r: r.last_counted,
                text=lambda r: fmt.date_text(r.last_counted) if r.last_counted else never,
            ),
            Column(self.tr("Expiry"), key=lambda r: r.expiry, text=lambda r: fmt.date_text(r.expiry)),
            Column(self.tr("Thawed"), key=lambda r: r.thawed_on, text=lambda r: fmt.date_text(r.thawed_on)),
        ]

    def row_id(self, row: CycleCountSuggestion) -> object:
        return row.lot_id


class CyclePanel(QWidget):
    """The suggestions for one place and "Count these…"; :attr:`started` gives the new
    count's id."""

    started = Signal(int)

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cyclePanel")
        self._ops = ops
        self._generation = 0
        self.place_combo = QComboBox()
        self.place_combo.setObjectName("cyclePlace")
        self.place_combo.setMinimumWidth(220)
        place_label = QLabel(self.tr("Pl&ace"))
        place_label.setBuddy(self.place_combo)
        self.note = QLabel()
        self.note.setObjectName("cycleNote")
        self.model = SuggestionsModel(self)
        self.table = TableView()
        self.table.setObjectName("suggestions")
        self.table.setModel(self.model)
        day = date_column_width(self.table)
        self.table.set_column_widths({0: 160, 1: 70, 2: 250, 3: 70, 4: 70, 5: day, 6: day, 7: day})
        self.count_button = push_button(
            self.tr("Count t&hese…"),
            "countThese",
            self.tr("Start a count of the ticked lots at this place"),
        )
        row = QHBoxLayout()
        row.addWidget(place_label)
        row.addWidget(self.place_combo)
        row.addWidget(self.note, 1)
        row.addWidget(self.count_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.place_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.count_button.clicked.connect(self.count_these)
        self.model.checks_changed.connect(self._update)
        self._update()

    def set_places(self, places: list[LocationInfo], chosen: str | None) -> None:
        current = self.place_combo.currentData() or chosen
        blocker = self.place_combo.blockSignals(True)
        self.place_combo.clear()
        for loc in places:
            self.place_combo.addItem(f"{loc.name} ({loc.code})", loc.code)
        index = self.place_combo.findData(current)
        self.place_combo.setCurrentIndex(max(index, 0))
        self.place_combo.blockSignals(blocker)
        self.refresh()

    def place(self) -> str | None:
        code = self.place_combo.currentData()
        return str(code) if code else None

    def refresh(self) -> None:
        code = self.place()
        if code is None:
            self.model.set_rows([])
            self._update()
            return
        self._generation += 1
        generation = self._generation

        def done(rows: list[CycleCountSuggestion]) -> None:
            if generation == self._generation:
                self.model.set_rows(rows)
                self._update()

        self._ops.query(lambda app: cycle_counts.suggest(app, code), done, parent=self)

    def _update(self) -> None:
        ticked = len(self.model.checked_rows())
        self.count_button.setEnabled(ticked > 0 and self.place() is not None)
        self.table.set_empty_text(
            self.tr(
                "Nothing to suggest here today: every lot held is counted recently or in an open count."
            )
        )
        self.note.setText(self.tr("%Ln lot(s) ticked", None, ticked))

    def count_these(self) -> None:
        code = self.place()
        lots = [r.lot_id for r in self.model.checked_rows()]
        if code is None or not lots:
            return
        op = stocktake_ops.start_cycle(self, code, lots)
        op.success(self.started.emit).run(self._ops, self.tr("Starting the count…"))
