"""The sites' forecast, kept between calls while the history it is made from is unchanged.

A forecast reads only what was given before the current week's Monday (several seasons
of the ledger: seconds on a large region), yet the status bar's stock-out count and every
round on the forecast basis ask for it again after each change.  The history before
Monday changes only when a movement dated before it is added (a late entry, a reversal
dated back) or the database is replaced (a restore); both are seen from the audit chain:

* the chain's head (place and hash) is noted when the forecast is computed; the hash
  chain means the same hash at that place again is the same rows up to it;
* a movement added since (a later place) dated before Monday changes the history.

So a kept forecast is used only when the row at the noted place still has the noted hash
and no movement after it is dated before Monday; else it is computed again.  Keyed by the
database, the Monday, the region's sites and the products' programmes (the programme
series the forecast borrows from).  A few are kept, per process.

What must hold: the result is always what :func:`services.forecast.site_forecasts` would
give now; nothing here writes.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain import forecast as fc
from pharmacy_app.domain.localtime import at_local
from pharmacy_app.services.expiry import consuming_sites
from pharmacy_app.services.forecast import MAX_WEEKS, Key, site_forecasts
from pharmacy_app.services.reference import region_locations

KEPT = 8
_lock = threading.Lock()
_kept: OrderedDict[tuple[Any, ...], tuple[int, str, dict[Key, fc.SeriesForecast]]] = OrderedDict()


def _hash_at(s: Session, seq: int) -> str | None:
    for table in (m.Movement, m.Activity):
        found = s.scalar(select(table.hash).where(table.chain_seq == seq))
        if found is not None:
            return str(found)
    return None


def _still_valid(s: Session, seq: int, hash_: str, monday: date) -> bool:
    if _hash_at(s, seq) != hash_:
        return False
    later = s.scalar(
        select(m.Movement.id)
        .where(m.Movement.chain_seq > seq, m.Movement.occurred_at < at_local(monday))
        .limit(1)
    )
    return later is None


def forecasts(s: Session, today: date) -> dict[Key, fc.SeriesForecast]:
    """:func:`~pharmacy_app.services.forecast.site_forecasts` of every site of the region
    over the forecast's whole horizon (:data:`~pharmacy_app.services.forecast.MAX_WEEKS`),
    kept while the history before this week's Monday is unchanged: one reading serves
    every round and stock-out count of the week."""
    monday = fc.monday(today)
    programmes = tuple(s.execute(select(m.Product.id, m.Product.programme_code).order_by(m.Product.id)))
    site_ids = frozenset(consuming_sites(region_locations(s)))
    bind = s.get_bind().engine.url.render_as_string(hide_password=True)
    key = (bind, monday, site_ids, programmes)
    with _lock:
        kept = _kept.get(key)
    if kept is not None and _still_valid(s, kept[0], kept[1], monday):
        with _lock:
            _kept.move_to_end(key)
        return kept[2]
    head = s.execute(select(m.ChainHead.seq, m.ChainHead.hash)).first()
    result = site_forecasts(s, today, site_ids, MAX_WEEKS)
    if head is not None and head.seq and _hash_at(s, head.seq) == head.hash:
        with _lock:
            _kept[key] = (int(head.seq), str(head.hash), result)
            _kept.move_to_end(key)
            while len(_kept) > KEPT:
                _kept.popitem(last=False)
    return result
