"""Backing up and restoring an SQLite database, by hand and automatically every day.

What must hold:

* A backup is a consistent snapshot even while other workstations write: it is taken
  with SQLite's online backup API in one step (one read transaction), written to a
  temporary file beside the target, verified (``PRAGMA integrity_check`` and the schema
  revision) and only then renamed onto the target, so no half-written file ever carries
  the target's name.
* A restore changes nothing unless the file is a sound pharmacy-app database: not SQLite,
  damaged, of a newer schema than this program knows, or with a ledger that fails the
  full check, it is refused with a typed problem and the current database is untouched.
  The file is copied and checked (upgraded by the normal migration path when older)
  beside the database first; only then is the current database moved aside as
  ``<name>.replaced-<timestamp><suffix>`` and the checked copy put in its place.
* The program holds no connection to the file while it is swapped: the given ``App``'s
  engines are disposed first, and the swap is refused when another process still has the
  database open (switching it out of WAL mode needs it alone).  The ``App`` reconnects
  by itself on its next query (SQLAlchemy opens new connections to the new file).
* Automatic backups (:func:`auto_backup`) are made at most once per Copenhagen day and
  pruned after the kept number of days; only files named as this module names them
  (``pharmacy-backup-YYYYMMDD-HHMMSS.sqlite3``) are ever deleted.
* PostgreSQL is backed up with ``pg_dump -Fc`` and restored with ``pg_restore``
  (README); :func:`backup` and :func:`restore` refuse it with a message saying so.
"""

from __future__ import annotations

import contextlib
import functools
import operator
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy.engine import make_url

from pharmacy_app.db import migrate
from pharmacy_app.db.engine import Database, normalise_url
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.roles import Role
from pharmacy_app.paths import user_data_dir
from pharmacy_app.services.app import App, current_user, open_app, system_clock
from pharmacy_app.services.permissions import requires
from pharmacy_app.services.reference.settings import get_setting, put_setting

SQLITE_HEADER = b"SQLite format 3\x00"
AUTO_NAME = re.compile(r"^pharmacy-backup-(\d{8})-(\d{6})\.sqlite3$")

SETTING_FOLDER = "backup_folder"
SETTING_TIME = "backup_time"
SETTING_KEEP_DAYS = "backup_keep_days"
DEFAULT_TIME = time(18, 0)
DEFAULT_KEEP_DAYS = 14
MIN_KEEP_DAYS, MAX_KEEP_DAYS = 1, 3650
# A restore replaces every table: every view reloads afterwards.
EVERYTHING = functools.reduce(operator.or_, Change, Change.NONE)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int  # bytes
    revision: str  # the schema revision the backup holds


@dataclass(frozen=True)
class RestoreInfo:
    database: Path  # the database file now holding the restored data
    replaced: Path | None  # where the database it replaced is kept (None: there was none)
    file_revision: str  # the schema revision the file had
    revision: str  # the schema revision after the upgrade
    movements: int  # movements verified by the check


@dataclass(frozen=True)
class BackupSettings:
    folder: Path
    at: time  # the time of day (Copenhagen) of the daily backup
    keep_days: int


@dataclass(frozen=True)
class AutoBackup:
    made: BackupInfo | None  # None: one was already made today
    pruned: list[Path]


# --------------------------------------------------------------------------- backup


def sqlite_file(db: Database | str) -> Path:
    """The file of a database (or of a URL); refused for PostgreSQL (pg_dump/pg_restore,
    README)."""
    url = make_url(normalise_url(db) if isinstance(db, str) else db.url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        raise fail("backup_postgresql")
    return Path(url.database).expanduser().resolve()


def backup(app: App, out: Path) -> BackupInfo:
    """Write a consistent, verified copy of the database to ``out`` (replacing it)."""
    sqlite_file(app.db)
    out = out.expanduser().resolve()
    try:
        return _backup(app, out)
    except OSError as err:  # a folder that cannot be made or written to, a full disk
        raise fail("backup_write_failed", file=str(out), detail=err.strerror or str(err)) from err


def _backup(app: App, out: Path) -> BackupInfo:
    out.parent.mkdir(parents=True, exist_ok=True)
    with _temporary_beside(out, ".part") as tmp:
        # The app's own read engine gives the connection (WAL, busy timeout); the backup
        # copies every page in one step, so it is one snapshot of the database.
        with app.db.read_engine.connect() as conn:
            source = conn.connection.driver_connection
            assert isinstance(source, sqlite3.Connection)
            with contextlib.closing(sqlite3.connect(tmp)) as target:
                source.backup(target)
                # A backup is one self-contained file (no -wal beside it).
                target.execute("PRAGMA journal_mode=DELETE")
        revision = _verify(tmp, shown=out.name)
        os.replace(tmp, out)
    return BackupInfo(path=out, size=out.stat().st_size, revision=revision)


@contextlib.contextmanager
def _temporary_beside(path: Path, suffix: str) -> Iterator[Path]:
    """A fresh temporary file name in ``path``'s folder, removed unless renamed away."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix, dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal")):
            leftover.unlink(missing_ok=True)


def _verify(path: Path, *, shown: str) -> str:
    """The file's schema revision, after checking it is a sound pharmacy-app database."""
    with open(path, "rb") as f:
        if f.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise fail("backup_not_sqlite", file=shown)
    try:
        with contextlib.closing(sqlite3.connect(path)) as conn:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                raise fail("backup_corrupt", file=shown, detail="; ".join(str(r) for r in result[:3]))
            try:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            except sqlite3.OperationalError:
                row = None
    except sqlite3.DatabaseError as err:
        raise fail("backup_corrupt", file=shown, detail=str(err)) from err
    if row is None:
        raise fail("backup_not_pharmacy", file=shown)
    return str(row[0])


# --------------------------------------------------------------------------- restore


@requires(Role.ADMINISTRATOR)
@declares(EVERYTHING)
def restore(target: App | str, file: Path) -> RestoreInfo:
    """Replace the database of ``target`` (an open app or a URL) with ``file``.

    Refused, nothing changes.  An ``App`` passed in is disconnected for the swap and
    reconnects to the restored file on its next query."""
    app = target if isinstance(target, App) else None
    current = sqlite_file(target.db if isinstance(target, App) else target)
    file = file.expanduser().resolve()
    shown = file.name
    try:
        with open(file, "rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as err:
        raise fail("backup_file_unreadable", file=str(file), detail=err.strerror or str(err)) from err
    if header != SQLITE_HEADER:
        raise fail("backup_not_sqlite", file=shown)
    current.parent.mkdir(parents=True, exist_ok=True)
    with _temporary_beside(current, ".restoring") as staging:
        # Copy through the backup API: a file that is itself a live database (with a
        # -wal beside it) is copied whole.
        try:
            with (
                contextlib.closing(sqlite3.connect(f"file:{file}?mode=ro", uri=True)) as src,
                contextlib.closing(sqlite3.connect(staging)) as dst,
            ):
                src.backup(dst)
        except sqlite3.DatabaseError as err:
            raise fail("backup_corrupt", file=shown, detail=str(err)) from err
        file_revision = _verify(staging, shown=shown)
        if file_revision not in _known_revisions():
            raise fail("backup_schema_newer", file=shown, db_rev=file_revision)
        revision, movements = _upgrade_and_check(staging, app, shown)
        _single_file(staging)
        if app is not None:
            app.db.dispose()
        replaced = _move_aside(current, app.now() if app is not None else None)
        os.replace(staging, current)
    return RestoreInfo(
        database=current, replaced=replaced, file_revision=file_revision, revision=revision, movements=movements
    )


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _upgrade_and_check(staging: Path, app: App | None, shown: str) -> tuple[str, int]:
    """Upgrade the copy as any start would, then run the full ledger check on it."""
    from pharmacy_app.services import activity, ledger_check

    copy = open_app(
        f"sqlite:///{staging}",
        user=app.user if app is not None else current_user(),
        clock=app.clock if app is not None else None,
        key_file=app.key_file if app is not None else None,
    )
    try:
        report = ledger_check.check_ledger(copy, full=True)
        if not report.ok:
            flaws = len(report.breaches) + (0 if report.chain is None or report.chain.ok else 1)
            raise fail("backup_ledger_fails", file=shown, breaches=flaws)
        revision = migrate.current_revision(copy.db.write_engine) or ""
        # The restored database says in its own audit chain that it was restored.
        with copy.db.write() as s:
            restored = {"file": shown, "revision": revision, "movements": report.movements}
            activity.record(s, copy, activity.Kind.RESTORE, shown, None, restored)
    finally:
        copy.close()
    return revision, report.movements


def _single_file(path: Path) -> bool:
    """Fold a WAL back into the main file so the database is one file to move; False
    when the file is not a readable database (a damaged one is moved as it is)."""
    with contextlib.closing(sqlite3.connect(path, timeout=0.5)) as conn:
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()
        except sqlite3.OperationalError as err:  # another connection holds it
            raise fail("backup_database_in_use", file=path.name) from err
        except sqlite3.DatabaseError:  # not a database (any more): nothing to fold
            return False
        if mode is None or str(mode[0]).lower() != "delete":
            raise fail("backup_database_in_use", file=path.name)
    return True


def _move_aside(current: Path, now: datetime | None) -> Path | None:
    """Keep the database being replaced as ``<name>.replaced-<timestamp><suffix>``."""
    if not current.exists():
        return None
    sound = _single_file(current)
    from pharmacy_app.domain.localtime import LOCAL_TZ

    moment = (now if now is not None else system_clock()).astimezone(LOCAL_TZ)
    stamp = moment.strftime("%Y%m%d-%H%M%S")
    aside = current.with_name(f"{current.stem}.replaced-{stamp}{current.suffix}")
    n = 1
    while aside.exists():
        n += 1
        aside = current.with_name(f"{current.stem}.replaced-{stamp}-{n}{current.suffix}")
    os.replace(current, aside)
    if not sound:  # its journal files go with it, never to be read with the new file
        for side in ("-wal", "-shm", "-journal"):
            if Path(f"{current}{side}").exists():
                os.replace(f"{current}{side}", f"{aside}{side}")
    return aside


# --------------------------------------------------------------------------- automatic


def default_folder() -> Path:
    return user_data_dir() / "backups"


def read_backup_settings(app: App) -> BackupSettings:
    with app.db.read() as s:
        folder = get_setting(s, SETTING_FOLDER)
        at = get_setting(s, SETTING_TIME)
        keep = get_setting(s, SETTING_KEEP_DAYS)
    return BackupSettings(
        folder=Path(folder) if folder else default_folder(),
        at=time.fromisoformat(at) if at else DEFAULT_TIME,
        keep_days=int(keep) if keep else DEFAULT_KEEP_DAYS,
    )


def parse_time(text: str) -> time:
    """``HH:MM`` as typed; refused with a message otherwise."""
    try:
        hours, minutes = (int(part) for part in text.strip().split(":"))
        return time(hours, minutes)
    except ValueError as err:
        raise fail("backup_time_invalid", value=text) from err


@requires(Role.ADMINISTRATOR)
@declares(Change.SETTINGS)
def save_backup_settings(app: App, settings: BackupSettings) -> None:
    if not MIN_KEEP_DAYS <= settings.keep_days <= MAX_KEEP_DAYS:
        raise fail("backup_keep_days_invalid", value=settings.keep_days, min=MIN_KEEP_DAYS, max=MAX_KEEP_DAYS)
    with app.db.write() as s:
        put_setting(s, SETTING_FOLDER, str(settings.folder), app)
        put_setting(s, SETTING_TIME, settings.at.strftime("%H:%M"), app)
        put_setting(s, SETTING_KEEP_DAYS, str(settings.keep_days), app)


def auto_backups(folder: Path) -> list[tuple[date, Path]]:
    """The backups this program made automatically in ``folder``, oldest first."""
    found: list[tuple[date, Path]] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = AUTO_NAME.match(path.name)
        if match and path.is_file():
            try:
                day = match.group(1)
                found.append((date(int(day[:4]), int(day[4:6]), int(day[6:])), path))
            except ValueError:
                continue
    return sorted(found)


def auto_backup(app: App) -> AutoBackup:
    """Today's backup unless one was made today (Copenhagen day), then prune the old ones.

    On PostgreSQL nothing is made (the server's pg_dump job does it)."""
    if not app.db.is_sqlite:
        return AutoBackup(made=None, pruned=[])
    settings = read_backup_settings(app)
    today = app.today()
    made = None
    if not _made_on(settings.folder, today):
        name = f"pharmacy-backup-{app.local_now():%Y%m%d-%H%M%S}.sqlite3"
        made = backup(app, settings.folder / name)
    oldest_kept = today - timedelta(days=settings.keep_days - 1)
    pruned = []
    for day, path in auto_backups(settings.folder):
        if day < oldest_kept:
            path.unlink(missing_ok=True)
            pruned.append(path)
    return AutoBackup(made=made, pruned=pruned)


def _made_on(folder: Path, day: date) -> bool:
    return any(made == day for made, _ in auto_backups(folder))


def close_backup_due(app: App) -> bool:
    """Whether closing the window makes today's backup first (none was made today)."""
    return app.db.is_sqlite and not _made_on(read_backup_settings(app).folder, app.today())


def backup_if_due(app: App) -> AutoBackup | None:
    """The daily backup once the set time of day has passed (the window's timer asks
    every few minutes); None before then or on PostgreSQL."""
    if not app.db.is_sqlite or app.local_now().time() < read_backup_settings(app).at:
        return None
    return auto_backup(app)


def next_due(app: App) -> datetime:
    """The next moment (UTC) the daily backup is due: today at the set Copenhagen time if
    still ahead, else tomorrow."""
    from pharmacy_app.domain.localtime import at_local

    at = read_backup_settings(app).at
    today = app.today()
    due = at_local(today, at)
    return due if due > app.now() else at_local(today + timedelta(days=1), at)
