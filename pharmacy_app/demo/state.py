"""The simulated year as it stands: its days, sites, demand, ledger and schedules.

One :class:`Year` is shared by the day's phases (:mod:`.receipts`, :mod:`.returns`,
:mod:`.distribution`, :mod:`.consumption`, :mod:`.waste`, :mod:`.incidents`), which
move stock only through its :class:`~pharmacy_app.demo.ledger.Ledger`.  Days are
indexed from the first day of the year; the index runs 120 days past the last day, so
a forecast near the end sees the season go on.

Everything random comes from ``Year.rng``, drawn in a fixed order: building the year
draws the sites' people and habits, then the demand model's weights and turn-outs.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from pharmacy_app.demo.days import in_season, pharmacy_open
from pharmacy_app.demo.demand import Demand
from pharmacy_app.demo.ledger import Ledger
from pharmacy_app.demo.people import PHARMACY_STAFF, new_user
from pharmacy_app.demo.plan import ProductSpec, SiteSpec, Surge
from pharmacy_app.demo.sites import region_scale

if TYPE_CHECKING:
    from pharmacy_app.demo.incidents import Incidents

Progress = Callable[[int, int], None]
FORECAST_DAYS = 120  # days past the last day the demand model covers


@dataclass
class SiteState:
    spec: SiteSpec
    users: tuple[str, ...]
    delivery_days_season: frozenset[int]
    delivery_days_off: frozenset[int]
    clinic_weekday: int  # the weekly clinic day: rare products, the site's expiry round
    route_minute: int  # where the site is on the morning's delivery route
    generosity: float  # how much over its forecast the site asks for
    products: list[int] = field(default_factory=list)


class Year:
    def __init__(
        self,
        products: Sequence[ProductSpec],
        pharmacy_code: str,
        sites: Sequence[SiteSpec],
        *,
        region_code: str,
        seed: int,
        start: date,
        until: date,
        all_year_programmes: frozenset[str],
        taken_batches: frozenset[tuple[str, str]],
        progress: Progress | None,
        surge: Surge | None = None,
        target_groups: dict[int, tuple[str, ...]] | None = None,
        demand_factor: float = 1.0,
    ):
        self.rng = random.Random(seed)
        self.products = list(products)
        self.pharmacy = pharmacy_code
        self.start = start
        self.until = until
        self.n_days = (until - start).days + 1
        self.horizon = self.n_days + FORECAST_DAYS
        self.days = [start + timedelta(days=i) for i in range(self.horizon)]
        self.all_year = all_year_programmes
        self.progress = progress
        # product -> the target groups its doses are registered for (none: not registered)
        self.target_groups = target_groups or {}

        rng = self.rng
        self.sites: list[SiteState] = []
        staff = set(PHARMACY_STAFF)
        for n, site in enumerate(sites):
            users = (new_user(rng, staff), new_user(rng, staff))
            if site.kind_code in ("central", "temporary"):
                season_days, off_days = frozenset({0, 3}), frozenset({0})
            elif site.kind_code == "mobile":
                season_days = off_days = frozenset({0})
            else:
                season_days = off_days = frozenset({1 + n % 3})
            self.sites.append(
                SiteState(
                    spec=site,
                    users=users,
                    delivery_days_season=season_days,
                    delivery_days_off=off_days,
                    clinic_weekday=1 + n % 3,
                    route_minute=rng.randint(0, 130),
                    generosity=rng.uniform(1.0, 1.5),
                )
            )
        self.holders = frozenset([pharmacy_code] + [s.spec.code for s in self.sites])
        self.ledger = Ledger(self.products, self.holders, taken_batches)
        self.last_lot: dict[int, int] = {}  # product -> the lot last received of it
        # (site, product) -> doses given per day, for the rates the expiry views will see
        self.given: dict[tuple[int, int], list[int]] = {}
        self.demand = Demand(
            self.products,
            self.sites,
            self.days,
            rng,
            scale=region_scale(region_code) * demand_factor,
            all_year=all_year_programmes,
            surge=surge,
        )
        self.open = self.demand.open  # [site][day]: the site vaccinates that day
        self.first_pharmacy_day = next(i for i in range(self.horizon) if self.pharmacy_open(i))
        self.incidents: Incidents  # planned by incidents.plan_incidents once the year is built
        # day -> a recall that morning (the large demo's; see recalls.plan_recalls)
        self.recall_days: frozenset[int] = frozenset()
        # lot -> (recalled at, by, reason)
        self.recalled: dict[int, tuple[datetime, str, str]] = {}

    # ----------------------------------------------------------------- the pharmacy's week

    def pharmacy_open(self, i: int) -> bool:
        return pharmacy_open(self.days[i])

    def pharmacist(self) -> str:
        return self.rng.choice(PHARMACY_STAFF)

    def receipt_day(self, i: int) -> bool:
        """SSI delivers on Tuesdays, in the busy autumn on Thursdays too."""
        if i == self.first_pharmacy_day:
            return True
        day = self.days[i]
        busy = (day.month in (9, 10, 11)) or (day.month == 12 and day.day <= 20)
        return day.weekday() == 1 or (busy and day.weekday() == 3)

    def expiry_round(self, i: int) -> bool:
        """The pharmacy clears expired stock on its first working day of the week."""
        monday = i - self.days[i].weekday()
        return not any(self.pharmacy_open(j) for j in range(max(monday, 0), i))

    def next(self, i: int, pred: Callable[[int], bool], limit: int = 21) -> int:
        """Days from day ``i`` to the next day ``pred`` holds for (at most ``limit``)."""
        for j in range(i + 1, min(i + limit, self.horizon)):
            if pred(j):
                return j - i
        return limit

    # ----------------------------------------------------------------- the sites' deliveries

    def delivery_days(self, s: int, day: date) -> frozenset[int]:
        site = self.sites[s]
        return site.delivery_days_season if in_season(day) else site.delivery_days_off

    def scheduled(self, s: int, i: int) -> bool:
        """Day ``i`` is one of site ``s``'s delivery days (and the site is in use)."""
        day = self.days[i]
        if self.sites[s].spec.kind_code == "temporary" and not in_season(day):
            return False
        return i == self.first_pharmacy_day or day.weekday() in self.delivery_days(s, day)

    def delivery_day(self, s: int, i: int) -> bool:
        return self.pharmacy_open(i) and self.scheduled(s, i)
