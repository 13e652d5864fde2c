"""Who may do what: the four roles, their order, and the rules of signing in.

Roles are hierarchical: a higher role may do everything a lower one may
(``viewer`` < ``staff`` < ``coordinator`` < ``administrator``).  A writing service says
the lowest role it needs with ``services.permissions.requires``; this module only holds
the order and the pure rules (password length, how long several failed sign-ins make a
person wait), so the window, the command line and the services agree.  Pure: no Qt, no
database.
"""

from __future__ import annotations

import enum
import math
from datetime import datetime

from pharmacy_app.domain.messages.terms import Term

#: The shortest password accepted (a typed message names it).
MIN_PASSWORD_LENGTH = 8
#: From this many failed sign-ins in a row, a name must wait before the next try.
SLOW_DOWN_FROM_FAILURE = 3
#: The longest wait between tries, however many failures.
MAX_WAIT_SECONDS = 60
#: The lock after idle, in minutes, when none is set (0 = never).
DEFAULT_LOCK_AFTER_MINUTES = 10
MAX_LOCK_AFTER_MINUTES = 24 * 60


class Role(enum.StrEnum):
    """A user's role; compare ranks with :func:`at_least`."""

    VIEWER = "viewer"
    STAFF = "staff"
    COORDINATOR = "coordinator"
    ADMINISTRATOR = "administrator"

    @property
    def rank(self) -> int:
        return ORDER.index(self)

    @property
    def term(self) -> Term:
        """The role's name in a message, in the message's language."""
        return ROLE_TERMS[self]


ORDER: tuple[Role, ...] = (Role.VIEWER, Role.STAFF, Role.COORDINATOR, Role.ADMINISTRATOR)

ROLE_TERMS: dict[Role, Term] = {
    Role.VIEWER: Term.ROLE_VIEWER,
    Role.STAFF: Term.ROLE_STAFF,
    Role.COORDINATOR: Term.ROLE_COORDINATOR,
    Role.ADMINISTRATOR: Term.ROLE_ADMINISTRATOR,
}


def at_least(role: Role | str, needed: Role | str) -> bool:
    """Whether ``role`` may do what ``needed`` may (the roles are hierarchical)."""
    return Role(role).rank >= Role(needed).rank


def name_key(name: str) -> str:
    """The form a user name is compared in: names are unique whatever their case."""
    return name.strip().casefold()


def password_too_short(password: str) -> bool:
    return len(password) < MIN_PASSWORD_LENGTH


def wait_after_failures(failures: int) -> int:
    """Seconds a name must wait after its last failure before another try is checked:
    none for the first two failures, then 1, 2, 4 … seconds, at most a minute."""
    if failures < SLOW_DOWN_FROM_FAILURE:
        return 0
    return int(min(MAX_WAIT_SECONDS, 2 ** (failures - SLOW_DOWN_FROM_FAILURE)))


def seconds_to_wait(failures: int, last_failure: datetime | None, now: datetime) -> int:
    """Whole seconds still to wait before a try is checked (0: it may be checked now)."""
    wait = wait_after_failures(failures)
    if wait == 0 or last_failure is None:
        return 0
    left = wait - (now - last_failure).total_seconds()
    return max(0, math.ceil(left))
