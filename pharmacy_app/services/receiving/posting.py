"""Posting a receipt: every line into the ledger in one transaction, or nothing.

Each line becomes a RECEIPT movement SSI → the pharmacy (or its quarantine, for a line
on hold), reference = the note number, into its lot (found or created; the thawed part
for a line that arrives thawed).  Any refused line refuses the whole receipt; short-
dated lots need the user's confirmation; a note is never received twice.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.errors import DomainError, Problem, fail
from pharmacy_app.domain.localtime import local_day
from pharmacy_app.domain.types import MovementKind, VirtualLocation
from pharmacy_app.services import ledger
from pharmacy_app.services.app import App
from pharmacy_app.services.receiving.drafts import draft_receipt, refuse_received_note
from pharmacy_app.services.receiving.quarantine import quarantine_for
from pharmacy_app.services.receiving.queries import view
from pharmacy_app.services.receiving.rules import line_checks
from pharmacy_app.services.receiving.thawing import thawed_lot
from pharmacy_app.services.receiving.views import POSTED, ReceiptView
from pharmacy_app.services.reference import virtual
from pharmacy_app.services.stock import find_or_create_lot


@declares(Change.STOCK | Change.RECEIVING)
def post(app: App, receipt_id: int, *, confirm_short_dated: bool = False) -> ReceiptView:
    """Put every line into stock in one transaction, or nothing if any line is refused."""
    now = app.now()
    with app.db.write() as s:
        receipt = draft_receipt(s, receipt_id)
        post_in_session(s, receipt, user=app.user, now=now, confirm_short_dated=confirm_short_dated)
        return view(s, receipt, local_day(now))


def post_in_session(
    s: Session, receipt: m.Receipt, *, user: str, now: datetime, confirm_short_dated: bool
) -> None:
    """Post a draft inside the caller's transaction (the importer creates and posts in one)."""
    refuse_received_note(s, receipt.note_number)
    if not receipt.lines:
        raise fail("receipt_empty", note=receipt.note_number)
    problems: list[Problem] = []
    warnings: list[Problem] = []
    today = local_day(now)
    for line in receipt.lines:
        p, w = line_checks(s, line, today)
        problems += p
        warnings += w
    if problems:
        raise DomainError(problems)
    if warnings and not confirm_short_dated:
        raise DomainError(warnings)
    ssi = virtual(s, VirtualLocation.SSI)
    pharmacy = receipt.location
    for line in receipt.lines:
        lot = find_or_create_lot(s, line.product, line.batch, line.expiry, now)
        if line.thawed_on is not None:
            lot = thawed_lot(s, lot, line.thawed_on, now)
        destination = quarantine_for(s, pharmacy) if line.hold else pharmacy
        mv = ledger.post(
            s,
            kind=MovementKind.RECEIPT,
            lot=lot,
            source=ssi,
            destination=destination,
            doses=line.packs * line.product.doses_per_unit * line.product.units_per_pack,
            user=user,
            now=now,
            reference=receipt.note_number,
            note=line.hold_reason if line.hold else line.note,
        )
        line.lot_id = lot.id
        line.movement_id = mv.id
    receipt.status = POSTED
    receipt.posted_by = user
    receipt.posted_at = now
    s.flush()
