"""Running service calls off the GUI thread, in one consistent way.

Every screen changes or reads data through :class:`Operations`:

* ``ops.query(fn, success)`` runs ``fn(app)`` on a worker thread and hands the result
  to ``success`` on the GUI thread.  Long reading work (an export) gives a ``label``: it
  then runs on a reader thread of its own, so the pages' short queries never wait
  behind it, and shows a progress dialog like a write (below); it never holds the
  writer.
* ``ops.write(fn, success=..., changes=Change.REFERENCE, label="Saving…")`` does the
  same on the single writer thread (one writer for the database), shows a progress
  dialog when the work takes longer than :data:`PROGRESS_DELAY_MS`, and afterwards emits
  :attr:`Operations.changed` with the :class:`~pharmacy_app.domain.changes.Change` flags,
  so the pages that show that data refresh.  Screens do not call it themselves: they run
  a use case's op (``pharmacy_app/ui/ops/``), which takes the flags from what the service
  declares it changes.
* Work that reports progress takes a second argument, a :class:`Progress`; calling
  ``progress.update(...)`` after the user pressed Cancel raises :class:`Cancelled`
  inside the work, which the work's own transaction then rolls back (and a file
  being written is removed); the ``cancelled`` callback then runs on the GUI thread.
  The dialog shows how far the work is (a percentage) once it reports a total.

Each ``write`` is one user action with a key made here (``services.actions``): a retry of
it (after a lost connection, :mod:`.reconnect`) reuses the key, so it is done once; when the
database says the action had already been done (``already_posted``) that is shown as
information and treated as success (the views refresh).  Work that failed because the
connection to the database was lost goes to :attr:`Operations.on_connection_lost` (the
window's banner), which reruns it once the database answers again.

A :class:`~pharmacy_app.domain.errors.DomainError` is shown as a warning with its
problems in the UI language; any other exception as an error with the traceback under
"Details".  A ``failure`` callback may handle an error itself (return ``True``), e.g. a
form dialog that lists the problems next to its fields.

What must hold: the worker never touches a widget.  Workers only call the function
and emit signals of :class:`_Relay`, which lives on the GUI thread as long as the
:class:`Operations` object; callbacks run on the GUI thread.  :meth:`Operations.shutdown`
waits for running work before the database is closed.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from pharmacy_app.domain.changes import Change
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.services import actions
from pharmacy_app.services.app import App
from pharmacy_app.services.connectivity import is_connection_lost
from pharmacy_app.ui import labels

PROGRESS_DELAY_MS = 300

T = TypeVar("T")

# What follows a result on the GUI thread; the result comes through a signal, so any value.
Success = Callable[[Any], object]
Failure = Callable[[BaseException], bool]
Cancel = Callable[[], None]
Rerun = Callable[[], int]


def _checked(changes: Change) -> Change:
    """``changes`` if it is a :class:`Change`: a set of words is a guess, and refused."""
    if not isinstance(changes, Change):
        raise TypeError(f"changes must be a Change, not {changes!r}")
    return changes


class Cancelled(Exception):
    """Raised inside work whose progress dialog was cancelled."""


class Progress:
    """Handed to work that reports progress; safe to call from the worker thread."""

    def __init__(self, op_id: int, relay: _Relay):
        self._op_id = op_id
        self._relay = relay
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def update(self, done: int, total: int = 0, text: str = "") -> None:
        """Report ``done`` of ``total`` steps; raise :class:`Cancelled` if asked to stop."""
        if self._cancel.is_set():
            raise Cancelled()
        self._relay.progress.emit(self._op_id, int(done), int(total), text)


class _Relay(QObject):
    """Carries results from worker threads to the GUI thread (queued connections)."""

    done = Signal(int, object)
    failed = Signal(int, object, str)
    cancelled = Signal(int)
    progress = Signal(int, int, int, str)


@dataclass
class _Op:
    op_id: int
    fn: Callable[..., object]
    success: Success | None
    failure: Failure | None
    changes: Change
    parent: QWidget | None
    label: str | None
    cancellable: bool
    progress: Progress | None
    on_cancel: Cancel | None = None
    dialog: QProgressDialog | None = None
    timer: QTimer | None = None
    work: Callable[[], None] | None = None  # kept alive until the result is delivered
    last_progress: tuple[int, int, str] | None = None  # done, total, text: reported before the dialog
    rerun: Rerun | None = None  # the same work again (same action key), after a lost connection


class Operations(QObject):
    """The one way screens call services.  Owned by the main window."""

    changed = Signal(object)  # Change: what changed, e.g. Change.REFERENCE | Change.STOCK
    busy_changed = Signal(bool)
    error_shown = Signal(str)  # the text of the message box just shown (tests, logging)
    progressed = Signal(int, int, int)  # operation id, done, total: as the work reports it
    info_shown = Signal(str)  # the text of an information box just shown (an action already done)

    def __init__(self, app: App, parent_widget: QWidget | None = None):
        super().__init__(parent_widget)
        self.app = app
        self._parent_widget = parent_widget
        self._relay = _Relay()
        self._relay.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._relay.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._relay.cancelled.connect(self._on_cancelled, Qt.ConnectionType.QueuedConnection)
        self._relay.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(2)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._long_reader = QThreadPool(self)  # exports: never in the way of the pages
        self._long_reader.setMaxThreadCount(1)
        self._ops: dict[int, _Op] = {}
        self._next_id = 0
        self._boxes: list[QMessageBox] = []
        self._closed = False
        # Called with a failed op's rerun when the connection was lost (the window's banner).
        self.on_connection_lost: Callable[[Rerun], None] | None = None

    # ------------------------------------------------------------------ public

    def query(
        self,
        fn: Callable[..., T],
        success: Callable[[T], object] | None = None,
        *,
        failure: Failure | None = None,
        parent: QWidget | None = None,
        label: str | None = None,
        with_progress: bool = False,
        cancellable: bool = False,
        cancelled: Cancel | None = None,
        resumable: bool = True,
    ) -> int:
        """Read something in the background.

        Without a ``label`` there is no progress dialog.  With one, the work is long: it
        runs on the long-work reader thread and shows a progress dialog; with
        ``with_progress`` it is called as ``fn(app, progress)``, and ``cancellable`` gives
        the dialog a Cancel button (``cancelled`` is called once it has stopped).
        ``resumable=False``: a lost connection goes to ``failure`` like any error (the
        reconnecting ping itself).
        """
        pool = self._readers if label is None else self._long_reader
        return self._start(
            fn, success, failure, Change.NONE, parent, label, with_progress, cancellable, pool, cancelled,
            resumable=resumable,
        )  # fmt: skip

    def write(
        self,
        fn: Callable[..., T],
        success: Callable[[T], object] | None = None,
        *,
        failure: Failure | None = None,
        changes: Change,
        label: str | None = None,
        parent: QWidget | None = None,
        with_progress: bool = False,
        cancellable: bool = False,
        cancelled: Cancel | None = None,
        what: str = "",
    ) -> int:
        """Change data on the writer thread; afterwards emit :attr:`changed`.

        ``changes`` is what the work changes, as the service declares it (a
        :class:`Change`; anything else is refused).  With ``with_progress`` the work is
        called as ``fn(app, progress)``.  The call is one user action: its key is made
        here, and every rerun of it uses the same key; ``what`` names it in the database.
        """
        key = actions.new_key()
        flags = _checked(changes)

        def keyed(app: App, *rest: object) -> object:
            with actions.acting(actions.action(app, key, what=what, changes=flags)):
                return fn(app, *rest)

        return self._start(
            keyed,
            success,
            failure,
            _checked(changes),
            parent,
            label if label is not None else self.tr("Working…"),
            with_progress,
            cancellable,
            self._writer,
            cancelled,
        )

    def is_idle(self) -> bool:
        return not self._ops

    def notify(self, changes: Change) -> None:
        """Tell every view that data changed (e.g. after F5)."""
        self.changed.emit(_checked(changes))

    def shutdown(self, msecs: int = 10_000) -> None:
        """Let running work finish, then drop every pending callback."""
        self._closed = True
        for op in list(self._ops.values()):
            if op.progress is not None:
                op.progress.cancel()
        self._readers.waitForDone(msecs)
        self._long_reader.waitForDone(msecs)
        self._writer.waitForDone(msecs)
        for op in list(self._ops.values()):
            self._finish(op)
        self._ops.clear()

    def show_error(self, err: BaseException, details: str = "", parent: QWidget | None = None) -> None:
        """The one way an error reaches the user.  Non-blocking (the box is window-modal)."""
        parent = parent or self._parent_widget
        box = QMessageBox(parent)
        if isinstance(err, DomainError):
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Not possible"))
            box.setText(labels.error_text(err))
        else:
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(self.tr("Error"))
            box.setText(self.tr("Something went wrong. The action was not completed."))
            box.setInformativeText(str(err) or type(err).__name__)
            if details:
                box.setDetailedText(details)
        self._open_box(box)
        self.error_shown.emit(box.text())

    def _show_already_done(self, err: DomainError, op: _Op) -> None:
        """Success after all: say so, and let the views show what the first run did."""
        box = QMessageBox(op.parent or self._parent_widget)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Already done"))
        box.setText(labels.error_text(err))
        self._open_box(box)
        self.info_shown.emit(box.text())
        if op.changes:
            self.changed.emit(op.changes)

    def _open_box(self, box: QMessageBox) -> None:
        """Open ``box`` window-modal without blocking, kept until it is closed."""
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._boxes.append(box)
        box.finished.connect(lambda _r, b=box: self._boxes.remove(b) if b in self._boxes else None)
        box.open()

    def open_message_boxes(self) -> list[QMessageBox]:
        return list(self._boxes)

    # ------------------------------------------------------------------ internals

    def _start(
        self,
        fn: Callable[..., object],
        success: Success | None,
        failure: Failure | None,
        changes: Change,
        parent: QWidget | None,
        label: str | None,
        with_progress: bool,
        cancellable: bool,
        pool: QThreadPool,
        on_cancel: Cancel | None = None,
        *,
        resumable: bool = True,
    ) -> int:
        if self._closed:
            return -1
        self._next_id += 1
        op_id = self._next_id
        progress = Progress(op_id, self._relay) if with_progress else None
        op = _Op(op_id, fn, success, failure, changes, parent, label, cancellable, progress, on_cancel)
        if resumable:
            op.rerun = lambda: self._start(
                fn, success, failure, changes, parent, label, with_progress, cancellable, pool, on_cancel
            )
        was_idle = not self._ops
        self._ops[op_id] = op
        if label is not None:
            op.timer = QTimer(self)
            op.timer.setSingleShot(True)
            op.timer.timeout.connect(lambda i=op_id: self._show_progress(i))
            op.timer.start(PROGRESS_DELAY_MS)
        app, relay = self.app, self._relay

        def work() -> None:  # on a worker thread: no widgets here
            try:
                result = fn(app, progress) if progress is not None else fn(app)
            except Cancelled:
                relay.cancelled.emit(op_id)
            except BaseException as exc:  # noqa: BLE001 - every error goes back to the GUI
                relay.failed.emit(op_id, exc, traceback.format_exc())
            else:
                relay.done.emit(op_id, result)

        op.work = work
        pool.start(work)
        if was_idle:
            self.busy_changed.emit(True)
        return op_id

    def _show_progress(self, op_id: int) -> None:
        op = self._ops.get(op_id)
        if op is None or op.dialog is not None:
            return
        parent = op.parent or self._parent_widget
        dialog = QProgressDialog(parent)
        dialog.setLabelText(op.label or "")
        dialog.setRange(0, 0)  # busy until the work reports how far it is
        dialog.setWindowTitle(self.tr("Please wait"))
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        if op.cancellable and op.progress is not None:
            dialog.setCancelButtonText(self.tr("Cancel"))
            dialog.canceled.connect(lambda i=op_id: self._cancel(i))
        else:
            dialog.setCancelButton(None)
        op.dialog = dialog
        dialog.show()
        last = op.last_progress
        if last is not None:  # the work reported before the dialog was due
            self._set_progress(dialog, *last)

    def _cancel(self, op_id: int) -> None:
        op = self._ops.get(op_id)
        if op is not None and op.progress is not None:
            op.progress.cancel()
            if op.dialog is not None:
                op.dialog.setLabelText(self.tr("Cancelling…"))

    @Slot(int, int, int, str)
    def _on_progress(self, op_id: int, done: int, total: int, text: str) -> None:
        op = self._ops.get(op_id)
        if op is None:
            return
        report = op.last_progress = (done, total, text)
        # Work that ends within the delay shows no dialog, even if it reported progress.
        due = op.timer is None or not op.timer.isActive()
        if op.dialog is None and op.label is not None and due:
            self._show_progress(op_id)
        elif op.dialog is not None:
            self._set_progress(op.dialog, done, total, text)
        # Setting a modal dialog's value processes events: a later report, or the end,
        # may have been handled inside it.  Then this report is stale and is not told,
        # so listeners hear the reports in the order the work made them.
        if op.last_progress is report:
            self.progressed.emit(op_id, done, total)

    @staticmethod
    def _set_progress(dialog: QProgressDialog, done: int, total: int, text: str) -> None:
        if text:
            dialog.setLabelText(text)
        dialog.setMaximum(max(total, 0))
        # A modal dialog's setValue processes events; the operation may finish (and
        # its dialog close) inside this call, so nothing touches the dialog after it.
        dialog.setValue(min(done, total) if total else 0)

    @Slot(int, object)
    def _on_done(self, op_id: int, result: object) -> None:
        op = self._ops.pop(op_id, None)
        if op is None:
            return
        self._finish(op)
        try:
            if op.success is not None:
                op.success(result)
        finally:
            if op.changes:
                self.changed.emit(op.changes)
            self._maybe_idle()

    @Slot(int, object, str)
    def _on_failed(self, op_id: int, exc: BaseException, details: str) -> None:
        op = self._ops.pop(op_id, None)
        if op is None:
            return
        self._finish(op)
        try:
            if isinstance(exc, DomainError) and actions.is_already_posted(exc):  # done before
                self._show_already_done(exc, op)
                return
            if op.rerun is not None and self.on_connection_lost is not None and is_connection_lost(exc):
                self.on_connection_lost(op.rerun)
                return
            handled = bool(op.failure(exc)) if op.failure is not None else False
            if not handled:
                self.show_error(exc, "" if isinstance(exc, DomainError) else details, op.parent)
        finally:
            self._maybe_idle()

    @Slot(int)
    def _on_cancelled(self, op_id: int) -> None:
        op = self._ops.pop(op_id, None)
        if op is None:
            return
        self._finish(op)
        try:
            if op.on_cancel is not None:
                op.on_cancel()
        finally:
            self._maybe_idle()

    def _finish(self, op: _Op) -> None:
        if op.timer is not None:
            op.timer.stop()
            op.timer.deleteLater()
            op.timer = None
        if op.dialog is not None:
            op.dialog.hide()
            op.dialog.deleteLater()
            op.dialog = None
        op.work = None
        op.last_progress = None

    def _maybe_idle(self) -> None:
        if not self._ops:
            self.busy_changed.emit(False)
