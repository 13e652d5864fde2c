"""What the distribution services return: plain, frozen records of rounds, lists,
requests, lines and visits, and the vocabulary of their modes and statuses.

Nothing here reads the database; the records are built in :mod:`.rounds` and read by
the window, the command line and the documents.  A request carries the sentence that
explains its proposal (``basis``, a catalogue code and its parameters from
:mod:`.proposals`, written in the reader's language); a cancelled list counts for nothing in a round's doses or shortfalls.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from pharmacy_app.domain.messages.sentence import Sentence

# How a round travels: straight to the site, or in transit until the site confirms.
MODES = ("direct", "in_transit")
DRAFT, DISPATCHED, RECEIVED, CANCELLED = "draft", "dispatched", "received", "cancelled"
STATUSES = (DRAFT, DISPATCHED, RECEIVED, CANCELLED)


@dataclass(frozen=True)
class RequestView:
    request_id: int
    list_id: int
    product_id: int
    product: str
    varenummer: str
    programme: str  # programme code
    doses_per_unit: int
    proposed: int
    requested: int
    basis: Sentence | None  # how the proposal was reached (none for an odd proposal)
    allocated: int
    short: int
    rate_per_day: float | None = None
    cover_days: int = 0
    on_hand: int = 0  # usable doses the site held when the proposal was made
    product_short: str = ""  # the short display name; ``product`` (full) is for documents
    short_reason: Sentence | None = None  # why the site gets less: its storage (room, none)

    @property
    def units_requested(self) -> int:
        return self.requested // self.doses_per_unit

    @property
    def units_allocated(self) -> int:
        return self.allocated // self.doses_per_unit


@dataclass(frozen=True)
class LineView:
    line_id: int
    list_id: int
    line_no: int
    lot_id: int
    product_id: int
    product: str
    varenummer: str
    batch: str
    expiry: date
    use_by: date
    thawed_on: date | None
    doses: int
    units: int  # vials (syringes, applicators)
    override_reason: str
    received_doses: int | None  # None until confirmed
    discrepancy_reason: str
    dispatch_movement_id: int | None = None
    receive_movement_id: int | None = None
    programme: str = ""
    # Recalled after it was picked: the list cannot be dispatched with it (change the lot).
    recalled_at: datetime | None = None
    recall_reason: str = ""
    product_short: str = ""
    # A frozen lot on a draft list to a site that keeps it only cold: thawed on dispatch,
    # this day (the round's), with this use-by.  After dispatch the line names the thawed
    # part itself (``thawed_on``, ``use_by``).
    thaws_on: date | None = None
    thawed_use_by: date | None = None

    @property
    def thawed_day(self) -> date | None:
        """The day the stock is (or is to be) thawed, if it travels thawed."""
        return self.thawed_on or self.thaws_on

    @property
    def use_by_there(self) -> date:
        """The use-by at the site: the thawed one when it is thawed on dispatch."""
        return self.thawed_use_by or self.use_by

    @property
    def overridden(self) -> bool:
        return bool(self.override_reason)

    @property
    def recalled(self) -> bool:
        return self.recalled_at is not None


@dataclass(frozen=True)
class VisitView:
    visit_id: int
    list_id: int
    visit_date: date
    institution: str
    institution_kind: str
    programme: str  # programme code
    doses: int


@dataclass(frozen=True)
class ListView:
    list_id: int
    list_number: str
    round_id: int
    site_code: str
    site_name: str
    site_kind: str  # kind code
    address: str
    city: str
    status: str
    requests: tuple[RequestView, ...]
    lines: tuple[LineView, ...]
    visits: tuple[VisitView, ...]
    received_by: str | None
    received_at: datetime | None
    note: str = ""
    mode: str = "direct"

    @property
    def doses(self) -> int:
        return sum(line.doses for line in self.lines)

    def visit_doses(self) -> dict[str, int]:
        """Doses per programme code over the visit plan."""
        out: dict[str, int] = defaultdict(int)
        for v in self.visits:
            out[v.programme] += v.doses
        return dict(out)


@dataclass(frozen=True)
class RoundView:
    round_id: int
    number: str
    planned_for: date
    mode: str
    status: str
    created_by: str
    created_at: datetime
    dispatched_by: str | None
    dispatched_at: datetime | None
    note: str
    lists: tuple[ListView, ...]
    fair_split: bool = False  # short stock shared in proportion (else in the lists' order)

    @property
    def shortfalls(self) -> list[tuple[str, str, int, int]]:
        """(site code, product, requested, allocated) for every request not covered."""
        return [
            (lst.site_code, r.product, r.requested, r.allocated)
            for lst in self.lists
            if lst.status != CANCELLED
            for r in lst.requests
            if r.short > 0
        ]

    @property
    def doses(self) -> int:
        return sum(lst.doses for lst in self.lists if lst.status != CANCELLED)

    def list_for(self, site_code: str) -> ListView:
        for lst in self.lists:
            if lst.site_code == site_code:
                return lst
        raise KeyError(site_code)


@dataclass(frozen=True)
class RoundSummary:
    round_id: int
    number: str
    planned_for: date
    mode: str
    status: str
    sites: int
    doses: int
    created_by: str


@dataclass(frozen=True)
class StockLotView:
    lot_id: int
    product_id: int
    batch: str
    expiry: date
    use_by: date
    thawed_on: date | None
    on_hand: int
    doses: int  # free: on hand less the doses on draft lines
    doses_per_unit: int

    @property
    def units(self) -> int:
        return self.doses // self.doses_per_unit


@dataclass(frozen=True)
class SiteView:
    location_id: int
    code: str
    name: str
    kind_code: str
    kind_name: str  # Danish
    kind_name_en: str
    cover_days: int
    address: str = ""
    city: str = ""
