"""Qt item models for the Receiving page: the receipts on the left, one receipt's lines.

Both show plain data the receiving service returned (:class:`ReceiptView`,
:class:`LineView`); neither reads the database.  Editing a line in the table (packs,
storage condition, hold and its reason) does not change the model: it emits
:attr:`ReceiptLinesModel.edit_requested`, the page asks the service, and the model is
given the receipt the service returns.  So the table always shows what is stored.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypedDict

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Signal
from PySide6.QtGui import QColor, QIcon
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
from pharmacy_app.ui.common.table_models import RIGHT, Column, RowsModel, styled_font
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


class LineChange(TypedDict, total=False):
    """A change to a draft line the table asks for (the receiving service's keywords)."""

    packs: int
    condition: str
    hold: bool
    hold_reason: str


class ReceiptLinesModel(RowsModel[LineView]):
    """The lines of one receipt, as the receiving service returned them."""

    NO, PRODUCT, ITEM_NO, BATCH, EXPIRY, USE_BY, CONDITION, PACKS, DOSES, SCANS, HOLD, CHECK = range(12)
    EDITABLE = frozenset({PACKS, CONDITION, HOLD})

    # line id, the LineChange: {"packs": n} | {"condition": c} | {"hold": b, "hold_reason": r}
    edit_requested = Signal(int, object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent=parent)
        self._receipt: ReceiptView | None = None
        self._today: date | None = None  # given with the rows: no clock is read here
        self._highlight: int | None = None
        hold_tip = self.tr(
            "On hold: received into quarantine, not pickable until released "
            "(tick to hold, F2 to give the reason)"
        )
        condition_tip = self.tr("Storage condition on arrival (double-click or F2 to change)")
        editable = self._editable
        scanned = self._scanned
        problems = self._problems_tip

        def column(title: str, text: Callable[[LineView], str], marked: Callable[[LineView], QColor | None] = _no_colour,
                   after: Callable[[LineView], QColor | None] = _no_colour, **more: Any) -> Column[LineView]:
            """A line's cell: red over the line with a problem; then its own mark (``marked``);
            amber when the line has a warning; then what the column shows of itself (``after``)."""
            return Column(title, text=text, background=lambda line: _background(line, marked, after), **more)

        self.columns = [
            column(self.tr("No."), lambda line: str(line.line_no), marked=scanned, align=RIGHT, tip=problems,
                   header_tip=self.tr("Line number on this receipt")),
            column(self.tr("Product"), lambda line: line.product_short or line.product, tip=self._product_tip),
            column(self.tr("Item no."), lambda line: line.varenummer,
                   header_tip=self.tr("SSI item number (varenummer)")),
            column(self.tr("Batch"), lambda line: line.batch, tip=problems),
            column(self.tr("Expiry"), lambda line: fmt.date_text(line.expiry),
                   header_tip=self.tr("The manufacturer's expiry date")),
            column(self.tr("Use by"), lambda line: fmt.date_text(line.use_by),
                   after=lambda line: self._use_by_colour(line, EXPIRED_BG, SOON_BG),
                   foreground=lambda line: self._use_by_colour(line, EXPIRED_FG, SOON_FG),
                   tip=lambda line: QCoreApplication.translate(
                       "ReceivingModel", "Earlier than the expiry date because the stock is thawed"
                   ) if line.use_by != line.expiry else None,
                   header_tip=self.tr("Use by: the expiry date, or earlier once thawed")),
            column(self.tr("Storage"), condition_text, tip=lambda line: self._condition_tip(line, condition_tip),
                   edit=lambda line: line.condition, editable=editable, set_value=self._set_condition,
                   header_tip=condition_tip),
            column(self.tr("Packs"), lambda line: fmt.integer(line.packs), marked=scanned, align=RIGHT,
                   bold=lambda line: line.id == self._highlight,
                   edit=lambda line: line.packs, editable=editable, set_value=self._set_packs,
                   header_tip=self.tr("Packs received (double-click or F2 to change)")),
            column(self.tr("Doses"), lambda line: fmt.integer(line.doses), align=RIGHT,
                   tip=lambda line: QCoreApplication.translate("ReceivingModel", "%1 doses per pack").replace(
                       "%1", fmt.integer(line.doses_per_pack))),
            column(self.tr("Scans"), lambda line: fmt.integer(line.scans) if line.scans else "", marked=scanned,
                   align=RIGHT, foreground=lambda _line: MUTED_FG,
                   header_tip=self.tr("Packs counted by scanning their barcode")),
            column(self.tr("Hold"), self._hold_text, marked=lambda line: HELD_BG if line.hold else None,
                   foreground=lambda line: HELD_FG if line.hold else None,
                   font=lambda line: styled_font(bold=True, italic=True) if line.hold else None,
                   tip=lambda line: held_tooltip() + "\n" + self._hold_text(line) if line.hold else hold_tip,
                   check=lambda line: line.hold, set_check=self._set_hold,
                   edit=lambda line: line.hold_reason, editable=editable, set_value=self._set_hold_reason,
                   header_tip=hold_tip),
            column(self.tr("Warnings"), self._check_text, tip=problems, decoration=_check_icon,
                   foreground=lambda line: PROBLEM_FG if line.problems else SOON_FG if line.warnings else None,
                   header_tip=self.tr("Problems refuse posting; warnings need a confirmation")),
        ]

    # ------------------------------------------------------------------ state

    @property
    def receipt(self) -> ReceiptView | None:
        return self._receipt

    @property
    def editable(self) -> bool:
        return self._receipt is not None and self._receipt.status == DRAFT

    def set_receipt(self, receipt: ReceiptView | None, today: date) -> None:
        self._today = today
        same = receipt is not None and self._receipt is not None and receipt.id == self._receipt.id
        self._receipt = receipt
        lines = list(receipt.lines) if receipt is not None else []
        if same and [line.id for line in lines] == [line.id for line in self._rows]:
            self.set_rows(lines, key=lambda line: line.id)  # the same lines: repainted in place
            return
        if self._highlight not in {line.id for line in lines}:
            self._highlight = None
        self.set_rows(lines)

    def set_highlight(self, line_id: int | None) -> None:
        """Mark the line the last scan counted (green packs and scans)."""
        old = self.row_of(self._highlight) if self._highlight is not None else -1
        self._highlight = line_id
        for row in (old, self.row_of(line_id) if line_id is not None else -1):
            self.repaint_rows(row, row)

    @property
    def highlight(self) -> int | None:
        return self._highlight

    def line_at(self, row: int) -> LineView | None:
        line: LineView | None = self.row_at(row)
        return line

    # ------------------------------------------------------------------ edits asked for

    def _editable(self, _line: LineView) -> bool:
        return self.editable

    def _set_packs(self, line: LineView, value: Any) -> bool:
        try:
            packs = int(value)
        except (TypeError, ValueError):
            return False
        if packs == line.packs:
            return False
        self.edit_requested.emit(line.id, {"packs": packs})
        return True

    def _set_condition(self, line: LineView, value: Any) -> bool:
        if value not in (FROZEN, FRIDGE) or value == line.condition:
            return False
        self.edit_requested.emit(line.id, {"condition": value})
        return True

    def _set_hold(self, line: LineView, hold: bool) -> bool:
        if hold == line.hold:
            return False
        self.edit_requested.emit(line.id, {"hold": hold})
        return True

    def _set_hold_reason(self, line: LineView, value: Any) -> bool:
        reason = str(value or "").strip()
        if reason == line.hold_reason and (line.hold or not reason):
            return False
        # Giving a reason puts the line on hold; clearing it does not take it off.
        change: LineChange = {"hold_reason": reason}
        if reason:
            change["hold"] = True
        self.edit_requested.emit(line.id, change)
        return True

    # ------------------------------------------------------------------ cells

    def _scanned(self, line: LineView) -> QColor | None:
        return SCANNED_BG if line.id == self._highlight else None

    def _use_by_colour(self, line: LineView, expired: QColor, soon: QColor) -> QColor | None:
        state = use_by_state(line.use_by, self._today)
        return expired if state == "expired" else soon if state == "soon" else None

    @staticmethod
    def _hold_text(line: LineView) -> str:
        if not line.hold:
            return ""
        return line.hold_reason or QCoreApplication.translate("ReceivingModel", "reason missing")

    def _check_text(self, line: LineView) -> str:
        found = list(line.problems) or list(line.warnings)
        if not found:
            return ""
        more = len(line.problems) + len(line.warnings) - 1
        first = self.short_problem(found[0])
        return first if more <= 0 else first + " " + self.tr("(+%Ln more)", None, more)

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

    @staticmethod
    def _problems_tip(line: LineView) -> str | None:
        parts = [f"✖ {t}" for t in problem_texts(line)] + [f"⚠ {t}" for t in warning_texts(line)]
        return "\n".join(parts) or None

    @staticmethod
    def _product_tip(line: LineView) -> str:
        item_no = QCoreApplication.translate("ReceivingModel", "Item no.")
        text = f"{line.product}\n{item_no} {line.varenummer}"
        if line.gtin:
            text += f" · GTIN {line.gtin}"
        return text

    @staticmethod
    def _condition_tip(line: LineView, otherwise: str) -> str:
        if line.thawed_on is None:
            return otherwise
        return QCoreApplication.translate("ReceivingModel", "Received thawed on %1; use by %2").replace(
            "%1", fmt.date_text(line.thawed_on)
        ).replace("%2", fmt.date_text(line.use_by))


def _no_colour(_line: LineView) -> None:
    return None


def _background(
    line: LineView, marked: Callable[[LineView], QColor | None], after: Callable[[LineView], QColor | None]
) -> QColor | None:
    if line.problems:
        return PROBLEM_BG
    colour = marked(line)
    if colour is not None:
        return colour
    return WARNING_BG if line.warnings else after(line)


def _check_icon(line: LineView) -> QIcon | None:
    if line.problems:
        return _icon(QStyle.StandardPixmap.SP_MessageBoxCritical)
    if line.warnings:
        return _icon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    return None


class ReceiptListModel(RowsModel[ReceiptView]):
    """Open drafts first, then the most recent posted receipts."""

    NOTE, DELIVERED, LINES, STATUS = range(4)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent=parent)
        tip = self._tooltip
        draft = self._is_draft
        self.columns = [
            Column(self.tr("Delivery note"), text=lambda r: r.note_number, tip=tip, bold=draft),
            Column(self.tr("Delivered"), text=lambda r: fmt.date_text(r.delivered_on), tip=tip),
            Column(self.tr("Lines"), text=lambda r: fmt.integer(len(r.lines)), align=RIGHT, tip=tip),
            Column(self.tr("Status"), text=lambda r: status_text(r.status), tip=tip, bold=draft,
                   foreground=lambda r: status_colour(r.status)),
        ]

    def set_receipts(self, receipts: list[ReceiptView]) -> None:
        shown = [r for r in receipts if r.status != CANCELLED]
        drafts = [r for r in shown if r.status == DRAFT]
        others = [r for r in shown if r.status != DRAFT]
        self.set_rows(drafts + others)

    def update_receipt(self, receipt: ReceiptView) -> None:
        """One receipt changed (a scan, a new line): update its row, or add it on top."""
        i = self.row_of(receipt.id)
        if i >= 0:
            if receipt.status == CANCELLED:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                self.endRemoveRows()
            else:
                self.replace_row(i, receipt)
            return
        if receipt.status == CANCELLED:
            return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, receipt)
        self.endInsertRows()

    def receipt_at(self, row: int) -> ReceiptView | None:
        receipt: ReceiptView | None = self.row_at(row)
        return receipt

    @staticmethod
    def _is_draft(r: ReceiptView) -> bool:
        return r.status == DRAFT

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
