"""Every version of the monthly report marked as sent, newest month and version first,
each kept exactly as it was sent; *Save copy…* (the page's) writes the selected one
back to disk."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pharmacy_app.services.ssi_report import ArchivedReport
from pharmacy_app.ui.common.table_models import ROW_ROLE
from pharmacy_app.ui.common.widgets import TableView, date_column_width
from pharmacy_app.ui.reports.models import ArchiveModel

ARCHIVE_WIDTHS = {
    ArchiveModel.PERIOD: 80,
    ArchiveModel.VERSION: 64,
    ArchiveModel.SENT_BY: 110,
    ArchiveModel.FILE: 190,
    ArchiveModel.SHA256: 130,
}


class ArchivePane(QWidget):
    """``save_copy_button`` is the page's (it follows the page's action)."""

    def __init__(self, save_copy_button: QPushButton, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = ArchiveModel(self)
        self.table = TableView()
        self.table.setObjectName("archiveTable")
        self.table.setModel(self.model)
        self.table.set_empty_text(self.tr("No report has been marked as sent yet."))
        self.save_copy_button = save_copy_button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        note = QLabel(
            self.tr("Each version is kept exactly as it was sent. Hover over SHA-256 or Checksum to see it in full.")
        )
        note.setObjectName("archiveNote")
        note.setWordWrap(True)
        buttons.addWidget(note, 1)
        buttons.addWidget(self.save_copy_button)
        layout.addLayout(buttons)

    def size_columns(self) -> None:
        widths = dict(ARCHIVE_WIDTHS)
        widths[ArchiveModel.SENT_AT] = date_column_width(self.table, with_time=True)
        self.table.set_column_widths(widths)

    def selected(self) -> ArchivedReport | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        found: ArchivedReport | None = index.data(ROW_ROLE)
        return found

    def select(self, row: int) -> None:
        self.table.selectRow(row)

    def show_rows(self, rows: list[ArchivedReport], keep: int | None) -> None:
        """The versions sent; the one with id ``keep`` stays selected (else the newest)."""
        self.model.set_rows(rows)
        row = self.model.find(keep) if keep is not None else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.select(row)
