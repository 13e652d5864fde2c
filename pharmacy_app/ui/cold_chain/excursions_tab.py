"""Kølekæde › Temperaturudsving: the excursion history, recording one, importing a data
logger file, the lots each holds with their stability rule and a suggested decision,
a pharmacist's decision, and the excursion report.

A widget of its own (``ExcursionsTab(ops)``, as the pages take), placed as the cold-chain
page's second tab.  Reads and writes run off the window thread (``ui.operations``); it
reloads on the ``EXCURSIONS`` and ``STOCK`` changes.  Staff record and import;
deciding is for a coordinator or above (the button says so: ``ui.common.role_gate``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from pharmacy_app.domain.changes import Change
from pharmacy_app.services import excursion_views, excursions, reference
from pharmacy_app.services.app import App
from pharmacy_app.services.excursion_views import ExcursionDetail, ExcursionRow, HeldLotRow
from pharmacy_app.services.reference import LocationInfo
from pharmacy_app.ui import fmt, labels
from pharmacy_app.ui.cold_chain.excursion_dialogs import (
    DecideDialog,
    ImportDialog,
    RecordDialog,
    celsius_text,
    decision_name,
    storage_name,
)
from pharmacy_app.ui.common.async_dialog import alive
from pharmacy_app.ui.common.pdf_preview import PdfPreviewDialog, open_preview
from pharmacy_app.ui.common.role_gate import gate
from pharmacy_app.ui.common.table_models import RIGHT, Column, RowsModel
from pharmacy_app.ui.common.widgets import (
    DocumentFiles,
    TableView,
    hint_label,
    page_splitter,
    push_button,
)
from pharmacy_app.ui.operations import Operations

ALL = ""


class ExcursionsTab(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("excursionsTab")
        self._ops = ops
        self._locations: list[LocationInfo] = []
        self._documents = DocumentFiles(fallback=Path.home())
        self.detail: ExcursionDetail | None = None
        self.dialog: RecordDialog | ImportDialog | DecideDialog | None = None
        self.preview_dialog: PdfPreviewDialog | None = None

        self.location_filter = QComboBox()
        self.location_filter.setObjectName("locationFilter")
        self.location_filter.setMinimumWidth(260)
        self.location_filter.addItem(self.tr("All places"), ALL)
        self.record_button = push_button(self.tr("&Record…"), "recordExcursion")
        self.import_button = push_button(self.tr("&Import logger file…"), "importLogger")
        self.report_button = push_button(self.tr("&Print report…"), "printExcursionReport")
        top = QHBoxLayout()
        place_label = QLabel(self.tr("P&lace"))
        place_label.setBuddy(self.location_filter)
        top.addWidget(place_label)
        top.addWidget(self.location_filter)
        top.addStretch(1)
        for button in (self.record_button, self.import_button, self.report_button):
            top.addWidget(button)

        self.model: RowsModel[ExcursionRow] = RowsModel(self._excursion_columns(), parent=self)
        self.table = TableView()
        self.table.setObjectName("excursionsTable")
        self.table.setModel(self.model)
        self.table.set_empty_text(self.tr("No temperature excursions recorded."))
        self.table.set_column_widths({0: 40, 1: 170, 2: 120, 3: 120, 4: 120, 5: 50, 6: 65, 7: 65, 8: 120, 9: 60})
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.table, 1)

        self.lots_title = QLabel()
        self.lots_title.setObjectName("heldLotsTitle")
        self.lots_title.setWordWrap(True)
        self.lots_model: RowsModel[HeldLotRow] = RowsModel(self._lot_columns(), parent=self)
        self.lots_table = TableView()
        self.lots_table.setObjectName("heldLotsTable")
        self.lots_table.setModel(self.lots_model)
        self.lots_table.setWordWrap(True)
        # Few rows, long texts: each row as tall as its rule and suggestion need.
        self.lots_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.lots_table.set_empty_text(self.tr("Choose an excursion to see the lots it holds."))
        self.lots_table.set_column_widths({0: 170, 1: 80, 2: 90, 3: 55, 4: 230, 5: 230, 6: 140})
        self.decide_button = push_button(self.tr("&Decide…"), "decideLot")
        lower_buttons = QHBoxLayout()
        lower_buttons.addWidget(hint_label(self.tr(
            "Held lots cannot be picked, given, sent or thawed until decided. The suggestion "
            "follows the product's stability rule; a pharmacist decides."
        )), 1)  # fmt: skip
        lower_buttons.addWidget(self.decide_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.lots_title)
        lower_layout.addWidget(self.lots_table, 1)
        lower_layout.addLayout(lower_buttons)
        self.splitter = page_splitter(self, upper, lower, Qt.Orientation.Vertical, (1, 1))

        self.location_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self.load_detail())
        self.lots_table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_buttons())
        self.lots_table.doubleClicked.connect(lambda _i: self.decide())
        self.record_button.clicked.connect(self.record)
        self.import_button.clicked.connect(lambda: self.import_file())
        self.report_button.clicked.connect(self.print_report)
        self.decide_button.clicked.connect(self.decide)
        ops.changed.connect(self._changed)
        gate(ops, excursions.record, self.record_button)
        gate(ops, excursions.import_logger, self.import_button)
        gate(ops, excursions.decide, self.decide_button)
        self._update_buttons()
        self._load_locations()
        self.refresh()

    # ------------------------------------------------------------------ columns

    def _excursion_columns(self) -> list[Column[ExcursionRow]]:
        return [
            Column("#", lambda r: r.excursion_id, lambda r: str(r.excursion_id), align=RIGHT),
            Column(self.tr("Place"), lambda r: r.location_name, tip=lambda r: f"{r.location_name} ({r.location_code})"),
            Column(self.tr("Storage"), lambda r: r.storage_class, lambda r: storage_name(r.storage_class)),
            Column(self.tr("From"), lambda r: r.start.isoformat(), lambda r: fmt.datetime_text(r.start)),
            Column(self.tr("To"), lambda r: r.end.isoformat(), lambda r: fmt.datetime_text(r.end)),
            Column(self.tr("Hours"), lambda r: r.hours, lambda r: fmt.number(r.hours, 1), align=RIGHT),
            Column(self.tr("Lowest"), lambda r: r.lowest, lambda r: celsius_text(r.lowest), align=RIGHT),
            Column(self.tr("Highest"), lambda r: r.highest, lambda r: celsius_text(r.highest), align=RIGHT),
            Column(self.tr("Source"), lambda r: r.file_name or r.source,
                   lambda r: r.file_name if r.source == "logger" else self.tr("Typed in"),
                   tip=lambda r: self.tr("Recorded %1 by %2").replace("%1", fmt.datetime_text(r.recorded_at))
                   .replace("%2", r.recorded_by)),
            Column(self.tr("Held"), lambda r: r.undecided,
                   lambda r: self.tr("%1 of %2").replace("%1", str(r.undecided)).replace("%2", str(r.lots)),
                   align=RIGHT, bold=lambda r: r.undecided > 0,
                   header_tip=self.tr("Lots still held (not decided) of the lots it held")),
        ]  # fmt: skip

    def _lot_columns(self) -> list[Column[HeldLotRow]]:
        return [
            Column(self.tr("Product"), lambda r: r.product_short, tip=lambda r: f"{r.product} ({r.varenummer})"),
            Column(self.tr("Batch"), lambda r: r.batch),
            Column(self.tr("Use by"), lambda r: r.use_by.isoformat(), lambda r: fmt.date_text(r.use_by)),
            Column(self.tr("Doses"), lambda r: r.doses_held, lambda r: fmt.integer(r.doses_held), align=RIGHT,
                   tip=lambda r: self.tr("%1 there now").replace("%1", fmt.integer(r.on_hand))),
            Column(self.tr("Stability"), lambda r: " ".join(labels.problem_text(p) for p in r.rule_lines),
                   tip=lambda r: "\n".join(labels.problem_text(p) for p in r.rule_lines)),
            Column(self.tr("Suggested"), lambda r: excursion_views.suggestion_text(r, fmt.language()),
                   tip=lambda r: excursion_views.suggestion_text(r, fmt.language())),
            Column(self.tr("Decision"), lambda r: r.decision, lambda r: self._decision_text(r),
                   bold=lambda r: not r.decided,
                   tip=lambda r: self.tr("%1, %2").replace("%1", r.decided_by or "")
                   .replace("%2", fmt.datetime_text(r.decided_at)) if r.decided else None),
        ]  # fmt: skip

    def _decision_text(self, r: HeldLotRow) -> str:
        text = decision_name(r.decision)
        if r.new_use_by is not None:
            text += " " + fmt.date_text(r.new_use_by)
        return text + (f": {r.reason}" if r.reason else "")

    # ------------------------------------------------------------------ loading

    def _load_locations(self) -> None:
        self._ops.query(lambda app: reference.list_locations(app, real_only=True), alive(self, self._set_locations),
                        parent=self)  # fmt: skip

    def _set_locations(self, locations: list[LocationInfo]) -> None:
        self._locations = [loc for loc in locations if loc.holds_stock and not loc.is_virtual]
        chosen = self.location_filter.currentData()
        self.location_filter.blockSignals(True)
        self.location_filter.clear()
        self.location_filter.addItem(self.tr("All places"), ALL)
        for loc in self._locations:
            self.location_filter.addItem(f"{loc.name} ({loc.code})", loc.code)
        self.location_filter.setCurrentIndex(max(self.location_filter.findData(chosen), 0))
        self.location_filter.blockSignals(False)

    def chosen_location(self) -> str | None:
        return str(self.location_filter.currentData() or "") or None

    def refresh(self) -> None:
        code = self.chosen_location()
        self._ops.query(lambda app: excursion_views.excursions(app, code), alive(self, self._arrived), parent=self)

    def _arrived(self, rows: list[ExcursionRow]) -> None:
        current = self.current()
        self.model.set_rows(rows)
        if rows:
            wanted = current.excursion_id if current else rows[0].excursion_id
            index = next((i for i, r in enumerate(rows) if r.excursion_id == wanted), 0)
            self.table.select_row(index)
        else:
            self.show_detail(None)
        self._update_buttons()

    def _changed(self, changes: Change) -> None:
        if changes & (Change.EXCURSIONS | Change.STOCK):
            self.refresh()
        if changes & Change.REFERENCE:
            self._load_locations()

    def current(self) -> ExcursionRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def current_lot(self) -> HeldLotRow | None:
        index = self.lots_table.currentIndex()
        return self.lots_model.row_at(index.row()) if index.isValid() else None

    def load_detail(self) -> None:
        row = self.current()
        if row is None:
            self.show_detail(None)
            return
        excursion_id = row.excursion_id
        self._ops.query(lambda app: excursion_views.excursion(app, excursion_id), alive(self, self.show_detail),
                        parent=self)  # fmt: skip

    def show_detail(self, detail: ExcursionDetail | None) -> None:
        current = self.current_lot()
        self.detail = detail
        self.lots_model.set_rows(list(detail.lots) if detail else [])
        if detail is None:
            self.lots_title.setText("")
        else:
            r = detail.row
            self.lots_title.setText(
                "<b>" + self.tr("Excursion #%1 at %2").replace("%1", str(r.excursion_id)).replace("%2", r.location_name)
                + "</b> · " + fmt.datetime_text(r.start) + " – " + fmt.datetime_text(r.end) + " · "
                + celsius_text(r.lowest) + " / " + celsius_text(r.highest) + " · "
                + self.tr("%1 of %2 lot(s) still held").replace("%1", str(r.undecided)).replace("%2", str(r.lots))
            )  # fmt: skip
            rows = detail.lots
            keep = next((i for i, h in enumerate(rows) if current and h.lot_id == current.lot_id), None)
            first_open = next((i for i, h in enumerate(rows) if not h.decided), 0)
            if rows:
                self.lots_table.select_row(keep if keep is not None else first_open)
        self._update_buttons()

    def _update_buttons(self) -> None:
        lot = self.current_lot()
        self.decide_button.setEnabled(lot is not None and not lot.decided)
        self.report_button.setEnabled(self.current() is not None)

    # ------------------------------------------------------------------ actions

    def record(self) -> None:
        self.dialog = RecordDialog(self._ops, self._locations, self._ops.app.now(), self.chosen_location(), self)
        self.dialog.open()

    def import_file(self, path: Path | None = None) -> None:
        self.dialog = ImportDialog(self._ops, self._locations, self.chosen_location(), self, path=path)
        self.dialog.open()
        if path is None:
            self.dialog.choose_file()

    def decide(self) -> None:
        lot = self.current_lot()
        if lot is None or lot.decided:
            return
        self.dialog = DecideDialog(self._ops, lot, self._ops.app.today(), self)
        self.dialog.open()

    def print_report(self) -> None:
        row = self.current()
        if row is None:
            return
        out = self._documents.new_path(self.tr("excursion"), str(row.excursion_id), "0")
        language = fmt.language()
        excursion_id = row.excursion_id

        def make(app: App) -> Path:
            out.write_bytes(excursion_views.report_pdf(app, excursion_id, language=language))
            return out

        def done(path: Path) -> None:
            title = self.tr("Temperature excursion #%1").replace("%1", str(excursion_id))
            self.preview_dialog = open_preview(self, path, title, path.name)

        self._ops.query(make, alive(self, done), parent=self)
