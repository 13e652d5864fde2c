"""What importing a delivery note file would receive, and every problem that stops it.

The preview (checked in the background) lists the lines to receive and each problem by
row and column; short-dated lots need a tick.  Import posts the whole note in one
transaction, or nothing: if the file or the stock changed since the preview, the refusal
replaces the preview's problems and the dialog stays open.
"""

from __future__ import annotations

from dataclasses import replace
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.domain.errors import DomainError, Problem
from pharmacy_app.services.receiving_import import ImportPreview
from pharmacy_app.ui import fmt, labels
from pharmacy_app.ui.common.async_dialog import ServiceDialog
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import receiving as receiving_ops
from pharmacy_app.ui.receiving.models import condition_name


def _cell_prefix_removed(text: str, problem: Problem) -> str:
    """``row 7, Udløbsdato: '31-02-2027' is not a date`` without the row and column,
    which the preview table shows in their own columns."""
    row, column = problem.params.get("row"), problem.params.get("column")
    if row is None or column is None:
        return text
    for word in ("row", "række", "Row", "Række"):
        prefix = f"{word} {row}, {column}: "
        if text.startswith(prefix):
            rest = text[len(prefix) :]
            return rest[:1].upper() + rest[1:]
    return text


class ImportPreviewDialog(ServiceDialog):
    """What importing a delivery note file would receive, and every problem that stops it."""

    imported = Signal(object)  # ReceiptView

    def __init__(self, ops: Operations, path: Path, preview: ImportPreview, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.path = Path(path)
        self.preview = preview
        self.setWindowTitle(self.tr("Import delivery note"))
        self.setObjectName("importPreviewDialog")
        self.resize(960, 640)

        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)

        self.verdict = QLabel()
        self.verdict.setObjectName("importVerdict")
        self.verdict.setWordWrap(True)

        self.problems_table = QTableWidget(0, 3)
        self.problems_table.setObjectName("importProblems")
        self.problems_table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self._setup_table(self.problems_table, {0: 60, 1: 140})

        self.lines_table = QTableWidget(0, 8)
        self.lines_table.setObjectName("importLines")
        self.lines_table.setHorizontalHeaderLabels(
            [
                self.tr("Rows"),
                self.tr("Product"),
                self.tr("Item no."),
                self.tr("Batch"),
                self.tr("Expiry"),
                self.tr("Storage"),
                self.tr("Packs"),
                self.tr("Doses"),
            ]
        )
        self._setup_table(self.lines_table, {0: 60, 2: 70, 3: 90, 4: 96, 5: 96, 6: 80, 7: 80}, stretch=1)

        self.short_list = QLabel()
        self.short_list.setObjectName("shortDated")
        self.short_list.setWordWrap(True)
        self.short_list.setTextFormat(Qt.TextFormat.RichText)
        self.short_list.setStyleSheet(
            "QLabel#shortDated { background: #fff4cf; color: #5c3d00; border: 1px solid #e9cf7a;"
            " border-radius: 4px; padding: 6px 8px; }"
        )
        self.confirm_check = QCheckBox(self.tr("I confirm receiving short-dated lots"))
        self.confirm_check.setObjectName("confirmShortDated")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.import_button = QPushButton(self.tr("&Import and post"))
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        self.import_button.setToolTip(
            self.tr("Receive every line of the note into stock in one go; nothing is received if anything is wrong")
        )
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        self.problems_title = QLabel()
        self.problems_title.setObjectName("problemsTitle")
        bold = self.problems_title.font()
        bold.setBold(True)
        self.problems_title.setFont(bold)
        self.lines_title = QLabel(self.tr("Lines to receive"))
        self.lines_title.setFont(bold)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.summary)
        layout.addWidget(self.verdict)
        layout.addWidget(self.problems_title)
        layout.addWidget(self.problems_table, 2)
        layout.addWidget(self.lines_title)
        layout.addWidget(self.lines_table, 3)
        layout.addWidget(self.short_list)
        layout.addWidget(self.confirm_check)
        layout.addWidget(self.buttons)

        self.confirm_check.toggled.connect(lambda _on: self._refresh())
        self._show_preview()

    @staticmethod
    def _setup_table(table: QTableWidget, widths: dict[int, int], stretch: int | None = None) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        for column, width in widths.items():
            table.setColumnWidth(column, width)
        if stretch is not None:
            header.setStretchLastSection(False)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def problem_rows(self) -> list[tuple[str, str, str]]:
        """The problems table as text (row, column, problem)."""
        t = self.problems_table

        def cell(r: int, c: int) -> str:
            item = t.item(r, c)
            return item.text() if item is not None else ""

        return [(cell(r, 0), cell(r, 1), cell(r, 2)) for r in range(t.rowCount())]

    def show_problems(self, problems: list[Problem]) -> None:
        t = self.problems_table
        t.setRowCount(0)
        t.setRowCount(len(problems))
        for r, problem in enumerate(problems):
            text = labels.problem_text(problem)
            row = problem.params.get("row")
            column = problem.params.get("column")
            cells = [
                str(row) if row is not None else "",
                str(column) if column is not None else "",
                _cell_prefix_removed(text, problem),
            ]
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(text)
                if c == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                t.setItem(r, c, item)
        count = len(problems)
        if count:
            self.problems_title.setText(
                self.tr("%Ln problem(s) stop the import", None, count)
            )
            self.problems_title.setStyleSheet("color: #7d0f14;")
        elif self.preview.short_dated:
            # Not "no problems" in green above a box that asks for a confirmation.
            self.problems_title.setText(
                self.tr(
                    "No errors in the file, but %Ln short-dated lot(s) need your confirmation below",
                    None,
                    len(self.preview.short_dated),
                )
            )
            self.problems_title.setStyleSheet("color: #5c3d00;")
        else:
            self.problems_title.setText(self.tr("No problems found"))
            self.problems_title.setStyleSheet("color: #14532d;")
        t.setVisible(bool(count))

    def _show_preview(self) -> None:
        p = self.preview
        note = escape(p.note_number or "—")
        delivered = escape(fmt.date_text(p.delivered_on) if p.delivered_on else "—")
        lines = self.tr("%Ln line(s)", None, len(p.lines))
        doses = self.tr("%1 packs · %2 doses").replace("%1", fmt.integer(p.packs)).replace("%2", fmt.integer(p.doses))
        note_word = self.tr("Delivery note")
        delivered_word = self.tr("Delivered")
        self.summary.setText(
            f"<span style='font-size:large'><b>{escape(note_word)} {note}</b></span>"
            f" &nbsp;·&nbsp; {escape(delivered_word)} {delivered}"
            f"<br>{escape(p.file)} &nbsp;·&nbsp; {escape(lines)} &nbsp;·&nbsp; {escape(doses)}"
        )
        self.show_problems(list(p.problems))
        t = self.lines_table
        t.setRowCount(len(p.lines))
        for r, line in enumerate(p.lines):
            values = [
                ", ".join(str(x) for x in line.rows),
                line.product,
                line.varenummer,
                line.batch,
                fmt.date_text(line.expiry),
                condition_name(line.condition),
                fmt.integer(line.packs),
                fmt.integer(line.doses),
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c in (6, 7):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 1:
                    item.setToolTip(value)
                t.setItem(r, c, item)
        self.lines_title.setVisible(bool(p.lines))
        self.lines_table.setVisible(bool(p.lines))
        if p.short_dated:
            items = "".join(f"<li>{escape(labels.problem_text(w))}</li>" for w in p.short_dated)
            title = self.tr("%Ln short-dated lot(s) need your confirmation:", None, len(p.short_dated))
            self.short_list.setText(f"<b>{escape(title)}</b><ul style='margin:2px 0 0 -20px'>{items}</ul>")
        self.short_list.setVisible(bool(p.short_dated))
        self.confirm_check.setVisible(bool(p.short_dated))
        self._refresh()

    def _refresh(self) -> None:
        p = self.preview
        ok = p.ok and bool(p.lines)
        needs = bool(p.short_dated) and not self.confirm_check.isChecked()
        self.import_button.setEnabled(ok and not needs and not self._busy)
        if not p.ok:
            self.verdict.setText(
                self.tr("Nothing can be imported until the file is corrected: the note is received whole or not at all.")
            )
            self.verdict.setStyleSheet("color: #7d0f14;")
        elif needs:
            self.verdict.setText(self.tr("The note can be imported once you confirm the short-dated lots."))
            self.verdict.setStyleSheet("color: #5c3d00;")
        else:
            self.verdict.setText(self.tr("The note can be imported: every line will be received and posted."))
            self.verdict.setStyleSheet("color: #14532d;")

    def submit(self) -> None:
        if self._busy or not self.import_button.isEnabled():
            return
        confirm = self.confirm_check.isChecked()
        path = self.path
        self.run_op(
            receiving_ops.import_note(self, path, confirm_short_dated=confirm),
            self.imported.emit,
            self.tr("Importing the delivery note…"),
        )

    def show_refusal(self, err: DomainError) -> None:
        """Refused as a whole (the file or the stock changed since the preview): the
        problems replace the preview's, and nothing can be imported."""
        self.preview = replace(self.preview, problems=list(err.problems))
        self.show_problems(list(err.problems))
        self._refresh()
