"""Qt item models for the Receiving page: the receipts on the left, one receipt's lines.

Both show plain data the receiving service returned (:class:`ReceiptView`,
:class:`LineView`); neither reads the database.  Editing a line in the table (packs,
storage condition, hold and its reason) does not change the model: it emits
:attr:`ReceiptLinesModel.edit_requested`, the page asks the service, and the model is
given the receipt the service returns.  So the table always shows what is stored.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from pharmacy_app.domain.errors import Problem
from pharmacy_app.services.receiving import (
    CANCELLED,
    DRAFT,
    FRIDGE,
    FROZEN,
    POSTED,
    LineView,
    ReceiptView,
)
from pharmacy_app.ui import fmt, labels
from pharmacy_app.ui.common.table_models import ROW_ROLE, Index, TableModel, bold_font
from pharmacy_app.ui.stock.marks import (
    EXPIRED_BG,
    EXPIRED_FG,
    HELD_BG,
    HELD_FG,
    MUTED_FG,
    SOON_BG,
    SOON_FG,
    held_tooltip,
    use_by_state,
)

_CENTER = int(Qt.AlignmentFlag.AlignCenter)

PROBLEM_BG = QColor("#fbe3e4")
PROBLEM_FG = QColor("#8f1218")
WARNING_BG = QColor("#fff4cf")
SCANNED_BG = QColor("#d9f2dc")
DRAFT_FG = QColor("#8a5a00")
POSTED_FG = QColor("#1c6b2a")


def status_colour(status: str) -> QColor:
    """A receipt's status colour: amber while a draft, green once posted, grey otherwise."""
    return DRAFT_FG if status == DRAFT else POSTED_FG if status == POSTED else MUTED_FG


def status_text(status: str) -> str:
    if status == DRAFT:
        return QCoreApplication.translate("ReceivingModel", "Draft")
    if status == POSTED:
        return QCoreApplication.translate("ReceivingModel", "Posted")
    if status == CANCELLED:
        return QCoreApplication.translate("ReceivingModel", "Cancelled")
    return status


def condition_name(condition: str) -> str:
    if condition == FROZEN:
        return QCoreApplication.translate("ReceivingModel", "Frozen")
    if condition == FRIDGE:
        return QCoreApplication.translate("ReceivingModel", "2–8 °C")
    return condition


def condition_text(line: LineView) -> str:
    if line.condition == FRIDGE and line.thawed_on is not None:
        return QCoreApplication.translate("ReceivingModel", "Thawed")
    return condition_name(line.condition)


def problem_texts(line: LineView) -> list[str]:
    return [labels.problem_text(p) for p in line.problems]


def warning_texts(line: LineView) -> list[str]:
    return [labels.problem_text(p) for p in line.warnings]


def _icon(pixmap: QStyle.StandardPixmap) -> QIcon:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return QIcon()
    return app.style().standardIcon(pixmap)


class ReceiptLinesModel(TableModel):
    """The lines of one receipt, as the receiving service returned them."""

    NO, PRODUCT, ITEM_NO, BATCH, EXPIRY, USE_BY, CONDITION, PACKS, DOSES, SCANS, HOLD, CHECK = range(12)
    COLUMN_COUNT = 12
    NUMERIC = frozenset({NO, PACKS, DOSES, SCANS})
    EDITABLE = frozenset({PACKS, CONDITION, HOLD})

    # line id, {"packs": int} | {"condition": str} | {"hold": bool, "hold_reason": str}
    edit_requested = Signal(int, object)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._receipt: ReceiptView | None = None
        self._rows: list[LineView] = []
        self._today: date | None = None  # given with the rows: no clock is read here
        self._highlight: int | None = None
        self._headers = [
            self.tr("No."),
            self.tr("Product"),
            self.tr("Item no."),
            self.tr("Batch"),
            self.tr("Expiry"),
            self.tr("Use by"),
            self.tr("Storage"),
            self.tr("Packs"),
            self.tr("Doses"),
            self.tr("Scans"),
            self.tr("Hold"),
            self.tr("Warnings"),
        ]
        self._tips = {
            self.NO: self.tr("Line number on this receipt"),
            self.ITEM_NO: self.tr("SSI item number (varenummer)"),
            self.EXPIRY: self.tr("The manufacturer's expiry date"),
            self.USE_BY: self.tr("Use by: the expiry date, or earlier once thawed"),
            self.CONDITION: self.tr("Storage condition on arrival (double-click or F2 to change)"),
            self.PACKS: self.tr("Packs received (double-click or F2 to change)"),
            self.SCANS: self.tr("Packs counted by scanning their barcode"),
            self.HOLD: self.tr(
                "On hold: received into quarantine, not pickable until released "
                "(tick to hold, F2 to give the reason)"
            ),
            self.CHECK: self.tr("Problems refuse posting; warnings need a confirmation"),
        }

    # ------------------------------------------------------------------ state

    @property
    def receipt(self) -> ReceiptView | None:
        return self._receipt

    @property
    def editable(self) -> bool:
        return self._receipt is not None and self._receipt.status == DRAFT

    def set_receipt(self, receipt: ReceiptView | None, today: date) -> None:
        self._today = today
        same = (
            receipt is not None
            and self._receipt is not None
            and receipt.id == self._receipt.id
            and [line.id for line in receipt.lines] == [line.id for line in self._rows]
        )
        if same:
            assert receipt is not None
            self._receipt = receipt
            self._rows = list(receipt.lines)
            if self._rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMN_COUNT - 1)
                )
            return
        self.beginResetModel()
        self._receipt = receipt
        self._rows = list(receipt.lines) if receipt is not None else []
        if receipt is None or self._highlight not in {line.id for line in self._rows}:
            self._highlight = None
        self.endResetModel()

    def set_highlight(self, line_id: int | None) -> None:
        """Mark the line the last scan counted (green packs and scans)."""
        old = self.row_of(self._highlight) if self._highlight is not None else -1
        self._highlight = line_id
        for row in (old, self.row_of(line_id) if line_id is not None else -1):
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMN_COUNT - 1))

    @property
    def highlight(self) -> int | None:
        return self._highlight

    def line_at(self, row: int) -> LineView | None:
        return self.row_at(row)

    # ------------------------------------------------------------------ Qt model

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() in self.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
            if index.column() == self.HOLD:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, col)
        if role == Qt.ItemDataRole.EditRole:
            if col == self.PACKS:
                return line.packs
            if col == self.CONDITION:
                return line.condition
            if col == self.HOLD:
                return line.hold_reason
            return self._display(line, col)
        if role == ROW_ROLE:
            return line
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(col)
        if role == Qt.ItemDataRole.CheckStateRole and col == self.HOLD:
            return Qt.CheckState.Checked if line.hold else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and col == self.CHECK:
            if line.problems:
                return _icon(QStyle.StandardPixmap.SP_MessageBoxCritical)
            if line.warnings:
                return _icon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(line, col)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(line, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(line, col)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(line, col)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.editable:
            return False
        line = self.line_at(index.row())
        if line is None:
            return False
        col = index.column()
        if col == self.PACKS and role == Qt.ItemDataRole.EditRole:
            try:
                packs = int(value)
            except (TypeError, ValueError):
                return False
            if packs == line.packs:
                return False
            self.edit_requested.emit(line.id, {"packs": packs})
            return True
        if col == self.CONDITION and role == Qt.ItemDataRole.EditRole:
            if value not in (FROZEN, FRIDGE) or value == line.condition:
                return False
            self.edit_requested.emit(line.id, {"condition": value})
            return True
        if col == self.HOLD and role == Qt.ItemDataRole.CheckStateRole:
            hold = _checked(value)
            if hold == line.hold:
                return False
            self.edit_requested.emit(line.id, {"hold": hold})
            return True
        if col == self.HOLD and role == Qt.ItemDataRole.EditRole:
            reason = str(value or "").strip()
            if reason == line.hold_reason and (line.hold or not reason):
                return False
            # Giving a reason puts the line on hold; clearing it does not take it off.
            change: dict[str, Any] = {"hold_reason": reason}
            if reason:
                change["hold"] = True
            self.edit_requested.emit(line.id, change)
            return True
        return False

    # ------------------------------------------------------------------ cells

    def _display(self, line: LineView, col: int) -> str:
        if col == self.NO:
            return str(line.line_no)
        if col == self.PRODUCT:
            return line.product_short or line.product
        if col == self.ITEM_NO:
            return line.varenummer
        if col == self.BATCH:
            return line.batch
        if col == self.EXPIRY:
            return fmt.date_text(line.expiry)
        if col == self.USE_BY:
            return fmt.date_text(line.use_by)
        if col == self.CONDITION:
            return condition_text(line)
        if col == self.PACKS:
            return fmt.integer(line.packs)
        if col == self.DOSES:
            return fmt.integer(line.doses)
        if col == self.SCANS:
            return fmt.integer(line.scans) if line.scans else ""
        if col == self.HOLD:
            if not line.hold:
                return ""
            return line.hold_reason or QCoreApplication.translate("ReceivingModel", "reason missing")
        if col == self.CHECK:
            found = list(line.problems) or list(line.warnings)
            if not found:
                return ""
            more = len(line.problems) + len(line.warnings) - 1
            first = self.short_problem(found[0])
            return first if more <= 0 else first + " " + self.tr("(+%Ln more)", None, more)
        return ""

    def short_problem(self, problem: Problem) -> str:
        """A few words for the last column; the whole text is in its tooltip."""
        code = problem.code
        if code == "short_dated":
            return self.tr("Short-dated (%Ln day(s))", None, int(problem.params.get("days", 0)))
        if code == "lot_expired":
            return self.tr("Expired")
        if code == "hold_reason_required":
            return self.tr("Hold needs a reason")
        if code == "lot_expiry_mismatch":
            return self.tr("Expiry differs from the known lot")
        if code == "product_inactive":
            return self.tr("Product not in use")
        if code == "not_a_frozen_product":
            return self.tr("Not a frozen product")
        return labels.problem_text(problem)

    def _tooltip(self, line: LineView, col: int) -> str | None:
        if col == self.CHECK or (col in (self.NO, self.BATCH) and (line.problems or line.warnings)):
            parts = [f"✖ {t}" for t in problem_texts(line)] + [f"⚠ {t}" for t in warning_texts(line)]
            return "\n".join(parts) or None
        if col == self.PRODUCT:
            item_no = QCoreApplication.translate("ReceivingModel", "Item no.")
            text = f"{line.product}\n{item_no} {line.varenummer}"
            if line.gtin:
                text += f" · GTIN {line.gtin}"
            return text
        if col == self.HOLD:
            if line.hold:
                return held_tooltip() + "\n" + (line.hold_reason or QCoreApplication.translate("ReceivingModel", "reason missing"))
            return self._tips[self.HOLD]
        if col == self.CONDITION:
            if line.thawed_on is not None:
                return QCoreApplication.translate("ReceivingModel", "Received thawed on %1; use by %2").replace(
                    "%1", fmt.date_text(line.thawed_on)
                ).replace("%2", fmt.date_text(line.use_by))
            return self._tips[self.CONDITION]
        if col == self.USE_BY and line.use_by != line.expiry:
            return QCoreApplication.translate("ReceivingModel", "Earlier than the expiry date because the stock is thawed")
        if col == self.DOSES:
            return QCoreApplication.translate("ReceivingModel", "%1 doses per pack").replace("%1", fmt.integer(line.doses_per_pack))
        return None

    def _background(self, line: LineView, col: int) -> QColor | None:
        if line.problems:
            return PROBLEM_BG
        if line.id == self._highlight and col in (self.PACKS, self.SCANS, self.NO):
            return SCANNED_BG
        if col == self.HOLD and line.hold:
            return HELD_BG
        if line.warnings:
            return WARNING_BG
        if col == self.USE_BY:
            state = use_by_state(line.use_by, self._today)
            if state == "expired":
                return EXPIRED_BG
            if state == "soon":
                return SOON_BG
        return None

    def _foreground(self, line: LineView, col: int) -> QColor | None:
        if col == self.CHECK and line.problems:
            return PROBLEM_FG
        if col == self.CHECK and line.warnings:
            return SOON_FG
        if col == self.HOLD and line.hold:
            return HELD_FG
        if col == self.USE_BY:
            state = use_by_state(line.use_by, self._today)
            if state == "expired":
                return EXPIRED_FG
            if state == "soon":
                return SOON_FG
        if col == self.SCANS:
            return MUTED_FG
        return None

    def _font(self, line: LineView, col: int) -> QFont | None:
        if col == self.HOLD and line.hold:
            font = QFont()
            font.setItalic(True)
            font.setBold(True)
            return font
        if line.id == self._highlight and col == self.PACKS:
            return bold_font()
        return None


def _checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    try:
        return int(value) == int(Qt.CheckState.Checked.value)
    except (TypeError, ValueError):
        return bool(value)


class ReceiptListModel(TableModel):
    """Open drafts first, then the most recent posted receipts."""

    NOTE, DELIVERED, LINES, STATUS = range(4)
    COLUMN_COUNT = 4
    NUMERIC = frozenset({LINES})

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[ReceiptView] = []
        self._headers = [self.tr("Delivery note"), self.tr("Delivered"), self.tr("Lines"), self.tr("Status")]

    def set_receipts(self, receipts: list[ReceiptView]) -> None:
        shown = [r for r in receipts if r.status != CANCELLED]
        drafts = [r for r in shown if r.status == DRAFT]
        others = [r for r in shown if r.status != DRAFT]
        self.beginResetModel()
        self._rows = drafts + others
        self.endResetModel()

    def update_receipt(self, receipt: ReceiptView) -> None:
        """One receipt changed (a scan, a new line): update its row, or add it on top."""
        for i, r in enumerate(self._rows):
            if r.id == receipt.id:
                if receipt.status == CANCELLED:
                    self.beginRemoveRows(QModelIndex(), i, i)
                    del self._rows[i]
                    self.endRemoveRows()
                    return
                self._rows[i] = receipt
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.COLUMN_COUNT - 1))
                return
        if receipt.status == CANCELLED:
            return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, receipt)
        self.endInsertRows()

    def receipt_at(self, row: int) -> ReceiptView | None:
        return self.row_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NOTE:
                return r.note_number
            if col == self.DELIVERED:
                return fmt.date_text(r.delivered_on)
            if col == self.LINES:
                return fmt.integer(len(r.lines))
            if col == self.STATUS:
                return status_text(r.status)
            return None
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(col)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.STATUS:
            return status_colour(r.status)
        if role == Qt.ItemDataRole.FontRole and r.status == DRAFT and col in (self.NOTE, self.STATUS):
            return bold_font()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r)
        return None

    def _tooltip(self, r: ReceiptView) -> str:
        doses = QCoreApplication.translate("ReceivingModel", "%Ln dose(s)", None, r.doses)
        packs = self.tr("%Ln pack(s)", None, r.packs)
        lines_count = self.tr("%Ln line(s)", None, len(r.lines))
        delivered = QCoreApplication.translate("ReceivingModel", "Delivered %1").replace(
            "%1", fmt.date_text(r.delivered_on)
        )
        lines = [f"{r.note_number} · {status_text(r.status)}", delivered, f"{lines_count} · {packs} · {doses}"]
        held = sum(1 for line in r.lines if line.hold)
        if held:
            lines.append(self.tr("%Ln line(s) on hold", None, held))
        if r.posted_at is not None:
            lines.append(
                QCoreApplication.translate("ReceivingModel", "Posted %1 by %2")
                .replace("%1", fmt.datetime_text(r.posted_at))
                .replace("%2", r.posted_by or "")
            )
        else:
            lines.append(
                QCoreApplication.translate("ReceivingModel", "Started %1 by %2")
                .replace("%1", fmt.datetime_text(r.created_at))
                .replace("%2", r.created_by)
            )
        return "\n".join(lines)

