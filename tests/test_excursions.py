"""Temperature excursions: recording holds every lot at the place's storage in place (it
cannot be given, sent, thawed or counted away), each decision's movements and balances,
the ledger check, and the SSI workbook's TEMPERATURSVIGT rows; SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
import sqlalchemy as sa

from pharmacy_app.db import models as m
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.domain.excursions import Decision
from pharmacy_app.domain.localtime import at_local
from pharmacy_app.reports import ssi_workbook
from pharmacy_app.services import excursion_views, excursions, queries, ssi_report, stock
from pharmacy_app.services.app import App
from pharmacy_app.services.distribution.picking import pharmacy_lots
from pharmacy_app.services.ledger_check import check_ledger
from pharmacy_app.services.receiving import thawing
from tests.helpers import balance, home_log, workstation
from tests.paperlog import Clock, PaperLog

LOG = """
2026-10-01 receive 123456 FL1 exp 2027-06-30 10 packs
2026-10-01 receive 412345 FX1 exp 2027-06-30 2 packs
2026-10-01 receive 123457 IV1 exp 2027-06-30 5 packs
2026-10-01 site VC-HER central "Vaccinationscenter Herlev"
2026-10-02 transfer FL1 RH-APO -> VC-HER 30
2026-10-02 transfer FX1 RH-APO -> VC-HER 60
2026-10-02 transfer IV1 RH-APO -> VC-HER 10
2026-10-20 give IV1 VC-HER 10
"""
# 2026-11-02 09:00 UTC; the excursion ran over midnight, Copenhagen time.
START = at_local(date(2026, 11, 1), time(22, 0))
END = at_local(date(2026, 11, 2), time(3, 0))


@pytest.fixture
def log(app: App, clock: Clock) -> PaperLog:
    return home_log(app, clock, LOG)


def _record(app: App, lowest: float = 3.0, highest: float = 12.0) -> excursions.Recorded:
    return excursions.record(app, location_code="VC-HER", start=START, end=END, lowest=lowest, highest=highest)


def _refused(code: str, call, *args, **kwargs) -> DomainError:
    with pytest.raises(DomainError) as err:
        call(*args, **kwargs)
    assert err.value.code == code, err.value.text("en")
    return err.value


def test_recording_holds_every_lot_there_during_it_until_decided(app: App, log: PaperLog) -> None:
    done = _record(app)
    # FL1 and FX1 are at the site; IV1 was used up before the excursion began.
    assert done.lots_held == 2
    detail = excursion_views.excursion(app, done.excursion_id)
    assert {(h.batch, h.doses_held, h.decided) for h in detail.lots} == {("FL1", 30, False), ("FX1", 60, False)}
    fl1, fx1 = log.lots["FL1"], log.lots["FX1"]

    err = _refused("excursion_held_stock", stock.administer, app, lot_id=fl1, site_code="VC-HER", doses=1)
    assert f"#{done.excursion_id}" in err.text("da") and "tilbageholdt" in err.text("da")
    _refused("excursion_held_stock", stock.transfer, app, lot_id=fl1, from_code="VC-HER", to_code="RH-APO", doses=5)
    _refused("excursion_held_stock", stock.discard, app, lot_id=fl1, location_code="VC-HER", doses=1,
             reason_code="ANDET", note="x")  # fmt: skip
    _refused("excursion_held_stock", thawing.thaw, app, lot_id=fx1, location_code="VC-HER", doses=6)
    assert balance(app, "VC-HER", fl1) == 30 and balance(app, "VC-HER", fx1) == 60
    # The same batch at the pharmacy is not held.
    stock.transfer(app, lot_id=fl1, from_code="RH-APO", to_code="VC-HER", doses=10)
    # The Stock page's rows say which are held, and by which excursion.
    rows = {(r.location_code, r.batch): r for r in queries.stock_rows(app)}
    assert rows[("VC-HER", "FL1")].excursion_hold == done.excursion_id and rows[("VC-HER", "FL1")].held
    assert rows[("RH-APO", "FL1")].excursion_hold is None and not rows[("RH-APO", "FL1")].held

    excursions.decide(app, excursion_id=done.excursion_id, lot_id=fl1, decision="released", reason="Logger fejlmåling")
    stock.administer(app, lot_id=fl1, site_code="VC-HER", doses=1)
    _refused("excursion_already_decided", excursions.decide, app, excursion_id=done.excursion_id, lot_id=fl1,
             decision="discarded")  # fmt: skip
    assert check_ledger(app, full=True).ok


def test_held_stock_at_the_pharmacy_is_not_offered_for_picking(app: App, log: PaperLog) -> None:
    done = excursions.record(app, location_code="RH-APO", start=START, end=END, lowest=4, highest=15,
                             storage_class="fridge")  # fmt: skip
    held = {h.batch for h in excursion_views.excursion(app, done.excursion_id).lots}
    assert "FL1" in held and "FX1" not in held  # FX1 is frozen, in the ultra-low freezer
    with app.db.read() as s:
        home = s.scalars(sa.select(m.Location).where(m.Location.code == "RH-APO")).one()
        product_ids = [p.id for p in s.scalars(sa.select(m.Product))]
        offered = {lot.batch for lot, _d in pharmacy_lots(s, home, product_ids, date(2026, 11, 3))}
    assert "FL1" not in offered and "FX1" in offered


def test_each_decision_moves_what_it_says(app: App, log: PaperLog, tmp_path: Path) -> None:
    done = _record(app, lowest=-1.5, highest=9)
    fl1, fx1 = log.lots["FL1"], log.lots["FX1"]
    views = {h.batch: h for h in excursion_views.excursion(app, done.excursion_id).lots}
    # Frozen at -1.5 °C: the fridge-only vaccine is to be discarded.
    assert views["FL1"].suggestion.decision is Decision.DISCARDED
    _refused("excursion_reason_required", excursions.decide, app, excursion_id=done.excursion_id, lot_id=fl1,
             decision="released")  # fmt: skip
    _refused("excursion_use_by_invalid", excursions.decide, app, excursion_id=done.excursion_id, lot_id=fx1,
             decision="shortened", use_by=date(2027, 7, 1))  # fmt: skip

    assert excursions.decide(app, excursion_id=done.excursion_id, lot_id=fl1, decision="discarded") == 1
    assert balance(app, "VC-HER", fl1) == 0 and balance(app, "RH-APO", fl1) == 70

    new_use_by = date(2026, 11, 20)
    assert excursions.decide(app, excursion_id=done.excursion_id, lot_id=fx1, decision="shortened",
                             use_by=new_use_by, reason="Kort udsving") == 2  # fmt: skip
    detail = {h.batch: h for h in excursion_views.excursion(app, done.excursion_id).lots}
    assert detail["FX1"].new_use_by == new_use_by and detail["FX1"].decided_by == "tester"
    with app.db.read() as s:
        row = s.scalars(sa.select(m.ExcursionLot).where(m.ExcursionLot.lot_id == fx1)).one()
        part = s.get_one(m.Lot, row.part_lot_id)
        assert (part.batch, part.use_by, part.parent_lot_id, part.expiry) == ("FX1", new_use_by, fx1, date(2027, 6, 30))
        assert json.loads(row.movement_ids) and s.get_one(m.Lot, fx1).use_by == date(2027, 6, 30)
        discard = s.scalars(sa.select(m.Movement).where(m.Movement.kind == "discard")).one()
        assert (discard.reason_code, discard.doses) == ("TEMPERATURSVIGT", 30)
        kinds = [a.kind for a in s.scalars(sa.select(m.Activity).order_by(m.Activity.id))]
        assert kinds.count("excursion") == 1 and kinds.count("excursion_decision") == 2
    assert balance(app, "VC-HER", fx1) == 0 and balance(app, "VC-HER", part.id) == 60
    assert balance(app, "RH-APO", fx1) == 60  # the same batch elsewhere keeps its use-by
    # The shortened part is used by its own use-by, first (FEFO sorts on it).
    rows = [r for r in queries.stock_rows(app) if r.location_code == "VC-HER"]
    assert [(r.batch, r.use_by, r.held) for r in rows] == [("FX1", new_use_by, False)]
    stock.administer(app, lot_id=part.id, site_code="VC-HER", doses=6)
    assert check_ledger(app, full=True).ok

    path = ssi_report.write(app, "2026-11", tmp_path)
    kassation = ssi_workbook.read(path)["Kassation"]
    assert [(r["Stedkode"], r["Batch"], r["Årsag"], r["Doser"]) for r in kassation] == [
        ("VC-HER", "FL1", "TEMPERATURSVIGT", 30)
    ]
    summary = {r["Varenummer"]: r for r in ssi_workbook.read(path)["Opsummering"]}
    assert summary["412345"]["Afstemt"] == "OK" and summary["123456"]["Afstemt"] == "OK"


def test_a_bad_record_is_refused_and_writes_nothing(app: App, log: PaperLog) -> None:
    _refused("excursion_not_outside", _record, app, 3, 7)
    _refused("excursion_temperatures_invalid", _record, app, 9, 5)
    _refused("excursion_period_invalid", excursions.record, app, location_code="VC-HER", start=END, end=START,
             lowest=1, highest=12)  # fmt: skip
    _refused("excursion_in_future", excursions.record, app, location_code="VC-HER", start=START,
             end=datetime(2026, 11, 3, tzinfo=UTC), lowest=1, highest=12)  # fmt: skip
    _refused("excursion_class_not_at_place", excursions.record, app, location_code="VC-HER", start=START,
             end=END, lowest=-50, highest=-10, storage_class="ultralow")  # fmt: skip
    _refused("location_unknown", excursions.record, app, location_code="NOPE", start=START, end=END,
             lowest=1, highest=12)  # fmt: skip
    assert excursion_views.excursions(app) == []


def test_stock_that_came_after_the_excursion_is_not_held(app: App, log: PaperLog, clock: Clock) -> None:
    log.run("""
        2026-11-01 site VC-HVI central "Vaccinationscenter Hvidovre"
        2026-11-01 transfer FL1 RH-APO -> VC-HVI 10
        2026-11-02 transfer IV1 RH-APO -> VC-HVI 10
    """)  # fmt: skip
    # 1 November 09:00 UTC is before the excursion (22:00–03:00); 2 November 09:00 after it.
    done = excursions.record(app, location_code="VC-HVI", start=START, end=END, lowest=3, highest=12)
    assert [h.batch for h in excursion_views.excursion(app, done.excursion_id).lots] == ["FL1"]
    stock.transfer(app, lot_id=log.lots["IV1"], from_code="VC-HVI", to_code="RH-APO", doses=10)


# --------------------------------------------------------------------------- workstations at once


def race_worker(url: str, name: str, job: str, lot_id: int, now: datetime, barrier, results) -> None:
    def act(app: App) -> tuple[str, object]:
        if job == "record":
            done = excursions.record(app, location_code="VC-HER", start=START, end=END, lowest=3, highest=12)
            return "recorded", done.excursion_id
        stock.administer(app, lot_id=lot_id, site_code="VC-HER", doses=1)
        return "given", 1

    workstation(url, name, now, barrier, results, act)


@pytest.mark.slow
def test_doses_given_while_an_excursion_is_recorded_are_given_before_the_hold_or_not_at_all(
    app: App, log: PaperLog, db_url: str, clock: Clock
) -> None:
    """One workstation records an excursion at the site while four give doses there:
    each dose is either given before the hold (and the hold holds what is left) or
    refused as held; none is taken once the hold is there."""
    from tests.helpers import at_once

    fl1 = log.lots["FL1"]
    calls = [(db_url, "rec", "record", fl1, clock.now)] + [(db_url, f"ws{i}", "give", fl1, clock.now) for i in range(4)]
    outcomes = at_once(race_worker, calls)
    assert all(kind in ("recorded", "given", "excursion_held_stock") for _n, kind, _x in outcomes), outcomes
    given = sum(1 for _n, kind, _x in outcomes if kind == "given")
    with app.db.read() as s:
        # The audit chain orders every write: no dose was given after the hold's entry.
        recorded = s.scalars(sa.select(m.Activity).where(m.Activity.kind == "excursion")).one()
        held = s.scalars(sa.select(m.ExcursionLot).where(m.ExcursionLot.lot_id == fl1)).one()
        after = s.scalars(
            sa.select(m.Movement).where(m.Movement.lot_id == fl1, m.Movement.kind == "administer",
                                        m.Movement.chain_seq > recorded.chain_seq)
        ).all()  # fmt: skip
    assert after == [] and held.doses_held == 30 - given == balance(app, "VC-HER", fl1)
    assert check_ledger(app, full=True).ok
