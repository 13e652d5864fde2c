"""The Reports page: the monthly workbook to SSI, marking it as sent, and the archive.

* **Make workbook** writes ``SSI_<regionskode>_<ÅÅÅÅ-MM>.xlsx`` into the chosen folder
  (:func:`ssi_report.write`, on the writer thread with a cancellable progress dialog),
  then shows the file's own summary sheet and Kontrolsum, read back from the file, so
  what the page shows is what SSI receives.  The file is written under a temporary name
  and renamed into place: a refused or cancelled run leaves no half-written file.
* A month that has not ended (Copenhagen calendar) gives a provisional workbook
  (``Foreløbig`` on its cover, ``_foreloebig`` in its name); the page says so in amber
  and it cannot be marked as sent.  A month already sent gives version 2, 3, … on the
  cover and in the file name, and the page names the version.
* **Mark as sent…** archives that file exactly as it is and closes the month; the
  confirmation says what closing means.
* **Changes since sent** compares the month as the ledger is now with the last version
  sent, cell by cell.
* The **Archive** lists every version sent; **Save copy…** writes one back to disk.
* The **Simulation** tab (:mod:`.simulation_tab`) plays a season on a scratch database
  and compares the app's policies; while it is shown it has the page to itself.

Every service call goes through :class:`~pharmacy_app.ui.operations.Operations`;
refusals (a bad month, a file that is not the month's report) are shown by its
standard message and change nothing.  The output folder is remembered per workstation.

The workbook just made is shown by :mod:`.workbook_box`, the archive by
:mod:`.archive_pane`, the changes by :mod:`.changes_pane`; the work itself runs in
:mod:`.work`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.domain.changes import Change
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.domain.report_period import has_ended, parse_period, period_of
from pharmacy_app.services import ssi_report
from pharmacy_app.services.ssi_report import ArchivedReport
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.actions import page_shortcut
from pharmacy_app.ui.common.role_gate import gate
from pharmacy_app.ui.common.widgets import (
    bold,
    load_bytes,
    restore_header,
    save_bytes,
    save_header,
    settings,
)
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import reports as reports_ops
from pharmacy_app.ui.reports.archive_pane import ArchivePane
from pharmacy_app.ui.reports.changes_pane import ChangesPane
from pharmacy_app.ui.reports.mark_sent_question import MarkSentQuestion
from pharmacy_app.ui.reports.simulation_tab import SimulationTab
from pharmacy_app.ui.reports.work import (
    ChangesFound,
    MadeWorkbook,
    find_changes,
    previous_month,
    save_archived_copy,
)
from pharmacy_app.ui.reports.workbook_box import WorkbookBox

OUTPUT_DIR_KEY = "reports/output_dir"
SPLITTER_KEY = "reports/splitter_v1"
SUMMARY_HEADER_KEY = "reports/summary_header_v1"
ARCHIVE_HEADER_KEY = "reports/archive_header_v1"
CHANGES_HEADER_KEY = "reports/changes_header_v1"
MONTHS_OFFERED = 24
SAVE_STATE_DELAY_MS = 500

def _heading(text: str) -> QLabel:
    return bold(QLabel(text))


class ReportsPage(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.made: MadeWorkbook | None = None
        self.changes_found: ChangesFound | None = None
        self.confirm_box: QMessageBox | None = None
        self._archive: list[ArchivedReport] = []
        self._started = False
        self._select_archive_id: int | None = None
        self._making = False

        self._build_actions()
        pick = self._build_month_row()
        buttons = self._build_buttons_row()
        self.workbook_box = WorkbookBox(
            self._button(self.open_folder_action, "openFolderButton"),
            self.tr(
                "Choose a month and press Make workbook (%1). The summary sheet of the file "
                "is shown here, one row per vaccine."
            ).replace("%1", self.make_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)),
        )
        self.workbook_box.file_label.linkActivated.connect(lambda link: self._open_url(QUrl(link)))
        self.archive_pane = ArchivePane(self._button(self.save_copy_action, "saveCopyButton"))
        self.changes_pane = ChangesPane()

        self.tabs = QTabWidget()
        self.tabs.setObjectName("reportTabs")
        self.tabs.setDocumentMode(True)
        self.archive_tab = self.tabs.addTab(self.archive_pane, self.tr("Archive of reports sent"))
        self.changes_tab = self.tabs.addTab(self.changes_pane, self.tr("Changes since sent"))
        self.simulation = SimulationTab(ops)
        self.simulation_tab = self.tabs.addTab(self.simulation, self.tr("Simulation"))

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.workbook_box)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.message = QLabel()
        self.message.setObjectName("reportMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        # The monthly report's part of the page; the Simulation tab has the page to itself.
        self.monthly = QWidget()
        monthly = QVBoxLayout(self.monthly)
        monthly.setContentsMargins(0, 0, 0, 0)
        monthly.setSpacing(8)
        monthly.addWidget(_heading(self.tr("Monthly report to SSI")))
        monthly.addLayout(pick)
        monthly.addLayout(buttons)
        monthly.addWidget(line)
        self.tabs.currentChanged.connect(self._tab_shown)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(8)
        layout.addWidget(self.monthly)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message)

        self._size_columns()
        self._restore_state()
        self._connect_signals()
        self._show_made(None)
        self._show_changes(None)
        self._update_state()
        # Actions the user's role does not allow are disabled, naming the role.
        gate(self.ops, ssi_report.write, self.make_action, self.make_button)
        gate(self.ops, ssi_report.mark_sent, self.mark_action, self.mark_button)

    def _build_month_row(self) -> QHBoxLayout:
        """The month to report and the folder the workbook is written to."""
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("reportPeriod")
        self.period_combo.setEditable(True)
        self.period_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.period_combo.setMinimumContentsLength(9)
        self.period_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        month_edit = self.period_combo.lineEdit()
        if month_edit is not None:
            month_edit.setPlaceholderText(self.tr("YYYY-MM"))
        self.period_combo.setToolTip(
            self.tr("The month to report, as YYYY-MM. Up and Down step through the months.")
        )
        self._fill_months()
        month_label = QLabel(self.tr("&Month"))
        month_label.setBuddy(self.period_combo)

        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("reportFolder")
        self.folder_edit.setToolTip(self.tr("The folder the workbook is written to (remembered on this computer)"))
        self.folder_edit.setText(self._default_folder())
        self.folder_edit.editingFinished.connect(lambda: self.set_output_dir(self.folder_edit.text()))
        folder_label = QLabel(self.tr("Output &folder"))
        folder_label.setBuddy(self.folder_edit)
        self.choose_folder_button = self._button(self.choose_folder_action, "chooseFolderButton")

        pick = QHBoxLayout()
        pick.setSpacing(6)
        pick.addWidget(month_label)
        pick.addWidget(self.period_combo)
        pick.addSpacing(16)
        pick.addWidget(folder_label)
        pick.addWidget(self.folder_edit, 1)
        pick.addWidget(self.choose_folder_button)
        return pick

    def _build_buttons_row(self) -> QHBoxLayout:
        """Make workbook, Mark as sent…, Changes since sent, and what the month's state is."""
        self.make_button = self._button(self.make_action, "makeButton")
        self.make_button.setDefault(True)
        self.mark_button = self._button(self.mark_action, "markSentButton")
        self.changes_button = self._button(self.changes_action, "changesButton")
        self.month_status = QLabel()
        self.month_status.setObjectName("monthStatus")
        self.month_status.setWordWrap(True)
        self.month_status.setTextFormat(Qt.TextFormat.PlainText)
        self.month_status.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.mark_button)
        buttons.addWidget(self.changes_button)
        buttons.addSpacing(16)
        buttons.addWidget(self.month_status, 1)
        return buttons

    def _connect_signals(self) -> None:
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_STATE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_state)
        self.splitter.splitterMoved.connect(lambda *_a: self._save_timer.start())
        for table in (self.workbook_box.summary_table, self.archive_pane.table, self.changes_pane.table):
            table.horizontalHeader().sectionResized.connect(lambda *_a: self._save_timer.start())

        self.period_combo.currentTextChanged.connect(lambda _t: self._update_state())
        self.archive_pane.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_state())
        self.archive_pane.model.modelReset.connect(self._update_state)
        self.ops.changed.connect(self._data_changed)
        self.ops.busy_changed.connect(lambda _b: self._update_state())

    # ------------------------------------------------------------------ set-up

    def _build_actions(self) -> None:
        self.make_action = page_shortcut(self, self.tr("Make workbook"), ("Ctrl+M",), self.make_workbook, tip=self.tr("Write the month's workbook for SSI into the output folder"))
        self.mark_action = page_shortcut(self, self.tr("Mark as sent…"), ("Ctrl+Shift+M",), self.mark_sent, tip=self.tr("Archive the workbook just made as sent to SSI; this closes the month"))
        self.changes_action = page_shortcut(self, self.tr("Changes since sent"), ("Ctrl+Shift+C",), self.show_changes, tip=self.tr("Compare the month as it is now with the version sent to SSI"))
        self.choose_folder_action = page_shortcut(self, self.tr("Choose…"), ("Ctrl+Shift+O",), self.choose_output_dir, tip=self.tr("Choose the folder the workbook is written to"))
        self.open_folder_action = page_shortcut(self, self.tr("Open folder"), ("Ctrl+O",), self.open_folder, tip=self.tr("Open the folder holding the workbook"))
        self.save_copy_action = page_shortcut(self, self.tr("Save copy…"), ("Ctrl+Shift+S",), self.save_copy, tip=self.tr("Save a copy of the selected archived workbook, exactly as it was sent"))

    def _button(self, a: QAction, name: str) -> QPushButton:
        button = QPushButton(a.text())
        button.setObjectName(name)
        button.setToolTip(a.toolTip())
        button.clicked.connect(a.trigger)
        a.changed.connect(lambda b=button, act=a: b.setEnabled(act.isEnabled()))
        button.setEnabled(a.isEnabled())
        return button

    def _fill_months(self) -> None:
        now = period_of(self.ops.app.now())
        months = [now]
        for _ in range(MONTHS_OFFERED - 1):
            months.append(previous_month(months[-1]))
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for p in months:
            self.period_combo.addItem(p.text)
        self.period_combo.setCurrentIndex(1)  # the month just ended
        self.period_combo.blockSignals(False)

    def _size_columns(self) -> None:
        self.workbook_box.size_columns()
        self.archive_pane.size_columns()
        self.changes_pane.size_columns()


    # ------------------------------------------------------------------ public

    def start(self) -> None:
        """First load: the archive (also done when the page is first shown)."""
        if not self._started:
            self._started = True
            self.load_archive()

    def period(self) -> str:
        return self.period_combo.currentText().strip()

    def set_period(self, text: str) -> None:
        self.period_combo.setCurrentText(text)

    def output_dir(self) -> Path:
        return Path(self.folder_edit.text().strip() or self._default_folder())

    def set_output_dir(self, path: str | Path) -> None:
        text = str(path).strip()
        if not text:
            text = self._default_folder()
        if self.folder_edit.text() != text:
            self.folder_edit.setText(text)
        settings().setValue(OUTPUT_DIR_KEY, text)

    def choose_output_dir(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the SSI workbook"), str(self.output_dir())
        )
        if chosen:
            self.set_output_dir(chosen)

    def make_workbook(self) -> None:
        if self._making:
            return
        period, out_dir = self.period(), self.output_dir()
        self.set_output_dir(out_dir)
        self._making = True
        self._update_state()
        self.message.setText(self.tr("Making the workbook for %1…").replace("%1", period))
        reports_ops.make_workbook(self, period, out_dir).success(self._made).failure(self._make_failed).run(
            self.ops, self.tr("Making the workbook for %1…").replace("%1", period)
        )

    def mark_sent(self) -> None:
        made = self.made
        if made is None or made.period != self.period() or made.provisional:
            return  # the button is disabled; the service refuses an unfinished month anyway
        box = MarkSentQuestion(made, self)


        def answered(button: QAbstractButton) -> None:
            self.confirm_box = None
            if button is box.yes:
                self._do_mark_sent(made)

        box.buttonClicked.connect(answered)
        box.finished.connect(lambda _r: setattr(self, "confirm_box", None))
        self.confirm_box = box
        box.open()

    def accept_confirmation(self) -> None:
        """Press the confirming button of the open Mark as sent question (keyboard users: Enter on it)."""
        box = self.confirm_box
        if box is None:
            return
        for button in box.buttons():
            if box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole:
                button.click()
                return

    def show_changes(self) -> None:
        period = self.period()
        self.tabs.setCurrentIndex(self.changes_tab)
        self.changes_pane.header.setText(self.tr("Comparing %1 with the version sent…").replace("%1", period))
        self.ops.query(lambda app: find_changes(app, period), self._show_changes, parent=self)

    def load_archive(self) -> None:
        self.ops.query(ssi_report.archive, self._archive_arrived, parent=self)

    def selected_archived(self) -> ArchivedReport | None:
        return self.archive_pane.selected()

    def select_archived(self, row: int) -> None:
        self.archive_pane.select(row)

    def save_copy(self, target: Path | None = None) -> None:
        chosen = self.selected_archived()
        if chosen is None:
            return
        if target is None:
            name = chosen.file_name
            if chosen.version > 1 and not Path(name).stem.endswith(f"_v{chosen.version}"):
                name = f"{Path(name).stem}_v{chosen.version}{Path(name).suffix}"
            path, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save a copy of the workbook sent"),
                str(self.output_dir() / name),
                self.tr("Excel workbooks (*.xlsx)"),
            )
            if not path:
                return
            target = Path(path)
        archive_id, dest = chosen.id, Path(target)
        self.ops.query(
            lambda app: save_archived_copy(app, archive_id, dest),
            lambda saved: self.message.setText(
                self.tr("Saved a copy of %1 (version %2) as %3.")
                .replace("%1", chosen.file_name)
                .replace("%2", str(chosen.version))
                .replace("%3", str(saved))
            ),
            parent=self,
        )

    def open_folder(self) -> None:
        if self.made is not None:
            self._open_url(QUrl.fromLocalFile(str(self.made.path.parent)))

    def save_state(self) -> None:
        save_bytes(SPLITTER_KEY, self.splitter.saveState())
        save_header(SUMMARY_HEADER_KEY, self.workbook_box.summary_table)
        save_header(ARCHIVE_HEADER_KEY, self.archive_pane.table)
        save_header(CHANGES_HEADER_KEY, self.changes_pane.table)

    # ------------------------------------------------------------------ results

    def _made(self, made: MadeWorkbook) -> None:
        self._making = False
        self._show_made(made)
        self.message.setText(self.tr("Workbook written: %1").replace("%1", str(made.path)))
        self._update_state()

    def _make_failed(self, _err: BaseException) -> bool:
        self._making = False
        self.message.setText(self.tr("No workbook was written."))
        self._update_state()
        return False  # shown by the standard message

    def _tab_shown(self, index: int) -> None:
        simulating = index == self.simulation_tab
        self.monthly.setVisible(not simulating)
        self.workbook_box.setVisible(not simulating)

    def _show_made(self, made: MadeWorkbook | None) -> None:
        self.made = made
        self.workbook_box.show_made(made)


    def _do_mark_sent(self, made: MadeWorkbook) -> None:
        reports_ops.mark_sent(self, made.period, made.path).success(self._marked).run(
            self.ops, self.tr("Archiving the workbook…")
        )

    def _marked(self, archived: ArchivedReport) -> None:
        self._select_archive_id = archived.id
        self.tabs.setCurrentIndex(self.archive_tab)
        self.message.setText(
            self.tr("%1 was marked as sent for %2 (version %3); the month is closed.")
            .replace("%1", archived.file_name)
            .replace("%2", archived.period)
            .replace("%3", str(archived.version))
        )

    def _show_changes(self, found: ChangesFound | None) -> None:
        self.changes_found = found
        self.changes_pane.show_changes(
            found, self.changes_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        )


    def _archive_arrived(self, rows: list[ArchivedReport]) -> None:
        keep = self._select_archive_id
        if keep is None:
            current = self.selected_archived()
            keep = current.id if current else None
        self._archive = rows
        self.archive_pane.show_rows(rows, keep)
        self._select_archive_id = None
        self._update_state()

    def _data_changed(self, changes: Change) -> None:
        # The archive reloads after any write a screen shows (a draft receipt's lines are not).
        if not self._started or not changes & ~Change.RECEIPT_DRAFT:
            return
        self.load_archive()
        found = self.changes_found
        if found is not None and changes & (Change.STOCK | Change.REPORTS):
            period = found.period
            self.ops.query(lambda app: find_changes(app, period), self._show_changes, failure=lambda _e: True)

    # ------------------------------------------------------------------ state

    def _update_state(self) -> None:
        period = self.period()
        made = self.made
        making = self._making
        self.make_action.setEnabled(not making)
        running = self._running(period)
        self.mark_action.setEnabled(
            not making and made is not None and made.period == period and not made.provisional and not running
        )
        if running:
            self.mark_button.setToolTip(
                self.tr("%1 has not ended: it can be marked as sent to SSI once it is over.").replace("%1", period)
            )
        elif made is not None and made.period != period:
            self.mark_button.setToolTip(
                self.tr("Make the workbook for %1 first; the one shown is for %2.")
                .replace("%1", period)
                .replace("%2", made.period)
            )
        elif made is not None and made.provisional:
            self.mark_button.setToolTip(
                self.tr("The workbook shown is provisional (made before %1 ended): make it again.").replace(
                    "%1", period
                )
            )
        else:
            self.mark_button.setToolTip(self.mark_action.toolTip())
        sent = [a for a in self._archive if a.period == period]
        self.changes_action.setEnabled(bool(sent))
        self.changes_button.setToolTip(
            self.changes_action.toolTip() if sent else self.tr("%1 has not been marked as sent.").replace("%1", period)
        )
        self.save_copy_action.setEnabled(self.selected_archived() is not None)
        self.open_folder_action.setEnabled(made is not None)
        if running:
            self.month_status.setText(
                self.tr("%1 has not ended: a workbook made now is provisional (Foreløbig).").replace("%1", period)
            )
            self.month_status.setStyleSheet("color: #7a4b00;")
        elif sent:
            last = sent[0]
            self.month_status.setText(
                self.tr("%1 is closed: version %2 was marked as sent on %3 by %4.")
                .replace("%1", period)
                .replace("%2", str(last.version))
                .replace("%3", fmt.datetime_text(last.sent_at))
                .replace("%4", last.sent_by)
            )
            self.month_status.setStyleSheet("color: #7a4b00;")
        else:
            self.month_status.setText(self.tr("%1 has not been marked as sent.").replace("%1", period))
            self.month_status.setStyleSheet("")

    def _running(self, period: str) -> bool:
        """Whether ``period`` is the current or a future month (a bad text is not: making
        its workbook gives the refusal)."""
        try:
            return not has_ended(parse_period(period), self.ops.app.today())
        except DomainError:
            return False

    def _default_folder(self) -> str:
        stored = settings().value(OUTPUT_DIR_KEY)
        if isinstance(stored, str) and stored.strip():
            return stored
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return documents or str(Path.home())

    def _open_url(self, url: QUrl) -> None:
        QDesktopServices.openUrl(url)

    def _restore_state(self) -> None:
        data = load_bytes(SPLITTER_KEY)
        if data is not None:
            self.splitter.restoreState(data)
        restore_header(SUMMARY_HEADER_KEY, self.workbook_box.summary_table)
        restore_header(ARCHIVE_HEADER_KEY, self.archive_pane.table)
        restore_header(CHANGES_HEADER_KEY, self.changes_pane.table)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.start()
