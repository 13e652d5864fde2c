"""receiving: receipts, lines, scanned serials, quarantine parent

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 12:59:26.537806
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "receipt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("note_number", sa.String(length=40), nullable=False),
        sa.Column("delivered_on", sa.Date(), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("source", sa.String(length=12), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("posted_by", sa.String(length=100), nullable=True),
        sa.Column("posted_at", sa.DateTime(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["location_id"], ["location.id"], name=op.f("fk_receipt_location_id_location")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receipt")),
    )
    with op.batch_alter_table("receipt", schema=None) as batch_op:
        batch_op.create_index("ix_receipt_status", ["status"], unique=False)
        batch_op.create_index(
            "uq_receipt_posted_note",
            ["note_number"],
            unique=True,
            sqlite_where=sa.text("status = 'posted'"),
            postgresql_where=sa.text("status = 'posted'"),
        )

    op.create_table(
        "receipt_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("receipt_id", sa.Integer(), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("batch", sa.String(length=20), nullable=False),
        sa.Column("expiry", sa.Date(), nullable=False),
        sa.Column("packs", sa.Integer(), nullable=False),
        sa.Column("condition", sa.String(length=12), nullable=False),
        sa.Column("thawed_on", sa.Date(), nullable=True),
        sa.Column("hold", sa.Boolean(), nullable=False),
        sa.Column("hold_reason", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("lot_id", sa.Integer(), nullable=True),
        sa.Column("movement_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("packs > 0", name=op.f("ck_receipt_line_packs_positive")),
        sa.ForeignKeyConstraint(["lot_id"], ["lot.id"], name=op.f("fk_receipt_line_lot_id_lot")),
        sa.ForeignKeyConstraint(
            ["movement_id"], ["movement.id"], name=op.f("fk_receipt_line_movement_id_movement")
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_receipt_line_product_id_product")
        ),
        sa.ForeignKeyConstraint(
            ["receipt_id"], ["receipt.id"], name=op.f("fk_receipt_line_receipt_id_receipt")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receipt_line")),
        sa.UniqueConstraint("receipt_id", "line_no", name="uq_receipt_line_no"),
    )
    op.create_table(
        "receipt_scan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("receipt_id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("serial", sa.String(length=20), nullable=False),
        sa.Column("scanned_at", sa.DateTime(), nullable=False),
        sa.Column("scanned_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["line_id"], ["receipt_line.id"], name=op.f("fk_receipt_scan_line_id_receipt_line")
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_receipt_scan_product_id_product")
        ),
        sa.ForeignKeyConstraint(
            ["receipt_id"], ["receipt.id"], name=op.f("fk_receipt_scan_receipt_id_receipt")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receipt_scan")),
        sa.UniqueConstraint("product_id", "serial", name="uq_receipt_scan_serial"),
    )
    # A plain ADD COLUMN: on SQLite a batch rebuild of a table the ledger references would
    # have to copy and drop it.
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE location ADD COLUMN parent_id INTEGER "
            "CONSTRAINT fk_location_parent_id_location REFERENCES location (id)"
        )
    else:
        op.add_column("location", sa.Column("parent_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            "fk_location_parent_id_location", "location", "location", ["parent_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("location", schema=None) as batch_op:
        batch_op.drop_constraint("fk_location_parent_id_location", type_="foreignkey")
        batch_op.drop_column("parent_id")

    op.drop_table("receipt_scan")
    op.drop_table("receipt_line")
    with op.batch_alter_table("receipt", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_receipt_posted_note",
            sqlite_where=sa.text("status = 'posted'"),
            postgresql_where=sa.text("status = 'posted'"),
        )
        batch_op.drop_index("ix_receipt_status")

    op.drop_table("receipt")
