"""Correcting a saved consumption day (``consumption.correct_day``) on SQLite and
PostgreSQL: reversals of the saved movements and one new movement, in one transaction,
dated on the consumption day, so the month's SSI workbook shows the corrected figure;
every refusal writes nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pharmacy_app.domain.consumption import occurred_for
from pharmacy_app.reports import ssi_workbook
from pharmacy_app.services import consumption, queries, ssi_report
from pharmacy_app.services.app import App
from pharmacy_app.services.consumption import ConsumptionEntry as E
from tests.conftest import START
from tests.helpers import table_digest
from tests.paperlog import Clock, PaperLog
from tests.services.consumption.conftest import on_hand
from tests.test_ledger import assert_refused

FRIDAY, SATURDAY = date(2026, 10, 30), date(2026, 10, 31)


@pytest.fixture
def saved(app: App, log: PaperLog) -> PaperLog:
    """VC-HER gave 40 of FX1234 on Friday (two target groups) and 20 on Saturday."""
    fx = log.lots["FX1234"]
    consumption.record(
        app,
        [E("VC-HER", FRIDAY, fx, 25, "65+"), E("VC-HER", FRIDAY, fx, 15, "sundhedspersonale"), E("VC-HER", SATURDAY, fx, 20)],
    )
    return log


def refused(app: App, code: str, action) -> str:
    """``action`` is refused with ``code`` and writes nothing; its English text."""
    assert queries.check_ledger(app, full=True).ok  # its checkpoint row before the digest
    before = table_digest(app)
    error = assert_refused(app, code, action)
    assert table_digest(app) == before, "a refused correction wrote something"
    return error.text("en")


def given(app: App, site: str, batch: str, period: str, out: Path) -> int:
    """The doses the month's SSI workbook (read back from the .xlsx) says ``site`` gave of ``batch``."""
    path = ssi_report.write(app, period, out)
    rows = ssi_workbook.read(path)["Forbrug"]
    return sum(int(r["Givne doser"]) for r in rows if r["Stedkode"] == site and r["Batch"] == batch)


def test_a_lower_figure_reverses_the_saved_movements_and_posts_the_right_one(
    app: App, saved: PaperLog, tmp_path: Path
) -> None:
    fx = saved.lots["FX1234"]
    assert on_hand(app, "VC-HER", "FX1234") == 240
    assert given(app, "VC-HER", "FX1234", "2026-10", tmp_path / "before") == 60
    result = consumption.correct_day(
        app, site_code="VC-HER", day=FRIDAY, lot_id=fx, doses=32, reason=" typed 40 for 32 "
    )
    assert (result.was, result.doses, len(result.reversal_ids)) == (40, 32, 2)
    assert on_hand(app, "VC-HER", "FX1234") == 248

    history = {h.movement_id: h for h in queries.lot_history(app, fx).history}
    new = history[result.movement_id]
    assert (new.kind, new.from_code, new.to_code, new.doses) == ("administer", "VC-HER", "ADMINISTERED", 32)
    assert new.occurred_at == occurred_for(FRIDAY, START), "dated on the consumption day"
    assert new.note == "typed 40 for 32"
    for rid in result.reversal_ids:
        rev = history[rid]
        original = history[rev.reverses_id]
        assert (rev.kind, rev.doses, rev.note) == ("reversal", original.doses, "typed 40 for 32")
        assert original.reversed_by == rid and original.occurred_at == rev.occurred_at
    assert queries.check_ledger(app, full=True).ok

    grid = consumption.week_grid(app, "VC-HER", FRIDAY)
    row = next(r for r in grid.rows if r.lot_id == fx)
    assert row.recorded_on(FRIDAY) == 32 and row.corrected_on(FRIDAY)
    assert row.recorded_on(SATURDAY) == 20 and not row.corrected_on(SATURDAY)
    # The two target groups were different: the corrected figure states none.
    assert row.recorded == {(FRIDAY, None): 32, (SATURDAY, None): 20}
    assert given(app, "VC-HER", "FX1234", "2026-10", tmp_path / "after") == 32 + 20


def test_a_higher_figure_and_a_zero_and_one_target_group(app: App, saved: PaperLog, tmp_path: Path) -> None:
    fx = saved.lots["FX1234"]
    up = consumption.correct_day(
        app, site_code="VC-HER", day=FRIDAY, lot_id=fx, doses=30, reason="65+ was 30",
        target_group="65+", every_group=False,
    )  # fmt: skip
    assert (up.was, up.doses, len(up.reversal_ids)) == (25, 30, 1)
    row = next(r for r in consumption.week_grid(app, "VC-HER", FRIDAY).rows if r.lot_id == fx)
    assert row.recorded_on(FRIDAY, "65+", any_group=False) == 30
    assert row.recorded_on(FRIDAY, "sundhedspersonale", any_group=False) == 15
    assert row.corrected_on(FRIDAY, "65+", any_group=False)
    assert not row.corrected_on(FRIDAY, "sundhedspersonale", any_group=False)

    zero = consumption.correct_day(app, site_code="VC-HER", day=SATURDAY, lot_id=fx, doses=0, reason="other site")
    assert (zero.was, zero.movement_id, len(zero.reversal_ids)) == (20, None, 1)
    assert on_hand(app, "VC-HER", "FX1234") == 300 - 45
    assert queries.check_ledger(app, full=True).ok
    assert given(app, "VC-HER", "FX1234", "2026-10", tmp_path) == 45


def test_more_than_the_site_could_give_is_refused_naming_the_figure(app: App, saved: PaperLog) -> None:
    fx = saved.lots["FX1234"]
    # 300 arrived; 60 were given; the rest went back to the pharmacy on Monday.
    saved.run("2026-11-02 transfer FX1234 VC-HER -> RH-APO 240")
    text = refused(
        app,
        "correction_over_stock",
        lambda: consumption.correct_day(app, site_code="VC-HER", day=FRIDAY, lot_id=fx, doses=41, reason="r"),
    )
    assert "at most 40 doses" in text and "41" in text and "Vaccinationscenter Herlev" in text
    # 40 is the same figure; 39 is fine.
    refused(
        app,
        "correction_unchanged",
        lambda: consumption.correct_day(app, site_code="VC-HER", day=FRIDAY, lot_id=fx, doses=40, reason="r"),
    )
    consumption.correct_day(app, site_code="VC-HER", day=FRIDAY, lot_id=fx, doses=39, reason="r")
    assert queries.check_ledger(app, full=True).ok


def test_refusals_write_nothing(app: App, saved: PaperLog) -> None:
    fx, fl = saved.lots["FX1234"], saved.lots["FL2026A"]

    def correct(**kw: object):
        args = {"site_code": "VC-HER", "day": FRIDAY, "lot_id": fx, "doses": 30, "reason": "r", **kw}
        return lambda: consumption.correct_day(app, **args)  # type: ignore[arg-type]

    assert "needs a reason" in refused(app, "correction_reason_required", correct(reason="  "))
    refused(app, "correction_doses_invalid", correct(doses=-1))
    assert "enter them in the week grid" in refused(app, "correction_nothing_saved", correct(lot_id=fl))
    refused(app, "correction_nothing_saved", correct(day=date(2026, 10, 29)))
    refused(app, "correction_nothing_saved", correct(target_group="gravide", every_group=False))
    refused(app, "lot_unknown", correct(lot_id=987654))
    refused(app, "location_unknown", correct(site_code="NOPE"))
    # Reversed already: a second correction replaces the corrected figure, not the original.
    consumption.correct_day(app, site_code="VC-HER", day=FRIDAY, lot_id=fx, doses=30, reason="r")
    refused(app, "correction_unchanged", correct(doses=30))


def test_a_day_in_a_month_sent_to_ssi_needs_a_closed_month_reason(
    app: App, saved: PaperLog, clock: Clock, tmp_path: Path
) -> None:
    fx = saved.lots["FX1234"]
    ssi_report.mark_sent(app, "2026-10", ssi_report.write(app, "2026-10", tmp_path / "sent"))
    text = refused(
        app,
        "month_closed",
        lambda: consumption.correct_day(app, site_code="VC-HER", day=FRIDAY, lot_id=fx, doses=10, reason="r"),
    )
    assert "2026-10" in text
    result = consumption.correct_day(
        app, site_code="VC-HER", day=FRIDAY, lot_id=fx, doses=10, reason="r",
        closed_month_reason="SSI informed",
    )  # fmt: skip
    new = next(h for h in queries.lot_history(app, fx).history if h.movement_id == result.movement_id)
    assert "SSI informed" in new.note
    assert queries.check_ledger(app, full=True).ok
    assert given(app, "VC-HER", "FX1234", "2026-10", tmp_path / "again") == 10 + 20


def _cli(db_url: str, *args: str) -> tuple[int, str, str]:
    import io

    import time_machine

    from pharmacy_app.cli.parser import parse_args, run

    out, err = io.StringIO(), io.StringIO()
    with time_machine.travel(START, tick=False):
        code = run(parse_args(["--db", db_url, "--user", "it-job", *args]), out, err)
    return code, out.getvalue(), err.getvalue()


def test_the_command_line_corrects_a_day_and_prints_the_last_id(
    db_url: str, app: App, saved: PaperLog
) -> None:
    fx = saved.lots["FX1234"]
    args = ["consumption", "correct", "--site", "VC-HER", "--date", "30-10-2026", "--varenummer", "412345"]
    code, out, err = _cli(db_url, *args, "--doses", "33", "--reason", "tally sheet")
    assert code == 0, err
    assert out.startswith("FX1234 at VC-HER on 2026-10-30: 33 doses instead of 40")
    last = int(out.split()[-1])
    new = next(h for h in queries.lot_history(app, fx).history if h.movement_id == last)
    assert (new.kind, new.doses, new.user, new.note) == ("administer", 33, "it-job", "tally sheet")
    assert on_hand(app, "VC-HER", "FX1234") == 300 - 33 - 20

    assert queries.check_ledger(app, full=True).ok
    before = table_digest(app)
    code, out, err = _cli(db_url, "--lang", "da", *args[:-1], "999999", "--doses", "1", "--reason", "r")
    assert (code, out) == (1, "")
    assert "Der er ikke gemt doser af varenr. 999999" in err
    code, out, err = _cli(db_url, *args, "--batch", "FX1234", "--doses", "33", "--reason", "r")
    assert (code, out) == (1, "") and "already saved" in err
    assert table_digest(app) == before


def test_the_command_line_asks_for_the_batch_when_several_were_given(
    db_url: str, app: App, saved: PaperLog
) -> None:
    old, fx = saved.lots["OLD999"], saved.lots["FX1234"]
    # OLD999 is the same item (412345): 6 of it given at VC-HER on Tuesday, with 4 of FX1234.
    consumption.record(app, [E("VC-HER", date(2026, 10, 27), old, 6), E("VC-HER", date(2026, 10, 27), fx, 4)])
    args = ["consumption", "correct", "--site", "VC-HER", "--date", "27-10-2026", "--varenummer", "412345"]
    code, out, err = _cli(db_url, *args, "--doses", "5", "--reason", "r")
    assert (code, out) == (1, "")
    assert "FX1234, OLD999" in err and "say which batch" in err
    code, out, err = _cli(db_url, *args, "--batch", "OLD999", "--doses", "0", "--reason", "other site")
    assert code == 0, err
    assert out.startswith("OLD999 at VC-HER on 2026-10-27: 0 doses instead of 6")
    assert on_hand(app, "VC-HER", "OLD999") == 60
