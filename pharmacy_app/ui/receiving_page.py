"""The Receiving page: deliveries from SSI, by scanning packs, typing lines or importing
the delivery note.

Left, the open drafts and the recent posted receipts; right, the open receipt: its
header, a strip that answers every scan, the lines, a form to type a line, and Post.
Nothing is stock until the receipt is posted, in one transaction.

What must hold:

* Every service call goes through the operations helper, off the GUI thread.
* A scan is read wherever the keyboard focus is on this page (:mod:`scan_capture`);
  its outcome, good or bad, is shown in the scan strip, a bad one with a beep.  A scan,
  a typed line or a change of a line never opens a dialog: a person scanning a box of
  packs must not be stopped by one.  Dialogs come only from what a person asked for
  (new receipt, import, post with short-dated lots, cancel, thaw).
* The lines shown are always the receipt as the service last returned it.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import replace
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDate,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from pharmacy_app.domain import gs1
from pharmacy_app.domain.errors import DomainError, Problem
from pharmacy_app.services import documents, queries, receiving, receiving_import, reference
from pharmacy_app.services.app import App
from pharmacy_app.services.queries import StockFilter, StockRow
from pharmacy_app.services.receiving import (
    DRAFT,
    FRIDGE,
    FROZEN,
    POSTED,
    LineView,
    ReceiptView,
    ScanOutcome,
)
from pharmacy_app.services.receiving_import import ImportPreview
from pharmacy_app.services.reference import ProductInfo
from pharmacy_app.ui import fmt, labels
from pharmacy_app.ui.async_dialog import ServiceDialog
from pharmacy_app.ui.flow_layout import FlowLayout, group, labelled
from pharmacy_app.ui.held_stock import StockTarget, ThawDialog, is_frozen_product
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.pdf_preview import PdfPreviewDialog, open_preview
from pharmacy_app.ui.receiving_model import (
    ReceiptLinesModel,
    ReceiptListModel,
    condition_name,
    status_text,
)
from pharmacy_app.ui.reference_dialogs import ProblemList
from pharmacy_app.ui.scan_capture import MAX_SCAN_LENGTH, ScanCapture
from pharmacy_app.ui.setup_guide import HomeGate
from pharmacy_app.ui.stock_model import ROW_ROLE
from pharmacy_app.ui.widgets import (
    DocumentFiles,
    TableView,
    bold,
    load_bytes,
    page_splitter,
    push_button,
    restore_header,
    save_bytes,
    save_header,
)

_Index = QModelIndex | QPersistentModelIndex

LIST_LIMIT = 100
SPLITTER_KEY = "receiving/splitter_v1"
LINES_HEADER_KEY = "receiving/lines_header_v1"
LIST_HEADER_KEY = "receiving/list_header_v1"

STRIP_STYLE = {
    "idle": "background: #eef1f4; color: #3b4148; border: 1px solid #d5dae0;",
    "ok": "background: #dcf3df; color: #14532d; border: 1px solid #8fd19e;",
    "error": "background: #fbe3e4; color: #7d0f14; border: 1px solid #e8a9ac;",
    "busy": "background: #eef1f4; color: #3b4148; border: 1px solid #d5dae0;",
}


# --------------------------------------------------------------------------- dates


def parse_date(text: str) -> date | None:
    """A date as people type it: ``31-12-2027``, ``31.12.27``, ``31122027``, ``2027-12-31``,
    or only a month (``12-2027``, ``12/27``), which means its last day (as GS1 day 00)."""
    t = text.strip()
    if not t:
        return None
    parts = [p for p in re.split(r"[-./ ]+", t) if p]
    try:
        if len(parts) == 1 and parts[0].isdigit():
            digits = parts[0]
            if len(digits) == 8:
                for d, mo, y in ((digits[:2], digits[2:4], digits[4:]), (digits[6:], digits[4:6], digits[:4])):
                    found = _make(y, mo, d)
                    if found is not None:
                        return found
                return None
            if len(digits) == 6:
                return _make(digits[4:], digits[2:4], digits[:2])
            return None
        if len(parts) == 3 and all(p.isdigit() for p in parts):
            if len(parts[0]) == 4:
                return _make(parts[0], parts[1], parts[2])
            return _make(parts[2], parts[1], parts[0])
        if len(parts) == 2 and all(p.isdigit() for p in parts):
            if len(parts[0]) == 4:
                year, month = parts
            else:
                month, year = parts
            y = _year(year)
            m = int(month)
            if y is None or not 1 <= m <= 12:
                return None
            return date(y, m, monthrange(y, m)[1])
    except ValueError:
        return None
    return None


def _year(text: str) -> int | None:
    if len(text) == 2:
        return 2000 + int(text)
    if len(text) == 4:
        return int(text)
    return None


def _make(year: str, month: str, day: str) -> date | None:
    y = _year(year)
    if y is None:
        return None
    try:
        return date(y, int(month), int(day))
    except ValueError:
        return None


def date_placeholder() -> str:
    """How dates are written in the UI language (Danish dd-mm-åååå, English ISO)."""
    if fmt.language() == "da":
        return "dd-mm-åååå"
    return "yyyy-mm-dd"


class DateEdit(QWidget):
    """A date typed as people write it, with a calendar a click (or Alt+Down) away.

    Unlike a QDateEdit it can be empty, so nobody posts a date they never typed."""

    date_changed = Signal(object)  # date | None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.line = QLineEdit()
        self.line.setPlaceholderText(date_placeholder())
        self.line.setMaxLength(12)
        self.line.setToolTip(
            self.tr("Type the date (31-12-2027, 311227, 12-2027 for the month's last day); Alt+Down opens a calendar")
        )
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Calendar (Alt+Down)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.line.editingFinished.connect(self._normalise)
        self.line.textChanged.connect(self._text_changed)
        self._menu: QMenu | None = None

    def value(self) -> date | None:
        return parse_date(self.line.text())

    def set_value(self, value: date | None) -> None:
        self.line.setText(fmt.date_text(value) if value else "")

    def clear(self) -> None:
        self.line.clear()

    def is_valid(self) -> bool:
        return not self.line.text().strip() or self.value() is not None

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        calendar = QCalendarWidget()
        calendar.setGridVisible(True)
        current = self.value()
        if current is not None:
            calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def chosen(qd: QDate) -> None:
            self.set_value(date(qd.year(), qd.month(), qd.day()))
            menu.close()
            self.line.setFocus()

        calendar.activated.connect(chosen)
        calendar.clicked.connect(chosen)
        self._menu = menu
        menu.popup(self.line.mapToGlobal(QPoint(0, self.line.height())))
        calendar.setFocus()

    def _normalise(self) -> None:
        parsed = self.value()
        if parsed is not None:
            text = fmt.date_text(parsed)
            if text != self.line.text():
                self.line.setText(text)

    def _text_changed(self, _text: str) -> None:
        bad = not self.is_valid()
        self.line.setStyleSheet("QLineEdit { border: 1px solid #c4262e; }" if bad else "")
        self.date_changed.emit(self.value())


# --------------------------------------------------------------------------- the scan strip


class ScanStrip(QLabel):
    """The answer to the last scan or action: green when good, red when not."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scanStatus")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setMinimumHeight(48)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.setFont(font)
        self.state = "idle"
        self.is_hint = False
        self.show_idle("")

    def _show(self, state: str, text: str, hint: bool = False) -> None:
        self.state = state
        self.is_hint = hint
        font = self.font()
        font.setBold(state != "idle")  # answers stand out; hints are quieter
        self.setFont(font)
        self.setText(text)
        self.setStyleSheet(
            f"QLabel#scanStatus {{ {STRIP_STYLE[state]} border-radius: 6px; padding: 8px 12px; }}"
        )

    def show_idle(self, text: str) -> None:
        self._show("idle", text)

    def show_hint(self, text: str) -> None:
        """What can be done now; replaced by the next answer, and follows the receipt shown."""
        self._show("idle", text, hint=True)

    def show_ok(self, text: str) -> None:
        self._show("ok", "✓ " + text)

    def show_error(self, text: str) -> None:
        self._show("error", "✗ " + text)


# --------------------------------------------------------------------------- dialogs


class NewReceiptDialog(ServiceDialog):
    """Start (or reopen) the draft receipt for a delivery note number."""

    started = Signal(object)  # ReceiptView

    def __init__(self, ops: Operations, today: date, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.setWindowTitle(self.tr("New receipt"))
        self.setObjectName("newReceiptDialog")
        self.setMinimumWidth(420)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("noteNumber")
        self.note_edit.setMaxLength(40)
        self.note_edit.setPlaceholderText(self.tr("e.g. FS-2026-0412"))
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("deliveredOn")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd-MM-yyyy" if fmt.language() == "da" else "yyyy-MM-dd")
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.problems = ProblemList()
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        note_label = QLabel(self.tr("Delivery &note no."))
        note_label.setBuddy(self.note_edit)
        date_label = QLabel(self.tr("&Delivered"))
        date_label.setBuddy(self.date_edit)
        form.addRow(note_label, self.note_edit)
        form.addRow(date_label, self.date_edit)
        hint = QLabel(
            self.tr("A draft for the same note number is opened again; a note already received is refused.")
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5c6166;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Start"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.note_edit.textChanged.connect(self._refresh)
        self._refresh()
        self.note_edit.setFocus()

    def delivered_on(self) -> date:
        qd = self.date_edit.date()
        return date(qd.year(), qd.month(), qd.day())

    def _refresh(self) -> None:
        self.ok_button.setEnabled(not self._busy and bool(self.note_edit.text().strip()))

    def submit(self) -> None:
        note = self.note_edit.text().strip()
        if self._busy or not note:
            return
        delivered = self.delivered_on()
        self.run_write(
            lambda app: receiving.start(app, note, delivered),
            self.started.emit,
            {"receiving"},
            self.tr("Starting the receipt…"),
        )


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


class ImportPreviewDialog(QDialog):
    """What importing a delivery note file would receive, and every problem that stops it."""

    imported = Signal(object)  # ReceiptView

    def __init__(self, ops: Operations, path: Path, preview: ImportPreview, parent: QWidget | None = None):
        super().__init__(parent)
        self._ops = ops
        self.path = Path(path)
        self.preview = preview
        self._busy = False
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
        self._busy = True
        self._refresh()

        def success(view: ReceiptView) -> None:
            self._busy = False
            self.imported.emit(view)
            self.accept()

        def failure(exc: BaseException) -> bool:
            self._busy = False
            if isinstance(exc, DomainError):
                # Refused as a whole (the file or the stock changed since the preview).
                self.preview = _refused(self.preview, list(exc.problems))
                self.show_problems(list(exc.problems))
                self._refresh()
                return True
            self._refresh()
            return False

        self._ops.write(
            lambda app: receiving_import.import_note(app, path, confirm_short_dated=confirm),
            success,
            failure=failure,
            changes={"receiving", "stock"},
            label=self.tr("Importing the delivery note…"),
            parent=self,
        )


def _refused(preview: ImportPreview, problems: list[Problem]) -> ImportPreview:
    return replace(preview, problems=problems)


# --------------------------------------------------------------------------- line editing


class LinesDelegate(QStyledItemDelegate):
    """Editors for a line's packs (1–99,999) and storage condition (frozen or 2–8 °C)."""

    def __init__(self, page: ReceivingPage):
        super().__init__(page)
        self._page = page

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:  # noqa: N802
        column = index.column()
        if column == ReceiptLinesModel.PACKS:
            spin = QSpinBox(parent)
            spin.setRange(1, 99_999)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return spin
        if column == ReceiptLinesModel.CONDITION:
            combo = QComboBox(parent)
            line: LineView | None = index.data(ROW_ROLE)
            frozen_ok = line is not None and self._page.is_frozen(line.product_id)
            combo.addItem(condition_name(FROZEN), FROZEN)
            combo.addItem(condition_name(FRIDGE), FRIDGE)
            if not frozen_ok:
                item = combo.model().item(0)  # type: ignore[attr-defined]
                item.setEnabled(False)
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        if isinstance(editor, QSpinBox):
            editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 1))
            editor.selectAll()
            return
        if isinstance(editor, QComboBox):
            i = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(0, i))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:  # noqa: N802
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
            return
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


# --------------------------------------------------------------------------- the page


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
        self._pending_scans = 0
        self._generation = 0  # drops a receipt that arrives after another was opened
        self._documents = DocumentFiles()
        self.preview_dialog: PdfPreviewDialog | None = None
        self.import_dialog: ImportPreviewDialog | None = None

        # Left: receipts -------------------------------------------------------------
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
        list_hint = QLabel(self.tr("Drafts first, then the latest posted"))
        list_hint.setStyleSheet("color: #5c6166;")
        left = QWidget()
        left.setObjectName("receiptsPane")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.setSpacing(6)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.import_button)
        left_layout.addSpacing(6)
        left_layout.addWidget(list_title)
        left_layout.addWidget(list_hint)
        left_layout.addWidget(self.receipts_table, 1)

        # Right: the open receipt --------------------------------------------------------------
        self.header = QLabel()
        self.header.setObjectName("receiptHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.strip = ScanStrip()

        self.lines_model = ReceiptLinesModel(self)
        self.lines_table = TableView()
        self.lines_table.setObjectName("linesTable")
        self.lines_table.setModel(self.lines_model)
        self.lines_table.setItemDelegate(LinesDelegate(self))
        self.lines_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.lines_table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.lines_table.enable_column_menu()
        self._set_line_widths()

        self.totals_label = QLabel()
        self.totals_label.setObjectName("totals")
        self.line_info = QLabel()
        self.line_info.setObjectName("lineInfo")
        self.line_info.setWordWrap(True)
        self.line_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.line_info.hide()

        # The typed-line form
        self.form_box = QGroupBox(self.tr("Type a line"))
        self.form_box.setObjectName("lineForm")
        self.product_combo = QComboBox()
        self.product_combo.setObjectName("lineProduct")
        self.product_combo.setMinimumContentsLength(24)
        self.product_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.batch_edit = QLineEdit()
        self.batch_edit.setObjectName("lineBatch")
        self.batch_edit.setMaxLength(20)
        self.batch_edit.setPlaceholderText(self.tr("Batch"))
        self.expiry_edit = DateEdit()
        self.expiry_edit.setObjectName("lineExpiry")
        self.expiry_edit.line.setObjectName("lineExpiryText")
        self.packs_spin = QSpinBox()
        self.packs_spin.setObjectName("linePacks")
        self.packs_spin.setRange(1, 99_999)
        self.packs_spin.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.packs_spin.setMinimumWidth(70)
        self.condition_combo = QComboBox()
        self.condition_combo.setObjectName("lineCondition")
        self.condition_combo.addItem(condition_name(FROZEN), FROZEN)
        self.condition_combo.addItem(condition_name(FRIDGE), FRIDGE)
        self.condition_combo.setToolTip(
            self.tr("Storage condition on arrival; a frozen product that arrives at 2–8 °C is received thawed")
        )
        self.hold_check = QCheckBox(self.tr("On &hold"))
        self.hold_check.setObjectName("lineHold")
        self.hold_check.setToolTip(
            self.tr("Cold chain in doubt: receive into quarantine, not pickable until a pharmacist releases it")
        )
        self.hold_reason_edit = QLineEdit()
        self.hold_reason_edit.setObjectName("lineHoldReason")
        self.hold_reason_edit.setMaxLength(200)
        self.hold_reason_edit.setPlaceholderText(self.tr("Reason, e.g. temperature logger alarm"))
        self.hold_reason_edit.setEnabled(False)
        self.add_button = push_button(
            self.tr("&Add line"), "addLine", self.tr("Add the typed line to the receipt (Enter in the form, Alt+A)")
        )

        # A flow: in a narrow pane the fields wrap, each with its label, never overlap.
        form = FlowLayout(self.form_box, spacing=14, row_spacing=6)
        form.setContentsMargins(10, 8, 10, 8)
        self.batch_edit.setMinimumWidth(100)
        self.expiry_edit.setMinimumWidth(130)
        self.hold_reason_edit.setMinimumWidth(220)
        form.addWidget(labelled(self.tr("&Product"), self.product_combo))
        form.addWidget(labelled(self.tr("&Batch"), self.batch_edit))
        form.addWidget(labelled(self.tr("E&xpiry"), self.expiry_edit))
        form.addWidget(labelled(self.tr("Pac&ks"), self.packs_spin))
        form.addWidget(labelled(self.tr("&Storage"), self.condition_combo))
        form.addWidget(group(self.hold_check, self.hold_reason_edit, stretch=self.hold_reason_edit))
        form.addWidget(self.add_button)

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
        # A flow: on a small screen the buttons wrap below the totals instead of squeezing them.
        bottom = FlowLayout(spacing=8, row_spacing=6)
        self.totals_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bottom.addWidget(self.totals_label)
        bottom.addWidget(self.thaw_button)
        bottom.addWidget(self.document_button)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.post_button)

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
        right_layout.addWidget(self.form_box)
        right_layout.addLayout(bottom)

        self.splitter = page_splitter(self, left, right, Qt.Orientation.Horizontal, (0, 1), [236, 1000])

        # Scanning, keys and signals ----------------------------------------------------------------
        self.scanner = ScanCapture(self)
        self.scanner.scanned.connect(self.scan)
        self.scanner.broken.connect(self._scan_broken)
        self._actions()
        self.new_button.clicked.connect(self.new_receipt)
        self.import_button.clicked.connect(self.import_note)
        self.add_button.clicked.connect(self.add_line)
        for edit in (self.batch_edit, self.expiry_edit.line, self.hold_reason_edit):
            edit.returnPressed.connect(self.add_line)
        self.hold_check.toggled.connect(self._hold_toggled)
        self.product_combo.currentIndexChanged.connect(self._product_changed)
        self.post_button.clicked.connect(self.post)
        self.cancel_button.clicked.connect(self.cancel_draft)
        self.document_button.clicked.connect(self.show_document)
        self.thaw_button.clicked.connect(self.thaw_selected)
        self.lines_model.edit_requested.connect(self.update_line)
        self.lines_table.customContextMenuRequested.connect(self._line_menu)
        self.lines_table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._line_selected())
        self.receipts_table.selectionModel().currentRowChanged.connect(self._receipt_chosen)
        self._show_receipt(None)

    # ------------------------------------------------------------------ set-up

    def _actions(self) -> None:
        def action(text: str, keys: list[QKeySequence], slot: Any, widget: QWidget | None = None) -> QAction:
            a = QAction(text, self)
            a.setShortcuts(keys)
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            a.triggered.connect(slot)
            (widget or self).addAction(a)
            return a

        self.new_action = action(self.tr("New receipt"), [QKeySequence("Ctrl+N")], self.new_receipt)
        self.import_action = action(self.tr("Import delivery note"), [QKeySequence("Ctrl+I")], self.import_note)
        self.post_action = action(
            self.tr("Post receipt"),
            [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")],
            self.post,
        )
        self.document_action = action(self.tr("Goods receipt"), [QKeySequence("Ctrl+P")], self.show_document)
        self.thaw_action = action(self.tr("Thaw"), [QKeySequence("Ctrl+T")], self.thaw_selected)
        self.remove_action = QAction(self.tr("Remove line"), self)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self.remove_selected_line)
        self.lines_table.addAction(self.remove_action)

    def _set_line_widths(self) -> None:
        m = ReceiptLinesModel
        dates = self.lines_table.fontMetrics().horizontalAdvance(fmt.date_text(date(2026, 12, 28))) + 14
        self.lines_table.set_column_widths(
            {
                m.NO: 30,
                m.ITEM_NO: 58,
                m.BATCH: 74,
                m.EXPIRY: dates,
                m.USE_BY: dates,
                m.CONDITION: 70,
                m.PACKS: 46,
                m.DOSES: 50,
                m.SCANS: 44,
                m.HOLD: 80,
                m.CHECK: 150,
            },
            header_room=10,
        )
        # The product takes what is left, so the whole line fits a 1400 pixel window.
        header = self.lines_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(m.PRODUCT, QHeaderView.ResizeMode.Stretch)

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
        self._ops.query(lambda app: reference.list_products(app, active_only=True), self._products_arrived, parent=self)
        if self._receipt is not None:
            self.open_receipt(self._receipt.id)

    def on_changed(self, changes: frozenset[str]) -> None:
        if changes & {"reference", "settings"}:
            self.home_gate.refresh()
        if changes & {"receiving", "stock", "reference", "settings"}:
            self._load_list()
        if changes & {"reference"}:
            self._ops.query(
                lambda app: reference.list_products(app, active_only=True), self._products_arrived, parent=self
            )
        if changes & {"receiving", "stock", "reference"} and self._receipt is not None:
            self.open_receipt(self._receipt.id)

    def open_receipt(self, receipt_id: int) -> None:
        self._generation += 1
        generation = self._generation

        def done(view: ReceiptView) -> None:
            if generation == self._generation:
                self._show_receipt(view)

        self._ops.query(lambda app: receiving.get(app, receipt_id), done, parent=self)

    def is_frozen(self, product_id: int) -> bool:
        product = next((p for p in self._products if p.id == product_id), None)
        return is_frozen_product(product)

    def selected_line(self) -> LineView | None:
        index = self.lines_table.currentIndex()
        if not index.isValid():
            return None
        line: LineView | None = index.data(ROW_ROLE)
        return line

    def select_line(self, line_id: int) -> None:
        row = self.lines_model.row_of(line_id)
        if row < 0:
            return
        index = self.lines_model.index(row, ReceiptLinesModel.PACKS)
        self.lines_table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.lines_table.scrollTo(index)

    def save_state(self) -> None:
        save_bytes(SPLITTER_KEY, self.splitter.saveState())
        save_header(LINES_HEADER_KEY, self.lines_table)
        save_header(LIST_HEADER_KEY, self.receipts_table)

    def restore_state(self) -> None:
        data = load_bytes(SPLITTER_KEY)
        if data is not None:
            self.splitter.restoreState(data)
        restore_header(LINES_HEADER_KEY, self.lines_table)
        restore_header(LIST_HEADER_KEY, self.receipts_table)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
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
        self.list_model.update_receipt(view)
        self._show_receipt(view)
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
        self.list_model.update_receipt(view)
        self._show_receipt(view)
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
            keep = self._receipt.id if self._receipt is not None else None
            self.receipts_table.selectionModel().blockSignals(True)
            self.list_model.set_receipts(receipts)
            self._select_in_list(keep)
            self.receipts_table.selectionModel().blockSignals(False)
            self.receipts_table.set_empty_text(self._empty_list_text(elsewhere))

        self._ops.query(load, done, parent=self)

    def _empty_list_text(self, elsewhere: queries.ReceiptsElsewhere | None) -> str:
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

    def _select_in_list(self, receipt_id: int | None) -> None:
        row = self.list_model.row_of(receipt_id)
        selection = self.receipts_table.selectionModel()
        if row < 0:
            selection.clearSelection()
            return
        index = self.list_model.index(row, 0)
        blocked = selection.blockSignals(True)
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        selection.blockSignals(blocked)

    def _receipt_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        receipt: ReceiptView | None = current.data(ROW_ROLE) if current.isValid() else None
        if receipt is not None and (self._receipt is None or receipt.id != self._receipt.id):
            self.strip.show_hint("")  # the next receipt's hint follows when it is shown
            self.open_receipt(receipt.id)

    def _show_receipt(self, view: ReceiptView | None) -> None:
        self._generation += 1  # anything still on its way for the old one is dropped
        changed = view is None or self._receipt is None or view.id != self._receipt.id
        self._receipt = view
        self.lines_model.set_receipt(view, self._ops.app.today())
        if view is not None:
            self.list_model.update_receipt(view)
            self._select_in_list(view.id)
        self._show_header(view)
        self._update_buttons()
        self._show_line_info()
        if changed and self.strip.state == "idle":
            self.strip.show_hint(self._hint(view))
        if view is not None and not view.lines:
            self.lines_table.set_empty_text(
                self.tr("No lines yet. Scan a pack anywhere on this page, type a line below, or import the note.")
            )
        elif view is None:
            self.lines_table.set_empty_text("")
        else:
            self.lines_table.set_empty_text("")
        self.receipt_shown.emit(view)

    def _show_header(self, view: ReceiptView | None) -> None:
        if view is None:
            nothing = self.tr("No receipt open")
            self.header.setText(f"<span style='font-size:x-large; color:#6f747a'>{escape(nothing)}</span>")
            self.totals_label.setText("")
            return
        colour = "#8a5a00" if view.status == DRAFT else "#1c6b2a" if view.status == POSTED else "#6f747a"
        title = self.tr("Delivery note %1").replace("%1", view.note_number)
        delivered_word = self.tr("Delivered")
        pharmacy_word = self.tr("Pharmacy")
        parts = [
            f"{escape(delivered_word)} <b>{escape(fmt.date_text(view.delivered_on))}</b>",
            f"{escape(pharmacy_word)} <b>{escape(view.location_name)}</b> ({escape(view.location_code)})",
            escape(
                self.tr("Started by %1, %2")
                .replace("%1", view.created_by)
                .replace("%2", fmt.datetime_text(view.created_at))
            ),
        ]
        if view.posted_at is not None:
            parts.append(
                escape(
                    self.tr("Posted by %1, %2")
                    .replace("%1", view.posted_by or "")
                    .replace("%2", fmt.datetime_text(view.posted_at))
                )
            )
        self.header.setText(
            f"<span style='font-size:x-large'><b>{escape(title)}</b></span>"
            f"&nbsp;&nbsp;<span style='font-size:large; color:{colour}'><b>{escape(status_text(view.status))}</b></span>"
            f"<br>{' &nbsp;·&nbsp; '.join(parts)}"
        )
        lines = self.tr("%Ln line(s)", None, len(view.lines))
        packs = self.tr("%Ln pack(s)", None, view.packs)
        doses = self.tr("%Ln dose(s)", None, view.doses)
        text = f"{lines} · {packs} · {doses}"
        held = sum(1 for line in view.lines if line.hold)
        if held:
            text += " · " + self.tr("%Ln on hold", None, held)
        problems = sum(1 for line in view.lines if line.problems)
        warnings = sum(1 for line in view.lines if line.warnings and not line.problems)
        if problems:
            text += " · " + self.tr("%Ln with problems", None, problems)
        if warnings:
            text += " · " + self.tr("%Ln short-dated", None, warnings)
        self.totals_label.setText(text)

    def _update_buttons(self) -> None:
        view = self._receipt
        draft = view is not None and view.status == DRAFT
        posted = view is not None and view.status == POSTED
        self.post_button.setEnabled(draft and bool(view and view.lines))
        self.post_action.setEnabled(self.post_button.isEnabled())
        self.cancel_button.setEnabled(draft)
        self.form_box.setEnabled(draft)
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
        self.form_box.setVisible(view is None or draft)
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
        style = STRIP_STYLE["error"] if line.problems else "background: #fff4cf; color: #5c3d00; border: 1px solid #e9cf7a;"
        self.line_info.setStyleSheet(f"QLabel#lineInfo {{ {style} border-radius: 4px; padding: 4px 8px; }}")
        self.line_info.show()

    def _line_thawable(self, line: LineView) -> bool:
        return line.condition == FROZEN and line.thawed_on is None and not line.hold and self.is_frozen(line.product_id)

    # ------------------------------------------------------------------ products and the form

    def _products_arrived(self, products: list[ProductInfo]) -> None:
        self._products = list(products)
        keep = self.product_combo.currentData()
        self.product_combo.blockSignals(True)
        self.product_combo.clear()
        self.product_combo.addItem(self.tr("Choose a product…"), None)
        item_no = self.tr("Item no.")
        for p in products:
            self.product_combo.addItem(f"{p.display_name} · {p.varenummer}", p.id)
            self.product_combo.setItemData(
                self.product_combo.count() - 1,
                f"{p.name}\n{item_no} {p.varenummer}" + (f" · GTIN {p.gtin}" if p.gtin else ""),
                Qt.ItemDataRole.ToolTipRole,
            )
        index = self.product_combo.findData(keep) if keep is not None else 0
        self.product_combo.setCurrentIndex(max(0, index))
        self.product_combo.blockSignals(False)
        self._product_changed(self.product_combo.currentIndex())
        self._update_buttons()

    def _product_changed(self, _index: int) -> None:
        product_id = self.product_combo.currentData()
        frozen = product_id is not None and self.is_frozen(product_id)
        model = self.condition_combo.model()
        item = model.item(0)  # type: ignore[attr-defined]
        item.setEnabled(frozen or product_id is None)
        self.condition_combo.setCurrentIndex(0 if frozen else 1)

    def _hold_toggled(self, on: bool) -> None:
        self.hold_reason_edit.setEnabled(on)
        if on:
            self.hold_reason_edit.setFocus()

    def select_product(self, key: str | int) -> bool:
        """Choose a product in the form by id or item number (tests, shortcuts)."""
        for i in range(1, self.product_combo.count()):
            pid = self.product_combo.itemData(i)
            product = next((p for p in self._products if p.id == pid), None)
            if product is not None and key in (product.id, product.varenummer):
                self.product_combo.setCurrentIndex(i)
                return True
        return False

    def add_line(self) -> None:
        view = self._receipt
        if view is None or view.status != DRAFT:
            self._refuse(self.tr("Open a draft receipt before adding lines."))
            return
        product_id = self.product_combo.currentData()
        batch = self.batch_edit.text().strip()
        expiry = self.expiry_edit.value()
        missing: list[tuple[str, QWidget]] = []
        if product_id is None:
            missing.append((self.tr("a product"), self.product_combo))
        if not batch:
            missing.append((self.tr("the batch"), self.batch_edit))
        if expiry is None:
            missing.append((self.tr("the expiry date"), self.expiry_edit.line))
        if self.hold_check.isChecked() and not self.hold_reason_edit.text().strip():
            missing.append((self.tr("the reason for the hold"), self.hold_reason_edit))
        if missing:
            self._refuse(self.tr("Fill in %1.").replace("%1", ", ".join(m[0] for m in missing)))
            missing[0][1].setFocus()
            return
        assert expiry is not None
        packs = self.packs_spin.value()
        condition = self.condition_combo.currentData()
        hold = self.hold_check.isChecked()
        reason = self.hold_reason_edit.text().strip() if hold else ""
        receipt_id = view.id

        def work(app: App) -> ReceiptView:
            return receiving.add_line(
                app,
                receipt_id,
                product=int(product_id),
                batch=batch,
                expiry=expiry,
                packs=packs,
                condition=condition,
                hold=hold,
                hold_reason=reason,
            )

        def done(result: ReceiptView) -> None:
            self._show_receipt(result)
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
            # The product stays (the next line is often the same vaccine); a new batch has
            # its own expiry, so that is typed again rather than carried over by mistake.
            self.batch_edit.clear()
            self.expiry_edit.clear()
            self.packs_spin.setValue(1)
            self.hold_check.setChecked(False)
            self.hold_reason_edit.clear()
            self.batch_edit.setFocus()

        self._ops.write(work, done, failure=self._strip_failure, label=self.tr("Adding the line…"), parent=self)

    # ------------------------------------------------------------------ scanning

    def scan(self, text: str) -> None:
        """One scanner read: add the pack to the open draft, or say why not."""
        view = self._receipt
        if view is None or view.status != DRAFT:
            problem_text = (
                self.tr("Scanned, but no draft receipt is open: start one with New receipt (Ctrl+N) and scan again.")
                if view is None
                else self.tr("Receipt %1 is posted; start a new receipt to scan more packs.").replace(
                    "%1", view.note_number
                )
            )
            self._refuse(problem_text)
            self.scan_handled.emit(None)
            return
        receipt_id = view.id
        self._pending_scans += 1

        def done(outcome: ScanOutcome) -> None:
            self._pending_scans -= 1
            self._scan_done(receipt_id, outcome)

        def failed(exc: BaseException) -> bool:
            self._pending_scans -= 1
            handled = self._strip_failure(exc)
            self.scan_handled.emit(None)
            return handled

        self._ops.write(
            lambda app: receiving.scan(app, receipt_id, text),
            done,
            failure=failed,
            label=self.tr("Recording the scan…"),
            parent=self,
        )

    def _scan_broken(self, text: str, too_long: bool) -> None:
        """A scan cut off by another key (or far too long): nothing is added, and it says so."""
        problem = gs1.broken_scan(text, MAX_SCAN_LENGTH if too_long else None)
        self._refuse(labels.problem_text(problem))
        self.scan_handled.emit(ScanOutcome(None, problem=problem))

    def _scan_done(self, receipt_id: int, outcome: ScanOutcome) -> None:
        current = self._receipt
        if outcome.receipt is not None and current is not None and outcome.receipt.id == current.id:
            self._show_receipt(outcome.receipt)
        elif outcome.receipt is not None:
            self.list_model.update_receipt(outcome.receipt)
        if outcome.problem is not None:
            self._refuse(labels.problem_text(outcome.problem))
            self.lines_model.set_highlight(None)
        else:
            line = next(
                (x for x in (outcome.receipt.lines if outcome.receipt else []) if x.id == outcome.line_id), None
            )
            if line is not None:
                self.lines_model.set_highlight(line.id)
                if current is not None and current.id == receipt_id:
                    self.select_line(line.id)
                self.strip.show_ok(
                    self.tr("+1 pack %1 %2 (%3 in total)")
                    .replace("%1", line.product)
                    .replace("%2", line.batch)
                    .replace("%3", fmt.integer(line.packs))
                )
        self.scan_handled.emit(outcome)

    def pending_scans(self) -> int:
        return self._pending_scans

    # ------------------------------------------------------------------ changing lines

    def update_line(self, line_id: int, change: dict[str, Any]) -> None:
        def done(view: ReceiptView) -> None:
            self._show_receipt(view)
            self.select_line(line_id)
            line = next((x for x in view.lines if x.id == line_id), None)
            if line is not None:
                self.strip.show_ok(self.tr("Line %1 changed").replace("%1", str(line.line_no)))

        self._ops.write(
            lambda app: receiving.update_line(app, line_id, **change),
            done,
            failure=self._strip_failure,
            label=self.tr("Changing the line…"),
            parent=self,
        )

    def remove_selected_line(self) -> None:
        line = self.selected_line()
        view = self._receipt
        if line is None or view is None or view.status != DRAFT:
            return
        row = self.lines_table.currentIndex().row()

        def done(result: ReceiptView) -> None:
            self._show_receipt(result)
            self.strip.show_ok(
                self.tr("Line %1 removed: %2 %3").replace("%1", str(line.line_no)).replace("%2", line.product).replace(
                    "%3", line.batch
                )
            )
            if result.lines:
                keep = result.lines[min(row, len(result.lines) - 1)]
                self.select_line(keep.id)
            self.lines_table.setFocus()

        self._ops.write(
            lambda app: receiving.remove_line(app, line.id),
            done,
            failure=self._strip_failure,
            label=self.tr("Removing the line…"),
            parent=self,
        )

    def hold_selected_line(self) -> None:
        line = self.selected_line()
        if line is None or not self.lines_model.editable:
            return
        if line.hold:
            self.update_line(line.id, {"hold": False})
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Put on hold"))
        dialog.setLabelText(
            self.tr("Why is line %1 (%2 %3) held?").replace("%1", str(line.line_no)).replace("%2", line.product).replace(
                "%3", line.batch
            )
        )
        dialog.setTextValue(line.hold_reason)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(
            lambda text: self.update_line(line.id, {"hold": True, "hold_reason": text.strip()}) if text.strip() else None
        )
        dialog.open()

    def _line_menu(self, pos: QPoint) -> None:
        index = self.lines_table.indexAt(pos)
        if index.isValid():
            self.lines_table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
        line = self.selected_line()
        if line is None:
            return
        menu = QMenu(self)
        editable = self.lines_model.editable
        if editable:
            packs = menu.addAction(self.tr("Change packs…\tF2"))
            packs.triggered.connect(
                lambda: self.lines_table.edit(self.lines_model.index(index.row(), ReceiptLinesModel.PACKS))
            )
            hold = menu.addAction(self.tr("Take off hold") if line.hold else self.tr("Put on hold…"))
            hold.triggered.connect(self.hold_selected_line)
            storage = menu.addMenu(self.tr("Storage"))
            for condition in (FROZEN, FRIDGE):
                a = storage.addAction(condition_name(condition))
                a.setCheckable(True)
                a.setChecked(line.condition == condition)
                a.setEnabled(condition == FRIDGE or self.is_frozen(line.product_id))
                a.triggered.connect(lambda _c=False, c=condition: self.update_line(line.id, {"condition": c}))
            menu.addSeparator()
            remove = menu.addAction(self.tr("Remove line\tDel"))
            remove.triggered.connect(self.remove_selected_line)
        else:
            thaw = menu.addAction(self.tr("Thaw…\tCtrl+T"))
            thaw.setEnabled(self.thaw_action.isEnabled())
            thaw.triggered.connect(self.thaw_selected)
        menu.popup(self.lines_table.viewport().mapToGlobal(pos))
        self.line_menu = menu

    # ------------------------------------------------------------------ posting

    def post(self) -> None:
        view = self._receipt
        if view is None or view.status != DRAFT:
            return
        if not view.lines:
            self._refuse(self.tr("The receipt has no lines yet."))
            return
        bad = [line for line in view.lines if line.problems]
        if bad:
            count = self.tr("%Ln line(s)", None, len(bad))
            self._refuse(
                self.tr("Lines that cannot be received (marked red): %1. Change or remove them, then post.").replace(
                    "%1", count
                )
            )
            self.select_line(bad[0].id)
            return
        if view.warnings:
            self._confirm_short_dated(view)
            return
        self._post(view.id, confirm=False)

    def _confirm_short_dated(self, view: ReceiptView) -> None:
        box = QMessageBox(self)
        box.setObjectName("confirmShortDated")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Short-dated lots"))
        count = len(view.warnings)
        box.setText(
            self.tr("%Ln lot(s) on this receipt expire sooner than required. Receive anyway?", None, count)
        )
        box.setInformativeText("\n\n".join(labels.problem_text(w) for w in view.warnings))
        receive = box.addButton(self.tr("Receive anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(receive)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        receipt_id = view.id
        box.buttonClicked.connect(lambda b: self._post(receipt_id, confirm=True) if b is receive else None)
        self.confirm_box = box
        box.open()

    def _post(self, receipt_id: int, *, confirm: bool) -> None:
        def done(view: ReceiptView) -> None:
            self._show_receipt(view)
            held = sum(line.doses for line in view.lines if line.hold)
            text = self.tr("Receipt %1 posted: %2 doses in stock").replace("%1", view.note_number).replace(
                "%2", fmt.integer(view.doses - held)
            )
            if held:
                text += " " + self.tr("(%1 doses held in quarantine)").replace("%1", fmt.integer(held))
            self.strip.show_ok(text)
            self.show_document()

        self._ops.write(
            lambda app: receiving.post(app, receipt_id, confirm_short_dated=confirm),
            done,
            failure=self._strip_failure,
            changes={"stock", "receiving"},
            label=self.tr("Posting the receipt…"),
            parent=self,
        )

    def cancel_draft(self) -> None:
        view = self._receipt
        if view is None or view.status != DRAFT:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Cancel draft"))
        box.setText(self.tr("Cancel the draft for delivery note %1?").replace("%1", view.note_number))
        box.setInformativeText(self.tr("Nothing of it is received; its scanned packs can be scanned again."))
        yes = box.addButton(self.tr("Cancel draft"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        receipt_id = view.id
        box.buttonClicked.connect(lambda b: self._cancel(receipt_id) if b is yes else None)
        self.confirm_box = box
        box.open()

    def _cancel(self, receipt_id: int) -> None:
        def done(view: ReceiptView) -> None:
            self.list_model.update_receipt(view)
            self._show_receipt(None)
            self.strip.show_ok(self.tr("Draft %1 cancelled").replace("%1", view.note_number))

        self._ops.write(
            lambda app: receiving.cancel(app, receipt_id),
            done,
            failure=self._strip_failure,
            changes={"receiving"},
            label=self.tr("Cancelling the draft…"),
            parent=self,
        )

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

    # ------------------------------------------------------------------ thawing

    def thaw_selected(self) -> None:
        view = self._receipt
        line = self.selected_line()
        if view is None or line is None or view.status != POSTED or not self._line_thawable(line):
            return
        product = next((p for p in self._products if p.id == line.product_id), None)
        location = line.location_code or view.location_code

        def find(app: App) -> list[StockRow]:
            rows = queries.stock_rows(app, StockFilter(product_id=line.product_id, text=line.batch))
            return [
                r
                for r in rows
                if r.lot_id == line.lot_id and r.location_code == location and r.thawed_on is None
            ]

        def found(rows: list[StockRow]) -> None:
            if not rows:
                self._refuse(
                    self.tr("No frozen stock of batch %1 is left at %2.").replace("%1", line.batch).replace(
                        "%2", view.location_name
                    )
                )
                return
            dialog = ThawDialog(self._ops, StockTarget.from_row(rows[0], product), self._ops.app.today(), self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.done_value.connect(
                lambda posted: self.strip.show_ok(
                    self.tr("%1 doses of batch %2 thawed").replace("%1", fmt.integer(posted.doses)).replace(
                        "%2", posted.batch
                    )
                )
            )
            self.thaw_dialog = dialog
            dialog.open()

        self._ops.query(find, found, parent=self)

    # ------------------------------------------------------------------ feedback

    def _refuse(self, text: str) -> None:
        self.strip.show_error(text)
        QApplication.beep()

    def _strip_failure(self, exc: BaseException) -> bool:
        """A refusal goes to the strip, never to a dialog; a bug to the standard error box."""
        if isinstance(exc, DomainError):
            self._refuse(labels.error_text(exc))
            return True
        return False


__all__ = [
    "DateEdit",
    "ImportPreviewDialog",
    "NewReceiptDialog",
    "ReceivingPage",
    "ScanStrip",
    "parse_date",
]
