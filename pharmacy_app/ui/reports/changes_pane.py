"""What differs between the version of a month last sent to SSI and the month as the
ledger is now, cell by cell: a line saying which version it is compared with, and the
differences (sheet, row, column, the value sent and the value now)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.widgets import TableView
from pharmacy_app.ui.reports.models import ChangesModel
from pharmacy_app.ui.reports.work import ChangesFound

CHANGES_WIDTHS = {
    ChangesModel.SHEET: 100,
    ChangesModel.ROW: 280,
    ChangesModel.COLUMN: 190,
    ChangesModel.SENT: 290,
}


class ChangesPane(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = ChangesModel(self)
        self.table = TableView()
        self.table.setObjectName("changesTable")
        self.table.setModel(self.model)
        self.header = QLabel()
        self.header.setObjectName("changesHeader")
        self.header.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addWidget(self.table, 1)

    def size_columns(self) -> None:
        self.table.set_column_widths(CHANGES_WIDTHS)

    def show_changes(self, found: ChangesFound | None, shortcut: str) -> None:
        """The differences found (``None``: not compared yet; ``shortcut`` is the key
        that compares)."""
        self.model.set_rows(found.changes if found else [])
        if found is None:
            self.header.setText(
                self.tr("Press Changes since sent (%1) to compare a month with the version sent to SSI.").replace(
                    "%1", shortcut
                )
            )
            self.table.set_empty_text("")
            return
        sent = found.sent
        when = fmt.datetime_text(sent.sent_at) if sent else ""
        who = sent.sent_by if sent else ""
        version = str(sent.version) if sent else ""
        if found.changes:
            self.header.setText(
                self.tr("%1: %Ln difference(s) from version %2 sent on %3 by %4.", None, len(found.changes))
                .replace("%1", found.period)
                .replace("%2", version)
                .replace("%3", when)
                .replace("%4", who)
            )
            self.table.set_empty_text("")
        else:
            self.header.setText(
                self.tr("%1: compared with version %2.").replace("%1", found.period).replace("%2", version)
            )
            self.table.set_empty_text(
                self.tr("No changes since the version sent on %1 by %2.").replace("%1", when).replace("%2", who)
            )
