"""A round file checked against the catalogue and the region: what ``distribute --round``
plans.

:func:`read_round_file` reads the file (``importers.round_file``) and checks each row's
site (known, and one a round may go to) and product (known and in use), that no site
and product is asked for twice, and that the file asks for something at all.  What
must hold: every problem is reported at once, each with its row, and nothing is
written; a file that asks for 0 doses everywhere is refused here, before a round is
planned, so it never leaves a draft round behind.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from pharmacy_app.db import models as m
from pharmacy_app.domain.errors import DomainError, Problem
from pharmacy_app.domain.messages.terms import Phrase, Term
from pharmacy_app.importers import round_file as rf
from pharmacy_app.importers import tabular
from pharmacy_app.services.app import App
from pharmacy_app.services.distribution.sites import site_problem
from pharmacy_app.services.reference import home_pharmacy


@dataclass(frozen=True)
class RoundFile:
    """A round file read and checked: the sites in the order of the file, and the doses
    asked for per (site code, product id)."""

    site_codes: tuple[str, ...]
    requested: Mapping[tuple[str, int], int]
    rows: int


def read_round_file(app: App, source: bytes | str | Path) -> RoundFile:
    """Read and check a round file (its bytes, or its path); raises
    :class:`DomainError` with every problem, each naming its row."""
    if isinstance(source, bytes):
        data, name = source, "round file"
    else:
        name = Path(source).name
        read = tabular.read_bytes(source)
        if isinstance(read, Problem):
            raise DomainError(read)
        data = read
    parsed = rf.parse(data, name)
    problems = list(parsed.problems)
    if not parsed.rows:  # the file as a whole is refused (or has no usable row)
        raise DomainError(problems or [rf.row_problem(1, Term.RF_EMPTY)])
    order: list[str] = []
    requested: dict[tuple[str, int], int] = {}
    with app.db.read() as s:
        home = home_pharmacy(s)
        locations = {loc.code: loc for loc in s.scalars(select(m.Location))}
        products = {p.varenummer: p for p in s.scalars(select(m.Product))}
        seen_row: dict[tuple[str, int], int] = {}
        for row in parsed.rows:
            code, varenr, doses = row.site_code, row.varenummer, row.doses
            site = locations.get(code)
            product = products.get(varenr)
            bad = False
            if site is None:
                problems.append(
                    rf.row_problem(row.row, Phrase(Term.RF_SITE_UNKNOWN, {"site": code}))
                )
                bad = True
            else:
                why = site_problem(site, home)
                if why is not None:
                    problems.append(
                        rf.row_problem(row.row, Phrase(Term.RF_SITE_REFUSED, {"site": code, "why": why}))
                    )
                    bad = True
            if product is None:
                problems.append(
                    rf.row_problem(row.row, Phrase(Term.RF_VARENUMMER_UNKNOWN, {"varenummer": varenr}))
                )
                bad = True
            elif not product.active:
                problems.append(
                    rf.row_problem(row.row, Phrase(Term.RF_PRODUCT_INACTIVE, {"product": product.name}))
                )
                bad = True
            elif doses is not None and doses % product.doses_per_unit:
                problems.append(
                    rf.row_problem(
                        row.row,
                        Phrase(Term.RF_NOT_WHOLE_VIALS, {
                            "doses": doses, "product": product.name, "per_unit": product.doses_per_unit,
                        }),  # fmt: skip
                    )
                )
                bad = True
            if bad or site is None or product is None or doses is None:
                continue
            key = (site.code, product.id)
            if key in seen_row:
                problems.append(
                    rf.row_problem(
                        row.row,
                        Phrase(Term.RF_REPEATED, {"site": code, "varenummer": varenr, "row": seen_row[key]}),
                    )
                )
                continue
            seen_row[key] = row.row
            requested[key] = doses
            if site.code not in order:
                order.append(site.code)
    if not problems and not any(requested.values()):
        problems.append(
            rf.row_problem(parsed.header_row, Term.RF_NOTHING_TO_SEND)
        )
    if problems:
        raise DomainError(sorted(problems, key=lambda p: int(p.params.get("row", 0))))
    return RoundFile(tuple(order), requested, len(parsed.rows))
