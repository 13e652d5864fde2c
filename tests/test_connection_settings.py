"""A workstation's database chosen in Settings, reached without a password in any of the
app's files: PostgreSQL's password file, its service file, or the OS keyring.

A private PostgreSQL server that asks for a password (scram-sha-256), real files for
libpq, and a real keyring backend (an in-memory ``keyring.backend.KeyringBackend``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import psycopg
import pytest
import sqlalchemy as sa
from keyring.backend import KeyringBackend

from pharmacy_app.domain.connection_choice import ConnectionChoice, DatabaseKind, PasswordSource
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.paths import connection_settings_file, default_database_url
from pharmacy_app.services import connection_settings as cs
from pharmacy_app.services.app import open_app
from tests.pgserver import PgServer, running_server

PASSWORD = "hemmeligt-9f3K"
DBNAME = "apotek"


@pytest.fixture(scope="module")
def pw_server() -> Iterator[PgServer]:
    with running_server(password=PASSWORD) as server:
        with psycopg.connect(
            host=server.host, port=server.port, user=server.user, password=PASSWORD, dbname="postgres",
            autocommit=True,
        ) as conn:  # fmt: skip
            conn.execute(f"CREATE DATABASE {DBNAME}")
        yield server


@pytest.fixture(autouse=True)
def no_libpq_files(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """libpq's password and service files only where a test puts them."""
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none.pgpass"))
    monkeypatch.setenv("PGSERVICEFILE", str(tmp_path / "none.conf"))
    monkeypatch.delenv("PHARMACY_DB_URL", raising=False)


class MemoryKeyring(KeyringBackend):
    """A keyring backend kept in memory (the OS keyring of a test)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


def server_choice(server: PgServer, source: PasswordSource, **changes: object) -> ConnectionChoice:
    fields: dict[str, object] = {
        "kind": DatabaseKind.POSTGRESQL, "host": server.host, "port": server.port, "database": DBNAME,
        "user": server.user, "password_source": source,
    }  # fmt: skip
    fields.update(changes)
    return ConnectionChoice(**fields)  # type: ignore[arg-type]


def write_pgpass(tmp_path: Path, server: PgServer, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "pgpass"
    path.write_text(f"{server.host}:{server.port}:*:{server.user}:{PASSWORD}\n")
    path.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(path))
    return path


def stored_text() -> str:
    return connection_settings_file().read_text(encoding="utf-8")


def works_at_next_start(expected_url: str) -> None:
    """The saved choice is what a start without --db opens; it upgrades and answers."""
    assert default_database_url() == expected_url
    app = open_app(None, user="tester")
    try:
        with app.db.read() as s:
            assert s.scalar(sa.text("SELECT current_database()")) == DBNAME
    finally:
        app.close()


@pytest.mark.postgres
def test_password_file(pw_server: PgServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    choice = server_choice(pw_server, PasswordSource.PGPASS)
    with pytest.raises(DomainError) as no_file:
        cs.check_connection(choice)
    assert no_file.value.code == "db_bad_password"
    write_pgpass(tmp_path, pw_server, monkeypatch)
    found = cs.check_connection(choice)
    assert found.server.startswith("PostgreSQL ")
    cs.save_choice(choice)
    assert PASSWORD not in stored_text()
    assert json.loads(stored_text())["password_source"] == "pgpass"
    works_at_next_start(choice.url())
    assert cs.check_connection(choice).schema is not None  # set up by the start


@pytest.mark.postgres
def test_service_file(pw_server: PgServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_pgpass(tmp_path, pw_server, monkeypatch)
    services = tmp_path / "pg_service.conf"
    services.write_text(
        f"[apoteket]\nhost={pw_server.host}\nport={pw_server.port}\ndbname={DBNAME}\nuser={pw_server.user}\n"
    )
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    choice = ConnectionChoice(DatabaseKind.POSTGRESQL, password_source=PasswordSource.SERVICE, service="apoteket")
    assert choice.url() == "postgresql://?service=apoteket"
    cs.check_connection(choice)
    cs.save_choice(choice)
    assert PASSWORD not in stored_text()
    works_at_next_start(choice.url())
    with pytest.raises(DomainError) as unknown:
        cs.check_connection(ConnectionChoice(DatabaseKind.POSTGRESQL, password_source=PasswordSource.SERVICE, service="nope"))
    assert unknown.value.code == "db_service_unknown"


@pytest.mark.postgres
def test_keyring(pw_server: PgServer, memory_keyring: MemoryKeyring) -> None:
    choice = server_choice(pw_server, PasswordSource.KEYRING)
    with pytest.raises(DomainError) as wrong:
        cs.check_connection(choice, password="forkert")
    assert wrong.value.code == "db_bad_password"
    assert wrong.value.text("da").startswith(f"Serveren {pw_server.host}:{pw_server.port} afviste brugeren postgres")
    with pytest.raises(DomainError) as none_yet:
        cs.save_choice(choice)
    assert none_yet.value.code == "db_password_missing"
    cs.check_connection(choice, password=PASSWORD)
    cs.save_choice(choice, password=PASSWORD)
    account = f"{pw_server.user}@{pw_server.host}:{pw_server.port}/{DBNAME}"
    assert memory_keyring.entries == {("pharmacy-app", account): PASSWORD}
    assert PASSWORD not in stored_text()
    assert choice.url().endswith("?keyring=1")
    works_at_next_start(choice.url())
    cs.check_connection(choice)  # now from the keyring
    app = open_app(choice.url(), user="tester")
    try:
        assert PASSWORD not in app.db.url and "keyring" not in app.db.url
    finally:
        app.close()


@pytest.mark.postgres
def test_what_failed_is_said(pw_server: PgServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_pgpass(tmp_path, pw_server, monkeypatch)
    with pytest.raises(DomainError) as missing:
        cs.check_connection(server_choice(pw_server, PasswordSource.PGPASS, database="findes_ikke"))
    assert missing.value.code == "db_missing"
    assert "findes_ikke" in missing.value.text("da")
    with pytest.raises(DomainError) as away:
        cs.check_connection(server_choice(pw_server, PasswordSource.PGPASS, port=1))
    assert away.value.code == "db_unreachable"


@pytest.mark.postgres
def test_a_newer_schema_is_said(pg_url: str) -> None:
    app = open_app(pg_url, user="tester")
    try:
        with app.db.write() as s:
            s.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
        url = sa.engine.make_url(pg_url)
        choice = ConnectionChoice(
            DatabaseKind.POSTGRESQL, host=str(url.host), port=int(url.port or 5432),
            database=str(url.database), user=str(url.username), password_source=PasswordSource.PGPASS,
        )  # fmt: skip
        with pytest.raises(DomainError) as newer:
            cs.check_connection(choice)
        assert newer.value.code == "schema_newer"
    finally:
        app.close()


def test_a_sqlite_file_is_chosen_and_opened_at_the_next_start(tmp_path: Path) -> None:
    choice = ConnectionChoice(DatabaseKind.SQLITE, path=str(tmp_path / "delt" / "lager.sqlite3"))
    assert cs.check_connection(choice).schema is None  # a new file, set up at the start
    cs.save_choice(choice)
    assert default_database_url() == "sqlite:///" + str(tmp_path / "delt" / "lager.sqlite3")
    app = open_app(None, user="tester")
    app.close()
    assert cs.check_connection(choice).schema is not None
    assert cs.stored_choice() == choice
