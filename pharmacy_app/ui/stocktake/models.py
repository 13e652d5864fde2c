"""The Stocktake page's tables: the list of counts, and the lines of the open count.

What must hold: the lines shown are the count as the service last returned it; a cell
edited asks the page for a change (a signal) and changes nothing itself, the service's
answer replaces the rows.  A blind count's hidden figures read "hidden", never 0; a
difference is shown only once its line is counted.  Lines with a difference are tinted,
those needing a second person's approval more strongly, so they are seen at a glance.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QColor

from pharmacy_app.domain.stocktake import CANCELLED, FRIDGE, FROZEN, OPEN, POSTED
from pharmacy_app.domain.stocktake_reasons import StocktakeReason, reason_label
from pharmacy_app.services.stocktake import LineView, StocktakeHead, StocktakeSummary
from pharmacy_app.ui import fmt, labels
from pharmacy_app.ui.common.table_models import RIGHT, Column, RowsModel

DIFF_BG = QColor("#fff4cf")  # a difference to explain
APPROVAL_BG = QColor("#fbd9b0")  # a difference a second person must approve
MATCH_BG = QColor("#e3f4e5")  # counted, no difference
HIDDEN_FG = QColor("#6b7280")
MISSING_FG = QColor("#9b1c1c")  # a reason still to give
OPEN_FG = QColor("#8a5a00")
POSTED_FG = QColor("#1c6b2a")
CANCELLED_FG = QColor("#6b7280")
MINUS = "\u2212"


def status_text(status: str) -> str:
    if status == OPEN:
        return QCoreApplication.translate("StocktakeModel", "Open")
    if status == POSTED:
        return QCoreApplication.translate("StocktakeModel", "Posted")
    if status == CANCELLED:
        return QCoreApplication.translate("StocktakeModel", "Cancelled")
    return status


def status_colour(status: str) -> QColor:
    return {OPEN: OPEN_FG, POSTED: POSTED_FG}.get(status, CANCELLED_FG)


def storage_text(storage: str | None) -> str:
    if storage == FROZEN:
        return QCoreApplication.translate("StocktakeModel", "Freezer")
    if storage == FRIDGE:
        return QCoreApplication.translate("StocktakeModel", "Fridge 2–8 °C")
    return storage or ""


def scope_text(head: StocktakeHead) -> str:
    """What a count covers, in a few words: "Whole stock", its filters, or the lots a
    cycle count was started with."""
    if head.cycle:
        return QCoreApplication.translate("StocktakeModel", "Cycle count: chosen lots")
    parts = []
    if head.programme_code:
        parts.append(QCoreApplication.translate("StocktakeModel", "Programme %1").replace("%1", head.programme_code))
    if head.varenummer:
        parts.append(QCoreApplication.translate("StocktakeModel", "Item %1").replace("%1", head.varenummer))
    if head.storage:
        parts.append(storage_text(head.storage))
    return " · ".join(parts) or QCoreApplication.translate("StocktakeModel", "Whole stock")


def reason_text(code: str | None) -> str:
    return reason_label(code, fmt.language()) if code else ""


def reason_codes() -> list[StocktakeReason]:
    return list(StocktakeReason)


def signed(n: int) -> str:
    """``+5``, ``−5`` (a real minus sign), ``0``."""
    if n > 0:
        return "+" + fmt.integer(n)
    if n < 0:
        return MINUS + fmt.integer(-n)
    return "0"


def expected_units(doses: int, per_unit: int) -> str:
    """Expected doses in the unit the counter counts (vials, syringes), so the figure
    stands beside the count; part of an opened vial as a decimal."""
    if per_unit <= 0:
        return fmt.integer(doses)
    if doses % per_unit == 0:
        return fmt.integer(doses // per_unit)
    return fmt.quantity(doses / per_unit, 1)


def units_of(doses: int, per_unit: int) -> str:
    """Doses as whole units, signed; empty when not whole (an opened vial)."""
    if per_unit <= 0 or doses % per_unit:
        return ""
    return signed(doses // per_unit)


class CountsModel(RowsModel[StocktakeSummary]):
    """Every count, open ones first."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent=parent)
        hidden = self.tr("hidden")
        self.columns = [
            Column(self.tr("No."), key=lambda r: r.id, align=RIGHT),
            Column(self.tr("Place"), key=lambda r: r.location_name, tip=lambda r: r.location_code),
            Column(self.tr("Scope"), text=scope_text),
            Column(
                self.tr("Blind"),
                key=lambda r: r.blind,
                text=lambda r: self.tr("Blind") if r.blind else "",
            ),
            Column(
                self.tr("Started"),
                key=lambda r: r.started_at,
                text=lambda r: fmt.datetime_text(r.started_at),
            ),
            Column(self.tr("By"), key=lambda r: r.started_by),
            Column(
                self.tr("Status"),
                key=lambda r: r.status,
                text=lambda r: status_text(r.status),
                foreground=lambda r: status_colour(r.status),
                bold=lambda r: r.status == OPEN,
            ),
            Column(
                self.tr("Lots"),
                key=lambda r: r.lines,
                text=lambda r: fmt.integer(r.lines),
                align=RIGHT,
            ),
            Column(
                self.tr("Counted"),
                key=lambda r: r.counted,
                text=lambda r: fmt.integer(r.counted),
                align=RIGHT,
            ),
            Column(
                self.tr("Differences"),
                key=lambda r: -1 if r.differences is None else r.differences,
                text=lambda r: (
                    ("" if r.status == CANCELLED else hidden)
                    if r.differences is None
                    else fmt.integer(r.differences)
                ),
                align=RIGHT,
                foreground=lambda r: HIDDEN_FG if r.differences is None else None,
            ),
        ]

    def set_counts(self, counts: list[StocktakeSummary]) -> None:
        ordered = sorted(counts, key=lambda c: (c.status != OPEN, -c.id))
        self.set_rows(ordered, key=lambda c: c.id)


class LinesModel(RowsModel[LineView]):
    """The lines of one count as the stocktake service returned them."""

    (PRODUCT, BATCH, EXPIRY, THAWED, UNIT, EXPECTED, COUNTED, DOSES, DIFF, DIFF_UNITS, REASON, REASON_TEXT, MOVED, BY) = range(14)  # fmt: skip

    count_entered = Signal(object, int)  # LineView, whole units
    reason_chosen = Signal(object, str)  # LineView, reason code ("" for none)
    reason_text_entered = Signal(object, str)  # LineView, text

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent=parent)
        self._open = False
        self._revealed = True
        hidden = self.tr("hidden")
        hidden_tip = self.tr(
            "Blind count: hidden from the counter until a reviewer shows the expected figures"
        )
        approval_tip = self.tr(
            "The difference is above the approval threshold: a second person must approve it"
        )

        def shown(value: int | None, text: str) -> str:
            return hidden if value is None and not self._revealed else text

        def hidden_fg(_r: LineView) -> QColor | None:
            return HIDDEN_FG if not self._revealed else None

        def diff_tip(r: LineView) -> str:
            if not self._revealed:
                return hidden_tip
            return approval_tip if r.needs_approval else ""

        self.columns = [
            Column(
                self.tr("Product"),
                key=lambda r: r.product,
                text=lambda r: r.product + (self.tr(" (found)") if r.unexpected else ""),
                tip=lambda r: (
                    self.tr("Item no. %1").replace("%1", r.varenummer)
                    + (
                        "\n" + self.tr("Not expected here: found while counting")
                        if r.unexpected
                        else ""
                    )
                    + ("\n" + self.tr("Recalled batch") if r.recalled else "")
                ),
                bold=lambda r: r.unexpected,
            ),
            Column(self.tr("Batch"), key=lambda r: r.batch),
            Column(
                self.tr("Expiry"), key=lambda r: r.expiry, text=lambda r: fmt.date_text(r.expiry)
            ),
            Column(
                self.tr("Thawed"),
                key=lambda r: r.thawed_on,
                text=lambda r: fmt.date_text(r.thawed_on),
            ),
            Column(self.tr("Unit"), key=lambda r: labels.form_name(r.unit)),
            Column(
                self.tr("Expected"),
                key=lambda r: r.expected_doses,
                header_tip=self.tr(
                    "Units the ledger held here when the count started, in the unit counted"
                ),
                text=lambda r: shown(
                    r.expected_doses, expected_units(r.expected_doses or 0, r.doses_per_unit)
                ),
                align=RIGHT,
                foreground=hidden_fg,
                tip=lambda r: (
                    self.tr("%Ln dose(s)", None, r.expected_doses or 0)
                    if self._revealed
                    else hidden_tip
                ),
            ),
            Column(
                self.tr("Counted"),
                key=lambda r: r.counted_units,
                header_tip=self.tr("Whole vials, syringes or applicators counted"),
                text=lambda r: "" if r.counted_units is None else fmt.integer(r.counted_units),
                align=RIGHT,
                bold=lambda r: True,
                edit=lambda r: r.counted_units,
                editable=lambda r: self._open,
                set_value=self._set_count,
                tip=lambda r: (
                    self.tr("Type the whole units counted and press Enter, or scan each pack")
                    if self._open
                    else ""
                ),
            ),
            Column(
                self.tr("Doses"),
                key=lambda r: r.counted_doses,
                header_tip=self.tr("Doses counted: the units counted times doses per unit"),
                text=lambda r: "" if r.counted_doses is None else fmt.integer(r.counted_doses),
                align=RIGHT,
            ),
            Column(
                self.tr("Diff. doses"),
                key=lambda r: r.difference_doses,
                text=lambda r: (
                    ""
                    if not r.counted
                    else shown(r.difference_doses, signed(r.difference_doses or 0))
                ),
                align=RIGHT,
                bold=lambda r: bool(r.difference_doses),
                background=self._diff_background,
                foreground=hidden_fg,
                tip=diff_tip,
                header_tip=self.tr("Counted minus expected and moved during, in doses"),
            ),
            Column(
                self.tr("Diff. units"),
                key=lambda r: r.difference_doses,
                text=lambda r: (
                    ""
                    if r.difference_doses is None
                    else units_of(r.difference_doses, r.doses_per_unit)
                ),
                align=RIGHT,
                background=self._diff_background,
            ),
            Column(
                self.tr("Reason"),
                key=lambda r: r.reason_code or "",
                text=lambda r: reason_text(r.reason_code),
                edit=lambda r: r.reason_code or "",
                editable=self._explainable,
                set_value=self._set_reason,
                background=lambda r: (
                    DIFF_BG if self._explainable(r) and not r.reason_code else None
                ),
                tip=lambda r: (
                    self.tr("Choose why the count differs")
                    if self._explainable(r) and not r.reason_code
                    else ""
                ),
            ),
            Column(
                self.tr("Reason text"),
                key=lambda r: r.reason_text,
                edit=lambda r: r.reason_text,
                editable=self._explainable,
                set_value=self._set_reason_text,
                tip=lambda r: r.reason_text,
            ),
            Column(
                self.tr("Moved during"),
                key=lambda r: r.moved_during_doses,
                text=lambda r: shown(
                    r.moved_during_doses,
                    signed(r.moved_during_doses) if r.moved_during_doses else "",
                ),
                align=RIGHT,
                foreground=hidden_fg,
                header_tip=self.tr(
                    "Doses of the lot moved in or out of this place since the count started and before it was "
                    "counted: the difference accounts for them"
                ),
            ),
            Column(self.tr("Counted by"), key=lambda r: r.counted_by or ""),
        ]

    def set_view(self, rows: list[LineView], *, editable: bool, revealed: bool) -> None:
        self._open = editable
        self._revealed = revealed
        self.set_rows(rows, key=lambda r: r.line_id)

    def row_id(self, row: LineView) -> object:
        return row.line_id

    def _diff_background(self, r: LineView) -> QColor | None:
        if r.difference_doses is None:
            return None
        if r.needs_approval:
            return APPROVAL_BG
        return DIFF_BG if r.difference_doses else MATCH_BG

    def _explainable(self, r: LineView) -> bool:
        """A reason can be given: the count is open and the line differs (shown)."""
        return self._open and bool(r.difference_doses)

    def _set_count(self, row: LineView, value: Any) -> bool:
        try:
            units = int(value)
        except (TypeError, ValueError):
            return False
        if units != row.counted_units:
            self.count_entered.emit(row, units)
        return False

    def _set_reason(self, row: LineView, value: Any) -> bool:
        code = str(value or "")
        if code != (row.reason_code or ""):
            self.reason_chosen.emit(row, code)
        return False

    def _set_reason_text(self, row: LineView, value: Any) -> bool:
        text = str(value or "").strip()
        if text != row.reason_text:
            self.reason_text_entered.emit(row, text)
        return False
