"""consumption: the target group (målgruppe) a dose was given to

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN on both engines: a batch rebuild of the ledger table would have
    # to copy and drop it, which its append-only triggers (see 0001) refuse.
    op.add_column("movement", sa.Column("target_group", sa.String(length=40), nullable=True))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # SQLite 3.35+ drops a plain column in place, without rebuilding the table.
        op.execute("ALTER TABLE movement DROP COLUMN target_group")
    else:
        op.drop_column("movement", "target_group")
