"""Stock in transit: where the doses on their way are going.

A round dispatched "in transit" moves its doses from the pharmacy to the virtual
IN_TRANSIT location, and the site's confirmation moves them on (or to WASTED).  Every
movement into or out of IN_TRANSIT carries the list number of its distribution list as
reference (a reversal copies its original's), and the list names the site, so the
ledger alone says where stock in transit is going, at any moment:

* :func:`destination_join` joins a movement to the list it belongs to, for queries that
  read movements (the monthly report);
* :func:`on_the_way` is the stock in transit now, per lot and destination.

What must hold: the doses :func:`on_the_way` gives for a lot add up to the lot's
balance at IN_TRANSIT; doses whose list cannot be found are returned under ``None``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain.types import VirtualLocation
from pharmacy_app.services.reference import virtual


def destination_join(movement: Any) -> Any:
    """The join condition from a movement (or an alias of it) to its distribution list."""
    return m.DistributionList.list_number == movement.reference


def destination_column(movement: Any, transit_id: int) -> Any:
    """The location a movement into or out of IN_TRANSIT is going to (else NULL); use
    with an outer join on :func:`destination_join`."""
    touches = or_(movement.from_location_id == transit_id, movement.to_location_id == transit_id)
    return case((touches, m.DistributionList.location_id), else_=None)


def on_the_way(session: Session, lot_ids: Iterable[int]) -> dict[tuple[int, int | None], int]:
    """Doses in transit now, per ``(lot id, destination location id)``; only positive
    amounts.  Doses whose distribution list is unknown come under destination ``None``."""
    lots = list(lot_ids)
    if not lots:
        return {}
    transit = virtual(session, VirtualLocation.IN_TRANSIT).id
    mv = m.Movement
    signed = case((mv.to_location_id == transit, mv.doses), else_=-mv.doses)
    rows = session.execute(
        select(mv.lot_id, m.DistributionList.location_id, func.sum(signed))
        .outerjoin(m.DistributionList, destination_join(mv))
        .where(
            mv.lot_id.in_(lots),
            or_(mv.from_location_id == transit, mv.to_location_id == transit),
        )
        .group_by(mv.lot_id, m.DistributionList.location_id)
    )
    out: dict[tuple[int, int | None], int] = defaultdict(int)
    for lot_id, destination, doses in rows:
        if doses:
            out[(int(lot_id), None if destination is None else int(destination))] += int(doses)
    return {key: doses for key, doses in out.items() if doses > 0}
