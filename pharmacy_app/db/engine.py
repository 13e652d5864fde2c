"""Engines and transactions for SQLite and PostgreSQL from one URL.

SQLite runs in WAL mode with foreign keys on.  Write transactions on SQLite start with
``BEGIN IMMEDIATE`` so that two workstations (or processes) never read the same
balance and then both write: the second waits for the first (busy timeout) and then
sees its result.  On PostgreSQL a balance is decremented by a conditional UPDATE that
locks the row, so concurrent issues from one lot serialise on that row.  Write sessions
check text lengths before each flush (``db.guards``), so both engines refuse the same.
The planners' statistics are kept by ``db.statistics``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from pharmacy_app.db import guards, statistics

SQLITE_BUSY_TIMEOUT_MS = 30_000


def normalise_url(url: str) -> str:
    """Accept ``postgresql://`` and ``postgres://`` and use psycopg 3 for them."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _sqlite_engine(url: str, immediate: bool) -> Engine:
    parsed = make_url(url)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take over transaction control from the sqlite3 module (SQLAlchemy's recipe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    statistics.optimize_on_close(engine, SQLITE_BUSY_TIMEOUT_MS)
    return engine


class Database:
    """One database: a write engine and a read engine (the same one on PostgreSQL)."""

    def __init__(self, url: str, workstation: str = ""):
        self.url = normalise_url(url)
        # The machine's name, given to every write session (``session.info``): the
        # audit chain records it with each movement and activity entry.
        self.workstation = workstation
        self.is_sqlite = self.url.startswith("sqlite")
        if self.is_sqlite:
            self.write_engine = _sqlite_engine(self.url, immediate=True)
            self.read_engine = _sqlite_engine(self.url, immediate=False)
        else:
            # No JIT: the app's queries read one window or one page, and compiling them
            # took longer than running them (1.6 s of the 1.9 s of a year's wastage).
            self.write_engine = create_engine(
                self.url, pool_pre_ping=True, connect_args={"options": "-c jit=off"}
            )
            self.read_engine = self.write_engine
        self._write_sessions = sessionmaker(self.write_engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(self.read_engine, expire_on_commit=False)
        guards.install(self._write_sessions)

    @property
    def dialect(self) -> str:
        return self.write_engine.dialect.name

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back whole on any error."""
        with self._write_sessions() as session, session.begin():
            session.info["workstation"] = self.workstation
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read_sessions() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.write_engine.dispose()
        if self.read_engine is not self.write_engine:
            self.read_engine.dispose()

    def display_url(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)

    def identity(self) -> str:
        """A short stable name for this database (its file, or server and name), for
        settings a workstation keeps per database; no password goes into it."""
        url = make_url(self.url)
        if self.is_sqlite and url.database:
            ident = str(Path(url.database).expanduser().resolve())
        else:
            ident = url.set(password=None).render_as_string(hide_password=True)
        return hashlib.sha256(ident.encode("utf-8")).hexdigest()[:16]
