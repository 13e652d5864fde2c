"""Month-end snapshots: the region's stock at the end of each month, as the SSI workbook
counts it, so that a month's report reads that month's movements and the month before's
closing stock instead of the whole ledger.

What must hold:

* A stored snapshot of month P with watermark W holds exactly the movements with
  ``id <= W`` that occurred before P's end, summed per ``(place, lot)`` (a place is a
  location of the region, or for stock in transit the place it is going to; see
  :func:`pharmacy_app.domain.ssi_report.add_flow`).  It is never trusted beyond that:
  the closing stock of P is the snapshot plus every movement with ``id > W`` that
  occurred before P's end, a key range scan over what was recorded since W, not over
  the history.  So a back-dated movement into an earlier month is always counted, and
  the later months' opening figures follow it; :func:`prepare` folds it in and stores
  the snapshot again, so the scan stays short.
* Every movement with ``id <= W`` was committed when W was taken (:mod:`.watermark`).
* A snapshot belongs to one region and one set of region locations (``region_key``); if
  a location joins or leaves the region, the older snapshots are not used and the
  balances are built again from the ledger.
* A missing snapshot is built from the nearest earlier one (or from the first movement)
  plus one aggregate query per month between, and every month built on the way is
  stored: the first report walks back once, the next ones do not.
* Snapshots are a cache: dropping the two tables loses nothing but time.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from pharmacy_app.db import models as m
from pharmacy_app.domain import ssi_report as dr
from pharmacy_app.domain.report_period import Period, parse_period, period_of
from pharmacy_app.domain.types import VirtualLocation
from pharmacy_app.services import in_transit, watermark
from pharmacy_app.services.app import App
from pharmacy_app.services.reference import home_pharmacy

Balances = dict[tuple[int, int], int]  # (place, lot) -> doses


@dataclass(frozen=True)
class Scope:
    """The home pharmacy's region as the workbook sees it."""

    region_code: str
    locations: Mapping[int, dr.LocationRecord]  # every location, in the region or not
    region_ids: tuple[int, ...]
    transit_id: int
    key: str  # names the set of region locations


def scope(session: Session, region_code: str) -> Scope:
    kind = aliased(m.LocationKind)
    locations: dict[int, dr.LocationRecord] = {}
    for loc, ssi_type in session.execute(
        select(m.Location, func.coalesce(kind.ssi_stedtype, "")).outerjoin(
            kind, kind.code == m.Location.kind_code
        )
    ):
        locations[loc.id] = dr.LocationRecord(
            id=loc.id,
            code=loc.code,
            name=loc.name,
            ssi_type=dr.IN_TRANSIT_TYPE if loc.code == VirtualLocation.IN_TRANSIT else ssi_type,
            # Stock on its way from the pharmacy to a site is still the region's.
            in_region=(not loc.is_virtual and loc.region_code == region_code)
            or loc.code == VirtualLocation.IN_TRANSIT,
        )
    region_ids = tuple(sorted(i for i, loc in locations.items() if loc.in_region))
    transit_id = next(i for i, loc in locations.items() if loc.code == VirtualLocation.IN_TRANSIT)
    key = hashlib.sha256(",".join(map(str, region_ids)).encode()).hexdigest()
    return Scope(region_code, locations, region_ids, transit_id, key)


def home_scope(session: Session) -> Scope:
    return scope(session, str(home_pharmacy(session).region_code))


# --------------------------------------------------------------------------- reading


def _unindexed(column: Any) -> Any:
    """``column + 0``: the same number, but no index on it can serve the condition.

    SQLite has no statistics unless ANALYZE ran, and then prefers the location indexes
    for ``from IN (...) OR to IN (...)`` and the time index for ``occurred_at < t``:
    for the region (nearly every movement) or the years before a month that is a walk
    over the whole history.  The queries here are meant to walk one month by its time
    index, or what was recorded since a watermark by the primary key."""
    return column + 0


def in_region(mv: Any, sc: Scope) -> Any:
    """The condition "touches the region", for a query that goes by time or by id."""
    return or_(_unindexed(mv.from_location_id).in_(sc.region_ids), _unindexed(mv.to_location_id).in_(sc.region_ids))


def _add_flows(session: Session, sc: Scope, balances: Balances, *where: Any) -> None:
    """Add the region's movements matching ``where``, summed in SQL, to ``balances``."""
    mv = m.Movement
    going_to = in_transit.destination_column(mv, sc.transit_id)
    rows = session.execute(
        select(mv.from_location_id, mv.to_location_id, mv.lot_id, going_to, func.sum(mv.doses))
        .outerjoin(m.DistributionList, in_transit.destination_join(mv))
        .where(in_region(mv, sc), *where)
        .group_by(mv.from_location_id, mv.to_location_id, mv.lot_id, going_to)
    )
    for src, dst, lot_id, transit_to, doses in rows:
        dr.add_flow(balances, sc.locations, src, dst, lot_id, transit_to, int(doses))


def _add_late(
    session: Session, sc: Scope, balances: Balances, after: int, end: datetime, upto: int | None
) -> bool:
    """Add the movements recorded after id ``after`` (up to ``upto``) but dated before
    ``end`` to ``balances``; whether there were any.  A primary-key range scan over
    what was recorded since, never the history: the time is tested row by row."""
    mv = m.Movement
    going_to = in_transit.destination_column(mv, sc.transit_id)
    ids = (mv.id > after,) if upto is None else (mv.id > after, mv.id <= upto)
    rows = session.execute(
        select(mv.occurred_at, mv.from_location_id, mv.to_location_id, mv.lot_id, going_to, mv.doses)
        .outerjoin(m.DistributionList, in_transit.destination_join(mv))
        .where(*ids)
        .execution_options(yield_per=10_000)
    )
    found = False
    for occurred, src, dst, lot_id, transit_to, doses in rows:
        if occurred < end:
            found = True
            dr.add_flow(balances, sc.locations, src, dst, lot_id, transit_to, doses)
    return found


def _stored(session: Session, sc: Scope, period: Period) -> m.MonthEndSnapshot | None:
    """The latest snapshot of the region at or before ``period``'s end, of this region's
    locations."""
    return session.scalars(
        select(m.MonthEndSnapshot)
        .where(
            m.MonthEndSnapshot.region_code == sc.region_code,
            m.MonthEndSnapshot.region_key == sc.key,
            m.MonthEndSnapshot.period <= period.text,
        )
        .order_by(m.MonthEndSnapshot.period.desc())
        .limit(1)
    ).first()


def _rows(session: Session, sc: Scope, snapshot_id: int) -> Balances:
    out: Balances = {}
    for loc_id, going_to, lot_id, doses in session.execute(
        select(
            m.MonthEndBalance.location_id,
            m.MonthEndBalance.going_to_id,
            m.MonthEndBalance.lot_id,
            m.MonthEndBalance.doses,
        ).where(m.MonthEndBalance.snapshot_id == snapshot_id)
    ):
        out[(-going_to if going_to is not None else loc_id, lot_id)] = doses
    return out


def _first_period(session: Session) -> Period | None:
    first = session.scalar(select(func.min(m.Movement.occurred_at)))
    return period_of(first) if first is not None else None


def _walk(
    session: Session, sc: Scope, period: Period, upto: int | None
) -> tuple[Balances, list[tuple[Period, Balances]], m.MonthEndSnapshot | None]:
    """The closing stock of ``period`` from the nearest stored snapshot, counting only
    movements with ``id <= upto`` (all when ``None``).  Also returns the snapshot it
    started from and each month whose stored stock is missing or out of date, with its
    closing stock: the months built on the way and, when movements recorded after it
    were dated before its end, the snapshot's own month."""
    mv = m.Movement
    upto_clause = () if upto is None else (_unindexed(mv.id) <= upto,)
    base = _stored(session, sc, period)
    balances: Balances = {}
    built: list[tuple[Period, Balances]] = []
    if base is not None:
        balances = _rows(session, sc, base.id)
        month = parse_period(base.period)
        if _add_late(session, sc, balances, base.watermark, month.end, upto):
            built.append((month, {k: d for k, d in balances.items() if d}))
        month = month.next()
    else:
        first = _first_period(session)
        month = first if first is not None and first <= period else period.next()
    while month <= period:
        _add_flows(session, sc, balances, mv.occurred_at >= month.start, mv.occurred_at < month.end, *upto_clause)
        built.append((month, {k: d for k, d in balances.items() if d}))
        month = month.next()
    return {k: d for k, d in balances.items() if d}, built, base


def closing(session: Session, sc: Scope, period: Period) -> Balances:
    """The region's stock per ``(place, lot)`` at the end of ``period``: the stored
    snapshot with what was recorded since folded in (cheap once :func:`prepare` ran)."""
    return _walk(session, sc, period, None)[0]


def opening_rows(
    sc: Scope, balances: Balances, lots: Mapping[int, dr.LotRecord], products: Mapping[int, dr.ProductRecord]
) -> list[dr.OpeningRow]:
    """The opening balances as the checksum sees them (codes, not ids)."""
    out = []
    for (place, lot_id), doses in balances.items():
        lot = lots[lot_id]
        where = sc.locations[sc.transit_id] if place < 0 else sc.locations[place]
        going_to = sc.locations[-place].code if place < 0 else ""
        out.append(
            dr.OpeningRow(
                where.code, going_to, products[lot.product_id].varenummer, lot.batch,
                lot.expiry, lot.use_by, doses,
            )
        )  # fmt: skip
    return out


# --------------------------------------------------------------------------- storing


def _store(session: Session, sc: Scope, period: Period, upto: int, balances: Balances, now: datetime) -> None:
    old = session.scalar(
        select(m.MonthEndSnapshot.id).where(
            m.MonthEndSnapshot.region_code == sc.region_code, m.MonthEndSnapshot.period == period.text
        )
    )
    if old is not None:
        session.execute(delete(m.MonthEndBalance).where(m.MonthEndBalance.snapshot_id == old))
        session.execute(delete(m.MonthEndSnapshot).where(m.MonthEndSnapshot.id == old))
    snapshot_id = session.execute(
        insert(m.MonthEndSnapshot)
        .values(
            region_code=sc.region_code, period=period.text, watermark=upto,
            region_key=sc.key, made_at=now,
        )
        .returning(m.MonthEndSnapshot.id)
    ).scalar_one()  # fmt: skip
    rows = [
        {
            "snapshot_id": snapshot_id,
            "location_id": sc.transit_id if place < 0 else place,
            "going_to_id": -place if place < 0 else None,
            "lot_id": lot_id,
            "doses": doses,
        }
        for (place, lot_id), doses in sorted(balances.items())
    ]
    if rows:
        session.execute(insert(m.MonthEndBalance), rows)


def prepare(app: App, period: Period, now: datetime) -> None:
    """Make sure the closing stock of ``period`` is stored and up to date, building the
    months before it that are missing; nothing when it already is.  A month that has
    not ended by ``now`` (the caller's one reading of the clock) is not stored: its
    stock still changes."""
    if period.end > now:
        return
    with app.db.read() as s:
        sc = home_scope(s)
        stored = _stored(s, sc, period)
        if stored is not None and stored.period == period.text and stored.watermark >= watermark.newest(s):
            return  # nothing recorded since it was made
    upto = watermark.committed(app)
    try:
        with app.db.write() as s:
            sc = home_scope(s)
            if upto is None:  # SQLite: this transaction is the only writer
                upto = watermark.newest(s)
            balances, built, base = _walk(s, sc, period, upto)
            if base is not None and base.period == period.text and not built:
                # Still right: only say that it holds up to here, so the next scan is short.
                s.execute(
                    update(m.MonthEndSnapshot)
                    .where(m.MonthEndSnapshot.id == base.id)
                    .values(watermark=upto)
                )
                return
            for month, month_balances in built or [(period, balances)]:
                _store(s, sc, month, upto, month_balances, now)
    except IntegrityError:
        # Another workstation stored the same month at the same moment; its snapshot is
        # as good as this one (and is checked the same way whenever it is read).
        return
