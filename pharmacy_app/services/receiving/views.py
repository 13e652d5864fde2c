"""What the receiving services return: receipts and their lines as plain, frozen
records, with the problems that refuse a line and the warnings that need confirmation,
and the vocabulary of a receipt's status and a line's condition.  No database here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from pharmacy_app.domain.errors import Problem

FROZEN, FRIDGE = "frozen", "fridge"
CONDITIONS = (FROZEN, FRIDGE)
DRAFT, POSTED, CANCELLED = "draft", "posted", "cancelled"


@dataclass(frozen=True)
class LineView:
    id: int
    line_no: int
    product_id: int
    varenummer: str
    gtin: str | None
    product: str
    programme_code: str
    batch: str
    expiry: date
    packs: int
    doses_per_pack: int
    condition: str
    thawed_on: date | None
    use_by: date
    hold: bool
    hold_reason: str
    note: str
    scans: int
    problems: tuple[Problem, ...] = ()  # refuse posting
    warnings: tuple[Problem, ...] = ()  # need confirmation (short-dated)
    lot_id: int | None = None  # once posted
    location_code: str | None = None  # where a posted line went: the pharmacy or its quarantine
    product_short: str = ""  # the short display name; ``product`` (full) is for documents

    @property
    def doses(self) -> int:
        return self.packs * self.doses_per_pack


@dataclass(frozen=True)
class ReceiptView:
    id: int
    note_number: str
    delivered_on: date
    status: str
    source: str
    location_code: str
    location_name: str
    created_by: str
    created_at: datetime
    posted_by: str | None
    posted_at: datetime | None
    comment: str
    lines: list[LineView] = field(default_factory=list)

    @property
    def doses(self) -> int:
        return sum(line.doses for line in self.lines)

    @property
    def packs(self) -> int:
        return sum(line.packs for line in self.lines)

    @property
    def problems(self) -> list[Problem]:
        return [p for line in self.lines for p in line.problems]

    @property
    def warnings(self) -> list[Problem]:
        return [p for line in self.lines for p in line.warnings]


@dataclass(frozen=True)
class ScanOutcome:
    """What a scan did: the line it added a pack to, or the problem (nothing written)."""

    receipt: ReceiptView | None
    line_id: int | None = None
    problem: Problem | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None
