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

from sqlalchemy import ColumnElement, Select, and_, func, or_, select, true
from sqlalchemy.orm import QueryableAttribute, aliased

from pharmacy_app.db import models as m
from pharmacy_app.domain.localtime import local_day
from pharmacy_app.domain.types import QUARANTINE_KIND, MovementKind
from pharmacy_app.services.app import App
from pharmacy_app.services.holds import held_by
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
    excursion_hold: int | None = None  # held in place after this temperature excursion

    @property
    def recalled(self) -> bool:
        return self.recalled_at is not None

    @property
    def held(self) -> bool:
        """Stock in a pharmacy's quarantine, or held in place after a temperature
        excursion: in the ledger, not to be picked."""
        return self.location_kind_code == QUARANTINE_KIND or self.excursion_hold is not None

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
            held_by(b.location_id, b.lot_id),
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


# What each column sorts by; (location id, lot id) then makes every order total.  No key
# is ever NULL (a location without a kind sorts as ''), so "after this key" is exact.
SortKey = ColumnElement[Any] | QueryableAttribute[Any]

_SORT_KEYS: dict[StockColumn, tuple[SortKey, ...]] = {
    StockColumn.LOCATION: (m.Location.name,),
    StockColumn.KIND: (func.coalesce(m.Location.kind_code, ""), m.Location.name),
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


def _order(sort: StockColumn, descending: bool) -> list[tuple[SortKey, bool]]:
    """The ORDER BY of a sort: the column's keys in its direction, then the tiebreaker
    (location id, lot id: a balance row's primary key) ascending."""
    keys = [(k, descending) for k in _SORT_KEYS[sort]]
    return keys + [(m.Location.id, False), (m.Lot.id, False)]


def _order_by(q: Select[*tuple[Any, ...]], order: list[tuple[SortKey, bool]]) -> Select[*tuple[Any, ...]]:
    return q.order_by(*(k.desc() if desc else k.asc() for k, desc in order))


def stock_rows(
    app: App,
    flt: StockFilter = StockFilter(),
    sort: StockColumn = StockColumn.USE_BY,
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> list[StockRow]:
    q = _order_by(_apply_filter(_stock_select(), flt), _order(sort, descending))
    if offset:
        q = q.offset(offset)
    if limit is not None:
        q = q.limit(limit)
    with app.db.read() as s:
        return [StockRow(*row) for row in s.execute(q)]


@dataclass(frozen=True)
class StockKey:
    """Where a page of stock rows ended: the sort and the last row's sort values (the
    column's keys, location id, lot id), as the database computed them."""

    sort: StockColumn
    descending: bool
    values: tuple[Any, ...]


@dataclass(frozen=True)
class StockRowsPage:
    rows: list[StockRow]
    after: StockKey | None  # the key of the next page; None: this was the last page


def _beyond(order: list[tuple[SortKey, bool]], values: tuple[Any, ...]) -> ColumnElement[bool]:
    """Rows that come after ``values`` in ``order`` (lexicographic; each key in its own
    direction): k1 beyond v1, or k1 = v1 and k2 beyond v2, and so on."""
    clauses = []
    for i, (key, desc) in enumerate(order):
        beyond = key < values[i] if desc else key > values[i]
        clauses.append(and_(*(order[j][0] == values[j] for j in range(i)), beyond))
    return or_(*clauses)


def stock_page(
    app: App,
    flt: StockFilter = StockFilter(),
    sort: StockColumn = StockColumn.USE_BY,
    descending: bool = False,
    after: StockKey | None = None,
    limit: int = 500,
) -> StockRowsPage:
    """Up to ``limit`` stock rows after ``after`` (keyset paging): filtered, sorted and
    cut in SQL, so a page costs the same however far down the table it lies, and a page
    never repeats or skips a row of the ones before it."""
    order = _order(sort, descending)
    q = _apply_filter(_stock_select(), flt).add_columns(*(k for k, _d in order))
    if after is not None:
        if (after.sort, after.descending) != (sort, descending):
            raise ValueError(f"a key of another order: {after}")
        q = q.where(_beyond(order, after.values))
    q = _order_by(q, order).limit(limit + 1)  # one more: is there a next page?
    width = len(order)
    with app.db.read() as s:
        found = list(s.execute(q))
    rows = [StockRow(*row[:-width]) for row in found[:limit]]
    more = len(found) > limit
    key = StockKey(sort, descending, tuple(found[limit - 1][-width:])) if more else None
    return StockRowsPage(rows, key)


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
class HistoryKey:
    """Where a page of a lot's history ended: its last movement's moment and number."""

    lot_id: int
    occurred_at: datetime
    movement_id: int


@dataclass(frozen=True)
class HistoryPage:
    rows: list[HistoryRow]
    after: HistoryKey | None  # the key of the next page; None: this was the last page


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
    movements: int = 0  # all the lot's movements (``history`` may hold only the first ones)
    after: HistoryKey | None = None  # where ``history`` stopped short; None: it is all


def _history_select() -> Select[*tuple[Any, ...]]:
    src, dst = aliased(m.Location), aliased(m.Location)
    rev = aliased(m.Movement)
    return (
        select(
            m.Movement.id,
            m.Movement.occurred_at,
            m.Movement.recorded_at,
            m.Movement.kind,
            src.code.label("from_code"),
            src.name.label("from_name"),
            dst.code.label("to_code"),
            dst.name.label("to_name"),
            m.Movement.doses,
            m.Movement.user_name,
            m.Movement.reference,
            m.Movement.reason_code,
            m.Movement.note,
            m.Movement.reverses_id,
            rev.id.label("reversed_by"),
        )
        .join(src, src.id == m.Movement.from_location_id)
        .join(dst, dst.id == m.Movement.to_location_id)
        .outerjoin(rev, rev.reverses_id == m.Movement.id)
    )


def _history_page_select(lot_id: int, after: HistoryKey | None, limit: int | None) -> Select[*tuple[Any, ...]]:
    """The lot's movements after ``after`` in the order they happened (then the order
    recorded); ``limit`` + 1 of them at most (the one more tells that more follow),
    read along the (lot, occurred) index."""
    mv = m.Movement
    q = _history_select().where(mv.lot_id == lot_id)
    if after is not None:
        if after.lot_id != lot_id:
            raise ValueError(f"a key of another lot: {after}")
        q = q.where(
            or_(
                mv.occurred_at > after.occurred_at,
                and_(mv.occurred_at == after.occurred_at, mv.id > after.movement_id),
            )
        )
    q = q.order_by(mv.occurred_at, mv.id)
    return q if limit is None else q.limit(limit + 1)


def _history_page(lot_id: int, rows: list[HistoryRow], limit: int | None) -> HistoryPage:
    if limit is None or len(rows) <= limit:
        return HistoryPage(rows, None)
    last = rows[limit - 1]
    return HistoryPage(rows[:limit], HistoryKey(lot_id, last.occurred_at, last.movement_id))


def lot_history(app: App, lot_id: int, limit: int | None = None) -> LotInfo | None:
    """The lot, and its movements in the order they happened (then the order recorded):
    all of them, or the first ``limit`` (the rest through :func:`lot_history_page` from
    ``LotInfo.after``).  One query, whatever the length of the history: the lot with its
    product, programme and number of movements, joined to the page of movements with
    their places and corrections (none: one row without a movement)."""
    lot, p, prog, mv = m.Lot, m.Product, m.Programme, m.Movement
    count = select(func.count()).select_from(mv).where(mv.lot_id == lot_id).scalar_subquery()
    page = _history_page_select(lot_id, None, limit).subquery()
    q = (
        select(
            lot.batch, lot.expiry, lot.use_by, lot.thawed_on,
            p.name, p.varenummer, p.short_name, p.doses_per_unit, p.units_per_pack,
            prog.name_da, count, *page.c,
        )  # fmt: skip
        .select_from(lot)
        .join(p, p.id == lot.product_id)
        .join(prog, prog.code == p.programme_code)
        .outerjoin(page, true())
        .where(lot.id == lot_id)
        .order_by(page.c.occurred_at, page.c.id)
    )
    with app.db.read() as s:
        found: list[Any] = list(s.execute(q))
    if not found:
        return None
    first = found[0]
    batch, expiry, use_by, thawed_on, name, varenummer, short, per_unit, per_pack, programme, movements = first[:11]
    rows = [HistoryRow(*row[11:]) for row in found if row[11] is not None]
    history = _history_page(lot_id, rows, limit)
    return LotInfo(
        lot_id=lot_id,
        product=name,
        varenummer=varenummer,
        programme=programme,
        batch=batch,
        expiry=expiry,
        use_by=use_by,
        thawed_on=thawed_on,
        doses_per_unit=per_unit,
        doses_per_pack=per_unit * per_pack,
        history=history.rows,
        product_short=short,
        movements=int(movements),
        after=history.after,
    )


def lot_history_page(app: App, after: HistoryKey, limit: int) -> HistoryPage:
    """The next ``limit`` movements of a lot's history, after ``after``."""
    q = _history_page_select(after.lot_id, after, limit)
    with app.db.read() as s:
        rows = [HistoryRow(*row) for row in s.execute(q)]
    return _history_page(after.lot_id, rows, limit)


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
