"""shipments between regions: received once, signed with trusted keys; no REPLACE on the ledger

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26 09:00:00.000000

* ``trusted_key``: the public keys of other regions' pharmacies (see
  ``services.signing_keys``).
* ``received_shipment``: one row per shipment file received; the unique shipment id
  makes the database refuse the same shipment twice, also from two workstations at once.
* SQLite replaces a row on ``INSERT OR REPLACE`` / ``REPLACE INTO`` without firing the
  DELETE trigger of 0001 (unless ``recursive_triggers`` is on), which rewrote the
  append-only ledger in place.  A BEFORE INSERT trigger refuses an insert whose id, or
  whose ``reverses_id`` (the other unique column), is already in the ledger, before
  any conflict resolution can delete the old row.  PostgreSQL's ``INSERT … ON CONFLICT
  DO UPDATE`` and ``MERGE`` fire the UPDATE/DELETE trigger of 0001 and need nothing new.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

LEDGER_MESSAGE = "movement ledger is append-only: post a reversing movement instead"


def upgrade() -> None:
    op.create_table(
        "trusted_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("region_code", sa.String(length=8), nullable=False),
        sa.Column("public_key", sa.String(length=44), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("added_by", sa.String(length=100), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_by", sa.String(length=100), nullable=True),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["region_code"], ["region.code"], name=op.f("fk_trusted_key_region_code_region")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trusted_key")),
        sa.UniqueConstraint("fingerprint", name=op.f("uq_trusted_key_fingerprint")),
    )
    with op.batch_alter_table("trusted_key", schema=None) as batch_op:
        batch_op.create_index("ix_trusted_key_region", ["region_code"], unique=False)

    op.create_table(
        "received_shipment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shipment_id", sa.String(length=36), nullable=False),
        sa.Column("from_region", sa.String(length=8), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=False),
        sa.Column("key_id", sa.Integer(), nullable=False),
        sa.Column("received_by", sa.String(length=100), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("movement_id", sa.Integer(), nullable=True),
        sa.Column("document", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["from_region"], ["region.code"], name=op.f("fk_received_shipment_from_region_region")
        ),
        sa.ForeignKeyConstraint(
            ["key_id"], ["trusted_key.id"], name=op.f("fk_received_shipment_key_id_trusted_key")
        ),
        sa.ForeignKeyConstraint(
            ["movement_id"],
            ["movement.id"],
            name=op.f("fk_received_shipment_movement_id_movement"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_shipment")),
        sa.UniqueConstraint("shipment_id", name=op.f("uq_received_shipment_shipment_id")),
    )

    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE TRIGGER movement_no_replace BEFORE INSERT ON movement "
            "WHEN EXISTS (SELECT 1 FROM movement WHERE id = NEW.id) "
            "OR (NEW.reverses_id IS NOT NULL AND EXISTS "
            "(SELECT 1 FROM movement WHERE reverses_id = NEW.reverses_id)) "
            f"BEGIN SELECT RAISE(ABORT, '{LEDGER_MESSAGE}'); END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS movement_no_replace")
    op.drop_table("received_shipment")
    with op.batch_alter_table("trusted_key", schema=None) as batch_op:
        batch_op.drop_index("ix_trusted_key_region")
    op.drop_table("trusted_key")
