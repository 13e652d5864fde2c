"""``pharmacy-app backup`` and ``restore`` end to end, and the documented PostgreSQL route
(README, "Backup and restore"): the real ``pg_dump -Fc`` and ``pg_restore`` of the test
server into a new database, which must pass the full check with identical movements."""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
from pathlib import Path

import pytest
import sqlalchemy as sa

from pharmacy_app.services import queries
from pharmacy_app.services.app import open_app
from tests.helpers import table_digest
from tests.paperlog import Clock, PaperLog
from tests.pgserver import PgServer, fresh_database
from tests.test_backup import LOG
from tests.test_cli import cli


def _filled(url: str, clock: Clock) -> None:
    app = open_app(url, user="tester", clock=clock)
    try:
        PaperLog(app, clock).run(LOG)
        assert queries.check_ledger(app, full=True).ok
    finally:
        app.close()


# A restore adds an entry to the restored database's audit chain saying so
# (test_backup.py checks it); everything else is the backup's.
AUDIT = ("activity", "chain_head")


def _digest(url: str) -> str:
    app = open_app(url, upgrade=False)
    try:
        return table_digest(app, skip=AUDIT)
    finally:
        app.close()


def test_backup_and_restore_on_the_command_line(tmp_path: Path, clock: Clock) -> None:
    db = tmp_path / "pharmacy.sqlite3"
    url = f"sqlite:///{db}"
    _filled(url, clock)
    before = _digest(url)
    out = tmp_path / "copies" / "monday.sqlite3"
    done = cli("--db", url, "backup", "--out", str(out), check=True)
    assert done.stdout.split()[-1] == str(out)
    assert out.is_file()

    # Refused: a damaged copy; exit 1, the reason on stderr, nothing changed or kept aside.
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    refused = cli("--db", url, "restore", str(broken), "--yes")
    assert refused.returncode == 1 and "broken.sqlite3" in refused.stderr
    assert _digest(url) == before
    assert sorted(p.name for p in tmp_path.glob("pharmacy.replaced-*")) == []

    # Without a terminal and without --yes nothing is replaced.
    asked = cli("--db", url, "restore", str(out))
    assert asked.returncode == 1 and "--yes" in asked.stderr

    # Stock moves on, then the Monday copy is restored.
    with contextlib.closing(sqlite3.connect(db)) as conn:
        movements_before = conn.execute("select count(*) from movement").fetchone()[0]
    app = open_app(url, user="tester", clock=clock)
    try:
        paper = PaperLog(app, clock)
        paper.run("2026-11-02 receive 412345 FX9999 exp 2027-03-31 1 packs ref FS-2")
    finally:
        app.close()
    assert _digest(url) != before
    restored = cli("--db", url, "restore", str(out), "--yes", check=True)
    assert "ledger checked" in restored.stdout
    assert _digest(url) == before
    kept = list(tmp_path.glob("pharmacy.replaced-*.sqlite3"))
    assert len(kept) == 1
    with contextlib.closing(sqlite3.connect(kept[0])) as conn:
        assert conn.execute("select count(*) from movement").fetchone()[0] == movements_before + 1


@pytest.mark.postgres
def test_postgresql_backup_refused_with_the_route_to_take(pg_url: str, tmp_path: Path) -> None:
    refused = cli("--db", pg_url, "backup", "--out", str(tmp_path / "x.sqlite3"))
    assert refused.returncode == 1 and "pg_dump" in refused.stderr


def _movements(url: str) -> list[tuple[object, ...]]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(sa.text("select * from movement order by id"))]
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_the_pg_dump_route_restores_a_database_that_passes_the_check(
    pg_server: PgServer, pg_url: str, tmp_path: Path, clock: Clock
) -> None:
    _filled(pg_url, clock)
    source = sa.engine.make_url(pg_url)
    dump = tmp_path / "pharmacy.dump"
    connection = ["-h", pg_server.host, "-p", str(pg_server.port), "-U", pg_server.user]
    # The README's commands.
    subprocess.run(
        [str(pg_server.bin_dir / "pg_dump"), "-Fc", *connection, "-d", str(source.database), "-f", str(dump)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    with fresh_database(pg_server) as target_url:
        target = sa.engine.make_url(target_url)
        subprocess.run(
            [
                str(pg_server.bin_dir / "pg_restore"), "--clean", "--if-exists", "--no-owner",
                *connection, "-d", str(target.database), str(dump),
            ],
            check=True, capture_output=True, timeout=300,
        )  # fmt: skip
        assert _movements(target_url) == _movements(pg_url) != []
        restored = open_app(target_url, user="tester", clock=clock)
        try:
            report = queries.check_ledger(restored, full=True)
            assert report.ok and report.movements == len(_movements(pg_url))
        finally:
            restored.close()


def test_restore_replaces_a_database_that_no_longer_opens(tmp_path: Path, clock: Clock) -> None:
    db = tmp_path / "pharmacy.sqlite3"
    url = f"sqlite:///{db}"
    _filled(url, clock)
    before = _digest(url)
    out = tmp_path / "copy.sqlite3"
    cli("--db", url, "backup", "--out", str(out), check=True)
    db.write_bytes(b"\x00" * 4096)  # the disk ate it
    assert cli("--db", url, "stock").returncode != 0
    cli("--db", url, "restore", str(out), "--yes", check=True)
    assert _digest(url) == before
    [kept] = tmp_path.glob("pharmacy.replaced-*.sqlite3")
    assert kept.read_bytes() == b"\x00" * 4096
