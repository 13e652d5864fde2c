"""limits: the database refuses quantities past the plausibility limits

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27 10:00:00.000000

CHECK constraints with the limits of ``pharmacy_app.domain.limits`` (copied here as
they are today, so that this migration means the same whatever the module says later):
doses of a movement, a balance, a distribution line, a visit and the doses asked for on
a request; packs of a receipt line.  The services refuse the same quantities first, with
a message; these are the backstop.

SQLite cannot add a CHECK to a table, so batch mode rebuilds each table.  A rebuild
drops the old table, which (with foreign keys on) fails while other tables point at its
rows, and takes the table's triggers with it (the ledger's append-only triggers among
them).  So on SQLite the foreign keys are switched off for the rebuild (which SQLite
allows only between transactions), every trigger of a rebuilt table is re-created from
its stored SQL, ``PRAGMA foreign_key_check`` must find nothing, and the foreign keys
are switched on again whatever happens.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

MAX_DOSES_PER_MOVEMENT = 1_000_000
MAX_PACKS_PER_LINE = 10_000
MAX_BALANCE_DOSES = 1_000_000_000

# (table, constraint name, condition)
CHECKS = (
    ("movement", "doses_at_most", f"doses <= {MAX_DOSES_PER_MOVEMENT}"),
    ("stock_balance", "doses_at_most", f"doses <= {MAX_BALANCE_DOSES}"),
    ("receipt_line", "packs_at_most", f"packs <= {MAX_PACKS_PER_LINE}"),
    (
        "distribution_request",
        "requested_doses_in_range",
        f"requested_doses >= 0 AND requested_doses <= {MAX_DOSES_PER_MOVEMENT}",
    ),
    ("distribution_line", "doses_in_range", f"doses > 0 AND doses <= {MAX_DOSES_PER_MOVEMENT}"),
    ("distribution_visit", "doses_in_range", f"doses > 0 AND doses <= {MAX_DOSES_PER_MOVEMENT}"),
)


def _refuse_rows_past_the_limits(bind: sa.engine.Connection) -> None:
    """Say which rows stop the upgrade, instead of a bare constraint error."""
    found = []
    for table, name, condition in CHECKS:
        count = bind.execute(sa.text(f"SELECT count(*) FROM {table} WHERE NOT ({condition})"))
        n = count.scalar_one()
        if n:
            found.append(f"{n} row(s) of {table} break {name} ({condition})")
    if found:
        raise RuntimeError(
            "the database holds quantities past the plausibility limits; they must be "
            "corrected by reversing movements before upgrading: " + "; ".join(found)
        )


@contextmanager
def _sqlite_rebuild(bind: sa.engine.Connection, tables: tuple[str, ...]) -> Iterator[None]:
    """Foreign keys off and triggers kept while batch mode rebuilds ``tables``."""
    names = ", ".join(f"'{t}'" for t in tables)
    triggers = bind.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ({names})"
    ).all()
    # PRAGMA foreign_keys is a no-op inside a transaction: end this one (the earlier
    # migrations of this upgrade are committed with their alembic_version) and go on in
    # a new one with the foreign keys off.
    bind.exec_driver_sql("COMMIT")
    bind.exec_driver_sql("PRAGMA foreign_keys=OFF")
    bind.exec_driver_sql("BEGIN IMMEDIATE")
    try:
        yield
        for name, sql in triggers:
            bind.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{name}"')
            bind.exec_driver_sql(sql)
        broken = bind.exec_driver_sql("PRAGMA foreign_key_check").all()
        if broken:
            raise RuntimeError(f"foreign keys broken by the rebuild: {broken[:5]}")
        bind.exec_driver_sql("COMMIT")
    except BaseException:
        bind.exec_driver_sql("ROLLBACK")
        raise
    finally:
        bind.exec_driver_sql("PRAGMA foreign_keys=ON")
        bind.exec_driver_sql("BEGIN IMMEDIATE")  # alembic records the revision in it


def upgrade() -> None:
    bind = op.get_bind()
    _refuse_rows_past_the_limits(bind)
    if bind.dialect.name == "sqlite":
        with _sqlite_rebuild(bind, tuple(table for table, _name, _c in CHECKS)):
            for table, name, condition in CHECKS:
                with op.batch_alter_table(table, recreate="always") as batch_op:
                    batch_op.create_check_constraint(name, sa.text(condition))
    else:
        for table, name, condition in CHECKS:
            op.create_check_constraint(name, table, sa.text(condition))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        with _sqlite_rebuild(bind, tuple(table for table, _name, _c in CHECKS)):
            for table, name, _condition in CHECKS:
                with op.batch_alter_table(table, recreate="always") as batch_op:
                    batch_op.drop_constraint(op.f(f"ck_{table}_{name}"), type_="check")
    else:
        for table, name, _condition in CHECKS:
            op.drop_constraint(op.f(f"ck_{table}_{name}"), table, type_="check")
