"""What the two stocktake documents show, as plain data: the count sheet handed to the
person counting, and the stocktake report kept after posting.

``services/stocktake.py`` builds these from the database; ``reports/stocktake_pdf.py``
draws them.  Quantities are whole doses or whole counting units (vials, syringes,
applicators), never floats; every datetime is aware (UTC) and shown in Copenhagen time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class SheetLine:
    """One lot expected at the counted place, with a blank box to write the count in."""

    #: Storage the product needs, for grouping the sheet by storage place
    #: (e.g. -90/-60 for an ultra-low freezer, 2/8 for a fridge); None when unknown.
    storage_min_c: int | None
    storage_max_c: int | None
    product: str
    varenummer: str
    batch: str
    expiry: date
    #: The thaw date of a thawed part (a separate lot in the ledger), else None.
    thawed_on: date | None
    #: The counting unit as the catalogue names the product's form ("hætteglas", ...).
    unit: str
    doses_per_unit: int
    #: Whole units expected when the count started; None on a blind count.
    expected_units: int | None


@dataclass(frozen=True)
class CountSheet:
    stocktake_id: int
    location_code: str
    location_name: str
    #: What the count covers, in words ("Hele lageret", "Program: covid-19", ...).
    scope: str
    blind: bool
    started_at: datetime
    started_by: str
    lines: tuple[SheetLine, ...]
    #: A cycle count: only the listed lots are counted, so no rows for lots found.
    cycle: bool = False


@dataclass(frozen=True)
class ReportLine:
    """One lot of a stocktake: what was expected, counted and posted, and why."""

    product: str
    varenummer: str
    batch: str
    expiry: date
    thawed_on: date | None
    unit: str
    doses_per_unit: int
    #: Doses the ledger held when the count started.
    expected_doses: int
    #: Net doses of the lot moved in or out of the place after the start and up to the
    #: moment its count was entered (what the shelf showed already; later movements are
    #: on both sides of the count alike), so the adjustment is right.
    moved_during_doses: int
    #: Doses counted (units x doses per unit); None while not counted.
    counted_doses: int | None
    #: The posted adjustment in doses (counted - expected - moved during); None while
    #: not counted.
    difference_doses: int | None
    #: One of the stocktake reason codes (TAELLEFEJL, BRUD_FUNDET, UDLOEBET_FUNDET,
    #: IKKE_REGISTRERET_FORBRUG, SVIND, ANDET), None when there is no difference.
    reason_code: str | None
    #: Free text (required with ANDET).
    reason_text: str
    #: Who entered the count for this line.
    counted_by: str | None
    #: True for a lot found on the shelf that the ledger did not expect there.
    unexpected: bool


@dataclass(frozen=True)
class StocktakeReport:
    stocktake_id: int
    location_code: str
    location_name: str
    scope: str
    blind: bool
    #: "open", "posted" or "cancelled".
    status: str
    started_at: datetime
    started_by: str
    posted_at: datetime | None
    posted_by: str | None
    #: The second person who approved differences above the threshold, else None.
    approved_by: str | None
    lines: tuple[ReportLine, ...]
