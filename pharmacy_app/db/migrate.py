"""Schema upgrades with Alembic, run by the application itself.

The app upgrades an older database on start, and refuses a database whose schema
revision it does not know (made by a newer version of the program).

Several workstations may start at the same moment on one new database.  What must
hold: set-up (upgrade, then loading the catalogue) runs for one of them at a time, so
that the others find the schema and the catalogue made and add nothing twice.
:func:`setup_lock` gives that: on PostgreSQL a session-level advisory lock (DDL in
concurrent transactions would otherwise collide on the system catalogue's unique
indexes); on SQLite every write transaction already starts with ``BEGIN IMMEDIATE``,
so each step waits for the previous one and re-reads the revision (Alembic, inside its
transaction) and the catalogue (``reference.seed``, inside its own) before writing.

Every start asks whether the schema is current.  Importing Alembic and loading every
migration script to answer that cost about half a second of each start, so
:func:`upgrade` first reads the migration files' ``revision``/``down_revision`` lines
and the database's ``alembic_version`` itself: when both name the same single head,
nothing is to be done.  Anything else (another revision, several heads, a file whose
revision is not one plain string) goes to Alembic, which decides as always.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError, OperationalError

from pharmacy_app.domain.errors import fail
from pharmacy_app.paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config

# Any fixed 64-bit number, the same in every version of the program: "pharmacy-app set-up".
SETUP_LOCK_KEY = 0x70_68_61_72_6D_61_73_75
# A start that waits longer than this for another one's set-up gives up with a message.
SETUP_LOCK_TIMEOUT_S = 300


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {heads}")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_not_newer(engine: Engine) -> str | None:
    """Raise ``schema_newer`` when the database's revision is unknown to this program."""
    from alembic.script import ScriptDirectory

    current = current_revision(engine)
    if current is None:
        return None
    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    if current not in known:
        raise fail("schema_newer", db_rev=current)
    return current


_REVISION = re.compile(r"""^revision(?:\s*:\s*str)?\s*=\s*["']([^"']+)["']\s*$""", re.MULTILINE)
_DOWN = re.compile(
    r"""^down_revision(?:\s*:\s*[\w\[\], |]+)?\s*=\s*(?:None|["']([^"']+)["'])\s*$""", re.MULTILINE
)


def head_from_files() -> str | None:
    """The one head of the migration chain as the files state it, without Alembic;
    None when a file does not say plainly (one string revision, one string or None
    down-revision) or the files do not make one chain with one head."""
    revisions: dict[str, str | None] = {}
    for path in sorted(migrations_dir().joinpath("versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        rev, down = _REVISION.findall(source), _DOWN.findall(source)
        if len(rev) != 1 or len(down) != 1 or rev[0] in revisions:
            return None
        revisions[rev[0]] = down[0] or None
    parents = set(revisions.values())
    heads = [r for r in revisions if r not in parents]
    if len(heads) != 1 or not parents <= set(revisions) | {None}:
        return None
    return heads[0]


def _stored_revision(engine: Engine) -> str | None:
    """The database's revision read directly; None when there is no single one."""
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError:
        return None  # no version table yet: a new database
    return str(rows[0][0]) if len(rows) == 1 else None


def upgrade(engine: Engine) -> bool:
    """Bring the schema to this program's head; return True when anything changed."""
    stored = _stored_revision(engine)
    if stored is not None and stored == head_from_files():
        return False  # current (see the module docstring): no need to load Alembic
    from alembic import command

    current = check_not_newer(engine)
    if current == head_revision():
        return False
    command.upgrade(alembic_config(engine), "head")
    return True


@contextmanager
def setup_lock(engine: Engine) -> Iterator[None]:
    """Hold the database's set-up lock (PostgreSQL) while the block upgrades and seeds.

    The lock lives on a connection of its own, outside any transaction, and is let go
    explicitly before the connection goes back to the pool; if the process dies, the
    server lets it go with the connection.  On SQLite this is a no-op (see the module
    docstring)."""
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f"SET lock_timeout = '{SETUP_LOCK_TIMEOUT_S}s'"))
        try:
            conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": SETUP_LOCK_KEY})
        except OperationalError as err:  # lock_timeout: another start is stuck in set-up
            raise fail("database_setup_busy", seconds=SETUP_LOCK_TIMEOUT_S) from err
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": SETUP_LOCK_KEY})
            conn.execute(text("RESET lock_timeout"))
