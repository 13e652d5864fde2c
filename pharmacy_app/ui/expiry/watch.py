"""Keeps the expiry counts fresh for the status bar and says when the daily summary is
due: on start and then once a day while the window is open.

The last day the summary was shown is kept in the workstation's settings per database,
so restarting the same day does not repeat it, and a workstation that opens the demo
database and the real one sees each one's summary.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from pharmacy_app.services import stock_outs
from pharmacy_app.services.app import App
from pharmacy_app.services.expiry import ExpiryCounts
from pharmacy_app.ui.common.widgets import settings
from pharmacy_app.ui.operations import Operations

NOTIFIED_KEY = "expiry/notified_on"  # + "/" + the database: each database has its own day
CHECK_INTERVAL_MS = 60_000  # how often the watch looks whether a new day has begun
RELOAD_DELAY_MS = 400  # data changes in a burst give one reload of the counts


def notified_key(app: App) -> str:
    """The setting holding the day the summary was last shown for this database: a
    workstation that opens the demo database and the real one sees each one's summary."""
    return f"{NOTIFIED_KEY}/{app.db.identity()}"


class ExpiryWatch(QObject):
    """Keeps the expiry counts fresh and says when the daily summary is due.

    ``clock`` gives today's (local) date; by default the app's clock.  Every
    ``interval_ms`` it looks whether the day has changed since the summary was last
    shown; if so (and at start) it loads the counts and emits :attr:`notify`.
    """

    counts_changed = Signal(object)  # ExpiryCounts
    notify = Signal(object)  # ExpiryCounts: time for the day's summary

    def __init__(
        self,
        ops: Operations,
        parent: QObject | None = None,
        clock: Callable[[], date] | None = None,
        interval_ms: int = CHECK_INTERVAL_MS,
        reload_delay_ms: int = RELOAD_DELAY_MS,
    ):
        super().__init__(parent)
        self._ops = ops
        self.clock: Callable[[], date] = clock or ops.app.today
        self.counts: ExpiryCounts | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_day)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(reload_delay_ms)
        self._reload_timer.timeout.connect(lambda: self.reload())
        self._generation = 0
        self._checking = False

    def start(self) -> None:
        """Load the counts and, if not yet shown today, the summary; then check daily."""
        self.timer.start()
        self.reload(daily=True)

    def stop(self) -> None:
        self.timer.stop()
        self._reload_timer.stop()

    def last_notified(self) -> str:
        return str(settings().value(notified_key(self._ops.app), "") or "")

    def is_due(self, today: date) -> bool:
        return self.last_notified() != today.isoformat()

    def check_day(self) -> None:
        """The timer's check: a new day since the summary was last shown loads it."""
        if not self._checking and self.is_due(self.clock()):
            self.reload(daily=True)

    def schedule_reload(self) -> None:
        """Data changed: reload the counts shortly (a burst of changes gives one load)."""
        self._reload_timer.start()

    def reload(self, daily: bool = False) -> int:
        self._generation += 1
        generation = self._generation
        today = self.clock()
        self._checking = self._checking or daily

        def work(app: App) -> ExpiryCounts:
            return stock_outs.counts(app, today)

        def failed(_exc: BaseException) -> bool:
            self._checking = False
            return False

        return self._ops.query(work, lambda c: self._arrived(generation, c, daily), failure=failed)

    def _arrived(self, generation: int, counts: ExpiryCounts, daily: bool) -> None:
        if daily:
            self._checking = False
        if generation == self._generation:
            self.counts = counts
            self.counts_changed.emit(counts)
        if daily and self.is_due(counts.today):
            settings().setValue(notified_key(self._ops.app), counts.today.isoformat())
            self.notify.emit(counts)
