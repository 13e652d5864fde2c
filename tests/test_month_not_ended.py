"""A month that has not ended cannot be closed: marking the current or a future month
(Copenhagen calendar) as sent is refused by the service and the command line alike, a
workbook made for it says ``Foreløbig`` and counts days to expiry from today, and a
month sent again is version 2 on its cover and in its file name.  SQLite and PostgreSQL."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import time_machine

from pharmacy_app.cli import parse_args, run
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.reports import ssi_workbook
from pharmacy_app.services import ssi_report, stock
from pharmacy_app.services.app import App
from tests.paperlog import Clock, PaperLog
from tests.test_ssi_report import build_ledger

# FL2026A (influenza, 123456) at Vaccinationscenter Herlev, use-by 15-12-2026.
STOCK_KEY = ("VC-HER", "123456", "FL2026A")


@pytest.fixture
def ledger(app: App, clock: Clock) -> PaperLog:
    return build_ledger(app, clock)  # the clock ends at 2026-11-03 09:00 UTC


def cover(path: Path) -> dict[str, object]:
    return {r["Felt"]: r["Værdi"] for r in ssi_workbook.read(path)["Forside"]}


def days_left(path: Path) -> int:
    rows = [
        r for r in ssi_workbook.read(path)["Udløb"]
        if (r["Stedkode"], r["Varenummer"], r["Batch"]) == STOCK_KEY
    ]  # fmt: skip
    assert len(rows) == 1
    return int(rows[0]["Dage til udløb"])


def refused(app: App, period: str, path: Path) -> DomainError:
    with pytest.raises(DomainError) as info:
        ssi_report.mark_sent(app, period, path)
    return info.value


def test_the_current_and_a_future_month_are_not_marked_as_sent(
    app: App, ledger: PaperLog, clock: Clock, tmp_path: Path
) -> None:
    november = ssi_report.write(app, "2026-11", tmp_path)
    err = refused(app, "2026-11", november)
    assert err.code == "month_not_ended"
    assert "2026-11 has not ended (today is 03-11-2026)" in err.text("en")
    assert "from 01-12-2026 on" in err.text("en")
    assert "2026-11 er ikke slut (i dag er 03-11-2026)" in err.text("da")
    assert refused(app, "2027-01", november).code == "month_not_ended"
    assert ssi_report.archive(app) == []
    # Today's consumption is still taken: nothing was closed.
    stock.administer(app, lot_id=ledger.lots["FL2026A"], site_code="VC-HER", doses=1)

    # 23:30 on 30 November in Copenhagen is still November ...
    clock.set(datetime(2026, 11, 30, 22, 30, tzinfo=UTC))
    last_evening = ssi_report.write(app, "2026-11", tmp_path / "evening")
    assert refused(app, "2026-11", last_evening).code == "month_not_ended"
    # ... and 00:30 on 1 December is not, though it is still 30 November in UTC.
    clock.set(datetime(2026, 11, 30, 23, 30, tzinfo=UTC))
    err = refused(app, "2026-11", last_evening)
    assert err.code == "report_file_mismatch" and "Foreløbig" in err.text("en"), (
        "a workbook made before the month ended is provisional: it is made again"
    )
    final = ssi_report.write(app, "2026-11", tmp_path / "final")
    assert final.name == "SSI_1084_2026-11.xlsx" and cover(final)["Status"] == "Endelig"
    sent = ssi_report.mark_sent(app, "2026-11", final)
    assert (sent.period, sent.version) == ("2026-11", 1)


def test_a_workbook_for_a_month_not_ended_is_provisional_and_counts_from_today(
    app: App, ledger: PaperLog, tmp_path: Path
) -> None:
    path = ssi_report.write(app, "2026-11", tmp_path)
    assert path.name == "SSI_1084_2026-11_foreloebig.xlsx"
    shown = cover(path)
    assert shown["Status"] == "Foreløbig" and shown["Version"] == 1
    assert shown["Periode til"] == date(2026, 11, 30)
    # Use-by 15-12-2026 is 42 days from today (3 November), not 15 from 30 November.
    assert days_left(path) == 42
    report = ssi_report.build(app, "2026-11")
    assert report.cover.provisional and report.file_name == path.name

    # A month that has ended counts from its last day and is final.
    october = ssi_report.write(app, "2026-10", tmp_path)
    assert october.name == "SSI_1084_2026-10.xlsx"
    assert cover(october)["Status"] == "Endelig"
    assert days_left(october) == 45  # from 31 October

    # A future month is provisional too, and never counts from its own month end.
    future = ssi_report.build(app, "2027-01")
    assert future.cover.provisional
    assert {r.days_left for r in future.expiring if r.batch == "FL2026A"} == {42}


def test_a_month_sent_again_is_version_2_on_the_cover_and_in_the_name(
    app: App, ledger: PaperLog, clock: Clock, tmp_path: Path
) -> None:
    first = ssi_report.write(app, "2026-10", tmp_path / "first")
    assert cover(first)["Version"] == 1
    ssi_report.mark_sent(app, "2026-10", first)

    clock.advance(hours=2)
    again = ssi_report.write(app, "2026-10", tmp_path / "again")
    assert again.name == "SSI_1084_2026-10_v2.xlsx"
    assert cover(again)["Version"] == 2 and cover(again)["Status"] == "Endelig"
    # The first file, marked again, would be a second "version 1".
    err = refused(app, "2026-10", first)
    assert err.code == "report_file_mismatch" and "this would be version 2" in err.text("en")
    second = ssi_report.mark_sent(app, "2026-10", again)
    assert (second.version, second.file_name) == (2, "SSI_1084_2026-10_v2.xlsx")
    assert [a.version for a in ssi_report.archive(app)] == [2, 1]
    # The version on the cover is not a change of what was reported.
    assert ssi_report.changes_since_sent(app, "2026-10") == []
    assert ssi_report.write(app, "2026-10", tmp_path / "third").name == "SSI_1084_2026-10_v3.xlsx"


def test_the_command_line_refuses_to_close_the_current_month(
    db_url: str, app: App, ledger: PaperLog, tmp_path: Path
) -> None:
    out, err = io.StringIO(), io.StringIO()
    folder = tmp_path / "cli"
    args = ["--db", db_url, "--user", "it-job", "report", "ssi", "--month", "2026-11", "--out", str(folder)]
    # 23:30 on 30 November in Copenhagen (22:30 UTC): the last hour of the month.
    with time_machine.travel(datetime(2026, 11, 30, 22, 30, tzinfo=UTC), tick=False):
        code = run(parse_args([*args, "--mark-sent"]), out, err)
    assert code == 1
    assert "2026-11 has not ended (today is 30-11-2026)" in err.getvalue()
    assert not folder.exists(), "nothing is written before the refusal"
    assert ssi_report.archive(app) == []

    with time_machine.travel(datetime(2026, 11, 30, 22, 30, tzinfo=UTC), tick=False):
        code = run(parse_args(args), out, err)
    assert code == 0
    assert [p.name for p in folder.iterdir()] == ["SSI_1084_2026-11_foreloebig.xlsx"]

    # An hour later it is December in Copenhagen: November can be sent and closed.
    with time_machine.travel(datetime(2026, 11, 30, 23, 30, tzinfo=UTC), tick=False):
        code = run(parse_args([*args, "--mark-sent"]), out, err)
    assert code == 0, err.getvalue()
    assert "archived as sent: 2026-11 version 1" in out.getvalue()
    assert [(a.period, a.version, a.file_name) for a in ssi_report.archive(app)] == [
        ("2026-11", 1, "SSI_1084_2026-11.xlsx")
    ]
