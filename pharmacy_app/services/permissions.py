"""Who may run a writing service: ``@requires(Role.X)`` next to ``@declares(...)``.

The check runs before the service's body, on every call, with one small query: a
database with no users yet allows everything (a fresh database before its first
administrator, the demo, scripts); otherwise the :class:`App` must be signed in, its
user still enabled (an administrator may have disabled it meanwhile) and its role, as
the database holds it now, at least the one required.  A refusal is a typed problem
naming the role needed.  Disabled buttons in the window only mirror this; this is the
guarantee.

What must hold: every function in ``pharmacy_app.services`` that declares a change also
requires a role (tests/test_permissions.py walks them all).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import select

from pharmacy_app.db import models as m
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.roles import Role, at_least, name_key
from pharmacy_app.services.app import App

F = TypeVar("F", bound=Callable[..., Any])

_ATTRIBUTE = "__pharmacy_requires__"


def requires(role: Role) -> Callable[[F], F]:
    """Refuse the call unless the app's user may act as ``role`` (see the module)."""
    needed = Role(role)

    def wrap(fn: F) -> F:
        @functools.wraps(fn)
        def checked(*args: Any, **kwargs: Any) -> Any:
            app = _app_of(args, kwargs)
            if app is not None:
                check(app, needed)
            return fn(*args, **kwargs)

        setattr(checked, _ATTRIBUTE, needed)
        return checked  # type: ignore[return-value]

    return wrap


def required_role(fn: Callable[..., Any]) -> Role | None:
    """The role ``fn`` requires, or ``None`` when it declares none."""
    role = getattr(fn, _ATTRIBUTE, None)
    return role if isinstance(role, Role) else None


def _app_of(args: tuple[Any, ...], kwargs: dict[str, Any]) -> App | None:
    """The App a service was called with (its first argument by convention).  A restore
    given a database's URL instead has none: its caller signs in first (cli/backup)."""
    for value in (*args[:1], kwargs.get("app"), kwargs.get("target")):
        if isinstance(value, App):
            return value
    return None


def _lookup(app: App) -> tuple[bool, Any]:
    """Whether the database has users, and the app user's row (role, disabled) if any:
    one query, the user's row or the first row to tell "no users" apart."""
    key = name_key(app.user)
    first = select(m.AppUser.id).order_by(m.AppUser.id).limit(1).scalar_subquery()
    with app.db.read() as s:
        rows = s.execute(
            select(m.AppUser.name_key, m.AppUser.role, m.AppUser.disabled).where(
                (m.AppUser.name_key == key) | (m.AppUser.id == first)
            )
        ).all()
    mine = next((r for r in rows if r.name_key == key), None)
    return bool(rows), mine


def check(app: App, needed: Role) -> None:
    """Refuse, with a typed problem naming ``needed``, unless the app may act as it."""
    has_users, mine = _lookup(app)
    if not has_users:
        return  # no users yet: a fresh database, the demo, scripts
    if not app.signed_in:
        raise fail("sign_in_required", needed=needed.term)
    if mine is None or mine.disabled:
        raise fail("signed_in_user_disabled", user=app.user)
    role = Role(mine.role)
    if not at_least(role, needed):
        raise fail("role_required", needed=needed.term, role=role.term)


def allowed(app: App, needed: Role) -> bool:
    """Whether the app's user may act as ``needed`` now (the window's enabled actions)."""
    if not app.signed_in:
        return True  # no users: nothing to refuse (the services check again anyway)
    return at_least(app.role, needed)
