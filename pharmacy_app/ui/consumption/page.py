"""The Consumption page: a site's week of doses given, typed like a spreadsheet.

Choose a site and a week; the grid has one row per lot the site holds and one column
per day.  Type digits, move with the arrows or Tab, Enter moves down, Delete clears,
Ctrl+V pastes a block copied from a spreadsheet.  Days already recorded are grey and
are not typed over: Correct… (Ctrl+E, or the grid's context menu) on a saved cell opens
:class:`.correct_dialog.CorrectDayDialog` for the right figure and a reason; a corrected
figure is shown blue and italic.  Save records every new entry in one transaction through
:func:`consumption.record` (on the writer thread); a refusal lists every problem, with
the numbers, above the grid and writes nothing.  Import… checks a consumption sheet,
shows its problems (or what it would record) and records it all or nothing.  When
the only refusal is that the month was already reported to SSI, the closed-month
dialog asks for a reason and the same save (or import) runs again with it.

The grid's keys are :mod:`.grid_view`'s, its cells :mod:`.model`'s; the sheet's preview
is :mod:`.import_dialog`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.domain.changes import Change
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.services import consumption
from pharmacy_app.ui import fmt, labels
from pharmacy_app.ui.common.actions import page_shortcut
from pharmacy_app.ui.common.flow_layout import FlowLayout, group
from pharmacy_app.ui.common.role_gate import gate
from pharmacy_app.ui.consumption.correct_dialog import CorrectDayDialog, SavedFigure
from pharmacy_app.ui.consumption.grid_view import GridView
from pharmacy_app.ui.consumption.import_dialog import ConsumptionImportDialog
from pharmacy_app.ui.consumption.model import ConsumptionModel
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import consumption as consumption_ops
from pharmacy_app.ui.reports.closed_month import (
    ClosedMonthDialog,
    closed_month_problem,
    offer_closed_month_reason,
)
from pharmacy_app.ui.stock.marks import recalled_legend

PROBLEM_STYLE = (
    "QLabel#consumptionProblems { background: #fdecea; color: #8a1c12; border: 1px solid #e0a39c;"
    " border-radius: 4px; padding: 6px 8px; }"
)


class ConsumptionPage(QWidget):
    saved = Signal(object)  # RecordResult
    loaded = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.week_start: date = consumption.monday_of(ops.app.today())
        self.preview_dialog: ConsumptionImportDialog | None = None
        self.correct_dialog: CorrectDayDialog | None = None
        self.closed_month_dialog: ClosedMonthDialog | None = None
        self._loading = False
        self._pending_site: str | None = None

        self.title = QLabel(self.tr("Consumption"))
        self.title.setObjectName("pageTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)

        top = self._build_bar()
        self._build_grid()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.problems)
        layout.addWidget(self.view, 1)
        self.recalled_legend = recalled_legend(
            self.tr("Red rows with this badge are recalled: they can no longer be given. Return them to the pharmacy.")
        )
        self.recalled_legend.hide()
        layout.addWidget(self.recalled_legend)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.help)

        self.ops.changed.connect(self._data_changed)
        self.view.selectionModel().currentChanged.connect(lambda _c, _p: self._update_correct())
        self.model.modelReset.connect(self._update_correct)
        self._show_week()
        self._update_correct()
        # Actions the user's role does not allow are disabled, naming the role.
        gate(self.ops, consumption.record, self.save_button)
        gate(self.ops, consumption.import_sheet, self.import_button)
        gate(self.ops, consumption.correct_day, self.correct_action, self.correct_button)

    def _build_bar(self) -> FlowLayout:
        """Site, week (previous, next, this), split by target group, Import… and Save."""
        self.site_combo = QComboBox()
        self.site_combo.setObjectName("consumptionSite")
        self.site_combo.setMinimumWidth(260)
        self.site_combo.setMaximumWidth(480)
        # Site names and codes are long ("Frederikssund Hospital (RH-DC-FREDERIKSSUND)").
        self.site_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.site_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.prev_button = QPushButton(self.tr("◀ Previous week"))
        self.prev_button.setShortcut(QKeySequence("Alt+Left"))
        self.prev_button.clicked.connect(lambda: self.go_week(-1))
        self.next_button = QPushButton(self.tr("Next week ▶"))
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.next_button.clicked.connect(lambda: self.go_week(1))
        self.this_week_button = QPushButton(self.tr("This week"))
        self.this_week_button.clicked.connect(self.go_this_week)
        self.week_label = QLabel()
        self.week_label.setObjectName("weekLabel")
        self.split_box = QCheckBox(self.tr("Split by target group"))
        self.split_box.toggled.connect(self._split_toggled)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.clicked.connect(self.choose_import)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("consumptionSave")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.correct_action = page_shortcut(
            self, self.tr("Correct…"), ("Ctrl+E",), self.correct_selected,
            tip=self.tr("Correct the saved figure of the selected cell, with a reason"),
        )  # fmt: skip
        self.correct_button = QPushButton(self.correct_action.text())
        self.correct_button.setObjectName("consumptionCorrect")
        self.correct_button.clicked.connect(self.correct_action.trigger)

        # A flow: on a small window the bar wraps instead of drawing buttons over the site.
        top = FlowLayout(spacing=18, row_spacing=6)
        top.addWidget(group(QLabel(self.tr("Site:")), self.site_combo))
        top.addWidget(group(self.prev_button, self.week_label, self.next_button, self.this_week_button))
        top.addWidget(self.split_box)
        top.addWidget(group(self.import_button, self.correct_button, self.save_button))
        return top

    def _build_grid(self) -> None:
        """The problems above the grid, the grid, its status and help under it."""
        self.problems = QLabel()
        self.problems.setObjectName("consumptionProblems")
        self.problems.setStyleSheet(PROBLEM_STYLE)
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.hide()

        self.model = ConsumptionModel(self)
        self.model.drafts_changed.connect(self._update_status)
        self.view = GridView()
        self.view.setObjectName("consumptionGrid")
        self.view.setModel(self.model)
        self.view.paste_requested.connect(self.paste)
        self.view.clear_requested.connect(self.clear_selection)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._cell_menu)

        self.status = QLabel()
        self.status.setObjectName("consumptionStatus")
        self.help = QLabel(
            self.tr(
                "Type the doses given per day. Arrows and Tab move, Enter moves down, Delete "
                "clears, Ctrl+V pastes cells copied from a spreadsheet. Grey days are already "
                "recorded or closed; Correct… (Ctrl+E) changes a saved figure, and corrected "
                "figures are blue. Batches marked * are thawed."
            )
        )
        self.help.setWordWrap(True)
        self.help.setObjectName("consumptionHelp")

    # ------------------------------------------------------------------ loading

    def start(self) -> None:
        self.load_sites()

    def load_sites(self) -> None:
        self.ops.query(consumption.consumption_sites, self._show_sites, parent=self)

    def _show_sites(self, sites: list[consumption.SiteChoice]) -> None:
        current = self._pending_site or self.site_code()
        self.site_combo.blockSignals(True)
        self.site_combo.clear()
        for s in sites:
            self.site_combo.addItem(f"{s.name} ({s.code})", s.code)
        index = self.site_combo.findData(current) if current else -1
        self.site_combo.setCurrentIndex(max(index, 0) if sites else -1)
        self.site_combo.blockSignals(False)
        self._pending_site = None
        self.reload()

    def site_code(self) -> str | None:
        code = self.site_combo.currentData()
        return str(code) if code else None

    def set_site(self, code: str) -> None:
        index = self.site_combo.findData(code)
        if index >= 0:
            self.site_combo.setCurrentIndex(index)
        else:
            self._pending_site = code

    def go_week(self, step: int) -> None:
        self.week_start += timedelta(days=7 * step)
        self._show_week()
        self.reload()

    def go_this_week(self) -> None:
        self.week_start = consumption.monday_of(self.ops.app.today())
        self._show_week()
        self.reload()

    def set_week(self, day: date) -> None:
        self.week_start = consumption.monday_of(day)
        self._show_week()
        self.reload()

    def _show_week(self) -> None:
        end = self.week_start + timedelta(days=6)
        week = self.week_start.isocalendar().week
        self.week_label.setText(
            self.tr("Week %1: %2 – %3")
            .replace("%1", str(week))
            .replace("%2", fmt.date_text(self.week_start))
            .replace("%3", fmt.date_text(end))
        )

    def reload(self, keep_drafts: bool = False) -> None:
        code = self.site_code()
        if not code:
            self.model.set_grid(None)
            return
        self._loading = True
        start = self.week_start
        self.ops.query(
            lambda app: consumption.week_grid(app, code, start),
            lambda grid: self._show_grid(grid, keep_drafts),
            parent=self,
        )

    def _show_grid(self, grid: consumption.GridData, keep_drafts: bool) -> None:
        self._loading = False
        if grid.site_code != self.site_code() or grid.week_start != self.week_start:
            return  # an older answer; a newer query is on its way
        self.model.set_grid(grid, keep_drafts=keep_drafts)
        self.recalled_legend.setVisible(any(row.recalled for row in grid.rows))
        self._size_columns()
        self.loaded.emit()

    def is_loading(self) -> bool:
        return self._loading

    def _size_columns(self) -> None:
        m = self.model
        metrics = self.view.fontMetrics()
        self.view.setColumnWidth(m.PRODUCT, 220)
        self.view.setColumnWidth(m.BATCH, 90)
        header_room = metrics.horizontalAdvance(
            str(self.model.headerData(m.USE_BY, Qt.Orientation.Horizontal))
        )
        self.view.setColumnWidth(m.USE_BY, max(92, header_room + 16))
        self.view.setColumnWidth(m.ON_HAND, 74)
        if m.group_column >= 0:
            self.view.setColumnWidth(m.group_column, 140)
        day_width = max(72, metrics.horizontalAdvance("Wed 28-10") + 20)
        for c in range(m.first_day_column, m.total_column):
            self.view.setColumnWidth(c, day_width)
        self.view.setColumnWidth(m.total_column, 70)

    def _split_toggled(self, on: bool) -> None:
        self.model.set_split(on)
        self._size_columns()

    def _data_changed(self, changes: Change) -> None:
        if Change.REFERENCE in changes:
            self.load_sites()
        elif changes & (Change.STOCK | Change.SETTINGS):
            self.reload(keep_drafts=True)

    # ------------------------------------------------------------------ editing

    def paste(self) -> None:
        text = QGuiApplication.clipboard().text()
        self.paste_text(text)

    def paste_text(self, text: str) -> None:
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        while lines and not lines[-1].strip():
            lines.pop()
        block = [line.split("\t") for line in lines]
        if not block:
            return
        selected = self.view.selectionModel().selectedIndexes()
        if len(block) == 1 and len(block[0]) == 1 and len(selected) > 1:
            # One value into a selected range: every open cell of it gets the value.
            problems: list[str] = []
            for index in selected:
                _n, found = self.model.paste(index.row(), index.column(), block)
                problems += found
        else:
            current = self.view.currentIndex()
            if selected:
                top = min(i.row() for i in selected)
                left = min(i.column() for i in selected)
            elif current.isValid():
                top, left = current.row(), current.column()
            else:
                return
            _n, problems = self.model.paste(top, left, block)
        self._show_problems(problems)

    def clear_selection(self) -> None:
        cells = [(i.row(), i.column()) for i in self.view.selectionModel().selectedIndexes()]
        if not cells and self.view.currentIndex().isValid():
            cells = [(self.view.currentIndex().row(), self.view.currentIndex().column())]
        self.model.clear_cells(cells)

    def _update_status(self) -> None:
        if self.model.has_drafts():
            n = len(self.model.entries())
            self.status.setText(
                self.tr("%1 new doses in %2 cells not saved yet.")
                .replace("%1", fmt.integer(self.model.draft_total()))
                .replace("%2", fmt.integer(n))
            )
        self.save_button.setEnabled(self.model.has_drafts())

    def _show_problems(self, problems: list[str]) -> None:
        if problems:
            self.problems.setText("\n".join(problems))
            self.problems.show()
        else:
            self.problems.clear()
            self.problems.hide()

    # ------------------------------------------------------------------ saving

    def save(self) -> None:
        self.view.setFocus()  # commit a cell being edited
        entries = self.model.entries()
        if not entries:
            return
        self._record_entries(entries, None)

    def _record_entries(
        self, entries: list[consumption.ConsumptionEntry], closed_month_reason: str | None
    ) -> None:
        self.save_button.setEnabled(False)

        def retry(reason: str) -> None:
            self._record_entries(entries, reason)

        op = consumption_ops.record_consumption(self, entries, closed_month_reason=closed_month_reason)
        op.success(self._saved).failure(lambda err: self._refused(err, retry))
        op.run(self.ops, self.tr("Saving consumption…"))

    def _saved(self, result: consumption.RecordResult) -> None:
        self._show_problems([])
        self.model.set_grid(self.model.grid())  # drafts are now recorded; the reload shows them
        self.status.setText(result.summary(fmt.language()))
        self.saved.emit(result)

    def _refused(
        self, err: BaseException, retry: Callable[[str], None] | None = None
    ) -> bool:
        if retry is not None and closed_month_problem(err) is not None:
            # The month was reported to SSI: a coordinator may save with a reason.
            def cancelled() -> None:
                self.closed_month_dialog = None
                self._refused(err)

            def confirmed(reason: str) -> None:
                self.closed_month_dialog = None
                retry(reason)

            self.closed_month_dialog = offer_closed_month_reason(self, err, confirmed, cancelled)
            return True
        self.save_button.setEnabled(self.model.has_drafts())
        if isinstance(err, DomainError):
            header = self.tr("Nothing was saved:")
            self._show_problems([header, *(labels.problem_text(p) for p in err.problems)])
            return True
        return False

    # ------------------------------------------------------------------ correcting

    def saved_figure(self) -> SavedFigure | None:
        """The saved figure at the current cell, or None."""
        grid, index = self.model.grid(), self.view.currentIndex()
        cell = self.model.saved_cell(index.row(), index.column()) if index.isValid() else None
        if grid is None or cell is None:
            return None
        lot, target_group, day, doses = cell
        split = self.model.split()
        return SavedFigure(grid.site_code, grid.site_name, day, lot, target_group, not split, doses)

    def _update_correct(self) -> None:
        can = self.saved_figure() is not None
        self.correct_action.setEnabled(can)
        self.correct_button.setEnabled(can)
        self.correct_button.setToolTip(
            self.correct_action.toolTip()
            if can
            else self.tr("Select a grey day cell with saved doses to correct its figure.")
        )

    def correct_selected(self) -> None:
        saved = self.saved_figure()
        if saved is None:
            return
        dialog = CorrectDayDialog(self.ops, saved, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.done_value.connect(self._corrected)
        dialog.finished.connect(lambda _r: self.view.setFocus())
        self.correct_dialog = dialog
        dialog.open()

    def _corrected(self, result: consumption.DayCorrection) -> None:
        self.status.setText(
            self.tr("Corrected %1 on %2: %3 doses instead of %4.")
            .replace("%1", result.batch)
            .replace("%2", fmt.date_text(result.day))
            .replace("%3", fmt.integer(result.doses))
            .replace("%4", fmt.integer(result.was))
        )

    def _cell_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.correct_action)
        menu.popup(self.view.viewport().mapToGlobal(pos))
        self.cell_menu = menu

    # ------------------------------------------------------------------ import

    def choose_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import consumption sheet"),
            "",
            self.tr("Consumption sheets (*.xlsx *.csv)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        self.ops.query(
            lambda app: consumption.preview_sheet(app, path),
            lambda preview: self._show_preview(path, preview),
            parent=self,
        )

    def _show_preview(self, path: Path, preview: consumption.SheetPreview) -> None:
        dialog = ConsumptionImportDialog(preview, self)
        self.preview_dialog = dialog
        dialog.accepted.connect(lambda: self._record_sheet(path))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "preview_dialog", None))
        dialog.open()

    def _record_sheet(self, path: Path, closed_month_reason: str | None = None) -> None:
        def retry(reason: str) -> None:
            self._record_sheet(path, reason)

        op = consumption_ops.import_consumption_sheet(self, path, closed_month_reason=closed_month_reason)
        op.success(self._sheet_recorded).failure(lambda err: self._refused(err, retry))
        op.run(self.ops, self.tr("Recording consumption sheet…"))

    def _sheet_recorded(self, result: consumption.RecordResult) -> None:
        self._show_problems([])
        self.status.setText(result.summary(fmt.language()))
        self.saved.emit(result)
