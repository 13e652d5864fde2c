"""The demand model: how many doses each site gives of each product on each day.

The region gives a programme's doses at a base rate, scaled by the region's size, the
product's share and the season: covid-19 and influenza campaigns from 1 October,
peaking in October and November and fading by spring, against all-year pneumococcal
vaccination that rises with the influenza campaign.  A site's part follows its type's
weight (a central centre gives three times a hospital's), weekdays are busier than
Fridays, and a closed day gives nothing.

A surge season (:class:`~.plan.Surge`, the large demo's) multiplies one programme's
doses for some weeks.

Demand as planned (:meth:`Demand.expected`, what the pharmacy forecasts and sends
for) differs from demand as it turns out (:meth:`Demand.doses`): each season draws a
factor between 0.7 and 1.1, so some stock is over-ordered and expires.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from datetime import date
from typing import Protocol

from pharmacy_app.demo.days import in_season, season_start, site_open
from pharmacy_app.demo.plan import ProductSpec, SiteSpec, Surge
from pharmacy_app.demo.products import DEFAULT_CARRIERS, profile
from pharmacy_app.demo.sites import TYPE_WEIGHT

# Weekday doses for the whole region at a factor of 1, Region Hovedstaden's size.
PROGRAMME_BASE = {"covid-19": 2600.0, "influenza": 5000.0, "pneumococcal": 90.0}
OTHER_SEASONAL_BASE = 400.0
OTHER_ALL_YEAR_BASE = 40.0
OFF_SEASON_FACTOR = {"covid-19": 0.03, "influenza": 0.006}
DEFAULT_OFF_SEASON_FACTOR = 0.02
# Seasonal campaigns from 1 October: (days since 1 October, factor), linear in between.
SEASON_ANCHORS = (
    (0, 1.3), (7, 1.8), (24, 1.6), (45, 1.2), (75, 0.5), (106, 0.25), (137, 0.12), (151, 0.06),
)  # fmt: skip
ALL_YEAR_MONTH_FACTOR = {10: 1.6, 11: 1.4, 12: 1.1}  # pneumococcal given alongside influenza
WEEKDAY_FACTOR = (1.15, 1.1, 1.05, 1.05, 0.8, 0.35, 0.0)


class DemandSite(Protocol):
    """What the model needs of a site: its spec, its weekly clinic day (when a product
    given seldom is given) and the products it carries, which the model fills in."""

    spec: SiteSpec
    clinic_weekday: int
    products: list[int]


def seasonal_factor(day: date, off_season: float) -> float:
    start = season_start(day)
    if start is None:
        return off_season
    x = (day - start).days
    for (x0, y0), (x1, y1) in zip(SEASON_ANCHORS, SEASON_ANCHORS[1:], strict=False):
        if x0 <= x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return SEASON_ANCHORS[-1][1]


def poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 40:
        return max(0, round(rng.gauss(lam, math.sqrt(lam))))
    limit = math.exp(-lam)
    k, p = 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


class Demand:
    """Daily rates per (site, product) over ``days``, with prefix sums for windows.

    Building it draws from ``rng`` (the sites' weights and each season's turn-out) and
    fills each site's ``products`` with the products its type carries.
    """

    def __init__(
        self,
        products: Sequence[ProductSpec],
        sites: Sequence[DemandSite],
        days: Sequence[date],
        rng: random.Random,
        *,
        scale: float,
        all_year: frozenset[str],
        surge: Surge | None = None,
    ):
        self.products = products
        self.sites = sites
        self.days = days
        self.rng = rng
        self.horizon = len(days)
        n_products = len(products)
        by_programme: dict[str, list[int]] = {}
        for p, prod in enumerate(products):
            by_programme.setdefault(prod.programme_code, []).append(p)
        weights: list[list[float]] = [[0.0] * n_products for _ in sites]
        for p, prod in enumerate(products):
            prof = profile(prod.varenummer)
            carriers = prof.carriers if prof else DEFAULT_CARRIERS
            extra = prof.weight_by_type if prof else {}
            for s, site in enumerate(sites):
                if site.spec.site_type in carriers:
                    jitter = rng.uniform(0.8, 1.25)
                    weights[s][p] = (
                        TYPE_WEIGHT[site.spec.site_type]
                        * extra.get(site.spec.site_type, 1.0)
                        * jitter
                    )
                    site.products.append(p)
        self.weights = weights
        season_total = [sum(weights[s][p] for s in range(len(sites))) for p in range(n_products)]
        off_total = [
            sum(weights[s][p] for s, site in enumerate(sites) if site.spec.kind_code != "temporary")
            for p in range(n_products)
        ]

        regional: list[list[float]] = []
        for prod in products:
            programme = prod.programme_code
            prof = profile(prod.varenummer)
            share = prof.share if prof else 1.0 / len(by_programme[programme])
            all_year_programme = programme in all_year
            base = PROGRAMME_BASE.get(
                programme, OTHER_ALL_YEAR_BASE if all_year_programme else OTHER_SEASONAL_BASE
            )
            off = OFF_SEASON_FACTOR.get(programme, DEFAULT_OFF_SEASON_FACTOR)
            daily = []
            for day in days:
                factor = (
                    ALL_YEAR_MONTH_FACTOR.get(day.month, 1.0)
                    if all_year_programme
                    else seasonal_factor(day, off)
                )
                if surge is not None:
                    factor *= surge.factor_on(programme, day)
                daily.append(base * scale * share * factor)
            regional.append(daily)

        # Demand as it turns out, against the plan: a campaign draws more or fewer people
        # than forecast, so the pharmacy over- or under-orders and some stock expires.
        self.actual: list[list[float]] = []
        for _p in products:
            drawn: dict[object, float] = {}
            factors = []
            for day in days:
                key = season_start(day) or ("off", day.year)
                if key not in drawn:
                    drawn[key] = rng.uniform(0.7, 1.1)
                factors.append(drawn[key])
            self.actual.append(factors)

        self.open = [[site_open(site.spec.kind_code, day) for day in days] for site in sites]
        self.rate: list[list[list[float]]] = []
        self.prefix: list[list[list[float]]] = []
        region_prefix_sum = [[0.0] * (self.horizon + 1) for _ in products]
        for s in range(len(sites)):
            site_rates: list[list[float]] = []
            site_prefix: list[list[float]] = []
            for p in range(n_products):
                w = weights[s][p]
                if not w:
                    site_rates.append([])
                    site_prefix.append([])
                    continue
                rates = []
                for i, day in enumerate(days):
                    if not self.open[s][i]:
                        rates.append(0.0)
                        continue
                    total = season_total[p] if in_season(day) else off_total[p]
                    rates.append(regional[p][i] * WEEKDAY_FACTOR[day.weekday()] * w / total)
                acc = [0.0]
                for r in rates:
                    acc.append(acc[-1] + r)
                site_rates.append(rates)
                site_prefix.append(acc)
                region_acc = region_prefix_sum[p]
                for k in range(1, self.horizon + 1):
                    region_acc[k] += acc[k]
            self.rate.append(site_rates)
            self.prefix.append(site_prefix)
        self.region_prefix = region_prefix_sum

    def expected(self, s: int, p: int, i: int, days: int) -> float:
        """Doses site ``s`` is planned to give of ``p`` in ``days`` days from day ``i``."""
        acc = self.prefix[s][p]
        if not acc:
            return 0.0
        return acc[min(i + days, self.horizon)] - acc[min(i, self.horizon)]

    def regional_expected(self, p: int, i: int, days: int) -> float:
        """Doses the whole region is planned to give of ``p`` in ``days`` days from day ``i``."""
        acc = self.region_prefix[p]
        return acc[min(i + days, self.horizon)] - acc[min(i, self.horizon)]

    def recent_use(self, s: int, p: int, i: int) -> float:
        """Doses a day site ``s`` is expected to give of ``p`` in the four weeks before day
        ``i`` (the window the expiry views take a site's rate from)."""
        return self.expected(s, p, max(i - 28, 0), min(i, 28)) / 28

    def doses(self, s: int, p: int, i: int) -> int:
        """The doses site ``s`` turns out to give of ``p`` on day ``i`` (drawn)."""
        site = self.sites[s]
        prod = self.products[p]
        day = self.days[i]
        monday = i - day.weekday()
        week = self.expected(s, p, max(monday, 0), 7)
        if week < max(4.0, 1.5 * prod.doses_per_unit):
            # A low-volume product is given on the site's weekly clinic day only.
            if day.weekday() != site.clinic_weekday:
                return 0
            lam = week
        else:
            lam = self.rate[s][p][i]
        lam *= self.actual[p][i]
        if lam >= 5:
            lam *= max(0.3, self.rng.gauss(1.0, 0.15))
        return poisson(self.rng, lam)
