"""The schema, identical on SQLite and PostgreSQL.

* ``movement`` is the append-only ledger; triggers (see migrations 0001 and 0008) refuse
  UPDATE and DELETE on it, and on SQLite an INSERT that would replace a row.
* ``stock_balance`` is a cache of the ledger for locations that hold stock, kept in the
  same transaction as each movement; a CHECK refuses a negative balance.
* Quantities are bounded by CHECK constraints and user names and references by their
  declared lengths, both from ``domain.limits`` (migration 0009); ``db.guards`` checks
  the lengths before a write so that SQLite refuses what PostgreSQL would.
* Timestamps are stored as naive UTC and come back as aware UTC datetimes.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from pharmacy_app.domain.limits import (
    MAX_BALANCE_DOSES,
    MAX_DOSES_PER_MOVEMENT,
    MAX_PACKS_PER_LINE,
    MAX_REFERENCE,
    MAX_USER_NAME,
    MAX_WORKSTATION,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out; naive UTC in the column on both engines."""

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Setting(Base):
    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Programme(Base):
    __tablename__ = "programme"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name_da: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Product(Base):
    __tablename__ = "product"
    __table_args__ = (
        CheckConstraint("doses_per_unit > 0", name="doses_per_unit_positive"),
        CheckConstraint("units_per_pack > 0", name="units_per_pack_positive"),
        Index("ix_product_short_name", "short_name", unique=True),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    varenummer: Mapped[str] = mapped_column(String(20), unique=True)
    gtin: Mapped[str | None] = mapped_column(String(14), unique=True)
    programme_code: Mapped[str] = mapped_column(ForeignKey("programme.code"))
    name: Mapped[str] = mapped_column(String(200))
    # What tables and screens show ("Comirnaty 30 µg multidosis"); documents use ``name``.
    short_name: Mapped[str] = mapped_column(String(60))
    manufacturer: Mapped[str] = mapped_column(String(100), default="")
    form: Mapped[str] = mapped_column(String(40))
    doses_per_unit: Mapped[int] = mapped_column(Integer)
    units_per_pack: Mapped[int] = mapped_column(Integer)
    frozen_min_c: Mapped[int | None] = mapped_column(Integer)
    frozen_max_c: Mapped[int | None] = mapped_column(Integer)
    fridge_min_c: Mapped[int | None] = mapped_column(Integer)
    fridge_max_c: Mapped[int | None] = mapped_column(Integer)
    thawed_shelf_life_days: Mapped[int | None] = mapped_column(Integer)
    in_use_hours_after_opening: Mapped[int | None] = mapped_column(Integer)
    min_remaining_shelf_life_days: Mapped[int] = mapped_column(Integer, default=30)
    note: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The outer pack's volume, to count a capacity in litres (domain.cold_chain).
    pack_volume_ml: Mapped[float | None] = mapped_column(Float)

    programme: Mapped[Programme] = relationship()


class Region(Base):
    __tablename__ = "region"
    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))


class LocationKind(Base):
    __tablename__ = "location_kind"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name_da: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100))
    ssi_stedtype: Mapped[str] = mapped_column(String(100))
    target_cover_days: Mapped[int | None] = mapped_column(Integer)


class Location(Base):
    __tablename__ = "location"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind_code: Mapped[str | None] = mapped_column(ForeignKey("location_kind.code"))
    region_code: Mapped[str | None] = mapped_column(ForeignKey("region.code"))
    is_virtual: Mapped[bool] = mapped_column(Boolean, default=False)
    holds_stock: Mapped[bool] = mapped_column(Boolean, default=True)
    address: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # A quarantine location belongs to its pharmacy; stock there is held, not pickable.
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"))

    kind: Mapped[LocationKind | None] = relationship()


class LocationStorage(Base):
    """One class of storage equipment at a location (domain.cold_chain); a location
    without rows has its kind's default."""

    __tablename__ = "location_storage"
    __table_args__ = (
        CheckConstraint(
            "storage_class IN ('ultralow', 'freezer', 'fridge', 'coolbox')", name="known_class"
        ),
        CheckConstraint(
            "capacity_packs IS NULL OR capacity_packs >= 0", name="packs_not_negative"
        ),
        CheckConstraint(
            "capacity_litres IS NULL OR capacity_litres >= 0", name="litres_not_negative"
        ),
        UniqueConstraint("location_id", "storage_class"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    storage_class: Mapped[str] = mapped_column(String(16))
    capacity_packs: Mapped[int | None] = mapped_column(Integer)
    capacity_litres: Mapped[float | None] = mapped_column(Float)


class DiscardReason(Base):
    __tablename__ = "discard_reason"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name_da: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100))
    requires_comment: Mapped[bool] = mapped_column(Boolean, default=False)


class Lot(Base):
    __tablename__ = "lot"
    __table_args__ = (
        Index(
            "uq_lot_product_batch_unthawed",
            "product_id",
            "batch",
            unique=True,
            # A part of a lot (thawed, or with a use-by shortened after a temperature
            # excursion, migration 0019) has a parent; the batch's own lot has none.
            sqlite_where=text("thawed_on IS NULL AND parent_lot_id IS NULL"),
            postgresql_where=text("thawed_on IS NULL AND parent_lot_id IS NULL"),
        ),
        UniqueConstraint("product_id", "batch", "thawed_on", name="uq_lot_product_batch_thawed"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    batch: Mapped[str] = mapped_column(String(20))
    expiry: Mapped[date] = mapped_column(Date)
    # Effective use-by, fixed when the lot (or its thawed part) is created; see domain.expiry.
    use_by: Mapped[date] = mapped_column(Date)
    thawed_on: Mapped[date | None] = mapped_column(Date)
    parent_lot_id: Mapped[int | None] = mapped_column(ForeignKey("lot.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # A recalled lot is never picked, sent or given; it can only come back or be discarded.
    recalled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    recalled_by: Mapped[str | None] = mapped_column(String(MAX_USER_NAME))
    recall_reason: Mapped[str | None] = mapped_column(Text)

    product: Mapped[Product] = relationship()


class Movement(Base):
    __tablename__ = "movement"
    __table_args__ = (
        CheckConstraint("doses > 0", name="doses_positive"),
        CheckConstraint(f"doses <= {MAX_DOSES_PER_MOVEMENT}", name="doses_at_most"),
        CheckConstraint("from_location_id <> to_location_id", name="two_sides"),
        Index("ix_movement_lot_occurred", "lot_id", "occurred_at"),
        Index("ix_movement_from", "from_location_id", "lot_id"),
        Index("ix_movement_to_lot_occurred", "to_location_id", "lot_id", "occurred_at"),
        Index("ix_movement_occurred", "occurred_at"),
        # Windows of time into or out of a location (rates, wastage, the products a site
        # uses), read from the index alone: see migration 0011.
        Index(
            "ix_movement_to_occurred",
            "to_location_id", "occurred_at", "from_location_id", "lot_id", "doses",
        ),
        Index("ix_movement_from_occurred", "from_location_id", "occurred_at", "lot_id"),
        Index("ix_movement_chain_seq", "chain_seq", unique=True),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    lot_id: Mapped[int] = mapped_column(ForeignKey("lot.id"))
    from_location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    to_location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    doses: Mapped[int] = mapped_column(Integer)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_name: Mapped[str] = mapped_column(String(MAX_USER_NAME))
    reference: Mapped[str] = mapped_column(String(MAX_REFERENCE), default="")
    reason_code: Mapped[str | None] = mapped_column(ForeignKey("discard_reason.code"))
    note: Mapped[str] = mapped_column(Text, default="")
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("movement.id"), unique=True)
    target_group: Mapped[str | None] = mapped_column(String(40))
    # The audit chain (migration 0016, domain.audit_chain): the machine that posted it,
    # its place in the chain and its hash.  Given by services.chain, never by hand.
    workstation: Mapped[str] = mapped_column(String(MAX_WORKSTATION), server_default="")
    chain_seq: Mapped[int | None] = mapped_column(BigInteger)
    hash: Mapped[str | None] = mapped_column(String(64))

    lot: Mapped[Lot] = relationship()
    from_location: Mapped[Location] = relationship(foreign_keys=[from_location_id])
    to_location: Mapped[Location] = relationship(foreign_keys=[to_location_id])


class StockBalance(Base):
    __tablename__ = "stock_balance"
    __table_args__ = (
        CheckConstraint("doses >= 0", name="not_negative"),
        CheckConstraint(f"doses <= {MAX_BALANCE_DOSES}", name="doses_at_most"),
        Index("ix_stock_balance_lot", "lot_id"),
    )
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"), primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("lot.id"), primary_key=True)
    doses: Mapped[int] = mapped_column(Integer)


class Receipt(Base):
    """A delivery from SSI being received: a draft until posted in one transaction."""

    __tablename__ = "receipt"
    __table_args__ = (
        Index(
            "uq_receipt_posted_note",
            "note_number",
            unique=True,
            sqlite_where=text("status = 'posted'"),
            postgresql_where=text("status = 'posted'"),
        ),
        Index("ix_receipt_status", "status"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    note_number: Mapped[str] = mapped_column(String(40))
    delivered_on: Mapped[date] = mapped_column(Date)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    status: Mapped[str] = mapped_column(String(12))  # draft | posted | cancelled
    source: Mapped[str] = mapped_column(String(12))  # scan | typed | import
    created_by: Mapped[str] = mapped_column(String(MAX_USER_NAME))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    posted_by: Mapped[str | None] = mapped_column(String(MAX_USER_NAME))
    posted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    comment: Mapped[str] = mapped_column(Text, default="")

    location: Mapped[Location] = relationship()
    lines: Mapped[list[ReceiptLine]] = relationship(
        back_populates="receipt", order_by="ReceiptLine.line_no", cascade="all, delete-orphan"
    )


class ReceiptLine(Base):
    __tablename__ = "receipt_line"
    __table_args__ = (
        CheckConstraint("packs > 0", name="packs_positive"),
        CheckConstraint(f"packs <= {MAX_PACKS_PER_LINE}", name="packs_at_most"),
        UniqueConstraint("receipt_id", "line_no", name="uq_receipt_line_no"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("receipt.id"))
    line_no: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    batch: Mapped[str] = mapped_column(String(20))
    expiry: Mapped[date] = mapped_column(Date)
    packs: Mapped[int] = mapped_column(Integer)
    condition: Mapped[str] = mapped_column(String(12))  # frozen | fridge
    thawed_on: Mapped[date | None] = mapped_column(Date)  # received already thawed
    hold: Mapped[bool] = mapped_column(Boolean, default=False)
    hold_reason: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    lot_id: Mapped[int | None] = mapped_column(ForeignKey("lot.id"))  # set when posted
    movement_id: Mapped[int | None] = mapped_column(ForeignKey("movement.id"))

    receipt: Mapped[Receipt] = relationship(back_populates="lines")
    product: Mapped[Product] = relationship()


class ReceiptScan(Base):
    """One scanned pack; a pack's serial number can be received only once."""

    __tablename__ = "receipt_scan"
    __table_args__ = (UniqueConstraint("product_id", "serial", name="uq_receipt_scan_serial"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("receipt.id"))
    line_id: Mapped[int] = mapped_column(ForeignKey("receipt_line.id"))
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    serial: Mapped[str] = mapped_column(String(20))
    scanned_at: Mapped[datetime] = mapped_column(UTCDateTime)
    scanned_by: Mapped[str] = mapped_column(String(MAX_USER_NAME))


class Activity(Base):
    """One change that is not a movement (a setting, a product, a location, a recall, a
    month closed, a stocktake approved, a key trusted, a restore): who, when, where,
    before and after (JSON text), in the audit chain with the movements.  Append-only
    (triggers, migration 0016)."""

    __tablename__ = "activity"
    __table_args__ = (
        Index("ix_activity_chain_seq", "chain_seq", unique=True),
        Index("ix_activity_occurred", "occurred_at"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    chain_seq: Mapped[int] = mapped_column(BigInteger)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_name: Mapped[str] = mapped_column(String(MAX_USER_NAME))
    workstation: Mapped[str] = mapped_column(String(MAX_WORKSTATION))
    kind: Mapped[str] = mapped_column(String(30))
    subject: Mapped[str] = mapped_column(String(200))
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text)
    hash: Mapped[str] = mapped_column(String(64))


class ChainHead(Base):
    """The end of the audit chain (one row, id 1): the last place given and its hash.
    Every write that adds to the chain locks it first (services.chain)."""

    __tablename__ = "chain_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger)
    hash: Mapped[str] = mapped_column(String(64))


class ReportArchive(Base):
    """A monthly report to SSI as sent: the file's bytes, never changed afterwards.

    Marking a month as sent again adds a new version; the old ones stay.  A month with
    a version here is closed for ordinary postings (see ``services.ledger.post``).
    """

    __tablename__ = "report_archive"
    __table_args__ = (
        # Also the index the month-close check uses (period is its leading column).
        UniqueConstraint("period", "version", name="uq_report_archive_period_version"),
        CheckConstraint("version > 0", name="version_positive"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period: Mapped[str] = mapped_column(String(7))  # ÅÅÅÅ-MM
    version: Mapped[int] = mapped_column(Integer)
    region_code: Mapped[str] = mapped_column(ForeignKey("region.code"))
    layout_version: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(200))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    file_sha256: Mapped[str] = mapped_column(String(64))
    checksum: Mapped[str] = mapped_column(String(64))  # the workbook's Kontrolsum
    sent_by: Mapped[str] = mapped_column(String(MAX_USER_NAME))
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)


class MonthEndSnapshot(Base):
    """The region's stock at the end of a month, as the SSI workbook counts it (its rows
    are :class:`MonthEndBalance`), so that a month's report starts from the month before
    instead of replaying the whole ledger.

    A cache, never the truth: it holds every movement with ``id <= watermark`` that
    occurred before the month's end, and nothing else; a movement recorded later but
    dated before that end (back-dated) is found by a key range scan ``id > watermark``
    and added (``services.month_end``).  ``region_key`` names the set of locations that
    were the region's when it was made; a snapshot of another set is not used.
    """

    __tablename__ = "month_end_snapshot"
    __table_args__ = (UniqueConstraint("region_code", "period", name="uq_month_end_snapshot_region_period"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    region_code: Mapped[str] = mapped_column(ForeignKey("region.code"))
    period: Mapped[str] = mapped_column(String(7))  # ÅÅÅÅ-MM
    watermark: Mapped[int] = mapped_column(Integer)  # the highest movement id it holds
    region_key: Mapped[str] = mapped_column(String(64))
    made_at: Mapped[datetime] = mapped_column(UTCDateTime)


class MonthEndBalance(Base):
    """Doses of one lot at one of the region's locations at a month's end; for stock in
    transit, ``going_to_id`` is the place it is going to (as the workbook lists it)."""

    __tablename__ = "month_end_balance"
    __table_args__ = (Index("ix_month_end_balance_snapshot", "snapshot_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    snapshot_id: Mapped[int] = mapped_column(ForeignKey("month_end_snapshot.id"))
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    going_to_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"))
    lot_id: Mapped[int] = mapped_column(ForeignKey("lot.id"))
    doses: Mapped[int] = mapped_column(Integer)


class LedgerCheckpoint(Base):
    """A point up to which the ledger check found everything right: every movement with
    ``id <= movement_id`` was verified (balances equal the ledger, never negative).  The
    latest row is the checkpoint; an incremental check starts after it."""

    __tablename__ = "ledger_checkpoint"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    movement_id: Mapped[int] = mapped_column(Integer)
    verified_at: Mapped[datetime] = mapped_column(UTCDateTime)
    verified_by: Mapped[str] = mapped_column(String(MAX_USER_NAME))


class PostingKey(Base):
    """A user action that has written (``domain.actions``): its client-made key, taken in
    the same transaction as the action's first write, so a retry of the action (same key)
    is refused instead of done twice."""

    __tablename__ = "posting_key"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_name: Mapped[str] = mapped_column(String(MAX_USER_NAME))
    what: Mapped[str] = mapped_column(String(200))


class DistributionRound(Base):
    """A distribution round: the lists for one or many sites, dispatched together.

    ``mode`` says how dispatch posts: ``direct`` moves stock straight to the site;
    ``in_transit`` moves it to the IN_TRANSIT location until the site confirms receipt.
    A round is a draft until dispatched; a draft can be cancelled, a dispatched round
    only reversed.
    """

    __tablename__ = "distribution_round"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    planned_for: Mapped[date] = mapped_column(Date)
    mode: Mapped[str] = mapped_column(String(12))  # direct | in_transit
    status: Mapped[str] = mapped_column(String(12))  # draft | dispatched | cancelled
    created_by: Mapped[str] = mapped_column(String(MAX_USER_NAME))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    dispatched_by: Mapped[str | None] = mapped_column(String(MAX_USER_NAME))
    dispatched_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    # Short stock shared in proportion to the requests (else in the lists' order).
    fair_split: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    lists: Mapped[list[DistributionList]] = relationship(
        back_populates="round", order_by="DistributionList.id"
    )


class DistributionList(Base):
    """What one site gets in a round; printed as its distribution list."""

    __tablename__ = "distribution_list"
    __table_args__ = (UniqueConstraint("round_id", "location_id", name="uq_distribution_list_round_site"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("distribution_round.id"))
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    list_number: Mapped[str] = mapped_column(String(40), unique=True)
    # draft | dispatched | received | cancelled
    status: Mapped[str] = mapped_column(String(12))
    received_by: Mapped[str | None] = mapped_column(String(MAX_USER_NAME))
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(Text, default="")

    round: Mapped[DistributionRound] = relationship(back_populates="lists")
    location: Mapped[Location] = relationship()
    requests: Mapped[list[DistributionRequest]] = relationship(
        back_populates="list", order_by="DistributionRequest.id"
    )
    lines: Mapped[list[DistributionLine]] = relationship(
        back_populates="list", order_by="DistributionLine.line_no"
    )
    visits: Mapped[list[DistributionVisit]] = relationship(
        back_populates="list", order_by="DistributionVisit.id"
    )


class DistributionRequest(Base):
    """Doses of a product a site should get: the app's proposal and the coordinator's figure."""

    __tablename__ = "distribution_request"
    __table_args__ = (
        UniqueConstraint("list_id", "product_id", name="uq_distribution_request_list_product"),
        CheckConstraint(
            f"requested_doses >= 0 AND requested_doses <= {MAX_DOSES_PER_MOVEMENT}",
            name="requested_doses_in_range",
        ),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("distribution_list.id"))
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    proposed_doses: Mapped[int] = mapped_column(Integer)
    requested_doses: Mapped[int] = mapped_column(Integer)
    basis: Mapped[str] = mapped_column(Text, default="")  # how the proposal was reached

    list: Mapped[DistributionList] = relationship(back_populates="requests")
    product: Mapped[Product] = relationship()


class DistributionLine(Base):
    """Doses of one lot picked for a list; after dispatch, the movements that moved them."""

    __tablename__ = "distribution_line"
    __table_args__ = (
        CheckConstraint(f"doses > 0 AND doses <= {MAX_DOSES_PER_MOVEMENT}", name="doses_in_range"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("distribution_list.id"))
    line_no: Mapped[int] = mapped_column(Integer)
    lot_id: Mapped[int] = mapped_column(ForeignKey("lot.id"))
    doses: Mapped[int] = mapped_column(Integer)
    override_reason: Mapped[str] = mapped_column(Text, default="")  # a lot chosen against FEFO
    dispatch_movement_id: Mapped[int | None] = mapped_column(ForeignKey("movement.id"))
    received_doses: Mapped[int | None] = mapped_column(Integer)
    receive_movement_id: Mapped[int | None] = mapped_column(ForeignKey("movement.id"))
    discrepancy_reason: Mapped[str] = mapped_column(Text, default="")

    list: Mapped[DistributionList] = relationship(back_populates="lines")
    lot: Mapped[Lot] = relationship()


class DistributionVisit(Base):
    """A mobile unit's visit: an institution on a date, and the doses of one programme for it."""

    __tablename__ = "distribution_visit"
    __table_args__ = (
        CheckConstraint(f"doses > 0 AND doses <= {MAX_DOSES_PER_MOVEMENT}", name="doses_in_range"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("distribution_list.id"))
    visit_date: Mapped[date] = mapped_column(Date)
    institution: Mapped[str] = mapped_column(String(200))
    institution_kind: Mapped[str] = mapped_column(String(40), default="")  # plejehjem, ...
    programme_code: Mapped[str] = mapped_column(ForeignKey("programme.code"))
    doses: Mapped[int] = mapped_column(Integer)

    list: Mapped[DistributionList] = relationship(back_populates="visits")


class LotProvenance(Base):
    """A lot received from another region's pharmacy, with the history it came with."""

    __tablename__ = "lot_provenance"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("lot.id"))
    from_region: Mapped[str] = mapped_column(String(8))
    from_location: Mapped[str] = mapped_column(String(40))
    reference: Mapped[str] = mapped_column(String(MAX_REFERENCE))
    received_by: Mapped[str] = mapped_column(String(MAX_USER_NAME))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    history: Mapped[str] = mapped_column(Text)  # JSON: the sending region's movements of the lot


class SsiReturn(Base):
    """Stock sent back to SSI (a recalled batch, SSI's call-back, a damaged delivery):
    the return note's header, kept so the note can be printed again.  Its lines name
    the movements that moved the doses; the ledger stays the record of stock."""

    __tablename__ = "ssi_return"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(MAX_REFERENCE))  # SSI's return reference
    reason: Mapped[str] = mapped_column(Text)
    from_location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    created_by: Mapped[str] = mapped_column(String(MAX_USER_NAME))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    from_location: Mapped[Location] = relationship()
    lines: Mapped[list[SsiReturnLine]] = relationship(
        back_populates="ssi_return", order_by="SsiReturnLine.line_no"
    )


class SsiReturnLine(Base):
    """Doses of one lot in a return to SSI, and the movement that sent them."""

    __tablename__ = "ssi_return_line"
    __table_args__ = (
        CheckConstraint(f"doses > 0 AND doses <= {MAX_DOSES_PER_MOVEMENT}", name="doses_in_range"),
        Index("ix_ssi_return_line_return_id", "return_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    return_id: Mapped[int] = mapped_column(ForeignKey("ssi_return.id"))
    line_no: Mapped[int] = mapped_column(Integer)
    lot_id: Mapped[int] = mapped_column(ForeignKey("lot.id"))
    doses: Mapped[int] = mapped_column(Integer)
    movement_id: Mapped[int] = mapped_column(ForeignKey("movement.id"), unique=True)

    ssi_return: Mapped[SsiReturn] = relationship(back_populates="lines")
    lot: Mapped[Lot] = relationship()
    movement: Mapped[Movement] = relationship()


class TrustedKey(Base):
    """A public key another region's pharmacy signs its shipment files with (Ed25519).

    Only public keys live in the database: whoever reads it learns nothing that lets
    them sign.  A key is never deleted, only revoked, so that a received shipment can
    always be checked again against the key that verified it."""

    __tablename__ = "trusted_key"
    __table_args__ = (Index("ix_trusted_key_region", "region_code"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    region_code: Mapped[str] = mapped_column(ForeignKey("region.code"))
    public_key: Mapped[str] = mapped_column(String(44))  # base64 of the 32 raw bytes
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)  # SHA-256, hex
    label: Mapped[str] = mapped_column(String(100), default="")
    added_by: Mapped[str] = mapped_column(String(100))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_by: Mapped[str | None] = mapped_column(String(100))
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    region: Mapped[Region] = relationship()


class AppUser(Base):
    """A person who signs in, with a role (``domain.roles``).

    ``name_key`` is the name as compared (``casefold``): unique, so two names that
    differ only in case cannot both exist on either engine.  Only an argon2 hash of the
    password is kept.  A user is never deleted, only disabled, so every name on a
    movement stays someone's.  The failed sign-ins are kept here, not in the process,
    so every window and command line is slowed alike."""

    __tablename__ = "app_user"
    __table_args__ = (
        CheckConstraint(
            "role IN ('viewer', 'staff', 'coordinator', 'administrator')", name="role_known"
        ),
        CheckConstraint("failed_sign_ins >= 0", name="failed_sign_ins_not_negative"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(MAX_USER_NAME))
    name_key: Mapped[str] = mapped_column(String(MAX_USER_NAME), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(255))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(MAX_USER_NAME))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    changed_by: Mapped[str] = mapped_column(String(MAX_USER_NAME))
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    last_failure_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ReceivedShipment(Base):
    """A shipment file from another region, received once: its id is unique here.

    The row is written first in the receiving transaction, so a second workstation
    receiving the same file at the same moment waits on the unique index and is then
    refused; the file is kept as received, signature and all."""

    __tablename__ = "received_shipment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    shipment_id: Mapped[str] = mapped_column(String(36), unique=True)  # a UUID
    from_region: Mapped[str] = mapped_column(ForeignKey("region.code"))
    reference: Mapped[str] = mapped_column(String(100))
    key_id: Mapped[int] = mapped_column(ForeignKey("trusted_key.id"))
    received_by: Mapped[str] = mapped_column(String(100))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    movement_id: Mapped[int | None] = mapped_column(ForeignKey("movement.id"))
    document: Mapped[bytes] = mapped_column(LargeBinary)


class Stocktake(Base):
    """A count of the stock at one place (whole, or filtered by programme, product or
    storage): the expected figures are frozen in its lines when it starts.

    ``start_movement_id`` is the highest movement id when it started: the lines'
    expected doses are the balances up to it, so the movements of the place during the
    count are exactly those with a higher id (``services.stocktake``).  Open until
    posted (its differences become STOCKTAKE movements) or cancelled.
    """

    __tablename__ = "stocktake"
    __table_args__ = (Index("ix_stocktake_location_status", "location_id", "status"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    # The scope: every filter set must match for a lot to be counted (None: any).
    programme_code: Mapped[str | None] = mapped_column(ForeignKey("programme.code"))
    product_id: Mapped[int | None] = mapped_column(ForeignKey("product.id"))
    storage: Mapped[str | None] = mapped_column(String(12))  # frozen | fridge
    blind: Mapped[bool] = mapped_column(Boolean, default=False)
    # A cycle count covers exactly the lots of its lines (chosen at its start), no others.
    cycle: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    status: Mapped[str] = mapped_column(String(12))  # open | posted | cancelled
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    started_by: Mapped[str] = mapped_column(String(MAX_USER_NAME))
    start_movement_id: Mapped[int] = mapped_column(Integer)
    posted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    posted_by: Mapped[str | None] = mapped_column(String(MAX_USER_NAME))
    approved_by: Mapped[str | None] = mapped_column(String(MAX_USER_NAME))
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    cancelled_by: Mapped[str | None] = mapped_column(String(MAX_USER_NAME))

    location: Mapped[Location] = relationship()
    lines: Mapped[list[StocktakeLine]] = relationship(
        back_populates="stocktake", order_by="StocktakeLine.id"
    )


class StocktakeLine(Base):
    """One lot of a stocktake: the doses expected at the start, and what was counted.

    ``count_movement_id`` is the highest movement id when the count was entered: the
    movements of the lot at the place with an id above the stocktake's start and up to
    it happened before the count, so the difference is ``counted - expected - those``;
    later ones are already on the shelf's other side of the count.
    """

    __tablename__ = "stocktake_line"
    __table_args__ = (
        UniqueConstraint("stocktake_id", "lot_id", name="uq_stocktake_line_lot"),
        CheckConstraint("expected_doses >= 0", name="expected_not_negative"),
        CheckConstraint("counted_units >= 0", name="counted_not_negative"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stocktake_id: Mapped[int] = mapped_column(ForeignKey("stocktake.id"))
    lot_id: Mapped[int] = mapped_column(ForeignKey("lot.id"))
    expected_doses: Mapped[int] = mapped_column(Integer)
    counted_units: Mapped[int | None] = mapped_column(Integer)
    counted_doses: Mapped[int | None] = mapped_column(Integer)
    counted_by: Mapped[str | None] = mapped_column(String(MAX_USER_NAME))
    counted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    count_movement_id: Mapped[int | None] = mapped_column(Integer)
    reason_code: Mapped[str | None] = mapped_column(String(32))
    reason_text: Mapped[str] = mapped_column(Text, default="")
    unexpected: Mapped[bool] = mapped_column(Boolean, default=False)
    movement_id: Mapped[int | None] = mapped_column(ForeignKey("movement.id"))

    stocktake: Mapped[Stocktake] = relationship(back_populates="lines")
    lot: Mapped[Lot] = relationship()


# The excursion tables (migration 0019) live in their own module; here so ``m.Excursion``.
from pharmacy_app.db.excursion_models import Excursion as Excursion  # noqa: E402
from pharmacy_app.db.excursion_models import ExcursionLot as ExcursionLot  # noqa: E402

# The planning tables (migrations 0020, 0021) live in their own module; here so
# ``m.StockTarget`` and ``m.ExpectedDelivery``.
from pharmacy_app.db.planning_models import ExpectedDelivery as ExpectedDelivery  # noqa: E402
from pharmacy_app.db.planning_models import StockTarget as StockTarget  # noqa: E402
