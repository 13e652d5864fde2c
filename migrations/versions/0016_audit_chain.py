"""audit chain: movements and activity entries in one hash chain

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06 12:00:00.000000

* ``movement`` gains ``workstation`` (the machine that posted it; '' for movements from
  before), ``chain_seq`` (its place in the chain, unique) and ``hash`` (hex SHA-256 over
  its content and the previous entry's hash, ``domain.audit_chain``).
* ``activity``: the log of every change that is not a movement (settings, products,
  locations, recalls, month closes, stocktake approvals, keys, restores), with who, when,
  where, before and after, in the same chain.  Append-only like the ledger (triggers).
* ``chain_head``: one row, the last place given and its hash; every write that adds to
  the chain locks it, so places are given one transaction at a time.

The existing movements are chained in id order: read in batches from the driver's
cursor, hashed, written to a scratch table and copied in with one ``UPDATE ... FROM``
(the append-only triggers are lifted for that statement only and put back).  Columns are
added nullable (a plain ADD COLUMN, no rebuild of a table of millions of rows); the
check (``services.chain_check``) names a movement without a place.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from pharmacy_app.domain.audit_chain import MOVEMENT, Head

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

LEDGER_MESSAGE = "movement ledger is append-only: post a reversing movement instead"
ACTIVITY_MESSAGE = "activity log is append-only"
_BATCH = 20_000
_COLUMNS = (
    "id, kind, lot_id, from_location_id, to_location_id, doses, occurred_at, recorded_at, "
    "user_name, reference, reason_code, note, reverses_id, target_group"
)


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    op.add_column(
        "movement", sa.Column("workstation", sa.String(length=100), server_default="", nullable=False)
    )
    op.add_column("movement", sa.Column("chain_seq", sa.BigInteger(), nullable=True))
    op.add_column("movement", sa.Column("hash", sa.String(length=64), nullable=True))
    op.create_table(
        "activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chain_seq", sa.BigInteger(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("user_name", sa.String(length=100), nullable=False),
        sa.Column("workstation", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity")),
    )
    op.create_index("ix_activity_chain_seq", "activity", ["chain_seq"], unique=True)
    op.create_index("ix_activity_occurred", "activity", ["occurred_at"])
    op.create_table(
        "chain_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chain_head")),
    )
    head = _chain_existing(bind, sqlite)
    op.create_index("ix_movement_chain_seq", "movement", ["chain_seq"], unique=True)
    bind.execute(
        sa.text("INSERT INTO chain_head (id, seq, hash) VALUES (1, :seq, :hash)"),
        {"seq": head.seq, "hash": head.hash},
    )
    _activity_is_append_only(sqlite)


def _chain_existing(bind: sa.engine.Connection, sqlite: bool) -> Head:
    """Hash every movement in id order; their places and hashes go in by one UPDATE."""
    head = Head()
    driver: Any = bind.connection.dbapi_connection
    bind.exec_driver_sql("CREATE TEMPORARY TABLE chain_scratch (id BIGINT PRIMARY KEY, seq BIGINT, hash TEXT)")
    reader = driver.cursor()
    writer = driver.cursor()
    names = [c.strip() for c in _COLUMNS.split(",")]
    marker = "?" if sqlite else "%s"
    try:
        reader.execute(f"SELECT {_COLUMNS} FROM movement ORDER BY id")
        while True:
            batch = reader.fetchmany(_BATCH)
            if not batch:
                break
            out = []
            for values in batch:
                row: dict[str, object] = dict(zip(names, values, strict=True))
                row["workstation"] = ""
                head.append(MOVEMENT, row)
                out.append((row["id"], row["chain_seq"], row["hash"]))
            writer.executemany(f"INSERT INTO chain_scratch VALUES ({marker}, {marker}, {marker})", out)
    finally:
        reader.close()
        writer.close()
    if head.seq:
        _lift_ledger_triggers(sqlite)
        bind.exec_driver_sql(
            "UPDATE movement SET chain_seq = chain_scratch.seq, hash = chain_scratch.hash "
            "FROM chain_scratch WHERE movement.id = chain_scratch.id"
        )
        _restore_ledger_triggers(sqlite)
    bind.exec_driver_sql("DROP TABLE chain_scratch")
    return head


def _lift_ledger_triggers(sqlite: bool) -> None:
    if sqlite:
        op.execute("DROP TRIGGER IF EXISTS movement_no_update")
    else:
        op.execute("ALTER TABLE movement DISABLE TRIGGER movement_no_change")


def _restore_ledger_triggers(sqlite: bool) -> None:
    if sqlite:
        op.execute(
            "CREATE TRIGGER movement_no_update BEFORE UPDATE ON movement "
            f"BEGIN SELECT RAISE(ABORT, '{LEDGER_MESSAGE}'); END"
        )
    else:
        op.execute("ALTER TABLE movement ENABLE TRIGGER movement_no_change")


def _activity_is_append_only(sqlite: bool) -> None:
    if sqlite:
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER activity_no_{action.lower()} BEFORE {action} ON activity "
                f"BEGIN SELECT RAISE(ABORT, '{ACTIVITY_MESSAGE}'); END"
            )
    else:
        op.execute(
            "CREATE FUNCTION activity_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN RAISE EXCEPTION '{ACTIVITY_MESSAGE}'; END $$"
        )
        op.execute(
            "CREATE TRIGGER activity_no_change BEFORE UPDATE OR DELETE ON activity "
            "FOR EACH ROW EXECUTE FUNCTION activity_append_only()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.execute("DROP TRIGGER IF EXISTS activity_no_change ON activity")
        op.execute("DROP FUNCTION IF EXISTS activity_append_only()")
    op.drop_table("chain_head")
    op.drop_index("ix_activity_occurred", table_name="activity")
    op.drop_index("ix_activity_chain_seq", table_name="activity")
    op.drop_table("activity")  # its SQLite triggers go with it
    op.drop_index("ix_movement_chain_seq", table_name="movement")
    if op.get_bind().dialect.name == "sqlite":
        for column in ("hash", "chain_seq", "workstation"):
            op.execute(f"ALTER TABLE movement DROP COLUMN {column}")
    else:
        for column in ("hash", "chain_seq", "workstation"):
            op.drop_column("movement", column)
