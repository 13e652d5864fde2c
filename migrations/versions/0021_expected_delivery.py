"""expected deliveries: SSI's announced deliveries and the pharmacy's orders

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-06 16:20:00.000000

One row per product expected on a day: the doses (a pack count is turned into doses when
recorded), SSI's or the order's reference, where the expectation comes from (``ssi``: an
announced delivery, ``order``: the pharmacy's own order), who recorded it and, once it
will not come, who cancelled it.  A received delivery is matched against these rows when
the differences are read; nothing here changes when a delivery is posted.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

SOURCES = ("ssi", "order")  # services.expected_deliveries, as it was


def upgrade() -> None:
    quoted = ", ".join(f"'{s}'" for s in SOURCES)
    op.create_table(
        "expected_delivery",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("doses", sa.Integer(), nullable=False),
        sa.Column("expected_on", sa.Date(), nullable=False),
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("source", sa.String(length=8), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("cancelled_by", sa.String(length=100), nullable=True),
        sa.Column("cancelled_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("doses > 0", name=op.f("ck_expected_delivery_doses_positive")),
        sa.CheckConstraint(f"source IN ({quoted})", name=op.f("ck_expected_delivery_known_source")),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_expected_delivery_product_id_product")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expected_delivery")),
    )
    op.create_index("ix_expected_delivery_expected_on", "expected_delivery", ["expected_on"])


def downgrade() -> None:
    op.drop_index("ix_expected_delivery_expected_on", table_name="expected_delivery")
    op.drop_table("expected_delivery")
