"""stocktake: a count may be of chosen lots only (a cycle count)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06 09:45:00.000000

A cycle count covers exactly the lots listed in its lines, not every lot its filters
match: the flag tells the overlap check and the count entry so (a lot not listed is not
part of it).  Existing counts are ordinary counts (``false``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN with a default on both engines (see 0006).
    op.add_column(
        "stocktake",
        sa.Column("cycle", sa.Boolean(), server_default=sa.false(), nullable=False),
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE stocktake DROP COLUMN cycle")
    else:
        op.drop_column("stocktake", "cycle")
