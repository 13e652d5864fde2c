"""distribution rounds and lists, recalled lots, lots received from other regions

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 15:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TABLES = (
    "distribution_line",
    "lot_provenance",
    "distribution_visit",
    "distribution_request",
    "distribution_list",
    "distribution_round",
)
LOT_COLUMNS = ("recalled_at", "recalled_by", "recall_reason")


def upgrade() -> None:
    op.create_table(
        "distribution_round",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("planned_for", sa.Date(), nullable=False),
        sa.Column("mode", sa.String(length=12), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("dispatched_by", sa.String(length=100), nullable=True),
        sa.Column("dispatched_at", sa.DateTime(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_distribution_round")),
        sa.UniqueConstraint("number", name=op.f("uq_distribution_round_number")),
    )
    op.create_table(
        "distribution_list",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("list_number", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("received_by", sa.String(length=100), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["location_id"], ["location.id"], name=op.f("fk_distribution_list_location_id_location")
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["distribution_round.id"],
            name=op.f("fk_distribution_list_round_id_distribution_round"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_distribution_list")),
        sa.UniqueConstraint("list_number", name=op.f("uq_distribution_list_list_number")),
        sa.UniqueConstraint("round_id", "location_id", name="uq_distribution_list_round_site"),
    )
    op.create_table(
        "distribution_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("list_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("proposed_doses", sa.Integer(), nullable=False),
        sa.Column("requested_doses", sa.Integer(), nullable=False),
        sa.Column("basis", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["list_id"],
            ["distribution_list.id"],
            name=op.f("fk_distribution_request_list_id_distribution_list"),
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_distribution_request_product_id_product")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_distribution_request")),
        sa.UniqueConstraint("list_id", "product_id", name="uq_distribution_request_list_product"),
    )
    op.create_table(
        "distribution_visit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("list_id", sa.Integer(), nullable=False),
        sa.Column("visit_date", sa.Date(), nullable=False),
        sa.Column("institution", sa.String(length=200), nullable=False),
        sa.Column("institution_kind", sa.String(length=40), nullable=False),
        sa.Column("programme_code", sa.String(length=32), nullable=False),
        sa.Column("doses", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["list_id"],
            ["distribution_list.id"],
            name=op.f("fk_distribution_visit_list_id_distribution_list"),
        ),
        sa.ForeignKeyConstraint(
            ["programme_code"],
            ["programme.code"],
            name=op.f("fk_distribution_visit_programme_code_programme"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_distribution_visit")),
    )
    op.create_table(
        "lot_provenance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lot_id", sa.Integer(), nullable=False),
        sa.Column("from_region", sa.String(length=8), nullable=False),
        sa.Column("from_location", sa.String(length=40), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=False),
        sa.Column("received_by", sa.String(length=100), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("history", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["lot_id"], ["lot.id"], name=op.f("fk_lot_provenance_lot_id_lot")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lot_provenance")),
    )
    op.create_table(
        "distribution_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("list_id", sa.Integer(), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("lot_id", sa.Integer(), nullable=False),
        sa.Column("doses", sa.Integer(), nullable=False),
        sa.Column("override_reason", sa.Text(), nullable=False),
        sa.Column("dispatch_movement_id", sa.Integer(), nullable=True),
        sa.Column("received_doses", sa.Integer(), nullable=True),
        sa.Column("receive_movement_id", sa.Integer(), nullable=True),
        sa.Column("discrepancy_reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dispatch_movement_id"],
            ["movement.id"],
            name=op.f("fk_distribution_line_dispatch_movement_id_movement"),
        ),
        sa.ForeignKeyConstraint(
            ["list_id"],
            ["distribution_list.id"],
            name=op.f("fk_distribution_line_list_id_distribution_list"),
        ),
        sa.ForeignKeyConstraint(["lot_id"], ["lot.id"], name=op.f("fk_distribution_line_lot_id_lot")),
        sa.ForeignKeyConstraint(
            ["receive_movement_id"],
            ["movement.id"],
            name=op.f("fk_distribution_line_receive_movement_id_movement"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_distribution_line")),
    )
    # Plain ADD COLUMN on both engines (see 0002 and 0004).
    op.add_column("lot", sa.Column("recalled_at", sa.DateTime(), nullable=True))
    op.add_column("lot", sa.Column("recalled_by", sa.String(length=100), nullable=True))
    op.add_column("lot", sa.Column("recall_reason", sa.Text(), nullable=True))


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for column in LOT_COLUMNS:
        if sqlite:
            op.execute(f"ALTER TABLE lot DROP COLUMN {column}")
        else:
            op.drop_column("lot", column)
    for table in TABLES:
        op.drop_table(table)
