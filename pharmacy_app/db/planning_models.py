"""The tables of planning ahead (migrations 0020 and 0021), apart from ``models`` so that module
stays readable; ``models`` imports them at its end, so ``m.ExpectedDelivery`` works.

* ``stock_target`` is a site's explicit stock target for one product (a site without a
  row has its kind's default, ``domain.stock_targets``).
* ``expected_delivery`` is doses of a product SSI announced or the pharmacy ordered for
  a day; a received delivery is matched against them (``services.expected_deliveries``).
  A cancelled row keeps who cancelled it and when.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from pharmacy_app.db.models import Base, UTCDateTime
from pharmacy_app.domain.limits import MAX_USER_NAME


class ExpectedDelivery(Base):
    """Doses of a product expected on a day: announced by SSI or ordered by the pharmacy
    (services.expected_deliveries); a received delivery is matched against them."""

    __tablename__ = "expected_delivery"
    __table_args__ = (
        CheckConstraint("doses > 0", name="doses_positive"),
        CheckConstraint("source IN ('ssi', 'order')", name="known_source"),
        Index("ix_expected_delivery_expected_on", "expected_on"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    doses: Mapped[int] = mapped_column(Integer)
    expected_on: Mapped[date] = mapped_column(Date)
    reference: Mapped[str] = mapped_column(String(40), default="")
    source: Mapped[str] = mapped_column(String(8))
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(MAX_USER_NAME))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    cancelled_by: Mapped[str | None] = mapped_column(String(MAX_USER_NAME))
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class StockTarget(Base):
    """A site's explicit stock target for one product: a minimum and maximum in doses or
    in days of cover (``domain.stock_targets``); a site without a row has its kind's."""

    __tablename__ = "stock_target"
    __table_args__ = (
        CheckConstraint("unit IN ('doses', 'days')", name="known_unit"),
        CheckConstraint("minimum >= 0 AND maximum >= minimum", name="min_max"),
        UniqueConstraint("location_id", "product_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    unit: Mapped[str] = mapped_column(String(8))
    minimum: Mapped[int] = mapped_column(Integer)
    maximum: Mapped[int] = mapped_column(Integer)
    set_by: Mapped[str] = mapped_column(String(MAX_USER_NAME))
    set_at: Mapped[datetime] = mapped_column(UTCDateTime)
