"""The daily automatic backup while the window is open, and one when it closes.

Every few minutes the schedule asks the service whether the day's backup is due (the
set Copenhagen time has passed and none was made today: ``backup.backup_if_due``); on
close it makes today's backup first if none was made, with a progress dialog saying
so.  Both run through the operations helper on a reader thread, so the window never
freezes during the copy; a backup that fails is shown.
On PostgreSQL nothing is done (the server's pg_dump job backs it up).
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QEventLoop, QObject, QTimer

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
        # The backup on close: not asked yet, running, or done (made or failed).
        self._closing: Literal["", "running", "done"] = ""

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

    def backup_before_close(self) -> bool:
        """Make today's backup before the window closes, if none was made today.

        The copy runs on a reader thread while a progress dialog says what the window
        waits for (the window keeps painting).  True when the window may close; False
        while the copy runs (a second close is ignored) or once after it failed (the
        failure is shown and the window stays; closing again closes)."""
        if self._closing == "running":
            return False
        if self._closing == "done" or not (self.enabled and backup.close_backup_due(self._ops.app)):
            return True
        self.stop()
        self._closing = "running"
        loop = QEventLoop(self)
        outcome: list[bool] = []

        def made(_result: object) -> None:
            outcome.append(True)
            loop.quit()

        def failed(_err: BaseException) -> bool:
            outcome.append(False)
            loop.quit()
            return False  # shown by the operations helper

        self._ops.query(
            backup.auto_backup,
            made,
            failure=failed,
            label=self.tr("Making today's backup before closing…"),
        )
        if not outcome:
            loop.exec()
        self._closing = "done"
        return outcome[0]
