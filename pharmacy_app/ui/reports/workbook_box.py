"""The workbook just made, as its file says: a link to the file and a button to open
its folder, who made it and when, its checksum, whether every row reconciles (rows that
do not are red), a note when it is provisional, and its summary sheet, one row per
vaccine.  What it shows is read back from the file, so it is what SSI receives."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.domain.report_period import parse_period
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.widgets import TableView
from pharmacy_app.ui.reports.models import SummaryModel
from pharmacy_app.ui.reports.work import MadeWorkbook, made_at_text

PROVISIONAL_STYLE = (
    "QLabel { background: #fff4cf; color: #5c3d00; border: 1px solid #e9cf7a;"
    " border-radius: 4px; padding: 4px 8px; font-weight: 600; }"
)
SUMMARY_WIDTHS = {0: 86, 1: 170, 2: 92}
SUMMARY_VACCINE_COLUMN = 1  # Program, Vaccine, Varenummer; numbers fit their title


class WorkbookBox(QGroupBox):
    """``open_folder_button`` is the page's (it follows the page's action); ``empty_text``
    is what the summary table says before a workbook is made."""

    def __init__(self, open_folder_button: QPushButton, empty_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary_model = SummaryModel(self)
        self.summary_table = TableView()
        self.summary_table.setObjectName("summaryTable")
        self.summary_table.setModel(self.summary_model)
        self.summary_table.horizontalHeader().setStretchLastSection(False)
        self.summary_table.set_empty_text(empty_text)
        self.file_label = QLabel()
        self.file_label.setObjectName("fileLink")
        self.file_label.setTextFormat(Qt.TextFormat.RichText)
        self.file_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.open_folder_button = open_folder_button
        self.checksum_label = QLabel()
        self.checksum_label.setObjectName("checksum")
        self.checksum_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.made_label = QLabel()
        self.made_label.setObjectName("madeBy")
        self.reconciled_label = QLabel()
        self.reconciled_label.setObjectName("reconciled")
        self.provisional_label = QLabel()
        self.provisional_label.setObjectName("provisional")
        self.provisional_label.setWordWrap(True)
        self.provisional_label.setStyleSheet(PROVISIONAL_STYLE)
        file_row = QHBoxLayout()
        file_row.setSpacing(8)
        file_row.addWidget(self.file_label)
        file_row.addWidget(self.open_folder_button)
        file_row.addSpacing(12)
        file_row.addWidget(self.made_label)
        file_row.addStretch(1)
        file_row.addWidget(self.reconciled_label)
        self.setTitle(self.tr("Workbook"))
        self.setObjectName("workbookBox")
        box_layout = QVBoxLayout(self)
        box_layout.setContentsMargins(8, 6, 8, 8)
        box_layout.setSpacing(6)
        box_layout.addLayout(file_row)
        box_layout.addWidget(self.provisional_label)
        box_layout.addWidget(self.checksum_label)
        box_layout.addWidget(self.summary_table, 1)

    def size_columns(self) -> None:
        """Each number column as wide as its title; the product name takes what is left."""
        metrics = self.summary_table.horizontalHeader().fontMetrics()
        for c in range(self.summary_model.columnCount()):
            title = str(self.summary_model.headerData(c, Qt.Orientation.Horizontal) or "")
            needed = max(metrics.horizontalAdvance(line) for line in title.split("\n")) + 16
            self.summary_table.setColumnWidth(c, max(SUMMARY_WIDTHS.get(c, 58), needed))
        self.summary_table.horizontalHeader().setSectionResizeMode(
            SUMMARY_VACCINE_COLUMN, QHeaderView.ResizeMode.Stretch
        )

    def show_made(self, made: MadeWorkbook | None) -> None:
        """What the file says (``None``: nothing made yet)."""
        self.summary_model.set_rows(made.summary if made else [])
        visible = made is not None
        for w in (self.file_label, self.open_folder_button, self.made_label, self.checksum_label, self.reconciled_label):
            w.setVisible(visible)
        self.provisional_label.setVisible(made is not None and made.provisional)
        if made is None:
            self.setTitle(self.tr("Workbook"))
            return
        title = self.tr("Workbook for %1: summary sheet").replace("%1", made.period)
        if made.provisional:
            title += " · " + self.tr("Provisional (Foreløbig)")
        elif made.version > 1:
            title += " · " + self.tr("version %1").replace("%1", str(made.version))
        self.setTitle(title)
        if made.provisional:
            first = parse_period(made.period).next().first_day
            self.provisional_label.setText(
                self.tr(
                    "Provisional (Foreløbig): %1 has not ended. The figures count up to today and "
                    "days to expiry count from today; the cover says Foreløbig. The month can be "
                    "marked as sent to SSI from %2."
                )
                .replace("%1", made.period)
                .replace("%2", fmt.date_text(first))
            )
        url = QUrl.fromLocalFile(str(made.path)).toString()
        self.file_label.setText(f'<a href="{html.escape(url)}">{html.escape(made.path.name)}</a>')
        self.file_label.setToolTip(self.tr("Open %1").replace("%1", str(made.path)))
        self.made_label.setText(
            self.tr("Made %1 by %2").replace("%1", made_at_text(made.made_at)).replace("%2", made.made_by)
        )
        self.checksum_label.setText(self.tr("Checksum: %1").replace("%1", made.checksum))
        self.checksum_label.setToolTip(
            self.tr("SHA-256 of the ledger rows the report was made from; the same data gives the same sum.")
        )
        bad = self.summary_model.not_reconciled()
        if bad:
            self.reconciled_label.setText(
                self.tr("%Ln row(s) do not reconcile (Reconciled is not OK): marked red.", None, bad)
            )
            self.reconciled_label.setStyleSheet("color: #a11d12; font-weight: bold;")
        else:
            self.reconciled_label.setText(
                self.tr("All %Ln row(s) reconcile (Reconciled is OK).", None, len(made.summary))
                if made.summary
                else self.tr("No stock or movements in this month: the sheets have headers only.")
            )
            self.reconciled_label.setStyleSheet("color: #1d6b2c;")
