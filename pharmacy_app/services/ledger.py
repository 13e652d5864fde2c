"""Posting movements: the one place that writes the ledger and the balance table.

Every service that changes stock calls :func:`post` inside its transaction.  It

1. takes the doses off the sending location's balance with a conditional UPDATE
   (``... WHERE doses >= n``), which both checks and locks; a CHECK constraint on the
   balance table backs this up;
2. adds them to the receiving location's balance (an upsert);
3. appends the movement with user, both timestamps, kind and reference;
4. refuses a movement into a month whose report to SSI is marked as sent, unless the
   caller gives a reason (``closed_month_reason``), which then goes into the note;
5. for a back-dated movement, replays the sending location's history of that lot and
   refuses it if the balance would have been negative at any moment after its date;
6. refuses doses, a balance, a user name or a reference past ``domain.limits``, and a
   naive datetime, with a message instead of a database error or a TypeError.

Any refusal raises :class:`DomainError`; the caller's transaction then rolls back whole.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import case, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.ledger import (
    Step,
    check_aware,
    check_doses,
    check_occurred,
    first_negative,
)
from pharmacy_app.domain.limits import (
    MAX_BALANCE_DOSES,
    MAX_REFERENCE,
    MAX_USER_NAME,
    check_text_length,
)
from pharmacy_app.domain.localtime import local_day, local_minute
from pharmacy_app.domain.messages.terms import Term
from pharmacy_app.domain.report_period import period_of
from pharmacy_app.domain.types import MovementKind
from pharmacy_app.services.reference import backdate_window_days

# A movement dated this much before it was recorded counts as back-dated.
BACKDATE_SLACK = timedelta(minutes=1)


def on_hand(session: Session, location_id: int, lot_id: int) -> int:
    value = session.scalar(
        select(m.StockBalance.doses).where(
            m.StockBalance.location_id == location_id, m.StockBalance.lot_id == lot_id
        )
    )
    return int(value or 0)


def _add_to_balance(session: Session, location: m.Location, lot: m.Lot, doses: int) -> None:
    """Add to a balance, unless it would pass ``MAX_BALANCE_DOSES``: the upsert updates
    only below the limit and returns the row it wrote, so no row back means refused
    (the CHECK constraint on the table is the backstop, and would give a raw error)."""
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    stmt = insert(m.StockBalance).values(location_id=location.id, lot_id=lot.id, doses=doses)
    upsert = stmt.on_conflict_do_update(
        index_elements=[m.StockBalance.location_id, m.StockBalance.lot_id],
        set_={"doses": m.StockBalance.doses + doses},
        where=m.StockBalance.doses <= MAX_BALANCE_DOSES - doses,
    ).returning(m.StockBalance.doses)
    if session.execute(upsert).first() is None:
        raise fail(
            "balance_too_large",
            doses=doses,
            batch=lot.batch,
            location=location.name,
            max=MAX_BALANCE_DOSES,
        )


def _take_from_balance(
    session: Session, location: m.Location, lot: m.Lot, doses: int
) -> None:
    result = session.execute(
        update(m.StockBalance)
        .where(
            m.StockBalance.location_id == location.id,
            m.StockBalance.lot_id == lot.id,
            m.StockBalance.doses >= doses,
        )
        .values(doses=m.StockBalance.doses - doses)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise fail(
            "insufficient_stock",
            on_hand=on_hand(session, location.id, lot.id),
            requested=doses,
            batch=lot.batch,
            product=lot.product.name,
            location=location.name,
        )


def history_steps(session: Session, location_id: int, lot_id: int) -> list[Step]:
    """The signed doses of every movement of ``lot_id`` in or out of ``location_id``."""
    delta = case(
        (m.Movement.to_location_id == location_id, m.Movement.doses),
        else_=-m.Movement.doses,
    )
    rows = session.execute(
        select(m.Movement.occurred_at, m.Movement.id, delta).where(
            m.Movement.lot_id == lot_id,
            or_(m.Movement.from_location_id == location_id, m.Movement.to_location_id == location_id),
        )
    )
    return [Step(occurred, seq, int(d)) for occurred, seq, d in rows]


def _closed_month_note(
    session: Session, occurred: datetime, note: str, reason: str | None
) -> str:
    """Refuse a movement into a month whose SSI report was sent, unless a reason is given;
    with a reason the movement goes in and its note says why."""
    period = period_of(occurred).text
    sent = session.execute(
        select(m.ReportArchive.sent_at, m.ReportArchive.sent_by)
        .where(m.ReportArchive.period == period)
        .order_by(m.ReportArchive.version.desc())
        .limit(1)
    ).first()
    if sent is None:
        return note
    reason = (reason or "").strip()
    if not reason:
        raise fail(
            "month_closed",
            period=period,
            when=local_minute(sent.sent_at),
            by=sent.sent_by,
        )
    return f"{note.strip()} [efter lukning: {reason}]".strip()


def post(
    session: Session,
    *,
    kind: MovementKind,
    lot: m.Lot,
    source: m.Location,
    destination: m.Location,
    doses: int,
    user: str,
    now: datetime,
    occurred_at: datetime | None = None,
    reference: str = "",
    reason_code: str | None = None,
    note: str = "",
    reverses_id: int | None = None,
    closed_month_reason: str | None = None,
    target_group: str | None = None,
) -> m.Movement:
    check_doses(doses)
    check_aware(now, "now")
    check_aware(occurred_at, "occurred_at")
    check_text_length(Term.FIELD_USER, user, MAX_USER_NAME)
    check_text_length(Term.FIELD_REFERENCE, reference.strip(), MAX_REFERENCE)
    if source.id == destination.id:
        raise fail("same_location", location=source.name)
    occurred = occurred_at or now
    check_occurred(occurred, now, backdate_window_days(session))
    note = _closed_month_note(session, occurred, note, closed_month_reason)

    if source.holds_stock:
        _take_from_balance(session, source, lot, doses)
    if destination.holds_stock:
        _add_to_balance(session, destination, lot, doses)

    movement = m.Movement(
        kind=kind.value,
        lot_id=lot.id,
        from_location_id=source.id,
        to_location_id=destination.id,
        doses=doses,
        occurred_at=occurred,
        recorded_at=now,
        user_name=user,
        reference=reference.strip(),
        reason_code=reason_code,
        note=note.strip(),
        reverses_id=reverses_id,
        target_group=target_group,
    )
    session.add(movement)
    session.flush()

    if source.holds_stock and occurred < now - BACKDATE_SLACK:
        breach = first_negative(history_steps(session, source.id, lot.id))
        if breach is not None:
            step, balance = breach
            raise fail(
                "balance_would_go_negative",
                occurred=local_day(occurred),
                location=source.name,
                balance=balance,
                batch=lot.batch,
                when=local_minute(step.occurred),
            )
    return movement
