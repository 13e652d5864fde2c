"""The Stocktake page: counting the stock at one place and posting the differences.

Above, every count (open ones first) and "New count…"; below, the count chosen: what it
covers, a strip that answers every scan and save, its lines (counted by typing the whole
units, Enter to the next line, or by scanning packs anywhere on the page), a summary,
and the count's actions: import a count file, the count sheet and the report (PDF,
in the preview), show the expected figures of a blind count (the reviewer), post, cancel.

What must hold:

* Every service call goes through the operations helper, off the GUI thread; the lines
  shown are always the count as the service last returned it.
* A blind count hides the expected figures and differences until a reviewer asks to see
  them; posting is confirmed with the revealed figures.
* A scan never opens a dialog (:mod:`.counting`); dialogs come only from what a person
  asked for.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QTabWidget, QVBoxLayout, QWidget

from pharmacy_app.domain.changes import Change
from pharmacy_app.domain.stocktake import OPEN, POSTED
from pharmacy_app.services import reference, stocktake
from pharmacy_app.services.app import App
from pharmacy_app.services.reference import LocationInfo, ProductInfo, ProgrammeInfo
from pharmacy_app.services.stocktake import StocktakeSummary, StocktakeView
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.actions import action_bar, ask, page_shortcut
from pharmacy_app.ui.common.pdf_preview import PdfPreviewDialog, open_preview
from pharmacy_app.ui.common.role_gate import gate
from pharmacy_app.ui.common.scan_capture import ScanCapture
from pharmacy_app.ui.common.status_strip import StatusStrip
from pharmacy_app.ui.common.widgets import (
    DocumentFiles,
    TableView,
    bold,
    date_column_width,
    page_splitter,
    push_button,
    restore_header,
    restore_splitter,
    save_header,
    save_splitter,
)
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import stocktake as stocktake_ops
from pharmacy_app.ui.stocktake.counting import Counting
from pharmacy_app.ui.stocktake.cycle_panel import CyclePanel
from pharmacy_app.ui.stocktake.lines_table import CountLinesTable
from pharmacy_app.ui.stocktake.models import CountsModel, scope_text, status_text
from pharmacy_app.ui.stocktake.new_count_dialog import NewCountDialog
from pharmacy_app.ui.stocktake.post_dialog import PostDialog

SPLITTER_KEY = "stocktake/splitter_v1"
LINES_HEADER_KEY = "stocktake/lines_header_v1"
LIST_HEADER_KEY = "stocktake/list_header_v1"

Choices = tuple[list[LocationInfo], list[ProgrammeInfo], list[ProductInfo], str | None]


class StocktakePage(QWidget):
    """Count the stock at a place, explain the differences, post them."""

    view_shown = Signal(object)  # StocktakeView | None
    scan_handled = Signal(object)  # CountScan | None
    document_shown = Signal(object)  # PdfPreviewDialog

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stocktakePage")
        self._ops = ops
        self._view: StocktakeView | None = None
        self._reveal = False
        self._wanted: int | None = None  # the count asked for last (shown, or on its way)
        self._generation = 0
        self._documents = DocumentFiles()
        self.preview_dialog: PdfPreviewDialog | None = None
        self.new_dialog: NewCountDialog | None = None
        self.post_dialog: PostDialog | None = None
        self.import_refusal: QWidget | None = None

        # The list of counts ----------------------------------------------------------------------
        self.counts_model = CountsModel(self)
        self.counts_table = TableView()
        self.counts_table.setObjectName("counts")
        self.counts_table.setModel(self.counts_model)
        self.counts_table.set_empty_text(
            self.tr("No counts yet. Start one with New count (Ctrl+N).")
        )
        self.counts_table.set_column_widths(
            {0: 50, 1: 200, 2: 170, 3: 60, 4: date_column_width(self.counts_table, with_time=True)}
        )
        self.new_button = push_button(
            self.tr("&New count…"),
            "newCount",
            self.tr("Count the stock at a place, whole or filtered (Ctrl+N)"),
        )
        # Suggested counts today, beside the list: counting a few lots a day is a habit.
        self.cycle_panel = CyclePanel(ops)
        self.cycle_panel.started.connect(self._started)
        self.top_tabs = QTabWidget()
        self.top_tabs.setObjectName("countTabs")
        self.top_tabs.addTab(self.counts_table, self.tr("C&ounts"))
        self.top_tabs.addTab(self.cycle_panel, self.tr("Suggested counts &today"))
        self.top_tabs.setCornerWidget(self.new_button, Qt.Corner.TopRightCorner)
        top = self.top_tabs

        # The open count --------------------------------------------------------------------------
        self.header = QLabel()
        self.header.setObjectName("countHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.strip = StatusStrip("countStatus", large=True)
        self.lines_table = CountLinesTable()
        self.lines_model = self.lines_table.lines_model
        self.summary = QLabel()
        self.summary.setObjectName("countSummary")
        self.summary.setWordWrap(True)
        self.import_button = push_button(
            self.tr("&Import count file…"),
            "importCount",
            self.tr("Enter the counts of a CSV count file (Ctrl+I)"),
        )
        self.sheet_button = push_button(
            self.tr("Count &sheet (PDF)"),
            "countSheet",
            self.tr("The list to count from, with boxes to write in (Ctrl+P)"),
        )
        self.report_button = push_button(
            self.tr("&Report (PDF)"),
            "countReport",
            self.tr("Expected, counted, differences and reasons (Ctrl+R)"),
        )
        self.reveal_button = push_button(
            self.tr("Show &expected"),
            "revealExpected",
            self.tr(
                "Blind count: show the expected figures and differences, to review them (Ctrl+E)"
            ),
        )
        self.reveal_button.setCheckable(True)
        self.cancel_button = push_button(
            self.tr("&Cancel count…"), "cancelCount", self.tr("Drop this count; nothing is posted")
        )
        self.post_button = push_button(
            self.tr("&Post…"),
            "postCount",
            self.tr("Write the differences to the stock (Ctrl+Enter)"),
        )
        bold(self.post_button)
        self.post_button.setMinimumWidth(110)
        bottom = action_bar(
            self.summary,
            (self.import_button, self.sheet_button, self.report_button, self.reveal_button, self.cancel_button,
             self.post_button),
        )  # fmt: skip
        below = QWidget()
        below.setObjectName("countPane")
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 6, 0, 0)
        below_layout.setSpacing(8)
        below_layout.addWidget(self.header)
        below_layout.addWidget(self.strip)
        below_layout.addWidget(self.lines_table, 1)
        below_layout.addLayout(bottom)
        self.splitter = page_splitter(self, top, below, Qt.Orientation.Vertical, (0, 1), [170, 600])

        # Counting, keys and signals --------------------------------------------------------------
        self.counting = Counting(ops, self)
        self.scanner = ScanCapture(self)
        self.scanner.scanned.connect(self.counting.scan)
        self.scanner.broken.connect(self.counting.broken)
        self.counting.handled.connect(self.scan_handled)
        self.lines_model.count_entered.connect(self.counting.count)
        self.lines_model.reason_chosen.connect(self.counting.reason)
        self.lines_model.reason_text_entered.connect(self.counting.reason_text)
        self.new_button.clicked.connect(self.new_count)
        self.import_button.clicked.connect(self.import_counts)
        self.sheet_button.clicked.connect(self.show_sheet)
        self.report_button.clicked.connect(self.show_report)
        self.reveal_button.toggled.connect(self.set_reveal)
        self.cancel_button.clicked.connect(self.cancel_count)
        self.post_button.clicked.connect(self.post)
        self.counts_table.selectionModel().currentRowChanged.connect(
            lambda c, _p: self._count_chosen(c.row())
        )
        self._actions()
        ops.changed.connect(self.on_changed)
        self.setTabOrder(self.new_button, self.counts_table)
        self.setTabOrder(self.counts_table, self.lines_table)
        self.setTabOrder(self.lines_table, self.import_button)
        self.show_view(None)
        # Actions the user's role does not allow are disabled, naming the role.
        gate(self._ops, stocktake.start, self.new_action, self.new_button)
        gate(self._ops, stocktake.import_counts, self.import_action, self.import_button)
        gate(self._ops, stocktake.post, self.post_action, self.post_button)
        gate(self._ops, stocktake.cancel, self.cancel_button)

    def _actions(self) -> None:
        self.new_action = page_shortcut(self, self.tr("New count"), ["Ctrl+N"], self.new_count)
        self.import_action = page_shortcut(
            self, self.tr("Import count file"), ["Ctrl+I"], self.import_counts
        )
        self.sheet_action = page_shortcut(self, self.tr("Count sheet"), ["Ctrl+P"], self.show_sheet)
        self.report_action = page_shortcut(
            self, self.tr("Stocktake report"), ["Ctrl+R"], self.show_report
        )
        self.reveal_action = page_shortcut(
            self, self.tr("Show expected"), ["Ctrl+E"], self.reveal_button.toggle
        )
        self.post_action = page_shortcut(
            self, self.tr("Post count"), ["Ctrl+Return", "Ctrl+Enter"], self.post
        )

    # ------------------------------------------------------------------ public

    @property
    def view(self) -> StocktakeView | None:
        return self._view

    def start(self) -> None:
        self.refresh()
        self._load_places()

    def refresh(self) -> None:
        self._load_list()
        self.cycle_panel.refresh()
        if self._wanted is not None:
            self.open_count(self._wanted)

    def on_changed(self, changes: Change) -> None:
        if changes & (Change.STOCKTAKE | Change.STOCK | Change.REFERENCE | Change.SETTINGS):
            self.refresh()
        if changes & (Change.REFERENCE | Change.SETTINGS):
            self._load_places()

    def open_count(self, stocktake_id: int, *, message: str = "") -> None:
        """Show the count ``stocktake_id`` (read in the background); ``message`` then
        goes in the strip."""
        self._generation += 1
        generation = self._generation
        self._wanted = stocktake_id
        reveal = self._reveal and self._view is not None and self._view.id == stocktake_id

        def done(view: StocktakeView) -> None:
            if generation == self._generation:
                self.show_view(view)

        self._ops.query(
            lambda app: stocktake.view(app, stocktake_id, reveal=reveal), done, parent=self
        )

    def pending_scans(self) -> int:
        return self.counting.pending_scans()

    def save_state(self) -> None:
        save_splitter(SPLITTER_KEY, self.splitter)
        save_header(LINES_HEADER_KEY, self.lines_table)
        save_header(LIST_HEADER_KEY, self.counts_table)

    def restore_state(self) -> None:
        restore_splitter(SPLITTER_KEY, self.splitter)
        restore_header(LINES_HEADER_KEY, self.lines_table)
        restore_header(LIST_HEADER_KEY, self.counts_table)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # Scans are read where the focus is on this page: make sure it is here.
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.lines_table.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ the list

    def _load_list(self) -> None:
        def done(counts: list[StocktakeSummary]) -> None:
            self.counts_model.set_counts(counts)
            if self._wanted is not None:
                row = self.counts_model.row_of(self._wanted)
                if row >= 0 and self.counts_table.currentIndex().row() != row:
                    self._select_in_list(row)

        self._ops.query(stocktake.list_stocktakes, done, parent=self)

    def _select_in_list(self, row: int) -> None:
        blocker = self.counts_table.selectionModel().blockSignals(True)
        self.counts_table.select_row(row)
        self.counts_table.selectionModel().blockSignals(blocker)
        self.counts_table.viewport().update()

    def _count_chosen(self, row: int) -> None:
        summary = self.counts_model.row_at(row)
        if summary is not None and (self._view is None or summary.id != self._view.id):
            self._reveal = False
            self.open_count(summary.id)

    # ------------------------------------------------------------------ the open count

    def show_view(self, view: StocktakeView | None) -> None:
        """Show ``view`` (a count as the service returned it, or ``None``)."""
        if (
            view is not None
            and not view.revealed
            and self._reveal
            and self._view is not None
            and self._view.id == view.id
        ):
            # A save answers with the counter's view; the reviewer keeps seeing the figures.
            self.open_count(view.id)
            return
        self._generation += 1  # anything still on its way for the old one is dropped
        changed = view is None or self._view is None or view.id != self._view.id
        if changed:
            self._reveal = False
        self._view = view
        self._wanted = view.id if view is not None else None
        is_open = view is not None and view.status == OPEN
        self.lines_model.set_view(
            list(view.lines) if view is not None else [],
            editable=is_open,
            revealed=bool(view and view.revealed),
        )
        self.header.setText(self._header_text(view))
        self.summary.setText(self._summary_text(view))
        if view is not None:
            row = self.counts_model.row_of(view.id)
            if row >= 0:
                self._select_in_list(row)
        self.lines_table.set_empty_text(
            self.tr(
                "Nothing is held here in this count's scope. Scan a pack to add a lot found on the shelf."
            )
            if view is not None and not view.lines
            else ""
        )
        self._update_buttons()
        if changed or self.strip.is_hint:
            self.strip.show_hint(self._hint(view))
        self.view_shown.emit(view)

    def _header_text(self, view: StocktakeView | None) -> str:
        if view is None:
            return self.tr("<i>No count chosen.</i>")
        parts = [
            "<b>"
            + self.tr("Count %1 at %2")
            .replace("%1", str(view.id))
            .replace("%2", view.location_name)
            + "</b>",
            scope_text(view),
            self.tr("started %1 by %2")
            .replace("%1", fmt.datetime_text(view.started_at))
            .replace("%2", view.started_by),
            "<b>" + status_text(view.status) + "</b>",
        ]
        if view.blind:
            parts.insert(2, "<b>" + self.tr("blind count") + "</b>")
        if view.status == POSTED and view.posted_at is not None:
            posted = self.tr("posted %1 by %2").replace("%1", fmt.datetime_text(view.posted_at))
            posted = posted.replace("%2", view.posted_by or "")
            if view.approved_by:
                posted += ", " + self.tr("approved by %1").replace("%1", view.approved_by)
            parts.append(posted)
        return " · ".join(parts)

    def _summary_text(self, view: StocktakeView | None) -> str:
        if view is None:
            return ""
        total = len(view.lines)
        counted = total - view.uncounted
        text = self.tr("%Ln lot(s)", None, total) + " · " + self.tr("%Ln counted", None, counted)
        if not view.revealed:
            return text + " · " + self.tr("differences hidden (blind count)")
        differing = sum(1 for line in view.lines if line.difference_doses)
        approval = sum(1 for line in view.lines if line.needs_approval)
        text += " · " + self.tr("%Ln with a difference", None, differing)
        if approval:
            text += " · " + self.tr("%Ln need(s) approval", None, approval)
        return text

    def _hint(self, view: StocktakeView | None) -> str:
        if view is None:
            return self.tr("Start a count with New count (Ctrl+N), or choose one above.")
        if view.status == OPEN:
            return self.tr(
                "Type the units counted and press Enter for the next lot, or scan each pack anywhere on this page. "
                "Give a reason for each difference, then Post (Ctrl+Enter)."
            )
        if view.status == POSTED:
            return self.tr(
                "Posted: the differences are in the stock. Report (Ctrl+R) shows the stocktake report."
            )
        return self.tr("Cancelled: nothing of this count was posted.")

    def _update_buttons(self) -> None:
        view = self._view
        is_open = view is not None and view.status == OPEN
        for widget, action, on in (
            (self.import_button, self.import_action, is_open),
            (self.sheet_button, self.sheet_action, view is not None),
            (self.report_button, self.report_action, view is not None),
            (self.reveal_button, self.reveal_action, is_open and view is not None and view.blind),
            (self.post_button, self.post_action, is_open),
        ):
            widget.setEnabled(on)
            action.setEnabled(on)
        self.cancel_button.setEnabled(is_open)
        self.reveal_button.setVisible(view is not None and view.blind)
        blocker = self.reveal_button.blockSignals(True)
        self.reveal_button.setChecked(self._reveal)
        self.reveal_button.blockSignals(blocker)

    def set_reveal(self, on: bool) -> None:
        """The reviewer's view of a blind count: expected figures and differences shown."""
        view = self._view
        if view is None or not view.blind:
            return
        self._reveal = on
        self.open_count(view.id)

    # ------------------------------------------------------------------ starting

    def _load_places(self) -> None:
        def done(choices: Choices) -> None:
            self.cycle_panel.set_places(choices[0], choices[3])

        self._ops.query(_choices, done, parent=self)

    def new_count(self) -> None:
        self._ops.query(_choices, self._new_count_dialog, parent=self)

    def _new_count_dialog(self, choices: Choices) -> None:
        places, programmes, products, home = choices
        dialog = NewCountDialog(
            self._ops,
            places,
            [p for p in programmes if p.active],
            products,
            self,
            place=self._view.location_code if self._view is not None else home,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.started.connect(self._started)
        self.new_dialog = dialog
        dialog.destroyed.connect(lambda _o=None, d=dialog: self._forget(d))
        dialog.open()

    def _forget(self, dialog: QWidget) -> None:
        if self.new_dialog is dialog:
            self.new_dialog = None
        if self.post_dialog is dialog:
            self.post_dialog = None

    def _started(self, stocktake_id: int) -> None:
        self.open_count(
            stocktake_id,
            message=self.tr(
                "Count %1 started: the expected figures are frozen now. Print the count sheet (Ctrl+P) or start counting."
            ).replace("%1", str(stocktake_id)),
        )
        self.lines_table.setFocus()

    # ------------------------------------------------------------------ counting from a file

    def import_counts(self) -> None:
        if self._view is None or self._view.status != OPEN:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import count file"), "", self.tr("Count files (*.csv);;All files (*)")
        )
        if path:
            self.counting.import_file(Path(path))

    # ------------------------------------------------------------------ documents

    def show_sheet(self) -> None:
        self._document(sheet=True)

    def show_report(self) -> None:
        self._document(sheet=False)

    def _document(self, *, sheet: bool) -> None:
        view = self._view
        if view is None:
            return
        stem = self.tr("count-sheet") if sheet else self.tr("stocktake-report")
        out = self._documents.new_path(stem, str(view.id), str(view.id))
        language = fmt.language()
        stocktake_id = view.id
        title = (self.tr("Count sheet %1") if sheet else self.tr("Stocktake report %1")).replace(
            "%1", str(view.id)
        )

        def make(app: App) -> Path:
            from pharmacy_app.services import stocktake_documents as docs

            write = docs.count_sheet_pdf if sheet else docs.report_pdf
            return write(app, stocktake_id, out, language)

        def done(path: Path) -> None:
            self.document_shown.emit(open_preview(self, path, title, out.name))

        self._ops.query(make, done, parent=self)

    # ------------------------------------------------------------------ posting, cancelling

    def post(self) -> None:
        view = self._view
        if view is None or view.status != OPEN:
            return
        if view.uncounted:
            self.strip.refuse(
                self.tr(
                    "%Ln lot(s) not counted yet: count them (0 when none is there) before posting.",
                    None,
                    view.uncounted,
                )
            )
            return
        stocktake_id = view.id

        def done(revealed: StocktakeView) -> None:
            dialog = PostDialog(self._ops, revealed, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.posted.connect(self._posted)
            self.post_dialog = dialog
            dialog.destroyed.connect(lambda _o=None, d=dialog: self._forget(d))
            dialog.open()

        self._ops.query(
            lambda app: stocktake.view(app, stocktake_id, reveal=True), done, parent=self
        )

    def _posted(self, view: StocktakeView) -> None:
        self.show_view(view)
        moved = sum(1 for line in view.lines if line.movement_id is not None)
        self.strip.show_ok(
            self.tr("Count %1 posted: %Ln adjustment(s) written to the stock.", None, moved).replace("%1", str(view.id))
        )
        ask(
            self,
            self.tr("Count posted"),
            self.tr("Count %1 is posted. Show the stocktake report to print or save it?").replace(
                "%1", str(view.id)
            ),
            "",
            self.tr("&Show report"),
            self.tr("Not now"),
            self.show_report,
            name="offerReport",
        )

    def cancel_count(self) -> None:
        view = self._view
        if view is None or view.status != OPEN:
            return
        stocktake_id = view.id

        def cancel() -> None:
            stocktake_ops.cancel(self, stocktake_id).success(self._cancelled).failure(
                self.strip.show_failure
            ).run(self._ops, self.tr("Cancelling the count…"))

        ask(
            self,
            self.tr("Cancel count"),
            self.tr("Cancel count %1 at %2?")
            .replace("%1", str(view.id))
            .replace("%2", view.location_name),
            self.tr("Nothing of it is posted; what was counted stays on record."),
            self.tr("Cancel the &count"),
            self.tr("&Keep counting"),
            cancel,
            yes_is_default=False,
            name="cancelCountQuestion",
        )

    def _cancelled(self, view: StocktakeView) -> None:
        self.show_view(view)
        self.strip.show_ok(
            self.tr("Count %1 cancelled; nothing was posted.").replace("%1", str(view.id))
        )


def _choices(app: App) -> Choices:
    """The places a count can be made at (the home pharmacy first, then its quarantine,
    then the sites), the programmes and products, and the home pharmacy's code."""
    home = reference.read_settings(app).home_location_code

    def order(p: LocationInfo) -> tuple[int, str]:
        if home is not None and p.code == home:
            return 0, ""
        if home is not None and p.code.startswith(home):
            return 1, p.code
        return 2, p.name

    places = sorted((p for p in reference.list_locations(app, active_only=True) if p.holds_stock), key=order)
    return places, reference.list_programmes(app), reference.list_products(app, active_only=True), home
