"""Doses given over a period as rows for the consumption export (csv or xlsx).

One row per administer movement that has not been reversed, dated by its Danish day,
in day, site, product, batch order; the columns are :data:`CONSUMPTION_EXPORT_COLUMNS`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import aliased

from pharmacy_app.db import models as m
from pharmacy_app.domain.localtime import at_local, local_day
from pharmacy_app.domain.types import MovementKind
from pharmacy_app.services.app import App
from pharmacy_app.services.reference import location_by_code

CONSUMPTION_EXPORT_COLUMNS = (
    "day",
    "site_code",
    "site",
    "programme",
    "varenummer",
    "product",
    "batch",
    "use_by",
    "target_group",
    "doses",
    "movement_id",
    "user",
    "reference",
)


@dataclass(frozen=True)
class ConsumptionRow:
    day: date
    site_code: str
    site: str
    programme: str
    varenummer: str
    product: str
    batch: str
    use_by: date
    target_group: str | None
    doses: int
    movement_id: int
    user: str
    reference: str

    def values(self) -> tuple[object, ...]:
        return (
            self.day,
            self.site_code,
            self.site,
            self.programme,
            self.varenummer,
            self.product,
            self.batch,
            self.use_by,
            self.target_group or "",
            self.doses,
            self.movement_id,
            self.user,
            self.reference,
        )


def consumption_rows(
    app: App, period_start: date, period_end: date, site: str | None = None
) -> list[ConsumptionRow]:
    """Doses given from ``period_start`` to ``period_end`` (both included, local days),
    one row per movement that has not been reversed, in day, site, product, batch order."""
    lo, hi = at_local(period_start), at_local(period_end + timedelta(days=1))
    loc, rev = aliased(m.Location), aliased(m.Movement)
    q = (
        select(
            m.Movement.occurred_at,
            loc.code,
            loc.name,
            m.Product.programme_code,
            m.Product.varenummer,
            m.Product.name,
            m.Lot.batch,
            m.Lot.use_by,
            m.Movement.target_group,
            m.Movement.doses,
            m.Movement.id,
            m.Movement.user_name,
            m.Movement.reference,
        )
        .join(loc, loc.id == m.Movement.from_location_id)
        .join(m.Lot, m.Lot.id == m.Movement.lot_id)
        .join(m.Product, m.Product.id == m.Lot.product_id)
        .outerjoin(rev, rev.reverses_id == m.Movement.id)
        .where(
            m.Movement.kind == MovementKind.ADMINISTER.value,
            m.Movement.occurred_at >= lo,
            m.Movement.occurred_at < hi,
            rev.id.is_(None),
        )
        .order_by(m.Movement.occurred_at, loc.code, m.Product.name, m.Lot.batch, m.Movement.id)
    )
    with app.db.read() as s:
        if site:
            q = q.where(m.Movement.from_location_id == location_by_code(s, site).id)
        rows = [ConsumptionRow(local_day(occurred), *rest) for occurred, *rest in s.execute(q)]
    rows.sort(key=lambda r: (r.day, r.site_code, r.product, r.batch, r.movement_id))
    return rows
