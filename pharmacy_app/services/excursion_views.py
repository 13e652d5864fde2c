"""Reading temperature excursions: the history (by place), one excursion with its logger
evidence and held lots, and what each held lot needs for a decision: the product's
stability rule and the suggested decision (``domain.excursions.suggest``).  Reads only;
plain frozen records for the window, the command line and the report.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain import cold_chain as cc
from pharmacy_app.domain.errors import DomainError, Problem, fail
from pharmacy_app.domain.excursions import (
    Decision,
    HeldStock,
    Reading,
    StabilityRule,
    Suggestion,
    Why,
    limits_of,
    suggest,
)
from pharmacy_app.domain.formats import date_text as fmt_date
from pharmacy_app.reports.excursion_report import (
    ExcursionReportData,
    ReportLot,
    write_excursion_report,
)
from pharmacy_app.services import ledger
from pharmacy_app.services.app import App
from pharmacy_app.services.documents import imprint
from pharmacy_app.services.reference import home_pharmacy, location_by_code
from pharmacy_app.services.stability import rule_for, rule_lines
from pharmacy_app.services.storage import product_storage


@dataclass(frozen=True)
class ExcursionRow:
    excursion_id: int
    location_code: str
    location_name: str
    storage_class: str
    start: datetime
    end: datetime
    lowest: float
    highest: float
    source: str  # manual | logger
    file_name: str
    recorded_at: datetime
    recorded_by: str
    note: str
    lots: int
    undecided: int

    @property
    def hours(self) -> float:
        return (self.end - self.start).total_seconds() / 3600


@dataclass(frozen=True)
class HeldLotRow:
    excursion_id: int
    lot_id: int
    product: str
    product_short: str
    varenummer: str
    batch: str
    expiry: date
    use_by: date
    thawed_on: date | None
    doses_held: int
    on_hand: int
    rule: StabilityRule
    rule_lines: tuple[Problem, ...]
    suggestion: Suggestion
    why: Problem
    decision: str
    reason: str
    new_use_by: date | None
    decided_at: datetime | None
    decided_by: str | None
    movement_ids: tuple[int, ...]

    @property
    def decided(self) -> bool:
        return self.decision != Decision.NONE.value


@dataclass(frozen=True)
class ExcursionDetail:
    row: ExcursionRow
    readings: tuple[Reading, ...]
    lots: tuple[HeldLotRow, ...]


def _counts(s: Session, ids: list[int]) -> dict[int, tuple[int, int]]:
    h = m.ExcursionLot
    found: dict[int, tuple[int, int]] = {}
    for i in range(0, len(ids), 500):
        for exc_id, total, undecided in s.execute(
            select(h.excursion_id, func.count(), func.sum(case((h.decision == "none", 1), else_=0)))
            .where(h.excursion_id.in_(ids[i : i + 500]))
            .group_by(h.excursion_id)
        ):
            found[exc_id] = (int(total), int(undecided or 0))
    return found


def _row(e: m.Excursion, counts: tuple[int, int]) -> ExcursionRow:
    return ExcursionRow(
        e.id, e.location.code, e.location.name, e.storage_class, e.started_at, e.ended_at,
        e.lowest_c, e.highest_c, e.source, e.file_name, e.recorded_at, e.recorded_by, e.note,
        counts[0], counts[1],
    )  # fmt: skip


def excursions(app: App, location_code: str | None = None) -> list[ExcursionRow]:
    """The excursions, newest first; at one place when ``location_code`` is given."""
    with app.db.read() as s:
        q = select(m.Excursion).order_by(m.Excursion.started_at.desc(), m.Excursion.id.desc())
        if location_code:
            q = q.where(m.Excursion.location_id == location_by_code(s, location_code.strip()).id)
        found = list(s.scalars(q))
        counts = _counts(s, [e.id for e in found])
        return [_row(e, counts.get(e.id, (0, 0))) for e in found]


def _why(why: Why, rule: StabilityRule, top: int, hours: float, highest: float) -> Problem:
    params: dict[str, object] = {
        Why.TOO_WARM: {"highest": highest, "warm_max": _n(rule.warm_max_c)},
        Why.WARM_TOO_LONG: {"top": top, "hours": hours, "allowed": _n(rule.warm_hours)},
        Why.WARM_PART: {"top": top, "hours": hours, "allowed": _n(rule.warm_hours)},
    }.get(why, {})
    return Problem(f"excursion_why_{why.value}", params)


def _n(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def _held(s: Session, e: m.Excursion, h: m.ExcursionLot) -> HeldLotRow:
    lot, product = h.lot, h.lot.product
    ps = product_storage(product)
    top = ps.fridge[1] if ps.fridge else 8
    rule = rule_for(product.varenummer)
    kept_frozen = (
        lot.thawed_on is None and ps.frozen is not None
        and e.storage_class in (cc.StorageClass.ULTRALOW, cc.StorageClass.FREEZER)
    )  # fmt: skip
    stock = HeldStock(kept_frozen, ps.frozen, ps.fridge, lot.use_by, lot.expiry, product.thawed_shelf_life_days)
    sug = suggest(rule, stock, e.started_at, e.ended_at, e.lowest_c, e.highest_c)
    hours = (e.ended_at - e.started_at).total_seconds() / 3600
    return HeldLotRow(
        e.id, lot.id, product.name, product.short_name or product.name, product.varenummer, lot.batch,
        lot.expiry, lot.use_by, lot.thawed_on, h.doses_held, ledger.on_hand(s, h.location_id, lot.id),
        rule, rule_lines(rule, top), sug, _why(sug.why, rule, top, hours, e.highest_c),
        h.decision, h.reason, h.new_use_by, h.decided_at, h.decided_by, tuple(json.loads(h.movement_ids or "[]")),
    )  # fmt: skip


def excursion(app: App, excursion_id: int) -> ExcursionDetail:
    """One excursion with its readings (the logger evidence) and its held lots."""
    with app.db.read() as s:
        e = s.get(m.Excursion, excursion_id)
        if e is None:
            raise fail("excursion_unknown", excursion=excursion_id)
        held = [_held(s, e, h) for h in e.lots]
        counts = (len(held), sum(1 for h in held if not h.decided))
        readings = tuple(
            Reading(datetime.fromisoformat(at), float(c)) for at, c in json.loads(e.readings or "[]")
        )
        return ExcursionDetail(_row(e, counts), readings, tuple(held))


def held_lot_id(app: App, excursion_id: int, varenummer: str, batch: str) -> int:
    """The lot of an excursion named by item number and batch, as on the command line."""
    detail = excursion(app, excursion_id)
    for lot in detail.lots:
        if lot.varenummer == varenummer.strip() and lot.batch == batch.strip():
            return lot.lot_id
    raise fail("excursion_lot_not_held", batch=batch, varenummer=varenummer, excursion=excursion_id)



# --------------------------------------------------------------------------- the report


def _suggestion_text(lot: HeldLotRow, language: str) -> str:
    names = {
        "da": {"released": "Frigiv", "shortened": "Forkort holdbarheden til {date}", "discarded": "Kassér"},
        "en": {"released": "Release", "shortened": "Shorten the use-by to {date}", "discarded": "Discard"},
    }[language]
    day = lot.suggestion.use_by
    head = names[lot.suggestion.decision.value].format(date=fmt_date(day, language) if day else "")
    return f"{head}: {lot.why.text(language)}"


def suggestion_text(lot: HeldLotRow, language: str = "da") -> str:
    """The suggested decision and why, in ``language``."""
    return _suggestion_text(lot, language)


def report_data(app: App, excursion_id: int, language: str = "da") -> ExcursionReportData:
    """What the excursion report shows, its texts in ``language``, stamped with who
    prints it and when."""
    detail = excursion(app, excursion_id)
    r = detail.row
    with app.db.read() as s:
        try:
            pharmacy: m.Location | None = home_pharmacy(s)
        except DomainError:  # no home pharmacy chosen yet: the report names none
            pharmacy = None
    return ExcursionReportData(
        excursion_id=r.excursion_id, location_code=r.location_code, location_name=r.location_name,
        storage_class=r.storage_class, start=r.start, end=r.end, lowest=r.lowest, highest=r.highest,
        limits=limits_of(cc.StorageClass(r.storage_class)), source=r.source, file_name=r.file_name,
        recorded_by=r.recorded_by, recorded_at=r.recorded_at, note=r.note,
        readings=tuple((x.at, x.celsius) for x in detail.readings),
        lots=tuple(
            ReportLot(
                h.product, h.varenummer, h.batch, h.use_by, h.doses_held,
                tuple(p.text(language) for p in h.rule_lines), _suggestion_text(h, language),
                h.decision, h.reason, h.new_use_by, h.decided_by, h.decided_at,
            )
            for h in detail.lots
        ),
        pharmacy_code=pharmacy.code if pharmacy else "", pharmacy_name=pharmacy.name if pharmacy else "",
        imprint=imprint(app),
    )  # fmt: skip


def report_pdf(app: App, excursion_id: int, language: str = "da") -> bytes:
    """The excursion report of ``excursion_id`` as a PDF (Danish or English)."""
    buffer = io.BytesIO()
    write_excursion_report(report_data(app, excursion_id, language), buffer, language=language)
    return buffer.getvalue()
