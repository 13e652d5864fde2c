"""report archive: monthly SSI reports as sent, which close their month

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 09:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_archive",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("region_code", sa.String(length=8), nullable=False),
        sa.Column("layout_version", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("checksum", sa.String(length=64), nullable=False),
        sa.Column("sent_by", sa.String(length=100), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("version > 0", name=op.f("ck_report_archive_version_positive")),
        sa.ForeignKeyConstraint(
            ["region_code"], ["region.code"], name=op.f("fk_report_archive_region_code_region")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_archive")),
        sa.UniqueConstraint("period", "version", name="uq_report_archive_period_version"),
    )


def downgrade() -> None:
    op.drop_table("report_archive")
