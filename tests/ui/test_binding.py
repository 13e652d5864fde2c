"""The Qt binding must not leak references to None/True/False.

PySide6 6.12.0 takes one reference from ``None`` on every ``void`` Qt call and every
``Signal.emit()`` on Python 3.11, and the interpreter aborts after some thousands of
calls ("Fatal Python error: none_dealloc"); pyproject.toml excludes that release.
This test keeps a future release with the same fault from being installed unnoticed.
"""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Sender(QObject):
    ping = Signal(int)


def test_qt_calls_keep_none_and_true_counted(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    sender = _Sender()
    received: list[int] = []
    sender.ping.connect(received.append)
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for i in range(2_000):
        label.setText("x")
        label.setVisible(False)
        sender.ping.emit(i)
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    assert len(received) == 2_000
    # Small changes come and go with ordinary objects; a leak would be thousands.
    assert all(abs(a - b) < 500 for a, b in zip(after, before, strict=True)), (before, after)
