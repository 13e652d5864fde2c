"""snapshots: the region's stock at each month's end, and the ledger check's checkpoint

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 06:00:00.000000

Three new tables, nothing changed in the old ones:

* ``month_end_snapshot`` and ``month_end_balance``: the opening figures of the SSI
  workbook, stored when a month is first computed (``services.month_end``), so a
  month's report reads that month's movements only.  A cache of the ledger: dropping
  them loses nothing.
* ``ledger_checkpoint``: the highest movement id the ledger check has verified, when and
  by whom; an incremental check starts after it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "month_end_snapshot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("region_code", sa.String(length=8), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("watermark", sa.Integer(), nullable=False),
        sa.Column("region_key", sa.String(length=64), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["region_code"], ["region.code"], name=op.f("fk_month_end_snapshot_region_code_region")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_month_end_snapshot")),
        sa.UniqueConstraint("region_code", "period", name="uq_month_end_snapshot_region_period"),
    )
    op.create_table(
        "month_end_balance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("snapshot_id", sa.Integer(), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("going_to_id", sa.Integer(), nullable=True),
        sa.Column("lot_id", sa.Integer(), nullable=False),
        sa.Column("doses", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["snapshot_id"],
            ["month_end_snapshot.id"],
            name=op.f("fk_month_end_balance_snapshot_id_month_end_snapshot"),
        ),
        sa.ForeignKeyConstraint(
            ["location_id"], ["location.id"], name=op.f("fk_month_end_balance_location_id_location")
        ),
        sa.ForeignKeyConstraint(
            ["going_to_id"], ["location.id"], name=op.f("fk_month_end_balance_going_to_id_location")
        ),
        sa.ForeignKeyConstraint(["lot_id"], ["lot.id"], name=op.f("fk_month_end_balance_lot_id_lot")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_month_end_balance")),
    )
    op.create_index("ix_month_end_balance_snapshot", "month_end_balance", ["snapshot_id"])
    op.create_table(
        "ledger_checkpoint",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("movement_id", sa.Integer(), nullable=False),
        sa.Column("verified_at", sa.DateTime(), nullable=False),
        sa.Column("verified_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_checkpoint")),
    )


def downgrade() -> None:
    op.drop_table("ledger_checkpoint")
    op.drop_index("ix_month_end_balance_snapshot", table_name="month_end_balance")
    op.drop_table("month_end_balance")
    op.drop_table("month_end_snapshot")
