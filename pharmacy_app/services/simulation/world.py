"""The world a simulated season plays in: what SSI delivers, what each site is asked
for each day, and what goes wrong.  Pure (no database): drawn from a seeded
``random.Random`` in one fixed order when the world is built, so a seed gives the same
world to every policy and every run.

The demand is the demo's model (:class:`pharmacy_app.demo.demand.Demand`: the season
curve from 1 October, weekday pattern, site weights by type, each season turning out
at 70-110 % of what was planned) over the demo's network of sites
(:func:`pharmacy_app.demo.sites.region_sites`) and their real storage equipment
(:func:`~pharmacy_app.demo.sites.region_storage`, else the kind's default).  On top of
it: cancelled site-days, temperature excursions in a site's fridge, the session sizes
that decide open-vial waste, SSI's weekly deliveries sized to the planned demand, with
lots whose expiries vary.
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Protocol

from pharmacy_app.demo.days import pharmacy_open, site_open
from pharmacy_app.demo.demand import Demand
from pharmacy_app.demo.plan import ProductSpec, SiteSpec
from pharmacy_app.demo.products import profile
from pharmacy_app.demo.sites import region_scale
from pharmacy_app.domain import cold_chain as cc

SEASON_DAYS = 123  # 1 October to 31 January
DELIVERY_EVERY = 7  # days between SSI's deliveries
DELIVERY_MARGIN = 10  # percent over the planned use SSI delivers
FIRST_COVER = 14  # the first delivery also fills the sites for this many days
# Days from delivery to expiry (the demo's shapes): covid-19 lots are short-dated now and
# then; other products keep 180-365 days, or their profile's shelf life.
SHORT_DATED_SHARE = 0.3
SHORT_DATED = (45, 100)
LONG_DATED = (180, 365)
CANCEL_PERCENT = 2  # site-days cancelled (staff ill, a visit called off)
EXCURSION_PER_MILLE = 2  # open site-days with a temperature excursion in the fridge
SESSION_DOSES = (6, 30)  # doses given in one session of a multi-dose product


@dataclass(frozen=True)
class Delivery:
    """Packs of one lot from SSI on ``day``."""

    day: int  # index into the season
    varenummer: str
    batch: str
    expiry: date
    packs: int


@dataclass
class WorldSite:
    spec: SiteSpec
    clinic_weekday: int
    products: list[int] = field(default_factory=list)  # filled by Demand
    classes: tuple[cc.StorageClass, ...] = ()  # what the site really has


@dataclass(frozen=True)
class Happening:
    """What the world does at one site on one day: the doses asked for per product
    (index into the products), the sessions for each multi-dose product, whether the
    site is open, and whether its fridge has an excursion."""

    open: bool
    demand: Mapping[int, int]
    sessions: Mapping[int, tuple[int, ...]]
    excursion: bool


class SeasonWorld(Protocol):
    """What the day loop reads of a world (:class:`World`, or a hand-made one in a test)."""

    days: list[date]
    sites: list[WorldSite]
    products: list[ProductSpec]
    happenings: list[list[Happening]]

    def pharmacy_open(self, i: int) -> bool: ...

    def deliveries_on(self, i: int) -> list[Delivery]: ...

    def expected(self, s: int, p: int, i: int, days: int) -> float: ...


class World:
    """A season's world for ``seed``: built whole, then read day by day."""

    def __init__(
        self,
        products: Sequence[ProductSpec],
        sites: Sequence[SiteSpec],
        equipment: Mapping[str, tuple[cc.StorageClass, ...]],
        *,
        region_code: str,
        season: int,
        seed: int,
        days: int | None = None,
        played: frozenset[str] | None = None,
    ):
        self.rng = random.Random(f"season-simulator:{seed}")
        self.products = list(products)
        self.first_day = date(season, 10, 1)
        self.days = [self.first_day + timedelta(days=i) for i in range(days or SEASON_DAYS)]
        self.sites = [
            WorldSite(
                spec,
                clinic_weekday=self.rng.randrange(5),
                classes=equipment.get(spec.code) or cc.DEFAULT_BY_KIND.get(spec.kind_code, ()),
            )
            for spec in sites
        ]
        self.demand = Demand(
            self.products,
            self.sites,
            # A week beyond the end, so the last deliveries and rounds see demand ahead.
            [self.first_day + timedelta(days=i) for i in range(len(self.days) + 28)],
            self.rng,
            scale=region_scale(region_code),
            all_year=frozenset({"pneumococcal"}),
        )
        # The sites played (all by default): SSI delivers for their planned use alone.
        self.played = [
            s for s, site in enumerate(self.sites) if played is None or site.spec.code in played
        ]
        self.deliveries = self._deliveries()
        self.happenings = [self._day(i) for i in range(len(self.days))]

    # ----------------------------------------------------------------- deliveries

    def _deliveries(self) -> list[Delivery]:
        out: list[Delivery] = []
        days = [i for i in range(0, len(self.days), DELIVERY_EVERY)]
        for n, start in enumerate(days):
            found = self._pharmacy_day(start)
            if found is None:
                continue
            i = found
            span = DELIVERY_EVERY + (FIRST_COVER if n == 0 else 0)
            for p, prod in enumerate(self.products):
                planned = sum(self.demand.expected(s, p, i, span) for s in self.played)
                packs = math.ceil(planned * (100 + DELIVERY_MARGIN) / 100 / prod.doses_per_pack)
                if packs <= 0 or planned < 1:
                    continue
                expiry = self._expiry(prod, self.days[i])
                batch = f"S{self.days[i]:%y%m%d}{p:02d}{self.rng.randrange(100, 999)}"
                out.append(Delivery(i, prod.varenummer, batch, expiry, packs))
        return out

    def _expiry(self, prod: ProductSpec, day: date) -> date:
        """A lot's expiry as the demo's receipts draw it: a product that keeps less (its
        profile's shelf life), influenza by the summer, covid-19 sometimes short-dated,
        the rest a year or more."""
        prof = profile(prod.varenummer)
        if prof is not None and prof.shelf_life_days:
            return day + timedelta(days=self.rng.randint(*prof.shelf_life_days))
        if prod.programme_code == "influenza":
            summer = date(day.year + (day.month >= 7), 6, 30)
            return min(day + timedelta(days=self.rng.randint(180, 270)), summer)
        if prod.programme_code == "covid-19" and self.rng.random() < SHORT_DATED_SHARE:
            return day + timedelta(days=self.rng.randint(*SHORT_DATED))
        return day + timedelta(days=self.rng.randint(*LONG_DATED))

    def _pharmacy_day(self, i: int) -> int | None:
        while i < len(self.days) and not pharmacy_open(self.days[i]):
            i += 1
        return i if i < len(self.days) else None

    def deliveries_on(self, i: int) -> list[Delivery]:
        return [d for d in self.deliveries if d.day == i]

    # ----------------------------------------------------------------- each day

    def _day(self, i: int) -> list[Happening]:
        out = []
        day = self.days[i]
        for s, site in enumerate(self.sites):
            is_open = site_open(site.spec.kind_code, day)
            if is_open and self.rng.random() * 100 < CANCEL_PERCENT:
                is_open = False
            demand: dict[int, int] = {}
            sessions: dict[int, tuple[int, ...]] = {}
            excursion = False
            if is_open:
                for p in site.products:
                    doses = self.demand.doses(s, p, i)
                    if doses > 0:
                        demand[p] = doses
                        if self.products[p].multi_dose:
                            sessions[p] = _split(self.rng, doses)
                excursion = self.rng.random() * 1000 < EXCURSION_PER_MILLE
            out.append(Happening(is_open, demand, sessions, excursion))
        return out

    def pharmacy_open(self, i: int) -> bool:
        return pharmacy_open(self.days[i])

    def expected(self, s: int, p: int, i: int, days: int) -> float:
        """Doses site ``s`` is planned to give of ``p`` in ``days`` days from day ``i``."""
        return self.demand.expected(s, p, i, days)


def _split(rng: random.Random, doses: int) -> tuple[int, ...]:
    """The day's doses of a multi-dose product in sessions of SESSION_DOSES."""
    out = []
    left = doses
    while left > 0:
        size = min(left, rng.randint(*SESSION_DOSES))
        out.append(size)
        left -= size
    return tuple(out)
