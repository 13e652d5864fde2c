"""stock targets per site and product

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06 16:30:00.000000

A site's explicit minimum and maximum of one product, in doses or in days of cover, and
who set it when.  A site without a row has its kind's default (``domain.stock_targets``),
so nothing is filled in here.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stock_target",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=8), nullable=False),
        sa.Column("minimum", sa.Integer(), nullable=False),
        sa.Column("maximum", sa.Integer(), nullable=False),
        sa.Column("set_by", sa.String(length=100), nullable=False),
        sa.Column("set_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("unit IN ('doses', 'days')", name=op.f("ck_stock_target_known_unit")),
        sa.CheckConstraint(
            "minimum >= 0 AND maximum >= minimum", name=op.f("ck_stock_target_min_max")
        ),
        sa.ForeignKeyConstraint(
            ["location_id"], ["location.id"], name=op.f("fk_stock_target_location_id_location")
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_stock_target_product_id_product")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_target")),
        sa.UniqueConstraint(
            "location_id", "product_id", name=op.f("uq_stock_target_location_id")
        ),
    )


def downgrade() -> None:
    op.drop_table("stock_target")
