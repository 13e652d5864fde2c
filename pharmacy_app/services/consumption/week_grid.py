"""A site's week of consumption as the window's grid shows it, and the sites to choose.

The grid has the lots the site holds or gave from this week, the doses already recorded
per day and target group (reversed movements not counted; the cells where one was
reversed are marked as corrected), and which days are still open for entries (today and back to the back-dating window's first day).  Reading only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import aliased

from pharmacy_app.db import models as m
from pharmacy_app.domain.consumption import earliest_day
from pharmacy_app.domain.localtime import at_local, local_day, monday_of
from pharmacy_app.domain.types import QUARANTINE_KIND, MovementKind
from pharmacy_app.services.app import App
from pharmacy_app.services.consumption.target_groups import target_groups
from pharmacy_app.services.reference import backdate_window_days, location_by_code


@dataclass(frozen=True)
class GridRow:
    lot_id: int
    product: str
    varenummer: str
    programme: str
    batch: str
    expiry: date
    use_by: date
    thawed_on: date | None
    on_hand: int
    # Doses already recorded this week: (day, target group or None) -> doses.
    recorded: Mapping[tuple[date, str | None], int] = field(default_factory=dict)
    # The (day, target group) cells whose saved doses were corrected (a movement reversed).
    corrected: frozenset[tuple[date, str | None]] = frozenset()
    # A recalled lot is not given any more (``stock.administer`` refuses it).
    recalled_at: datetime | None = None
    recall_reason: str = ""

    product_short: str = ""  # the short display name; ``product`` is the full one

    @property
    def recalled(self) -> bool:
        return self.recalled_at is not None

    def recorded_on(
        self, day: date, target_group: str | None = None, *, any_group: bool = True
    ) -> int:
        if any_group and target_group is None:
            return sum(v for (d, _g), v in self.recorded.items() if d == day)
        return int(self.recorded.get((day, target_group), 0))

    def corrected_on(self, day: date, target_group: str | None = None, *, any_group: bool = True) -> bool:
        if any_group and target_group is None:
            return any(d == day for d, _g in self.corrected)
        return (day, target_group) in self.corrected


@dataclass(frozen=True)
class GridData:
    site_code: str
    site_name: str
    week_start: date
    days: tuple[date, ...]
    rows: tuple[GridRow, ...]
    target_groups: tuple[str, ...]
    today: date
    first_open_day: date

    def is_open(self, day: date) -> bool:
        """Whether new consumption may be entered for ``day``."""
        return self.first_open_day <= day <= self.today


def week_grid(app: App, site_code: str, week_start: date) -> GridData:
    """What a site's week of consumption looks like: the lots that can be entered and the
    doses already recorded per day and target group."""
    start = monday_of(week_start)
    days = tuple(start + timedelta(days=i) for i in range(7))
    lo, hi = at_local(start), at_local(start + timedelta(days=7))
    now = app.now()
    with app.db.read() as s:
        site = location_by_code(s, site_code)
        rev = aliased(m.Movement)
        recorded_rows = s.execute(
            select(
                m.Movement.lot_id,
                m.Movement.occurred_at,
                m.Movement.target_group,
                m.Movement.doses,
                rev.id,
            )
            .outerjoin(rev, rev.reverses_id == m.Movement.id)
            .where(
                m.Movement.kind == MovementKind.ADMINISTER.value,
                m.Movement.from_location_id == site.id,
                m.Movement.occurred_at >= lo,
                m.Movement.occurred_at < hi,
            )
        ).all()
        recorded: dict[int, dict[tuple[date, str | None], int]] = defaultdict(
            lambda: defaultdict(int)
        )
        corrected: dict[int, set[tuple[date, str | None]]] = defaultdict(set)
        for lot_id, occurred, group, doses, reversed_by in recorded_rows:
            if reversed_by is None:
                recorded[lot_id][(local_day(occurred), group)] += int(doses)
            else:
                corrected[lot_id].add((local_day(occurred), group))
        balances = {
            int(lot_id): int(doses)
            for lot_id, doses in s.execute(
                select(m.StockBalance.lot_id, m.StockBalance.doses).where(
                    m.StockBalance.location_id == site.id
                )
            )
        }
        lot_ids = {lot for lot, doses in balances.items() if doses > 0} | set(recorded) | set(corrected)
        rows: list[GridRow] = []
        if lot_ids:
            lots = s.scalars(select(m.Lot).where(m.Lot.id.in_(lot_ids))).all()
            for lot in lots:
                p = lot.product
                rows.append(
                    GridRow(
                        lot_id=lot.id,
                        product=p.name,
                        varenummer=p.varenummer,
                        programme=p.programme_code,
                        batch=lot.batch,
                        expiry=lot.expiry,
                        use_by=lot.use_by,
                        thawed_on=lot.thawed_on,
                        on_hand=int(balances.get(lot.id, 0)),
                        recorded={k: v for k, v in recorded.get(lot.id, {}).items()},
                        corrected=frozenset(corrected.get(lot.id, ())),
                        recalled_at=lot.recalled_at,
                        recall_reason=lot.recall_reason or "",
                        product_short=p.short_name,
                    )
                )
        rows.sort(key=lambda r: (r.product, r.use_by, r.batch, r.lot_id))
        return GridData(
            site_code=site.code,
            site_name=site.name,
            week_start=start,
            days=days,
            rows=tuple(rows),
            target_groups=target_groups(),
            today=local_day(now),
            first_open_day=earliest_day(now, backdate_window_days(s)),
        )


@dataclass(frozen=True)
class SiteChoice:
    code: str
    name: str


def consumption_sites(app: App) -> list[SiteChoice]:
    """The places where doses are given: active, real, not pharmacies or quarantine."""
    with app.db.read() as s:
        locs = s.scalars(
            select(m.Location)
            .where(
                m.Location.is_virtual.is_(False),
                m.Location.active.is_(True),
                m.Location.holds_stock.is_(True),
                m.Location.kind_code.not_in(["pharmacy", QUARANTINE_KIND]),
            )
            .order_by(m.Location.name, m.Location.code)
        )
        return [SiteChoice(loc.code, loc.name) for loc in locs]
