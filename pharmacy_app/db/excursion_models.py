"""The tables of temperature excursions (migration 0019), apart from ``models`` so that
module stays readable; ``models`` imports them at its end, so ``m.Excursion`` works.

* ``excursion`` is one period at one place's storage (a class of equipment) when the
  temperature was outside its range: from, to (aware UTC), lowest and highest °C, where
  it came from (typed in, or a logger file and its name) and the readings kept as
  evidence (JSON text: ``[[ISO UTC moment, °C], ...]``).
* ``excursion_lot`` is one lot held at that place because of it: the doses held when it
  was recorded, and the pharmacist's decision.  An undecided row is a hold: nothing is
  taken out of that (location, lot) except a discard as ``TEMPERATURSVIGT``
  (``services.ledger``).  A decision keeps who, when, why, the new use-by and the
  movements it posted (JSON list of ids).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pharmacy_app.db.models import Base, Location, Lot, UTCDateTime
from pharmacy_app.domain.limits import MAX_USER_NAME

SOURCES = ("manual", "logger")
DECISIONS = ("none", "released", "shortened", "discarded")


def _among(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Excursion(Base):
    __tablename__ = "excursion"
    __table_args__ = (
        CheckConstraint(_among("source", SOURCES), name="known_source"),
        CheckConstraint("ended_at >= started_at", name="ends_after_start"),
        CheckConstraint("lowest_c <= highest_c", name="lowest_not_above_highest"),
        Index("ix_excursion_location", "location_id", "started_at"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    storage_class: Mapped[str] = mapped_column(String(16))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime] = mapped_column(UTCDateTime)
    lowest_c: Mapped[float] = mapped_column(Float)
    highest_c: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(10))
    file_name: Mapped[str] = mapped_column(String(260), default="")
    readings: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_by: Mapped[str] = mapped_column(String(MAX_USER_NAME))

    location: Mapped[Location] = relationship()
    lots: Mapped[list[ExcursionLot]] = relationship(
        back_populates="excursion", order_by="ExcursionLot.id"
    )


class ExcursionLot(Base):
    __tablename__ = "excursion_lot"
    __table_args__ = (
        CheckConstraint(_among("decision", DECISIONS), name="known_decision"),
        CheckConstraint("doses_held > 0", name="doses_held_positive"),
        UniqueConstraint("excursion_id", "lot_id"),
        # The holds ledger.post_many looks up: the undecided rows of a place.
        Index("ix_excursion_lot_hold", "decision", "location_id", "lot_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    excursion_id: Mapped[int] = mapped_column(ForeignKey("excursion.id"))
    lot_id: Mapped[int] = mapped_column(ForeignKey("lot.id"))
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    doses_held: Mapped[int] = mapped_column(Integer)
    decision: Mapped[str] = mapped_column(String(12), default="none")
    reason: Mapped[str] = mapped_column(Text, default="")
    new_use_by: Mapped[date | None] = mapped_column(Date)
    # The lot part the doses moved into when the use-by was shortened.
    part_lot_id: Mapped[int | None] = mapped_column(ForeignKey("lot.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decided_by: Mapped[str | None] = mapped_column(String(MAX_USER_NAME))
    movement_ids: Mapped[str] = mapped_column(Text, default="[]")

    excursion: Mapped[Excursion] = relationship(back_populates="lots")
    lot: Mapped[Lot] = relationship(foreign_keys=[lot_id])
    part_lot: Mapped[Lot | None] = relationship(foreign_keys=[part_lot_id])
