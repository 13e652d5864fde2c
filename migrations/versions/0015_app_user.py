"""users: who signs in, with which role

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06 12:00:00.000000

A database without users works as before (everyone may do everything, under the name
given); the first user, an administrator, is created by the set-up step.  Names are
unique whatever their case (``name_key``); only an argon2 hash of a password is kept.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

MAX_USER_NAME = 100  # domain.limits, as it was when this ran


def upgrade() -> None:
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=MAX_USER_NAME), nullable=False),
        sa.Column("name_key", sa.String(length=MAX_USER_NAME), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("disabled", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=MAX_USER_NAME), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=MAX_USER_NAME), nullable=False),
        sa.Column("failed_sign_ins", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("last_failure_at", sa.DateTime(), nullable=True),
        sa.Column("last_sign_in_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "role IN ('viewer', 'staff', 'coordinator', 'administrator')",
            name=op.f("ck_app_user_role_known"),
        ),
        sa.CheckConstraint(
            "failed_sign_ins >= 0", name=op.f("ck_app_user_failed_sign_ins_not_negative")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("name_key", name=op.f("uq_app_user_name_key")),
    )


def downgrade() -> None:
    op.drop_table("app_user")
