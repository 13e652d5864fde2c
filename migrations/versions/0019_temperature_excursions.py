"""temperature excursions and the lots they hold; a lot's part without a thaw date

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06 16:00:00.000000

An excursion is a period at a place's storage outside its range; each lot held there is
a row of ``excursion_lot`` until a pharmacist decides.  Shortening a held lot's use-by
moves its doses into a part of their own (``parent_lot_id`` set, no thaw date), so the
batch's own lot is now the one without a parent: the unique index on an unthawed batch
says so (an index only; the lot table itself is not rebuilt).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

INDEX = "uq_lot_product_batch_unthawed"
SOURCES = "'manual', 'logger'"
DECISIONS = "'none', 'released', 'shortened', 'discarded'"


def _unthawed_index(where: str) -> None:
    op.create_index(
        INDEX, "lot", ["product_id", "batch"], unique=True,
        sqlite_where=sa.text(where), postgresql_where=sa.text(where),
    )  # fmt: skip


def upgrade() -> None:
    op.create_table(
        "excursion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("storage_class", sa.String(length=16), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=False),
        sa.Column("lowest_c", sa.Float(), nullable=False),
        sa.Column("highest_c", sa.Float(), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("readings", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.CheckConstraint(f"source IN ({SOURCES})", name=op.f("ck_excursion_known_source")),
        sa.CheckConstraint("ended_at >= started_at", name=op.f("ck_excursion_ends_after_start")),
        sa.CheckConstraint(
            "lowest_c <= highest_c", name=op.f("ck_excursion_lowest_not_above_highest")
        ),
        sa.ForeignKeyConstraint(
            ["location_id"], ["location.id"], name=op.f("fk_excursion_location_id_location")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_excursion")),
    )
    op.create_index("ix_excursion_location", "excursion", ["location_id", "started_at"])
    op.create_table(
        "excursion_lot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("excursion_id", sa.Integer(), nullable=False),
        sa.Column("lot_id", sa.Integer(), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("doses_held", sa.Integer(), nullable=False),
        sa.Column("decision", sa.String(length=12), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("new_use_by", sa.Date(), nullable=True),
        sa.Column("part_lot_id", sa.Integer(), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("decided_by", sa.String(length=100), nullable=True),
        sa.Column("movement_ids", sa.Text(), nullable=False),
        sa.CheckConstraint(
            f"decision IN ({DECISIONS})", name=op.f("ck_excursion_lot_known_decision")
        ),
        sa.CheckConstraint("doses_held > 0", name=op.f("ck_excursion_lot_doses_held_positive")),
        sa.ForeignKeyConstraint(
            ["excursion_id"], ["excursion.id"], name=op.f("fk_excursion_lot_excursion_id_excursion")
        ),
        sa.ForeignKeyConstraint(["lot_id"], ["lot.id"], name=op.f("fk_excursion_lot_lot_id_lot")),
        sa.ForeignKeyConstraint(
            ["location_id"], ["location.id"], name=op.f("fk_excursion_lot_location_id_location")
        ),
        sa.ForeignKeyConstraint(
            ["part_lot_id"], ["lot.id"], name=op.f("fk_excursion_lot_part_lot_id_lot")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_excursion_lot")),
        sa.UniqueConstraint("excursion_id", "lot_id", name=op.f("uq_excursion_lot_excursion_id")),
    )
    op.create_index(
        "ix_excursion_lot_hold", "excursion_lot", ["decision", "location_id", "lot_id"]
    )
    op.drop_index(INDEX, table_name="lot")
    _unthawed_index("thawed_on IS NULL AND parent_lot_id IS NULL")


def downgrade() -> None:
    op.drop_index(INDEX, table_name="lot")
    _unthawed_index("thawed_on IS NULL")
    op.drop_index("ix_excursion_lot_hold", table_name="excursion_lot")
    op.drop_table("excursion_lot")
    op.drop_index("ix_excursion_location", table_name="excursion")
    op.drop_table("excursion")
