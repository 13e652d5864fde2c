"""The question asked before a workbook is marked as sent to SSI: it names the file and
the month, says what closing the month means (later movements into it need a
coordinator's reason and show under Changes since sent), that the file is archived
exactly as it is, and, for a second or later version, that SSI can tell it apart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from pharmacy_app.ui.reports.work import MadeWorkbook


class MarkSentQuestion(QMessageBox):
    """Window-modal and deleted when closed; :attr:`yes` is the button that marks."""

    def __init__(self, made: MadeWorkbook, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("confirmMarkSent")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Mark as sent to SSI"))
        self.setText(
            self.tr("Mark %1 as sent to SSI for %2?").replace("%1", made.path.name).replace("%2", made.period)
        )
        self.setInformativeText(
            self.tr(
                "This closes %1: a movement dated in %1 after this can only be posted by a "
                "coordinator who gives a reason, and it will show under Changes since sent.\n\n"
                "The file is archived exactly as it is now. Marking the month again later adds "
                "a new version and keeps this one."
            ).replace("%1", made.period)
            + (
                "\n\n"
                + self.tr("This is version %1: SSI can tell it from the version sent before.").replace(
                    "%1", str(made.version)
                )
                if made.version > 1
                else ""
            )
        )
        self.yes = self.addButton(self.tr("Mark as sent"), QMessageBox.ButtonRole.AcceptRole)
        cancel = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(cancel)
        self.setEscapeButton(cancel)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
