"""Before a consumption sheet is recorded: what it would record (rows, doses, sites), or
every problem in it, named by row and field; nothing is written until *Record*."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.services import consumption
from pharmacy_app.ui import fmt, labels


class ConsumptionImportDialog(QDialog):
    """What a sheet would record, or every problem in it, before anything is written."""

    def __init__(self, preview: consumption.SheetPreview, parent: QWidget | None = None):
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import consumption sheet"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("previewSummary")
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setObjectName("previewProblems")
        if preview.ok:
            self.summary.setText(
                self.tr("%1: %2 rows, %3 doses given at %4. Nothing is recorded until you press Record.")
                .replace("%1", preview.file)
                .replace("%2", fmt.integer(preview.rows))
                .replace("%3", fmt.integer(preview.doses))
                .replace("%4", ", ".join(preview.sites))
            )
            self.details.hide()
        else:
            n = len(preview.problems)
            count = self.tr("%Ln problem(s)", None, n)
            self.summary.setText(
                self.tr("%1 cannot be recorded: %2. Correct the sheet and import it again; nothing was recorded.")
                .replace("%1", preview.file)
                .replace("%2", count)
            )
            self.details.setPlainText("\n".join(labels.problem_text(p) for p in preview.problems))
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox()
        self.record_button = buttons.addButton(self.tr("Record"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.record_button.setEnabled(preview.ok)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
