"""The Cold chain page's Equipment tab: the places (with a filter box) and, for the
chosen one, its storage equipment per class with range, capacity and fill level, and
what each class holds (product, batch, doses, thawed use-by).

Both reads run through the operations helper (``storage_settings.storage_summaries`` and
``storage_view``), so the window never waits for the database; an answer to an older
question (another place chosen meanwhile) is dropped.  The tab reloads when stock or
reference data change (at once when shown, else the next time it is shown).  Stock
counted under a class the place does not have (frozen stock at a fridge-only place) is
shown in red, so nobody misses it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.domain.changes import Change
from pharmacy_app.services import storage_settings
from pharmacy_app.services.app import App
from pharmacy_app.services.storage_settings import StorageSummary, StorageView
from pharmacy_app.ui import labels
from pharmacy_app.ui.cold_chain.models import PlaceListModel, StoredLotModel, StoredRow
from pharmacy_app.ui.common import storage_labels
from pharmacy_app.ui.common.widgets import (
    RefreshingTab,
    TableView,
    bold,
    hint_label,
    page_splitter,
    restore_header,
    save_header,
)
from pharmacy_app.ui.operations import Operations

WARN_COLOUR, FULL_COLOUR = "#a11d12", "#b35c00"
PLACES_HEADER, LOTS_HEADER = "cold_chain/places_header_v1", "cold_chain/lots_header_v1"


class EquipmentTab(RefreshingTab):
    RELEVANT_CHANGES = Change.STOCK | Change.REFERENCE | Change.RECEIVING | Change.DISTRIBUTION

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.setObjectName("equipmentTab")
        self.summaries: list[StorageSummary] = []
        self.view: StorageView | None = None
        self._view_generation = 0

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("placeFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter: code, name or kind"))
        self.filter_edit.setClearButtonEnabled(True)
        self.places_model = PlaceListModel(self)
        self.places = TableView()
        self.places.setObjectName("places")
        self.places.setModel(self.places_model)
        self.places.set_empty_text(self.tr("No places match the filter."))
        self.places.set_column_widths({0: 125, 1: 200, 2: 210})
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_edit)
        left_layout.addWidget(self.places, 1)

        self.title = bold(QLabel(self.tr("Choose a place on the left.")))
        self.title.setObjectName("placeTitle")
        self.title.setWordWrap(True)
        self.source = hint_label("")
        self.source.setObjectName("equipmentSource")
        self.equipment_box = QGroupBox(self.tr("Storage equipment"))
        self.equipment_grid = QGridLayout(self.equipment_box)
        self.equipment_grid.setHorizontalSpacing(14)
        self.equipment_grid.setColumnStretch(3, 1)
        self.fill_bars: dict[str, QProgressBar] = {}
        self.lots_model = StoredLotModel(self)
        self.lots = TableView()
        self.lots.setObjectName("storedLots")
        self.lots.setModel(self.lots_model)
        self.lots.set_empty_text(self.tr("Nothing is stored here."))
        self.lots.set_column_widths({0: 115, 1: 190, 2: 85, 3: 65, 4: 100, 5: 95, 6: 95, 7: 70})
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.source)
        right_layout.addWidget(self.equipment_box)
        lots_title = bold(QLabel(self.tr("What is stored, by class")))
        right_layout.addWidget(lots_title)
        right_layout.addWidget(self.lots, 1)

        self.splitter = page_splitter(self, left, right, Qt.Orientation.Horizontal, (1, 2), [330, 700])
        outer = self.layout()
        if outer is not None:  # page_splitter's, with a page's margins: a tab needs less
            outer.setContentsMargins(0, 8, 0, 0)
        self.filter_edit.textChanged.connect(self._show_places)
        self.places.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._place_chosen(cur.row()))
        self.equipment_box.setVisible(False)

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        generation = self._next_generation()
        self._ops.query(
            storage_settings.storage_summaries,
            lambda rows: self._arrived(generation, rows),
            parent=self,
        )

    def _arrived(self, generation: int, summaries: list[StorageSummary]) -> None:
        if not self._is_current(generation):
            return
        self.summaries = summaries
        self._show_places()

    def _show_places(self) -> None:
        wanted = self.filter_edit.text().strip().casefold()
        current = self.view.code if self.view is not None else None
        shown = [
            s
            for s in self.summaries
            if not wanted
            or any(
                wanted in text.casefold()
                for text in (s.code, s.name, labels.by_language(s.kind_da, s.kind_en))
            )
        ]
        self.places_model.set_rows(shown)
        codes = [s.code for s in shown]
        if current in codes:
            self.places.select_row(codes.index(current))
            self.load_place(current)
        elif shown:
            self.places.select_row(0)
        else:
            self._show_view(None)

    def _place_chosen(self, row: int) -> None:
        place = self.places_model.row_at(row) if row >= 0 else None
        if place is not None:
            self.load_place(place.code)

    def load_place(self, code: str) -> None:
        self._view_generation += 1
        generation = self._view_generation

        def read(app: App) -> StorageView:
            return storage_settings.storage_view(app, code)

        self._ops.query(read, lambda view: self._view_arrived(generation, view), parent=self)

    def _view_arrived(self, generation: int, view: StorageView) -> None:
        if generation == self._view_generation:
            self._show_view(view)

    # ------------------------------------------------------------------ showing

    def _show_view(self, view: StorageView | None) -> None:
        self.view = view
        self._clear_grid()
        if view is None:
            self.title.setText(self.tr("Choose a place on the left."))
            self.source.setText("")
            self.equipment_box.setVisible(False)
            self.lots_model.set_rows([])
            return
        place = view.place
        kind = labels.by_language(place.kind_da, place.kind_en)
        self.title.setText(f"{place.name} ({place.code}) · {kind}")
        if place.recorded:
            self.source.setText(self.tr("Equipment recorded for this place (Settings › Sites)."))
        else:
            self.source.setText(
                storage_labels.default_text(kind, (e.storage_class for e in place.equipment))
                + " "
                + self.tr("(nothing recorded; Settings › Sites)")
            )
        grid = self.equipment_grid
        for col, head in enumerate(
            (self.tr("Class"), self.tr("Range"), self.tr("Capacity"), self.tr("Fill level"))
        ):
            grid.addWidget(bold(QLabel(head)), 0, col)
        for row, c in enumerate(view.classes, start=1):
            name = QLabel(storage_labels.class_name(c.storage_class))
            grid.addWidget(name, row, 0)
            grid.addWidget(QLabel(storage_labels.range_text(c.storage_class)), row, 1)
            capacity = storage_labels.capacity_text(c.capacity_packs, c.capacity_litres)
            grid.addWidget(QLabel(capacity or self.tr("no limit")), row, 2)
            fill_text = storage_labels.fill_text(c.packs, c.capacity_packs, c.fill)
            if not c.installed:
                warn = QLabel(
                    self.tr("%1 held, but the place has no %2").replace("%1", fill_text)
                    .replace("%2", storage_labels.class_name(c.storage_class).lower())
                )
                warn.setStyleSheet(f"color: {WARN_COLOUR}; font-weight: bold;")
                grid.addWidget(warn, row, 3)
            elif c.fill is None:
                grid.addWidget(QLabel(fill_text), row, 3)
            else:
                bar = QProgressBar()
                bar.setObjectName(f"fill_{c.storage_class.value}")
                bar.setRange(0, 100)
                bar.setValue(min(100, round(c.fill * 100)))
                bar.setFormat(fill_text)
                bar.setTextVisible(True)
                bar.setMaximumWidth(440)
                if c.fill > 1:
                    bar.setStyleSheet(
                        f"QProgressBar {{ color: white; }} QProgressBar::chunk {{ background: {WARN_COLOUR}; }}"
                    )
                elif c.fill >= 0.9:
                    bar.setStyleSheet(f"QProgressBar::chunk {{ background: {FULL_COLOUR}; }}")
                self.fill_bars[c.storage_class.value] = bar
                grid.addWidget(bar, row, 3)
        self.equipment_box.setVisible(True)
        self.lots_model.set_rows(
            [StoredRow(c.storage_class, c.installed, lot) for c in view.classes for lot in c.lots]
        )

    def _clear_grid(self) -> None:
        self.fill_bars = {}
        while self.equipment_grid.count():
            item = self.equipment_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    # ------------------------------------------------------------------ state

    def save_state(self) -> None:
        save_header(PLACES_HEADER, self.places)
        save_header(LOTS_HEADER, self.lots)

    def restore_state(self) -> None:
        restore_header(PLACES_HEADER, self.places)
        restore_header(LOTS_HEADER, self.lots)

