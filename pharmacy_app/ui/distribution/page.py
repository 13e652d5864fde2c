"""The Distribution page: plan a round to the vaccination sites, pick, print, dispatch,
and confirm what the sites received; move stock between sites, back to the pharmacy
and to another region.

Left, the rounds (drafts first) and the buttons for transfers; right, the open round:
its header, a banner when stock is short (who gets less, and a fair split), the
round's site lists, the requests per site and product (the requested figure is typed
in the table, in whole vials), the lots picked earliest-expiry first (a lot can be
changed with a reason), and a mobile unit's visit plan.  Under it the actions: preview
and print the lists (one PDF, one print job for the round), dispatch, cancel, reverse,
confirm receipt.

What must hold:

* Every service call goes through the operations helper, off the GUI thread.
* What the tables show is always the round as the service last returned it.
* A refusal (a typed problem) is shown in the strip above the tables, not in a dialog,
  unless a dialog asked for it; then the dialog shows it and keeps what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QMenu, QVBoxLayout, QWidget

from pharmacy_app.domain.changes import Change
from pharmacy_app.services import distribution, documents, reference
from pharmacy_app.services.app import App
from pharmacy_app.services.distribution.views import ListView, RoundSummary, RoundView
from pharmacy_app.services.reference import ProgrammeInfo, ReasonInfo
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.actions import action_bar, page_shortcut
from pharmacy_app.ui.common.pdf_preview import PdfPreviewDialog, open_preview
from pharmacy_app.ui.common.role_gate import gate
from pharmacy_app.ui.common.status_strip import StatusStrip
from pharmacy_app.ui.common.widgets import (
    DocumentFiles,
    bold,
    page_splitter,
    push_button,
    restore_header,
    restore_splitter,
    save_header,
    save_splitter,
)
from pharmacy_app.ui.distribution.change_lot_dialog import ChangeLotDialog
from pharmacy_app.ui.distribution.new_round_dialog import NewRoundDialog
from pharmacy_app.ui.distribution.round_header import RoundHeader
from pharmacy_app.ui.distribution.round_legends import RoundLegends
from pharmacy_app.ui.distribution.round_lifecycle import RoundLifecycle
from pharmacy_app.ui.distribution.round_tables import RoundTables
from pharmacy_app.ui.distribution.rounds_panel import RoundsPanel
from pharmacy_app.ui.distribution.shortage_banner import ShortageBanner
from pharmacy_app.ui.distribution.summary import (
    CANCELLED,
    DISPATCHED,
    DRAFT,
    IN_TRANSIT,
    live_lists,
    visit_list,
    whole_vials,
)
from pharmacy_app.ui.distribution.texts import programme_name
from pharmacy_app.ui.distribution.visit_dialog import VisitDialog
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import distribution as dist_ops
from pharmacy_app.ui.ops.service_op import ServiceOp
from pharmacy_app.ui.transfers.region_receipt import RegionReceipt
from pharmacy_app.ui.transfers.transfer_dialog import TransferDialog

LIST_LIMIT = 200
SPLITTER_KEY = "distribution/splitter_v1"
LEFT_SPLITTER_KEY = "distribution/left_splitter_v1"
TABLES_SPLITTER_KEY = "distribution/tables_splitter_v1"
REQUESTS_HEADER_KEY = "distribution/requests_header_v1"
LINES_HEADER_KEY = "distribution/lines_header_v1"


class DistributionPage(QWidget):
    """Plan, pick, print, dispatch and confirm distribution rounds; move stock."""

    round_shown = Signal(object)  # RoundView | None
    document_shown = Signal(object)  # PdfPreviewDialog

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self._ops = ops
        self._round: RoundView | None = None
        self._list_id: int | None = None
        self._generation = 0
        self._started = False
        self._programmes: list[ProgrammeInfo] = []
        self._reasons: list[ReasonInfo] = []
        self._documents = DocumentFiles()
        self.preview_dialog: PdfPreviewDialog | None = None
        self.new_dialog: NewRoundDialog | None = None
        self.lot_dialog: ChangeLotDialog | None = None
        self.visit_dialog: VisitDialog | None = None
        self.transfer_dialog: TransferDialog | None = None

        self.legends = RoundLegends(self)
        self.rounds = RoundsPanel(self.legends.sites_legend)
        self.header = RoundHeader()
        self.banner = ShortageBanner()
        self.strip = StatusStrip("distributionStatus")
        self.tables = RoundTables(self.legends)
        self.lifecycle = RoundLifecycle(ops, self.strip, self)
        self.region_receipt = RegionReceipt(ops, self.strip, self)
        self.new_button = self.rounds.new_button  # New round, as the page's callers know it

        # The actions under the tables
        self.totals_label = QLabel()
        self.totals_label.setObjectName("roundTotals")
        self.preview_button = push_button(
            self.tr("&Preview lists…"),
            "previewLists",
            self.tr("Every site's distribution list in one document: preview, print in one job, save (Ctrl+P)"),
        )
        self.cancel_list_button = push_button(
            self.tr("Cancel l&ist…"), "cancelList", self.tr("Take the selected site out of this draft round")
        )
        self.cancel_round_button = push_button(
            self.tr("Cancel ro&und…"), "cancelRound", self.tr("Abandon this draft round; nothing of it is sent")
        )
        self.reverse_button = push_button(
            self.tr("Re&verse list…"),
            "reverseList",
            self.tr("Undo the dispatch of the selected list (not yet received): its doses go back to the pharmacy"),
        )
        self.receipt_button = push_button(
            self.tr("Confirm &receipt…"), "confirmReceipt", self.tr("Record what the selected site received (Ctrl+R)")
        )
        self.dispatch_button = push_button(
            self.tr("&Dispatch"), "dispatchRound", self.tr("Post the round's movements (Ctrl+Enter)")
        )
        bold(self.dispatch_button)
        self.dispatch_button.setMinimumWidth(120)
        bottom = action_bar(
            self.totals_label,
            (
                self.preview_button,
                self.cancel_list_button,
                self.cancel_round_button,
                self.reverse_button,
                self.receipt_button,
                self.dispatch_button,
            ),
        )

        right = QWidget()
        right.setObjectName("roundPane")
        rl = QVBoxLayout(right)
        rl.setContentsMargins(6, 0, 0, 0)
        rl.setSpacing(8)
        rl.addWidget(self.header)
        rl.addWidget(self.banner)
        rl.addWidget(self.strip)
        rl.addWidget(self.tables, 1)
        rl.addLayout(bottom)
        self.splitter = page_splitter(self, self.rounds, right, Qt.Orientation.Horizontal, (0, 1), [300, 930])

        # Keys and signals ----------------------------------------------------------------
        self._actions()
        t = self.tables
        self.rounds.new_button.clicked.connect(self.new_round)
        self.rounds.transfer_button.clicked.connect(self.open_transfers)
        self.rounds.receive_region_button.clicked.connect(self.region_receipt.choose_file)
        self.rounds.round_chosen.connect(self._round_chosen)
        self.rounds.list_chosen.connect(self._list_chosen)
        self.banner.split_button.clicked.connect(lambda: self.reallocate(True))
        self.banner.in_order_button.clicked.connect(lambda: self.reallocate(False))
        self.preview_button.clicked.connect(self.preview_lists)
        self.dispatch_button.clicked.connect(self.dispatch)
        self.cancel_round_button.clicked.connect(lambda: self.lifecycle.cancel_round(self._round))
        self.cancel_list_button.clicked.connect(lambda: self.lifecycle.cancel_list(self._round, self.selected_list()))
        self.reverse_button.clicked.connect(lambda: self.lifecycle.reverse_list(self.selected_list()))
        self.receipt_button.clicked.connect(self.confirm_receipt)
        t.change_lot_button.clicked.connect(self.change_lot)
        t.add_visit_button.clicked.connect(self.add_visit)
        t.remove_visit_button.clicked.connect(self.remove_visit)
        t.requests_model.edit_requested.connect(self.set_requested)
        t.requests_table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._request_chosen())
        t.lines_table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_buttons())
        t.visits_table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_buttons())
        t.lines_table.customContextMenuRequested.connect(self._line_menu)
        t.lines_table.doubleClicked.connect(lambda _i: self.change_lot())
        ops.changed.connect(self.on_changed)
        self.show_round(None)
        # Actions the user's role does not allow are disabled, naming the role.
        d = distribution
        gate(self._ops, d.plan_round, self.new_action, self.new_button)
        gate(self._ops, d.dispatch, self.dispatch_action, self.dispatch_button)
        gate(self._ops, d.confirm_receipt, self.receipt_action, self.receipt_button)
        gate(self._ops, d.reverse_list, self.reverse_button)
        gate(self._ops, d.cancel_list, self.cancel_list_button)
        gate(self._ops, d.cancel_round, self.cancel_round_button)
        gate(self._ops, d.override_line, self.lot_action)

    def _actions(self) -> None:
        self.new_action = page_shortcut(self, self.tr("New round"), ["Ctrl+N"], self.new_round)
        self.preview_action = page_shortcut(self, self.tr("Preview lists"), ["Ctrl+P"], self.preview_lists)
        self.dispatch_action = page_shortcut(self, self.tr("Dispatch"), ["Ctrl+Return", "Ctrl+Enter"], self.dispatch)
        self.lot_action = page_shortcut(self, self.tr("Change lot"), ["Ctrl+L"], self.change_lot)
        self.receipt_action = page_shortcut(self, self.tr("Confirm receipt"), ["Ctrl+R"], self.confirm_receipt)
        self.transfer_action = page_shortcut(self, self.tr("Transfer / return"), ["Ctrl+T"], self.open_transfers)
        self.split_action = page_shortcut(
            self, self.tr("Split fairly"), ["Ctrl+Shift+F"], lambda: self.reallocate(True)
        )

    # ------------------------------------------------------------------ public

    @property
    def round(self) -> RoundView | None:
        return self._round

    @property
    def list_id(self) -> int | None:
        return self._list_id

    def start(self) -> None:
        if self._started:
            return
        self._started = True
        self.refresh()

    def refresh(self) -> None:
        self.reload_rounds()
        self._ops.query(_page_reference, self._reference_arrived, parent=self)
        self.reopen_round()

    def on_changed(self, changes: Change) -> None:
        if not self._started:
            return
        if changes & (Change.DISTRIBUTION | Change.STOCK | Change.REFERENCE | Change.SETTINGS):
            self.reload_rounds()
            self.reopen_round()
        if changes & Change.REFERENCE:
            self._ops.query(_page_reference, self._reference_arrived, parent=self)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.start()

    def open_round(self, round_id: int) -> None:
        self._generation += 1
        generation = self._generation

        def done(view: RoundView) -> None:
            if generation == self._generation:
                self.show_round(view)

        self._ops.query(lambda app: distribution.round_view(app, round_id), done, parent=self)

    def reopen_round(self) -> None:
        """Ask again for the round that is open (it may have changed)."""
        if self._round is not None:
            self.open_round(self._round.round_id)

    def select_list(self, list_id: int | None) -> None:
        """Show one site's list (``None``: all sites)."""
        self.rounds.select_list(list_id)

    def selected_list(self) -> ListView | None:
        if self._round is None or self._list_id is None:
            return None
        return next((lst for lst in self._round.lists if lst.list_id == self._list_id), None)

    def select_line(self, line_id: int) -> None:
        self.tables.select_line(line_id)

    def select_request(self, request_id: int) -> None:
        self.tables.select_request(request_id)

    def fair_split(self) -> bool:
        return self._round is not None and bool(getattr(self._round, "fair_split", False))

    def save_state(self) -> None:
        save_splitter(SPLITTER_KEY, self.splitter)
        save_splitter(LEFT_SPLITTER_KEY, self.rounds.splitter)
        save_splitter(TABLES_SPLITTER_KEY, self.tables)
        save_header(REQUESTS_HEADER_KEY, self.tables.requests_table)
        save_header(LINES_HEADER_KEY, self.tables.lines_table)

    def restore_state(self) -> None:
        restore_splitter(SPLITTER_KEY, self.splitter)
        restore_splitter(LEFT_SPLITTER_KEY, self.rounds.splitter)
        restore_splitter(TABLES_SPLITTER_KEY, self.tables)
        restore_header(REQUESTS_HEADER_KEY, self.tables.requests_table)
        restore_header(LINES_HEADER_KEY, self.tables.lines_table)

    # ------------------------------------------------------------------ loading

    def reload_rounds(self) -> None:
        """Ask for the list of rounds again; with none open yet, open the first draft."""

        def done(rounds: list[RoundSummary]) -> None:
            keep = self._round.round_id if self._round is not None else None
            self.rounds.set_rounds(rounds, keep)
            first = self.rounds.rounds_model.row_at(0)
            if keep is None and first is not None and first.status == DRAFT:
                self.open_round(first.round_id)  # nothing open yet: the first draft

        self._ops.query(lambda app: distribution.list_rounds(app, limit=LIST_LIMIT), done, parent=self)

    def _reference_arrived(self, data: tuple[list[ProgrammeInfo], list[ReasonInfo]]) -> None:
        self._programmes, self._reasons = list(data[0]), list(data[1])
        self.tables.visits_model.set_programme_names({p.code: programme_name(p) for p in self._programmes})

    def _round_chosen(self, round_id: int) -> None:
        if self._round is None or round_id != self._round.round_id:
            self._list_id = None
            self.open_round(round_id)

    def _list_chosen(self, list_id: int | None) -> None:
        if list_id != self._list_id:
            self._list_id = list_id
            self._fill_tables()
            self._update_buttons()

    # ------------------------------------------------------------------ showing a round

    def show_round(self, view: RoundView | None) -> None:
        """Show ``view`` (a ``RoundView`` as the service returned it, or ``None``)."""
        self._generation += 1
        self._round = view
        if view is None or self._list_id not in {lst.list_id for lst in view.lists}:
            self._list_id = None
        self.rounds.show_round(view, self._list_id)
        if view is not None and self.rounds.rounds_model.row_of(view.round_id) < 0:
            self.reload_rounds()
        self._fill_tables()
        self.legends.show_round(view)
        self.header.show_round(view)
        self.totals_label.setText(self.header.totals_text(view))
        self.banner.show_round(view)
        self._update_buttons()
        if self.strip.is_hint:
            self.strip.show_hint(self._hint(view))
        self.round_shown.emit(view)

    def _fill_tables(self) -> None:
        self.tables.show_lists(self._round, self._list_id, self.selected_list(), self._ops.app.today())
        self._update_buttons()

    def _request_chosen(self) -> None:
        self.tables.show_request_info()
        self._update_buttons()

    def _update_buttons(self) -> None:
        view = self._round
        draft = view is not None and view.status == DRAFT
        lst = self.selected_list()
        live = live_lists(view)
        has_lines = any(x.lines for x in live)
        t = self.tables
        self.preview_button.setEnabled(view is not None and view.status != CANCELLED and has_lines)
        self.preview_action.setEnabled(self.preview_button.isEnabled())
        self.dispatch_button.setEnabled(draft and has_lines)
        self.dispatch_action.setEnabled(self.dispatch_button.isEnabled())
        self.cancel_round_button.setEnabled(draft)
        self.cancel_list_button.setEnabled(draft and lst is not None and lst.status == DRAFT and len(live) > 1)
        dispatched_list = lst is not None and lst.status == DISPATCHED
        self.reverse_button.setEnabled(dispatched_list)
        self.receipt_button.setEnabled(dispatched_list)
        self.receipt_action.setEnabled(dispatched_list)
        _lst, line = t.selected_line()
        t.change_lot_button.setEnabled(draft and line is not None and _lst is not None and _lst.status == DRAFT)
        self.lot_action.setEnabled(t.change_lot_button.isEnabled())
        t.add_visit_button.setEnabled(draft and visit_list(view, lst) is not None)
        t.remove_visit_button.setEnabled(draft and t.selected_visit() is not None)
        self.banner.split_button.setEnabled(draft)
        self.banner.in_order_button.setEnabled(draft)
        dispatched = view is not None and view.status != DRAFT
        for widget in (
            self.cancel_round_button, self.cancel_list_button, self.dispatch_button,
            t.change_lot_button, t.add_visit_button, t.remove_visit_button,
        ):
            widget.setVisible(not dispatched)
        self.reverse_button.setVisible(dispatched)
        self.receipt_button.setVisible(dispatched)

    def _hint(self, view: RoundView | None) -> str:
        if view is None:
            return self.tr("Plan a round with New round (Ctrl+N), or open one on the left.")
        if view.status == DRAFT:
            return self.tr(
                "Check the requests (type a figure to change one), the picked lots and the visits; "
                "preview the lists (Ctrl+P), then dispatch (Ctrl+Enter)."
            )
        if view.status == DISPATCHED:
            if view.mode == IN_TRANSIT:
                return self.tr(
                    "Dispatched: the stock is in transit. Choose a site on the left and confirm its receipt (Ctrl+R)."
                )
            return self.tr("Dispatched: the stock is at the sites. Choose a site and confirm its receipt (Ctrl+R).")
        if view.status == CANCELLED:
            return self.tr("This round was cancelled; nothing of it was sent.")
        return ""

    # ------------------------------------------------------------------ planning

    def new_round(self) -> None:
        dialog = NewRoundDialog(self._ops, self._ops.app.today(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.planned.connect(self._planned)
        self.new_dialog = dialog
        dialog.open()

    def _planned(self, view: RoundView) -> None:
        self._list_id = None
        self.show_round(view)
        self.reload_rounds()
        self.strip.show_ok(
            self.tr("Round %1 planned for %2: %3")
            .replace("%1", view.number)
            .replace("%2", fmt.date_text(view.planned_for))
            .replace("%3", self.tr("%Ln site(s)", None, len(live_lists(view))))
        )
        self.tables.requests_table.setFocus()
        first = self.tables.requests_model.request_at(0)
        if first is not None:
            self.select_request(first.request_id)

    def set_requested(self, request_id: int, doses: int) -> None:
        view = self._round
        if view is None:
            return
        r = next((x for lst in view.lists for x in lst.requests if x.request_id == request_id), None)
        per = max(1, int(r.doses_per_unit)) if r is not None else 1
        whole = whole_vials(doses, per)

        def done(result: RoundView) -> None:
            self.show_round(result)
            if not self.tables.requests_table.currentIndex().isValid():
                self.select_request(request_id)  # Enter already moved the keyboard on otherwise
            got = next((x for lst in result.lists for x in lst.requests if x.request_id == request_id), None)
            if got is None:
                return
            text = self.tr("%1: requested %2 doses, allocated %3").replace("%1", got.product).replace(
                "%2", fmt.integer(got.requested)
            ).replace("%3", fmt.integer(got.allocated))
            if whole != doses:
                text += " " + self.tr("(rounded up to whole vials of %1 doses)").replace("%1", str(per))
            self.strip.show_ok(text)

        self._run(dist_ops.set_requested(self, request_id, whole), done, self.tr("Allocating…"))

    def reallocate(self, fair: bool) -> None:
        view = self._round
        if view is None or view.status != DRAFT:
            return
        round_id = view.round_id

        def done(result: RoundView) -> None:
            self.show_round(result)
            self.strip.show_ok(
                self.tr("Split fairly: every site gets about the same share of its request.")
                if fair
                else self.tr("Allocated in the list's order.")
            )

        self._run(dist_ops.reallocate(self, round_id, fair_split=fair), done, self.tr("Allocating…"))

    def change_lot(self) -> None:
        view = self._round
        lst, line = self.tables.selected_line()
        if view is None or view.status != DRAFT or line is None or lst is None or lst.status != DRAFT:
            return
        dialog = ChangeLotDialog(self._ops, line, lst.site_name, view.planned_for, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        line_no, site = line.line_no, lst.site_name

        def changed(result: RoundView) -> None:
            self.show_round(result)
            self.strip.show_ok(self.tr("Line %1 for %2: lot changed, reason recorded").replace("%1", str(line_no)).replace("%2", site))

        dialog.changed.connect(changed)
        self.lot_dialog = dialog
        dialog.open()

    def _line_menu(self, pos: QPoint) -> None:
        table = self.tables.lines_table
        table.select_at(pos)
        menu = QMenu(self)
        a = menu.addAction(self.tr("Change lot…\tCtrl+L"))
        a.setEnabled(self.tables.change_lot_button.isEnabled())
        a.triggered.connect(self.change_lot)
        self.line_menu = menu
        menu.popup(table.viewport().mapToGlobal(pos))

    # ------------------------------------------------------------------ visits

    def add_visit(self) -> None:
        view = self._round
        lst = visit_list(view, self.selected_list())
        if lst is None or view is None or view.status != DRAFT:
            return
        dialog = VisitDialog(self._ops, lst, self._programmes, view.planned_for, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        site = lst.site_name

        def added(result: RoundView) -> None:
            self.show_round(result)
            self.strip.show_ok(self.tr("Visit added to %1's plan").replace("%1", site))

        dialog.added.connect(added)
        self.visit_dialog = dialog
        dialog.open()

    def remove_visit(self) -> None:
        visit = self.tables.selected_visit()
        if visit is None or self._round is None or self._round.status != DRAFT:
            return
        visit_id, name = visit.visit_id, visit.institution

        def done(result: RoundView) -> None:
            self.show_round(result)
            self.strip.show_ok(self.tr("Visit to %1 removed").replace("%1", name))

        self._run(dist_ops.remove_visit(self, visit_id), done, self.tr("Removing the visit…"))

    # ------------------------------------------------------------------ the lists as a document

    def document_path(self, view: RoundView) -> Path:
        """A new file each time: a preview still open keeps reading the one it shows."""
        return self._documents.new_path(self.tr("distribution-lists"), view.number, str(view.round_id))

    def preview_lists(self) -> None:
        view = self._round
        if view is None or not self.preview_button.isEnabled():
            return
        out = self.document_path(view)
        language = fmt.language()
        round_id, number = view.round_id, view.number
        list_ids = [lst.list_id for lst in live_lists(view) if lst.lines]

        def make(app: App) -> Path:
            data = documents.distribution_round_pdf(app, round_id, language=language, list_ids=list_ids)
            out.write_bytes(data)
            return out

        def done(path: Path) -> None:
            dialog = open_preview(
                self, path, self.tr("Distribution lists, round %1").replace("%1", number), path.name
            )
            self.document_shown.emit(dialog)

        self._ops.query(make, done, failure=self.strip.show_failure, parent=self)

    # ------------------------------------------------------------------ after planning, and transfers

    def dispatch(self) -> None:
        if self.dispatch_button.isEnabled():
            self.lifecycle.dispatch(self._round)

    def confirm_receipt(self) -> None:
        self.lifecycle.confirm_receipt(self._round, self.selected_list(), self._reasons)

    def receive_region_file(self, path: Path) -> None:
        """Receive the shipment file another region sent (as Receive from another region does)."""
        self.region_receipt.receive_file(path)

    def open_transfers(self) -> None:
        dialog = TransferDialog(self._ops, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.done_value.connect(self.strip.show_ok)
        self.transfer_dialog = dialog
        dialog.open()

    def _run(self, op: ServiceOp[RoundView], done: Callable[[RoundView], None], label: str) -> None:
        """Run a change off the GUI thread; a refusal goes to the strip."""
        op.success(done).failure(self.strip.show_failure).run(self._ops, label)


def _page_reference(app: App) -> tuple[list[ProgrammeInfo], list[ReasonInfo]]:
    return reference.list_programmes(app), reference.list_discard_reasons(app)
