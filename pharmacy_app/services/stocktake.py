"""Stocktakes: counting the stock at one place and posting the differences, one
transaction per use case.

:func:`start` freezes, per lot with stock at the place (the pharmacy, its quarantine or
a site; whole or filtered by programme, product or storage), the doses the ledger
holds, and the highest movement id then; :func:`record_counts` enters whole units per
lot (adding a lot the ledger did not expect there); :func:`post` writes one STOCKTAKE
movement per line whose count differs, all in one ``ledger.post_many``; :func:`cancel`
drops an open count.  The reads (``view``, ``list_stocktakes``, ``sheet``, ``report``)
are in :mod:`.stocktake_views` and offered here by the same names.

What must hold (rules in ``domain.stocktake``):

* The difference of a line is ``counted - (expected + moved during)``: the movements of
  the lot at the place after the start and up to the count (by movement id: exact on
  both engines, see :func:`start`) are accounted for, later ones are not, so posting
  makes the ledger what the shelf showed plus what happened since.
* Nothing is posted while a line is uncounted, a difference lacks its reason, or a
  second person's approval is needed and missing, or given by the person posting or one
  who counted such a line; a loss larger than what the place holds now is refused.
* Two open counts at one place never cover the same lot; a virtual place is not counted.
  A cycle count covers exactly the lots listed at its start: no lot is added to it.
* A recalled lot is counted like any other: doses found go to the place they were
  found (the recall's bring-back list then shows them there), a loss comes off it.
* The movements carry the reason code and text in their note and ``Optælling <id>`` as
  reference; ``reason_code`` stays empty (it names discard reasons).  The monthly
  workbook counts them as ``Lagerregulering``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session, selectinload

from pharmacy_app.db import models as m
from pharmacy_app.domain import stocktake as rules
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.errors import DomainError, Problem, fail
from pharmacy_app.domain.limits import MAX_BALANCE_DOSES
from pharmacy_app.domain.roles import Role
from pharmacy_app.domain.stock_rules import refuse
from pharmacy_app.domain.types import MovementKind, VirtualLocation
from pharmacy_app.services import activity, ledger, watermark
from pharmacy_app.services.app import App
from pharmacy_app.services.permissions import requires
from pharmacy_app.services.reference.lookups import location_by_code, product_by_key, virtual
from pharmacy_app.services.reference.settings import put_setting
from pharmacy_app.services.stocktake_views import (
    SETTING_APPROVAL_DOSES,
    SETTING_APPROVAL_KRONER,
    LineView,
    StocktakeHead,
    StocktakeSummary,
    StocktakeView,
    coverage_of,
    difference,
    lines_of,
    list_stocktakes,
    listed_lot,
    load,
    moves_since,
    product_kind,
    report,
    scope_of,
    sheet,
    storage_of_lot,
    thresholds,
    view,
    view_in,
)

__all__ = [
    "CountEntry",
    "LineView",
    "StocktakeHead",
    "StocktakeSummary",
    "StocktakeView",
    "approval_thresholds",
    "cancel",
    "import_counts",
    "list_stocktakes",
    "post",
    "record_counts",
    "report",
    "save_approval_thresholds",
    "sheet",
    "start",
    "view",
]

# The count file's column names: a problem in an entry names the column it came from.
COL_VARENUMMER, COL_BATCH, COL_UNITS, COL_THAWED, COL_REASON = (
    "Varenummer", "Batch", "Optalt", "Optøet", "Årsag",
)  # fmt: skip


@dataclass(frozen=True)
class CountEntry:
    """Whole units counted of one lot, named as on the shelf: item number (or GTIN),
    batch and, for a thawed part, its thaw date.  ``units`` ``None`` keeps the count
    already entered and sets only the reason (a blind count's reasons, given after
    the reviewer has seen the differences).  ``row`` is the row of the file or of the
    page's table that problems name."""

    row: int
    varenummer: str
    batch: str
    units: int | None
    thawed_on: date | None = None
    reason_code: str | None = None
    reason_text: str = ""


# --------------------------------------------------------------------------- start


@requires(Role.STAFF)
@declares(Change.STOCKTAKE)
def start(
    app: App,
    location_code: str,
    *,
    programme: str | None = None,
    product: str | None = None,
    storage: str | None = None,
    blind: bool = False,
    lots: Sequence[int] | None = None,
) -> int:
    """Start a count at ``location_code``; its id.  Every lot with stock there in the
    scope gets a line with the doses the ledger holds now.  With ``lots`` (a cycle
    count, see ``services.cycle_counts``) exactly those lots get a line, a lot not held
    there expecting 0; no filter may be given with them."""
    now = app.now()
    with app.db.write() as s:
        if not app.db.is_sqlite:
            # Every movement committed, none half-way: the balances read below are then
            # exactly the ledger up to the highest id (see services.watermark).
            s.execute(text("LOCK TABLE movement IN SHARE MODE"))
        loc = location_by_code(s, location_code)
        if loc.is_virtual or not loc.holds_stock:
            raise fail("stocktake_place_not_counted", location=loc.name)
        # One start at a place at a time: a second waits here, then sees the first.
        s.scalars(select(m.Location.id).where(m.Location.id == loc.id).with_for_update()).one()
        scope = _scope(s, programme, product, storage)
        listed = None if lots is None else _listed(s, lots, scope)
        kinds = [product_kind(p) for p in s.scalars(select(m.Product))]
        coverage: rules.Coverage = scope if listed is None else frozenset(map(listed_lot, listed))
        for other in s.scalars(
            select(m.Stocktake).where(
                m.Stocktake.location_id == loc.id, m.Stocktake.status == rules.OPEN
            )
        ):
            if rules.counts_overlap(coverage, coverage_of(s, other), kinds):
                raise fail(
                    "stocktake_overlaps",
                    stocktake=other.id,
                    location=loc.name,
                    started_at=other.started_at,
                    by=other.started_by,
                )
        st = m.Stocktake(
            location_id=loc.id,
            programme_code=scope.programme_code,
            product_id=scope.product_id,
            storage=scope.storage,
            blind=blind,
            cycle=listed is not None,
            status=rules.OPEN,
            started_at=now,
            started_by=app.user,
            start_movement_id=watermark.newest(s),
        )
        s.add(st)
        s.flush()
        if listed is not None:
            _add_listed(s, st, listed)
            return st.id
        by_id = {k.id: k for k in kinds}
        held = s.execute(
            select(m.Lot, m.StockBalance.doses)
            .join(m.StockBalance, m.StockBalance.lot_id == m.Lot.id)
            .where(m.StockBalance.location_id == loc.id, m.StockBalance.doses > 0)
            .options(selectinload(m.Lot.product))
            .order_by(m.Lot.id)
        )
        for lot, doses in held:
            if scope.covers(by_id[lot.product_id], storage_of_lot(lot)):
                s.add(m.StocktakeLine(
                    stocktake_id=st.id, lot_id=lot.id, expected_doses=doses, reason_text="",
                    unexpected=False,
                ))  # fmt: skip
        return st.id


def _listed(session: Session, lot_ids: Sequence[int], scope: rules.Scope) -> list[m.Lot]:
    """The lots a cycle count lists (each once, in the order given), or a problem."""
    if not scope.whole:
        raise fail("stocktake_lots_and_filter")
    wanted = list(dict.fromkeys(lot_ids))
    if not wanted:
        raise fail("stocktake_no_lots")
    found = {
        lot.id: lot
        for lot in session.scalars(
            select(m.Lot).where(m.Lot.id.in_(wanted)).options(selectinload(m.Lot.product))
        )
    }
    missing = [str(i) for i in wanted if i not in found]
    if missing:
        raise fail("stocktake_lot_id_unknown", lots=", ".join(missing))
    return [found[i] for i in wanted]


def _add_listed(session: Session, st: m.Stocktake, listed: list[m.Lot]) -> None:
    """A line per listed lot expecting what the place holds of it now (0 if nothing)."""
    rows = session.execute(
        select(m.StockBalance.lot_id, m.StockBalance.doses).where(
            m.StockBalance.location_id == st.location_id,
            m.StockBalance.lot_id.in_([lot.id for lot in listed]),
        )
    )
    held = {lot_id: doses for lot_id, doses in rows}
    for lot in listed:
        session.add(m.StocktakeLine(
            stocktake_id=st.id, lot_id=lot.id, expected_doses=held.get(lot.id, 0),
            reason_text="", unexpected=False,
        ))  # fmt: skip


def _scope(
    session: Session, programme: str | None, product: str | None, storage: str | None
) -> rules.Scope:
    if programme is not None and session.get(m.Programme, programme) is None:
        raise fail("stocktake_programme_unknown", programme=programme)
    if storage is not None and storage not in rules.STORAGES:
        raise fail("stocktake_storage_unknown", storage=storage)
    product_id = product_by_key(session, product).id if product is not None else None
    return rules.Scope(programme, product_id, storage)


# --------------------------------------------------------------------------- counting


@requires(Role.STAFF)
@declares(Change.STOCKTAKE)
def record_counts(
    app: App, stocktake_id: int, entries: Sequence[CountEntry], *, adding: bool = False
) -> StocktakeView:
    """Enter the units counted of each lot in ``entries`` (all of them or, with every
    problem named by row and column, none); a lot not expected there is added as found.
    A count entered again replaces the one before, or with ``adding`` (a scanned pack)
    is added to it, under the count's lock so no scan is lost.  The view as the counter
    sees it."""
    now = app.now()
    with app.db.write() as s:
        st = load(s, stocktake_id, lock=True)
        if st.status != rules.OPEN:
            raise fail("stocktake_not_open", stocktake=st.id)
        if not entries:
            raise fail("stocktake_nothing_counted", stocktake=st.id)
        lines = {line.lot_id: line for line in lines_of(s, st)}
        resolved = _resolve(s, st, lines, entries)
        upto = watermark.newest(s)
        for entry, lot in resolved:
            line = lines.get(lot.id)
            if line is None:
                line = m.StocktakeLine(
                    stocktake_id=st.id, lot_id=lot.id, expected_doses=0, reason_text="",
                    unexpected=True,
                )  # fmt: skip
                s.add(line)
                lines[lot.id] = line
            if entry.units is not None:
                units = entry.units + (line.counted_units or 0 if adding else 0)
                line.counted_units = units
                line.counted_doses = units * lot.product.doses_per_unit
                line.counted_by = app.user
                line.counted_at = now
                line.count_movement_id = upto
            if entry.reason_code is not None:
                line.reason_code = entry.reason_code
                line.reason_text = entry.reason_text.strip()
        s.flush()
        return view_in(s, st)


def _resolve(
    session: Session,
    st: m.Stocktake,
    lines: dict[int, m.StocktakeLine],
    entries: Sequence[CountEntry],
) -> list[tuple[CountEntry, m.Lot]]:
    """Each entry's lot, or every problem found (raised together)."""
    problems: list[Problem] = []
    resolved: list[tuple[CountEntry, m.Lot]] = []
    first_row: dict[int, int] = {}
    scope = scope_of(st)
    for entry in entries:
        found = len(problems)
        problems += rules.reason_problems(
            entry.reason_code, entry.reason_text, row=entry.row, column=COL_REASON
        )
        lot = _lot(session, st, lines, entry, problems)
        if lot is None:
            continue
        product = lot.product
        if entry.units is not None and entry.units < 0:
            problems.append(Problem(
                "count_units_negative", {"row": entry.row, "column": COL_UNITS, "value": str(entry.units)}
            ))  # fmt: skip
        elif entry.units is not None and entry.units * product.doses_per_unit > MAX_BALANCE_DOSES:
            problems.append(Problem(
                "sheet_quantity_too_large",
                {"row": entry.row, "column": COL_UNITS, "value": entry.units,
                 "max": MAX_BALANCE_DOSES // product.doses_per_unit},
            ))  # fmt: skip
        elif entry.units is None and (lot.id not in lines or lines[lot.id].counted_units is None):
            problems.append(Problem("sheet_value_required", {"row": entry.row, "column": COL_UNITS}))
        if lot.id in first_row:
            problems.append(Problem(
                "count_row_twice",
                {"row": entry.row, "first_row": first_row[lot.id], "product": product.name,
                 "batch": lot.batch},
            ))  # fmt: skip
        first_row.setdefault(lot.id, entry.row)
        if lot.id not in lines and st.cycle:
            problems.append(Problem(
                "count_lot_not_listed",
                {"row": entry.row, "product": product.name, "batch": lot.batch, "stocktake": st.id},
            ))  # fmt: skip
        elif lot.id not in lines and not scope.covers(product_kind(product), storage_of_lot(lot)):
            problems.append(Problem(
                "count_lot_out_of_scope",
                {"row": entry.row, "product": product.name, "batch": lot.batch, "stocktake": st.id},
            ))  # fmt: skip
        if len(problems) == found:
            resolved.append((entry, lot))
    if problems:
        raise DomainError(problems)
    return resolved


def _lot(
    session: Session,
    st: m.Stocktake,
    lines: dict[int, m.StocktakeLine],
    entry: CountEntry,
    problems: list[Problem],
) -> m.Lot | None:
    """The lot an entry names, or ``None`` with its problem added.  Without a thaw date
    it is the unthawed lot when the count has it or no part of the batch, else the one
    part of the batch the count has; several parts need the thaw date."""
    product = session.scalars(
        select(m.Product).where(
            (m.Product.varenummer == entry.varenummer) | (m.Product.gtin == entry.varenummer)
        )
    ).first()
    if product is None:
        problems.append(Problem(
            "sheet_product_unknown", {"row": entry.row, "column": COL_VARENUMMER, "value": entry.varenummer}
        ))  # fmt: skip
        return None
    batch = entry.batch.strip()
    parts = list(
        session.scalars(
            select(m.Lot).where(m.Lot.product_id == product.id, m.Lot.batch == batch).order_by(m.Lot.id)
        )
    )
    if not parts:
        problems.append(Problem(
            "sheet_batch_unknown",
            {"row": entry.row, "column": COL_BATCH, "value": batch, "product": product.name},
        ))  # fmt: skip
        return None
    if entry.thawed_on is not None:
        exact = [lot for lot in parts if lot.thawed_on == entry.thawed_on]
        if not exact:
            problems.append(Problem(
                "count_lot_unknown",
                {"row": entry.row, "column": COL_THAWED, "batch": batch, "product": product.name,
                 "thawed_on": entry.thawed_on},
            ))  # fmt: skip
            return None
        return exact[0]
    unthawed = next((lot for lot in parts if lot.thawed_on is None), None)
    counted = [lot for lot in parts if lot.id in lines]
    if unthawed is not None and (unthawed.id in lines or not counted):
        return unthawed
    if len(counted) == 1:
        return counted[0]
    if not counted and len(parts) == 1:
        return parts[0]
    problems.append(Problem(
        "count_lot_ambiguous",
        {"row": entry.row, "batch": batch, "product": product.name, "location": st.location.name},
    ))  # fmt: skip
    return None


# --------------------------------------------------------------------------- posting


@requires(Role.COORDINATOR)
@declares(Change.STOCK | Change.STOCKTAKE)
def post(app: App, stocktake_id: int, *, approved_by: str | None = None) -> StocktakeView:
    """Post the differences: one STOCKTAKE movement per line whose count differs
    (STOCKTAKE -> the place for more found, the place -> STOCKTAKE for less), in one
    transaction; ``approved_by`` is the second person who approves differences above
    the thresholds.  The posted count's view."""
    now = app.now()
    approver = (approved_by or "").strip() or None
    with app.db.write() as s:
        st = load(s, stocktake_id, lock=True)
        if st.status != rules.OPEN:
            raise fail("stocktake_not_open", stocktake=st.id)
        lines = lines_of(s, st)
        uncounted = [line for line in lines if line.counted_doses is None]
        if uncounted:
            named = ", ".join(f"{ln.lot.product.varenummer} {ln.lot.batch}" for ln in uncounted[:5])
            raise fail(
                "stocktake_not_counted",
                stocktake=st.id,
                count=len(uncounted),
                lots=named + (", …" if len(uncounted) > 5 else ""),
            )
        moves = moves_since(s, st)
        diffs = {line.id: difference(moves, line) or 0 for line in lines}
        figures = [
            rules.LineFigures(
                product=line.lot.product.name,
                batch=line.lot.batch,
                diff_doses=diffs[line.id],
                reason_code=line.reason_code,
                reason_text=line.reason_text,
                counted_by=line.counted_by or "",
                ore_per_dose=None,  # the catalogue has no prices: the doses threshold alone
            )
            for line in lines
        ]
        problems = rules.posting_problems(
            figures, thresholds(s), poster=app.user, approved_by=approver
        )
        problems += _losses_held(s, st, lines, diffs)
        refuse(problems)
        adjust = virtual(s, VirtualLocation.STOCKTAKE)
        place = st.location
        moving = [line for line in lines if diffs[line.id] != 0]
        postings = [
            ledger.Posting(
                kind=MovementKind.STOCKTAKE,
                lot=line.lot,
                source=adjust if diffs[line.id] > 0 else place,
                destination=place if diffs[line.id] > 0 else adjust,
                doses=abs(diffs[line.id]),
                reference=f"Optælling {st.id}",
                note=_note(line),
            )
            for line in moving
        ]
        ids = ledger.post_many(s, postings, user=app.user, now=now)
        for line, movement_id in zip(moving, ids, strict=True):
            line.movement_id = movement_id
        st.status = rules.POSTED
        st.posted_at = now
        st.posted_by = app.user
        st.approved_by = approver
        s.flush()
        posted = {"location": place.code, "lines": len(lines), "movements": ids}
        activity.record(s, app, activity.Kind.STOCKTAKE_POSTING, f"{st.id}", None, posted, now=now)
        if approver is not None:
            approved = {"approved_by": approver, "posted_by": app.user}
            activity.record(s, app, activity.Kind.STOCKTAKE_APPROVAL, f"{st.id}", None, approved, now=now)
        return view_in(s, st)


def _note(line: m.StocktakeLine) -> str:
    code = line.reason_code or ""
    return f"{code}: {line.reason_text}" if line.reason_text else code


def _losses_held(
    session: Session, st: m.Stocktake, lines: list[m.StocktakeLine], diffs: dict[int, int]
) -> list[Problem]:
    """A loss larger than what the place holds now (doses moved out since the count):
    the count no longer describes the shelf."""
    problems = []
    for line in lines:
        loss = -diffs[line.id]
        if loss <= 0:
            continue
        held = ledger.on_hand(session, st.location_id, line.lot_id)
        if loss > held:
            problems.append(Problem(
                "stocktake_loss_exceeds_stock",
                {"product": line.lot.product.name, "batch": line.lot.batch, "loss": loss,
                 "location": st.location.name, "on_hand": held},
            ))  # fmt: skip
    return problems


@requires(Role.STAFF)
@declares(Change.STOCKTAKE)
def cancel(app: App, stocktake_id: int) -> StocktakeView:
    """Drop an open count: nothing is posted, its lines stay for the record."""
    now = app.now()
    with app.db.write() as s:
        st = load(s, stocktake_id, lock=True)
        if st.status != rules.OPEN:
            raise fail("stocktake_not_open", stocktake=st.id)
        st.status = rules.CANCELLED
        st.cancelled_at = now
        st.cancelled_by = app.user
        s.flush()
        return view_in(s, st)


# --------------------------------------------------------------------------- settings


def approval_thresholds(app: App) -> rules.Thresholds:
    with app.db.read() as s:
        return thresholds(s)


@requires(Role.ADMINISTRATOR)
@declares(Change.SETTINGS)
def save_approval_thresholds(app: App, limits: rules.Thresholds) -> rules.Thresholds:
    """Store the doses and kroner above which a line needs a second person's approval."""
    refuse(rules.threshold_problems(limits.doses, limits.kroner))
    with app.db.write() as s:
        for key, value in ((SETTING_APPROVAL_DOSES, limits.doses), (SETTING_APPROVAL_KRONER, limits.kroner)):
            put_setting(s, key, str(value), app)
    return limits



# --------------------------------------------------------------------------- count file


@requires(Role.STAFF)
@declares(Change.STOCKTAKE)
def import_counts(app: App, stocktake_id: int, path: str | Path) -> StocktakeView:
    """Enter the counts of a count file (``importers.stocktake_count``): every row, or
    the file refused whole with every problem named by row and column."""
    from pharmacy_app.importers import stocktake_count

    parsed = stocktake_count.parse(path)
    if parsed.problems:
        raise DomainError(parsed.problems)
    entries = [
        CountEntry(
            row=r.row,
            varenummer=r.varenummer,
            batch=r.batch,
            units=r.units,
            thawed_on=r.thawed_on,
            reason_code=r.reason_code,
            reason_text=r.reason_text,
        )
        for r in parsed.rows
    ]
    return record_counts(app, stocktake_id, entries)
