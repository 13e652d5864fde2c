"""Expected deliveries against the deliveries received: which is which, and how they differ.

An expected delivery (SSI's announcement or the pharmacy's order) is doses of one product
on a day, with a reference.  A received delivery is what one delivery note brought of one
product (the ledger's receipts from SSI, by note and product).  :func:`match` pairs them:

1. by **reference**: the note's number equals the expectation's reference, same product;
2. otherwise by **product and nearest date**: the open expectation of the same product
   whose day is nearest the delivery's, within :data:`MATCH_DAYS` (on a tie, the earlier
   expectation, then the lower id).  A delivery that came before an expectation of a
   later day was recorded cannot be it: SSI's next delivery, announced today, is not the
   one received last week.  (An expectation recorded after its own day, entered late,
   may still be met by what came before it was recorded.)

Each expectation and each received delivery is used at most once.  A pair differs when
more or fewer doses came than expected, or later than expected; a received delivery
with no expectation is *unexpected*; an expectation not received by its day is
*overdue*, before it *open*.

What must hold: pure; the same input gives the same pairs whatever its order; every
expectation and every received delivery appears in exactly one line.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

MATCH_DAYS = 21


@dataclass(frozen=True)
class Expected:
    id: int
    product_id: int
    doses: int
    expected_on: date
    reference: str = ""
    recorded_on: date | None = None  # the day it was recorded (None: any delivery may meet it)

    def may_be(self, r: Received) -> bool:
        """Whether ``r`` may be this expectation when matched by product and day."""
        return (
            r.product_id == self.product_id
            and abs((self.expected_on - r.received_on).days) <= MATCH_DAYS
            and (
                self.recorded_on is None
                or self.expected_on <= self.recorded_on
                or r.received_on >= self.recorded_on
            )
        )


@dataclass(frozen=True)
class Received:
    reference: str  # the delivery note's number
    product_id: int
    doses: int
    received_on: date


class Status(StrEnum):
    AS_EXPECTED = "as_expected"
    DIFFERS = "differs"  # more, less or late: see the line's flags
    UNEXPECTED = "unexpected"
    OVERDUE = "overdue"
    OPEN = "open"


@dataclass(frozen=True)
class Line:
    expected: Expected | None
    received: Received | None
    status: Status
    more: int = 0  # doses more than expected
    less: int = 0  # doses fewer than expected
    days_late: int = 0

    @property
    def product_id(self) -> int:
        item = self.expected or self.received
        assert item is not None
        return item.product_id


def _pair(e: Expected, r: Received) -> Line:
    more, less = max(0, r.doses - e.doses), max(0, e.doses - r.doses)
    late = max(0, (r.received_on - e.expected_on).days)
    status = Status.DIFFERS if more or less or late else Status.AS_EXPECTED
    return Line(e, r, status, more, less, late)


def match(expected: Iterable[Expected], received: Iterable[Received], today: date) -> list[Line]:
    """Every expectation and every received delivery in one line each, ordered by day."""
    todo = sorted(expected, key=lambda e: (e.expected_on, e.id))
    came = sorted(received, key=lambda r: (r.received_on, r.reference, r.product_id))
    lines: list[Line] = []
    left: list[Received] = []
    for r in came:
        same = next(
            (
                e
                for e in todo
                if e.reference and e.reference == r.reference and e.product_id == r.product_id
            ),
            None,
        )
        if same is None:
            left.append(r)
        else:
            todo.remove(same)
            lines.append(_pair(same, r))
    for r in left:
        near = [e for e in todo if e.may_be(r)]
        if near:
            best = min(
                near, key=lambda e: (abs((e.expected_on - r.received_on).days), e.expected_on, e.id)
            )
            todo.remove(best)
            lines.append(_pair(best, r))
        else:
            lines.append(Line(None, r, Status.UNEXPECTED, more=r.doses))
    for e in todo:
        lines.append(Line(e, None, Status.OVERDUE if e.expected_on < today else Status.OPEN))
    lines.sort(key=_day)
    return lines


def _day(line: Line) -> tuple[date, int]:
    if line.expected is not None:
        return (line.expected.expected_on, line.expected.id)
    assert line.received is not None
    return (line.received.received_on, 0)
