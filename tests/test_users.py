"""Users and signing in: the first administrator, names unique whatever their case, a
refusal that does not say whether the name or the password was wrong, several failures
slowing further tries (kept in the database), the last administrator kept, passwords
rehashed; SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from pharmacy_app.db import models as m
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.domain.roles import Role, seconds_to_wait, wait_after_failures
from pharmacy_app.services import users
from pharmacy_app.services.app import App, open_app
from tests.paperlog import Clock

PW = "correct horse"


def _code(call) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(DomainError) as err:
        call()
    return err.value.code


def _admin(app: App) -> None:
    users.add_user(app, "Admin", Role.ADMINISTRATOR, PW, full_name="Anna Admin")
    users.sign_in(app, "admin", PW)


def test_the_first_user_is_an_administrator_and_signs_in(app: App) -> None:
    assert not users.has_users(app)
    assert _code(lambda: users.add_user(app, "bo", Role.STAFF, PW)) == "first_user_administrator"
    assert _code(lambda: users.add_user(app, "bo", Role.ADMINISTRATOR, "short")) == "password_too_short"
    _admin(app)
    assert (app.user, app.role, app.signed_in) == ("Admin", Role.ADMINISTRATOR, True)
    users.add_user(app, "bo", "staff", PW)
    assert _code(lambda: users.add_user(app, "BO", Role.VIEWER, PW)) == "user_name_taken"
    assert _code(lambda: users.add_user(app, "cy", "boss", PW)) == "role_unknown"
    listed = users.list_users(app)
    assert [(u.name, u.role, u.disabled) for u in listed] == [
        ("Admin", Role.ADMINISTRATOR, False),
        ("bo", Role.STAFF, False),
    ]
    assert listed[0].last_sign_in_at == app.now()
    with app.db.read() as s:  # only a hash is kept
        hashes = s.scalars(select(m.AppUser.password_hash)).all()
    assert all(h.startswith("$argon2") and PW not in h for h in hashes)


def test_a_refusal_does_not_say_which_part_was_wrong(app: App) -> None:
    _admin(app)
    users.add_user(app, "bo", Role.STAFF, PW)
    users.set_disabled(app, "bo", True)
    with pytest.raises(DomainError) as no_user:
        users.sign_in(app, "nobody", PW)
    with pytest.raises(DomainError) as wrong:
        users.sign_in(app, "admin", "wrong password")
    with pytest.raises(DomainError) as disabled_wrong:
        users.sign_in(app, "bo", "wrong password")
    texts = {e.value.text("da") for e in (no_user, wrong, disabled_wrong)}
    assert texts == {"Forkert brugernavn eller adgangskode."}
    # Only with the right password does a disabled user hear why.
    with pytest.raises(DomainError) as disabled:
        users.sign_in(app, "bo", PW)
    assert disabled.value.code == "sign_in_disabled"
    users.set_disabled(app, "bo", False)
    assert users.sign_in(app, "bo", PW).role == Role.STAFF
    assert (app.user, app.role) == ("bo", Role.STAFF)


def test_failures_slow_further_tries_in_every_process(db_url: str, clock: Clock) -> None:
    assert [wait_after_failures(n) for n in range(1, 11)] == [0, 0, 1, 2, 4, 8, 16, 32, 60, 60]
    first = open_app(db_url, user="setup", clock=clock)
    other = open_app(db_url, user="other", clock=clock)  # another workstation
    try:
        _admin(first)
        users.add_user(first, "bo", Role.STAFF, PW)
        for _ in range(3):
            assert _code(lambda: users.sign_in(first, "bo", "nope nope")) == "sign_in_refused"
        # The third failure: a second's wait, on the other workstation too, and even the
        # right password is not checked before then.
        with pytest.raises(DomainError) as wait:
            users.sign_in(other, "bo", PW)
        assert wait.value.code == "sign_in_wait"
        assert wait.value.text("en") == "Too many wrong tries; try again in 1 second."
        clock.advance(seconds=1)
        assert _code(lambda: users.sign_in(other, "bo", "nope nope")) == "sign_in_refused"
        assert "2 sekunder" in _text_da(lambda: users.sign_in(other, "bo", PW))
        clock.advance(seconds=2)
        users.sign_in(other, "bo", PW)  # a success resets the count
        with other.db.read() as s:
            row = s.scalars(select(m.AppUser).where(m.AppUser.name_key == "bo")).one()
        assert row.failed_sign_ins == 0
        assert seconds_to_wait(row.failed_sign_ins, row.last_failure_at, clock()) == 0
    finally:
        first.close()
        other.close()


def _text_da(call) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(DomainError) as err:
        call()
    return err.value.text("da")


def test_the_last_administrator_stays(app: App) -> None:
    _admin(app)
    assert _code(lambda: users.set_disabled(app, "admin", True)) == "last_administrator"
    assert _code(lambda: users.set_role(app, "ADMIN", Role.STAFF)) == "last_administrator"
    users.add_user(app, "cy", Role.ADMINISTRATOR, PW)
    users.set_disabled(app, "cy", True)  # a disabled one does not count
    assert _code(lambda: users.set_role(app, "admin", Role.COORDINATOR)) == "last_administrator"
    users.set_disabled(app, "cy", False)
    users.set_role(app, "admin", Role.COORDINATOR)  # cy remains
    assert app.role == Role.COORDINATOR
    assert _code(lambda: users.add_user(app, "dy", Role.STAFF, PW)) == "role_required"
    assert _code(lambda: users.set_role(app, "nobody", Role.STAFF)) == "role_required"


def test_passwords_set_changed_and_rehashed(app: App) -> None:
    _admin(app)
    users.add_user(app, "bo", Role.STAFF, PW)
    users.set_password(app, "bo", "a new secret")
    assert _code(lambda: users.sign_in(app, "bo", PW)) == "sign_in_refused"
    users.sign_in(app, "bo", "a new secret")
    assert _code(lambda: users.change_own_password(app, "wrong one", "third secret")) == "password_old_wrong"
    assert _code(lambda: users.change_own_password(app, "a new secret", "short")) == "password_too_short"
    users.change_own_password(app, "a new secret", "third secret")
    assert _code(lambda: users.set_password(app, "admin", "hijacked!!")) == "role_required"
    # A hash made with weaker parameters is replaced at the next sign-in.
    weak = PasswordHasher(time_cost=1, memory_cost=8192).hash("third secret")
    with app.db.write() as s:
        s.scalars(select(m.AppUser).where(m.AppUser.name_key == "bo")).one().password_hash = weak
    users.sign_in(app, "bo", "third secret")
    with app.db.read() as s:
        stored = s.scalars(select(m.AppUser.password_hash).where(m.AppUser.name_key == "bo")).one()
    assert stored != weak and not PasswordHasher().check_needs_rehash(stored)


def test_lock_after_minutes(app: App) -> None:
    assert users.lock_after_minutes(app) == 10
    assert users.save_lock_after_minutes(app, 0) == 0
    assert users.lock_after_minutes(app) == 0
    assert _code(lambda: users.save_lock_after_minutes(app, -1)) == "lock_minutes_invalid"
    _admin(app)
    users.add_user(app, "bo", Role.COORDINATOR, PW)
    users.sign_in(app, "bo", PW)
    assert _code(lambda: users.save_lock_after_minutes(app, 5)) == "role_required"


def test_user_changes_are_in_the_activity_log_without_any_password(app: App) -> None:
    from pharmacy_app.services import ledger_check

    _admin(app)
    users.add_user(app, "bo", Role.STAFF, PW, full_name="Bo Berg")
    users.set_role(app, "bo", Role.COORDINATOR)
    users.set_disabled(app, "bo", True)
    users.set_disabled(app, "bo", False)
    users.set_password(app, "bo", "another horse")
    users.save_lock_after_minutes(app, 5)
    with app.db.read() as s:
        rows = s.execute(
            select(m.Activity.kind, m.Activity.subject, m.Activity.before, m.Activity.after, m.Activity.user_name)
            .order_by(m.Activity.chain_seq)
        ).all()
    logged = [(k, subj, b, a) for k, subj, b, a, who in rows if who == "Admin"]
    assert logged[-6:] == [
        ("user", "bo", None, '{"disabled": false, "full_name": "Bo Berg", "role": "staff"}'),
        ("role", "bo", '{"role": "staff"}', '{"role": "coordinator"}'),
        ("user", "bo", '{"disabled": false}', '{"disabled": true}'),
        ("user", "bo", '{"disabled": true}', '{"disabled": false}'),
        ("user", "bo", None, '{"password": "set"}'),
        ("setting", "lock_after_minutes", None, '"5"'),
    ]
    assert not any(PW in str(r) or "another horse" in str(r) for r in rows)
    assert ledger_check.check_ledger(app, full=True).ok  # the entries are in the chain
