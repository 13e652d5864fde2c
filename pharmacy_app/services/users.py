"""Users: signing in, and the administrator's use cases (add, disable, enable, role,
password), plus the idle lock setting.

What must hold: only an argon2 hash of a password is stored (rehashed when argon2's
parameters change); a refused sign-in never says whether the name or the password was
wrong (a disabled user hears so only after the right password); from the third failure
in a row a name waits (``domain.roles.wait_after_failures``) before a try is even checked,
and the count lives in the database so every window and command line is slowed alike; a
success resets it.  The last enabled administrator can be neither disabled nor demoted.
A database's first user must be an administrator.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain import roles
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.errors import DomainError, fail
from pharmacy_app.domain.limits import MAX_USER_NAME, check_text_length
from pharmacy_app.domain.messages.terms import Term
from pharmacy_app.domain.roles import Role
from pharmacy_app.services import activity
from pharmacy_app.services.app import App
from pharmacy_app.services.permissions import requires
from pharmacy_app.services.reference.settings import get_setting, put_setting

SETTING_LOCK_AFTER = "lock_after_minutes"
MAX_FULL_NAME = 200

_hasher = PasswordHasher()


@dataclass(frozen=True)
class UserInfo:
    name: str
    full_name: str
    role: Role
    disabled: bool
    created_at: datetime
    last_sign_in_at: datetime | None


def _info(u: m.AppUser) -> UserInfo:
    return UserInfo(
        name=u.name,
        full_name=u.full_name,
        role=Role(u.role),
        disabled=u.disabled,
        created_at=u.created_at,
        last_sign_in_at=u.last_sign_in_at,
    )


@cache
def _dummy_hash() -> str:
    """A hash to verify against for an unknown name, so it takes as long as a known one."""
    return _hasher.hash("not a password of anyone")


def parse_role(text: str) -> Role:
    """A role from its name (``staff``); a typed problem naming the roles otherwise."""
    try:
        return Role(text.strip().lower())
    except ValueError:
        raise fail("role_unknown", value=text, roles=", ".join(r.value for r in roles.ORDER)) from None


def check_new_password(password: str, again: str | None = None) -> None:
    """Refuse a password too short, or two entries that differ."""
    if roles.password_too_short(password):
        raise fail("password_too_short", minimum=roles.MIN_PASSWORD_LENGTH)
    if again is not None and again != password:
        raise fail("password_mismatch")


def has_users(app: App) -> bool:
    with app.db.read() as s:
        return s.execute(select(m.AppUser.id).limit(1)).first() is not None


def list_users(app: App) -> list[UserInfo]:
    with app.db.read() as s:
        rows = s.scalars(select(m.AppUser).order_by(m.AppUser.name_key)).all()
        return [_info(u) for u in rows]


# ---------------------------------------------------------------------- signing in


def sign_in(app: App, name: str, password: str) -> UserInfo:
    """Check ``name`` and ``password``; on success the app acts as that user.

    Refused (a ``DomainError``) for a wrong password, an unknown or disabled user, or a
    name that must still wait after several failures; the failure is recorded first."""
    now = app.now()
    refusal: DomainError | None = None
    with app.db.write() as s:
        user = s.scalars(
            select(m.AppUser).where(m.AppUser.name_key == roles.name_key(name)).with_for_update()
        ).first()
        if user is None:
            _verify(_dummy_hash(), password)  # as long as for a known name
            raise fail("sign_in_refused")
        wait = roles.seconds_to_wait(user.failed_sign_ins, user.last_failure_at, now)
        if wait > 0:
            refusal = fail("sign_in_wait", seconds=wait)
        elif not _verify(user.password_hash, password):
            user.failed_sign_ins += 1
            user.last_failure_at = now
            refusal = fail("sign_in_refused")
        elif user.disabled:
            refusal = fail("sign_in_disabled", user=user.name)
        else:
            user.failed_sign_ins = 0
            user.last_sign_in_at = now
            if _hasher.check_needs_rehash(user.password_hash):
                user.password_hash = _hasher.hash(password)
            info = _info(user)
    if refusal is not None:  # raised after the commit: the failure stays counted
        raise refusal
    app.user = info.name
    app.role = info.role
    app.signed_in = True
    return info


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


# ---------------------------------------------------------------------- administration


def _user(s: Session, name: str) -> m.AppUser:
    user = s.scalars(
        select(m.AppUser).where(m.AppUser.name_key == roles.name_key(name)).with_for_update()
    ).first()
    if user is None:
        raise fail("user_unknown", user=name)
    return user


def _refuse_last_administrator(s: Session, user: m.AppUser) -> None:
    """Refuse taking away the last enabled administrator (rows locked on PostgreSQL so two
    administrators cannot disable each other at the same moment)."""
    if user.role != Role.ADMINISTRATOR or user.disabled:
        return
    admins = s.scalars(
        select(m.AppUser.id)
        .where(m.AppUser.role == Role.ADMINISTRATOR.value, m.AppUser.disabled.is_(False))
        .with_for_update()
    ).all()
    if len(admins) <= 1:
        raise fail("last_administrator", user=user.name)


def _touch(app: App, user: m.AppUser) -> None:
    user.changed_at = app.now()
    user.changed_by = app.user


@requires(Role.ADMINISTRATOR)
@declares(Change.USERS)
def add_user(app: App, name: str, role: Role | str, password: str, full_name: str = "") -> UserInfo:
    """A new user.  On a database without users only an administrator (the first)."""
    name = name.strip()
    if not name or len(name) > MAX_USER_NAME:
        raise fail("user_name_required", maximum=MAX_USER_NAME)
    full_name = check_text_length(Term.FIELD_NAME, full_name.strip(), MAX_FULL_NAME)
    role = parse_role(role)
    check_new_password(password)
    now = app.now()
    with app.db.write() as s:
        count = s.execute(select(func.count(m.AppUser.id))).scalar_one()
        if count == 0 and role != Role.ADMINISTRATOR:
            raise fail("first_user_administrator")
        if s.execute(
            select(m.AppUser.id).where(m.AppUser.name_key == roles.name_key(name))
        ).first():
            raise fail("user_name_taken", user=name)
        user = m.AppUser(
            name=name,
            name_key=roles.name_key(name),
            full_name=full_name,
            role=role.value,
            password_hash=_hasher.hash(password),
            disabled=False,
            created_at=now,
            created_by=app.user,
            changed_at=now,
            changed_by=app.user,
            failed_sign_ins=0,
        )
        s.add(user)
        s.flush()
        activity.record(
            s, app, activity.Kind.USER, name, None,
            {"role": role.value, "full_name": full_name, "disabled": False}, now=now,
        )
        return _info(user)


@requires(Role.ADMINISTRATOR)
@declares(Change.USERS)
def set_disabled(app: App, name: str, disabled: bool) -> UserInfo:
    """Disable a user (who can then no longer sign in nor act) or enable them again."""
    with app.db.write() as s:
        user = _user(s, name)
        if disabled:
            _refuse_last_administrator(s, user)
        if user.disabled != disabled:
            activity.record(s, app, activity.Kind.USER, user.name, {"disabled": user.disabled}, {"disabled": disabled})
        user.disabled = disabled
        if not disabled:
            user.failed_sign_ins = 0  # an administrator's word ends any wait
        _touch(app, user)
        return _info(user)


@requires(Role.ADMINISTRATOR)
@declares(Change.USERS)
def set_role(app: App, name: str, role: Role | str) -> UserInfo:
    role = parse_role(role)
    with app.db.write() as s:
        user = _user(s, name)
        if role != Role.ADMINISTRATOR:
            _refuse_last_administrator(s, user)
        if user.role != role.value:
            activity.record(s, app, activity.Kind.ROLE, user.name, {"role": user.role}, {"role": role.value})
        user.role = role.value
        _touch(app, user)
        info = _info(user)
    if roles.name_key(name) == roles.name_key(app.user):
        app.role = role
    return info


@requires(Role.ADMINISTRATOR)
@declares(Change.USERS)
def set_password(app: App, name: str, password: str) -> UserInfo:
    """An administrator sets a user's password (and ends any wait after failures)."""
    check_new_password(password)
    with app.db.write() as s:
        user = _user(s, name)
        user.password_hash = _hasher.hash(password)
        user.failed_sign_ins = 0
        # The log says that the password was set and by whom, never anything of it.
        activity.record(s, app, activity.Kind.USER, user.name, None, {"password": "set"})
        _touch(app, user)
        return _info(user)


@requires(Role.VIEWER)
@declares(Change.USERS)
def change_own_password(app: App, old: str, new: str) -> UserInfo:
    """The signed-in user changes their own password, giving the current one."""
    check_new_password(new)
    with app.db.write() as s:
        user = _user(s, app.user)
        if not _verify(user.password_hash, old):
            raise fail("password_old_wrong")
        user.password_hash = _hasher.hash(new)
        activity.record(s, app, activity.Kind.USER, user.name, None, {"password": "changed"})
        _touch(app, user)
        return _info(user)


# ---------------------------------------------------------------------- the idle lock


def lock_after_minutes(app: App) -> int:
    """Minutes without input before the window locks (0: never)."""
    with app.db.read() as s:
        value = get_setting(s, SETTING_LOCK_AFTER)
    try:
        return int(value) if value is not None else roles.DEFAULT_LOCK_AFTER_MINUTES
    except ValueError:
        return roles.DEFAULT_LOCK_AFTER_MINUTES


@requires(Role.ADMINISTRATOR)
@declares(Change.SETTINGS)
def save_lock_after_minutes(app: App, minutes: int) -> int:
    if not 0 <= minutes <= roles.MAX_LOCK_AFTER_MINUTES:
        raise fail("lock_minutes_invalid", maximum=roles.MAX_LOCK_AFTER_MINUTES)
    with app.db.write() as s:
        put_setting(s, SETTING_LOCK_AFTER, str(minutes), app)
    return minutes
