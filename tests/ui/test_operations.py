"""The operations helper: work off the GUI thread, results and errors back on it."""

import threading
import time

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget

from pharmacy_app.domain.changes import Change
from pharmacy_app.domain.errors import DomainError, Problem
from pharmacy_app.services import reference
from pharmacy_app.ui import operations as ops_module
from pharmacy_app.ui.operations import Operations


@pytest.fixture
def ops(qtbot, app):
    parent = QWidget()
    qtbot.addWidget(parent)
    o = Operations(app, parent)
    yield o
    o.shutdown()
    for box in o.open_message_boxes():
        box.close()


def test_work_runs_on_a_worker_and_the_result_arrives_on_the_gui_thread(qtbot, ops, qapp):
    seen = {}

    def work(app):
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        return len(reference.list_products(app))

    def success(result):
        seen["result"] = result
        seen["gui"] = QThread.currentThread() is qapp.thread()

    ops.query(work, success)
    qtbot.waitUntil(lambda: "result" in seen, timeout=30_000)
    assert seen == {"worker": True, "result": 11, "gui": True}
    assert ops.is_idle()


def test_a_write_announces_what_changed(qtbot, ops, app):
    with qtbot.waitSignal(ops.changed, timeout=30_000) as blocker:
        ops.write(
            lambda a: reference.save_settings(a, reference.Settings(7, "RH-APO")),
            changes=Change.SETTINGS,
        )
    assert blocker.args == [Change.SETTINGS]
    assert reference.read_settings(app).backdate_window_days == 7


def test_a_set_of_words_is_refused_for_what_changed(ops):
    # What changed is a Change flag set, as the service declares it; a guess in words is refused.
    with pytest.raises(TypeError):
        ops.write(lambda a: None, changes={"stock"})
    with pytest.raises(TypeError):
        ops.notify({"stock", "distribution"})
    with pytest.raises(TypeError):
        ops.write(lambda a: None)  # a write always says what it changes
    assert ops.is_idle()


def test_a_refusal_is_shown_as_a_warning_in_the_ui_language(qtbot, ops, danish):
    def refuse(_app):
        raise DomainError([Problem("product_unknown", {"product": "X1"}), Problem("lot_unknown", {"lot": 9})])

    with qtbot.waitSignal(ops.error_shown, timeout=30_000) as blocker:
        ops.write(refuse, changes=Change.STOCK)
    assert blocker.args == ["Varen X1 kendes ikke.\nBatch 9 kendes ikke."]
    (box,) = ops.open_message_boxes()
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.detailedText() == ""


def test_a_bug_is_shown_as_an_error_with_the_traceback(qtbot, ops):
    def broken(_app):
        return 1 / 0

    with qtbot.waitSignal(ops.error_shown, timeout=30_000):
        ops.query(broken, lambda _r: None)
    (box,) = ops.open_message_boxes()
    assert box.icon() == QMessageBox.Icon.Critical
    assert "division by zero" in box.informativeText()
    assert "ZeroDivisionError" in box.detailedText() and "broken" in box.detailedText()


def test_a_failure_handler_can_take_over(qtbot, ops):
    handled = []

    def refuse(_app):
        raise DomainError(Problem("reason_required"))

    ops.write(refuse, changes=Change.NONE, failure=lambda exc: handled.append(exc) or True)
    qtbot.waitUntil(lambda: bool(handled), timeout=30_000)
    assert isinstance(handled[0], DomainError)
    assert ops.open_message_boxes() == []


def test_long_work_shows_progress_and_can_be_cancelled(qtbot, ops, monkeypatch):
    monkeypatch.setattr(ops_module, "PROGRESS_DELAY_MS", 50)
    steps = []
    finished = []

    def slow(_app, progress):
        for i in range(200):
            progress.update(i, 200, f"Step {i}")
            steps.append(i)
            time.sleep(0.01)
        return "done"

    ops.write(slow, finished.append, changes=Change.NONE, with_progress=True, cancellable=True, label="Working hard")
    qtbot.waitUntil(lambda: any(isinstance(w, QProgressDialog) and w.isVisible()
                                for w in ops.parent().findChildren(QProgressDialog)), timeout=30_000)
    dialog = next(w for w in ops.parent().findChildren(QProgressDialog) if w.isVisible())
    qtbot.waitUntil(lambda: dialog.maximum() == 200, timeout=30_000)
    (cancel_button,) = dialog.findChildren(QPushButton)
    assert cancel_button.text() == "Cancel"
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(ops.is_idle, timeout=30_000)
    assert finished == []  # cancelled work delivers no result
    assert len(steps) < 200
    qtbot.waitUntil(lambda: not ops.parent().findChildren(QProgressDialog), timeout=30_000)
    assert ops.open_message_boxes() == []


def test_short_work_shows_no_progress_dialog(qtbot, ops):
    done = []
    ops.write(lambda _a: 42, done.append, changes=Change.NONE, label="Quick")
    qtbot.waitUntil(lambda: done == [42], timeout=30_000)
    assert not any(w.isVisible() for w in ops.parent().findChildren(QProgressDialog))


def test_nothing_is_delivered_after_shutdown(qtbot, ops):
    delivered = []
    gate = threading.Event()

    def waits(_app):
        gate.wait(2)
        return 1

    ops.query(waits, delivered.append)
    gate.set()
    ops.shutdown()
    qtbot.wait(50)
    assert delivered == []
    assert ops.query(lambda _a: 2, delivered.append) == -1
