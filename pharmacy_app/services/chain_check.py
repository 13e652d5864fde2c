"""Verifying the audit chain: every movement and activity entry, in chain order.

One pass over both tables, each streamed in ``chain_seq`` order from the driver's cursor
(the unique indexes on ``chain_seq`` give the order without a sort) and merged: each
entry's hash is recomputed from its content and the previous hash and compared with
the stored one, the places must run 1, 2, 3, ... without a gap or a repeat, and the
stored head must be the last entry.  An entry without a place (inserted around the
application) is found first.  The FIRST entry that does not hold is reported, by id,
time and what differs (``domain.audit_chain.verify``); after it nothing can be trusted
anyway.  Called by the ledger check (``ledger_check.check_ledger``), the CLI ``check``
and the Audit page.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain.audit_chain import (
    ACTIVITY,
    ACTIVITY_FIELDS,
    MOVEMENT,
    MOVEMENT_FIELDS,
    Entry,
    Flaw,
    Head,
    utc_text,
    verify,
)
from pharmacy_app.domain.errors import Problem
from pharmacy_app.domain.messages.codes import Code
from pharmacy_app.services.app import App

Progress = Callable[[int, int], None]
_TIMES = {
    table: [i for i, name in enumerate(fields) if name in ("occurred_at", "recorded_at")]
    for table, fields in ((MOVEMENT, MOVEMENT_FIELDS), (ACTIVITY, ACTIVITY_FIELDS))
}


@dataclass(frozen=True)
class ChainReport:
    entries: int  # entries verified before the first flaw (or all)
    total: int  # movements and activity entries in the database
    flaw: Flaw | None

    @property
    def ok(self) -> bool:
        return self.flaw is None

    def problem(self) -> Problem:
        """What was found, as a message (the flaw, or that the chain is intact)."""
        f = self.flaw
        if f is None:
            return Problem(Code.CHAIN_INTACT, {"entries": self.entries})
        movement = f.table == MOVEMENT
        if f.what == "content":
            code = Code.CHAIN_MOVEMENT_CHANGED if movement else Code.CHAIN_ACTIVITY_CHANGED
            return Problem(code, {"ident": f.row_id, "when": f.occurred_at, "number": f.seq})
        if f.what == "unchained":
            code = Code.CHAIN_MOVEMENT_UNCHAINED if movement else Code.CHAIN_ACTIVITY_UNCHAINED
            return Problem(code, {"ident": f.row_id, "when": f.occurred_at})
        if f.what == "gap":
            return Problem(Code.CHAIN_MISSING, {"number": f.seq, "next": f.next_seq})
        if f.what == "duplicate":
            return Problem(Code.CHAIN_DUPLICATE, {"number": f.seq})
        return Problem(Code.CHAIN_HEAD_MISMATCH, {"number": f.seq, "last": f.next_seq})


def check_chain(app: App, progress: Progress | None = None) -> ChainReport:
    """Verify the whole chain in one read transaction (one snapshot on PostgreSQL)."""
    with app.db.read() as s:
        if s.get_bind().dialect.name == "postgresql":
            s.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        return verify_session(s, progress)


def verify_session(session: Session, progress: Progress | None = None) -> ChainReport:
    head_row = session.execute(select(m.ChainHead.seq, m.ChainHead.hash)).first()
    head = Head(int(head_row.seq), str(head_row.hash)) if head_row else Head()
    total = _count(session, "movement") + _count(session, "activity")
    unchained = _unchained(session)
    if unchained is not None:
        return ChainReport(0, total, unchained)
    merged = heapq.merge(
        _entries(session, MOVEMENT, "movement", "occurred_at"),
        _entries(session, ACTIVITY, "activity", "occurred_at"),
        key=lambda e: e.seq or 0,
    )
    checked, flaw = verify(_counting(merged, total, progress), head)
    return ChainReport(checked, total, flaw)


def _count(session: Session, table: str) -> int:
    return int(session.connection().exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() or 0)


def _unchained(session: Session) -> Flaw | None:
    """A movement without a place (the activity table's column cannot be empty)."""
    row = session.execute(
        select(m.Movement.id, m.Movement.occurred_at)
        .where(m.Movement.chain_seq.is_(None))
        .order_by(m.Movement.id)
        .limit(1)
    ).first()
    return Flaw("unchained", 0, MOVEMENT, int(row.id), row.occurred_at) if row else None


def _entries(session: Session, table: str, name: str, time_column: str) -> Iterator[Entry]:
    """The table's entries in chain order, straight from the driver's cursor."""
    fields = (MOVEMENT_FIELDS if table == MOVEMENT else ACTIVITY_FIELDS)[1:]
    sql = (
        f"SELECT id, chain_seq, hash, {time_column}, {', '.join(fields)} FROM {name} "
        "WHERE chain_seq IS NOT NULL ORDER BY chain_seq"
    )
    times = [i - 1 for i in _TIMES[table]]  # positions among ``fields``
    driver: Any = session.connection().connection.dbapi_connection
    postgres = session.get_bind().dialect.name == "postgresql"
    cursor = driver.cursor(name=f"chain_{name}") if postgres else driver.cursor()
    if postgres:
        cursor.itersize = 50_000
    try:
        cursor.execute(sql)
        for row in cursor:
            values = list(row[4:])
            for i in times:
                if values[i] is not None:
                    values[i] = utc_text(values[i])
            seq = int(row[1])
            yield Entry(table, int(row[0]), seq, [seq, *values], row[2], _moment(row[3]))
    finally:
        cursor.close()


def _moment(value: object) -> datetime | None:
    if value is None:
        return None
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    assert isinstance(moment, datetime)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)  # stored as naive UTC


def _counting(entries: Iterator[Entry], total: int, progress: Progress | None) -> Iterator[Entry]:
    for n, entry in enumerate(entries, start=1):
        if progress is not None and n % 50_000 == 0:
            progress(n, max(total, 1))
        yield entry
