"""What a stocktake shows, read from the database as plain data: a page's view of one
count, the list of counts, and the two documents (``domain/stocktake_docs.py``).

The writes are in ``services/stocktake.py``, which also offers these by the same names.
What must hold: the figures here are the ones posting uses (:func:`line_figures`, the
moved-during doses by movement id, ``domain.stocktake``); a blind count that is still
open never shows the expected doses, what moved, or a difference unless the caller asks
for them as a reviewer (``reveal=True``); quantities are whole doses or units.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from pharmacy_app.db import models as m
from pharmacy_app.domain import stocktake as rules
from pharmacy_app.domain.catalog import UNIT_NAMES
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.stocktake_docs import (
    CountSheet,
    ReportLine,
    SheetLine,
    StocktakeReport,
)
from pharmacy_app.services.app import App
from pharmacy_app.services.reference.settings import get_setting

SETTING_APPROVAL_DOSES = "stocktake_approval_doses"
SETTING_APPROVAL_KRONER = "stocktake_approval_kroner"


@dataclass(frozen=True)
class LineView:
    """One lot of a count.  ``expected_doses``, ``moved_during_doses``,
    ``difference_doses`` and ``needs_approval`` are ``None`` while hidden (a blind count
    not revealed); the last three are ``None`` too while the line is not counted."""

    line_id: int
    lot_id: int
    product: str
    varenummer: str
    batch: str
    expiry: date
    use_by: date
    thawed_on: date | None
    storage: str  # frozen | fridge
    unit: str  # the product's form: vial, prefilled syringe, ...
    doses_per_unit: int
    recalled: bool
    unexpected: bool
    expected_doses: int | None
    moved_during_doses: int | None
    counted_units: int | None
    counted_doses: int | None
    difference_doses: int | None
    needs_approval: bool | None
    reason_code: str | None
    reason_text: str
    counted_by: str | None
    counted_at: datetime | None
    movement_id: int | None

    @property
    def counted(self) -> bool:
        return self.counted_units is not None


@dataclass(frozen=True)
class StocktakeHead:
    """A count as a whole: where, what it covers, and who did what when."""

    id: int
    location_code: str
    location_name: str
    programme_code: str | None
    varenummer: str | None
    storage: str | None  # frozen | fridge
    blind: bool
    cycle: bool  # a cycle count: exactly the lots chosen at its start
    status: str  # open | posted | cancelled
    started_at: datetime
    started_by: str
    posted_at: datetime | None
    posted_by: str | None
    approved_by: str | None
    cancelled_at: datetime | None
    cancelled_by: str | None


@dataclass(frozen=True)
class StocktakeView(StocktakeHead):
    #: True when the expected figures and differences are shown.
    revealed: bool
    thresholds: rules.Thresholds
    lines: tuple[LineView, ...]

    @property
    def uncounted(self) -> int:
        return sum(1 for line in self.lines if not line.counted)


@dataclass(frozen=True)
class StocktakeSummary(StocktakeHead):
    """A count as the list of counts shows it: how many lots, how many counted, and how
    many counted lots differ (``None`` while hidden: a blind count still open)."""

    lines: int
    counted: int
    differences: int | None = None


# --------------------------------------------------------------------------- reading


def load(session: Session, stocktake_id: int, *, lock: bool = False) -> m.Stocktake:
    """The stocktake (its row locked for the transaction with ``lock``), or a problem."""
    q = select(m.Stocktake).where(m.Stocktake.id == stocktake_id)
    if lock:
        q = q.with_for_update()
    st = session.scalars(q).one_or_none()
    if st is None:
        raise fail("stocktake_unknown", stocktake=stocktake_id)
    return st


def lines_of(session: Session, st: m.Stocktake) -> list[m.StocktakeLine]:
    return list(
        session.scalars(
            select(m.StocktakeLine)
            .where(m.StocktakeLine.stocktake_id == st.id)
            .options(selectinload(m.StocktakeLine.lot).selectinload(m.Lot.product))
            .order_by(m.StocktakeLine.id)
        )
    )


def thresholds(session: Session) -> rules.Thresholds:
    """The approval thresholds in the settings (the defaults until saved)."""
    doses = get_setting(session, SETTING_APPROVAL_DOSES)
    kroner = get_setting(session, SETTING_APPROVAL_KRONER)
    return rules.Thresholds(
        doses=int(doses) if doses else rules.DEFAULT_APPROVAL_DOSES,
        kroner=int(kroner) if kroner else rules.DEFAULT_APPROVAL_KRONER,
    )


def moves_since(session: Session, st: m.Stocktake) -> list[tuple[int, int, int]]:
    """(movement id, lot id, signed doses) of every movement in or out of the counted
    place since the count started (an id range of the ledger, in id order)."""
    loc = st.location_id
    rows = session.execute(
        select(
            m.Movement.id, m.Movement.lot_id, m.Movement.to_location_id, m.Movement.doses
        )
        .where(
            m.Movement.id > st.start_movement_id,
            or_(m.Movement.from_location_id == loc, m.Movement.to_location_id == loc),
        )
        .order_by(m.Movement.id)
    )
    return [(mid, lot, doses if to == loc else -doses) for mid, lot, to, doses in rows]


def moved_during(moves: Sequence[tuple[int, int, int]], line: m.StocktakeLine) -> int:
    """Net doses of the line's lot moved at the place after the start and, once it is
    counted, up to the count (those the shelf showed when it was counted)."""
    upto = line.count_movement_id
    return sum(
        d for mid, lot, d in moves if lot == line.lot_id and (upto is None or mid <= upto)
    )


def difference(moves: Sequence[tuple[int, int, int]], line: m.StocktakeLine) -> int | None:
    if line.counted_doses is None:
        return None
    return rules.difference(line.counted_doses, line.expected_doses, moved_during(moves, line))


def kept_frozen(product: m.Product) -> bool:
    return product.frozen_min_c is not None


def storage_of_lot(lot: m.Lot) -> str:
    return rules.storage_of(kept_frozen(lot.product), lot.thawed_on)


def product_kind(product: m.Product) -> rules.ProductKind:
    storages = {rules.FRIDGE, rules.FROZEN} if kept_frozen(product) else {rules.FRIDGE}
    return rules.ProductKind(product.id, product.programme_code, frozenset(storages))


def scope_of(st: m.Stocktake) -> rules.Scope:
    return rules.Scope(st.programme_code, st.product_id, st.storage)


def listed_lot(lot: m.Lot) -> rules.ListedLot:
    return rules.ListedLot(lot.id, product_kind(lot.product), storage_of_lot(lot))


def coverage_of(session: Session, st: m.Stocktake) -> rules.Coverage:
    """What ``st`` covers: its scope, or the lots a cycle count lists."""
    if not st.cycle:
        return scope_of(st)
    return frozenset(listed_lot(line.lot) for line in lines_of(session, st))


def _head(session: Session, st: m.Stocktake) -> dict[str, Any]:
    """The fields of :class:`StocktakeHead` for ``st``."""
    product = None if st.product_id is None else session.get_one(m.Product, st.product_id)
    return {
        "id": st.id,
        "location_code": st.location.code,
        "location_name": st.location.name,
        "programme_code": st.programme_code,
        "varenummer": product.varenummer if product is not None else None,
        "storage": st.storage,
        "blind": st.blind,
        "cycle": st.cycle,
        "status": st.status,
        "started_at": st.started_at,
        "started_by": st.started_by,
        "posted_at": st.posted_at,
        "posted_by": st.posted_by,
        "approved_by": st.approved_by,
        "cancelled_at": st.cancelled_at,
        "cancelled_by": st.cancelled_by,
    }


# --------------------------------------------------------------------------- a page's view


def view_in(session: Session, st: m.Stocktake, *, reveal: bool = False) -> StocktakeView:
    """The view of ``st`` inside the caller's transaction."""
    lines = lines_of(session, st)
    shown = reveal or not st.blind or st.status != rules.OPEN
    posted = st.status == rules.POSTED
    moves = [] if posted else moves_since(session, st)
    limits = thresholds(session)
    out = []
    for line in lines:
        lot, product = line.lot, line.lot.product
        if posted:
            moved, diff = _posted_figures(session, st, line)
        else:
            moved, diff = moved_during(moves, line), difference(moves, line)
        out.append(
            LineView(
                line_id=line.id,
                lot_id=lot.id,
                product=product.short_name or product.name,
                varenummer=product.varenummer,
                batch=lot.batch,
                expiry=lot.expiry,
                use_by=lot.use_by,
                thawed_on=lot.thawed_on,
                storage=storage_of_lot(lot),
                unit=product.form,
                doses_per_unit=product.doses_per_unit,
                recalled=lot.recalled_at is not None,
                unexpected=line.unexpected,
                expected_doses=line.expected_doses if shown else None,
                moved_during_doses=moved if shown else None,
                counted_units=line.counted_units,
                counted_doses=line.counted_doses,
                difference_doses=diff if shown else None,
                needs_approval=(
                    rules.needs_approval(diff, limits, None) if shown and diff is not None else None
                ),
                reason_code=line.reason_code,
                reason_text=line.reason_text,
                counted_by=line.counted_by,
                counted_at=line.counted_at,
                movement_id=line.movement_id,
            )
        )
    return StocktakeView(
        **_head(session, st),
        revealed=shown,
        thresholds=limits,
        lines=tuple(out),
    )


def _posted_figures(
    session: Session, st: m.Stocktake, line: m.StocktakeLine
) -> tuple[int, int | None]:
    """(moved during, difference) of a line of a posted count: the posted movement's
    doses, signed towards the counted place, are the difference (0 when none was
    needed), so a posted count reads no range of the ledger."""
    if line.counted_doses is None:
        return 0, None
    diff = 0
    if line.movement_id is not None:
        mv = session.get_one(m.Movement, line.movement_id)
        diff = mv.doses if mv.to_location_id == st.location_id else -mv.doses
    return line.counted_doses - line.expected_doses - diff, diff


def view(app: App, stocktake_id: int, *, reveal: bool = False) -> StocktakeView:
    """One count for a page.  A blind count still open hides what the ledger expects
    unless ``reveal`` (the reviewer's view, before approving or posting)."""
    with app.db.read() as s:
        return view_in(s, load(s, stocktake_id), reveal=reveal)


def list_stocktakes(app: App, *, status: str | None = None) -> list[StocktakeSummary]:
    """Every count (or those with ``status``), the newest first."""
    with app.db.read() as s:
        q = select(m.Stocktake).options(selectinload(m.Stocktake.location)).order_by(m.Stocktake.id.desc())
        if status is not None:
            q = q.where(m.Stocktake.status == status)
        counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        for sid, counted in s.execute(
            select(m.StocktakeLine.stocktake_id, m.StocktakeLine.counted_units)
        ):
            counts[sid][0] += 1
            counts[sid][1] += counted is not None
        return [
            StocktakeSummary(
                **_head(s, st),
                lines=counts[st.id][0],
                counted=counts[st.id][1],
                differences=_differences(s, st),
            )
            for st in s.scalars(q)
        ]


def _differences(session: Session, st: m.Stocktake) -> int | None:
    """How many lines differ: posted, those that moved stock; open and not blind, those
    counted with a difference now (open counts are few); else not shown."""
    if st.status == rules.POSTED:
        return session.scalar(
            select(func.count())
            .select_from(m.StocktakeLine)
            .where(m.StocktakeLine.stocktake_id == st.id, m.StocktakeLine.movement_id.is_not(None))
        )
    if st.status == rules.OPEN and not st.blind:
        return sum(1 for line in view_in(session, st).lines if line.difference_doses)
    return None


# --------------------------------------------------------------------------- documents

_SCOPE_WORDS = {
    "da": ("Hele lageret", "Program", "Produkt", "Opbevaring", {"frozen": "frost", "fridge": "køl"}),
    "en": ("Whole stock", "Programme", "Product", "Storage", {"frozen": "frozen", "fridge": "fridge"}),
}


def scope_text(session: Session, st: m.Stocktake, language: str) -> str:
    """What a count covers, in words: "Hele lageret", "Program: Covid-19, Opbevaring: køl"."""
    if st.cycle:
        n = len(st.lines)
        if language == "da":
            return f"Cyklisk optælling: {n} " + ("udvalgt parti" if n == 1 else "udvalgte partier")
        return f"Cycle count: {n} chosen " + ("lot" if n == 1 else "lots")
    whole, programme, product, storage, storages = _SCOPE_WORDS["da" if language == "da" else "en"]
    parts = []
    if st.programme_code is not None:
        prog = session.get_one(m.Programme, st.programme_code)
        parts.append(f"{programme}: {prog.name_da if language == 'da' else prog.name_en}")
    if st.product_id is not None:
        prod = session.get_one(m.Product, st.product_id)
        parts.append(f"{product}: {prod.short_name or prod.name} ({prod.varenummer})")
    if st.storage is not None:
        parts.append(f"{storage}: {storages.get(st.storage, st.storage)}")
    return ", ".join(parts) or whole


def _unit(form: str, language: str) -> str:
    english, danish = UNIT_NAMES.get(form, ("unit", "enheder"))
    return danish if language == "da" else english + "s"


def sheet(app: App, stocktake_id: int, language: str = "da") -> CountSheet:
    """The count sheet: every expected lot by storage place, with a box to write the
    count in; the expected units are left out on a blind count."""
    with app.db.read() as s:
        st = load(s, stocktake_id)
        lines = []
        for line in lines_of(s, st):
            lot, product = line.lot, line.lot.product
            frozen = storage_of_lot(lot) == rules.FROZEN
            per_unit = product.doses_per_unit
            lines.append(
                SheetLine(
                    storage_min_c=product.frozen_min_c if frozen else product.fridge_min_c,
                    storage_max_c=product.frozen_max_c if frozen else product.fridge_max_c,
                    product=product.short_name or product.name,
                    varenummer=product.varenummer,
                    batch=lot.batch,
                    expiry=lot.expiry,
                    thawed_on=lot.thawed_on,
                    unit=_unit(product.form, language),
                    doses_per_unit=per_unit,
                    # An opened vial is one on the shelf: whole units, rounded up.
                    expected_units=None if st.blind else -(-line.expected_doses // per_unit),
                )
            )
        lines.sort(
            key=lambda x: (
                x.storage_min_c if x.storage_min_c is not None else 99,
                x.product,
                x.batch,
                x.thawed_on or date.min,
            )
        )
        return CountSheet(
            stocktake_id=st.id,
            location_code=st.location.code,
            location_name=st.location.name,
            scope=scope_text(s, st, language),
            blind=st.blind,
            started_at=st.started_at,
            started_by=st.started_by,
            lines=tuple(lines),
            cycle=st.cycle,
        )


def report(app: App, stocktake_id: int, language: str = "da") -> StocktakeReport:
    """The stocktake report: expected, moved during, counted, difference and reason per
    lot, who counted and who approved.  It always shows the expected figures: it is the
    reviewer's and the archive's document, not the counter's."""
    with app.db.read() as s:
        st = load(s, stocktake_id)
        shown = view_in(s, st, reveal=True)
        lines = tuple(
            ReportLine(
                product=line.product,
                varenummer=line.varenummer,
                batch=line.batch,
                expiry=line.expiry,
                thawed_on=line.thawed_on,
                unit=_unit(line.unit, language),
                doses_per_unit=line.doses_per_unit,
                expected_doses=line.expected_doses or 0,
                moved_during_doses=line.moved_during_doses or 0,
                counted_doses=line.counted_doses,
                difference_doses=line.difference_doses,
                reason_code=line.reason_code if line.difference_doses else None,
                reason_text=line.reason_text if line.difference_doses else "",
                counted_by=line.counted_by,
                unexpected=line.unexpected,
            )
            for line in shown.lines
        )
        return StocktakeReport(
            stocktake_id=st.id,
            location_code=st.location.code,
            location_name=st.location.name,
            scope=scope_text(s, st, language),
            blind=st.blind,
            status=st.status,
            started_at=st.started_at,
            started_by=st.started_by,
            posted_at=st.posted_at,
            posted_by=st.posted_by,
            approved_by=st.approved_by,
            lines=lines,
        )
