"""Recall of a batch: find it, mark it recalled, see who holds it, print what comes back.

A recall is of a batch (the lot as received and every thawed part of it).  Once
recalled, the services refuse to send it to a site, give it or thaw it; it can only be
returned to the pharmacy or discarded.  The tab lists every location holding it, with
address, doses and vials, and makes the bring-back list (a PDF to print and send).

Left: batches in stock (search by batch, product or item number) with the reason and
*Recall batch…*; underneath, the batches already recalled.  Right: the holders of the
batch chosen in either list.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.domain.errors import DomainError
from pharmacy_app.domain.types import PHARMACY_KIND, QUARANTINE_KIND
from pharmacy_app.services import recall
from pharmacy_app.services.app import App
from pharmacy_app.services.recall import HolderView, RecallView
from pharmacy_app.services.reference import KindInfo
from pharmacy_app.ui import fmt, labels
from pharmacy_app.ui.common.pdf_preview import PdfPreviewDialog, open_preview
from pharmacy_app.ui.common.role_gate import gate
from pharmacy_app.ui.common.table_models import RIGHT, Column, RowsModel
from pharmacy_app.ui.common.widgets import (
    DocumentFiles,
    TableView,
    date_column_width,
    page_splitter,
    push_button,
)
from pharmacy_app.ui.expiry.recall_data import BatchRow, RecallData, load_recall_data
from pharmacy_app.ui.expiry.tab_parts import (
    ListTab,
    note_label,
    section_title,
    sort_as_shown,
    sortable_table,
)
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import expiry as expiry_ops
from pharmacy_app.ui.stock.marks import RECALLED_FG

SEARCH_DELAY_MS = 250


class RecallTab(ListTab):
    """Recall a batch and follow where it is until it is back."""

    recalled = Signal(object)  # RecallView

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.setObjectName("recallTab")
        self.data = RecallData([], [], [])
        self._kinds: dict[str, KindInfo] = {}
        self.shown_lot: int | None = None  # the batch whose holders are shown (a lot id)
        self.shown_recall: RecallView | None = None
        self.holder_rows: list[HolderView] = []
        self._holder_generation = 0
        self.confirm_box: QMessageBox | None = None
        self.preview_dialog: PdfPreviewDialog | None = None
        self._documents = DocumentFiles(fallback=Path.home())
        self._busy = False
        left = self._build_batches_pane()
        right = self._build_holders_pane()
        self.splitter = page_splitter(self, left, right, Qt.Orientation.Horizontal, (3, 2), [840, 540])
        self._set_widths()
        self._connect_signals()
        self._show_holders_header()
        self._update_buttons()
        # Disabled, naming the role, when the user's role does not allow it.
        gate(self._ops, recall.recall_lot, self.recall_button)

    def _build_batches_pane(self) -> QWidget:
        """Left: find a batch, give the reason, recall it; the batches already recalled."""
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("recallSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search batch, product or item no."))
        search_label = QLabel(self.tr("&Find"))
        search_label.setBuddy(self.search_edit)
        self.batch_model: RowsModel[BatchRow] = RowsModel(self._batch_columns(), parent=self)
        self.batch_table = sortable_table("batchTable", self.batch_model)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("recallReason")
        self.reason_edit.setMaxLength(200)
        self.reason_edit.setPlaceholderText(self.tr("Required, e.g. SSI recall notice 2026-14: particles in vials"))
        reason_label = QLabel(self.tr("R&eason"))
        reason_label.setBuddy(self.reason_edit)
        self.recall_button = QPushButton(self.tr("&Recall batch…"))
        self.recall_button.setObjectName("recallButton")
        self.recall_button.clicked.connect(self.confirm_recall)
        self.recall_hint = note_label(name="recallHint")

        find_row = QHBoxLayout()
        find_row.addWidget(search_label)
        find_row.addWidget(self.search_edit, 1)
        reason_row = QHBoxLayout()
        reason_row.addWidget(reason_label)
        reason_row.addWidget(self.reason_edit, 1)
        reason_row.addWidget(self.recall_button)

        self.recalled_model: RowsModel[RecallView] = RowsModel(self._recalled_columns(), parent=self)
        self.recalled_table = TableView()
        self.recalled_table.setObjectName("recalledTable")
        self.recalled_table.setModel(self.recalled_model)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(6)
        left_layout.addWidget(section_title(self.tr("Recall a batch")))
        left_layout.addWidget(
            note_label(
                self.tr(
                    "Choose the batch, give the reason and recall it: it is blocked from picking, "
                    "distribution and use at every location; it can only come back to the pharmacy "
                    "or be discarded."
                )
            )
        )
        left_layout.addLayout(find_row)
        left_layout.addWidget(self.batch_table, 3)
        left_layout.addLayout(reason_row)
        left_layout.addWidget(self.recall_hint)
        left_layout.addSpacing(8)
        left_layout.addWidget(section_title(self.tr("Recalled batches")))
        left_layout.addWidget(self.recalled_table, 2)
        return left

    def _build_holders_pane(self) -> QWidget:
        """Right: every location holding the batch chosen on the left, and the bring-back list."""
        self.holders_title = section_title(self.tr("Where the batch is"))
        self.holders_title.setObjectName("holdersTitle")
        self.holders_title.setWordWrap(True)
        self.holders_info = note_label(name="holdersInfo")
        self.holders_info.setTextFormat(Qt.TextFormat.PlainText)
        self.holder_model: RowsModel[HolderView] = RowsModel(self._holder_columns(), parent=self)
        self.holder_table = TableView()
        self.holder_table.setObjectName("holderTable")
        self.holder_table.setModel(self.holder_model)
        self.holder_table.set_empty_text(self.tr("Choose a batch on the left to see every location holding it."))
        self.holder_totals = QLabel()
        self.holder_totals.setObjectName("holderTotals")
        self.bring_back_button = push_button(
            self.tr("&Bring-back list…"),
            "bringBackButton",
            self.tr("The list of what each site must bring back to the pharmacy, to print or save (PDF)"),
        )
        self.bring_back_button.clicked.connect(self.show_bring_back)
        self.status = QLabel()
        self.status.setObjectName("recallStatus")
        self.status.setWordWrap(True)
        holders_foot = QHBoxLayout()
        holders_foot.addWidget(self.holder_totals, 1)
        holders_foot.addWidget(self.bring_back_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(6)
        right_layout.addWidget(self.holders_title)
        right_layout.addWidget(self.holders_info)
        right_layout.addWidget(self.holder_table, 1)
        right_layout.addLayout(holders_foot)
        right_layout.addWidget(self.status)
        return right

    def _set_widths(self) -> None:
        date_w = date_column_width(self.batch_table)
        self.batch_table.set_column_widths({0: 80, 1: 150, 2: 60, 3: date_w, 4: 60, 5: 60, 6: 90})
        batch_header = self.batch_table.horizontalHeader()
        batch_header.setStretchLastSection(False)
        batch_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.recalled_table.set_column_widths({0: 170, 1: 80, 2: date_column_width(self.recalled_table, True), 3: 75, 4: 120})
        self.holder_table.set_column_widths({0: 190, 1: 130, 2: 150, 3: date_w, 4: 55, 5: 50})
        self.holder_table.horizontalHeader().setStretchLastSection(False)
        self.holder_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def _connect_signals(self) -> None:
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.refresh)
        self.reason_edit.textChanged.connect(lambda _t: self._update_buttons())
        self.reason_edit.returnPressed.connect(self.confirm_recall)
        self.batch_table.selectionModel().currentRowChanged.connect(self._batch_chosen)
        self.recalled_table.selectionModel().currentRowChanged.connect(self._recalled_chosen)

    # ------------------------------------------------------------------ columns

    def _batch_columns(self) -> list[Column[BatchRow]]:
        return [
            Column(
                self.tr("Batch"),
                lambda b: b.batch,
                foreground=lambda b: RECALLED_FG if b.recalled else None,
                bold=lambda b: b.recalled,
            ),
            Column(self.tr("Product"), lambda b: b.product.lower(), lambda b: b.product, tip=lambda b: b.full_name or b.product),
            Column(self.tr("Item no."), lambda b: b.varenummer),
            Column(self.tr("Expiry"), lambda b: b.expiry, lambda b: fmt.date_text(b.expiry)),
            Column(self.tr("Doses"), lambda b: b.doses, lambda b: fmt.integer(b.doses), RIGHT),
            Column(self.tr("Locations"), lambda b: b.locations, lambda b: fmt.integer(b.locations), RIGHT),
            Column(
                self.tr("Status"),
                lambda b: b.recalled,
                lambda b: self.tr("Recalled") if b.recalled else "",
                foreground=lambda _b: RECALLED_FG,
            ),
        ]

    def _recalled_columns(self) -> list[Column[RecallView]]:
        return [
            Column(self.tr("Product"), lambda v: v.product),
            Column(self.tr("Batch"), lambda v: v.batch, bold=lambda _v: True),
            Column(self.tr("Recalled"), lambda v: v.recalled_at, lambda v: fmt.datetime_text(v.recalled_at)),
            Column(
                self.tr("Still out"),
                lambda v: self._doses_out(v),
                lambda v: fmt.integer(self._doses_out(v)),
                RIGHT,
                tip=lambda _v: self.tr("Doses still at sites (not yet back at the pharmacy)"),
            ),
            Column(self.tr("Reason"), lambda v: v.reason, tip=lambda v: f"{v.reason}\n{v.recalled_by}"),
        ]

    def _holder_columns(self) -> list[Column[HolderView]]:
        return [
            Column(
                self.tr("Location"),
                lambda h: (h.location_kind in (PHARMACY_KIND, QUARANTINE_KIND), self._holder_name(h)),
                self._holder_name,
                tip=lambda h: f"{self._holder_name(h)} ({h.going_to_code or h.location_code})",
            ),
            Column(self.tr("Kind"), lambda h: self._kind_name(h.location_kind)),
            Column(self.tr("Address"), lambda h: h.address, tip=lambda h: h.address),
            Column(self.tr("Use-by"), lambda h: h.use_by, lambda h: fmt.date_text(h.use_by),
                   tip=lambda h: self.tr("thawed %1").replace("%1", fmt.date_text(h.thawed_on)) if h.thawed_on else ""),
            Column(self.tr("Doses"), lambda h: h.doses, lambda h: fmt.integer(h.doses), RIGHT),
            Column(self.tr("Vials"), lambda h: h.vials, lambda h: fmt.integer(h.vials), RIGHT,
                   tip=lambda _h: self.tr("Vials, syringes or applicators; a part vial counts as one")),
        ]

    @staticmethod
    def _doses_out(v: RecallView) -> int:
        return sum(h.doses for h in v.holders if not h.at_pharmacy)

    def _holder_name(self, h: HolderView) -> str:
        """A location, or for stock in transit the place it is going to."""
        if h.in_transit and h.going_to_name:
            return self.tr("In transit to %1").replace("%1", h.going_to_name)
        return labels.location_name(h.location_code, h.location_name)

    def _kind_name(self, code: str) -> str:
        if not code:
            return self.tr("in transit")
        kind = self._kinds.get(code)
        return labels.by_language(kind.name_da, kind.name_en) if kind is not None else code

    # ------------------------------------------------------------------ public

    def refresh(self) -> None:
        self._search_timer.stop()
        text = self.search_edit.text().strip()
        self._load_list(self.batch_table, lambda app: load_recall_data(app, text), self.show_data)
        if self.shown_lot is not None:
            self.show_holders(self.shown_lot)

    def show_data(self, data: RecallData) -> None:
        keep = self.selected_batch()
        self.data = data
        self._kinds = {k.code: k for k in data.kinds}
        self.batch_model.set_rows(data.batches)
        sort_as_shown(self.batch_table, self.batch_model)
        self.recalled_model.set_rows(data.recalled)
        self.batch_table.set_empty_text(
            self.tr("No batch in stock matches the search.")
            if self.search_edit.text().strip()
            else self.tr("Nothing is in stock.")
        )
        self.recalled_table.set_empty_text(self.tr("No batch has been recalled."))
        if keep is not None:
            self.select_batch(keep.product_id, keep.batch)
        if self.shown_lot is not None:
            self.shown_recall = self._recall_of(self.shown_lot)
            self._show_holders_header()
        self._update_buttons()

    def batches(self) -> list[BatchRow]:
        return self.batch_model.rows()

    def selected_batch(self) -> BatchRow | None:
        index = self.batch_table.currentIndex()
        return self.batch_model.row_at(index.row()) if index.isValid() else None

    def select_batch(self, product_id: int, batch: str) -> bool:
        for row, b in enumerate(self.batch_model.rows()):
            if b.product_id == product_id and b.batch == batch:
                index = self.batch_model.index(row, 0)
                self.batch_table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.batch_table.scrollTo(index)
                return True
        return False

    def select_recalled(self, row: int) -> None:
        index = self.recalled_model.index(row, 0)
        self.recalled_table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )

    def show_holders(self, lot_id: int) -> None:
        """Load and show every location holding the batch of ``lot_id``."""
        self.shown_lot = lot_id
        self.shown_recall = self._recall_of(lot_id)
        self._holder_generation += 1
        generation = self._holder_generation
        self.holder_table.set_empty_text(self.tr("Loading…"))
        self._show_holders_header()

        def done(rows: list[HolderView]) -> None:
            if generation == self._holder_generation:
                self._holder_generation = 0
                self._holders_arrived(rows)

        self._ops.query(lambda app: recall.holders(app, lot_id), done, parent=self)

    def holders_loaded(self) -> bool:
        return self._holder_generation == 0

    def confirm_recall(self) -> None:
        b = self.selected_batch()
        reason = self.reason_edit.text().strip()
        if b is None or b.recalled or not reason or self._busy:
            self._update_buttons()
            return
        box = QMessageBox(self)
        box.setObjectName("confirmRecall")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Recall batch"))
        box.setText(self.tr("Recall batch %1 of %2?").replace("%1", b.batch).replace("%2", b.product))
        box.setInformativeText(
            self.tr("It is blocked from picking, distribution and use at every location: now %1 at %2.")
            .replace("%1", self.tr("%Ln dose(s)", None, b.doses))
            .replace("%2", self.tr("%Ln location(s)", None, b.locations))
            + "\n"
            + self.tr("Reason: %1").replace("%1", reason)
            + "\n\n"
            + self.tr("A recall cannot be undone here.")
        )
        yes = box.addButton(self.tr("Recall"), QMessageBox.ButtonRole.DestructiveRole)
        no = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        lot_id = b.lot_id
        box.buttonClicked.connect(lambda button: self.recall(lot_id, reason) if button is yes else None)
        box.destroyed.connect(lambda _o=None: setattr(self, "confirm_box", None))
        self.confirm_box = box
        box.open()

    def recall(self, lot_id: int, reason: str) -> None:
        self._busy = True
        self._update_buttons()

        def success(view: RecallView) -> None:
            self._busy = False
            self.reason_edit.clear()
            self.status.setStyleSheet("color: #1d6b2f;")
            self.status.setText(
                self.tr("Batch %1 is recalled. Print the bring-back list and send it to the sites.")
                .replace("%1", view.batch)
            )
            self.shown_lot = view.lot_id
            self.shown_recall = view
            self._holders_arrived(list(view.holders))
            self._update_buttons()
            self.recalled.emit(view)

        def failure(exc: BaseException) -> bool:
            self._busy = False
            self._update_buttons()
            if isinstance(exc, DomainError):
                self.status.setStyleSheet("color: #9b1c1c;")
                self.status.setText(labels.error_text(exc))
            return False  # also shown by the helper

        expiry_ops.recall_lot(self, lot_id, reason).success(success).failure(failure).run(
            self._ops, self.tr("Recalling…")
        )

    def document_path(self, view: RecallView) -> Path:
        """A new file each time: a preview still open keeps reading the one it shows."""
        return self._documents.new_path(self.tr("bring-back"), view.batch, str(view.lot_id))

    def show_bring_back(self) -> None:
        view = self.shown_recall
        if view is None:
            return
        out = self.document_path(view)
        language = fmt.language()
        lot_id = view.lot_id

        def make(app: App) -> Path:
            out.write_bytes(recall.bring_back_pdf(app, lot_id, language=language))
            return out

        def done(path: Path) -> None:
            open_preview(
                self, path, self.tr("Bring-back list, batch %1").replace("%1", view.batch), path.name
            )

        self._ops.query(make, done, parent=self)

    # ------------------------------------------------------------------ internals

    def _recall_of(self, lot_id: int) -> RecallView | None:
        return next((v for v in self.data.recalled if lot_id in v.lot_ids), None)

    def _batch_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        b = self.batch_model.row_at(current.row()) if current.isValid() else None
        if b is not None and b.lot_id != self.shown_lot:
            self.show_holders(b.lot_id)
        self._update_buttons()

    def _recalled_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        v = self.recalled_model.row_at(current.row()) if current.isValid() else None
        if v is not None:
            self.shown_lot = v.lot_id
            self.shown_recall = v
            self._holders_arrived(list(v.holders))
            self.show_holders(v.lot_id)  # and read them again: stock may have come back since

    def _holders_arrived(self, rows: list[HolderView]) -> None:
        self.holder_rows = list(rows)
        self.holder_model.set_rows(rows)
        self.holder_table.set_empty_text(self.tr("No location holds this batch any more."))
        self._show_holders_header()
        self._update_buttons()

    def _show_holders_header(self) -> None:
        rows = self.holder_rows if self.shown_lot is not None else []
        view = self.shown_recall
        batch = self._batch_for(self.shown_lot)
        if self.shown_lot is None:
            self.holders_title.setText(self.tr("Where the batch is"))
            self.holders_info.setText("")
        elif view is not None:
            self.holders_title.setText(
                self.tr("Recalled batch %1 · %2").replace("%1", view.batch).replace("%2", view.product)
            )
            self.holders_info.setText(
                self.tr("Recalled %1 by %2: %3")
                .replace("%1", fmt.datetime_text(view.recalled_at))
                .replace("%2", view.recalled_by)
                .replace("%3", view.reason)
            )
            self.holders_title.setStyleSheet("color: #9b1c1c;")
        else:
            title = self.tr("Where batch %1 is").replace("%1", batch.batch if batch else "")
            if batch is not None:
                title += f" · {batch.product}"
            self.holders_title.setText(title)
            self.holders_title.setStyleSheet("")
            self.holders_info.setText(self.tr("Not recalled."))
        out = [h for h in rows if not h.at_pharmacy]
        totals = ""
        if self.shown_lot is not None:
            totals = (
                self.tr("%Ln location(s)", None, len(rows))
                + " · "
                + self.tr("%Ln dose(s)", None, sum(h.doses for h in rows))
            )
            if view is not None:
                totals += " · " + (
                    self.tr("to bring back: %1 from %2")
                    .replace("%1", self.tr("%Ln vial(s)", None, sum(h.vials for h in out)))
                    .replace("%2", self.tr("%Ln site(s)", None, len(out)))
                )
        self.holder_totals.setText(totals)

    def _batch_for(self, lot_id: int | None) -> BatchRow | None:
        if lot_id is None:
            return None
        return next((b for b in self.batch_model.rows() if b.lot_id == lot_id), None)

    def _update_buttons(self) -> None:
        b = self.selected_batch()
        reason = bool(self.reason_edit.text().strip())
        self.recall_button.setEnabled(b is not None and not b.recalled and reason and not self._busy)
        if b is None:
            hint = self.tr("Choose the batch to recall in the list above.")
        elif b.recalled:
            hint = self.tr("Batch %1 is already recalled.").replace("%1", b.batch)
        elif not reason:
            hint = self.tr("Give the reason for the recall.")
        else:
            hint = ""
        self.recall_hint.setText(hint)
        self.recall_hint.setVisible(bool(hint))
        self.bring_back_button.setEnabled(self.shown_recall is not None)
        self.bring_back_button.setToolTip(
            self.tr("The list of what each site must bring back to the pharmacy, to print or save (PDF)")
            if self.shown_recall is not None
            else self.tr("Only for a recalled batch")
        )
