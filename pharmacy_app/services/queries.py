"""Read-only views of the ledger: stock on hand, a lot's history, exports, the ledger check.

Filtering and sorting happen in SQL so that a table of 100,000 rows is paged, never
loaded whole.  Every ordering ends in unique keys, so pages never overlap or skip.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import aliased

from pharmacy_app.db import models as m
from pharmacy_app.domain.localtime import local_day
from pharmacy_app.domain.types import QUARANTINE_KIND, MovementKind
from pharmacy_app.services.app import App
from pharmacy_app.services.ledger_check import Breach as Breach
from pharmacy_app.services.ledger_check import CheckReport as CheckReport
from pharmacy_app.services.ledger_check import check_ledger as check_ledger


class StockColumn(StrEnum):
    LOCATION = "location"
    KIND = "kind"
    PROGRAMME = "programme"
    PRODUCT = "product"
    VARENUMMER = "varenummer"
    BATCH = "batch"
    EXPIRY = "expiry"
    USE_BY = "use_by"
    DOSES = "doses"
    PACKS = "packs"
    UNITS = "units"


@dataclass(frozen=True)
class StockFilter:
    programme_code: str | None = None
    product_id: int | None = None
    location_id: int | None = None
    text: str = ""


@dataclass(frozen=True)
class StockRow:
    location_id: int
    location_code: str
    location_name: str
    location_kind: str
    programme: str
    product_id: int
    product: str
    varenummer: str
    lot_id: int
    batch: str
    expiry: date
    use_by: date
    thawed_on: date | None
    doses: int
    doses_per_pack: int
    doses_per_unit: int
    location_kind_code: str | None = None
    form: str = ""  # the product's unit: vial, prefilled syringe, nasal applicator
    recalled_at: datetime | None = None  # the lot is recalled: never picked, sent or given
    recall_reason: str = ""
    product_short: str = ""  # the product's short display name (``product`` is the full one)

    @property
    def recalled(self) -> bool:
        return self.recalled_at is not None

    @property
    def held(self) -> bool:
        """Stock in a pharmacy's quarantine: in the ledger, not to be picked."""
        return self.location_kind_code == QUARANTINE_KIND

    @property
    def packs(self) -> float:
        return self.doses / self.doses_per_pack

    @property
    def units(self) -> float:
        return self.doses / self.doses_per_unit


def _stock_select() -> Select[*tuple[Any, ...]]:
    b, lot, p, prog, loc = m.StockBalance, m.Lot, m.Product, m.Programme, m.Location
    kind = aliased(m.LocationKind)
    return (
        select(
            loc.id,
            loc.code,
            loc.name,
            func.coalesce(kind.name_da, ""),
            prog.name_da,
            p.id,
            p.name,
            p.varenummer,
            lot.id,
            lot.batch,
            lot.expiry,
            lot.use_by,
            lot.thawed_on,
            b.doses,
            p.doses_per_unit * p.units_per_pack,
            p.doses_per_unit,
            loc.kind_code,
            p.form,
            lot.recalled_at,
            func.coalesce(lot.recall_reason, ""),
            p.short_name,
        )
        .select_from(b)
        .join(lot, lot.id == b.lot_id)
        .join(p, p.id == lot.product_id)
        .join(prog, prog.code == p.programme_code)
        .join(loc, loc.id == b.location_id)
        .outerjoin(kind, kind.code == loc.kind_code)
        .where(b.doses > 0)
    )


def _apply_filter(q: Select[*tuple[Any, ...]], flt: StockFilter) -> Select[*tuple[Any, ...]]:
    if flt.programme_code:
        q = q.where(m.Product.programme_code == flt.programme_code)
    if flt.product_id is not None:
        q = q.where(m.Product.id == flt.product_id)
    if flt.location_id is not None:
        q = q.where(m.Location.id == flt.location_id)
    text = flt.text.strip().lower()
    if text:
        q = q.where(
            or_(
                *(
                    func.lower(col).contains(text, autoescape=True)
                    for col in (
                        m.Lot.batch,
                        m.Product.name,
                        m.Product.short_name,
                        m.Product.varenummer,
                        m.Location.name,
                        m.Location.code,
                    )
                )
            )
        )
    return q


_SORT_KEYS = {
    StockColumn.LOCATION: (m.Location.name,),
    StockColumn.KIND: (m.Location.kind_code, m.Location.name),
    StockColumn.PROGRAMME: (m.Programme.name_da, m.Product.name),
    StockColumn.PRODUCT: (m.Product.short_name,),
    StockColumn.VARENUMMER: (m.Product.varenummer,),
    StockColumn.BATCH: (m.Lot.batch,),
    StockColumn.EXPIRY: (m.Lot.expiry,),
    StockColumn.USE_BY: (m.Lot.use_by,),
    StockColumn.DOSES: (m.StockBalance.doses,),
    StockColumn.PACKS: (m.StockBalance.doses * 1.0 / (m.Product.doses_per_unit * m.Product.units_per_pack),),
    StockColumn.UNITS: (m.StockBalance.doses * 1.0 / m.Product.doses_per_unit,),
}


def stock_rows(
    app: App,
    flt: StockFilter = StockFilter(),
    sort: StockColumn = StockColumn.USE_BY,
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> list[StockRow]:
    keys = [k.desc() if descending else k.asc() for k in _SORT_KEYS[sort]]
    q = _apply_filter(_stock_select(), flt).order_by(
        *keys, m.Location.id, m.Lot.id
    )
    if offset:
        q = q.offset(offset)
    if limit is not None:
        q = q.limit(limit)
    with app.db.read() as s:
        return [StockRow(*row) for row in s.execute(q)]


@dataclass(frozen=True)
class StockSummary:
    rows: int
    doses: int
    lots: int
    locations: int


def stock_summary(app: App, flt: StockFilter = StockFilter()) -> StockSummary:
    inner = _apply_filter(_stock_select(), flt).subquery()
    cols = list(inner.c)  # positions as in _stock_select
    q = select(
        func.count(),
        func.coalesce(func.sum(cols[13]), 0),
        func.count(func.distinct(cols[8])),
        func.count(func.distinct(cols[0])),
    ).select_from(inner)
    with app.db.read() as s:
        n, doses, lots, locs = s.execute(q).one()
        return StockSummary(int(n), int(doses), int(lots), int(locs))


@dataclass(frozen=True)
class HistoryRow:
    movement_id: int
    occurred_at: datetime
    recorded_at: datetime
    kind: str
    from_code: str
    from_name: str
    to_code: str
    to_name: str
    doses: int
    user: str
    reference: str
    reason_code: str | None
    note: str
    reverses_id: int | None
    reversed_by: int | None


@dataclass(frozen=True)
class LotInfo:
    lot_id: int
    product: str
    varenummer: str
    programme: str
    batch: str
    expiry: date
    use_by: date
    thawed_on: date | None
    doses_per_unit: int
    doses_per_pack: int
    history: list[HistoryRow] = field(default_factory=list)
    product_short: str = ""


def _history_select() -> Select[*tuple[Any, ...]]:
    src, dst = aliased(m.Location), aliased(m.Location)
    rev = aliased(m.Movement)
    return (
        select(
            m.Movement.id,
            m.Movement.occurred_at,
            m.Movement.recorded_at,
            m.Movement.kind,
            src.code,
            src.name,
            dst.code,
            dst.name,
            m.Movement.doses,
            m.Movement.user_name,
            m.Movement.reference,
            m.Movement.reason_code,
            m.Movement.note,
            m.Movement.reverses_id,
            rev.id,
        )
        .join(src, src.id == m.Movement.from_location_id)
        .join(dst, dst.id == m.Movement.to_location_id)
        .outerjoin(rev, rev.reverses_id == m.Movement.id)
    )


def lot_history(app: App, lot_id: int) -> LotInfo | None:
    """Every movement of a lot, in the order it happened (then the order recorded)."""
    with app.db.read() as s:
        lot = s.get(m.Lot, lot_id)
        if lot is None:
            return None
        q = _history_select().where(m.Movement.lot_id == lot_id).order_by(
            m.Movement.occurred_at, m.Movement.id
        )
        history = [HistoryRow(*row) for row in s.execute(q)]
        p = lot.product
        return LotInfo(
            lot_id=lot.id,
            product=p.name,
            varenummer=p.varenummer,
            programme=p.programme.name_da,
            batch=lot.batch,
            expiry=lot.expiry,
            use_by=lot.use_by,
            thawed_on=lot.thawed_on,
            doses_per_unit=p.doses_per_unit,
            doses_per_pack=p.doses_per_unit * p.units_per_pack,
            history=history,
            product_short=p.short_name,
        )


MOVEMENT_EXPORT_COLUMNS = (
    "movement_id",
    "occurred_at",
    "recorded_at",
    "kind",
    "programme",
    "varenummer",
    "product",
    "batch",
    "expiry",
    "from_code",
    "to_code",
    "doses",
    "user",
    "reference",
    "reason_code",
    "note",
    "reverses_id",
)


def movement_count(app: App) -> int:
    """How many movements the ledger holds (what :func:`iter_movements` will yield)."""
    with app.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(m.Movement)) or 0)


def iter_movements(app: App, batch_size: int = 5000) -> Iterator[tuple[object, ...]]:
    """The whole ledger in id order, as rows matching :data:`MOVEMENT_EXPORT_COLUMNS`."""
    src, dst = aliased(m.Location), aliased(m.Location)
    q = (
        select(
            m.Movement.id,
            m.Movement.occurred_at,
            m.Movement.recorded_at,
            m.Movement.kind,
            m.Product.programme_code,
            m.Product.varenummer,
            m.Product.name,
            m.Lot.batch,
            m.Lot.expiry,
            src.code,
            dst.code,
            m.Movement.doses,
            m.Movement.user_name,
            m.Movement.reference,
            m.Movement.reason_code,
            m.Movement.note,
            m.Movement.reverses_id,
        )
        .join(m.Lot, m.Lot.id == m.Movement.lot_id)
        .join(m.Product, m.Product.id == m.Lot.product_id)
        .join(src, src.id == m.Movement.from_location_id)
        .join(dst, dst.id == m.Movement.to_location_id)
        .order_by(m.Movement.id)
    )
    with app.db.read() as s:
        for row in s.execute(q.execution_options(yield_per=batch_size)):
            yield tuple(row)


# --------------------------------------------------------------------------- the check
# In its own module, services.ledger_check; imported above under the same names.


@dataclass(frozen=True)
class ReceiptsElsewhere:
    """Deliveries from SSI in the ledger that no receipt on the Receiving page holds:
    booked by the command line, the demo data or an older version."""

    movements: int  # receipt movements (one per lot received)
    notes: int  # different delivery notes (references) among them
    latest: date | None  # the Danish day of the latest


def receipts_elsewhere(app: App) -> ReceiptsElsewhere:
    """What the Receiving page's list cannot show: receipt movements without a receipt."""
    mv = m.Movement
    with app.db.read() as s:
        count, notes, latest = s.execute(
            select(func.count(), func.count(func.distinct(mv.reference)), func.max(mv.occurred_at))
            .select_from(mv)
            .outerjoin(m.ReceiptLine, m.ReceiptLine.movement_id == mv.id)
            .where(mv.kind == MovementKind.RECEIPT.value, m.ReceiptLine.id.is_(None))
        ).one()
    return ReceiptsElsewhere(int(count or 0), int(notes or 0), local_day(latest) if latest else None)
