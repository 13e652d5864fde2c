"""The rules of a stocktake (counting the stock at one place), as pure functions.

A count starts by freezing, per lot, the doses the ledger holds at the place (the
*expected* doses); the person counting enters whole units (vials, syringes,
applicators) per lot.  What must hold:

* The difference of a line is ``counted - (expected + moved during)``, where *moved
  during* is the net of the movements of that lot in or out of the place after the
  count started and before the count of the line was entered: those changed the shelf
  before it was counted; later ones are on the ledger's side and the shelf's alike.
  Posting the difference as a STOCKTAKE movement makes the ledger agree with the shelf.
* Every non-zero difference has a reason (:mod:`.stocktake_reasons`); ``ANDET`` (other)
  has a text too.
* A line whose difference is larger than a threshold (in doses, or in value when the
  product's price per dose is known) needs the approval of a second person, who is
  neither the person posting nor anyone who counted such a line: the four-eyes rule
  means someone who did not produce the figure vouches for it.  The catalogue has no
  prices today, so only the doses threshold applies until it has.
* A count's scope is a place and optional filters (programme, product, storage), or, for
  a cycle count, the lots chosen at its start and no others; two open counts at one
  place must not cover the same lot (:func:`counts_overlap`).

No Qt, no database: the service (``services/stocktake.py``) reads the rows, calls these
and raises the problems they return.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from pharmacy_app.domain.errors import Problem
from pharmacy_app.domain.stocktake_reasons import StocktakeReason

FROZEN = "frozen"
FRIDGE = "fridge"
STORAGES = (FROZEN, FRIDGE)

OPEN = "open"
POSTED = "posted"
CANCELLED = "cancelled"

DEFAULT_APPROVAL_DOSES = 50
DEFAULT_APPROVAL_KRONER = 5000


def storage_of(kept_frozen: bool, thawed_on: date | None) -> str:
    """Where a lot is kept: a product stored frozen is in the freezer until thawed (its
    thawed part is a lot of its own, in the fridge); everything else is in the fridge."""
    return FROZEN if kept_frozen and thawed_on is None else FRIDGE


@dataclass(frozen=True)
class ProductKind:
    """What a scope filter can match a product on: its id, programme and the storages
    its lots can be in."""

    id: int
    programme_code: str
    storages: frozenset[str]


@dataclass(frozen=True)
class Scope:
    """What a count covers at its place; ``None`` filters match anything."""

    programme_code: str | None = None
    product_id: int | None = None
    storage: str | None = None

    def covers_product(self, product: ProductKind) -> bool:
        return (self.programme_code is None or self.programme_code == product.programme_code) and (
            self.product_id is None or self.product_id == product.id
        )

    def covers(self, product: ProductKind, storage: str) -> bool:
        """True when a lot of ``product`` kept in ``storage`` is part of the count."""
        return self.covers_product(product) and self.storage in (None, storage)

    @property
    def whole(self) -> bool:
        return self.programme_code is None and self.product_id is None and self.storage is None


def overlaps(a: Scope, b: Scope, products: Iterable[ProductKind]) -> bool:
    """True when some lot of ``products`` could be covered by both scopes."""
    return any(
        a.covers(p, storage) and b.covers(p, storage) for p in products for storage in p.storages
    )


@dataclass(frozen=True)
class ListedLot:
    """A lot a cycle count lists, with what a scope filter matches it on."""

    lot_id: int
    product: ProductKind
    storage: str


#: What an open count covers: its scope, or (a cycle count) exactly the lots it lists.
Coverage = Scope | frozenset[ListedLot]


def counts_overlap(a: Coverage, b: Coverage, products: Iterable[ProductKind]) -> bool:
    """True when some lot could be covered by both counts: two cycle counts share a
    listed lot, a cycle count lists a lot the other's scope covers, or two scopes
    overlap (:func:`overlaps`)."""
    if isinstance(a, Scope) and isinstance(b, Scope):
        return overlaps(a, b, products)
    if isinstance(a, Scope):
        a, b = b, a
    assert isinstance(a, frozenset)
    if isinstance(b, Scope):
        return any(b.covers(lot.product, lot.storage) for lot in a)
    return not {lot.lot_id for lot in a}.isdisjoint(lot.lot_id for lot in b)


def difference(counted_doses: int, expected_doses: int, moved_during: int) -> int:
    """Doses to post: positive when more is on the shelf than the ledger says."""
    return counted_doses - (expected_doses + moved_during)


@dataclass(frozen=True)
class Thresholds:
    """Above these a line's difference needs a second person's approval (per line)."""

    doses: int = DEFAULT_APPROVAL_DOSES
    kroner: int = DEFAULT_APPROVAL_KRONER


def needs_approval(diff_doses: int, thresholds: Thresholds, ore_per_dose: int | None) -> bool:
    """A difference larger than the doses threshold, or, when the price per dose is
    known (in øre), worth more than the kroner threshold."""
    if abs(diff_doses) > thresholds.doses:
        return True
    if ore_per_dose is None:
        return False
    return abs(diff_doses) * ore_per_dose > thresholds.kroner * 100


def threshold_problems(doses: int, kroner: int) -> list[Problem]:
    if doses < 0 or kroner < 0:
        return [Problem("stocktake_threshold_invalid", {"doses": doses, "kroner": kroner})]
    return []


def reason_problems(code: str | None, text: str, *, row: int, column: str) -> list[Problem]:
    """A reason given for a line must be one of the stocktake reasons; ``ANDET`` needs a
    text.  The problems name the ``row`` and ``column`` it was given in."""
    if code is None:
        return []
    try:
        reason = StocktakeReason(code)
    except ValueError:
        codes = ", ".join(r.value for r in StocktakeReason)
        return [
            Problem(
                "stocktake_reason_unknown",
                {"row": row, "column": column, "value": code, "codes": codes},
            )
        ]
    if reason.needs_text and not text.strip():
        return [Problem("stocktake_reason_text_required", {"row": row, "reason": reason.value})]
    return []


@dataclass(frozen=True)
class LineFigures:
    """A counted line as the posting rules see it."""

    product: str
    batch: str
    diff_doses: int
    reason_code: str | None
    reason_text: str
    counted_by: str
    ore_per_dose: int | None = None


def posting_problems(
    lines: Iterable[LineFigures],
    thresholds: Thresholds,
    *,
    poster: str,
    approved_by: str | None,
) -> list[Problem]:
    """Every reason missing, and what keeps the approval from being valid: missing when
    a line needs it, or given by the person posting or by one who counted such a line."""
    problems: list[Problem] = []
    needing: list[LineFigures] = []
    for line in lines:
        if line.diff_doses == 0:
            continue
        if line.reason_code is None:
            problems.append(
                Problem(
                    "stocktake_reason_missing",
                    {"product": line.product, "batch": line.batch, "difference": line.diff_doses},
                )
            )
        elif StocktakeReason(line.reason_code).needs_text and not line.reason_text.strip():
            problems.append(
                Problem("stocktake_reason_text_missing", {"product": line.product, "batch": line.batch})
            )
        if needs_approval(line.diff_doses, thresholds, line.ore_per_dose):
            needing.append(line)
    approver = (approved_by or "").strip()
    if needing and not approver:
        first = needing[0]
        problems.append(
            Problem(
                "stocktake_approval_required",
                {
                    "product": first.product,
                    "batch": first.batch,
                    "difference": first.diff_doses,
                    "threshold": thresholds.doses,
                    "lines": len(needing),
                },
            )
        )
    if approver:
        if _same(approver, poster):
            problems.append(Problem("stocktake_approver_is_poster", {"approver": approver}))
        elif any(_same(approver, line.counted_by) for line in needing):
            problems.append(Problem("stocktake_approver_is_counter", {"approver": approver}))
    return problems


def _same(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()
