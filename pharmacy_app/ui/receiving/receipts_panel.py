"""The left of the Receiving page: New receipt, Import delivery note, and the receipts
(open drafts first, then the latest posted).

What must hold: an empty list never says "no receipts" when the stock holds deliveries
booked elsewhere (the demo data, the command line); choosing a receipt is said once, by
:attr:`receipt_chosen`, and showing what the service returned says nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from pharmacy_app.services import queries
from pharmacy_app.services.receiving import ReceiptView
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.table_models import ROW_ROLE
from pharmacy_app.ui.common.widgets import TableView, bold, hint_label, push_button
from pharmacy_app.ui.receiving.models import ReceiptListModel


class ReceiptsPanel(QWidget):
    """The receipts, and the buttons that start one."""

    receipt_chosen = Signal(object)  # ReceiptView

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("receiptsPane")
        self.new_button = push_button(
            self.tr("&New receipt…"), "newReceipt", self.tr("Start a receipt for a delivery note number (Ctrl+N)")
        )
        self.import_button = push_button(
            self.tr("&Import delivery note…"),
            "importNote",
            self.tr("Receive a whole delivery note from an .xlsx or .csv file (Ctrl+I)"),
        )
        self.list_model = ReceiptListModel(self)
        self.receipts_table = TableView()
        self.receipts_table.setObjectName("receiptsTable")
        self.receipts_table.setModel(self.list_model)
        self.receipts_table.set_empty_text(
            self.tr("No receipts yet. Start one with New receipt, or import a delivery note.")
        )
        list_header = self.receipts_table.horizontalHeader()
        list_header.setStretchLastSection(False)
        list_header.setSectionResizeMode(ReceiptListModel.NOTE, QHeaderView.ResizeMode.Stretch)
        for column in (ReceiptListModel.DELIVERED, ReceiptListModel.LINES, ReceiptListModel.STATUS):
            list_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.receipts_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        list_header.setSectionHidden(ReceiptListModel.LINES, True)  # in the tooltip; header menu shows it
        list_title = bold(QLabel(self.tr("Receipts")))
        list_hint = hint_label(self.tr("Drafts first, then the latest posted"), wrap=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(6)
        layout.addWidget(self.new_button)
        layout.addWidget(self.import_button)
        layout.addSpacing(6)
        layout.addWidget(list_title)
        layout.addWidget(list_hint)
        layout.addWidget(self.receipts_table, 1)
        self.receipts_table.selectionModel().currentRowChanged.connect(self._row_chosen)

    def set_receipts(
        self, receipts: list[ReceiptView], keep: int | None, elsewhere: queries.ReceiptsElsewhere | None
    ) -> None:
        """The receipts as the service listed them, ``keep`` still chosen; ``elsewhere``:
        the deliveries in stock without a receipt here, said when the list is empty."""
        with QSignalBlocker(self.receipts_table.selectionModel()):
            self.list_model.set_receipts(receipts)
            self.select_receipt(keep)
        self.receipts_table.set_empty_text(self.empty_list_text(elsewhere))

    def update_receipt(self, view: ReceiptView) -> None:
        """One receipt changed: its row follows (a new one goes on top, a cancelled one goes)."""
        self.list_model.update_receipt(view)

    def select_receipt(self, receipt_id: int | None) -> None:
        """Mark the open receipt in the list (quietly: it is open already)."""
        row = self.list_model.row_of(receipt_id)
        selection = self.receipts_table.selectionModel()
        if row < 0:
            selection.clearSelection()
            return
        with QSignalBlocker(selection):
            self.receipts_table.select_row(row)

    def empty_list_text(self, elsewhere: queries.ReceiptsElsewhere | None) -> str:
        start = self.tr("Start one with New receipt, or import a delivery note.")
        if elsewhere is None or not elsewhere.movements:
            return self.tr("No receipts yet.") + " " + start
        return (
            self.tr(
                "No receipts made on this page yet, but the stock holds %Ln delivery note(s) from SSI "
                "(the latest on %1) booked without a receipt here, by the demo data or the command "
                "line. Their lots and history are on the Stock page.",
                None,
                elsewhere.notes,
            ).replace("%1", fmt.date_text(elsewhere.latest))
            + " "
            + start
        )

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        receipt: ReceiptView | None = current.data(ROW_ROLE) if current.isValid() else None
        if receipt is not None:
            self.receipt_chosen.emit(receipt)
