"""Backup and restore of an SQLite database: the copy is the database, a restore changes
nothing unless the file is sound, the replaced database is kept, automatic backups are
made once a day and pruned; on real files."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, time
from pathlib import Path

import pytest
import sqlalchemy as sa
import time_machine

from pharmacy_app.db import models as m
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.services import backup as bk
from pharmacy_app.services import queries
from pharmacy_app.services.app import App, open_app
from tests.helpers import table_digest
from tests.paperlog import Clock, PaperLog

LOG = """
2026-11-02 receive 412345 FX1234 exp 2027-03-31 2 packs ref FS-1
2026-11-02 receive 123456 FL2026A exp 2027-05-31 5 packs ref FS-1
2026-11-02 site VC-HER central "Vaccinationscenter Herlev"
2026-11-03 transfer FX1234 RH-APO -> VC-HER 60
2026-11-03 transfer FL2026A RH-APO -> VC-HER 20
2026-11-04 give FX1234 VC-HER 5
"""


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "live" / "pharmacy.sqlite3"


@pytest.fixture
def paper(db_file: Path, clock: Clock):
    application = open_app(f"sqlite:///{db_file}", user="tester", clock=clock)
    log = PaperLog(application, clock)
    log.run(LOG)
    assert queries.check_ledger(application, full=True).ok  # the checkpoint is in the digest
    yield log
    application.close()


@pytest.fixture
def live(paper: PaperLog) -> App:
    return paper.app


def _codes(err: pytest.ExceptionInfo[DomainError]) -> list[str]:
    return [p.code for p in err.value.problems]


def test_backup_then_restore_gives_the_identical_database(
    live: App, paper: PaperLog, tmp_path: Path, db_file: Path
) -> None:
    before = table_digest(live)
    before_but_audit = table_digest(live, skip=("activity", "chain_head"))
    info = bk.backup(live, tmp_path / "out" / "copy.sqlite3")
    assert info.path.is_file() and info.size > 0 and info.revision
    assert not list(info.path.parent.glob(".*"))  # no temporary file left
    # Stock moves on after the backup; the restore brings back the state of the backup.
    paper.run("2026-11-05 give FX1234 VC-HER 5")
    assert table_digest(live) != before
    restored = bk.restore(live, info.path)
    assert restored.database == db_file and restored.movements == 5
    assert restored.replaced is not None and restored.replaced.is_file()
    assert restored.replaced.name.startswith("pharmacy.replaced-") and restored.replaced.suffix == ".sqlite3"
    # The same App reconnects to the restored file: the backup's tables, plus the entry
    # in the audit chain that says it was restored (and so the chain's new head).
    audit = ("activity", "chain_head")
    assert table_digest(live, skip=audit) == before_but_audit
    with live.db.read() as s:
        last = s.execute(
            sa.select(m.Activity.kind, m.Activity.subject).order_by(m.Activity.chain_seq.desc()).limit(1)
        ).one()
    assert tuple(last) == ("restore", "copy.sqlite3")
    assert queries.check_ledger(live, full=True).ok
    # The kept database is the one replaced, with the movement made after the backup.
    kept = open_app(f"sqlite:///{restored.replaced}", upgrade=False)
    try:
        assert queries.movement_count(kept) == 6
    finally:
        kept.close()


def test_a_backup_taken_while_another_connection_writes_is_consistent(
    live: App, paper: PaperLog, tmp_path: Path, db_file: Path, clock: Clock
) -> None:
    writer = open_app(f"sqlite:///{db_file}", user="other", clock=clock)
    stop = threading.Event()
    errors: list[BaseException] = []

    def write() -> None:
        other = PaperLog(writer, clock)
        other.lots = dict(paper.lots)
        try:
            while not stop.is_set():
                other.run("2026-11-04 transfer FL2026A RH-APO -> VC-HER 10\n2026-11-04 transfer FL2026A VC-HER -> RH-APO 10")
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    thread = threading.Thread(target=write)
    thread.start()
    try:
        copies = [bk.backup(live, tmp_path / f"during-{i}.sqlite3") for i in range(5)]
    finally:
        stop.set()
        thread.join()
        writer.close()
    assert not errors
    for info in copies:
        copy = open_app(f"sqlite:///{info.path}", upgrade=False)
        try:
            assert queries.check_ledger(copy, full=True).ok
        finally:
            copy.close()


def _refused(live: App, file: Path, db_file: Path, code: str) -> None:
    before = table_digest(live)
    files = sorted(p.name for p in db_file.parent.iterdir())
    with pytest.raises(DomainError) as err:
        bk.restore(live, file)
    assert _codes(err) == [code]
    assert table_digest(live) == before
    assert sorted(p.name for p in db_file.parent.iterdir()) == files  # nothing kept aside, no leftovers


def test_restore_refuses_a_file_that_is_not_a_database(live: App, tmp_path: Path, db_file: Path) -> None:
    text = tmp_path / "notes.sqlite3"
    text.write_text("not a database at all\n" * 100)
    _refused(live, text, db_file, "backup_not_sqlite")


def test_restore_refuses_a_corrupt_file(live: App, tmp_path: Path, db_file: Path) -> None:
    info = bk.backup(live, tmp_path / "copy.sqlite3")
    data = bytearray(info.path.read_bytes())
    page = 4096
    for offset in range(page * 2, len(data) - 1, page):  # scribble over every page but the first
        data[offset + 20 : offset + 400] = b"\xa5" * 380
    info.path.write_bytes(bytes(data))
    _refused(live, info.path, db_file, "backup_corrupt")


def test_restore_refuses_a_newer_schema(live: App, tmp_path: Path, db_file: Path) -> None:
    info = bk.backup(live, tmp_path / "copy.sqlite3")
    with sqlite3.connect(info.path) as conn:
        conn.execute("update alembic_version set version_num = '9999_from_the_future'")
    conn.close()
    _refused(live, info.path, db_file, "backup_schema_newer")


def test_restore_refuses_a_file_whose_ledger_fails_the_check(live: App, tmp_path: Path, db_file: Path) -> None:
    info = bk.backup(live, tmp_path / "copy.sqlite3")
    with sqlite3.connect(info.path) as conn:
        conn.execute(
            "update stock_balance set doses = doses + 6 where location_id = "
            "(select id from location where code = 'VC-HER')"
        )
    conn.close()
    _refused(live, info.path, db_file, "backup_ledger_fails")


def test_restore_by_url_when_nothing_is_open(live: App, tmp_path: Path, db_file: Path) -> None:
    info = bk.backup(live, tmp_path / "copy.sqlite3")
    live.close()
    target = tmp_path / "new" / "fresh.sqlite3"  # no database yet: nothing to keep aside
    restored = bk.restore(f"sqlite:///{target}", info.path)
    assert restored.replaced is None and restored.database == target.resolve()
    copy = open_app(f"sqlite:///{target}", upgrade=False)
    try:
        assert queries.movement_count(copy) == 5
    finally:
        copy.close()


def test_restore_is_refused_while_another_process_holds_the_database(
    live: App, tmp_path: Path, db_file: Path
) -> None:
    info = bk.backup(live, tmp_path / "copy.sqlite3")
    holder = sqlite3.connect(db_file)
    holder.execute("select count(*) from movement").fetchone()
    try:
        _refused(live, info.path, db_file, "backup_database_in_use")
    finally:
        holder.close()


def test_backup_and_restore_refuse_postgresql(pg_url: str, tmp_path: Path, clock: Clock) -> None:
    application = open_app(pg_url, user="tester", clock=clock)
    try:
        with pytest.raises(DomainError) as err:
            bk.backup(application, tmp_path / "x.sqlite3")
        assert _codes(err) == ["backup_postgresql"]
        assert not (tmp_path / "x.sqlite3").exists()
        with pytest.raises(DomainError) as err:
            bk.restore(application, tmp_path / "x.sqlite3")
        assert _codes(err) == ["backup_postgresql"]
    finally:
        application.close()


def test_auto_backup_once_a_day_and_pruned_after_the_kept_days(live: App, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    other = [folder / "notes.txt", folder / "pharmacy-backup-old-by-hand.sqlite3", folder / "copy.sqlite3"]
    for path in other:
        path.write_text("keep me")
    bk.save_backup_settings(live, bk.BackupSettings(folder=folder, at=time(18, 30), keep_days=3))
    assert bk.read_backup_settings(live) == bk.BackupSettings(folder=folder, at=time(18, 30), keep_days=3)
    app = App(db=live.db, user="tester", clock=lambda: datetime.now(UTC))  # the wall clock, travelled
    made: list[Path] = []
    # 23:30 UTC on 9 Nov is 00:30 on 10 Nov in Copenhagen: a new day there.
    for moment in ("2026-11-05 08:00", "2026-11-05 17:00", "2026-11-06 08:00", "2026-11-08 08:00", "2026-11-09 23:30"):
        with time_machine.travel(datetime.fromisoformat(moment).replace(tzinfo=UTC), tick=False):
            result = bk.auto_backup(app)
            if result.made is not None:
                made.append(result.made.path)
    assert [p.name for p in made] == [
        "pharmacy-backup-20261105-090000.sqlite3",
        "pharmacy-backup-20261106-090000.sqlite3",
        "pharmacy-backup-20261108-090000.sqlite3",
        "pharmacy-backup-20261110-003000.sqlite3",
    ]
    # Kept: the last 3 Copenhagen days (8, 9, 10 Nov); the others' files untouched.
    kept = sorted(p.name for p in folder.iterdir())
    assert kept == sorted(
        ["pharmacy-backup-20261108-090000.sqlite3", "pharmacy-backup-20261110-003000.sqlite3"]
        + [p.name for p in other]
    )
    for path in other:
        assert path.read_text() == "keep me"
    with time_machine.travel(datetime(2026, 11, 10, 12, 0, tzinfo=UTC), tick=False):
        assert bk.next_due(app) == datetime(2026, 11, 10, 17, 30, tzinfo=UTC)
        assert bk.auto_backup(app).made is None


def test_backup_settings_are_checked(live: App) -> None:
    with pytest.raises(DomainError) as err:
        bk.save_backup_settings(live, bk.BackupSettings(folder=Path("x"), at=time(1, 0), keep_days=0))
    assert _codes(err) == ["backup_keep_days_invalid"]
    with pytest.raises(DomainError) as err:
        bk.parse_time("25:99")
    assert _codes(err) == ["backup_time_invalid"]
    assert bk.parse_time(" 7:05 ") == time(7, 5)



def test_restore_upgrades_a_backup_of_an_older_schema(live: App, tmp_path: Path, db_file: Path) -> None:
    """A file from an older version is brought to this version's schema by the normal
    migration path, and checked, before it replaces the database."""
    from alembic import command

    from pharmacy_app.db import migrate
    from pharmacy_app.db.engine import Database

    older = tmp_path / "older.sqlite3"
    db = Database(f"sqlite:///{older}")
    command.upgrade(migrate.alembic_config(db.write_engine), "0006")
    db.dispose()
    restored = bk.restore(live, older)
    assert restored.file_revision == "0006" and restored.revision == migrate.head_revision()
    assert migrate.current_revision(live.db.write_engine) == migrate.head_revision()
    assert queries.movement_count(live) == 0


def test_the_daily_backup_is_due_at_the_set_copenhagen_time(live: App, tmp_path: Path) -> None:
    folder = tmp_path / "daily"
    bk.save_backup_settings(live, bk.BackupSettings(folder=folder, at=time(18, 0), keep_days=14))
    app = App(db=live.db, user="tester", clock=lambda: datetime.now(UTC))
    # 16:59 UTC is 17:59 in Copenhagen in November: not yet.
    with time_machine.travel(datetime(2026, 11, 12, 16, 59, tzinfo=UTC), tick=False):
        assert bk.backup_if_due(app) is None
        assert bk.next_due(app) == datetime(2026, 11, 12, 17, 0, tzinfo=UTC)
    with time_machine.travel(datetime(2026, 11, 12, 17, 1, tzinfo=UTC), tick=False):
        first = bk.backup_if_due(app)
        assert first is not None and first.made is not None
        assert first.made.path.name == "pharmacy-backup-20261112-180100.sqlite3"
        again = bk.backup_if_due(app)
        assert again is not None and again.made is None  # one a day
        assert bk.next_due(app) == datetime(2026, 11, 13, 17, 0, tzinfo=UTC)


def test_a_missing_file_or_a_folder_that_cannot_be_written_is_said(live: App, tmp_path: Path, db_file: Path) -> None:
    _refused(live, tmp_path / "no-such.sqlite3", db_file, "backup_file_unreadable")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(DomainError) as err:
        bk.backup(live, blocker / "copy.sqlite3")
    assert _codes(err) == ["backup_write_failed"]
