"""storage equipment per location, and each product's pack volume

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06 15:30:00.000000

A location's equipment is one row per storage class (ultra-low freezer, freezer, fridge,
cool box) with an optional capacity in packs or litres; a location without rows has its
kind's default (``domain.cold_chain``), so nothing is filled in here.  A product's pack
volume turns a capacity in litres into packs.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

CLASSES = ("ultralow", "freezer", "fridge", "coolbox")  # domain.cold_chain, as it was


def upgrade() -> None:
    quoted = ", ".join(f"'{c}'" for c in CLASSES)
    op.create_table(
        "location_storage",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("storage_class", sa.String(length=16), nullable=False),
        sa.Column("capacity_packs", sa.Integer(), nullable=True),
        sa.Column("capacity_litres", sa.Float(), nullable=True),
        sa.CheckConstraint(
            f"storage_class IN ({quoted})", name=op.f("ck_location_storage_known_class")
        ),
        sa.CheckConstraint(
            "capacity_packs IS NULL OR capacity_packs >= 0",
            name=op.f("ck_location_storage_packs_not_negative"),
        ),
        sa.CheckConstraint(
            "capacity_litres IS NULL OR capacity_litres >= 0",
            name=op.f("ck_location_storage_litres_not_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["location_id"], ["location.id"], name=op.f("fk_location_storage_location_id_location")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_location_storage")),
        sa.UniqueConstraint(
            "location_id", "storage_class", name=op.f("uq_location_storage_location_id")
        ),
    )
    with op.batch_alter_table("product") as batch:
        batch.add_column(sa.Column("pack_volume_ml", sa.Float(), nullable=True))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # Not batch mode: rebuilding product with the foreign keys on fails once lots
        # point at it; SQLite (3.35 and later) drops a plain column in place.
        op.execute("ALTER TABLE product DROP COLUMN pack_volume_ml")
    else:
        op.drop_column("product", "pack_volume_ml")
    op.drop_table("location_storage")
