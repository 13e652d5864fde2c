"""Users on the command line, run as a person or a scheduled job would: the first
administrator without sign-in, then every command signs in (PHARMACY_PASSWORD or
refused without a terminal); a wrong password or a disabled user exits 1 with nothing
done; a viewer cannot change stock."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pharmacy_app.db import models as m
from pharmacy_app.db.engine import Database
from tests.test_receive_cli import row, today, write_note

ROOT = Path(__file__).resolve().parent.parent


def run(db: str, *args: str, user: str | None = None, password: str | None = None, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PHARMACY_DB_URL", "PHARMACY_PASSWORD", "PHARMACY_USER")}
    if user is not None:
        env["PHARMACY_USER"] = user
    if password is not None:
        env["PHARMACY_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "pharmacy_app", "--db", db, *args],
        cwd=ROOT, env=env, input=stdin, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def _movements(db_url: str) -> int:
    db = Database(db_url)
    try:
        with db.read() as s:
            return int(s.execute(select(func.count(m.Movement.id))).scalar_one())
    finally:
        db.dispose()


@pytest.mark.slow
def test_users_on_the_command_line(db_url: str, tmp_path: Path) -> None:
    assert run(db_url, "init", "--pharmacy", "RH-APO").returncode == 0
    # Without users, only the first administrator; a staff user first is refused.
    refused = run(db_url, "user", "add", "bo", "--role", "staff", stdin="long enough\n")
    assert refused.returncode == 1 and "first user must be an administrator" in refused.stderr
    first = run(db_url, "user", "add", "Admin", "--role", "administrator", "--full-name", "Anna A", stdin="admin secret\n")
    assert first.returncode == 0, first.stderr
    # From now on every command signs in: no password and no terminal is refused.
    no_pw = run(db_url, "stock", user="admin")
    assert no_pw.returncode == 1 and "PHARMACY_PASSWORD" in no_pw.stderr
    wrong = run(db_url, "user", "add", "bo", "--role", "staff", user="admin", password="nope nope", stdin="long enough\n")
    assert wrong.returncode == 1 and wrong.stderr.strip() == "Wrong user name or password."
    admin = {"user": "admin", "password": "admin secret"}
    for name, role in (("bo", "staff"), ("vera", "viewer"), ("job", "coordinator")):
        done = run(db_url, "user", "add", name, "--role", role, stdin="long enough\n", **admin)
        assert done.returncode == 0, done.stderr
    short = run(db_url, "user", "add", "cy", "--role", "staff", stdin="short\n", **admin)
    assert short.returncode == 1 and "at least 8 characters" in short.stderr
    assert run(db_url, "user", "set-role", "job", "staff", **admin).returncode == 0
    listed = run(db_url, "user", "list", user="vera", password="long enough")
    assert listed.returncode == 0
    lines = listed.stdout.splitlines()
    assert lines[0].split() == ["name", "full_name", "role", "status", "last_sign_in"]
    assert any(line.split()[:4] == ["Admin", "Anna", "A", "administrator"] for line in lines)
    assert any(line.split()[:3] == ["job", "staff", "enabled"] for line in lines)
    # A viewer cannot change stock: refused with the role needed, nothing written.
    before = _movements(db_url)
    note = write_note(tmp_path / "FS-V-1.csv", [row("FS-V-1", "412345", "V001", today() + timedelta(days=200), "2")])
    receive = run(db_url, "receive", str(note), user="vera", password="long enough")
    assert receive.returncode == 1, receive.stdout
    assert "Needs the role staff (you are viewer)." in receive.stderr
    assert _movements(db_url) == before
    # Disabled: refused even with the right password, exit 1.
    assert run(db_url, "user", "disable", "bo", **admin).returncode == 0
    gone = run(db_url, "stock", user="bo", password="long enough")
    assert gone.returncode == 1 and "disabled" in gone.stderr
    assert run(db_url, "user", "enable", "bo", **admin).returncode == 0
    # The last administrator stays one.
    last = run(db_url, "user", "set-role", "admin", "staff", **admin)
    assert last.returncode == 1 and "last enabled administrator" in last.stderr
    # A user changes their own password (the one they signed in with is the old one).
    own = run(db_url, "user", "passwd", "bo", stdin="bo's new one\n", user="bo", password="long enough")
    assert own.returncode == 0, own.stderr
    assert run(db_url, "stock", user="bo", password="bo's new one").returncode == 0
    other = run(db_url, "user", "passwd", "vera", stdin="hijacked!!\n", user="bo", password="bo's new one")
    assert other.returncode == 1 and "administrator" in other.stderr
    assert run(db_url, "user", "passwd", "vera", stdin="reset by admin\n", **admin).returncode == 0
    assert run(db_url, "stock", user="vera", password="reset by admin").returncode == 0


def test_restore_over_a_database_with_users_needs_an_administrator(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from pharmacy_app.cli.parser import parse_args
    from pharmacy_app.cli.parser import run as run_cli
    from pharmacy_app.domain.roles import Role
    from pharmacy_app.services import backup, users
    from pharmacy_app.services.app import open_app

    url = f"sqlite:///{tmp_path / 'live.db'}"
    app = open_app(url, user="setup")
    users.add_user(app, "admin", Role.ADMINISTRATOR, "admin secret")
    users.sign_in(app, "admin", "admin secret")
    users.add_user(app, "bo", Role.COORDINATOR, "long enough")
    backup.backup(app, tmp_path / "copy.db")
    app.close()
    monkeypatch.delenv("PHARMACY_PASSWORD", raising=False)

    def restore(user: str, password: str | None) -> tuple[int, str]:
        if password is None:
            monkeypatch.delenv("PHARMACY_PASSWORD", raising=False)
        else:
            monkeypatch.setenv("PHARMACY_PASSWORD", password)
        err = io.StringIO()
        code = run_cli(parse_args(["--db", url, "--user", user, "restore", str(tmp_path / "copy.db"), "--yes"]), io.StringIO(), err)
        return code, err.getvalue()

    assert restore("admin", None) == (1, "The database has users: give the user with --user or PHARMACY_USER and the password in PHARMACY_PASSWORD or on a terminal.\n")
    assert restore("bo", "long enough") == (1, "Needs the role administrator (you are coordinator).\n")
    assert restore("admin", "admin secret")[0] == 0
