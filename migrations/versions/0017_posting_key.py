"""posting keys: a user action's client-made key, so a retried action posts once

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06 12:00:00.000000

Each action that writes inserts its key (a uuid4 made when the action started) in the
same transaction as its first write; a retry with the same key finds it and is refused as
already done (``domain.actions``, ``db.engine.Database.write``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

MAX_USER_NAME = 100  # domain.limits, as it was when this ran


def upgrade() -> None:
    op.create_table(
        "posting_key",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("user_name", sa.String(length=MAX_USER_NAME), nullable=False),
        sa.Column("what", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_posting_key")),
    )


def downgrade() -> None:
    op.drop_table("posting_key")
