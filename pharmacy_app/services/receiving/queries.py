"""Reading receipts: one receipt with its lines checked as of a day, and the list of
receipts (newest first).  Every receiving use case returns its receipt through
:func:`view`; a draft's lines carry their problems and warnings, a posted line where it
went (the pharmacy or its quarantine).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain.errors import Problem, fail
from pharmacy_app.services.app import App
from pharmacy_app.services.receiving.rules import LineFacts, line_checks, use_by_of
from pharmacy_app.services.receiving.views import DRAFT, LineView, ReceiptView


def get_receipt(session: Session, receipt_id: int) -> m.Receipt:
    receipt = session.get(m.Receipt, receipt_id)
    if receipt is None:
        raise fail("receipt_unknown", receipt=receipt_id)
    return receipt


def view(session: Session, receipt: m.Receipt, on: date) -> ReceiptView:
    """The receipt as a record; a draft's lines checked as of ``on``."""
    scan_counts = dict(
        session.execute(
            select(m.ReceiptScan.line_id, func.count())
            .where(m.ReceiptScan.receipt_id == receipt.id)
            .group_by(m.ReceiptScan.line_id)
        ).all()
    )
    posted_to = _posted_to(session, receipt)
    lines = []
    for line in receipt.lines:
        problems, warnings = line_checks(session, line, on) if receipt.status == DRAFT else ([], [])
        lines.append(
            line_view(
                line,
                line.id,
                line.lot_id,
                posted_to.get(line.id),
                int(scan_counts.get(line.id, 0)),
                problems,
                warnings,
            )
        )
    return receipt_view(receipt, lines)


class ShownLine(LineFacts, Protocol):
    """What a line's view shows besides what the checks read."""

    @property
    def line_no(self) -> int: ...
    @property
    def packs(self) -> int: ...
    @property
    def note(self) -> str: ...


def line_view(
    line: ShownLine,
    line_id: int,
    lot_id: int | None,
    location_code: str | None,
    scans: int = 0,
    problems: Sequence[Problem] = (),
    warnings: Sequence[Problem] = (),
) -> LineView:
    """A line as a record: a stored one, or one an import has just written."""
    p = line.product
    return LineView(
        id=line_id,
        line_no=line.line_no,
        product_id=p.id,
        varenummer=p.varenummer,
        gtin=p.gtin,
        product=p.name,
        programme_code=p.programme_code,
        batch=line.batch,
        expiry=line.expiry,
        packs=line.packs,
        doses_per_pack=p.doses_per_unit * p.units_per_pack,
        condition=line.condition,
        thawed_on=line.thawed_on,
        use_by=use_by_of(line),
        hold=line.hold,
        hold_reason=line.hold_reason,
        note=line.note,
        scans=scans,
        problems=tuple(problems),
        warnings=tuple(warnings),
        lot_id=lot_id,
        location_code=location_code,
        product_short=p.short_name,
    )


def receipt_view(receipt: m.Receipt, lines: list[LineView]) -> ReceiptView:
    return ReceiptView(
        id=receipt.id,
        note_number=receipt.note_number,
        delivered_on=receipt.delivered_on,
        status=receipt.status,
        source=receipt.source,
        location_code=receipt.location.code,
        location_name=receipt.location.name,
        created_by=receipt.created_by,
        created_at=receipt.created_at,
        posted_by=receipt.posted_by,
        posted_at=receipt.posted_at,
        comment=receipt.comment,
        lines=lines,
    )


def _posted_to(session: Session, receipt: m.Receipt) -> dict[int, str]:
    """Where each posted line of the receipt went, by line id (one query for all)."""
    rows = session.execute(
        select(m.ReceiptLine.id, m.Location.code)
        .join(m.Movement, m.Movement.id == m.ReceiptLine.movement_id)
        .join(m.Location, m.Location.id == m.Movement.to_location_id)
        .where(m.ReceiptLine.receipt_id == receipt.id)
    )
    return {line_id: code for line_id, code in rows}


def get(app: App, receipt_id: int) -> ReceiptView:
    with app.db.read() as s:
        return view(s, get_receipt(s, receipt_id), app.today())


def list_receipts(app: App, status: str | None = None, limit: int = 200) -> list[ReceiptView]:
    """Receipts, newest first, without checking their lines (cheap, for lists)."""
    with app.db.read() as s:
        q = (
            select(m.Receipt)
            .order_by(m.Receipt.created_at.desc(), m.Receipt.id.desc())
            .limit(limit)
        )
        if status:
            q = q.where(m.Receipt.status == status)
        today = app.today()
        return [view(s, r, today) for r in s.scalars(q)]
