"""Reading rounds without changing them: one round or list, the list of rounds, the
lots a line may be changed to, and products by item number.  Read transactions only.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select

from pharmacy_app.db import models as m
from pharmacy_app.domain import allocation as al
from pharmacy_app.domain.errors import DomainError, Problem
from pharmacy_app.services.app import App
from pharmacy_app.services.distribution.picking import pharmacy_lots, reserved_doses, stock_lot
from pharmacy_app.services.distribution.rounds import (
    get_list,
    get_round,
    list_view_of,
    round_view_of,
)
from pharmacy_app.services.distribution.views import (
    CANCELLED,
    ListView,
    RoundSummary,
    RoundView,
    StockLotView,
)
from pharmacy_app.services.reference import home_pharmacy


def round_view(app: App, round_id: int) -> RoundView:
    with app.db.read() as s:
        return round_view_of(s, get_round(s, round_id))


def list_view(app: App, list_id: int) -> ListView:
    with app.db.read() as s:
        return list_view_of(get_list(s, list_id))


def list_rounds(app: App, status: str | None = None, limit: int = 200) -> list[RoundSummary]:
    """Rounds, the latest planned first."""
    r, lst, line = m.DistributionRound, m.DistributionList, m.DistributionLine
    sites = (
        select(func.count(lst.id))
        .where(lst.round_id == r.id, lst.status != CANCELLED)
        .correlate(r)
        .scalar_subquery()
    )
    doses = (
        select(func.coalesce(func.sum(line.doses), 0))
        .join(lst, lst.id == line.list_id)
        .where(lst.round_id == r.id, lst.status != CANCELLED)
        .correlate(r)
        .scalar_subquery()
    )
    q = select(r.id, r.number, r.planned_for, r.mode, r.status, sites, doses, r.created_by)
    if status:
        q = q.where(r.status == status)
    q = q.order_by(r.planned_for.desc(), r.id.desc()).limit(limit)
    with app.db.read() as s:
        return [
            RoundSummary(rid, number, planned, mode, st, int(n), int(d), by)
            for rid, number, planned, mode, st, n, d, by in s.execute(q)
        ]


def pickable_stock(app: App, product_id: int, on: date) -> list[StockLotView]:
    """The home pharmacy's pickable lots of a product on ``on``, FEFO order, with the
    doses free (on hand less the doses on draft lines)."""
    with app.db.read() as s:
        home = home_pharmacy(s)
        reserved = reserved_doses(s)
        rows = pharmacy_lots(s, home, [product_id], on)
        rows.sort(key=lambda r: al.fefo_key(stock_lot(r[0], r[1])))
        return [
            StockLotView(
                lot.id,
                lot.product_id,
                lot.batch,
                lot.expiry,
                lot.use_by,
                lot.thawed_on,
                on_hand,
                max(0, on_hand - reserved.get(lot.id, 0)),
                lot.product.doses_per_unit,
            )
            for lot, on_hand in rows
        ]


def product_ids_for(app: App, varenumre: Sequence[str]) -> list[int]:
    """Product ids for item numbers (varenumre); every unknown one is reported at once."""
    with app.db.read() as s:
        problems: list[Problem] = []
        out: list[int] = []
        for v in varenumre:
            p = s.scalars(select(m.Product).where(m.Product.varenummer == v.strip())).one_or_none()
            if p is None:
                problems.append(Problem("product_unknown", {"product": v}))
            elif not p.active:
                problems.append(Problem("product_inactive", {"product": p.name}))
            else:
                out.append(p.id)
        if problems:
            raise DomainError(problems)
        return out
