"""What the season simulator is asked and what it answers: plain frozen dataclasses.

A :class:`SimulationSettings` names the season, the seeds and the policies; :func:`run
<pharmacy_app.services.simulation.run>` gives back a :class:`Comparison`: one
:class:`RunResult` per (policy, seed), read from that run's ledger, a summary per policy
(mean and spread over the seeds), the issue's three targets, the assumptions a person
reads under the chart, and the files written.  Texts are :class:`Sentence`\\ s, written
in the reader's language by whoever shows them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pharmacy_app.domain.messages.sentence import Sentence

# The waste reasons the comparison tells apart (SSI's codes map onto them).
WASTE_REASONS = ("expired", "open_vial", "thawed", "temperature", "other")


@dataclass(frozen=True)
class SimulationSettings:
    season: int  # the autumn season's year
    seeds: tuple[int, ...] = (1,)
    policies: tuple[str, ...] = ()  # names from policies(); () = every policy
    site_codes: tuple[str, ...] = ()  # () = every site of the region
    cover_days: int | None = None  # None = the app's own default per kind
    round_every: int | None = None  # days between rounds; None = the app's setting
    region_code: str | None = None  # None = the demo region
    days: int | None = None  # only the first N days of the season (tests, quick looks)


@dataclass(frozen=True)
class PolicyInfo:
    name: str  # what --policy takes
    label: Sentence
    description: Sentence


@dataclass(frozen=True)
class RunResult:
    policy: str
    seed: int
    received: int
    given: int
    wasted_by_reason: dict[str, int]  # WASTE_REASONS -> doses
    waste_percent: float  # WHO: wasted / (given + wasted)
    expiry_waste_percent_of_received: float  # expired + thawed shelf life, of received
    stockout_site_days: int
    open_site_days: int
    unmet_doses: int
    moved_by_rebalancing: int
    seconds: float

    @property
    def wasted(self) -> int:
        return sum(self.wasted_by_reason.values())

    @property
    def expiry_waste(self) -> int:
        return self.wasted_by_reason.get("expired", 0) + self.wasted_by_reason.get("thawed", 0)

    @property
    def stockout_percent(self) -> float:
        """Stock-out site-days as a share of open site-days, in percent."""
        return 100.0 * self.stockout_site_days / self.open_site_days if self.open_site_days else 0.0

    def figure(self, name: str) -> float:
        """A figure by name: a field, a property, or ``wasted_<reason>``."""
        if name.startswith("wasted_"):
            return float(self.wasted_by_reason.get(name[len("wasted_") :], 0))
        return float(getattr(self, name))


# The figures a summary gives a mean and spread of, in the order the table shows them.
FIGURES = (
    "received",
    "given",
    *(f"wasted_{r}" for r in WASTE_REASONS),
    "wasted",
    "waste_percent",
    "expiry_waste_percent_of_received",
    "stockout_site_days",
    "open_site_days",
    "stockout_percent",
    "unmet_doses",
    "moved_by_rebalancing",
    "seconds",
)


@dataclass(frozen=True)
class Spread:
    """A figure over the seeds: mean, lowest, highest and (population) standard deviation."""

    mean: float
    low: float
    high: float
    sd: float

    @classmethod
    def of(cls, values: Sequence[float]) -> Spread:
        if not values:
            return cls(0.0, 0.0, 0.0, 0.0)
        mean = sum(values) / len(values)
        sd = math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))
        return cls(mean, min(values), max(values), sd)


@dataclass(frozen=True)
class PolicySummary:
    policy: str
    label: Sentence
    seeds: int
    figures: dict[str, Spread]  # FIGURES -> spread

    def mean(self, name: str) -> float:
        return self.figures[name].mean


@dataclass(frozen=True)
class Target:
    name: str  # expiry_waste, halved, stockouts
    text: Sentence
    value: float  # percent
    limit: float  # percent
    met: bool
    policy: str  # the policy the target is judged on


@dataclass(frozen=True)
class Comparison:
    settings: SimulationSettings
    runs: tuple[RunResult, ...]
    summary: tuple[PolicySummary, ...]
    targets: tuple[Target, ...]
    assumptions: tuple[Sentence, ...]
    files: tuple[Path, ...] = field(default=())
    databases: tuple[Path, ...] = field(default=())  # each run's ledger, in run order

    def summary_of(self, policy: str) -> PolicySummary | None:
        return next((p for p in self.summary if p.policy == policy), None)
