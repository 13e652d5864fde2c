"""Stock held in place after a temperature excursion, as SQL the stock reads use.

A (location, lot) is held while an ``excursion_lot`` row for it is undecided
(``services.excursions``).  ``ledger.post_many`` refuses to take held stock out; the
reads here keep it out of what may be picked or proposed and let the stock lists say
which excursion holds it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, ScalarSelect, exists, func, select
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m

UNDECIDED = "none"


def held_by(location_id: Any, lot_id: Any) -> ScalarSelect[Any]:
    """The (lowest) excursion number holding that stock, or NULL: a correlated column."""
    h = m.ExcursionLot
    return (
        select(func.min(h.excursion_id))
        .where(h.location_id == location_id, h.lot_id == lot_id, h.decision == UNDECIDED)
        .scalar_subquery()
    )


def not_held(location_id: Any, lot_id: Any) -> ColumnElement[bool]:
    """True where that stock is not held after an excursion."""
    h = m.ExcursionLot
    return ~exists().where(h.location_id == location_id, h.lot_id == lot_id, h.decision == UNDECIDED)


def holds(s: Session, location_ids: list[int] | None = None) -> dict[tuple[int, int], int]:
    """The stock held now: (location id, lot id) → excursion number."""
    h = m.ExcursionLot
    q = select(h.location_id, h.lot_id, func.min(h.excursion_id)).where(h.decision == UNDECIDED)
    if location_ids is not None:
        q = q.where(h.location_id.in_(location_ids))
    return {(loc, lot): exc for loc, lot, exc in s.execute(q.group_by(h.location_id, h.lot_id))}
