"""Importing a site's consumption sheet (forbrugsark): every row recorded, or none.

The sheet is read by :mod:`importers.consumption_sheet`; each row's item number (or
GTIN) and batch are resolved to the lot the site holds (for a thawed product, the
thawed part it holds, the one used first), and the rows are then checked and recorded
exactly as entries typed in the week grid are (:mod:`.recording`), every problem naming
its row and the sheet's column.  :func:`preview_sheet` runs the same checks and writes
nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.errors import DomainError, Problem
from pharmacy_app.domain.roles import Role
from pharmacy_app.services import ledger
from pharmacy_app.services.app import App
from pharmacy_app.services.consumption.recording import (
    ConsumptionEntry,
    RecordResult,
    check_balances,
    check_entries,
    has_history,
    record_entries,
)
from pharmacy_app.services.permissions import requires

SHEET_FIELDS: Mapping[str, str] = {
    "site": "Stedkode",
    "day": "Dato",
    "lot": "Batch",
    "doses": "Givne doser",
    "target_group": "Målgruppe",
}


@requires(Role.STAFF)
@declares(Change.STOCK)
def import_sheet(
    app: App, path: str | Path, *, closed_month_reason: str | None = None
) -> RecordResult:
    """Read a consumption sheet (``resources/docs/forbrugsark.md``) and record every row,
    or refuse the whole sheet with every problem (row and column)."""
    from pharmacy_app.importers import consumption_sheet

    path = Path(path)
    parsed = consumption_sheet.parse(path)
    problems = list(parsed.problems)
    if not parsed.rows:
        raise DomainError(problems or [Problem("sheet_no_rows", {"file": path.name})])
    now = app.now()
    with app.db.write() as s:
        entries = _entries_for_rows(s, parsed.rows, problems)
        return record_entries(
            s,
            app.user,
            now,
            entries,
            SHEET_FIELDS,
            problems,
            note=f"Forbrugsark {path.name}",
            closed_month_reason=closed_month_reason,
        )


@dataclass(frozen=True)
class SheetPreview:
    """What importing a sheet would do: rows, doses and every problem; nothing written."""

    file: str
    rows: int
    doses: int
    sites: tuple[str, ...]
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems and self.rows > 0


def preview_sheet(app: App, path: str | Path) -> SheetPreview:
    """Check a consumption sheet exactly as :func:`import_sheet` would, writing nothing."""
    from pharmacy_app.importers import consumption_sheet

    path = Path(path)
    parsed = consumption_sheet.parse(path)
    problems = list(parsed.problems)
    if not parsed.rows:
        return SheetPreview(
            path.name, 0, 0, (), tuple(problems or [Problem("sheet_no_rows", {"file": path.name})])
        )
    now = app.now()
    with app.db.read() as s:
        entries = _entries_for_rows(s, parsed.rows, problems)
        checked = check_entries(s, now, entries, SHEET_FIELDS, problems)
        check_balances(s, checked, problems)
    return SheetPreview(
        file=path.name,
        rows=len(parsed.rows),
        doses=sum(r.doses for r in parsed.rows),
        sites=tuple(sorted({r.site_code for r in parsed.rows})),
        problems=tuple(problems),
    )


def _entries_for_rows(
    session: Session, rows: Sequence[Any], problems: list[Problem]
) -> list[ConsumptionEntry]:
    products: dict[str, m.Product | None] = {}
    entries: list[ConsumptionEntry] = []
    for r in rows:
        if r.varenummer not in products:
            products[r.varenummer] = session.scalars(
                select(m.Product).where(
                    (m.Product.varenummer == r.varenummer) | (m.Product.gtin == r.varenummer)
                )
            ).first()
        product = products[r.varenummer]
        if product is None:
            problems.append(
                Problem(
                    "sheet_product_unknown",
                    {"row": r.row, "column": "Varenummer", "value": r.varenummer},
                )
            )
            continue
        candidates = list(
            session.scalars(
                select(m.Lot)
                .where(m.Lot.product_id == product.id, m.Lot.batch == r.batch)
                .order_by(m.Lot.thawed_on.is_not(None), m.Lot.use_by, m.Lot.id)
            )
        )
        if not candidates:
            problems.append(
                Problem(
                    "sheet_batch_unknown",
                    {"row": r.row, "column": "Batch", "value": r.batch, "product": product.name},
                )
            )
            continue
        lot = _lot_held_at(session, r.site_code, candidates)
        entries.append(
            ConsumptionEntry(
                site_code=r.site_code,
                day=r.day,
                lot_id=lot.id,
                doses=r.doses,
                target_group=r.target_group,
                row=r.row,
            )
        )
    return entries


def _lot_held_at(session: Session, site_code: str, candidates: list[m.Lot]) -> m.Lot:
    """The lot of that batch the site holds: the unthawed lot or a thawed part of it.

    ``candidates`` come unthawed first.  When the site holds several, the earliest use-by
    (the one being used first) is taken; when it holds none, the one it has held, else
    the unthawed lot (the balance check then reports the shortfall)."""
    site = session.scalars(select(m.Location).where(m.Location.code == site_code)).one_or_none()
    if site is None or len(candidates) == 1:
        return candidates[0]
    held = [lot for lot in candidates if ledger.on_hand(session, site.id, lot.id) > 0]
    if held:
        return min(held, key=lambda lot: (lot.use_by, lot.id))
    for lot in candidates:
        if has_history(session, site.id, lot.id):
            return lot
    return candidates[0]
