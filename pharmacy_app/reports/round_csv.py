"""A distribution round's lines as CSV rows: what ``distribute`` writes beside the lists.

One row per line of every list of the round that is not cancelled, in the lists' and
the lines' order, with the round, the list, the site, the lot and the doses; the
columns are :data:`ROUND_CSV_COLUMNS`.  The rows are made from the round as the
distribution service returns it (any object with the attributes below); writing them
safely is :func:`reports.csv_export.write_csv`'s job.  A frozen lot thawed on dispatch
(a draft's line to a site that keeps it only cold) has its thawed use-by and thaw day.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Protocol

# A list's status that leaves it out: it sends nothing (services.distribution.views).
CANCELLED = "cancelled"

ROUND_CSV_COLUMNS = (
    "round",
    "list_number",
    "site_code",
    "site_name",
    "line_no",
    "varenummer",
    "product",
    "batch",
    "expiry",
    "use_by",
    "thawed_on",
    "units",
    "doses",
    "override_reason",
)


class RoundLine(Protocol):
    @property
    def line_no(self) -> int: ...
    @property
    def varenummer(self) -> str: ...
    @property
    def product(self) -> str: ...
    @property
    def batch(self) -> str: ...
    @property
    def expiry(self) -> date: ...
    @property
    def use_by(self) -> date: ...
    @property
    def thawed_on(self) -> date | None: ...
    @property
    def use_by_there(self) -> date: ...  # thawed on dispatch: the thawed use-by
    @property
    def thawed_day(self) -> date | None: ...  # the day it is (or is to be) thawed
    @property
    def units(self) -> int: ...
    @property
    def doses(self) -> int: ...
    @property
    def override_reason(self) -> str: ...


class RoundList(Protocol):
    @property
    def list_number(self) -> str: ...
    @property
    def site_code(self) -> str: ...
    @property
    def site_name(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def lines(self) -> Sequence[RoundLine]: ...


class Round(Protocol):
    @property
    def number(self) -> str: ...
    @property
    def lists(self) -> Sequence[RoundList]: ...


def round_lines_csv_rows(view: Round) -> list[tuple[object, ...]]:
    """One row per line of the round's lists (not cancelled), for a CSV."""
    rows: list[tuple[object, ...]] = []
    for lst in view.lists:
        if lst.status == CANCELLED:
            continue
        for line in lst.lines:
            rows.append(
                (
                    view.number,
                    lst.list_number,
                    lst.site_code,
                    lst.site_name,
                    line.line_no,
                    line.varenummer,
                    line.product,
                    line.batch,
                    line.expiry,
                    line.use_by_there,
                    line.thawed_day,
                    line.units,
                    line.doses,
                    line.override_reason,
                )
            )
    return rows
