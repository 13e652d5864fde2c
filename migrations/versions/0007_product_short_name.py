"""products: a short display name for tables and screens ("Comirnaty 30 µg multidosis")

Existing products get the catalogue's short name for their item number, else one made
from the full name; a name already taken gets the item number added, so the names are
unique from the start.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 10:00:00.000000
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from pharmacy_app.domain.catalog import derive_short_name
from pharmacy_app.paths import resources_dir

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

INDEX = "ix_product_short_name"


def _catalogue_short_names() -> dict[str, str]:
    with (resources_dir() / "catalog.json").open(encoding="utf-8") as fh:
        products = json.load(fh)["products"]
    return {p["varenummer"]: p["short_name"] for p in products if p.get("short_name")}


def upgrade() -> None:
    # A plain ADD COLUMN on both engines (a batch rebuild of product would have to drop a
    # table that lots refer to).  The empty default only lets existing rows in.
    op.add_column(
        "product", sa.Column("short_name", sa.String(length=60), server_default="", nullable=False)
    )
    conn = op.get_bind()
    product = sa.table(
        "product", sa.column("id"), sa.column("varenummer"), sa.column("name"), sa.column("short_name")
    )
    known = _catalogue_short_names()
    taken: set[str] = set()
    rows = conn.execute(sa.select(product.c.id, product.c.varenummer, product.c.name).order_by(product.c.id))
    for product_id, varenummer, name in list(rows):
        short = known.get(varenummer) or derive_short_name(name)
        if short.casefold() in taken:
            short = f"{short[: 60 - len(varenummer) - 3]} ({varenummer})"
        taken.add(short.casefold())
        conn.execute(product.update().where(product.c.id == product_id).values(short_name=short))
    if conn.dialect.name != "sqlite":
        op.alter_column("product", "short_name", server_default=None)
    op.create_index(INDEX, "product", ["short_name"], unique=True)


def downgrade() -> None:
    op.drop_index(INDEX, table_name="product")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE product DROP COLUMN short_name")
    else:
        op.drop_column("product", "short_name")
