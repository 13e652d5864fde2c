"""The large-region demo: the Capital Region at its busiest, over several years.

:class:`LargeScale` says how large (years, sites); :func:`period` and :func:`surge`
turn it into the simulation's first day and its surge season, so that the command line
and the tests ask for the same thing at any size.  Everything else is the ordinary
simulation (:func:`.simulation.simulate`) run over the longer period with the network
of :func:`.large_sites.large_region_sites`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from pharmacy_app.demo.large_sites import LARGE_SITES
from pharmacy_app.demo.plan import Surge

LARGE_YEARS = 5
RECALLS_PER_YEAR = 2
# At its busiest the region gives 1.8 times the doses of a usual year (see
# demand.PROGRAMME_BASE): about 1.2 million a year, registered per target group.
DEMAND_FACTOR = 1.8
# Covid-19 at three times its usual autumn rate for six weeks from mid-October: with
# influenza alongside, about 20,000 doses a weekday in the Capital Region.
SURGE_PROGRAMME = "covid-19"
SURGE_FACTOR = 3.0
SURGE_OFFSET_DAYS = 14  # after 1 October
SURGE_DAYS = 42


@dataclass(frozen=True)
class LargeScale:
    """How large: ``years`` ending on the last day, ``sites`` sites, and ``doses`` times
    the busiest year's doses (below 1 for a quick, smaller ledger, as the tests use)."""

    years: int = LARGE_YEARS
    sites: int = LARGE_SITES
    doses: float = 1.0

    @property
    def demand_factor(self) -> float:
        return DEMAND_FACTOR * self.doses

    @property
    def recalls(self) -> int:
        return RECALLS_PER_YEAR * self.years


def period(until: date, years: int) -> date:
    """The first day of ``years`` years ending on ``until``: 25-11-2026, 5 -> 26-11-2021."""
    try:
        first = until.replace(year=until.year - years)
    except ValueError:  # 29 February
        first = date(until.year - years, 2, 28)
    return first + timedelta(days=1)


def surge(start: date, until: date) -> Surge | None:
    """The surge season: the last autumn but one whose surge lies within the period
    (the last, when the period holds only one), or None."""
    seasons = []
    for year in range(start.year, until.year + 1):
        first = date(year, 10, 1) + timedelta(days=SURGE_OFFSET_DAYS)
        last = first + timedelta(days=SURGE_DAYS - 1)
        if start <= first and last <= until:
            seasons.append(Surge(SURGE_PROGRAMME, first, last, SURGE_FACTOR))
    if not seasons:
        return None
    return seasons[-2] if len(seasons) >= 2 else seasons[-1]
