"""Inserting many rows with one statement and getting their new ids back in order.

Batched INSERT ... RETURNING is costly on both engines: SQLite gives no order for the
rows a batch returns (SQLAlchemy then falls back to one INSERT per row, 10,000
statements for a delivery note), and on PostgreSQL the driver parses each batch's
statement with its thousands of parameters.  So the rows go in with one plain
executemany (one short statement, prepared once), and the ids come from elsewhere:

* PostgreSQL: taken from the table's sequence first, in one query, and given to the
  rows in ascending order (a sequence never gives a number twice, with any number of
  workstations);
* SQLite: read back after the insert.  A write transaction on SQLite holds the database
  from ``BEGIN IMMEDIATE`` (``db.engine``), so no one else inserts meanwhile, and SQLite
  gives each new row a rowid larger than any before it: the new ids in ascending order
  are the rows in the order given.

Either way a later row gets a larger id, as one INSERT after another would give.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session


def insert_returning_ids(
    session: Session, table: Table, rows: Sequence[Mapping[str, object]]
) -> list[int]:
    """Insert ``rows`` (each naming the same columns) into ``table``, whose primary key
    is a generated integer ``id``; their ids, in the order of ``rows``."""
    if not rows:
        return []
    conn = session.connection()
    if len(rows) == 1:
        stmt = insert(table).returning(table.c.id)
        return [int(conn.execute(stmt, dict(rows[0])).scalar_one())]
    if conn.dialect.name == "postgresql":
        # The lock an INSERT takes, taken before the ids: whoever reads "every id below
        # this is committed" under a SHARE lock (services/watermark.py) must wait for ids
        # handed out here, not only for rows already inserted.
        conn.execute(text(f'LOCK TABLE "{table.name}" IN ROW EXCLUSIVE MODE'))
        sequence = func.pg_get_serial_sequence(table.name, "id")
        taken = conn.execute(
            select(func.nextval(sequence)).select_from(func.generate_series(1, len(rows)))
        ).scalars()
        ids = sorted(int(i) for i in taken)
        conn.execute(insert(table), [{**row, "id": i} for row, i in zip(rows, ids, strict=True)])
        return ids
    before = conn.execute(select(func.max(table.c.id))).scalar() or 0
    conn.execute(insert(table), list(rows))
    new = select(table.c.id).where(table.c.id > before).order_by(table.c.id)
    ids = [int(i) for i in conn.execute(new).scalars()]
    if len(ids) != len(rows):  # someone else wrote meanwhile: not possible under the lock
        raise RuntimeError(f"{table.name}: {len(ids)} new rows for {len(rows)} inserted")
    return ids
