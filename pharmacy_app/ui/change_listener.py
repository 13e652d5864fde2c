"""Hearing other workstations' changes while the window is open.

A thread of its own waits on :class:`~pharmacy_app.services.change_feed.ChangeFeed` (one
dedicated connection: LISTEN on PostgreSQL, ``data_version`` on SQLite) and hands what it
heard to the GUI thread, which passes it to the operations helper's ``notify``: the open
pages reload as after the window's own writes.

What must hold: the thread touches no widget (it only emits a queued signal), and
:meth:`ChangeListener.stop` ends it before the database is closed.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal

from pharmacy_app.domain.changes import Change
from pharmacy_app.services.change_feed import SQLITE_POLL_S, ChangeFeed
from pharmacy_app.ui.operations import Operations

WAIT_S = 0.25  # PostgreSQL: how soon the thread notices it should stop


class ChangeListener(QObject):
    heard = Signal(object)  # Change, on the GUI thread

    def __init__(self, ops: Operations, parent: QObject | None = None, *, poll_s: float = SQLITE_POLL_S):
        super().__init__(parent)
        self.ops = ops
        self._poll_s = poll_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._feed: ChangeFeed | None = None
        self.heard.connect(self._tell, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        if self._thread is not None:
            return
        feed = self._feed = ChangeFeed(self.ops.app, poll_s=self._poll_s)
        self._thread = threading.Thread(target=self._run, args=(feed,), name="change-listener", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._feed is not None:
            self._feed.interrupt()
        if self._thread is not None:
            self._thread.join(timeout=WAIT_S + self._poll_s + 5)
            self._thread = None

    def _run(self, feed: ChangeFeed) -> None:  # on the listener thread: no widgets
        try:
            while not self._stop.is_set():
                changes = feed.wait(WAIT_S if not self.ops.app.db.is_sqlite else self._poll_s)
                if changes and not self._stop.is_set():
                    self.heard.emit(changes)
        finally:
            feed.close()

    def _tell(self, changes: Change) -> None:
        if not self._stop.is_set():
            self.ops.notify(changes)
