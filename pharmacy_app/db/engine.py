"""Engines and transactions for SQLite and PostgreSQL from one URL.

SQLite runs in WAL mode with foreign keys on.  Write transactions on SQLite start with
``BEGIN IMMEDIATE`` so that two workstations (or processes) never read the same
balance and then both write: the second waits for the first (busy timeout) and then
sees its result.  On PostgreSQL a balance is decremented by a conditional UPDATE that
locks the row, so concurrent issues from one lot serialise on that row.  Write sessions
check text lengths before each flush (``db.guards``), so both engines refuse the same.
The planners' statistics are kept by ``db.statistics``.

Shared use (see ``db.connection`` for how a server's password is found): every write
transaction claims the current user action's key (``domain.actions``) before its work,
so a retried action is done once; on PostgreSQL it also calls ``pg_notify`` with what the
action changes, delivered to the other workstations' listeners when it commits.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from pharmacy_app.db import connection, guards, statistics
from pharmacy_app.db.models import PostingKey
from pharmacy_app.domain import actions
from pharmacy_app.domain.errors import fail

NOTIFY_CHANNEL = "pharmacy_app"

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
        # A server's password is never in the URL kept here: ``?keyring=1`` says where
        # to find it at connect time (db.connection), and is not passed to the server.
        self.url, self.password_in_keyring = connection.split_keyring(normalise_url(url))
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
                self.url, pool_pre_ping=True, connect_args=connection.connect_args()
            )
            if self.password_in_keyring:
                connection.password_from_keyring(self.write_engine)
            self.read_engine = self.write_engine
        # SQLite: this process's writes and the change feed's data_version readings take
        # turns, so the write engine keeps one connection and its own commits never look
        # like another workstation's (see data_version).
        self._sqlite_turns: AbstractContextManager[object] = (
            threading.RLock() if self.is_sqlite else nullcontext()
        )
        self._write_sessions = sessionmaker(self.write_engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(self.read_engine, expire_on_commit=False)
        guards.install(self._write_sessions)

    @property
    def dialect(self) -> str:
        return self.write_engine.dialect.name

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back whole on any error.

        The current user action's key (if this is its first write) is inserted first; if
        it is there already the action was done before and ``already_posted`` is raised
        with nothing done."""
        action = actions.claim()
        try:
            with self._sqlite_turns, self._write_sessions() as session, session.begin():
                session.info["workstation"] = self.workstation
                if action is not None:
                    self._take_key(session, action)
                if not self.is_sqlite:
                    current = actions.current()
                    changes = current.changes if current is not None else actions.EVERYTHING
                    session.execute(
                        select(func.pg_notify(NOTIFY_CHANNEL, actions.payload(os.getpid(), changes)))
                    )
                yield session
        except BaseException:
            if action is not None:
                actions.release(action)
            raise

    def _take_key(self, session: Session, action: actions.Action) -> None:
        values = {
            "key": action.key[: actions.MAX_KEY],
            "created_at": action.now(),
            "user_name": action.user,
            "what": action.what[:200],
        }
        insert = (sqlite.insert if self.is_sqlite else postgresql.insert)(PostingKey)
        # On PostgreSQL a second workstation inserting the same key waits here for the
        # first one's transaction, then finds the key (or takes it if that rolled back).
        taken = session.execute(insert.values(**values).on_conflict_do_nothing().returning(PostingKey.key))
        if taken.first() is None:
            raise fail("already_posted")

    def data_version(self) -> tuple[int, int]:
        """SQLite: ``PRAGMA data_version`` of a write connection, and which connection.

        The number changes when *another* connection has committed, never for that
        connection's own commits; asking the write engine's connection (the writer
        thread uses one at a time) thus sees other processes' writes, not this one's."""
        with self._sqlite_turns:
            return self._read_data_version()

    def _read_data_version(self) -> tuple[int, int]:
        proxy = self.write_engine.raw_connection()
        try:
            conn: Any = proxy.driver_connection
            cursor = conn.execute("PRAGMA data_version")
            try:
                return id(conn), int(cursor.fetchone()[0])
            finally:
                cursor.close()
        finally:
            proxy.close()

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
