"""Choosing this workstation's database, testing it, and keeping the choice.

The choice (:class:`~pharmacy_app.domain.connection_choice.ConnectionChoice`) is kept as
JSON in the user's config folder (``paths.connection_settings_file``) and opened at the
next start when neither ``--db`` nor ``PHARMACY_DB_URL`` names a database.  A password
typed for the keyring way goes to the operating system's keyring
(``keyring.set_password("pharmacy-app", "user@host:port/db", password)``) and nowhere else.

:func:`check_connection` tries a choice and says in words a person can act on what failed:
the server cannot be reached, the password is wrong, the database or service does not
exist, or the database's schema is newer than this program.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import psycopg
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from pharmacy_app.db import connection, migrate
from pharmacy_app.domain.connection_choice import ConnectionChoice, DatabaseKind, PasswordSource
from pharmacy_app.domain.errors import DomainError, fail
from pharmacy_app.paths import connection_settings_file


@dataclass(frozen=True)
class ConnectionCheck:
    """A choice that works: the server's version and the schema found (``None``: a new,
    empty database the app will set up at the next start)."""

    server: str
    schema: str | None


def stored_choice() -> ConnectionChoice | None:
    """The choice saved on this workstation, if any."""
    try:
        data = json.loads(connection_settings_file().read_text(encoding="utf-8"))
        return ConnectionChoice.from_dict(data)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def keyring_account(choice: ConnectionChoice) -> str:
    return connection.keyring_account(choice.user, choice.host, choice.port, choice.database)


def save_choice(choice: ConnectionChoice, password: str | None = None) -> Path:
    """Keep ``choice`` for the next start; a typed password goes to the keyring only."""
    if choice.kind is DatabaseKind.POSTGRESQL and choice.password_source is PasswordSource.KEYRING:
        if password:
            _keyring_set(keyring_account(choice), password)
        elif _keyring_get(keyring_account(choice)) is None:
            raise fail("db_password_missing", account=keyring_account(choice))
    path = connection_settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(choice.to_dict(), indent=2), encoding="utf-8")
    os.replace(tmp, path)  # whole or not at all
    return path


def check_connection(choice: ConnectionChoice, password: str | None = None) -> ConnectionCheck:
    """Connect as the app would (a typed password instead of the keyring's) and look at
    the schema; raises a :class:`DomainError` saying what failed."""
    if choice.kind is DatabaseKind.SQLITE:
        return _check_sqlite(Path(choice.path).expanduser())
    from_keyring = choice.password_source is PasswordSource.KEYRING and not password
    if from_keyring and _keyring_get(keyring_account(choice)) is None:
        raise fail("db_password_missing", account=keyring_account(choice))
    engine = connection.probe_engine(choice.url(), password or None)
    try:
        with engine.connect() as conn:
            server = "PostgreSQL " + str(conn.execute(text("SHOW server_version")).scalar_one())
        schema = migrate.check_not_newer(engine)
    except DBAPIError as err:
        raise _connect_problem(choice, err) from err
    finally:
        engine.dispose()
    return ConnectionCheck(server=server, schema=schema)


def _check_sqlite(path: Path) -> ConnectionCheck:
    import sqlite3

    if not path.exists():  # a new file: made and set up at the next start
        return ConnectionCheck(server="SQLite " + sqlite3.sqlite_version, schema=None)
    engine = connection.probe_engine("sqlite:///" + str(path))
    try:
        schema = migrate.check_not_newer(engine)
    except DBAPIError as err:
        raise fail("db_connect_failed", detail=str(err.orig)) from err
    finally:
        engine.dispose()
    return ConnectionCheck(server="SQLite " + sqlite3.sqlite_version, schema=schema)


def _server_name(choice: ConnectionChoice) -> str:
    if choice.password_source is PasswordSource.SERVICE:
        return choice.service
    return f"{choice.host}:{choice.port}"


def _connect_problem(choice: ConnectionChoice, err: DBAPIError) -> DomainError:
    """What a failed connect means for the person who chose the settings."""
    orig = err.orig
    message = str(orig)
    lowered = message.lower()
    state = orig.sqlstate if isinstance(orig, psycopg.Error) else None
    server = _server_name(choice)
    if "definition of service" in lowered or "service file" in lowered:
        return fail("db_service_unknown", service=choice.service)
    if state in ("28P01", "28000") or "password authentication failed" in lowered:
        return fail("db_bad_password", user=choice.user or make_url(choice.url()).username or "", server=server)
    if "no password supplied" in lowered:
        return fail("db_bad_password", user=choice.user, server=server)
    if state == "3D000" or ("database" in lowered and "does not exist" in lowered):
        return fail("db_missing", database=choice.database or choice.service, server=server)
    if any(
        words in lowered
        for words in ("connection refused", "could not connect", "timeout expired", "could not translate host", "no route", "connection failed")
    ):
        return fail("db_unreachable", server=server)
    return fail("db_connect_failed", detail=message.strip().splitlines()[0] if message.strip() else type(orig).__name__)


def _keyring_get(account: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(connection.KEYRING_SERVICE, account)
    except KeyringError as err:
        raise fail("db_keyring_unavailable", detail=str(err) or type(err).__name__) from err


def _keyring_set(account: str, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(connection.KEYRING_SERVICE, account, password)
    except KeyringError as err:
        raise fail("db_keyring_unavailable", detail=str(err) or type(err).__name__) from err
