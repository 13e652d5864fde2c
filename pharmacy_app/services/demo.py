"""Demo data: a region's network and twelve months of its vaccine ledger.

:func:`generate` fills an empty database with one region: its hospital pharmacy (made
the home pharmacy), about 25 vaccination sites of every kind, and a year of receipts
from SSI, distribution to the sites, consumption, wastage, a few returns and two
corrected mistakes, ending on ``until`` (default: today).  The same seed and end date
always give the same ledger.

The year is simulated in memory (:mod:`pharmacy_app.demo`) and written in
one transaction with bulk inserts: movements in time order, so their ids ascend with
time, and the balance table as the ledger's sum.  Nothing goes through
:func:`pharmacy_app.services.ledger.post` (the back-dating window would refuse a year
of history), but the data keeps every rule the services enforce, and the simulation
replays its own ledger before anything is written.

:func:`set_up_network` writes only the region's places and equipment, without a
ledger: the network the season simulator (:mod:`pharmacy_app.services.simulation`)
plays on.

With ``large`` it writes the large-region demo instead (:mod:`pharmacy_app.demo.large`):
about 150 sites and five years, some two million movements, in the same bulk inserts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.db import statistics
from pharmacy_app.demo.large import LargeScale, period, surge
from pharmacy_app.demo.large_sites import large_region_sites
from pharmacy_app.demo.plan import Plan, PlannedMovement, ProductSpec, SiteSpec
from pharmacy_app.demo.simulation import simulate
from pharmacy_app.demo.sites import region_sites, region_storage
from pharmacy_app.domain import cold_chain as cc
from pharmacy_app.domain.audit_chain import MOVEMENT
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.expiry import effective_use_by
from pharmacy_app.domain.localtime import local_day
from pharmacy_app.domain.types import MovementKind, VirtualLocation
from pharmacy_app.services import chain, reference
from pharmacy_app.services.app import App

Progress = Callable[[int, int], None]

PROGRESS_TOTAL = 100
SIMULATION_PART = 60  # of PROGRESS_TOTAL; writing takes the rest
_CHUNK = 5000


@dataclass(frozen=True)
class DemoSummary:
    region_code: str
    region_name: str
    pharmacy_code: str
    sites: int
    products: int
    lots: int
    movements: int
    receipts: int
    transfers: int
    administered_doses: int
    wasted_doses: int
    first_day: date
    last_day: date

    @property
    def wastage_pct(self) -> float:
        """Wasted doses as a share of doses used (WHO's wastage rate)."""
        used = self.administered_doses + self.wasted_doses
        return 100 * self.wasted_doses / used if used else 0.0

    def text(self) -> str:
        return (
            f"Demo data for {self.region_name} ({self.pharmacy_code}), "
            f"{self.first_day.isoformat()} to {self.last_day.isoformat()}: "
            f"{self.sites} sites, {self.products} products, {self.lots} lots, "
            f"{self.movements} movements ({self.receipts} receipts, {self.transfers} transfers), "
            f"{self.administered_doses} doses given, {self.wasted_doses} wasted "
            f"({self.wastage_pct:.1f} %)."
        )


def generate(
    app: App,
    *,
    region_code: str = "1084",
    seed: int = 1,
    until: date | None = None,
    progress: Progress | None = None,
    large: LargeScale | None = None,
) -> DemoSummary:
    """Fill an empty database with a demo region and twelve months ending on ``until``.

    ``large`` makes it the large-region demo instead: ``large.sites`` sites over
    ``large.years`` years, with a surge season and recalls (:mod:`pharmacy_app.demo.large`).

    Refuses (``database_empty_required``) a database that holds any movement.  When the
    year ends today, nothing later than ``app.now()`` is written.  ``progress(done,
    total)`` is called now and then; an exception raised from it cancels the whole run,
    and nothing is written.
    """
    now = app.now()
    today = local_day(now)
    last_day = until or today
    cutoff: datetime | None = now if last_day >= today else None
    catalog = reference.load_catalog()
    region = next((r for r in catalog["regions"] if r["code"] == region_code), None)
    if region is None:
        raise fail("region_unknown", region=region_code)
    all_year = frozenset(
        p["code"] for p in catalog["programmes"] if "all year" in str(p.get("season", "")).lower()
    )

    with app.db.read() as s:
        _require_empty(s)
        if s.get(m.Region, region_code) is None:
            raise fail("region_unknown", region=region_code)
        pharmacy_code = _pharmacy_code(s, region)
        products = _product_specs(s)
        cover_days = {k.code: k.target_cover_days for k in s.scalars(select(m.LocationKind))}
        taken = frozenset(
            (varenummer, batch)
            for varenummer, batch in s.execute(
                select(m.Product.varenummer, m.Lot.batch).join(
                    m.Product, m.Product.id == m.Lot.product_id
                )
            )
        )

    def simulated(done: int, total: int) -> None:
        if progress is not None:
            progress(done * SIMULATION_PART // max(total, 1), PROGRESS_TOTAL)

    cities = region["central_centre_cities"]
    extra: dict[str, Any] = {}
    if large is None:
        sites = region_sites(region_code, pharmacy_code, cities, cover_days)
    else:
        sites = large_region_sites(region_code, pharmacy_code, cities, cover_days, large.sites)
        start = period(last_day, large.years)
        known = set(catalog.get("target_groups", ()))
        extra = {
            "start": start,
            "surge": surge(start, last_day),
            "recalls": large.recalls,
            "demand_factor": large.demand_factor,
            "target_groups": {
                p["varenummer"]: [g for g in p.get("target_groups", ()) if g in known]
                for p in catalog["products"]
            },
        }
    plan = simulate(
        products,
        pharmacy_code,
        sites,
        region_code=region_code,
        seed=seed,
        until=last_day,
        all_year_programmes=all_year,
        cutoff=cutoff,
        taken_batches=taken,
        progress=simulated,
        **extra,
    )
    simulated(1, 1)

    with app.db.write() as s:
        _require_empty(s)
        reference.set_home_location(s, pharmacy_code)
        locations = _ensure_sites(s, plan, region_code)
        _equip_sites(s, region_storage(region_code, pharmacy_code, cities), locations)
        lots = _insert_lots(s, plan)
        _insert_movements(s, plan, locations, lots, progress)
        balances = [
            {"location_id": locations[code], "lot_id": lots[lot], "doses": doses}
            for (code, lot), doses in plan.balances.items()
        ]
        if balances:
            s.execute(insert(m.StockBalance), balances)
    # A bulk load: the planners must not go on planning for the empty tables.
    statistics.analyze(app.db)
    if progress is not None:
        progress(PROGRESS_TOTAL, PROGRESS_TOTAL)
    return _summary(plan, region_code, region["name"])


@dataclass(frozen=True)
class Network:
    """A demo region's places as :func:`set_up_network` wrote them: its pharmacy, its
    sites in the demo's fixed order, and every place's storage classes (recorded or
    the kind's default), the equipment the demo gives it."""

    region_code: str
    pharmacy_code: str
    sites: tuple[SiteSpec, ...]
    products: tuple[ProductSpec, ...]
    equipment: dict[str, tuple[cc.Equipment, ...]]  # every site and the pharmacy

    def classes(self, code: str) -> tuple[cc.StorageClass, ...]:
        return tuple(e.storage_class for e in self.equipment.get(code, ()))


def set_up_network(app: App, *, region_code: str = "1084") -> Network:
    """The demo region's pharmacy (made the home pharmacy), sites and storage equipment,
    without a ledger: the network the season simulator plays on.  Refuses a database
    that holds any movement, as :func:`generate` does."""
    catalog = reference.load_catalog()
    region = next((r for r in catalog["regions"] if r["code"] == region_code), None)
    if region is None:
        raise fail("region_unknown", region=region_code)
    with app.db.write() as s:
        _require_empty(s)
        if s.get(m.Region, region_code) is None:
            raise fail("region_unknown", region=region_code)
        pharmacy_code = _pharmacy_code(s, region)
        products = _product_specs(s)
        cover_days = {k.code: k.target_cover_days for k in s.scalars(select(m.LocationKind))}
        cities = region["central_centre_cities"]
        sites = region_sites(region_code, pharmacy_code, cities, cover_days)
        equipment = region_storage(region_code, pharmacy_code, cities)
        reference.set_home_location(s, pharmacy_code)
        plan = Plan(pharmacy_code, sites, (), (), {}, (), date.min, date.min)
        locations = _ensure_sites(s, plan, region_code)
        _equip_sites(s, equipment, locations)
    every = dict(equipment)
    for site in sites:
        every.setdefault(
            site.code,
            tuple(cc.Equipment(c, None, None) for c in cc.DEFAULT_BY_KIND.get(site.kind_code, ())),
        )
    return Network(region_code, pharmacy_code, sites, tuple(products), every)


def _product_specs(s: Session) -> list[ProductSpec]:
    """The active products as the demo's simulation sees them."""
    return [
        ProductSpec(
            varenummer=p.varenummer,
            programme_code=p.programme_code,
            manufacturer=p.manufacturer,
            doses_per_unit=p.doses_per_unit,
            units_per_pack=p.units_per_pack,
            in_use_hours_after_opening=p.in_use_hours_after_opening,
            min_remaining_shelf_life_days=p.min_remaining_shelf_life_days,
        )
        for p in s.scalars(
            select(m.Product).where(m.Product.active.is_(True)).order_by(m.Product.varenummer)
        )
    ]


# --------------------------------------------------------------------------- helpers


def _require_empty(session: Session) -> None:
    n = int(session.scalar(select(func.count()).select_from(m.Movement)) or 0)
    if n:
        raise fail("database_empty_required", movements=n)


def _pharmacy_code(session: Session, region: dict[str, Any]) -> str:
    """The region's first pharmacy in the catalogue, else its first pharmacy by code."""
    pharmacies = {
        loc.code: loc
        for loc in session.scalars(
            select(m.Location)
            .where(m.Location.kind_code == "pharmacy", m.Location.region_code == region["code"])
            .order_by(m.Location.code)
        )
    }
    for ph in region.get("pharmacies", []):
        if ph["code"] in pharmacies:
            return str(ph["code"])
    if pharmacies:
        return next(iter(pharmacies))
    raise fail("location_unknown", location=f"pharmacy of {region['name']}")


def _ensure_sites(session: Session, plan: Plan, region_code: str) -> dict[str, int]:
    """Add the plan's sites (a site whose code exists is kept as it is); return code -> id."""
    codes = [site.code for site in plan.sites]
    existing = set(session.scalars(select(m.Location.code).where(m.Location.code.in_(codes))))
    closed = set(plan.closed_sites)
    session.add_all(
        m.Location(
            code=site.code,
            name=site.name,
            kind_code=site.kind_code,
            region_code=region_code,
            is_virtual=False,
            holds_stock=True,
            address=site.address,
            city=site.city,
            active=site.code not in closed,
        )
        for site in plan.sites
        if site.code not in existing
    )
    session.flush()
    wanted = [
        *codes,
        plan.pharmacy_code,
        VirtualLocation.SSI.value,
        VirtualLocation.ADMINISTERED.value,
        VirtualLocation.WASTED.value,
    ]
    found = {
        code: loc_id
        for code, loc_id in session.execute(
            select(m.Location.code, m.Location.id).where(m.Location.code.in_(wanted))
        )
    }
    for code in wanted:
        if code not in found:
            raise fail("location_unknown", location=code)
    return found


def _equip_sites(
    session: Session, equipment: dict[str, tuple[cc.Equipment, ...]], locations: dict[str, int]
) -> None:
    """Record the demo's storage equipment of the plan's places that have none recorded
    (the others keep what they have; every other place keeps its kind's default)."""
    ids = {locations[code]: code for code in equipment if code in locations}
    recorded = set(
        session.scalars(
            select(m.LocationStorage.location_id).where(m.LocationStorage.location_id.in_(list(ids)))
        )
    )
    session.add_all(
        m.LocationStorage(
            location_id=loc_id,
            storage_class=e.storage_class.value,
            capacity_packs=e.capacity_packs,
            capacity_litres=e.capacity_litres,
        )
        for loc_id, code in ids.items()
        if loc_id not in recorded
        for e in equipment[code]
    )
    session.flush()


def _insert_lots(session: Session, plan: Plan) -> dict[int, int]:
    """Insert the plan's lots in order; return plan lot index -> lot id."""
    product_ids = {v: pid for v, pid in session.execute(select(m.Product.varenummer, m.Product.id))}
    rows = [
        {
            "product_id": product_ids[lot.varenummer],
            "batch": lot.batch,
            "expiry": lot.expiry,
            "use_by": effective_use_by(lot.expiry, None, None),
            "thawed_on": None,
            "parent_lot_id": None,
            "created_at": lot.created_at,
            "recalled_at": lot.recalled_at,
            "recalled_by": lot.recalled_by,
            "recall_reason": lot.recall_reason,
        }
        for lot in plan.lots
    ]
    if not rows:
        return {}
    session.execute(insert(m.Lot), rows)
    ids = {
        (product_id, batch): lot_id
        for lot_id, product_id, batch in session.execute(
            select(m.Lot.id, m.Lot.product_id, m.Lot.batch).where(m.Lot.thawed_on.is_(None))
        )
    }
    return {lot.index: ids[(product_ids[lot.varenummer], lot.batch)] for lot in plan.lots}


def _insert_movements(
    session: Session,
    plan: Plan,
    locations: dict[str, int],
    lots: dict[int, int],
    progress: Progress | None,
) -> None:
    """Insert in time order, in chunks; an original that a reversal points at is inserted
    on its own to learn its id."""
    originals = {mv.reverses_seq for mv in plan.movements if mv.reverses_seq is not None}
    head = chain.take_head(session)  # each movement chained as it goes in
    here = chain.workstation(session)
    ids: dict[int, int] = {}
    chunk: list[dict[str, Any]] = []
    total = len(plan.movements)
    written = 0

    def flush() -> None:
        nonlocal written
        if chunk:
            session.execute(insert(m.Movement), chunk)
            written += len(chunk)
            chunk.clear()
            if progress is not None:
                share = PROGRESS_TOTAL - SIMULATION_PART
                progress(SIMULATION_PART + share * written // max(total, 1), PROGRESS_TOTAL)

    for mv in plan.movements:
        row = _movement_row(mv, locations, lots)
        if mv.reverses_seq is not None:
            row["reverses_id"] = ids[mv.reverses_seq]
        row["workstation"] = here
        head.append(MOVEMENT, row)
        if mv.seq in originals:
            flush()
            ids[mv.seq] = session.execute(
                insert(m.Movement).values(**row).returning(m.Movement.id)
            ).scalar_one()
            written += 1
            continue
        chunk.append(row)
        if len(chunk) >= _CHUNK:
            flush()
    flush()
    chain.put_head(session, head)


def _movement_row(
    mv: PlannedMovement, locations: dict[str, int], lots: dict[int, int]
) -> dict[str, Any]:
    return {
        "kind": mv.kind,
        "lot_id": lots[mv.lot],
        "from_location_id": locations[mv.from_code],
        "to_location_id": locations[mv.to_code],
        "doses": mv.doses,
        "occurred_at": mv.occurred_at,
        "recorded_at": mv.recorded_at,
        "user_name": mv.user_name,
        "reference": mv.reference,
        "reason_code": mv.reason_code,
        "note": mv.note,
        "reverses_id": None,
        "target_group": mv.target_group,
    }


def _net_into(movements: Sequence[PlannedMovement], code: str) -> int:
    return sum(mv.doses for mv in movements if mv.to_code == code) - sum(
        mv.doses for mv in movements if mv.from_code == code
    )


def _summary(plan: Plan, region_code: str, region_name: str) -> DemoSummary:
    moves = plan.movements
    return DemoSummary(
        region_code=region_code,
        region_name=region_name,
        pharmacy_code=plan.pharmacy_code,
        sites=len(plan.sites),
        products=len({lot.varenummer for lot in plan.lots}),
        lots=len(plan.lots),
        movements=len(moves),
        receipts=sum(1 for mv in moves if mv.kind == MovementKind.RECEIPT),
        transfers=sum(1 for mv in moves if mv.kind == MovementKind.TRANSFER),
        administered_doses=_net_into(moves, VirtualLocation.ADMINISTERED.value),
        wasted_doses=_net_into(moves, VirtualLocation.WASTED.value),
        first_day=plan.first_day,
        last_day=plan.last_day,
    )
