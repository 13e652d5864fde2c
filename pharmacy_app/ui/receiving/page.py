"""The Receiving page: deliveries from SSI, by scanning packs, typing lines or importing
the delivery note.

Left, the open drafts and the recent posted receipts; right, the open receipt: its
header, a strip that answers every scan, the lines, a form to type a line, and Post.
Nothing is stock until the receipt is posted, in one transaction.

What must hold:

* Every service call goes through the operations helper, off the GUI thread.
* A scan is read wherever the keyboard focus is on this page (:mod:`.scanning`);
  its outcome, good or bad, is shown in the scan strip, a bad one with a beep.  A scan,
  a typed line or a change of a line never opens a dialog: a person scanning a box of
  packs must not be stopped by one.  Dialogs come only from what a person asked for
  (new receipt, import, post with short-dated lots, cancel, thaw).
* The lines shown are always the receipt as the service last returned it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.domain.changes import Change
from pharmacy_app.services import documents, queries, receiving, receiving_import, reference
from pharmacy_app.services.app import App
from pharmacy_app.services.receiving import DRAFT, FROZEN, POSTED, LineView, ReceiptView
from pharmacy_app.services.receiving_import import ImportPreview
from pharmacy_app.services.reference import ProductInfo
from pharmacy_app.ui import fmt, labels
from pharmacy_app.ui.common.actions import action_bar, page_shortcut
from pharmacy_app.ui.common.pdf_preview import PdfPreviewDialog, open_preview
from pharmacy_app.ui.common.role_gate import gate
from pharmacy_app.ui.common.scan_capture import ScanCapture
from pharmacy_app.ui.common.status_strip import STRIP_STYLE, StatusStrip
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
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import receiving as receiving_ops
from pharmacy_app.ui.receiving.import_preview import ImportPreviewDialog
from pharmacy_app.ui.receiving.line_changes import LineChanges
from pharmacy_app.ui.receiving.line_form import LineForm
from pharmacy_app.ui.receiving.lines_table import ReceiptLinesTable
from pharmacy_app.ui.receiving.new_receipt_dialog import NewReceiptDialog
from pharmacy_app.ui.receiving.receipt_header import ReceiptHeader
from pharmacy_app.ui.receiving.receipt_lifecycle import ReceiptLifecycle
from pharmacy_app.ui.receiving.receipts_panel import ReceiptsPanel
from pharmacy_app.ui.receiving.scanning import ReceiptScanning
from pharmacy_app.ui.setup.home_gate import HomeGate
from pharmacy_app.ui.stock.stock_target import is_frozen_product

LIST_LIMIT = 100
SPLITTER_KEY = "receiving/splitter_v1"
LINES_HEADER_KEY = "receiving/lines_header_v1"
LIST_HEADER_KEY = "receiving/list_header_v1"
WARNING_STYLE = "background: #fff4cf; color: #5c3d00; border: 1px solid #e9cf7a;"


class ReceivingPage(QWidget):
    """Receive deliveries from SSI: scan, type or import, check, post."""

    receipt_shown = Signal(object)  # ReceiptView | None
    scan_handled = Signal(object)  # ScanOutcome (or a Problem when there was no receipt)
    document_shown = Signal(object)  # PdfPreviewDialog

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self._ops = ops
        self._receipt: ReceiptView | None = None
        self._products: list[ProductInfo] = []
        self._generation = 0  # drops a receipt that arrives after another was opened
        self._documents = DocumentFiles()
        self.preview_dialog: PdfPreviewDialog | None = None
        self.new_dialog: NewReceiptDialog | None = None
        self.import_dialog: ImportPreviewDialog | None = None

        self.receipts = ReceiptsPanel()
        self.new_button = self.receipts.new_button  # New receipt, as the page's callers know it
        self.header = ReceiptHeader()
        self.strip = StatusStrip("scanStatus", large=True)
        self.lines_table = ReceiptLinesTable(self.is_frozen)
        self.lines_model = self.lines_table.lines_model

        self.totals_label = QLabel()
        self.totals_label.setObjectName("totals")
        self.line_info = QLabel()
        self.line_info.setObjectName("lineInfo")
        self.line_info.setWordWrap(True)
        self.line_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.line_info.hide()
        self.form = LineForm(self.is_frozen)

        # Bottom buttons
        self.thaw_button = push_button(
            self.tr("&Thaw…"),
            "thawLine",
            self.tr("Thaw doses of the selected posted frozen line; the thawed shelf life starts now (Ctrl+T)"),
        )
        self.document_button = push_button(
            self.tr("&Goods receipt…"),
            "goodsReceipt",
            self.tr("Preview, print or save the goods-receipt document (Ctrl+P)"),
        )
        self.cancel_button = push_button(
            self.tr("&Cancel draft…"), "cancelDraft", self.tr("Abandon this draft; nothing of it is received")
        )
        self.post_button = push_button(
            self.tr("P&ost receipt"), "postReceipt", self.tr("Put every line into stock in one go (Ctrl+Enter)")
        )
        bold(self.post_button)
        self.post_button.setMinimumWidth(140)
        bottom = action_bar(
            self.totals_label, (self.thaw_button, self.document_button, self.cancel_button, self.post_button)
        )

        right = QWidget()
        right.setObjectName("receiptPane")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.setSpacing(8)
        self.home_gate = HomeGate(ops, self)  # no receipt before a home pharmacy is chosen
        right_layout.addWidget(self.home_gate.notice)
        right_layout.addWidget(self.header)
        right_layout.addWidget(self.strip)
        right_layout.addWidget(self.lines_table, 1)
        right_layout.addWidget(self.line_info)
        right_layout.addWidget(self.form)
        right_layout.addLayout(bottom)

        self.splitter = page_splitter(self, self.receipts, right, Qt.Orientation.Horizontal, (0, 1), [236, 1000])

        # Scanning, keys and signals ----------------------------------------------------------------
        self.lifecycle = ReceiptLifecycle(ops, self)
        self.scanning = ReceiptScanning(ops, self)
        self.line_changes = LineChanges(ops, self)
        self.scanner = ScanCapture(self)
        self.scanner.scanned.connect(self.scanning.scan)
        self.scanner.broken.connect(self.scanning.broken)
        self.scanning.handled.connect(self.scan_handled)
        self._actions()
        self.receipts.new_button.clicked.connect(self.new_receipt)
        self.receipts.import_button.clicked.connect(self.import_note)
        self.receipts.receipt_chosen.connect(self._receipt_chosen)
        self.form.submitted.connect(self.add_line)
        self.post_button.clicked.connect(self.post)
        self.cancel_button.clicked.connect(self.cancel_draft)
        self.document_button.clicked.connect(self.show_document)
        self.thaw_button.clicked.connect(self.thaw_selected)
        self.lines_model.edit_requested.connect(self.line_changes.update)
        self.lines_table.customContextMenuRequested.connect(self.line_changes.menu)
        self.lines_table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._line_selected())
        self.show_receipt(None)
        # Actions the user's role does not allow are disabled, naming the role.
        gate(self._ops, receiving.start, self.new_action, self.new_button)
        gate(self._ops, receiving_import.import_note, self.import_action)
        gate(self._ops, receiving.post, self.post_action, self.post_button)
        gate(self._ops, receiving.thaw, self.thaw_action, self.thaw_button)
        gate(self._ops, receiving.cancel, self.cancel_button)

    def _actions(self) -> None:
        self.new_action = page_shortcut(self, self.tr("New receipt"), ["Ctrl+N"], self.new_receipt)
        self.import_action = page_shortcut(self, self.tr("Import delivery note"), ["Ctrl+I"], self.import_note)
        self.post_action = page_shortcut(self, self.tr("Post receipt"), ["Ctrl+Return", "Ctrl+Enter"], self.post)
        self.document_action = page_shortcut(self, self.tr("Goods receipt"), ["Ctrl+P"], self.show_document)
        self.thaw_action = page_shortcut(self, self.tr("Thaw"), ["Ctrl+T"], self.thaw_selected)
        self.remove_action = QAction(self.tr("Remove line"), self)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self.line_changes.remove_selected)
        self.lines_table.addAction(self.remove_action)

    # ------------------------------------------------------------------ public

    @property
    def receipt(self) -> ReceiptView | None:
        return self._receipt

    def start(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Reload the receipts, the products and the open receipt."""
        self.home_gate.refresh()
        self._load_list()
        self._load_products()
        if self._receipt is not None:
            self.open_receipt(self._receipt.id)

    def on_changed(self, changes: Change) -> None:
        if changes & (Change.REFERENCE | Change.SETTINGS):
            self.home_gate.refresh()
        if changes & (Change.RECEIVING | Change.STOCK | Change.REFERENCE | Change.SETTINGS):
            self._load_list()
        if changes & Change.REFERENCE:
            self._load_products()
        if changes & (Change.RECEIVING | Change.STOCK | Change.REFERENCE) and self._receipt is not None:
            self.open_receipt(self._receipt.id)

    def open_receipt(self, receipt_id: int) -> None:
        self._generation += 1
        generation = self._generation

        def done(view: ReceiptView) -> None:
            if generation == self._generation:
                self.show_receipt(view)

        self._ops.query(lambda app: receiving.get(app, receipt_id), done, parent=self)

    def is_frozen(self, product_id: int) -> bool:
        product = next((p for p in self._products if p.id == product_id), None)
        return is_frozen_product(product)

    def selected_line(self) -> LineView | None:
        return self.lines_table.selected_line()

    def select_line(self, line_id: int) -> None:
        self.lines_table.select_line(line_id)

    def select_product(self, key: str | int) -> bool:
        """Choose a product in the form by id or item number (tests, shortcuts)."""
        return self.form.select_product(key)

    def pending_scans(self) -> int:
        return self.scanning.pending()

    def save_state(self) -> None:
        save_splitter(SPLITTER_KEY, self.splitter)
        save_header(LINES_HEADER_KEY, self.lines_table)
        save_header(LIST_HEADER_KEY, self.receipts.receipts_table)

    def restore_state(self) -> None:
        restore_splitter(SPLITTER_KEY, self.splitter)
        restore_header(LINES_HEADER_KEY, self.lines_table)
        restore_header(LIST_HEADER_KEY, self.receipts.receipts_table)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # Scans are read where the focus is on this page: make sure it is here.
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.lines_table.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ receipts

    def new_receipt(self) -> None:
        self.home_gate.run(self._new_receipt_dialog)

    def _new_receipt_dialog(self) -> None:
        dialog = NewReceiptDialog(self._ops, self._ops.app.today(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.started.connect(self._started)
        self.new_dialog = dialog
        dialog.open()

    def _started(self, view: ReceiptView) -> None:
        self.receipts.update_receipt(view)
        self.show_receipt(view)
        self.strip.show_idle(
            self.tr("Receipt %1 is open. Scan the packs, type the lines, then post.").replace("%1", view.note_number)
        )
        self.lines_table.setFocus()

    def import_note(self) -> None:
        self.home_gate.run(self._choose_note_file)

    def _choose_note_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import delivery note"),
            "",
            self.tr("Delivery notes (*.xlsx *.csv);;All files (*)"),
        )
        if path:
            self.preview_import(Path(path))

    def preview_import(self, path: Path) -> None:
        """Check the file (in the background) and show what importing it would do."""
        self.strip.show_idle(self.tr("Reading %1…").replace("%1", path.name))

        def done(preview: ImportPreview) -> None:
            self.strip.show_hint(self._hint(self._receipt))
            dialog = ImportPreviewDialog(self._ops, path, preview, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.imported.connect(self._imported)
            self.import_dialog = dialog
            dialog.destroyed.connect(lambda _o=None, d=dialog: self._forget_import_dialog(d))
            dialog.open()

        def failed(_exc: BaseException) -> bool:
            self.strip.show_hint(self._hint(self._receipt))
            return False

        self._ops.query(lambda app: receiving_import.preview(app, path), done, failure=failed, parent=self)

    def _forget_import_dialog(self, dialog: ImportPreviewDialog) -> None:
        if self.import_dialog is dialog:
            self.import_dialog = None

    def _imported(self, view: ReceiptView) -> None:
        self.receipts.update_receipt(view)
        self.show_receipt(view)
        lines = self.tr("%Ln line(s)", None, len(view.lines))
        self.strip.show_ok(
            self.tr("Delivery note %1 imported and posted: %2, %3 doses in stock")
            .replace("%1", view.note_number)
            .replace("%2", lines)
            .replace("%3", fmt.integer(view.doses))
        )

    def _load_list(self) -> None:
        def load(app: App) -> tuple[list[ReceiptView], queries.ReceiptsElsewhere | None]:
            receipts = receiving.list_receipts(app, limit=LIST_LIMIT)
            # An empty list must not say "no receipts" when the stock holds deliveries.
            return receipts, None if receipts else queries.receipts_elsewhere(app)

        def done(result: tuple[list[ReceiptView], queries.ReceiptsElsewhere | None]) -> None:
            receipts, elsewhere = result
            self.receipts.set_receipts(receipts, self._receipt.id if self._receipt is not None else None, elsewhere)

        self._ops.query(load, done, parent=self)

    def _load_products(self) -> None:
        self._ops.query(lambda app: reference.list_products(app, active_only=True), self._products_arrived, parent=self)

    def _products_arrived(self, products: list[ProductInfo]) -> None:
        self._products = list(products)
        self.form.set_products(self._products)
        self._update_buttons()

    def _receipt_chosen(self, receipt: ReceiptView) -> None:
        if self._receipt is None or receipt.id != self._receipt.id:
            self.strip.show_hint("")  # the next receipt's hint follows when it is shown
            self.open_receipt(receipt.id)

    def show_receipt(self, view: ReceiptView | None) -> None:
        """Show ``view`` (a receipt as the service returned it, or ``None``)."""
        self._generation += 1  # anything still on its way for the old one is dropped
        changed = view is None or self._receipt is None or view.id != self._receipt.id
        self._receipt = view
        self.lines_model.set_receipt(view, self._ops.app.today())
        if view is not None:
            self.receipts.update_receipt(view)
            self.receipts.select_receipt(view.id)
        self.header.show_receipt(view)
        self.totals_label.setText(self.header.totals_text(view))
        self._update_buttons()
        self._show_line_info()
        if changed and self.strip.state == "idle":
            self.strip.show_hint(self._hint(view))
        self.lines_table.set_empty_text(
            self.tr("No lines yet. Scan a pack anywhere on this page, type a line below, or import the note.")
            if view is not None and not view.lines
            else ""
        )
        self.receipt_shown.emit(view)

    def _update_buttons(self) -> None:
        view = self._receipt
        draft = view is not None and view.status == DRAFT
        posted = view is not None and view.status == POSTED
        self.post_button.setEnabled(draft and bool(view and view.lines))
        self.post_action.setEnabled(self.post_button.isEnabled())
        self.cancel_button.setEnabled(draft)
        self.form.setEnabled(draft)
        self.document_button.setEnabled(posted)
        self.document_action.setEnabled(posted)
        line = self.selected_line()
        thawable = posted and line is not None and self._line_thawable(line)
        self.thaw_button.setEnabled(thawable)
        self.thaw_action.setEnabled(thawable)
        self.remove_action.setEnabled(draft and line is not None)
        self.cancel_button.setVisible(not posted)
        self.post_button.setVisible(not posted)
        self.thaw_button.setVisible(posted)
        self.form.setVisible(view is None or draft)
        if self.strip.is_hint or (self.strip.state == "idle" and not self.strip.text()):
            self.strip.show_hint(self._hint(view))

    def _hint(self, view: ReceiptView | None) -> str:
        """What one can do now, in the strip while there is nothing to answer."""
        if view is None:
            return self.tr("Start a receipt with New receipt (Ctrl+N), or open one on the left. Then scan the packs.")
        if view.status == DRAFT:
            return self.tr("Scan a pack anywhere on this page, or type a line below. Post (Ctrl+Enter) when all is counted.")
        if view.status == POSTED:
            return self.tr(
                "Posted: the lines are in stock. Goods receipt (Ctrl+P) shows the document; select a frozen line to thaw it."
            )
        return ""

    def _line_selected(self) -> None:
        self._update_buttons()
        self._show_line_info()

    def _show_line_info(self) -> None:
        """The selected line's problems and warnings in full (the table has a few words)."""
        line = self.selected_line()
        if line is None or not (line.problems or line.warnings):
            self.line_info.hide()
            return
        number = self.tr("Line %1:").replace("%1", str(line.line_no))
        texts = [labels.problem_text(p) for p in line.problems] + [labels.problem_text(w) for w in line.warnings]
        self.line_info.setText(f"{number} " + "  ".join(texts))
        style = STRIP_STYLE["error"] if line.problems else WARNING_STYLE
        self.line_info.setStyleSheet(f"QLabel#lineInfo {{ {style} border-radius: 4px; padding: 4px 8px; }}")
        self.line_info.show()

    def _line_thawable(self, line: LineView) -> bool:
        return line.condition == FROZEN and line.thawed_on is None and not line.hold and self.is_frozen(line.product_id)

    # ------------------------------------------------------------------ typing a line

    def add_line(self) -> None:
        view = self._receipt
        if view is None or view.status != DRAFT:
            self.strip.refuse(self.tr("Open a draft receipt before adding lines."))
            return
        missing = self.form.missing()
        if missing:
            self.strip.refuse(self.tr("Fill in %1.").replace("%1", ", ".join(m[0] for m in missing)))
            missing[0][1].setFocus()
            return
        typed = self.form.typed_line()
        receipt_id = view.id

        op = receiving_ops.add_line(
            self,
            receipt_id,
            product=typed.product_id,
            batch=typed.batch,
            expiry=typed.expiry,
            packs=typed.packs,
            condition=typed.condition,
            hold=typed.hold,
            hold_reason=typed.hold_reason,
        )

        def done(result: ReceiptView) -> None:
            self.show_receipt(result)
            added = max(result.lines, key=lambda line: line.line_no) if result.lines else None
            if added is not None:
                self.select_line(added.id)
                self.strip.show_ok(
                    self.tr("Line %1 added: %2 %3, %4")
                    .replace("%1", str(added.line_no))
                    .replace("%2", added.product)
                    .replace("%3", added.batch)
                    .replace("%4", self.tr("%Ln pack(s)", None, added.packs))
                )
            self.form.clear_for_next()

        op.success(done).failure(self.strip.show_failure).run(self._ops, self.tr("Adding the line…"))

    # ------------------------------------------------------------------ posting, cancelling, thawing

    def post(self) -> None:
        self.lifecycle.post(self._receipt)

    def cancel_draft(self) -> None:
        self.lifecycle.cancel(self._receipt)

    def thaw_selected(self) -> None:
        line = self.selected_line()
        if line is None or not self._line_thawable(line):
            return
        product = next((p for p in self._products if p.id == line.product_id), None)
        self.lifecycle.thaw(self._receipt, line, product)

    # ------------------------------------------------------------------ documents

    def document_path(self, view: ReceiptView) -> Path:
        """A new file each time: a preview still open keeps reading the one it shows."""
        return self._documents.new_path(self.tr("goods-receipt"), view.note_number, str(view.id))

    def show_document(self) -> None:
        view = self._receipt
        if view is None or view.status != POSTED:
            return
        out = self.document_path(view)
        language = fmt.language()
        receipt_id = view.id

        def done(path: Path) -> None:
            dialog = open_preview(
                self, path, self.tr("Goods receipt %1").replace("%1", view.note_number), out.name
            )
            self.document_shown.emit(dialog)

        self._ops.query(
            lambda app: documents.goods_receipt_pdf(app, receipt_id, out, language=language), done, parent=self
        )
