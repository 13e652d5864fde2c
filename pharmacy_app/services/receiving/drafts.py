"""A draft receipt and its lines: start (or reopen) the draft for a delivery note, add,
change and remove typed lines, cancel.

A draft is not stock.  A note already received is refused for a new draft; a frozen
product arriving at 2-8 °C is taken as thawed on the delivery day; fewer packs than
were scanned forget the last scans, so that each pack is counted once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain.catalog import check_batch
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.ledger import check_packs
from pharmacy_app.domain.localtime import local_day
from pharmacy_app.domain.messages.terms import Term
from pharmacy_app.domain.roles import Role
from pharmacy_app.domain.stock_rules import refuse, site_allowed
from pharmacy_app.domain.types import PHARMACY_KIND
from pharmacy_app.services.app import App
from pharmacy_app.services.permissions import requires
from pharmacy_app.services.receiving.queries import get_receipt, view
from pharmacy_app.services.receiving.rules import default_condition
from pharmacy_app.services.receiving.views import (
    CANCELLED,
    CONDITIONS,
    DRAFT,
    FRIDGE,
    FROZEN,
    POSTED,
    ReceiptView,
)
from pharmacy_app.services.records import location_record
from pharmacy_app.services.reference import home_pharmacy, location_by_code, product_by_key


def draft_receipt(session: Session, receipt_id: int) -> m.Receipt:
    receipt = get_receipt(session, receipt_id)
    if receipt.status != DRAFT:
        raise fail("receipt_not_draft", note=receipt.note_number, status=receipt.status)
    return receipt


def refuse_received_note(session: Session, note_number: str) -> None:
    done = session.scalars(
        select(m.Receipt).where(m.Receipt.note_number == note_number, m.Receipt.status == POSTED)
    ).first()
    if done is not None:
        raise fail(
            "note_already_received",
            note=note_number,
            when=local_day(done.posted_at or done.created_at),
            by=done.posted_by or done.created_by,
        )


@requires(Role.STAFF)
@declares(Change.RECEIVING)
def start(
    app: App,
    note_number: str,
    delivered_on: date | None = None,
    location_code: str | None = None,
    source: str = "typed",
) -> ReceiptView:
    """Start (or reopen) the draft receipt for a delivery note number."""
    note_number = note_number.strip()
    if not 0 < len(note_number) <= 40:
        raise fail("note_number_invalid")
    now = app.now()
    today = local_day(now)
    with app.db.write() as s:
        refuse_received_note(s, note_number)
        existing = s.scalars(
            select(m.Receipt).where(m.Receipt.note_number == note_number, m.Receipt.status == DRAFT)
        ).first()
        if existing is not None:
            return view(s, existing, today)
        pharmacy = location_by_code(s, location_code) if location_code else home_pharmacy(s)
        refuse(
            site_allowed(location_record(pharmacy), {PHARMACY_KIND}, Term.ACTION_RECEIVING_FROM_SSI)
        )
        receipt = m.Receipt(
            note_number=note_number,
            delivered_on=delivered_on or today,
            location_id=pharmacy.id,
            location=pharmacy,
            status=DRAFT,
            source=source,
            created_by=app.user,
            created_at=now,
            comment="",
        )
        s.add(receipt)
        s.flush()
        return view(s, receipt, today)


def new_line(
    session: Session,
    receipt: m.Receipt,
    product: m.Product,
    batch: str,
    expiry: date,
    packs: int,
    condition: str | None,
    thawed_on: date | None,
    hold: bool,
    hold_reason: str,
    note: str,
) -> m.ReceiptLine:
    """Add a line after the receipt's last and write it."""
    line_no = 1 + max((line.line_no for line in receipt.lines), default=0)
    new = make_line(
        receipt, line_no, product, batch, expiry, packs, condition, thawed_on, hold,
        hold_reason, note,
    )  # fmt: skip
    line = m.ReceiptLine(receipt=receipt, product=product, **new.row())
    session.add(line)
    session.flush()
    return line


@dataclass
class NewLine:
    """A checked line not yet written: a plain object, as an import makes 10,000 of them
    (an ORM object each costs far more) and writes them with one statement once posted."""

    receipt_id: int
    line_no: int
    product: m.Product
    batch: str
    expiry: date
    packs: int
    condition: str
    thawed_on: date | None
    hold: bool
    hold_reason: str
    note: str

    @property
    def product_id(self) -> int:
        return self.product.id

    def row(self, lot_id: int | None = None, movement_id: int | None = None) -> dict[str, object]:
        """The line's columns, as the receipt_line table names them."""
        return {
            "receipt_id": self.receipt_id,
            "line_no": self.line_no,
            "product_id": self.product.id,
            "batch": self.batch,
            "expiry": self.expiry,
            "packs": self.packs,
            "condition": self.condition,
            "thawed_on": self.thawed_on,
            "hold": self.hold,
            "hold_reason": self.hold_reason,
            "note": self.note,
            "lot_id": lot_id,
            "movement_id": movement_id,
        }


def make_line(
    receipt: m.Receipt,
    line_no: int,
    product: m.Product,
    batch: str,
    expiry: date,
    packs: int,
    condition: str | None,
    thawed_on: date | None,
    hold: bool,
    hold_reason: str,
    note: str,
) -> NewLine:
    """A checked line numbered ``line_no``, not yet written."""
    check_packs(packs)
    condition = condition or default_condition(product)
    if condition not in CONDITIONS:
        raise fail("condition_unknown", condition=condition)
    if condition == FRIDGE and thawed_on is None and default_condition(product) == FROZEN:
        thawed_on = receipt.delivered_on  # a frozen product arriving at 2-8 °C is thawed
    return NewLine(
        receipt_id=receipt.id,
        line_no=line_no,
        product=product,
        batch=check_batch(batch),
        expiry=expiry,
        packs=packs,
        condition=condition,
        thawed_on=thawed_on,
        hold=hold,
        hold_reason=hold_reason.strip(),
        note=note.strip(),
    )


@requires(Role.STAFF)
@declares(Change.RECEIPT_DRAFT)
def add_line(
    app: App,
    receipt_id: int,
    *,
    product: str | int,
    batch: str,
    expiry: date,
    packs: int,
    condition: str | None = None,
    thawed_on: date | None = None,
    hold: bool = False,
    hold_reason: str = "",
    note: str = "",
) -> ReceiptView:
    """Add a typed line (or merge into an identical one)."""
    with app.db.write() as s:
        receipt = draft_receipt(s, receipt_id)
        prod = product_by_key(s, product)
        new_line(
            s, receipt, prod, batch, expiry, packs, condition, thawed_on, hold, hold_reason, note
        )
        s.refresh(receipt)
        return view(s, receipt, app.today())


@requires(Role.STAFF)
@declares(Change.RECEIPT_DRAFT)
def update_line(
    app: App,
    line_id: int,
    *,
    packs: int | None = None,
    condition: str | None = None,
    hold: bool | None = None,
    hold_reason: str | None = None,
    note: str | None = None,
) -> ReceiptView:
    with app.db.write() as s:
        line = s.get(m.ReceiptLine, line_id)
        if line is None:
            raise fail("line_unknown", line=line_id)
        receipt = draft_receipt(s, line.receipt_id)
        if packs is not None:
            check_packs(packs)
            scanned = s.scalar(
                select(func.count())
                .select_from(m.ReceiptScan)
                .where(m.ReceiptScan.line_id == line.id)
            )
            line.packs = packs
            if scanned and packs < scanned:
                # Fewer packs than scanned: forget the last scans so each pack is counted once.
                extra = s.scalars(
                    select(m.ReceiptScan)
                    .where(m.ReceiptScan.line_id == line.id)
                    .order_by(m.ReceiptScan.id.desc())
                    .limit(scanned - packs)
                ).all()
                for scan in extra:
                    s.delete(scan)
        if condition is not None:
            if condition not in CONDITIONS:
                raise fail("condition_unknown", condition=condition)
            line.condition = condition
            frozen_product = default_condition(line.product) == FROZEN
            line.thawed_on = (
                receipt.delivered_on if (condition == FRIDGE and frozen_product) else None
            )
        if hold is not None:
            line.hold = hold
        if hold_reason is not None:
            line.hold_reason = hold_reason.strip()
        if note is not None:
            line.note = note.strip()
        s.flush()
        s.refresh(receipt)
        return view(s, receipt, app.today())


@requires(Role.STAFF)
@declares(Change.RECEIPT_DRAFT)
def remove_line(app: App, line_id: int) -> ReceiptView:
    with app.db.write() as s:
        line = s.get(m.ReceiptLine, line_id)
        if line is None:
            raise fail("line_unknown", line=line_id)
        receipt = draft_receipt(s, line.receipt_id)
        for scan in s.scalars(select(m.ReceiptScan).where(m.ReceiptScan.line_id == line.id)):
            s.delete(scan)
        s.flush()
        receipt.lines.remove(line)
        s.flush()
        s.refresh(receipt)
        return view(s, receipt, app.today())


@requires(Role.STAFF)
@declares(Change.RECEIVING)
def cancel(app: App, receipt_id: int) -> ReceiptView:
    """Abandon a draft; its scanned serials are freed for another receipt."""
    with app.db.write() as s:
        receipt = draft_receipt(s, receipt_id)
        for scan in s.scalars(select(m.ReceiptScan).where(m.ReceiptScan.receipt_id == receipt.id)):
            s.delete(scan)
        receipt.status = CANCELLED
        s.flush()
        return view(s, receipt, app.today())
