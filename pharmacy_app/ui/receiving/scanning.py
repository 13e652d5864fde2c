"""Packs scanned onto the open draft receipt: each read (wherever the keyboard is on the
page, :mod:`pharmacy_app.ui.common.scan_capture`) is booked by the receiving service as
one more pack of its line, and answered in the page's strip.

What must hold: a scan never opens a dialog (a person scanning a box of packs must not be
stopped by one); a bad scan, a scan cut off by another key, or a scan with no draft open
is said in the strip with a beep and adds nothing; every scan is answered once, on
:attr:`ReceiptScanning.handled`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from pharmacy_app.domain import gs1
from pharmacy_app.services.receiving import DRAFT, ScanOutcome
from pharmacy_app.ui import fmt, labels
from pharmacy_app.ui.common.scan_capture import MAX_SCAN_LENGTH
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import receiving as receiving_ops

if TYPE_CHECKING:
    from pharmacy_app.ui.receiving.page import ReceivingPage


class ReceiptScanning(QObject):
    """Books the Receiving page's scans; counts those still on their way."""

    handled = Signal(object)  # ScanOutcome, or None when nothing could be booked

    def __init__(self, ops: Operations, page: ReceivingPage):
        super().__init__(page)
        self._ops = ops
        self._page = page
        self._pending = 0

    def pending(self) -> int:
        return self._pending

    def scan(self, text: str) -> None:
        """One scanner read: add the pack to the open draft, or say why not."""
        page = self._page
        view = page.receipt
        if view is None or view.status != DRAFT:
            problem_text = (
                self.tr("Scanned, but no draft receipt is open: start one with New receipt (Ctrl+N) and scan again.")
                if view is None
                else self.tr("Receipt %1 is posted; start a new receipt to scan more packs.").replace(
                    "%1", view.note_number
                )
            )
            page.strip.refuse(problem_text)
            self.handled.emit(None)
            return
        receipt_id = view.id
        self._pending += 1

        def done(outcome: ScanOutcome) -> None:
            self._pending -= 1
            self._done(receipt_id, outcome)

        def failed(exc: BaseException) -> bool:
            self._pending -= 1
            handled = page.strip.show_failure(exc)
            self.handled.emit(None)
            return handled

        receiving_ops.scan(page, receipt_id, text).success(done).failure(failed).run(
            self._ops, self.tr("Recording the scan…")
        )

    def broken(self, text: str, too_long: bool) -> None:
        """A scan cut off by another key (or far too long): nothing is added, and it says so."""
        problem = gs1.broken_scan(text, MAX_SCAN_LENGTH if too_long else None)
        self._page.strip.refuse(labels.problem_text(problem))
        self.handled.emit(ScanOutcome(None, problem=problem))

    def _done(self, receipt_id: int, outcome: ScanOutcome) -> None:
        page = self._page
        current = page.receipt
        if outcome.receipt is not None and current is not None and outcome.receipt.id == current.id:
            page.show_receipt(outcome.receipt)
        elif outcome.receipt is not None:
            page.receipts.update_receipt(outcome.receipt)
        lines_model = page.lines_table.lines_model
        if outcome.problem is not None:
            page.strip.refuse(labels.problem_text(outcome.problem))
            lines_model.set_highlight(None)
        else:
            line = next(
                (x for x in (outcome.receipt.lines if outcome.receipt else []) if x.id == outcome.line_id), None
            )
            if line is not None:
                lines_model.set_highlight(line.id)
                if current is not None and current.id == receipt_id:
                    page.select_line(line.id)
                page.strip.show_ok(
                    self.tr("+1 pack %1 %2 (%3 in total)")
                    .replace("%1", line.product)
                    .replace("%2", line.batch)
                    .replace("%3", fmt.integer(line.packs))
                )
        self.handled.emit(outcome)
