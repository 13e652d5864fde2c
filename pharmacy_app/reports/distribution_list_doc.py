"""What a distribution list shows, as plain data: the list, its picked lines and a mobile
unit's visits.  ``services.documents`` gathers it from the database; the PDF
(:mod:`.distribution_list`) and its texts (:mod:`.distribution_list_text`) draw it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from pharmacy_app.reports.list_shortfall import Shortfall

DIRECT, IN_TRANSIT = "direct", "in_transit"
FRIDGE_C = (2, 8)


@dataclass(frozen=True)
class ListLine:
    """One picked lot on a list.  ``units`` are whole vials/syringes (``unit_name``)."""

    product: str
    varenummer: str
    batch: str
    expiry: date
    use_by: date
    thawed_on: date | None
    thawed_shelf_life_days: int | None
    units: int
    unit_name: str  # plural ("hætteglas", "sprøjter", "vials"); singular is derived for one
    doses: int
    storage: str = ""  # short text for the line; derived from the fields below if empty
    override_reason: str = ""  # why this lot was chosen against FEFO
    frozen: bool = False  # travels frozen (an unthawed lot of a frozen product)
    fridge_c: tuple[int, int] | None = FRIDGE_C
    frozen_c: tuple[int, int] | None = None
    in_use_hours: int | None = None  # how long an opened vial keeps
    part_doses: int = 0  # doses beyond the whole units (a part of a vial)


@dataclass(frozen=True)
class VisitLine:
    """A mobile unit's visit: an institution on a date and the doses planned for it."""

    visit_date: date
    institution: str
    institution_kind: str
    programme_name: str
    doses: int


@dataclass(frozen=True)
class DistributionListDoc:
    list_number: str
    round_number: str
    planned_for: date
    site_name: str
    site_code: str
    site_kind_name: str
    address: str
    city: str
    mode: str  # "direct" | "in_transit"
    lines: Sequence[ListLine]
    visits: Sequence[VisitLine] = field(default_factory=tuple)
    note: str = ""
    sender: str = ""  # the pharmacy that packs and sends the list
    shortfalls: Sequence[Shortfall] = field(default_factory=tuple)  # requested, not sent

    @property
    def doses(self) -> int:
        return sum(line.doses for line in self.lines)
