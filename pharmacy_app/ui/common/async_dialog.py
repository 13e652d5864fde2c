"""A dialog that asks a service for one change and shows a refusal in itself.

The change is a use case's op (``pharmacy_app/ui/ops/``), run off the GUI thread.  While it runs the
dialog is busy (``_busy``; :meth:`ServiceDialog._refresh` greys out what must wait).  A
refusal (:class:`DomainError`) is shown in the dialog, which stays open to be
corrected; anything else goes to the standard error box.  A dialog closed before the
answer came back is left alone, and an error then shows on the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtWidgets import QDialog, QWidget

from pharmacy_app.domain.errors import DomainError
from pharmacy_app.ui import labels
from pharmacy_app.ui.common.problem_list import ProblemList
from pharmacy_app.ui.operations import Failure, Operations
from pharmacy_app.ui.ops.service_op import ServiceOp

T = TypeVar("T")


def alive(widget: QWidget, fn: Callable[[T], object]) -> Callable[[T], object]:
    """``fn``, but only while ``widget`` exists: a dialog closed before its answer came
    back is left alone."""

    def call(result: T) -> object:
        if shiboken6.isValid(widget):
            return fn(result)
        return None

    return call


def alive_failure(ops: Operations, widget: QWidget, fn: Failure) -> Failure:
    """A failure handler that, once its dialog is gone, shows the error on the window."""

    def call(exc: BaseException) -> bool:
        if shiboken6.isValid(widget):
            return bool(fn(exc))
        ops.show_error(exc)
        return True

    return call


class ServiceDialog(QDialog):
    """Subclasses give ``self.problems`` (a :class:`ProblemList`) or override
    :meth:`show_refusal`, and override :meth:`_refresh` to follow ``_busy``."""

    problems: ProblemList

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self._ops = ops
        self._busy = False

    def _refresh(self) -> None:
        """Enable what may be used now (``_busy`` is true while a change runs)."""

    def show_refusal(self, err: DomainError) -> None:
        self.problems.show_problems([labels.problem_text(p) for p in err.problems])
        grow_to_fit(self)

    def run_op(
        self,
        op: ServiceOp[T],
        finished: Callable[[T], object],
        label: str,
        close: bool = True,
    ) -> None:
        """Run ``op``; its result goes to ``finished``, then the dialog closes
        (unless ``close`` is false)."""
        self._busy = True
        self._refresh()

        def success(result: T) -> None:
            self._busy = False
            finished(result)
            if close:
                self.accept()

        def failure(exc: BaseException) -> bool:
            self._busy = False
            self._refresh()
            if isinstance(exc, DomainError):
                self.show_refusal(exc)
                return True
            return False

        op.success(alive(self, success)).failure(alive_failure(self._ops, self, failure)).run(self._ops, label)


def grow_to_fit(dialog: QDialog) -> None:
    """Make an open dialog tall enough for what was just shown in it (a refusal of several
    wrapped lines), rather than squeezing the text into the height it had."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(dialog.width())
    else:
        needed = layout.totalSizeHint().height()
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)
