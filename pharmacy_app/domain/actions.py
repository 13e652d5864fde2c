"""The user action a write belongs to: its client-made key, who, and what it changes.

A person's action (a click, a command) may reach the database more than once: the
connection drops after the commit but before the answer, the window retries, a scheduled
job reruns.  Each action therefore carries a key made once when it starts (:func:`new_key`)
and reused by every retry of it.  :func:`acting` makes an action current for the code it
runs (a context variable, so each worker thread sees only its own);
``db.engine.Database.write`` reads it: the action's first write transaction inserts the key
into ``posting_key`` in the same transaction, and a key already there means the action was
done before, so the write is refused (``already_posted``) and nothing is done twice.

What must hold: only the first (outermost) write of an action claims the key.  A use case
that commits several transactions is guarded by its first one; its later transactions run
as before (they are each whole or not at all).  Pure: no database, no Qt.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime
from functools import reduce
from operator import or_

from pharmacy_app.domain.changes import Change

#: Every flag: what a write that does not say what it changes may have changed.
EVERYTHING: Change = reduce(or_, Change, Change.NONE)

MAX_KEY = 64  # the column's length; a uuid4 is 36


def new_key() -> str:
    """A fresh action key (a random uuid4): unique without asking the database."""
    return str(uuid.uuid4())


@dataclass
class Action:
    """One run of a user action.  ``claimed`` turns true once a write took its key."""

    key: str
    user: str
    now: Callable[[], datetime]
    what: str = ""
    changes: Change = field(default=EVERYTHING)
    claimed: bool = False


_CURRENT: ContextVar[Action | None] = ContextVar("pharmacy_action", default=None)


@contextmanager
def acting(action: Action) -> Iterator[Action]:
    """Make ``action`` current for the block (this thread or task only)."""
    token = _CURRENT.set(action)
    try:
        yield action
    finally:
        _CURRENT.reset(token)


def current() -> Action | None:
    return _CURRENT.get()


def claim() -> Action | None:
    """The current action if no write has taken its key yet (and mark it taken)."""
    action = _CURRENT.get()
    if action is None or action.claimed:
        return None
    action.claimed = True
    return action


def release(action: Action) -> None:
    """The write that took the key did not commit: the key is free again for a retry
    within the same run (the database rolled its row back)."""
    action.claimed = False


def payload(pid: int, changes: Change) -> str:
    """What a write tells other workstations: the writing process and the changed flags."""
    return f"{pid}:{changes.value}"


def parse_payload(text: str) -> tuple[int, Change]:
    """``(pid, changes)`` from :func:`payload`'s text; anything else means everything."""
    pid_text, _sep, flags_text = text.partition(":")
    try:
        return int(pid_text), Change(int(flags_text)) & EVERYTHING
    except ValueError:
        return -1, EVERYTHING
