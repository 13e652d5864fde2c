"""Temperature excursions: recording one (by hand or from a logger file), which holds the
lots at that place in place, and a pharmacist's decision on each held lot.

What must hold:

* Recording is one transaction: the excursion, and a hold (an undecided
  ``excursion_lot``) on every lot that was at the place's storage of that class at any
  moment between from and to (its balance there, from the ledger) and is still there.
  From then on ``ledger.post_many`` refuses to take it out (picking, giving, sending,
  thawing, counting away) until it is decided; only a discard as ``TEMPERATURSVIGT``
  may.  The activity log records the excursion.
* A decision (coordinator or above) is one transaction per held lot: *release* with a
  reason; *shorten* the use-by: the held doses still there move (THAW movements, which
  the SSI workbook nets out as it does a thaw) into a part of the lot of their own with
  the new use-by, so the same batch elsewhere keeps its own; *discard* them as
  ``TEMPERATURSVIGT``.  The decision keeps who, when, why, the new use-by and the
  movements, and logs activity; a decided lot is no longer held.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain import cold_chain as cc
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.excursions import (
    Decision,
    Interval,
    Reading,
    detect,
    evidence,
    limits_of,
    outside,
)
from pharmacy_app.domain.ledger import check_aware
from pharmacy_app.domain.localtime import local_day
from pharmacy_app.domain.roles import Role
from pharmacy_app.domain.stock_rules import COLD_CHAIN_BREAK
from pharmacy_app.domain.types import MovementKind, VirtualLocation
from pharmacy_app.importers.logger_csv import LoggerFile, read_logger_csv
from pharmacy_app.services import activity, chain, ledger
from pharmacy_app.services.app import App
from pharmacy_app.services.permissions import requires
from pharmacy_app.services.reference import location_by_code, virtual
from pharmacy_app.services.storage import classes_of, equipment_of, product_storage


@dataclass(frozen=True)
class Recorded:
    """An excursion recorded: its number and how many lots it holds."""

    excursion_id: int
    lots_held: int


@dataclass(frozen=True)
class Detected:
    """What a logger file shows at a place before anything is saved."""

    file: str
    location_code: str
    storage_class: cc.StorageClass
    limits: tuple[float, float]
    readings: tuple[Reading, ...]
    intervals: tuple[Interval, ...]
    time_column: str
    temperature_column: str


def _place(s: Session, code: str) -> m.Location:
    place = location_by_code(s, code.strip())
    if place.is_virtual or not place.holds_stock:
        raise fail("excursion_place_holds_no_stock", location=place.name)
    return place


def _storage(s: Session, place: m.Location, asked: str | None) -> cc.StorageClass:
    """The class asked for (it must be at the place), else the place's fridge or cool
    box (where loggers sit), else its first class."""
    classes = classes_of(equipment_of(s, [place])[place.id])
    if asked:
        try:
            wanted = cc.StorageClass(asked.strip().lower())
        except ValueError:
            raise fail("excursion_class_not_at_place", location=place.name, storage=asked) from None
        if wanted not in classes:
            raise fail("excursion_class_not_at_place", location=place.name, storage=wanted.value)
        return wanted
    cold: list[cc.StorageClass] = [c for c in classes if c in (cc.StorageClass.FRIDGE, cc.StorageClass.COOLBOX)]
    return (cold or list(classes) or [cc.StorageClass.FRIDGE])[0]


def _check(start: datetime, end: datetime, lowest: float, highest: float, now: datetime) -> None:
    check_aware(start, "start")
    check_aware(end, "end")
    if end < start:
        raise fail("excursion_period_invalid", start=start, end=end)
    if end > now:
        raise fail("excursion_in_future", end=end)
    if lowest > highest:
        raise fail("excursion_temperatures_invalid", lowest=float(lowest), highest=float(highest))


def _held_lots(
    s: Session, place: m.Location, storage: cc.StorageClass, start: datetime, end: datetime
) -> list[tuple[m.Lot, int]]:
    """Every lot at ``place`` now (with its doses) that was there at some moment between
    ``start`` and ``end`` (a balance at ``start``, from the ledger, or doses in during it)
    and is kept in ``storage`` there."""
    b, mv = m.StockBalance, m.Movement
    now_there = {lot_id: doses for lot_id, doses in s.execute(
        select(b.lot_id, b.doses).where(b.location_id == place.id, b.doses > 0)
    )}  # fmt: skip
    if not now_there:
        return []
    touching = (mv.to_location_id == place.id) | (mv.from_location_id == place.id)
    net_since: dict[int, int] = {}
    for lot_id, to_id, doses in s.execute(
        select(mv.lot_id, mv.to_location_id, func.sum(mv.doses))
        .where(mv.occurred_at > start, touching)
        .group_by(mv.lot_id, mv.to_location_id)
    ):
        net_since[lot_id] = net_since.get(lot_id, 0) + (int(doses) if to_id == place.id else -int(doses))
    came_in = set(s.scalars(
        select(mv.lot_id).distinct().where(mv.to_location_id == place.id, mv.occurred_at > start, mv.occurred_at <= end)
    ))  # fmt: skip
    classes = classes_of(equipment_of(s, [place])[place.id])
    held: list[tuple[m.Lot, int]] = []
    for lot in s.scalars(select(m.Lot).where(m.Lot.id.in_(list(now_there))).order_by(m.Lot.id)):
        at_start = now_there[lot.id] - net_since.get(lot.id, 0)
        if at_start <= 0 and lot.id not in came_in:
            continue
        kept = cc.storing_class(classes, product_storage(lot.product), lot.thawed_on is not None)
        if kept is not None and kept != storage:
            continue
        held.append((lot, now_there[lot.id]))
    return held


def _record(
    s: Session, app: App, place: m.Location, storage: cc.StorageClass, start: datetime, end: datetime,
    lowest: float, highest: float, *, source: str, file_name: str, readings: Sequence[Reading],
    note: str, now: datetime,
) -> Recorded:  # fmt: skip
    # The chain's head first, as ledger.post_many takes it: no movement of another
    # workstation comes between the balances read here and the holds written.
    chain.take_head(s)
    exc = m.Excursion(
        location_id=place.id, storage_class=storage.value, started_at=start, ended_at=end,
        lowest_c=float(lowest), highest_c=float(highest), source=source, file_name=file_name,
        readings=json.dumps([[r.at.isoformat(), r.celsius] for r in readings]) if readings else None,
        note=note.strip(), recorded_at=now, recorded_by=app.user,
    )  # fmt: skip
    s.add(exc)
    s.flush()
    lots = _held_lots(s, place, storage, start, end)
    for lot, doses in lots:
        s.add(m.ExcursionLot(excursion_id=exc.id, lot_id=lot.id, location_id=place.id, doses_held=doses,
                             decision=Decision.NONE.value, reason="", movement_ids="[]"))  # fmt: skip
    s.flush()
    activity.record(
        s, app, activity.Kind.EXCURSION, str(exc.id), None,
        {"location": place.code, "storage": storage.value, "from": start, "to": end, "lowest_c": lowest,
         "highest_c": highest, "source": source, "file": file_name,
         "held": [f"{lot.product.varenummer}/{lot.batch}: {doses}" for lot, doses in lots]},
        note, now=now,
    )  # fmt: skip
    return Recorded(exc.id, len(lots))


@requires(Role.STAFF)
@declares(Change.STOCK | Change.EXCURSIONS)
def record(
    app: App,
    *,
    location_code: str,
    start: datetime,
    end: datetime,
    lowest: float,
    highest: float,
    storage_class: str | None = None,
    note: str = "",
) -> Recorded:
    """Record an excursion typed in (from an alarm or a thermometer) and hold the lots."""
    now = app.now()
    _check(start, end, lowest, highest, now)
    with app.db.write() as s:
        place = _place(s, location_code)
        storage = _storage(s, place, storage_class)
        limits = limits_of(storage)
        if not (outside(lowest, limits) or outside(highest, limits)):
            raise fail("excursion_not_outside", lowest=float(lowest), highest=float(highest),
                       low=int(limits[0]), high=int(limits[1]), storage=storage.value)  # fmt: skip
        return _record(s, app, place, storage, start, end, lowest, highest, source="manual",
                       file_name="", readings=(), note=note, now=now)  # fmt: skip


def detect_in_file(
    app: App, *, location_code: str, path: str | Path, storage_class: str | None = None
) -> Detected:
    """Read a logger file and find its excursions at a place's storage; nothing saved."""
    logger = read_logger_csv(path)
    with app.db.read() as s:
        place = _place(s, location_code)
        storage = _storage(s, place, storage_class)
    return _detected(logger, place.code, storage)


def _detected(logger: LoggerFile, code: str, storage: cc.StorageClass) -> Detected:
    limits = limits_of(storage)
    found = tuple(detect(logger.readings, limits))
    return Detected(logger.file, code, storage, limits, logger.readings, found,
                    logger.time_column, logger.temperature_column)  # fmt: skip


@requires(Role.STAFF)
@declares(Change.STOCK | Change.EXCURSIONS)
def import_logger(
    app: App, *, location_code: str, path: str | Path, storage_class: str | None = None, note: str = ""
) -> tuple[Recorded, ...]:
    """Record every excursion a logger file shows at a place, each with its readings
    (and a margin around it) as evidence, in one transaction; none when it shows none."""
    logger = read_logger_csv(path)
    now = app.now()
    with app.db.write() as s:
        place = _place(s, location_code)
        storage = _storage(s, place, storage_class)
        found = _detected(logger, place.code, storage)
        done: list[Recorded] = []
        for iv in found.intervals:
            _check(iv.start, iv.end, iv.lowest, iv.highest, now)
            done.append(
                _record(s, app, place, storage, iv.start, iv.end, iv.lowest, iv.highest, source="logger",
                        file_name=logger.file, readings=evidence(logger.readings, iv), note=note, now=now)
            )  # fmt: skip
        return tuple(done)


# --------------------------------------------------------------------------- decisions


@requires(Role.COORDINATOR)
@declares(Change.STOCK | Change.EXCURSIONS)
def decide(
    app: App,
    *,
    excursion_id: int,
    lot_id: int,
    decision: Decision | str,
    reason: str = "",
    use_by: date | None = None,
) -> int:
    """Decide on one held lot (see the module); the number of movements posted."""
    try:
        chosen = Decision(decision)
    except ValueError:
        raise fail("excursion_decision_unknown", decision=str(decision)) from None
    if chosen is Decision.NONE:
        raise fail("excursion_decision_unknown", decision=str(decision))
    now = app.now()
    today = local_day(now)
    with app.db.write() as s:
        exc = s.get(m.Excursion, excursion_id)
        if exc is None:
            raise fail("excursion_unknown", excursion=excursion_id)
        row = s.scalars(
            select(m.ExcursionLot).where(
                m.ExcursionLot.excursion_id == excursion_id, m.ExcursionLot.lot_id == lot_id
            )
        ).one_or_none()
        lot = s.get(m.Lot, lot_id)
        if row is None or lot is None:
            raise fail("excursion_lot_not_held", batch=lot.batch if lot else str(lot_id),
                       varenummer=lot.product.varenummer if lot else "-", excursion=excursion_id)  # fmt: skip
        if row.decision != Decision.NONE.value:
            raise fail("excursion_already_decided", batch=lot.batch, excursion=excursion_id,
                       decision=row.decision, by=row.decided_by or "", when=row.decided_at)  # fmt: skip
        reason = reason.strip()
        if chosen is Decision.RELEASED and not reason:
            raise fail("excursion_reason_required")
        if chosen is Decision.SHORTENED and (use_by is None or use_by < today or use_by >= lot.use_by):
            raise fail("excursion_use_by_invalid", use_by=use_by or "-", today=today, current=lot.use_by)
        # Decided first: the movements below then no longer meet the hold.
        row.decision, row.reason, row.decided_at, row.decided_by = chosen.value, reason, now, app.user
        row.new_use_by = use_by if chosen is Decision.SHORTENED else None
        s.flush()
        place = s.get_one(m.Location, row.location_id)
        doses = min(row.doses_held, ledger.on_hand(s, place.id, lot.id))
        ids: list[int] = []
        if doses > 0 and chosen is Decision.DISCARDED:
            ids = ledger.post_many(s, [ledger.Posting(
                MovementKind.DISCARD, lot, place, virtual(s, VirtualLocation.WASTED), doses,
                reason_code=COLD_CHAIN_BREAK, reference=f"EXC-{exc.id}",
                note=f"temperaturudsving #{exc.id}" + (f": {reason}" if reason else ""),
            )], user=app.user, now=now)  # fmt: skip
        elif doses > 0 and chosen is Decision.SHORTENED:
            assert use_by is not None
            part = _shortened_part(s, lot, use_by, now)
            row.part_lot_id = part.id
            sink = virtual(s, VirtualLocation.THAW)
            note = f"anvendes senest {use_by.strftime('%d-%m-%Y')} efter temperaturudsving #{exc.id}"
            ids = ledger.post_many(s, [
                ledger.Posting(MovementKind.THAW, lot, place, sink, doses, reference=f"EXC-{exc.id}", note=note),
                ledger.Posting(MovementKind.THAW, part, sink, place, doses, reference=f"EXC-{exc.id}", note=note),
            ], user=app.user, now=now)  # fmt: skip
        row.movement_ids = json.dumps(ids)
        activity.record(
            s, app, activity.Kind.EXCURSION_DECISION, f"{exc.id}/{lot.product.varenummer}/{lot.batch}",
            {"decision": Decision.NONE.value},
            {"decision": chosen.value, "reason": reason, "use_by": row.new_use_by, "doses": doses,
             "movements": ids},
            reason, now=now,
        )  # fmt: skip
        return len(ids)


def _shortened_part(s: Session, lot: m.Lot, use_by: date, now: datetime) -> m.Lot:
    """A new part of ``lot`` (same product, batch and expiry; no thaw date; ``lot`` its
    parent) with the shortened use-by."""
    part = m.Lot(product_id=lot.product_id, batch=lot.batch, expiry=lot.expiry, use_by=use_by,
                 thawed_on=None, parent_lot_id=lot.id, created_at=now,
                 recalled_at=lot.recalled_at, recalled_by=lot.recalled_by,
                 recall_reason=lot.recall_reason)  # fmt: skip
    s.add(part)
    s.flush()
    return part
