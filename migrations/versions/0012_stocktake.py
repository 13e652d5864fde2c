"""stocktake: counts of the stock at a place, and their lines

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 09:00:00.000000

Two new tables, nothing changed in the old ones:

* ``stocktake``: a count at one location, whole or filtered by programme, product or
  storage; open, posted or cancelled; the highest movement id when it started, so the
  movements of the place during the count are known exactly.
* ``stocktake_line``: one lot of a count, its expected doses frozen at the start, what
  was counted, by whom, the reason for a difference, and the movement that posted it.

The stocktake reason codes stay on the line (``domain.stocktake_reasons``); the posted
movement carries the code and text in its note, and no ``reason_code``: that column
names discard reasons, and a stocktake difference is not a discard.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stocktake",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("programme_code", sa.String(length=32), nullable=True),
        sa.Column("product_id", sa.Integer(), nullable=True),
        sa.Column("storage", sa.String(length=12), nullable=True),
        sa.Column("blind", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("started_by", sa.String(length=100), nullable=False),
        sa.Column("start_movement_id", sa.Integer(), nullable=False),
        sa.Column("posted_at", sa.DateTime(), nullable=True),
        sa.Column("posted_by", sa.String(length=100), nullable=True),
        sa.Column("approved_by", sa.String(length=100), nullable=True),
        sa.Column("cancelled_at", sa.DateTime(), nullable=True),
        sa.Column("cancelled_by", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(
            ["location_id"], ["location.id"], name=op.f("fk_stocktake_location_id_location")
        ),
        sa.ForeignKeyConstraint(
            ["programme_code"],
            ["programme.code"],
            name=op.f("fk_stocktake_programme_code_programme"),
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_stocktake_product_id_product")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stocktake")),
    )
    op.create_index("ix_stocktake_location_status", "stocktake", ["location_id", "status"])
    op.create_table(
        "stocktake_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stocktake_id", sa.Integer(), nullable=False),
        sa.Column("lot_id", sa.Integer(), nullable=False),
        sa.Column("expected_doses", sa.Integer(), nullable=False),
        sa.Column("counted_units", sa.Integer(), nullable=True),
        sa.Column("counted_doses", sa.Integer(), nullable=True),
        sa.Column("counted_by", sa.String(length=100), nullable=True),
        sa.Column("counted_at", sa.DateTime(), nullable=True),
        sa.Column("count_movement_id", sa.Integer(), nullable=True),
        sa.Column("reason_code", sa.String(length=32), nullable=True),
        sa.Column("reason_text", sa.Text(), nullable=False),
        sa.Column("unexpected", sa.Boolean(), nullable=False),
        sa.Column("movement_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "expected_doses >= 0", name=op.f("ck_stocktake_line_expected_not_negative")
        ),
        sa.CheckConstraint(
            "counted_units >= 0", name=op.f("ck_stocktake_line_counted_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["stocktake_id"],
            ["stocktake.id"],
            name=op.f("fk_stocktake_line_stocktake_id_stocktake"),
        ),
        sa.ForeignKeyConstraint(["lot_id"], ["lot.id"], name=op.f("fk_stocktake_line_lot_id_lot")),
        sa.ForeignKeyConstraint(
            ["movement_id"], ["movement.id"], name=op.f("fk_stocktake_line_movement_id_movement")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stocktake_line")),
        sa.UniqueConstraint("stocktake_id", "lot_id", name="uq_stocktake_line_lot"),
    )


def downgrade() -> None:
    op.drop_table("stocktake_line")
    op.drop_index("ix_stocktake_location_status", table_name="stocktake")
    op.drop_table("stocktake")
