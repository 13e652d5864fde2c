"""What other workstations changed: the feed the window listens to.

* PostgreSQL: each write transaction calls ``pg_notify('pharmacy_app', 'pid:flags')``
  (``db.engine.Database.write``), delivered when it commits.  The feed keeps one
  connection of its own with ``LISTEN pharmacy_app`` and waits for notifications
  (psycopg's ``notifies``); those from this process are skipped (the window already
  refreshed after its own writes).
* SQLite: there is no notification, but ``PRAGMA data_version`` on a connection changes
  whenever another connection has committed.  The feed reads it every
  :data:`SQLITE_POLL_S` seconds on the write engine's connection (``Database.data_version``)
  rather than on one of its own: that connection's own commits (this window's writes) do
  not change it, so only other processes' writes are reported; a change means everything
  may have changed.  The first reading of a connection only sets the mark.

:meth:`ChangeFeed.wait` blocks up to its timeout (a listener thread calls it in a loop) and
returns the :class:`~pharmacy_app.domain.changes.Change` flags seen, ``Change.NONE`` if
none.  A lost connection is opened again on the next call; meanwhile nothing is reported.
"""

from __future__ import annotations

import contextlib
import os
import threading
from typing import Any

from pharmacy_app.db.engine import NOTIFY_CHANNEL
from pharmacy_app.domain.actions import EVERYTHING, parse_payload
from pharmacy_app.domain.changes import Change
from pharmacy_app.services.app import App

SQLITE_POLL_S = 2.0
_RECONNECT_PAUSE_S = 2.0


class ChangeFeed:
    """One dedicated connection that hears other workstations' commits."""

    def __init__(self, app: App, *, poll_s: float = SQLITE_POLL_S):
        self._db = app.db
        self._poll_s = poll_s
        self._conn: Any = None  # the DBAPI connection (psycopg or sqlite3), detached from the pool
        self._versions: dict[int, int] = {}  # SQLite: per write connection, its last data_version
        self._lock = threading.Lock()
        self._closed = threading.Event()

    def wait(self, timeout: float) -> Change:
        """Wait up to ``timeout`` seconds for other workstations' changes."""
        if self._closed.is_set():
            return Change.NONE
        try:
            if self._db.is_sqlite:
                return self._poll(timeout)
            if self._conn is None:
                self._open()
            return self._listen(timeout)
        except Exception:  # noqa: BLE001 - the connection went; try again next time
            self._drop()
            self._closed.wait(min(timeout, _RECONNECT_PAUSE_S))
            return Change.NONE

    def interrupt(self) -> None:
        """Make a waiting :meth:`wait` return soon (any thread)."""
        self._closed.set()

    def close(self) -> None:
        self._closed.set()
        self._drop()

    # ------------------------------------------------------------------ internals

    def _open(self) -> None:
        engine = self._db.read_engine
        proxy = engine.raw_connection()
        conn: Any = proxy.driver_connection
        proxy.detach()  # ours alone, never returned to the pool
        with self._lock:
            self._conn = conn
        conn.autocommit = True
        conn.execute(f"LISTEN {NOTIFY_CHANNEL}")

    def _drop(self) -> None:
        with self._lock:
            conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):  # already broken
                conn.close()

    def _poll(self, timeout: float) -> Change:
        if self._closed.wait(min(timeout, self._poll_s)):
            return Change.NONE
        conn, version = self._db.data_version()
        before = self._versions.get(conn)
        self._versions[conn] = version
        return EVERYTHING if before is not None and version != before else Change.NONE

    def _listen(self, timeout: float) -> Change:
        me = os.getpid()
        seen = Change.NONE
        heard = False
        # The first notification, then whatever else has arrived with it.
        for note in self._conn.notifies(timeout=timeout, stop_after=1):
            heard = True
            seen |= self._from_others(note.payload, me)
        if heard:
            for note in self._conn.notifies(timeout=0.05):
                seen |= self._from_others(note.payload, me)
        return seen

    @staticmethod
    def _from_others(text: str, me: int) -> Change:
        pid, changes = parse_payload(text)
        return Change.NONE if pid == me else changes
