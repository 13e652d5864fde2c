"""A lost connection to the database: a bar at the top of the window, and retrying.

When work fails because the connection is gone (``services.connectivity``), the operations
helper hands the work's rerun to :class:`Reconnector`: the bar says the connection is
broken and when the next try is ("Prøver igen om N s"), a ping is tried with growing
pauses (:data:`BACKOFF_S`), and *Try now* tries at once.  Once the database answers, the
bar goes, the interrupted work runs again (a write with the same action key, so it is
done once even if the first run did commit), and every view reloads.

What must hold: nothing waits on the GUI thread; the ping runs on the operations helper's
reader thread and is not itself resumed (``resumable=False``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from pharmacy_app.domain.actions import EVERYTHING
from pharmacy_app.services.connectivity import ping
from pharmacy_app.ui.common.widgets import push_button
from pharmacy_app.ui.operations import Operations, Rerun

BACKOFF_S = (2, 4, 8, 15, 30)  # then every 30 s


class ConnectionBanner(QFrame):
    """The bar: what happened, when the next try is, and *Try now*."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        self.setStyleSheet(
            "QFrame#connectionBanner { background: #fdecea; border-bottom: 1px solid #e6a09a; }"
            "QFrame#connectionBanner QLabel { color: #7a1c14; background: transparent; }"
        )
        self.text_label = QLabel()
        self.text_label.setObjectName("connectionBannerText")
        self.text_label.setWordWrap(True)
        self.retry_button = push_button(
            self.tr("Try now"), "connectionBannerRetry", self.tr("Try to reach the database now")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_waiting(self, seconds: int) -> None:
        self.text_label.setText(
            self.tr("The connection to the database is broken. Trying again in %1 s …").replace(
                "%1", str(seconds)
            )
        )
        self.show()

    def show_trying(self) -> None:
        self.text_label.setText(self.tr("The connection to the database is broken. Trying again …"))
        self.show()


class Reconnector(QObject):
    """Retries with growing pauses until the database answers, then resumes the work."""

    def __init__(self, ops: Operations, banner: ConnectionBanner):
        super().__init__(banner)
        self.ops = ops
        self.banner = banner
        self.pending: list[Rerun] = []
        self.attempts = 0
        self._left = 0
        self._trying = False
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        banner.retry_button.clicked.connect(self.try_now)
        ops.on_connection_lost = self.lost

    def lost(self, rerun: Rerun) -> None:
        """Work failed on a lost connection: keep it, and start retrying if not yet."""
        self.pending.append(rerun)
        if not self._tick.isActive() and not self._trying:
            self.attempts = 0
            self._wait()

    def _wait(self) -> None:
        self._left = BACKOFF_S[min(self.attempts, len(BACKOFF_S) - 1)]
        self.banner.show_waiting(self._left)
        self._tick.start()

    def _count_down(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self.try_now()
        else:
            self.banner.show_waiting(self._left)

    def try_now(self) -> None:
        if self._trying:
            return
        self._tick.stop()
        self._trying = True
        self.banner.show_trying()
        self.ops.query(ping, self._back, failure=self._still_gone, resumable=False)

    def _still_gone(self, _err: BaseException) -> bool:
        self._trying = False
        self.attempts += 1
        self._wait()
        return True  # shown in the bar, not as a message box

    def _back(self, _result: object) -> None:
        self._trying = False
        self.attempts = 0
        self.banner.hide()
        runs, self.pending = self.pending, []
        for rerun in runs:
            rerun()
        self.ops.notify(EVERYTHING)  # what the other workstations did meanwhile

    def stop(self) -> None:
        self._tick.stop()
