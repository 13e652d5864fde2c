"""The suggested order to SSI on SQLite and PostgreSQL: whole packs that meet the cover
target against a hand count, the sentence per line, and the workbook read back."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from openpyxl import load_workbook

from pharmacy_app.cli import parse_args, run
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.services import expected_deliveries, ssi_order, stock
from pharmacy_app.services.app import App
from tests.helpers import set_home
from tests.paperlog import Clock, PaperLog

TODAY = date(2026, 12, 7)  # a Monday


@pytest.fixture
def region(app: App, clock: Clock) -> PaperLog:
    """A site giving 70 doses a week for four weeks (no earlier season: the recent
    average, 70 a week = 10 a day); the region holds 120 usable doses."""
    log = PaperLog(app, clock)
    log.run(
        """
        2026-11-02 receive 412345 FX1 exp 2027-06-30 7 packs ref FS-1
        2026-11-02 site VC-HER central "Vaccinationscenter Herlev"
        2026-11-02 transfer FX1 RH-APO -> VC-HER 300
        """
    )
    for k in range(4, 0, -1):
        tuesday = TODAY - timedelta(weeks=k) + timedelta(days=1)
        clock.set(datetime(tuesday.year, tuesday.month, tuesday.day, 9, tzinfo=UTC))
        stock.administer(app, lot_id=log.lots["FX1"], site_code="VC-HER", doses=70)
    set_home(app)
    clock.set(datetime(TODAY.year, TODAY.month, TODAY.day, 9, tzinfo=UTC))
    expected_deliveries.add_expected(
        app, product="412345", packs=1, expected_on=TODAY + timedelta(days=5)
    )
    expected_deliveries.add_expected(
        app, product="412345", packs=1, expected_on=TODAY + timedelta(days=20)
    )
    return log


def test_the_order_meets_the_cover_target_in_whole_packs(app: App, region: PaperLog) -> None:
    proposal = ssi_order.order_proposal(app)
    (line,) = [x for x in proposal.lines if x.varenummer == "412345"]
    # Hand count: 14 days x 10 = 140 used, 7 days x 10 = 70 to hold; stock 420 - 280 =
    # 140 (pharmacy 120 + site 20); 60 expected in the interval (the later one is not).
    assert (line.use, line.cover, line.stock, line.expiring, line.expected) == (140, 70, 140, 0, 60)
    assert (line.short, line.packs, line.doses) == (10, 1, 60)
    assert line.doses + line.stock + line.expected >= line.use + line.cover
    assert line.sentence("en").startswith(
        "Order 1 pack (60 doses): the region is expected to use 140 doses in 14 days"
    )
    assert line.sentence("da").startswith("Bestil 1 pakning (60 doser)")
    # A longer interval asks for more, in whole packs.
    ssi_order.save_order_settings(app, 28, 7)
    (line,) = [x for x in ssi_order.order_proposal(app).lines if x.varenummer == "412345"]
    # 280 + 70 - 140 - 120 (both deliveries now fall in the interval) = 90: 2 packs.
    assert (line.use, line.expected, line.short, line.packs) == (280, 120, 90, 2)
    with pytest.raises(DomainError):
        ssi_order.save_order_settings(app, 0, 7)


def test_the_workbook_reads_back(app: App, region: PaperLog, tmp_path) -> None:
    proposal = ssi_order.order_proposal(app)
    path = ssi_order.write_workbook(proposal, tmp_path / "order.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Bestilling", "Prognose", "Om"]
    order = list(wb["Bestilling"].iter_rows(values_only=True))
    assert order[0][:5] == ("Region", "Varenummer", "Produkt", "Pakninger", "Doser")
    row = next(r for r in order[1:] if r[1] == "412345")
    assert (row[0], row[3], row[4], row[5]) == ("1084", 1, 60, 60)
    assert row[11].startswith("Bestil 1 pakning")
    assert wb["Bestilling"].freeze_panes == "A2"
    forecast = list(wb["Prognose"].iter_rows(values_only=True))
    assert forecast[0] == (
        "Region",
        "Varenummer",
        "Produkt",
        "Program",
        "ISO-år",
        "ISO-uge",
        "Mandag",
        "Doser",
    )
    weeks = [r for r in forecast[1:] if r[1] == "412345"]
    assert len(weeks) == ssi_order.FORECAST_WEEKS
    assert (weeks[0][4], weeks[0][5], weeks[0][6].date(), weeks[0][7]) == (2026, 50, TODAY, 70)
    about = dict(wb["Om"].iter_rows(min_row=2, values_only=True))
    assert about["Leveringsinterval (dage)"] == 14 and about["Lavet af"] == "tester"


def test_order_proposal_command(db_url: str, app: App, region: PaperLog, tmp_path) -> None:
    out, err = io.StringIO(), io.StringIO()
    with time_machine.travel(
        datetime(TODAY.year, TODAY.month, TODAY.day, 9, tzinfo=UTC), tick=False
    ):
        code = run(
            parse_args(["--db", db_url, "order-proposal", "--out", str(tmp_path / "o.xlsx")]),
            out,
            err,
        )
    assert code == 0, err.getvalue()
    assert "412345" in out.getvalue() and "1 pack (60 doses)" in out.getvalue()
    assert (tmp_path / "o.xlsx").exists()
