"""The highest movement id below which every movement is committed: the safe point to
say "verified up to here" (the ledger check's checkpoint) or "holds every movement up to
here" (a month-end snapshot).

Movement ids come from a sequence.  On SQLite there is one writer at a time, so the
highest id a transaction sees is such a point.  On PostgreSQL an id is handed out when
the row is inserted, before its transaction commits, so a lower id can become visible
after a higher one; there the point is read under ``LOCK TABLE movement IN SHARE MODE``,
which waits for every transaction writing movements to end and keeps new ones out for
the one query, in a transaction of its own (a bulk insert that takes its ids from the
sequence first takes the insert's lock before it, ``db/bulk.py``, so it is waited for too).
"""

from __future__ import annotations

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.services.app import App


def newest(session: Session) -> int:
    """The highest movement id this transaction sees (0 for an empty ledger)."""
    return int(session.scalar(select(func.coalesce(func.max(m.Movement.id), 0))) or 0)


def committed(app: App) -> int | None:
    """On PostgreSQL, the highest id below which every movement is committed; ``None``
    on SQLite, where :func:`newest` in the transaction that uses it is that already."""
    if app.db.is_sqlite:
        return None
    with app.db.write() as s:
        s.execute(text("LOCK TABLE movement IN SHARE MODE"))
        return newest(s)
