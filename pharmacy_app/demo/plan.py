"""What the demo simulation is given and what it gives back.

A :class:`Plan` is a region's year as plain values: its sites, the lots received and
every movement in time order, with the balances the movements add up to.  The service
:mod:`pharmacy_app.services.demo` writes it to the database as it is; nothing in it
refers to a database row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class ProductSpec:
    varenummer: str
    programme_code: str
    manufacturer: str
    doses_per_unit: int
    units_per_pack: int
    in_use_hours_after_opening: int | None = None
    min_remaining_shelf_life_days: int = 30

    @property
    def doses_per_pack(self) -> int:
        return self.doses_per_unit * self.units_per_pack

    @property
    def multi_dose(self) -> bool:
        return self.doses_per_unit > 1


@dataclass(frozen=True)
class SiteSpec:
    code: str
    name: str
    kind_code: str
    site_type: str
    address: str
    city: str
    cover_days: int


@dataclass(frozen=True)
class PlannedLot:
    index: int
    varenummer: str
    batch: str
    expiry: date
    created_at: datetime
    recalled_at: datetime | None = None  # a recalled batch: when, by whom and why
    recalled_by: str | None = None
    recall_reason: str | None = None


@dataclass(frozen=True, slots=True)  # slots: a large demo holds millions of these
class PlannedMovement:
    seq: int
    kind: str
    lot: int
    from_code: str
    to_code: str
    doses: int
    occurred_at: datetime
    recorded_at: datetime
    user_name: str
    reference: str = ""
    reason_code: str | None = None
    note: str = ""
    reverses_seq: int | None = None
    target_group: str | None = None


@dataclass(frozen=True)
class Plan:
    pharmacy_code: str
    sites: tuple[SiteSpec, ...]
    lots: tuple[PlannedLot, ...]
    movements: tuple[PlannedMovement, ...]  # in time order: (occurred_at, seq)
    balances: dict[tuple[str, int], int]  # (location code, lot index) -> doses, non-zero only
    closed_sites: tuple[str, ...]  # temporary sites out of season and empty at the end
    first_day: date
    last_day: date


@dataclass(frozen=True)
class Surge:
    """A surge season: from ``first`` to ``last`` the region is planned to give, and
    gives, ``factor`` times the usual doses of ``programme``."""

    programme: str
    first: date
    last: date
    factor: float

    def factor_on(self, programme: str, day: date) -> float:
        return self.factor if programme == self.programme and self.first <= day <= self.last else 1.0


class PlanError(RuntimeError):
    """The simulation broke one of the ledger's rules (a bug, never bad input)."""
