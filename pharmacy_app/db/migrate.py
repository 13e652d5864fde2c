"""Schema upgrades with Alembic, run by the application itself.

The app upgrades an older database on start, and refuses a database whose schema
revision it does not know (made by a newer version of the program).
"""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from pharmacy_app.domain.errors import fail
from pharmacy_app.paths import migrations_dir


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {heads}")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_not_newer(engine: Engine) -> str | None:
    """Raise ``schema_newer`` when the database's revision is unknown to this program."""
    current = current_revision(engine)
    if current is None:
        return None
    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    if current not in known:
        raise fail("schema_newer", db_rev=current)
    return current


def upgrade(engine: Engine) -> bool:
    """Bring the schema to this program's head; return True when anything changed."""
    current = check_not_newer(engine)
    if current == head_revision():
        return False
    command.upgrade(alembic_config(engine), "head")
    return True
