"""Finding lots, or creating them, for many lines at once (a delivery note of 10,000).

A lot is a product's batch; its thawed part is a lot of its own per thaw date, and a
part whose use-by was shortened after a temperature excursion is one too (a parent, no
thaw date: ``services.excursions``).  What
must hold, for one lot or many:

* a batch already known keeps its expiry: another expiry is refused, naming both;
* a new lot needs a plausible expiry (``domain.limits``); its use-by is fixed when it
  is created (``domain.expiry``);
* the same lot asked for twice is created once.

The known lots are looked up in one query per few hundred, the missing ones inserted in
one statement, so the cost depends on the lines asked for, not on the lots there are.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Table, insert, select, tuple_
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain.catalog import check_batch
from pharmacy_app.domain.errors import DomainError, fail
from pharmacy_app.domain.expiry import effective_use_by
from pharmacy_app.domain.limits import implausible_expiry
from pharmacy_app.domain.localtime import local_day

_CHUNK = 300  # keys per IN (...) list, well under SQLite's parameter limit

LotKey = tuple[int, str]  # (product id, batch) of an unthawed lot
ThawedKey = tuple[int, str, date]  # (product id, batch, thawed on)


def named_lot(session: Session, varenummer: str, batch: str, thawed_on: date | None = None) -> m.Lot:
    """The lot of a product's batch by item number (its thawed part of ``thawed_on`` when
    given), as a person names it on the command line or in a return; an unknown one is
    refused naming batch, product and thaw date."""
    product = session.scalars(
        select(m.Product).where(m.Product.varenummer == varenummer.strip())
    ).one_or_none()
    if product is None:
        raise fail("product_unknown", product=varenummer)
    batch = batch.strip()
    q = select(m.Lot).where(m.Lot.product_id == product.id, m.Lot.batch == batch)
    q = (
        q.where(m.Lot.thawed_on == thawed_on)
        if thawed_on
        else q.where(m.Lot.thawed_on.is_(None), m.Lot.parent_lot_id.is_(None))
    )
    lot = session.scalars(q).one_or_none()
    if lot is None:
        thawed = f", thawed {thawed_on.isoformat()}" if thawed_on else ""
        raise fail("lot_unknown", lot=f"{batch} ({product.name}){thawed}")
    return lot


def _chunks(keys: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for i in range(0, len(keys), _CHUNK):
        yield keys[i : i + _CHUNK]


def unthawed_lots(session: Session, keys: Iterable[LotKey]) -> dict[LotKey, m.Lot]:
    """The unthawed lot of each (product id, batch) that is known."""
    batches: dict[int, set[str]] = defaultdict(set)
    for product_id, batch in keys:
        batches[product_id].add(batch)
    found: dict[LotKey, m.Lot] = {}
    # Per product, its batches: both engines then walk the (product, batch) index.
    for product_id, of_product in batches.items():
        for chunk in _chunks(sorted(of_product)):
            for lot in session.scalars(
                select(m.Lot).where(
                    m.Lot.product_id == product_id,
                    m.Lot.batch.in_(chunk),
                    m.Lot.thawed_on.is_(None),
                    m.Lot.parent_lot_id.is_(None),  # not a part with a shortened use-by
                )
            ):
                found[(lot.product_id, lot.batch)] = lot
    return found


def find_or_create_lots(
    session: Session,
    wanted: Sequence[tuple[m.Product, str, date]],
    now: datetime,
    known: Mapping[LotKey, m.Lot] | None = None,
) -> list[m.Lot]:
    """The unthawed lot of each (product, batch, expiry), in order, created if new;
    ``known`` are those the caller has looked up already (:func:`unthawed_lots`)."""
    asked = [(product, check_batch(batch), expiry) for product, batch, expiry in wanted]
    if known is None:
        known = unthawed_lots(session, ((p.id, batch) for p, batch, _e in asked))
    lots = dict(known)
    new: dict[LotKey, dict[str, object]] = {}
    for product, batch, expiry in asked:
        key = (product.id, batch)
        seen = lots[key].expiry if key in lots else new[key]["expiry"] if key in new else None
        if seen is not None:
            if seen != expiry:
                raise fail(
                    "lot_expiry_mismatch",
                    batch=batch,
                    product=product.name,
                    known=seen,
                    given=expiry,
                )
            continue
        implausible = implausible_expiry(expiry, local_day(now), batch=batch, product=product.name)
        if implausible is not None:
            raise DomainError(implausible)
        new[key] = {
            "product_id": product.id,
            "batch": batch,
            "expiry": expiry,
            "use_by": effective_use_by(expiry, None, product.thawed_shelf_life_days),
            "thawed_on": None,
            "created_at": now,
        }
    if new:
        _insert(session, list(new.values()))
        lots.update(unthawed_lots(session, new))
    return [lots[(product.id, batch)] for product, batch, _e in asked]


def thawed_lots(
    session: Session, wanted: Sequence[tuple[m.Lot, date]], now: datetime
) -> list[m.Lot]:
    """The thawed part of each (lot, thaw date), in order, created if new (also for
    transfers); its use-by is the earlier of the expiry and the thawed shelf life."""
    lots = _thawed(session, {(p.product_id, p.batch, on) for p, on in wanted})
    new: dict[ThawedKey, dict[str, object]] = {}
    for parent, on in wanted:
        key = (parent.product_id, parent.batch, on)
        if key not in lots and key not in new:
            new[key] = {
                "product_id": parent.product_id,
                "batch": parent.batch,
                "expiry": parent.expiry,
                # Never later than the parent's: a part whose use-by was shortened after
                # a temperature excursion keeps it when thawed.
                "use_by": min(
                    effective_use_by(parent.expiry, on, parent.product.thawed_shelf_life_days),
                    parent.use_by,
                ),
                "thawed_on": on,
                "parent_lot_id": parent.id,
                "created_at": now,
            }
    if new:
        _insert(session, list(new.values()))
        lots.update(_thawed(session, new))
    return [lots[(p.product_id, p.batch, on)] for p, on in wanted]


def _thawed(session: Session, keys: Iterable[ThawedKey]) -> dict[ThawedKey, m.Lot]:
    found: dict[ThawedKey, m.Lot] = {}
    for chunk in _chunks(sorted(set(keys))):
        for lot in session.scalars(
            select(m.Lot).where(tuple_(m.Lot.product_id, m.Lot.batch, m.Lot.thawed_on).in_(chunk))
        ):
            assert lot.thawed_on is not None
            found[(lot.product_id, lot.batch, lot.thawed_on)] = lot
    return found


def _insert(session: Session, rows: list[dict[str, object]]) -> None:
    """Insert new lots with one Core executemany (the ORM's bulk insert costs far more
    per row); the caller reads them back as objects with one query per few hundred."""
    # Every row names the same columns, as one executemany needs.
    session.connection().execute(
        insert(_LOT_TABLE), [{"parent_lot_id": None, **row} for row in rows]
    )


_LOT_TABLE = cast(Table, m.Lot.__table__)
