"""The Receiving page's writes: draft receipts and their lines, posting, importing a note.

A draft's lines change only the draft (``Change.RECEIPT_DRAFT``): the page shows the view
the write returns.  Releasing and thawing stock are in :mod:`pharmacy_app.ui.ops.stock`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QWidget

from pharmacy_app.services import receiving_import
from pharmacy_app.services.receiving import drafts, posting, scanning
from pharmacy_app.services.receiving.views import ReceiptView, ScanOutcome
from pharmacy_app.ui.ops.service_op import ServiceOp


def start_receipt(parent: QWidget, note_number: str, delivered_on: date) -> ServiceOp[ReceiptView]:
    return ServiceOp.call(parent, drafts.start, note_number, delivered_on)


def add_line(
    parent: QWidget,
    receipt_id: int,
    *,
    product: str | int,
    batch: str,
    expiry: date,
    packs: int,
    condition: str | None,
    hold: bool,
    hold_reason: str,
) -> ServiceOp[ReceiptView]:
    return ServiceOp.call(
        parent,
        drafts.add_line,
        receipt_id,
        product=product,
        batch=batch,
        expiry=expiry,
        packs=packs,
        condition=condition,
        hold=hold,
        hold_reason=hold_reason,
    )


def scan(parent: QWidget, receipt_id: int, text: str) -> ServiceOp[ScanOutcome]:
    return ServiceOp.call(parent, scanning.scan, receipt_id, text)


def update_line(
    parent: QWidget,
    line_id: int,
    *,
    packs: int | None = None,
    condition: str | None = None,
    hold: bool | None = None,
    hold_reason: str | None = None,
) -> ServiceOp[ReceiptView]:
    return ServiceOp.call(
        parent, drafts.update_line, line_id, packs=packs, condition=condition, hold=hold, hold_reason=hold_reason
    )


def remove_line(parent: QWidget, line_id: int) -> ServiceOp[ReceiptView]:
    return ServiceOp.call(parent, drafts.remove_line, line_id)


def post_receipt(parent: QWidget, receipt_id: int, *, confirm_short_dated: bool) -> ServiceOp[ReceiptView]:
    return ServiceOp.call(parent, posting.post, receipt_id, confirm_short_dated=confirm_short_dated)


def cancel_receipt(parent: QWidget, receipt_id: int) -> ServiceOp[ReceiptView]:
    return ServiceOp.call(parent, drafts.cancel, receipt_id)


def import_note(parent: QWidget, path: Path, *, confirm_short_dated: bool) -> ServiceOp[ReceiptView]:
    return ServiceOp.call(parent, receiving_import.import_note, path, confirm_short_dated=confirm_short_dated)
