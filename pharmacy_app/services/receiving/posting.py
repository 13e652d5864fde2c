"""Posting a receipt: every line into the ledger in one transaction, or nothing.

Each line becomes a RECEIPT movement SSI → the pharmacy (or its quarantine, for a line
on hold), reference = the note number, into its lot (found or created; the thawed part
for a line that arrives thawed).  Any refused line refuses the whole receipt; short-
dated lots need the user's confirmation; a note is never received twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.errors import DomainError, Problem, fail
from pharmacy_app.domain.localtime import local_day
from pharmacy_app.domain.roles import Role
from pharmacy_app.domain.types import MovementKind, VirtualLocation
from pharmacy_app.services import ledger
from pharmacy_app.services.app import App
from pharmacy_app.services.lots import find_or_create_lots, thawed_lots, unthawed_lots
from pharmacy_app.services.permissions import requires
from pharmacy_app.services.receiving.drafts import draft_receipt, refuse_received_note
from pharmacy_app.services.receiving.quarantine import quarantine_for
from pharmacy_app.services.receiving.queries import view
from pharmacy_app.services.receiving.rules import LineFacts, line_checks
from pharmacy_app.services.receiving.views import POSTED, ReceiptView
from pharmacy_app.services.reference import virtual


@requires(Role.STAFF)
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
    """Post a draft inside the caller's transaction."""
    refuse_received_note(s, receipt.note_number)
    lines = list(receipt.lines)
    posted = post_lines(
        s, receipt, lines, user=user, now=now, confirm_short_dated=confirm_short_dated
    )
    for line, (lot_id, movement_id) in zip(lines, posted, strict=True):
        line.lot_id = lot_id
        line.movement_id = movement_id
    receipt.status = POSTED
    receipt.posted_by = user
    receipt.posted_at = now
    s.flush()


def post_lines(
    s: Session,
    receipt: m.Receipt,
    lines: Sequence[LineToPost],
    *,
    user: str,
    now: datetime,
    confirm_short_dated: bool,
) -> list[tuple[int, int]]:
    """Check and post ``lines`` of ``receipt``; the lot and movement of each.  The caller
    records them on the lines and marks the receipt posted (the importer writes its lines
    only then).

    The known lots of all lines are looked up at once, the new ones created at once and
    every line posted with one call of the ledger, so a note of 10,000 lines takes a
    handful of statements."""
    if not lines:
        raise fail("receipt_empty", note=receipt.note_number)
    problems: list[Problem] = []
    warnings: list[Problem] = []
    today = local_day(now)
    known = unthawed_lots(s, ((line.product_id, line.batch) for line in lines))
    for line in lines:
        p, w = line_checks(s, line, today, known)
        problems += p
        warnings += w
    if problems:
        raise DomainError(problems)
    if warnings and not confirm_short_dated:
        raise DomainError(warnings)
    ssi = virtual(s, VirtualLocation.SSI)
    pharmacy = receipt.location
    held = quarantine_for(s, pharmacy) if any(line.hold for line in lines) else None
    wanted = [(ln.product, ln.batch, ln.expiry) for ln in lines]
    lots = find_or_create_lots(s, wanted, now, known)
    thawing = [(i, ln.thawed_on) for i, ln in enumerate(lines) if ln.thawed_on is not None]
    thawed = thawed_lots(s, [(lots[i], on) for i, on in thawing], now)
    for (i, _on), lot in zip(thawing, thawed, strict=True):
        lots[i] = lot
    postings = [
        ledger.Posting(
            kind=MovementKind.RECEIPT,
            lot=lot,
            source=ssi,
            destination=held if held is not None and line.hold else pharmacy,
            doses=line.packs * line.product.doses_per_unit * line.product.units_per_pack,
            reference=receipt.note_number,
            note=line.hold_reason if line.hold else line.note,
        )
        for line, lot in zip(lines, lots, strict=True)
    ]
    movement_ids = ledger.post_many(s, postings, user=user, now=now)
    return [(lot.id, movement_id) for lot, movement_id in zip(lots, movement_ids, strict=True)]


class LineToPost(LineFacts, Protocol):
    """What posting reads of a line besides what the checks read."""

    @property
    def product_id(self) -> int: ...
    @property
    def packs(self) -> int: ...
    @property
    def note(self) -> str: ...
