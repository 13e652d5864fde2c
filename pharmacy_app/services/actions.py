"""Running a use case as one user action with a key (see ``domain.actions``).

The window makes one :class:`~pharmacy_app.domain.actions.Action` per click (the operations
helper) and reruns it with the same key after a lost connection; the command line makes one
per command, or takes ``--key`` from a scheduled job that may run again.  A write of an
action whose key is already in the database is refused with ``already_posted``.
"""

from __future__ import annotations

from pharmacy_app.domain.actions import EVERYTHING, Action, acting, current, new_key
from pharmacy_app.domain.changes import Change
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.domain.messages.codes import Code
from pharmacy_app.services.app import App

__all__ = ["Action", "acting", "action", "current", "is_already_posted", "new_key"]


def action(app: App, key: str | None = None, *, what: str = "", changes: Change = EVERYTHING) -> Action:
    """A new run of a user action by ``app``'s user; ``key`` reuses an earlier one's."""
    return Action(key=key or new_key(), user=app.user, now=app.now, what=what, changes=changes)


def is_already_posted(err: BaseException) -> bool:
    """``err`` says the action had been done before (so the retry did nothing)."""
    return isinstance(err, DomainError) and err.code == Code.ALREADY_POSTED
