"""Cycle counts (``services.cycle_counts`` and ``stocktake.start(lots=...)``) on SQLite and
PostgreSQL, from a hand-made history: the three rankings and their blend, the 30-day
window and the last count read in Copenhagen days, the not-counted-in-N-days rule after
a posted count (and the setting), lots in an open count left out, and a count of
exactly the chosen lots: frozen like any count, refusing overlaps and lots not listed."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import time_machine

from pharmacy_app.cli.parser import parse_args, run
from pharmacy_app.domain import cycle_counts as rules
from pharmacy_app.reports.stocktake_pdf import write_count_sheet
from pharmacy_app.services import cycle_counts, queries, stock, stocktake
from pharmacy_app.services.app import App
from pharmacy_app.services.stocktake import CountEntry
from tests.helpers import balance, pdftext, set_home
from tests.paperlog import Clock, PaperLog
from tests.test_stocktake import refused

# Vaxigrip 123456: 1 dose a syringe, 10 a pack.  Comirnaty 412345: 60 doses a pack.
LOG = """
2026-08-01 site VC-HER central "Vaccinationscenter Herlev"
2026-08-01 receive 123456 M1 exp 2027-06-30 1 packs ref FS-1   // 10: the most moved
2026-08-01 receive 412345 V1 exp 2027-06-30 2 packs ref FS-2   // 120: the largest
2026-08-01 receive 123456 S1 exp 2027-06-30 2 packs ref FS-3   // 20: counted long ago
2026-08-01 receive 123456 N1 exp 2027-06-30 3 packs ref FS-4   // 30: never counted
2026-08-01 receive 123456 Q1 exp 2027-06-30 5 packs ref FS-5   // 50: counted lately
2026-08-01 receive 123456 H1 exp 2027-06-30 1 packs ref FS-6
2026-08-02 transfer H1 RH-APO -> VC-HER 10                      // H1: none left at RH-APO
2026-11-12 transfer M1 RH-APO -> VC-HER 1
2026-11-13 transfer M1 RH-APO -> VC-HER 1
2026-11-14 transfer M1 RH-APO -> VC-HER 1
"""
TODAY = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def at(month: int, day: int, hh: int, mm: int = 0) -> datetime:
    return datetime(2026, month, day, hh, mm, tzinfo=UTC)


def counted_as_expected(app: App, clock: Clock, moment: datetime, lot_ids: list[int]) -> None:
    """A posted cycle count of ``lot_ids`` at RH-APO at ``moment``, finding what the
    ledger expects (so it posts no movement: a count without a difference is a count)."""
    clock.set(moment)
    sid = stocktake.start(app, "RH-APO", lots=lot_ids)
    shown = stocktake.view(app, sid)
    stocktake.record_counts(app, sid, [
        CountEntry(i, x.varenummer, x.batch, (x.expected_doses or 0) // x.doses_per_unit)
        for i, x in enumerate(shown.lines, start=2)
    ])  # fmt: skip
    stocktake.post(app, sid)


@pytest.fixture
def log(app: App, clock: Clock) -> PaperLog:
    paper = PaperLog(app, clock)
    paper.run(LOG)
    set_home(app)
    lots = paper.lots
    counted_as_expected(app, clock, at(8, 5, 10), [lots["S1"]])
    # 23:30 UTC on 10 November is 00:30 on the 11th in Copenhagen.
    counted_as_expected(app, clock, at(11, 10, 23, 30), [lots["M1"], lots["V1"], lots["Q1"]])
    # The 30 days to today (20 November) start at 00:00 on 21 October in Copenhagen,
    # 22:00 UTC on the 20th: one movement just before, one just after.
    clock.set(at(10, 20, 21, 30))
    stock.transfer(app, lot_id=lots["Q1"], from_code="RH-APO", to_code="VC-HER", doses=1)
    clock.set(at(10, 20, 22, 30))
    stock.transfer(app, lot_id=lots["N1"], from_code="RH-APO", to_code="VC-HER", doses=1)
    clock.set(TODAY)
    return paper


def batches(found: list[cycle_counts.CycleCountSuggestion]) -> list[str]:
    return [x.batch for x in found]


def test_the_three_rankings_are_blended_in_turn(app: App, log: PaperLog) -> None:
    # most moved: M1 (3), N1 (1; Q1's move is before the window); largest: V1 120, Q1 49,
    # N1 29, S1 20, M1 7; not counted in 90 days: N1 (never), S1 (8 August).
    short = cycle_counts.suggest(app, "RH-APO", limit=3)
    assert batches(short) == ["M1", "V1", "N1"]
    m1, v1, n1 = short
    assert (m1.movements_30d, m1.doses, m1.last_counted, m1.reasons) == (
        3, 7, date(2026, 11, 11), ("most_moved",),
    )  # fmt: skip
    assert (v1.doses, v1.movements_30d, v1.reasons) == (120, 0, ("largest_value",))
    assert (n1.doses, n1.movements_30d, n1.last_counted) == (29, 1, None)
    assert n1.reasons == ("most_moved", "largest_value", "not_counted_recently")
    assert (v1.varenummer, v1.expiry, v1.thawed_on) == ("412345", date(2027, 6, 30), None)
    assert v1.product and v1.lot_id == log.lots["V1"]

    full = cycle_counts.suggest(app, "RH-APO")
    assert batches(full) == ["M1", "V1", "N1", "Q1", "S1"], "H1 holds nothing at RH-APO"
    s1 = full[-1]
    assert (s1.last_counted, s1.reasons) == (date(2026, 8, 5), ("largest_value", "not_counted_recently"))
    assert full[3].movements_30d == 0 and full[3].last_counted == date(2026, 11, 11)
    # A site is suggested from what it holds.
    assert batches(cycle_counts.suggest(app, "VC-HER")) == ["M1", "H1", "N1", "Q1"]


def test_not_counted_in_n_days_follows_the_setting_and_a_posted_count(
    app: App, log: PaperLog, clock: Clock
) -> None:
    assert cycle_counts.not_counted_days(app) == rules.DEFAULT_NOT_COUNTED_DAYS == 90
    # With 9 days, the lots counted on 11 November (Copenhagen) are due again today.
    cycle_counts.save_not_counted_days(app, 9)
    assert cycle_counts.not_counted_days(app) == 9
    due = {x.batch for x in cycle_counts.suggest(app, "RH-APO") if "not_counted_recently" in x.reasons}
    assert due == {"N1", "S1", "M1", "V1", "Q1"}
    cycle_counts.save_not_counted_days(app, 10)
    due = {x.batch for x in cycle_counts.suggest(app, "RH-APO") if "not_counted_recently" in x.reasons}
    assert due == {"N1", "S1"}
    refused(app, "cycle_days_invalid", lambda: cycle_counts.save_not_counted_days(app, 0))

    # A cancelled count is no count; a posted one is, with or without a difference.
    sid = stocktake.start(app, "RH-APO", lots=[log.lots["N1"]])
    stocktake.cancel(app, sid)
    assert next(x for x in cycle_counts.suggest(app, "RH-APO") if x.batch == "N1").last_counted is None
    sid = stocktake.start(app, "RH-APO", lots=[log.lots["N1"], log.lots["S1"]])
    clock.set(at(11, 20, 22, 30))  # 23:30 in Copenhagen: still the 20th
    stocktake.record_counts(app, sid, [
        CountEntry(2, "123456", "N1", 28, reason_code="SVIND"), CountEntry(3, "123456", "S1", 20),
    ])  # fmt: skip
    stocktake.post(app, sid)
    assert balance(app, "RH-APO", log.lots["N1"]) == 28
    # Counted today: done, not suggested again today.
    assert {"N1", "S1"}.isdisjoint(batches(cycle_counts.suggest(app, "RH-APO")))
    clock.set(at(11, 21, 9))
    after = {x.batch: x for x in cycle_counts.suggest(app, "RH-APO")}
    assert after["N1"].last_counted == after["S1"].last_counted == date(2026, 11, 20)
    assert "not_counted_recently" not in after["N1"].reasons + after["S1"].reasons
    # The count's own movement is one of N1's moves in the last 30 days (the window
    # now starts on 22 October: the move of the 21st is out).
    assert after["N1"].movements_30d == 1


def test_lots_in_an_open_count_are_not_suggested(app: App, log: PaperLog) -> None:
    stocktake.start(app, "RH-APO", lots=[log.lots["M1"]])
    assert "M1" not in batches(cycle_counts.suggest(app, "RH-APO"))
    stocktake.start(app, "RH-APO", programme="covid-19")  # every Comirnaty lot there
    assert batches(cycle_counts.suggest(app, "RH-APO")) == ["N1", "Q1", "S1"]
    # Another place's open counts do not matter.
    assert "M1" in batches(cycle_counts.suggest(app, "VC-HER"))


def test_a_count_of_the_suggested_lots(
    app: App, log: PaperLog, clock: Clock, tmp_path: Path
) -> None:
    chosen = [x.lot_id for x in cycle_counts.suggest(app, "RH-APO", limit=3)]
    elsewhere = log.lots["H1"]  # a lot the place does not hold may be listed: expected 0
    sid = stocktake.start(app, "RH-APO", lots=[*chosen, elsewhere, chosen[0]])
    shown = stocktake.view(app, sid)
    assert shown.cycle and not shown.blind
    assert [(x.batch, x.expected_doses, x.unexpected) for x in shown.lines] == [
        ("M1", 7, False), ("V1", 120, False), ("N1", 29, False), ("H1", 0, False),
    ]  # fmt: skip
    assert stocktake.sheet(app, sid, "en").scope == "Cycle count: 4 chosen lots"
    assert stocktake.sheet(app, sid, "da").scope == "Cyklisk optælling: 4 udvalgte partier"
    assert next(x for x in stocktake.list_stocktakes(app) if x.id == sid).cycle
    # Its count sheet has no rows for lots found: a cycle count counts its list only.
    pdf = tmp_path / "sheet.pdf"
    write_count_sheet(stocktake.sheet(app, sid, "en"), pdf, "en")
    text = pdftext(pdf)
    assert "each lot on" in text and "not on the list:" not in text
    assert all(b in text for b in ("M1", "V1", "N1", "H1"))

    # Two counts overlap when they could share a lot.
    for overlapping in (
        lambda: stocktake.start(app, "RH-APO", lots=[log.lots["N1"]]),
        lambda: stocktake.start(app, "RH-APO", programme="covid-19"),  # covers V1
        lambda: stocktake.start(app, "RH-APO"),
    ):
        refused(app, "stocktake_overlaps", overlapping)
    other = stocktake.start(app, "RH-APO", lots=[log.lots["Q1"], log.lots["S1"]])
    assert other != sid
    # A lot not listed cannot be added to a cycle count.
    refused(app, "count_lot_not_listed", lambda: stocktake.record_counts(
        app, sid, [CountEntry(2, "123456", "S1", 20)]
    ))  # fmt: skip

    # Stock moves during the count; the count accounts for it.
    clock.set(at(11, 20, 10))
    stock.transfer(app, lot_id=log.lots["V1"], from_code="RH-APO", to_code="VC-HER", doses=12)
    stocktake.record_counts(app, sid, [
        CountEntry(2, "123456", "M1", 7), CountEntry(3, "412345", "V1", 18),
        CountEntry(4, "123456", "N1", 29), CountEntry(5, "123456", "H1", 1, reason_code="TAELLEFEJL"),
    ])  # fmt: skip
    posted = stocktake.post(app, sid)
    assert [x.difference_doses for x in posted.lines] == [0, 0, 0, 1]
    assert balance(app, "RH-APO", log.lots["V1"]) == 108
    assert balance(app, "RH-APO", elsewhere) == 1
    assert queries.check_ledger(app, full=True).ok


def test_a_cycle_count_refuses_what_it_cannot_count(app: App, log: PaperLog) -> None:
    refused(app, "stocktake_no_lots", lambda: stocktake.start(app, "RH-APO", lots=[]))
    refused(app, "stocktake_lot_id_unknown", lambda: stocktake.start(app, "RH-APO", lots=[999_999]))
    refused(app, "stocktake_lots_and_filter", lambda: stocktake.start(
        app, "RH-APO", programme="influenza", lots=[log.lots["M1"]]
    ))  # fmt: skip
    refused(app, "stocktake_place_not_counted", lambda: cycle_counts.suggest(app, "STOCKTAKE"))
    refused(app, "cycle_limit_invalid", lambda: cycle_counts.suggest(app, "RH-APO", limit=0))


def test_the_blend_as_a_pure_function() -> None:
    today = date(2026, 11, 20)
    c = [
        rules.Candidate(1, doses=5, movements=9, last_counted=date(2026, 11, 19)),
        rules.Candidate(2, doses=500, movements=0, last_counted=date(2026, 11, 19)),
        rules.Candidate(3, doses=50, movements=0, last_counted=None),
        rules.Candidate(4, doses=60, movements=2, last_counted=date(2026, 1, 1)),
        rules.Candidate(5, doses=1, movements=0, last_counted=date(2026, 8, 22)),  # 90 days
        rules.Candidate(6, doses=2, movements=0, last_counted=date(2026, 8, 23)),  # 89 days
    ]
    out = rules.suggest(c, today=today, not_counted_days=90, limit=4)
    assert [x.lot_id for x, _ in out] == [1, 2, 3, 4]
    assert dict((x.lot_id, r) for x, r in out)[4] == (
        "most_moved", "largest_value", "not_counted_recently",
    )  # fmt: skip
    out = rules.suggest(c, today=today, not_counted_days=90, limit=10)
    assert [x.lot_id for x, _ in out] == [1, 2, 3, 4, 5, 6]
    assert dict((x.lot_id, r) for x, r in out)[6] == ("largest_value",)
    assert rules.suggest([], today=today, not_counted_days=90, limit=10) == []
    counted_today = [rules.Candidate(7, doses=900, movements=50, last_counted=today)]
    assert rules.suggest(counted_today, today=today, not_counted_days=90, limit=10) == []


def cli(db_url: str, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with time_machine.travel(TODAY, tick=False):
        code = run(parse_args(["--db", db_url, "--user", "anna", *args]), out, err)
    return code, out.getvalue(), err.getvalue()


def test_suggest_and_start_a_cycle_count_from_the_command_line(
    db_url: str, app: App, log: PaperLog
) -> None:
    code, out, err = cli(db_url, "stocktake", "suggest", "--location", "RH-APO", "--limit", "3")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["Lot", "id", "Varenr", "Product"]
    rows = lines[1:4]
    assert [row.split()[0] for row in rows] == [str(log.lots[b]) for b in ("M1", "V1", "N1")]
    assert "2026-11-11" in rows[0] and rows[0].endswith("most moved")
    assert "never" in rows[2] and rows[2].endswith("most moved, largest value, not counted recently")
    assert "3 lots suggested" in lines[4]

    code, out, err = cli(
        db_url, "stocktake", "start", "--location", "RH-APO", "--lots", f"{log.lots['S1']},{log.lots['Q1']}"
    )
    assert code == 0, err
    listed = int(out.split()[-1])
    assert "2 lots to count at RH-APO, cycle count" in out
    assert [x.batch for x in stocktake.view(app, listed).lines] == ["S1", "Q1"]

    code, out, err = cli(db_url, "stocktake", "start", "--location", "RH-APO", "--cycle", "--blind")
    assert code == 0, err
    cycle = int(out.split()[-1])
    shown = stocktake.view(app, cycle)
    assert shown.cycle and shown.blind
    assert [x.batch for x in shown.lines] == ["M1", "V1", "N1"], "the suggestions left after S1, Q1"

    code, out, _ = cli(db_url, "stocktake", "list")
    assert code == 0 and out.count(" cycle ") == 4, "two before, two now"

    # Nothing left to suggest: refused, in the message language, and nothing written.
    code, out, err = cli(db_url, "stocktake", "start", "--location", "RH-APO", "--cycle")
    assert code == 1 and "at least one lot" in err
    with pytest.raises(SystemExit):  # argparse: one way of choosing the lots
        parse_args(["stocktake", "start", "--location", "RH-APO", "--lots", "1", "--cycle"])
