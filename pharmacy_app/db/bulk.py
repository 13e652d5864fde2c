"""Inserting many rows with one statement and getting their new ids back in order.

PostgreSQL returns the ids of a batched INSERT in the order of the rows given
(SQLAlchemy's ``sort_by_parameter_order``).  SQLite gives no such order for a batch, and
SQLAlchemy then falls back to one INSERT per row (10,000 statements for a delivery note),
so there the rows go in with one executemany and their ids are read back: a write
transaction on SQLite holds the database from ``BEGIN IMMEDIATE`` (``db.engine``), so no
one else inserts meanwhile, and SQLite gives each new row a rowid larger than any before
it, so the new ids in ascending order are the rows in the order given.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session


def insert_returning_ids(
    session: Session, table: Table, rows: Sequence[Mapping[str, object]]
) -> list[int]:
    """Insert ``rows`` (each naming the same columns) into ``table``, whose primary key
    is an integer ``id``; their ids, in the order of ``rows``."""
    if not rows:
        return []
    conn = session.connection()
    if conn.dialect.name != "sqlite" or len(rows) == 1:
        stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return [int(i) for i in conn.execute(stmt, list(rows)).scalars()]
    before = conn.execute(select(func.max(table.c.id))).scalar() or 0
    conn.execute(insert(table), list(rows))
    ids = [int(i) for i in conn.execute(select(table.c.id).where(table.c.id > before).order_by(table.c.id)).scalars()]
    if len(ids) != len(rows):  # someone else wrote meanwhile: not possible under the lock
        raise RuntimeError(f"{table.name}: {len(ids)} new rows for {len(rows)} inserted")
    return ids
