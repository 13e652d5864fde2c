"""Stocktakes (``services.stocktake``) on SQLite and PostgreSQL: counting with movements
during the count, blind counts, lots found that the ledger did not expect, approval above
the threshold, every refusal writing nothing, the monthly workbook's Lagerregulering
against a hand count, and the ledger check after posting."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pharmacy_app.domain.errors import DomainError
from pharmacy_app.domain.stocktake import Thresholds
from pharmacy_app.reports import ssi_workbook
from pharmacy_app.services import queries, recall, receiving, ssi_report, stock, stocktake
from pharmacy_app.services.app import App, open_app
from pharmacy_app.services.stocktake import CountEntry
from tests.helpers import at_once, balance, set_home, table_digest, workstation
from tests.paperlog import Clock, PaperLog
from tests.test_ledger import assert_refused

# Comirnaty multi-dose 412345: 6 doses a vial.  Vaxigrip 123456: 1 dose a syringe.
LOG = """
2026-11-02 receive 412345 FX1234 exp 2027-03-31 2 packs ref FS-1   // 120 doses
2026-11-02 receive 123456 FL2026A exp 2027-02-28 3 packs ref FS-2  // 30 doses
2026-11-02 site VC-HER central "Vaccinationscenter Herlev"
2026-11-03 transfer FX1234 RH-APO -> VC-HER 60
"""
# After the log: RH-APO holds FX1234 60 and FL2026A 30; VC-HER holds FX1234 60.


def at(day: int, hh: int, mm: int = 0) -> datetime:
    return datetime(2026, 11, day, hh, mm, tzinfo=UTC)


@pytest.fixture
def log(app: App, clock: Clock) -> PaperLog:
    paper = PaperLog(app, clock)
    paper.run(LOG)
    set_home(app)
    clock.set(at(4, 8))
    return paper


@pytest.fixture
def bo(db_url: str, app: App, clock: Clock) -> Iterator[App]:
    """A second workstation, where Bo counts."""
    other = open_app(db_url, user="bo", clock=clock)
    yield other
    other.close()


def entry(row: int, varenummer: str, batch: str, units: int | None, reason: str | None = None,
          text: str = "", thawed_on=None) -> CountEntry:  # fmt: skip
    return CountEntry(row, varenummer, batch, units, thawed_on, reason, text)


def refused(app: App, code: str, action: Callable[[], object]) -> DomainError:
    """``action`` is refused with ``code``, in both languages, and writes nothing at all."""
    assert queries.check_ledger(app, full=True).ok  # its checkpoint row before the digest
    before = table_digest(app)
    error = assert_refused(app, code, action)
    assert table_digest(app) == before, "a refused stocktake action wrote something"
    return error


def line(view: stocktake.StocktakeView, batch: str) -> stocktake.LineView:
    return next(x for x in view.lines if x.batch == batch)


# --------------------------------------------------------------------------- counting


def test_movements_during_the_count_are_accounted_for(
    app: App, log: PaperLog, clock: Clock
) -> None:
    fx, fl = log.lots["FX1234"], log.lots["FL2026A"]
    sid = stocktake.start(app, "RH-APO")
    started = stocktake.view(app, sid)
    assert {(x.batch, x.expected_doses, x.unexpected) for x in started.lines} == {
        ("FX1234", 60, False), ("FL2026A", 30, False),
    }  # fmt: skip
    # While the shelves are counted: 12 doses go out, a pack of 10 syringes comes in.
    clock.set(at(4, 9))
    stock.transfer(app, lot_id=fx, from_code="RH-APO", to_code="VC-HER", doses=12)
    stock.receive(app, product="123456", batch="FL2026A", expiry=datetime(2027, 2, 28).date(), packs=1)
    clock.set(at(4, 10))
    counted = stocktake.record_counts(app, sid, [
        entry(1, "412345", "FX1234", 7, "BRUD_FUNDET"),   # 42 doses where the ledger has 48
        entry(2, "123456", "FL2026A", 41, "TAELLEFEJL"),  # 41 where it has 40
    ])  # fmt: skip
    assert (line(counted, "FX1234").moved_during_doses, line(counted, "FX1234").difference_doses) == (-12, -6)
    assert (line(counted, "FL2026A").moved_during_doses, line(counted, "FL2026A").difference_doses) == (10, 1)
    # After the count, before posting: 6 more doses go out; the shelf showed them
    # already, so the adjustment stays what the count found.
    clock.set(at(4, 11))
    stock.transfer(app, lot_id=fx, from_code="RH-APO", to_code="VC-HER", doses=6)
    clock.set(at(4, 12))
    posted = stocktake.post(app, sid)
    assert posted.status == "posted" and posted.posted_by == "tester"
    assert balance(app, "RH-APO", fx) == 42 - 6
    assert balance(app, "RH-APO", fl) == 41
    history = {h.movement_id: h for h in queries.lot_history(app, fx).history}
    moved = history[line(posted, "FX1234").movement_id]
    assert (moved.kind, moved.from_code, moved.to_code, moved.doses) == (
        "stocktake", "RH-APO", "STOCKTAKE", 6,
    )  # fmt: skip
    assert moved.note == "BRUD_FUNDET" and moved.reference == f"Optælling {sid}"
    found = {h.movement_id: h for h in queries.lot_history(app, fl).history}[
        line(posted, "FL2026A").movement_id
    ]
    assert (found.from_code, found.to_code, found.doses) == ("STOCKTAKE", "RH-APO", 1)
    assert queries.check_ledger(app, full=True).ok
    # The posted view and the report keep the figures.
    assert line(posted, "FX1234").difference_doses == -6
    assert line(posted, "FX1234").moved_during_doses == -12
    report = stocktake.report(app, sid)
    fx_line = next(x for x in report.lines if x.batch == "FX1234")
    assert (fx_line.expected_doses, fx_line.moved_during_doses, fx_line.counted_doses) == (60, -12, 42)
    assert (fx_line.difference_doses, fx_line.reason_code, fx_line.counted_by) == (-6, "BRUD_FUNDET", "tester")


def test_a_line_without_a_difference_posts_no_movement(app: App, log: PaperLog) -> None:
    sid = stocktake.start(app, "RH-APO", programme="influenza")
    stocktake.record_counts(app, sid, [entry(1, "123456", "FL2026A", 30)])
    before = queries.check_ledger(app, full=True).movements
    posted = stocktake.post(app, sid)
    assert [x.movement_id for x in posted.lines] == [None]
    assert queries.check_ledger(app, full=True).movements == before


def test_a_blind_count_hides_the_expected_figures_until_revealed_or_posted(
    app: App, log: PaperLog
) -> None:
    sid = stocktake.start(app, "VC-HER", blind=True)
    counter = stocktake.view(app, sid)
    assert counter.blind and not counter.revealed
    [fx] = counter.lines
    assert (fx.expected_doses, fx.moved_during_doses, fx.difference_doses) == (None, None, None)
    assert stocktake.sheet(app, sid).lines[0].expected_units is None
    counted = stocktake.record_counts(app, sid, [entry(1, "412345", "FX1234", 9)])
    assert line(counted, "FX1234").difference_doses is None, "the counter still sees no difference"
    assert line(counted, "FX1234").counted_doses == 54
    reviewer = stocktake.view(app, sid, reveal=True)
    assert reviewer.revealed and line(reviewer, "FX1234").expected_doses == 60
    assert line(reviewer, "FX1234").difference_doses == -6
    # The reviewer gives the reason once the difference is seen; the count stays.
    stocktake.record_counts(app, sid, [entry(1, "412345", "FX1234", None, "SVIND")])
    posted = stocktake.post(app, sid)
    assert posted.revealed and line(posted, "FX1234").expected_doses == 60
    assert line(posted, "FX1234").counted_units == 9
    assert balance(app, "VC-HER", log.lots["FX1234"]) == 54


def test_a_lot_found_that_the_ledger_did_not_expect_there_is_added(
    app: App, log: PaperLog
) -> None:
    fl = log.lots["FL2026A"]
    sid = stocktake.start(app, "VC-HER")
    counted = stocktake.record_counts(app, sid, [
        entry(1, "412345", "FX1234", 10),
        entry(2, "123456", "FL2026A", 2, "ANDET", "fundet bag køleskabet"),
    ])  # fmt: skip
    found = line(counted, "FL2026A")
    assert found.unexpected and found.expected_doses == 0 and found.difference_doses == 2
    stocktake.post(app, sid)
    assert balance(app, "VC-HER", fl) == 2
    assert balance(app, "RH-APO", fl) == 30  # nothing taken from the pharmacy
    assert queries.check_ledger(app, full=True).ok


def test_a_recalled_lot_found_goes_to_the_place_it_was_found(app: App, log: PaperLog) -> None:
    fl = log.lots["FL2026A"]
    recall.recall_lot(app, fl, "SSI tilbagekalder partiet")
    sid = stocktake.start(app, "VC-HER")
    stocktake.record_counts(app, sid, [
        entry(1, "412345", "FX1234", 10), entry(2, "123456", "FL2026A", 3, "TAELLEFEJL"),
    ])  # fmt: skip
    stocktake.post(app, sid)
    assert balance(app, "VC-HER", fl) == 3
    holders = {h.location_code: h.doses for h in recall.holders(app, fl)}
    assert holders["VC-HER"] == 3, "the bring-back list now names the site"


def test_a_thawed_part_is_counted_by_its_thaw_date(app: App, log: PaperLog, clock: Clock) -> None:
    thawed = receiving.thaw(app, lot_id=log.lots["FX1234"], location_code="RH-APO", doses=30)
    sid = stocktake.start(app, "RH-APO", storage="fridge", programme="covid-19")
    view = stocktake.view(app, sid)
    assert [(x.batch, x.thawed_on, x.expected_doses) for x in view.lines] == [
        ("FX1234", clock().date(), 30)
    ]
    # Without a thaw date, the one part of the batch the count has is meant; a thaw
    # date that names no part of the batch is refused, naming the row and column.
    err = refused(app, "count_lot_unknown", lambda: stocktake.record_counts(
        app, sid, [entry(3, "412345", "FX1234", 5, thawed_on=datetime(2026, 10, 1).date())]
    ))  # fmt: skip
    assert (err.problems[0].params["row"], err.problems[0].params["column"]) == (3, "Optøet")
    counted = stocktake.record_counts(app, sid, [entry(1, "412345", "FX1234", 5)])
    assert counted.lines[0].lot_id == thawed.lot_id and counted.lines[0].counted_doses == 30
    counted = stocktake.record_counts(
        app, sid, [entry(1, "412345", "FX1234", 4, "TAELLEFEJL", thawed_on=clock().date())]
    )
    assert counted.lines[0].difference_doses == -6


# --------------------------------------------------------------------------- approval


def test_a_difference_above_the_threshold_needs_a_second_person(
    app: App, log: PaperLog, bo: App
) -> None:
    stocktake.save_approval_thresholds(app, Thresholds(doses=10, kroner=5000))
    assert stocktake.approval_thresholds(app) == Thresholds(10, 5000)
    sid = stocktake.start(app, "RH-APO", programme="covid-19")
    shown = stocktake.record_counts(bo, sid, [entry(1, "412345", "FX1234", 5, "SVIND")])
    assert line(shown, "FX1234").needs_approval is True  # 30 doses short
    err = refused(app, "stocktake_approval_required", lambda: stocktake.post(app, sid))
    assert err.problems[0].params["threshold"] == 10
    err = refused(app, "stocktake_approver_is_poster",
                  lambda: stocktake.post(app, sid, approved_by=" Tester "))  # fmt: skip
    err = refused(app, "stocktake_approver_is_counter",
                  lambda: stocktake.post(app, sid, approved_by="bo"))  # fmt: skip
    assert "bo" in err.text("da") and "bo" in err.text("en")
    posted = stocktake.post(app, sid, approved_by="carl")
    assert (posted.status, posted.posted_by, posted.approved_by) == ("posted", "tester", "carl")
    assert balance(app, "RH-APO", log.lots["FX1234"]) == 30
    assert stocktake.report(app, sid).approved_by == "carl"


def test_a_difference_within_the_threshold_needs_no_approval(app: App, log: PaperLog) -> None:
    sid = stocktake.start(app, "RH-APO", programme="covid-19")  # default: 50 doses
    stocktake.record_counts(app, sid, [entry(1, "412345", "FX1234", 9, "TAELLEFEJL")])
    assert stocktake.post(app, sid).approved_by is None


def test_thresholds_below_zero_are_refused(app: App, log: PaperLog) -> None:
    refused(app, "stocktake_threshold_invalid",
            lambda: stocktake.save_approval_thresholds(app, Thresholds(-1, 10)))  # fmt: skip


# --------------------------------------------------------------------------- refusals


def test_every_refusal_writes_nothing(app: App, log: PaperLog, clock: Clock) -> None:
    refused(app, "stocktake_place_not_counted", lambda: stocktake.start(app, "STOCKTAKE"))
    refused(app, "location_unknown", lambda: stocktake.start(app, "NOWHERE"))
    refused(app, "stocktake_programme_unknown", lambda: stocktake.start(app, "RH-APO", programme="x"))
    refused(app, "stocktake_storage_unknown", lambda: stocktake.start(app, "RH-APO", storage="warm"))
    refused(app, "product_unknown", lambda: stocktake.start(app, "RH-APO", product="999999"))
    sid = stocktake.start(app, "RH-APO", programme="influenza")
    err = refused(app, "stocktake_overlaps", lambda: stocktake.start(app, "RH-APO"))
    assert err.problems[0].params["stocktake"] == sid
    refused(app, "stocktake_overlaps", lambda: stocktake.start(app, "RH-APO", product="123456"))
    other = stocktake.start(app, "RH-APO", programme="covid-19")  # another scope: no overlap
    stocktake.start(app, "VC-HER")  # another place
    refused(app, "stocktake_unknown", lambda: stocktake.view(app, 98765))
    refused(app, "stocktake_nothing_counted", lambda: stocktake.record_counts(app, sid, []))

    # A bad entry refuses every entry, naming each row and column.
    err = refused(app, "sheet_product_unknown", lambda: stocktake.record_counts(app, sid, [
        entry(2, "999999", "FL2026A", 3),
        entry(3, "123456", "NOPE1", 3),
        entry(4, "123456", "FL2026A", 30, "GLEMT"),
        entry(5, "123456", "FL2026A", 30, "ANDET"),
        entry(6, "412345", "FX1234", 1),
    ]))  # fmt: skip
    assert [(p.code, p.params.get("row"), p.params.get("column")) for p in err.problems] == [
        ("sheet_product_unknown", 2, "Varenummer"),
        ("sheet_batch_unknown", 3, "Batch"),
        ("stocktake_reason_unknown", 4, "Årsag"),
        ("stocktake_reason_text_required", 5, None),
        ("count_row_twice", 5, None),
        ("count_lot_out_of_scope", 6, None),
    ]
    refused(app, "sheet_value_required",
            lambda: stocktake.record_counts(app, sid, [entry(1, "123456", "FL2026A", None, "SVIND")]))  # fmt: skip
    refused(app, "count_units_negative",
            lambda: stocktake.record_counts(app, sid, [entry(1, "123456", "FL2026A", -1)]))  # fmt: skip

    # Posting: uncounted lines, a missing reason, a loss larger than what is there now.
    err = refused(app, "stocktake_not_counted", lambda: stocktake.post(app, sid))
    assert "123456 FL2026A" in err.text("en")
    stocktake.record_counts(app, sid, [entry(1, "123456", "FL2026A", 28)])
    err = refused(app, "stocktake_reason_missing", lambda: stocktake.post(app, sid))
    assert err.problems[0].params["difference"] == -2
    stocktake.record_counts(app, sid, [entry(1, "123456", "FL2026A", 0, "SVIND")])
    stocktake.save_approval_thresholds(app, Thresholds(100, 100_000))
    clock.advance(minutes=5)
    stock.transfer(app, lot_id=log.lots["FL2026A"], from_code="RH-APO", to_code="VC-HER", doses=5)
    err = refused(app, "stocktake_loss_exceeds_stock", lambda: stocktake.post(app, sid))
    assert (err.problems[0].params["loss"], err.problems[0].params["on_hand"]) == (30, 25)

    # Closed counts stay closed.
    stocktake.cancel(app, sid)
    refused(app, "stocktake_not_open", lambda: stocktake.post(app, sid))
    refused(app, "stocktake_not_open", lambda: stocktake.cancel(app, sid))
    refused(app, "stocktake_not_open",
            lambda: stocktake.record_counts(app, sid, [entry(1, "123456", "FL2026A", 1)]))  # fmt: skip
    stocktake.record_counts(app, other, [entry(1, "412345", "FX1234", 10)])
    stocktake.post(app, other)
    refused(app, "stocktake_not_open", lambda: stocktake.post(app, other))
    statuses = {s.id: s.status for s in stocktake.list_stocktakes(app)}
    assert (statuses[sid], statuses[other]) == ("cancelled", "posted")
    # Once the first is cancelled, the place can be counted whole again.
    stocktake.start(app, "RH-APO", programme="influenza")


# --------------------------------------------------------------------------- the workbook


def test_the_workbook_shows_the_net_adjustment_of_the_month(
    app: App, log: PaperLog, clock: Clock, tmp_path: Path
) -> None:
    """Two counts in November: RH-APO finds 6 doses of Comirnaty missing and 1 Vaxigrip
    too many; VC-HER finds 2 Vaxigrip it was never sent and 6 doses of Comirnaty more
    than the ledger (a vial given back unrecorded).  By hand: 412345 -6 + 6 = 0,
    123456 +1 + 2 = +3; a December count does not count in November."""
    apo = stocktake.start(app, "RH-APO")
    stocktake.record_counts(app, apo, [
        entry(1, "412345", "FX1234", 9, "BRUD_FUNDET"), entry(2, "123456", "FL2026A", 31, "TAELLEFEJL"),
    ])  # fmt: skip
    stocktake.post(app, apo)
    clock.set(at(20, 10))
    her = stocktake.start(app, "VC-HER")
    stocktake.record_counts(app, her, [
        entry(1, "412345", "FX1234", 11, "TAELLEFEJL"), entry(2, "123456", "FL2026A", 2, "ANDET", "fundet"),
    ])  # fmt: skip
    stocktake.post(app, her)
    clock.set(datetime(2026, 12, 2, 9, tzinfo=UTC))
    december = stocktake.start(app, "VC-HER", programme="covid-19")
    stocktake.record_counts(app, december, [entry(1, "412345", "FX1234", 10, "SVIND")])
    stocktake.post(app, december)
    assert queries.check_ledger(app, full=True).ok

    path = ssi_report.write(app, "2026-11", tmp_path)
    summary = {r["Varenummer"]: r for r in ssi_workbook.read(path)["Opsummering"]}
    assert summary["412345"]["Lagerregulering"] == 0
    assert summary["123456"]["Lagerregulering"] == 3
    assert summary["123456"]["Ultimo"] == 30 + 1 + 2
    assert all(r["Afstemt"] == "OK" for r in summary.values())
    path = ssi_report.write(app, "2026-12", tmp_path / "dec")
    summary = {r["Varenummer"]: r for r in ssi_workbook.read(path)["Opsummering"]}
    assert summary["412345"]["Lagerregulering"] == -6


# --------------------------------------------------------------------------- workstations at once


def race_worker(url: str, name: str, job: str, lot_id: int, now: datetime, barrier, results) -> None:
    def act(app: App) -> tuple[str, object]:
        if job == "start":
            return "started", stocktake.start(app, "RH-APO", programme="covid-19")
        stock.transfer(app, lot_id=lot_id, from_code="RH-APO", to_code="VC-HER", doses=6)
        return "moved", 6

    workstation(url, name, now, barrier, results, act)


@pytest.mark.slow
def test_counts_started_while_stock_moves_freeze_exactly_what_the_ledger_held(
    app: App, log: PaperLog, db_url: str, clock: Clock
) -> None:
    """Three workstations start the same count while three others send stock out of the
    place: one count starts, the others are refused, and its expected figure plus what
    moved after it is exactly the balance (no movement is lost or counted twice)."""
    fx = log.lots["FX1234"]
    jobs = ["start", "move"] * 3
    outcomes = at_once(
        race_worker, [(db_url, f"ws{i}", job, fx, clock.now) for i, job in enumerate(jobs)]
    )
    kinds = sorted(kind for _name, kind, _detail in outcomes)
    assert kinds == ["moved"] * 3 + ["started"] + ["stocktake_overlaps"] * 2, outcomes
    [sid] = [detail for _name, kind, detail in outcomes if kind == "started"]
    assert balance(app, "RH-APO", fx) == 60 - 18
    [fx_line] = stocktake.view(app, sid).lines
    assert fx_line.expected_doses + fx_line.moved_during_doses == 42
    counted = stocktake.record_counts(app, sid, [entry(1, "412345", "FX1234", 7)])
    assert counted.lines[0].difference_doses == 0
    assert queries.check_ledger(app, full=True).ok
