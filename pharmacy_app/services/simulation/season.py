"""One simulated season on one scratch database: the world plays, the app decides.

Every day runs with the App's clock at that day's moment of each phase: SSI's delivery
received (07:00, :func:`services.stock.receive`), expired stock discarded (07:30,
:func:`services.waste.discard_expired`), the rebalancing proposals accepted (08:00,
:mod:`services.rebalance`, when the policy says so), on a round day the round planned,
allocated FEFO and dispatched in one call (09:00,
:func:`services.distribution.planning.plan_round`; with extra deliveries, on other days
one to the sites :func:`services.stock_outs.stock_outs` says run out before the next
round), frozen stock thawed on arrival by a
site that cannot keep it frozen (10:00 on a day stock arrived,
:func:`services.receiving.thawing.thaw`; only in the policies where the app is told
every site keeps frozen stock), the day's doses
given at every open site, capped by what it holds (12:00, one
:func:`services.consumption.record` for the region), the open vials' leftovers
discarded (16:30, :func:`services.stock.discard_many`) and a temperature excursion
recorded and its held stock discarded (17:00, :mod:`services.excursions`).

The simulator decides nothing the pharmacy decides; it plays the world: what is
delivered, what people ask for, which lot a nurse takes (the soonest use-by she has),
sessions and excursions.  Unmet demand and open site-days are the world's record; every
other figure is read from the ledger afterwards (:mod:`.figures`).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time

from sqlalchemy import select

from pharmacy_app.db import models as m
from pharmacy_app.domain import cold_chain as cc
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.domain.excursions import Decision
from pharmacy_app.domain.expiry import is_expired
from pharmacy_app.domain.localtime import at_local
from pharmacy_app.domain.waste_units import OPEN_VIAL_REASON
from pharmacy_app.services import excursions, rebalance, stock, stock_outs, waste
from pharmacy_app.services.app import App
from pharmacy_app.services.consumption.recording import ConsumptionEntry
from pharmacy_app.services.consumption.recording import record as record_consumption
from pharmacy_app.services.distribution.planning import plan_round
from pharmacy_app.services.expiry import expiry_overview
from pharmacy_app.services.receiving.thawing import thaw
from pharmacy_app.services.simulation.policies import Policy
from pharmacy_app.services.simulation.world import SeasonWorld as World
from pharmacy_app.services.storage import product_storage

ROUND_EMPTY = "distribution_round_empty"
# The fridge's readings in an excursion: warm enough to be outside every cold range.
EXCURSION_LOW, EXCURSION_HIGH = 9.0, 14.5


class SimClock:
    """The App's clock for a simulated season: the moment the day loop sets."""

    def __init__(self, moment: datetime):
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment

    def at(self, day: date, hour: int, minute: int = 0) -> None:
        self.moment = at_local(day, time(hour, minute))


@dataclass
class Tally:
    """What only the world knows: demand that found no stock, and open site-days."""

    unmet_doses: int = 0
    stockout_site_days: int = 0
    open_site_days: int = 0
    by_day: list[tuple[int, int]] = field(default_factory=list)  # (unmet, stock-out sites)


@dataclass(frozen=True)
class Setup:
    """What a season needs to know of the scratch database."""

    site_codes: tuple[str, ...]  # the sites played, in the world's order
    product_ids: dict[str, int]  # varenummer -> id
    storage: dict[str, cc.ProductStorage]  # varenummer -> storage ranges
    doses_per_unit: dict[str, int]
    cover_days: dict[str, int]  # kind code -> days of cover
    round_every: int


def read_setup(app: App, site_codes: tuple[str, ...], round_every: int) -> Setup:
    with app.db.read() as s:
        products = list(s.scalars(select(m.Product).where(m.Product.active.is_(True))))
        kinds = {k.code: int(k.target_cover_days or 7) for k in s.scalars(select(m.LocationKind))}
        return Setup(
            site_codes,
            {p.varenummer: p.id for p in products},
            {p.varenummer: product_storage(p) for p in products},
            {p.varenummer: p.doses_per_unit for p in products},
            kinds,
            round_every,
        )


def play(
    app: App,
    clock: SimClock,
    world: World,
    policy: Policy,
    setup: Setup,
    *,
    step: Callable[[int], None],
) -> Tally:
    """Play every day of ``world`` on ``app``; ``step(i)`` after each day (progress and
    cancellation: an exception from it stops the season where it is)."""
    tally = Tally()
    last_round: int | None = None
    for i, day in enumerate(world.days):
        if world.pharmacy_open(i):
            _receive(app, clock, world, i)
            clock.at(day, 7, 30)
            waste.discard_expired(app)
            moved = False
            if policy.rebalancing:
                clock.at(day, 8)
                moved = _rebalance(app)
            arrived = moved
            if last_round is None or i - last_round >= setup.round_every:
                clock.at(day, 9)
                _round(app, world, setup, i, first=last_round is None)
                last_round = i
                arrived = True
            elif policy.extra_deliveries:
                clock.at(day, 9)
                _extra(app, world, setup, i, world.days[min(last_round + setup.round_every, len(world.days) - 1)])
            if arrived and not policy.thaw_on_dispatch:
                clock.at(day, 10)
                _thaw_on_arrival(app, world, setup, day)
        _give(app, clock, world, setup, i, tally)
        _excursions(app, clock, world, setup, i)
        step(i)
    return tally


def _receive(app: App, clock: SimClock, world: World, i: int) -> None:
    day = world.days[i]
    clock.at(day, 7)
    for d in world.deliveries_on(i):
        stock.receive(
            app,
            product=d.varenummer,
            batch=d.batch,
            expiry=d.expiry,
            packs=d.packs,
            reference=f"SSI-{day.isoformat()}",
        )


def _rebalance(app: App) -> bool:
    """Accept every proposal within the region, best first; one made stale by an
    earlier acceptance is refused by the service and left.  Whether any stock moved."""
    moved = False
    for proposal in rebalance.proposals(app):
        if proposal.kind == rebalance.OTHER_REGION:
            continue
        try:
            rebalance.accept(app, proposal)
        except DomainError:
            continue
        moved = True
    return moved


def _round(app: App, world: World, setup: Setup, i: int, *, first: bool) -> None:
    """A round for every site played; the first one (no site has a rate yet) with the
    coordinator's figures: each site's planned use for its kind's cover days."""
    requested: dict[tuple[str, int], int] | None = None
    if first:
        requested = {}
        for s, site in enumerate(world.sites):
            if site.spec.code not in setup.site_codes:
                continue
            cover = setup.cover_days.get(site.spec.kind_code, 7)
            for p in site.products:
                prod = world.products[p]
                unit = setup.doses_per_unit[prod.varenummer]
                # At least one vial of each product the site gives: a product given on one
                # clinic day a week has little planned use, but the site needs some.
                doses = max(1, math.ceil(world.expected(s, p, i, cover) / unit)) * unit
                if doses > 0:
                    requested[(site.spec.code, setup.product_ids[prod.varenummer])] = doses
    _dispatch(app, world.days[i], list(setup.site_codes), requested=requested)


def _dispatch(
    app: App,
    day: date,
    site_codes: list[str],
    *,
    requested: dict[tuple[str, int], int] | None = None,
    product_ids: list[int] | None = None,
) -> None:
    """Plan, allocate and dispatch a round in one call; a round the pharmacy has nothing
    for is no round."""
    try:
        plan_round(
            app,
            planned_for=day,
            site_codes=site_codes,
            product_ids=product_ids,
            requested=requested,
            dispatch=True,
        )
    except DomainError as e:
        if any(p.code == ROUND_EMPTY for p in e.problems):
            return  # nothing to send today
        raise


def _extra(app: App, world: World, setup: Setup, i: int, next_round: date) -> None:
    """An extra delivery to the sites the stock-outs view says run out before the next
    round (``next_round``), of the products they run out of: the app's own proposal."""
    played = set(setup.site_codes)
    short = [
        row
        for row in stock_outs.stock_outs(app, world.days[i])
        if row.location_code in played
        and row.status.run_out is not None
        and row.status.run_out < next_round
    ]
    if not short:
        return
    _dispatch(
        app,
        world.days[i],
        sorted({row.location_code for row in short}),
        product_ids=sorted({setup.product_ids[row.varenummer] for row in short}),
    )


def _thaw_on_arrival(app: App, world: World, setup: Setup, day: date) -> None:
    """A site that really cannot keep a frozen product frozen thaws what it got."""
    classes = {site.spec.code: site.classes for site in world.sites}
    for row in expiry_overview(app, day):
        have = classes.get(row.location_code)
        if have is None or row.thawed_on is not None or row.held:
            continue
        product = setup.storage.get(row.varenummer)
        if product is None or product.frozen is None:
            continue
        if cc.keeping(have, product) == cc.Keeping.FROZEN:
            continue
        thaw(app, lot_id=row.lot_id, location_code=row.location_code, doses=row.doses)


def _give(app: App, clock: SimClock, world: World, setup: Setup, i: int, tally: Tally) -> None:
    """The day's doses at every open site, the soonest use-by first, capped by stock;
    then the open vials' leftovers."""
    day = world.days[i]
    clock.at(day, 12)  # the moment the app records a day's doses at (not back-dated)
    happenings = world.happenings[i]
    played = set(setup.site_codes)
    stock_at: dict[tuple[str, str], list[list[int]]] = defaultdict(list)
    if any(h.open and h.demand for h in happenings):
        for row in expiry_overview(app, day):
            usable = not row.held and row.recalled_at is None and not is_expired(row.use_by, day)
            if row.location_code in played and usable and row.doses > 0:
                stock_at[(row.location_code, row.varenummer)].append([row.lot_id, row.doses])
    entries: list[ConsumptionEntry] = []
    discards: list[stock.Discard] = []
    unmet_today = stockouts_today = 0
    for site, happening in zip(world.sites, happenings, strict=True):
        code = site.spec.code
        if code not in played or not happening.open:
            continue
        tally.open_site_days += 1
        short = False
        for p, asked in sorted(happening.demand.items()):
            prod = world.products[p]
            lots = stock_at.get((code, prod.varenummer), [])  # soonest use-by first
            left = asked
            last: list[int] | None = None
            for lot in lots:
                if left <= 0:
                    break
                take = min(left, lot[1])
                if take > 0:
                    entries.append(ConsumptionEntry(code, day, lot[0], take))
                    lot[1] -= take
                    left -= take
                    last = lot
            given = asked - left
            if left > 0:
                short = True
                unmet_today += left
            sessions = happening.sessions.get(p)
            if sessions and given > 0 and last is not None:
                # Each session's last vial: what is left in it is thrown away.
                for k in _given_sessions(sessions, given):
                    n = min((-k) % prod.doses_per_unit, last[1])
                    if n > 0:
                        discards.append(
                            stock.Discard(
                                last[0],
                                code,
                                n,
                                OPEN_VIAL_REASON,
                                reference=f"SIM-{day.isoformat()}",
                            )  # fmt: skip
                        )
                        last[1] -= n
        if short:
            stockouts_today += 1
    tally.unmet_doses += unmet_today
    tally.stockout_site_days += stockouts_today
    tally.by_day.append((unmet_today, stockouts_today))
    if entries:
        record_consumption(app, entries)
    if discards:
        clock.at(day, 16, 30)
        stock.discard_many(app, discards)


def _given_sessions(sessions: tuple[int, ...], given: int) -> list[int]:
    """The sessions as far as the doses given reached."""
    out = []
    left = given
    for k in sessions:
        if left <= 0:
            break
        out.append(min(k, left))
        left -= k
    return out


def _excursions(app: App, clock: SimClock, world: World, setup: Setup, i: int) -> None:
    """An excursion in a site's fridge (or cool box): recorded, the held stock discarded."""
    day = world.days[i]
    played = set(setup.site_codes)
    for site, happening in zip(world.sites, world.happenings[i], strict=True):
        if not happening.excursion or site.spec.code not in played:
            continue
        cold = next(
            (c for c in (cc.StorageClass.FRIDGE, cc.StorageClass.COOLBOX) if c in site.classes),
            None,
        )
        if cold is None:
            continue
        clock.at(day, 17)
        recorded = excursions.record(
            app,
            location_code=site.spec.code,
            start=at_local(day, time(13)),
            end=at_local(day, time(15)),
            lowest=EXCURSION_LOW,
            highest=EXCURSION_HIGH,
            storage_class=cold.value,
            note="simulated",
        )
        if not recorded.lots_held:
            continue
        clock.at(day, 17, 30)
        for row in expiry_overview(app, day):
            if row.excursion_hold == recorded.excursion_id:
                excursions.decide(
                    app,
                    excursion_id=recorded.excursion_id,
                    lot_id=row.lot_id,
                    decision=Decision.DISCARDED,
                    reason="simulated excursion",
                )
