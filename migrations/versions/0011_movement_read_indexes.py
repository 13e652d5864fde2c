"""movement: indexes for the reads whose cost must not grow with the years of history

Revision ID: 0011
Revises: 0009
Create Date: 2026-12-06 07:00:00.000000

* ``ix_movement_to_occurred`` and ``ix_movement_from_occurred`` (location, time): the
  consumption rates, the wastage figures and "the products a site uses" read what went
  into or out of given locations within a window of days; with these that is an index
  range of the window, not a walk over every movement the location ever had.  They
  also hold what those reads need of each movement, so the hundreds of thousands of
  doses given in a year are added up from the index alone, without visiting a row:
  into a location, where from, which lot and how many doses (a year's wastage, the
  rates' window); out of one, which lot (the products a site used in eight weeks).
* ``ix_movement_to_lot_occurred`` (to location, lot, time) replaces ``ix_movement_to``
  (to location, lot), which is its prefix and served nothing the longer one does not:
  the first day a site had a product is then the smallest time per (site, lot), read
  from the index alone, without visiting a movement row.

The statistics the planners use are refreshed by the application after a migration
(``pharmacy_app.db.statistics``), not here.
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_movement_to_occurred",
        "movement",
        ["to_location_id", "occurred_at", "from_location_id", "lot_id", "doses"],
    )
    op.create_index(
        "ix_movement_from_occurred", "movement", ["from_location_id", "occurred_at", "lot_id"]
    )
    op.create_index(
        "ix_movement_to_lot_occurred", "movement", ["to_location_id", "lot_id", "occurred_at"]
    )
    op.drop_index("ix_movement_to", table_name="movement")


def downgrade() -> None:
    op.create_index("ix_movement_to", "movement", ["to_location_id", "lot_id"])
    op.drop_index("ix_movement_to_lot_occurred", table_name="movement")
    op.drop_index("ix_movement_from_occurred", table_name="movement")
    op.drop_index("ix_movement_to_occurred", table_name="movement")
