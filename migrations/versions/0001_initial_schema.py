"""initial schema: reference data, lots, ledger, balances

Revision ID: 0001
Revises:
Create Date: 2026-11-25 12:26:01.703378
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "discard_reason",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name_da", sa.String(length=100), nullable=False),
        sa.Column("name_en", sa.String(length=100), nullable=False),
        sa.Column("requires_comment", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_discard_reason")),
    )
    op.create_table(
        "location_kind",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name_da", sa.String(length=100), nullable=False),
        sa.Column("name_en", sa.String(length=100), nullable=False),
        sa.Column("ssi_stedtype", sa.String(length=100), nullable=False),
        sa.Column("target_cover_days", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_location_kind")),
    )
    op.create_table(
        "programme",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name_da", sa.String(length=100), nullable=False),
        sa.Column("name_en", sa.String(length=100), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_programme")),
    )
    op.create_table(
        "region",
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_region")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "location",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind_code", sa.String(length=32), nullable=True),
        sa.Column("region_code", sa.String(length=8), nullable=True),
        sa.Column("is_virtual", sa.Boolean(), nullable=False),
        sa.Column("holds_stock", sa.Boolean(), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["kind_code"], ["location_kind.code"], name=op.f("fk_location_kind_code_location_kind")
        ),
        sa.ForeignKeyConstraint(
            ["region_code"], ["region.code"], name=op.f("fk_location_region_code_region")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_location")),
        sa.UniqueConstraint("code", name=op.f("uq_location_code")),
    )
    op.create_table(
        "product",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("varenummer", sa.String(length=20), nullable=False),
        sa.Column("gtin", sa.String(length=14), nullable=True),
        sa.Column("programme_code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("manufacturer", sa.String(length=100), nullable=False),
        sa.Column("form", sa.String(length=40), nullable=False),
        sa.Column("doses_per_unit", sa.Integer(), nullable=False),
        sa.Column("units_per_pack", sa.Integer(), nullable=False),
        sa.Column("frozen_min_c", sa.Integer(), nullable=True),
        sa.Column("frozen_max_c", sa.Integer(), nullable=True),
        sa.Column("fridge_min_c", sa.Integer(), nullable=True),
        sa.Column("fridge_max_c", sa.Integer(), nullable=True),
        sa.Column("thawed_shelf_life_days", sa.Integer(), nullable=True),
        sa.Column("in_use_hours_after_opening", sa.Integer(), nullable=True),
        sa.Column("min_remaining_shelf_life_days", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint("doses_per_unit > 0", name=op.f("ck_product_doses_per_unit_positive")),
        sa.CheckConstraint("units_per_pack > 0", name=op.f("ck_product_units_per_pack_positive")),
        sa.ForeignKeyConstraint(
            ["programme_code"], ["programme.code"], name=op.f("fk_product_programme_code_programme")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product")),
        sa.UniqueConstraint("gtin", name=op.f("uq_product_gtin")),
        sa.UniqueConstraint("varenummer", name=op.f("uq_product_varenummer")),
    )
    op.create_table(
        "lot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("batch", sa.String(length=20), nullable=False),
        sa.Column("expiry", sa.Date(), nullable=False),
        sa.Column("use_by", sa.Date(), nullable=False),
        sa.Column("thawed_on", sa.Date(), nullable=True),
        sa.Column("parent_lot_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_lot_id"], ["lot.id"], name=op.f("fk_lot_parent_lot_id_lot")
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_lot_product_id_product")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lot")),
        sa.UniqueConstraint("product_id", "batch", "thawed_on", name="uq_lot_product_batch_thawed"),
    )
    with op.batch_alter_table("lot", schema=None) as batch_op:
        batch_op.create_index(
            "uq_lot_product_batch_unthawed",
            ["product_id", "batch"],
            unique=True,
            sqlite_where=sa.text("thawed_on IS NULL"),
            postgresql_where=sa.text("thawed_on IS NULL"),
        )

    op.create_table(
        "movement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("lot_id", sa.Integer(), nullable=False),
        sa.Column("from_location_id", sa.Integer(), nullable=False),
        sa.Column("to_location_id", sa.Integer(), nullable=False),
        sa.Column("doses", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("user_name", sa.String(length=100), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=False),
        sa.Column("reason_code", sa.String(length=32), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("reverses_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("doses > 0", name=op.f("ck_movement_doses_positive")),
        sa.CheckConstraint(
            "from_location_id <> to_location_id", name=op.f("ck_movement_two_sides")
        ),
        sa.ForeignKeyConstraint(
            ["from_location_id"],
            ["location.id"],
            name=op.f("fk_movement_from_location_id_location"),
        ),
        sa.ForeignKeyConstraint(["lot_id"], ["lot.id"], name=op.f("fk_movement_lot_id_lot")),
        sa.ForeignKeyConstraint(
            ["reason_code"],
            ["discard_reason.code"],
            name=op.f("fk_movement_reason_code_discard_reason"),
        ),
        sa.ForeignKeyConstraint(
            ["reverses_id"], ["movement.id"], name=op.f("fk_movement_reverses_id_movement")
        ),
        sa.ForeignKeyConstraint(
            ["to_location_id"], ["location.id"], name=op.f("fk_movement_to_location_id_location")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_movement")),
        sa.UniqueConstraint("reverses_id", name=op.f("uq_movement_reverses_id")),
    )
    with op.batch_alter_table("movement", schema=None) as batch_op:
        batch_op.create_index("ix_movement_from", ["from_location_id", "lot_id"], unique=False)
        batch_op.create_index("ix_movement_lot_occurred", ["lot_id", "occurred_at"], unique=False)
        batch_op.create_index("ix_movement_occurred", ["occurred_at"], unique=False)
        batch_op.create_index("ix_movement_to", ["to_location_id", "lot_id"], unique=False)

    op.create_table(
        "stock_balance",
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("lot_id", sa.Integer(), nullable=False),
        sa.Column("doses", sa.Integer(), nullable=False),
        sa.CheckConstraint("doses >= 0", name=op.f("ck_stock_balance_not_negative")),
        sa.ForeignKeyConstraint(
            ["location_id"], ["location.id"], name=op.f("fk_stock_balance_location_id_location")
        ),
        sa.ForeignKeyConstraint(["lot_id"], ["lot.id"], name=op.f("fk_stock_balance_lot_id_lot")),
        sa.PrimaryKeyConstraint("location_id", "lot_id", name=op.f("pk_stock_balance")),
    )
    with op.batch_alter_table("stock_balance", schema=None) as batch_op:
        batch_op.create_index("ix_stock_balance_lot", ["lot_id"], unique=False)

    _ledger_is_append_only()


LEDGER_MESSAGE = "movement ledger is append-only: post a reversing movement instead"


def _ledger_is_append_only() -> None:
    """The database itself refuses UPDATE and DELETE on the ledger."""
    if op.get_bind().dialect.name == "sqlite":
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER movement_no_{action.lower()} BEFORE {action} ON movement "
                f"BEGIN SELECT RAISE(ABORT, '{LEDGER_MESSAGE}'); END"
            )
    else:
        op.execute(
            "CREATE FUNCTION movement_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN RAISE EXCEPTION '{LEDGER_MESSAGE}'; END $$"
        )
        op.execute(
            "CREATE TRIGGER movement_no_change BEFORE UPDATE OR DELETE ON movement "
            "FOR EACH ROW EXECUTE FUNCTION movement_append_only()"
        )
        op.execute(
            "CREATE TRIGGER movement_no_truncate BEFORE TRUNCATE ON movement "
            "FOR EACH STATEMENT EXECUTE FUNCTION movement_append_only()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS movement_no_update")
        op.execute("DROP TRIGGER IF EXISTS movement_no_delete")
    else:
        op.execute("DROP TRIGGER IF EXISTS movement_no_change ON movement")
        op.execute("DROP TRIGGER IF EXISTS movement_no_truncate ON movement")
        op.execute("DROP FUNCTION IF EXISTS movement_append_only()")
    with op.batch_alter_table("stock_balance", schema=None) as batch_op:
        batch_op.drop_index("ix_stock_balance_lot")

    op.drop_table("stock_balance")
    with op.batch_alter_table("movement", schema=None) as batch_op:
        batch_op.drop_index("ix_movement_to")
        batch_op.drop_index("ix_movement_occurred")
        batch_op.drop_index("ix_movement_lot_occurred")
        batch_op.drop_index("ix_movement_from")

    op.drop_table("movement")
    with op.batch_alter_table("lot", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_lot_product_batch_unthawed",
            sqlite_where=sa.text("thawed_on IS NULL"),
            postgresql_where=sa.text("thawed_on IS NULL"),
        )

    op.drop_table("lot")
    op.drop_table("product")
    op.drop_table("location")
    op.drop_table("setting")
    op.drop_table("region")
    op.drop_table("programme")
    op.drop_table("location_kind")
    op.drop_table("discard_reason")
