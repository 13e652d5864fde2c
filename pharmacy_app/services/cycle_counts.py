"""Cycle counts: a short list of lots to count today at a place, so counting is a daily
habit rather than a yearly event.  A count of the chosen lots is started with
``stocktake.start(app, code, lots=[...])``.

:func:`suggest` reads (no writes) the lots held at the place and, for each, its
movements in or out of the place in the last 30 days and the Copenhagen date of its
last posted count there ("counted" is a posted stocktake line of that lot at that
place, with or without a difference); the blend of the three rankings (most moved,
largest value, not counted in N days) is :func:`pharmacy_app.domain.cycle_counts.suggest`:
round-robin over the rankings, each lot once, at most ``limit``, none counted there
today.  Value is doses held: the catalogue has no price per dose today.

What must hold: a lot already covered by an open count at the place is never
suggested (starting a count of it would be refused); days are Copenhagen days of the
app's clock; N is the setting :data:`SETTING_NOT_COUNTED_DAYS` (default 90), read like
the stocktake approval thresholds.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from pharmacy_app.db import models as m
from pharmacy_app.domain import cycle_counts as rules
from pharmacy_app.domain import stocktake as st_rules
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.localtime import at_local, local_day
from pharmacy_app.domain.roles import Role
from pharmacy_app.services.app import App
from pharmacy_app.services.permissions import requires
from pharmacy_app.services.reference.lookups import location_by_code
from pharmacy_app.services.reference.settings import get_setting, put_setting
from pharmacy_app.services.stocktake_views import coverage_of, listed_lot, product_kind

SETTING_NOT_COUNTED_DAYS = "cycle_count_days"
MAX_NOT_COUNTED_DAYS = 3650
MAX_LIMIT = 500


@dataclass(frozen=True)
class CycleCountSuggestion:
    """A lot suggested for counting today at a place."""

    lot_id: int
    varenummer: str
    product: str  # the product's short name
    batch: str
    expiry: date
    thawed_on: date | None
    doses: int  # held now at the location
    movements_30d: int  # movements of this lot in or out of the location in the last 30 days
    last_counted: date | None  # Copenhagen date of its last posted count there; None = never
    reasons: tuple[str, ...]  # any of "most_moved", "largest_value", "not_counted_recently"


def suggest(
    app: App, location_code: str, *, limit: int = rules.DEFAULT_LIMIT
) -> list[CycleCountSuggestion]:
    """The lots to count today at ``location_code``, most useful first (see the module)."""
    if not 1 <= limit <= MAX_LIMIT:
        raise fail("cycle_limit_invalid", limit=limit)
    today = app.today()
    with app.db.read() as s:
        loc = location_by_code(s, location_code)
        if loc.is_virtual or not loc.holds_stock:
            raise fail("stocktake_place_not_counted", location=loc.name)
        open_counts = [
            coverage_of(s, st)
            for st in s.scalars(
                select(m.Stocktake).where(
                    m.Stocktake.location_id == loc.id, m.Stocktake.status == st_rules.OPEN
                )
            )
        ]
        held = [
            (lot, doses)
            for lot, doses in s.execute(
                select(m.Lot, m.StockBalance.doses)
                .join(m.StockBalance, m.StockBalance.lot_id == m.Lot.id)
                .where(m.StockBalance.location_id == loc.id, m.StockBalance.doses > 0)
                .options(selectinload(m.Lot.product))
                .order_by(m.Lot.id)
            )
            if not _covered(lot, open_counts)
        ]
        since = at_local(today - timedelta(days=rules.MOVED_WINDOW_DAYS))
        moved = _movements_since(s, loc.id, since)
        counted = _last_counted(s, loc.id)
        days = _not_counted_days(s)
    lots = {lot.id: lot for lot, _ in held}
    candidates = [
        rules.Candidate(lot.id, doses, moved[lot.id], counted.get(lot.id)) for lot, doses in held
    ]
    chosen = rules.suggest(candidates, today=today, not_counted_days=days, limit=limit)
    return [_suggestion(lots[c.lot_id], c, reasons) for c, reasons in chosen]


def _suggestion(
    lot: m.Lot, c: rules.Candidate, reasons: tuple[str, ...]
) -> CycleCountSuggestion:
    return CycleCountSuggestion(
        lot_id=lot.id,
        varenummer=lot.product.varenummer,
        product=lot.product.short_name or lot.product.name,
        batch=lot.batch,
        expiry=lot.expiry,
        thawed_on=lot.thawed_on,
        doses=c.doses,
        movements_30d=c.movements,
        last_counted=c.last_counted,
        reasons=reasons,
    )


def _covered(lot: m.Lot, open_counts: list[st_rules.Coverage]) -> bool:
    """True when an open count at the place covers ``lot`` (lists it, or its scope does)."""
    mine = frozenset({listed_lot(lot)})
    kinds = [product_kind(lot.product)]
    return any(st_rules.counts_overlap(mine, other, kinds) for other in open_counts)


def _movements_since(session: Session, location_id: int, since: datetime) -> Counter[int]:
    """Movements per lot in or out of the place from ``since`` on (a movement never has
    the same place on both sides, so the two sides add up; each side is read from its
    location-and-time index)."""
    counts: Counter[int] = Counter()
    for side in (m.Movement.from_location_id, m.Movement.to_location_id):
        rows = session.execute(
            select(m.Movement.lot_id, func.count())
            .where(side == location_id, m.Movement.occurred_at >= since)
            .group_by(m.Movement.lot_id)
        )
        for lot_id, n in rows:
            counts[lot_id] += n
    return counts


def _last_counted(session: Session, location_id: int) -> dict[int, date]:
    """Per lot, the Copenhagen date of its last posted count at the place."""
    rows = session.execute(
        select(m.StocktakeLine.lot_id, func.max(m.StocktakeLine.counted_at))
        .join(m.Stocktake, m.Stocktake.id == m.StocktakeLine.stocktake_id)
        .where(
            m.Stocktake.location_id == location_id,
            m.Stocktake.status == st_rules.POSTED,
            m.StocktakeLine.counted_at.is_not(None),
        )
        .group_by(m.StocktakeLine.lot_id)
    )
    return {lot_id: local_day(at) for lot_id, at in rows if at is not None}


# --------------------------------------------------------------------------- the setting


def _not_counted_days(session: Session) -> int:
    value = get_setting(session, SETTING_NOT_COUNTED_DAYS)
    return int(value) if value else rules.DEFAULT_NOT_COUNTED_DAYS


def not_counted_days(app: App) -> int:
    """Days after which a lot not counted at a place is suggested (default 90)."""
    with app.db.read() as s:
        return _not_counted_days(s)


@requires(Role.ADMINISTRATOR)
@declares(Change.SETTINGS)
def save_not_counted_days(app: App, days: int) -> int:
    """Store the days after which a lot not counted at a place is suggested."""
    if not 1 <= days <= MAX_NOT_COUNTED_DAYS:
        raise fail("cycle_days_invalid", days=days)
    with app.db.write() as s:
        put_setting(s, SETTING_NOT_COUNTED_DAYS, str(days), app)
    return days
