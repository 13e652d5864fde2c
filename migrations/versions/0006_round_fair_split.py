"""distribution: a round remembers whether short stock is split fairly

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 16:40:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN with a default on both engines (see 0002 and 0004).
    op.add_column(
        "distribution_round",
        sa.Column("fair_split", sa.Boolean(), server_default=sa.false(), nullable=False),
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE distribution_round DROP COLUMN fair_split")
    else:
        op.drop_column("distribution_round", "fair_split")
