"""Entering counts on the Stocktake page: a typed figure, a reason, a scanned pack, a
count file.  Each is one call of the stocktake service (an edit saves that line, a file
is taken whole or not at all), off the GUI thread, answered in the page's strip.

What must hold: a scan never opens a dialog (a person scanning a shelf must not be
stopped); a scan that does not parse, or comes with no open count, adds nothing and says
why with a beep; a reason "Other" waits for its text (the service refuses it without)
and the text cell is opened for it.  Every scan is answered once, on :attr:`handled`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from pharmacy_app.domain import gs1
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.domain.stocktake import OPEN
from pharmacy_app.domain.stocktake_reasons import StocktakeReason
from pharmacy_app.services.stocktake import CountEntry, LineView, StocktakeView
from pharmacy_app.ui import fmt, labels
from pharmacy_app.ui.common.scan_capture import MAX_SCAN_LENGTH
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import stocktake as stocktake_ops

if TYPE_CHECKING:
    from pharmacy_app.services.stocktake_scan import CountScan
    from pharmacy_app.ui.stocktake.page import StocktakePage


class Counting(QObject):
    """Saves what is typed or scanned into the open count."""

    handled = Signal(object)  # CountScan, or None when the scan added nothing

    def __init__(self, ops: Operations, page: StocktakePage):
        super().__init__(page)
        self._ops = ops
        self._page = page
        self._pending_reason: dict[int, str] = {}  # line id -> "ANDET" waiting for its text
        self._scans = 0

    def pending_scans(self) -> int:
        return self._scans

    def _open_view(self) -> StocktakeView | None:
        view = self._page.view
        return view if view is not None and view.status == OPEN else None

    def _entry(self, line: LineView, **kw: object) -> CountEntry:
        row = self._page.lines_table.lines_model.row_of(line.line_id) + 1
        return CountEntry(
            row=row,
            varenummer=line.varenummer,
            batch=line.batch,
            thawed_on=line.thawed_on,
            **kw,  # type: ignore[arg-type]
        )

    def _save(self, entry: CountEntry, done_text: str) -> None:
        view = self._open_view()
        if view is None:
            return
        page = self._page

        def done(result: StocktakeView) -> None:
            page.show_view(result)
            page.strip.show_ok(done_text)

        stocktake_ops.record_counts(page, view.id, [entry]).success(done).failure(
            page.strip.show_failure
        ).run(self._ops, self.tr("Saving the count…"))

    # ------------------------------------------------------------------ typed

    def count(self, line: LineView, units: int) -> None:
        text = (
            self.tr("%1 %2: %3 counted")
            .replace("%1", line.product)
            .replace("%2", line.batch)
            .replace("%3", fmt.integer(units))
        )
        self._save(self._entry(line, units=units), text)

    def reason(self, line: LineView, code: str) -> None:
        if not code:
            return
        if code == StocktakeReason.ANDET and not line.reason_text:
            self._pending_reason[line.line_id] = code
            self._page.strip.show_idle(
                self.tr("Other: write in Reason text why %1 %2 differs, then press Enter.")
                .replace("%1", line.product)
                .replace("%2", line.batch)
            )
            self._page.lines_table.edit_reason_text(line.line_id)
            return
        self._pending_reason.pop(line.line_id, None)
        self._save(
            self._entry(line, units=None, reason_code=code, reason_text=line.reason_text),
            self.tr("Reason saved for %1 %2").replace("%1", line.product).replace("%2", line.batch),
        )

    def reason_text(self, line: LineView, text: str) -> None:
        code = self._pending_reason.pop(line.line_id, None) or line.reason_code
        if code is None:
            self._page.strip.refuse(self.tr("Choose the reason first, then write the text."))
            return
        self._save(
            self._entry(line, units=None, reason_code=code, reason_text=text),
            self.tr("Reason saved for %1 %2").replace("%1", line.product).replace("%2", line.batch),
        )

    # ------------------------------------------------------------------ scanned

    def scan(self, text: str) -> None:
        page = self._page
        view = self._open_view()
        if view is None:
            page.strip.refuse(
                self.tr(
                    "Scanned, but no count is open: open a count or start one with New count (Ctrl+N)."
                )
            )
            self.handled.emit(None)
            return
        self._scans += 1

        def done(outcome: CountScan) -> None:
            self._scans -= 1
            page.show_view(outcome.view)
            line = outcome.line
            page.lines_table.select_line(line.line_id)
            found = self.tr(" – not expected here, added as found") if outcome.found else ""
            page.strip.show_ok(
                self.tr("+%1 %2 of %3 %4 (%5 counted)")
                .replace("%1", fmt.integer(outcome.units_added))
                .replace("%2", labels.form_name(line.unit))
                .replace("%3", line.product)
                .replace("%4", line.batch)
                .replace("%5", fmt.integer(line.counted_units or 0))
                + found
            )
            self.handled.emit(outcome)

        def failed(exc: BaseException) -> bool:
            self._scans -= 1
            shown = page.strip.show_failure(exc)
            self.handled.emit(None)
            return shown

        stocktake_ops.scan(page, view.id, text).success(done).failure(failed).run(
            self._ops, self.tr("Recording the scan…")
        )

    def broken(self, text: str, too_long: bool) -> None:
        """A scan cut off by another key: nothing is added, and it says so."""
        problem = gs1.broken_scan(text, MAX_SCAN_LENGTH if too_long else None)
        self._page.strip.refuse(labels.problem_text(problem))
        self.handled.emit(None)

    # ------------------------------------------------------------------ a count file

    def import_file(self, path: Path) -> None:
        view = self._open_view()
        if view is None:
            return
        page = self._page

        def done(result: StocktakeView) -> None:
            page.show_view(result)
            counted = len(result.lines) - result.uncounted
            page.strip.show_ok(
                self.tr("%1 read: %2 of %3 lots counted")
                .replace("%1", path.name)
                .replace("%2", fmt.integer(counted))
                .replace("%3", fmt.integer(len(result.lines)))
            )

        def failed(exc: BaseException) -> bool:
            if not isinstance(exc, DomainError):
                return False
            page.strip.refuse(
                self.tr("%1 was not read: nothing of it is counted.").replace("%1", path.name)
            )
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Count file refused"), "", parent=page
            )
            box.setObjectName("countFileRefused")
            box.setText(
                self.tr("%1 was not read; fix these rows and import it again:").replace(
                    "%1", path.name
                )
            )
            box.setInformativeText("\n".join(labels.problem_text(p) for p in exc.problems[:12]))
            if len(exc.problems) > 12:
                box.setDetailedText(labels.error_text(exc))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            page.import_refusal = box
            box.open()
            return True

        stocktake_ops.import_counts(page, view.id, path).success(done).failure(failed).run(
            self._ops, self.tr("Reading the count file…")
        )
