"""returns to SSI: a return's header and its lines, for printing the return note again

Revision ID: 0013
Revises: 0011
Create Date: 2026-12-06 09:00:00.000000

The doses themselves move in the ledger (one movement per line, from the pharmacy or
its quarantine to the SSI virtual location); these tables only say which movements
made one return, under SSI's reference and with the reason.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

MAX_DOSES_PER_MOVEMENT = 1_000_000  # domain.limits, as it was when this ran


def upgrade() -> None:
    op.create_table(
        "ssi_return",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("from_location_id", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["from_location_id"],
            ["location.id"],
            name=op.f("fk_ssi_return_from_location_id_location"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ssi_return")),
    )
    op.create_table(
        "ssi_return_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("return_id", sa.Integer(), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("lot_id", sa.Integer(), nullable=False),
        sa.Column("doses", sa.Integer(), nullable=False),
        sa.Column("movement_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            f"doses > 0 AND doses <= {MAX_DOSES_PER_MOVEMENT}",
            name=op.f("ck_ssi_return_line_doses_in_range"),
        ),
        sa.ForeignKeyConstraint(
            ["return_id"], ["ssi_return.id"], name=op.f("fk_ssi_return_line_return_id_ssi_return")
        ),
        sa.ForeignKeyConstraint(["lot_id"], ["lot.id"], name=op.f("fk_ssi_return_line_lot_id_lot")),
        sa.ForeignKeyConstraint(
            ["movement_id"], ["movement.id"], name=op.f("fk_ssi_return_line_movement_id_movement")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ssi_return_line")),
        sa.UniqueConstraint("movement_id", name=op.f("uq_ssi_return_line_movement_id")),
    )
    op.create_index("ix_ssi_return_line_return_id", "ssi_return_line", ["return_id"])


def downgrade() -> None:
    op.drop_index("ix_ssi_return_line_return_id", table_name="ssi_return_line")
    op.drop_table("ssi_return_line")
    op.drop_table("ssi_return")
