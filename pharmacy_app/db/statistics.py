"""The statistics the query planners choose their plans by, kept true to the data.

Without statistics SQLite guesses that an equality on an indexed column selects ten
rows: "movements into ADMINISTERED" looks as selective as "movements into one site",
and at two million movements the at-risk report walked 1.4 million rows for 4,774.
SQLite never gathers statistics by itself; PostgreSQL's autovacuum does, but only a
while after a bulk load.  So:

* **After a schema upgrade, the demo, or a bulk load** (:func:`analyze`): a full
  ``ANALYZE``.  New indexes have no statistics, and a bulk load changes a table's size
  by orders of magnitude at once; these are already long operations, and a full
  analysis of two million movements takes about a second on SQLite.
* **On open** (:func:`refresh_if_stale`): on SQLite, tables with statistics missing,
  or whose size has doubled or halved since they were analysed, are analysed in full.
  The check reads ``sqlite_stat1`` and every table's count in one statement (the
  ledger is append-only, so its largest id is its count and costs one index step); on
  most starts it finds nothing to do.  On PostgreSQL, tables of some size with no statistics at all (loaded
  in bulk or copied from a template before autovacuum came by: without them the
  planner misjudges a year of movements by orders of magnitude) are analysed.
* **Before a connection closes, and every few hours on a long-lived one**
  (:func:`optimize`, SQLite): ``PRAGMA optimize``, as the SQLite documentation
  recommends for long-lived connections with complex queries.  It analyses only the
  tables this connection's queries used whose statistics look stale, and is usually a
  no-op.  The SQLite this program runs on may be older than 3.46, whose ``optimize``
  limits its own work, so ``analysis_limit`` is set first, as the documentation of
  those versions says.  The periodic run is for the window, which keeps its
  connections open all day.

None of this changes a result, only how fast it comes; so a failure here (a database
file that is read-only, another workstation holding the write lock) is left for the
next occasion rather than stopping the program.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.exc import DBAPIError

if TYPE_CHECKING:
    from pharmacy_app.db.engine import Database

# Rows ANALYZE looks at per index when PRAGMA optimize runs it (SQLite's documentation:
# "values between 100 and 1000 work well for most applications").
ANALYSIS_LIMIT = 1000
# A table is analysed again on open once its size is this many times larger or smaller.
STALE_FACTOR = 2
# Tables smaller than this are planned well enough without statistics.
MIN_ROWS = 1000
PG_MIN_BYTES = 1024 * 1024
# A connection that lives this long runs PRAGMA optimize again when it is given back.
OPTIMIZE_EVERY_S = 4 * 3600
# How long optimize may wait for another workstation's write lock: it can wait a turn.
OPTIMIZE_BUSY_TIMEOUT_MS = 1000
# Tables no row is ever deleted from, so their largest id is their number of rows.
APPEND_ONLY = {"movement": "id"}


def analyze(db: Database, tables: list[str] | None = None) -> None:
    """Gather statistics in full on ``tables`` (default: every table)."""
    # A write transaction of its own: on SQLite it begins IMMEDIATE, so the analysis
    # waits its turn behind another workstation's write.
    with db.write_engine.begin() as conn:
        for table in tables or [""]:
            conn.execute(text(f'ANALYZE "{table}"' if table else "ANALYZE"))


def stale_tables(conn: Connection) -> list[str]:
    """SQLite: the tables of at least :data:`MIN_ROWS` rows whose statistics are missing
    or were taken at a size :data:`STALE_FACTOR` times smaller or larger than now."""
    names = list(
        conn.scalars(
            text(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name <> 'alembic_version' ORDER BY name"
            )
        )
    )
    has_stats = conn.scalar(
        text("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'")
    )
    analysed: dict[str, int] = {}
    if has_stats:
        for table, stat in conn.execute(text("SELECT tbl, stat FROM sqlite_stat1")):
            counted = str(stat or "").split(" ", 1)[0]  # "rows [rows per key ...]"
            if counted.isdigit():
                analysed[table] = max(analysed.get(table, 0), int(counted))
    stale = []
    for name, rows in zip(names, _rows(conn, names), strict=True):
        if rows < MIN_ROWS:
            continue
        before = analysed.get(name)
        if before is None or rows >= before * STALE_FACTOR or rows * STALE_FACTOR <= before:
            stale.append(name)
    return stale


def _rows(conn: Connection, tables: list[str]) -> list[int]:
    """The rows of each table, in one statement (one per table made a bulk load's
    statement count grow with the schema)."""
    if not tables:
        return []

    def counted(table: str) -> str:
        column = APPEND_ONLY.get(table)
        if column is not None:
            return f'(SELECT max("{column}") FROM "{table}")'
        return f'(SELECT count(*) FROM "{table}")'

    row = conn.execute(text("SELECT " + ", ".join(counted(t) for t in tables))).one()
    return [int(n or 0) for n in row]


def unanalysed_tables(conn: Connection) -> list[str]:
    """PostgreSQL: the tables of at least :data:`PG_MIN_BYTES` with no statistics at all
    (a database loaded in bulk, or copied from a template, before autovacuum came by)."""
    return list(
        conn.scalars(
            text(
                "SELECT c.relname FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = current_schema() AND c.relkind = 'r' "
                "AND pg_relation_size(c.oid) >= :least "
                "AND NOT EXISTS (SELECT 1 FROM pg_stats s "
                "WHERE s.schemaname = n.nspname AND s.tablename = c.relname) "
                "ORDER BY c.relname"
            ),
            {"least": PG_MIN_BYTES},
        )
    )


def refresh_if_stale(db: Database) -> list[str]:
    """Analyse the tables :func:`stale_tables` (SQLite) or :func:`unanalysed_tables`
    (PostgreSQL, whose autovacuum otherwise keeps statistics as tables change) name;
    return them."""
    try:
        with db.read_engine.begin() as conn:  # looking takes no lock
            stale = stale_tables(conn) if db.is_sqlite else unanalysed_tables(conn)
        if stale:
            analyze(db, stale)
        return stale
    except DBAPIError:  # read-only or locked: the plans are slower, the results the same
        return []


def optimize(dbapi_connection: Any) -> None:
    """SQLite: ``PRAGMA optimize`` on a raw connection, with a bounded analysis and wait."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={OPTIMIZE_BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA analysis_limit={ANALYSIS_LIMIT}")
        cursor.execute("PRAGMA optimize")
    except Exception:  # noqa: BLE001 - only an optimisation: never stop a close for it
        pass
    finally:
        cursor.close()


def optimize_on_close(engine: Engine, busy_timeout_ms: int) -> None:
    """SQLite: run :func:`optimize` on each of ``engine``'s connections before it closes,
    and when one that has lived :data:`OPTIMIZE_EVERY_S` since its last run is given back
    to the pool (restoring the normal ``busy_timeout`` afterwards)."""

    @event.listens_for(engine, "connect")
    def _opened(_dbapi_connection: Any, record: Any) -> None:
        record.info["optimized_at"] = time.monotonic()

    @event.listens_for(engine, "checkin")
    def _given_back(dbapi_connection: Any, record: Any) -> None:
        if dbapi_connection is None:
            return
        last = record.info.get("optimized_at", 0.0)
        if time.monotonic() - last >= OPTIMIZE_EVERY_S:
            record.info["optimized_at"] = time.monotonic()
            optimize(dbapi_connection)
            dbapi_connection.execute(f"PRAGMA busy_timeout={busy_timeout_ms}")

    @event.listens_for(engine, "close")
    def _closing(dbapi_connection: Any, _record: Any) -> None:
        optimize(dbapi_connection)
