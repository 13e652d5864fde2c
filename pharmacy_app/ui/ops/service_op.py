"""A write use case ready to run: the work, what it changes, and what follows.

:meth:`ServiceOp.call` builds one from a service function and its arguments; what the op
changes is what that function declares (:func:`~pharmacy_app.domain.changes.changes_of`),
never a guess of the caller.  ``success``, ``failure`` and ``cancelled`` set what follows on
the GUI thread; :meth:`ServiceOp.run` hands it to the operations helper, which runs it on
the writer thread and then broadcasts the changes.

What must hold: the arguments are taken when the op is built, on the GUI thread, so the
work on the writer thread reads no widget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Concatenate, Generic, ParamSpec, TypeVar

from PySide6.QtWidgets import QWidget

from pharmacy_app.domain.changes import Change, changes_of
from pharmacy_app.services.app import App
from pharmacy_app.ui.operations import Cancel, Failure, Operations

T = TypeVar("T")
P = ParamSpec("P")


class ServiceOp(Generic[T]):
    """One write: ``work(app)`` (or ``work(app, progress)``), changing ``changes``."""

    def __init__(
        self,
        parent: QWidget | None,
        work: Callable[..., T],
        changes: Change,
        *,
        with_progress: bool = False,
        cancellable: bool = False,
        what: str = "",
    ):
        self.parent = parent
        self.what = what  # the use case's name, kept with the action's key
        self.work = work
        self.changes = changes
        self.with_progress = with_progress
        self.cancellable = cancellable
        self._success: Callable[[T], object] | None = None
        self._failure: Failure | None = None
        self._cancelled: Cancel | None = None

    @classmethod
    def call(
        cls, parent: QWidget | None, fn: Callable[Concatenate[App, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> ServiceOp[T]:
        """``fn(app, *args, **kwargs)``, changing what ``fn`` declares."""
        what = getattr(fn, "__qualname__", "")
        return cls(parent, lambda app: fn(app, *args, **kwargs), changes_of(fn), what=what)

    def success(self, fn: Callable[[T], object] | None) -> ServiceOp[T]:
        """Called with the result on the GUI thread, before the changes are broadcast."""
        self._success = fn
        return self

    def failure(self, fn: Failure | None) -> ServiceOp[T]:
        """Called with the error; returning ``True`` means it was shown (else the helper shows it)."""
        self._failure = fn
        return self

    def cancelled(self, fn: Cancel | None) -> ServiceOp[T]:
        """Called once cancelled work (``cancellable``) has stopped."""
        self._cancelled = fn
        return self

    def run(self, ops: Operations, label: str | None = None) -> int:
        """Start the work on the writer thread; ``label`` is shown if it takes a while."""
        return ops.write(
            self.work,
            self._success,
            failure=self._failure,
            changes=self.changes,
            label=label,
            parent=self.parent,
            with_progress=self.with_progress,
            cancellable=self.cancellable,
            cancelled=self._cancelled,
            what=self.what,
        )
