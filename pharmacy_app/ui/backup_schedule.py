"""The daily automatic backup while the window is open, and one when it closes.

Every few minutes the schedule asks the service whether the day's backup is due (the
set Copenhagen time has passed and none was made today: ``backup.backup_if_due``); on
close it asks for today's backup if none was made.  Both run through the operations
helper on a reader thread, so the window never waits for the copy; a backup that fails
while the window is open is shown, one that fails on close cannot be and is dropped.
On PostgreSQL nothing is done (the server's pg_dump job backs it up).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from pharmacy_app.services import backup
from pharmacy_app.ui.operations import Operations

CHECK_INTERVAL_MS = 5 * 60_000  # how often the schedule asks whether the backup is due


class BackupSchedule(QObject):
    def __init__(self, ops: Operations, parent: QObject | None = None, interval_ms: int = CHECK_INTERVAL_MS):
        super().__init__(parent)
        self._ops = ops
        self.enabled = ops.app.db.is_sqlite
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self._running = False

    def start(self) -> None:
        if self.enabled:
            self.timer.start()
            self.check()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> None:
        """Make the day's backup if it is due (never two checks at once)."""
        if self._running:
            return
        self._running = True

        def finished(_result: object) -> None:
            self._running = False

        def failed(_err: BaseException) -> bool:
            self._running = False
            return False  # shown by the operations helper

        self._ops.query(backup.backup_if_due, finished, failure=failed)

    def on_close(self) -> None:
        """Today's backup if none was made yet; the helper's shutdown waits for it."""
        self.stop()
        if self.enabled:
            self._ops.query(backup.auto_backup, failure=lambda _err: True)
