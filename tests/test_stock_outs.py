"""Stock-outs and targets: the pure rules with hand-worked numbers, the pharmacy's own
stock in the at-risk view against the region's use, the services on SQLite and
PostgreSQL, and the command line through the entry point."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from pharmacy_app.db import models as m
from pharmacy_app.domain import expiry_risk as er
from pharmacy_app.domain import stock_targets as st
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.domain.localtime import LOCAL_TZ
from pharmacy_app.services import distribution, expiry, stock_outs
from pharmacy_app.services.app import App
from tests.helpers import home_log, iso_days_from, set_home
from tests.paperlog import Clock, PaperLog
from tests.test_cli import cli

TODAY = date(2026, 11, 2)


def day(n: int) -> date:
    return TODAY + timedelta(days=n)


# --------------------------------------------------------------------------- pure rules


def test_default_target_is_the_kinds_cover_with_half_as_minimum() -> None:
    assert st.default_target(14) == st.Target(st.DAYS, 7, 14, st.SOURCE_KIND)
    assert st.default_target(7) == st.Target(st.DAYS, 4, 7, st.SOURCE_KIND)  # ceil(3.5)
    explicit = st.Target(st.DOSES, 20, 60)
    assert st.effective_target(explicit, 14) is explicit
    assert st.effective_target(None, 14).source == st.SOURCE_KIND


def test_assess_by_hand() -> None:
    # 16 doses at 3 a day: 5.33 days, so the stock covers 5 whole days and runs out on
    # day 5 (11-07), before the round on day 7; the minimum of 4 days is ceil(12) doses.
    s = st.assess(16, 3.0, st.default_target(7), TODAY, day(7))
    assert (s.cover_days, s.run_out, s.runs_out) == (pytest.approx(16 / 3), day(5), True)
    assert (s.min_doses, s.max_doses, s.below_minimum) == (12, 21, False)
    # 120 at 10 a day: 12 days; the round on day 7 comes first.  A minimum of 15 days is
    # 150 doses: below.
    s = st.assess(120, 10.0, st.Target(st.DAYS, 15, 20), TODAY, day(7))
    assert (s.run_out, s.runs_out, s.below_minimum, s.min_doses) == (day(12), False, True, 150)
    # No use: no run-out, and a target in days asks for nothing; in doses it still does.
    s = st.assess(0, 0.0, st.default_target(7), TODAY, day(7))
    assert (s.cover_days, s.run_out, s.short) == (None, None, False)
    assert st.assess(5, 0.0, st.Target(st.DOSES, 10, 20), TODAY, day(7)).below_minimum
    # The next round: the earliest planned from today on, else today + the interval.
    assert st.next_round_day(TODAY, [day(-1), day(9), day(4)], 7) == day(4)
    assert st.next_round_day(TODAY, [], 7) == day(7)


def test_region_at_risk_counts_the_sites_stock_first() -> None:
    # 14 a day.  The sites hold 450 doses with use-by day 28: the region uses at most
    # floor(14 x 28) = 392 by then, all of it theirs, so the pharmacy's 1,430 of the same
    # use-by are never used.
    sites = [er.Holding(1, day(28), 330), er.Holding(1, day(28), 120)]
    ours = [er.Holding(2, day(28), 1430)]
    assert er.region_at_risk(ours, sites, 14.0, TODAY) == [er.Risk(2, day(28), 1430, 28, 0, 1430)]
    # With a use-by of day 149 the region uses floor(14 x 149) = 2,086 >= 450 + 1,430.
    assert er.region_at_risk([er.Holding(2, day(149), 1430)], sites, 14.0, TODAY) == []
    # The sites' later stock does not come first: 100 doses at day 5, sites' 450 at day 28:
    # 70 used, 30 at risk.
    assert er.region_at_risk([er.Holding(3, day(5), 100)], sites, 14.0, TODAY) == [
        er.Risk(3, day(5), 100, 5, 70, 30)
    ]


# --------------------------------------------------------------------------- the pharmacy at risk

PHARMACY_LOG = """
2026-10-01 receive 123456 OLD1 exp 2027-05-31 40 packs   // 400 doses
2026-10-01 receive 123456 S1 exp 2026-11-30 45 packs     // 450 doses
2026-10-01 site VC-A central "Vaccinationscenter A"
2026-10-01 site DC-B decentral "Sundhedshus B"
2026-10-01 transfer OLD1 RH-APO -> VC-A 280
2026-10-01 transfer OLD1 RH-APO -> DC-B 112
2026-10-01 transfer S1 RH-APO -> VC-A 330
2026-10-01 transfer S1 RH-APO -> DC-B 120
2026-10-20 give OLD1 VC-A 280    // 10 a day over the 28 days to 11-02
2026-10-20 give OLD1 DC-B 112    // 4 a day
2026-10-25 receive 123456 P1 exp {expiry} 143 packs     // 1,430 doses at the pharmacy
"""


def test_a_pharmacy_lot_the_region_cannot_use_is_at_risk(app: App, clock: Clock) -> None:
    home_log(app, clock, PHARMACY_LOG.format(expiry="2026-11-30"))
    rows = {(r.location_code, r.batch): r for r in expiry.at_risk_report(app, today=TODAY)}
    p1 = rows[("RH-APO", "P1")]
    # Region: 10 + 4 = 14 a day; by 11-30 (28 days) floor(392) doses, all taken by the
    # sites' 450 doses of S1 (same use-by, already at the sites): the 1,430 go unused.
    assert (p1.doses, p1.usable, p1.at_risk, p1.rate_per_day, p1.rate_source) == (
        1430, 0, 1430, 14.0, "region",
    )  # fmt: skip
    # The sites' own rows are unchanged: VC-A 330 at 10 a day, 28 days: 280 used.
    assert (rows[("VC-A", "S1")].usable, rows[("VC-A", "S1")].at_risk) == (280, 50)
    # The pharmacy's OLD1 (8 doses, 210 days) is used in time.
    assert ("RH-APO", "OLD1") not in rows
    # The status bar's count includes the pharmacy's doses.
    assert expiry.expiry_counts(app, today=TODAY).at_risk_doses == sum(
        r.at_risk for r in rows.values()
    )


def test_a_pharmacy_lot_the_region_uses_in_time_is_not_flagged(app: App, clock: Clock) -> None:
    home_log(app, clock, PHARMACY_LOG.format(expiry="2027-03-31"))
    # 149 days at 14 a day: 2,086 >= the sites' 450 + the pharmacy's 1,430.
    rows = expiry.at_risk_report(app, today=TODAY)
    assert all(r.location_code != "RH-APO" for r in rows)


# --------------------------------------------------------------------------- stock-outs

STOCKOUT_LOG = """
2026-10-01 receive 123456 OLD1 exp 2027-05-31 60 packs   // 600 doses
2026-10-01 site VC-A central "Vaccinationscenter A"
2026-10-01 site DC-B decentral "Sundhedshus B"
2026-10-01 transfer OLD1 RH-APO -> VC-A 400
2026-10-01 transfer OLD1 RH-APO -> DC-B 100
2026-10-20 give OLD1 VC-A 280    // 10 a day; 120 left
2026-10-20 give OLD1 DC-B 84     // 3 a day; 16 left
"""


@pytest.fixture
def stockout_log(app: App, clock: Clock) -> PaperLog:
    return home_log(app, clock, STOCKOUT_LOG)


def _got(rows: list[stock_outs.StockOutRow]) -> dict[str, tuple]:
    return {
        r.location_code: (
            r.status.usable, r.status.daily_use, r.status.run_out, r.status.next_round,
            r.status.runs_out, r.status.below_minimum,
        )
        for r in rows
    }  # fmt: skip


def test_stock_out_dates_against_a_hand_count(app: App, stockout_log: PaperLog) -> None:
    # DC-B: 16 / 3 = 5.3 days -> runs out 11-07, before the round on 11-09 (today + the
    # default 7 days).  VC-A: 120 / 10 = 12 days -> 11-14, after it: not listed.
    assert stock_outs.round_interval(app) == 7
    rows = stock_outs.stock_outs(app, today=TODAY)
    assert _got(rows) == {"DC-B": (16, 3.0, day(5), day(7), True, False)}
    assert stock_outs.shortage_count(rows) == 1
    # Every row: both sites, with their kinds' default targets.
    every = {r.location_code: r for r in stock_outs.stock_outs(app, today=TODAY, every_row=True)}
    assert every["VC-A"].status.target == st.Target(st.DAYS, 7, 14, st.SOURCE_KIND)
    assert every["DC-B"].status.target == st.Target(st.DAYS, 4, 7, st.SOURCE_KIND)
    assert (every["VC-A"].status.min_doses, every["DC-B"].status.min_doses) == (70, 12)
    # Rounds 14 days apart: VC-A (11-14) now runs out before 11-16 too.
    stock_outs.save_round_interval(app, 14)
    rows = stock_outs.stock_outs(app, today=TODAY)
    assert [r.location_code for r in rows] == ["DC-B", "VC-A"]  # soonest run-out first
    assert _got(rows)["VC-A"] == (120, 10.0, day(12), day(14), True, False)
    with pytest.raises(DomainError) as bad:
        stock_outs.save_round_interval(app, 0)
    assert bad.value.code == "round_interval_invalid"


def test_a_planned_round_is_the_next_round(app: App, stockout_log: PaperLog) -> None:
    stock_outs.save_round_interval(app, 14)
    pid = expiry.expiry_overview(app, today=TODAY)[0].product_id
    distribution.plan_round(app, planned_for=day(3), site_codes=["VC-A"], product_ids=[pid])
    rows = stock_outs.stock_outs(app, today=TODAY, every_row=True)
    vca = next(r for r in rows if r.location_code == "VC-A")
    # The draft round on 11-05 comes before VC-A's run-out on 11-14.
    assert (vca.status.next_round, vca.round_planned, vca.status.runs_out) == (day(3), True, False)
    assert [r.location_code for r in stock_outs.stock_outs(app, today=TODAY)] == ["DC-B"]


def test_below_minimum_with_explicit_targets(app: App, stockout_log: PaperLog) -> None:
    stock_outs.set_target(app, "DC-B", "123456", st.DOSES, 20, 60)
    stock_outs.set_target(app, "VC-A", "123456", st.DAYS, 15, 20)
    rows = _got(stock_outs.stock_outs(app, today=TODAY))
    # DC-B: 16 < 20 doses.  VC-A: 120 < 15 days x 10 a day = 150.
    assert rows["DC-B"][5] and rows["VC-A"][5] and not rows["VC-A"][4]
    listed = {(r.location_code, r.target.unit, r.target.minimum, r.target.maximum, r.set_by)
              for r in stock_outs.targets(app)}  # fmt: skip
    assert listed == {("DC-B", "doses", 20, 60, "tester"), ("VC-A", "days", 15, 20, "tester")}
    # Cleared: the kind's default again (VC-A no longer listed; DC-B still runs out).
    stock_outs.clear_target(app, "VC-A", "123456")
    assert set(_got(stock_outs.stock_outs(app, today=TODAY))) == {"DC-B"}
    (vca,) = stock_outs.targets(app, "VC-A")
    assert (vca.target, vca.set_by) == (st.Target(st.DAYS, 7, 14, st.SOURCE_KIND), None)
    with app.db.read() as s:
        logged = s.scalar(
            select(func.count()).select_from(m.Activity).where(m.Activity.kind == "stock_target")
        )
    assert logged == 3


@pytest.mark.parametrize(
    ("site", "unit", "low", "high", "code"),
    [
        ("RH-APO", "doses", 1, 2, "target_not_a_site"),
        ("DC-B", "doses", 30, 20, "target_invalid"),
        ("DC-B", "days", -1, 5, "target_invalid"),
        ("DC-B", "packs", 1, 5, "target_invalid"),
        ("NOWHERE", "doses", 1, 5, "location_unknown"),
    ],
)
def test_a_bad_target_is_refused(
    app: App, stockout_log: PaperLog, site: str, unit: str, low: int, high: int, code: str
) -> None:
    with pytest.raises(DomainError) as bad:
        stock_outs.set_target(app, site, "123456", unit, low, high)
    assert bad.value.code == code
    with pytest.raises(DomainError) as nothing:
        stock_outs.clear_target(app, "DC-B", "123456")
    assert nothing.value.code == "target_not_set"


def test_a_forecast_can_replace_the_rate(app: App, stockout_log: PaperLog) -> None:
    # The seam: VC-A at an expected 30 a day runs out after 4 days.
    rows = stock_outs.stock_outs(app, today=TODAY, daily_use={("VC-A", "123456"): 30.0})
    vca = next(r for r in rows if r.location_code == "VC-A")
    assert (vca.status.run_out, vca.rate_source) == (day(4), "given")


# --------------------------------------------------------------------------- command line


def test_stock_outs_and_targets_on_the_command_line(app: App, clock: Clock, db_url: str) -> None:
    today = datetime.now(LOCAL_TZ).date()
    d = iso_days_from(today)
    PaperLog(app, clock).run(
        f"""
        {d(-60)} receive 123456 LOT1 exp {d(300)} 20 packs
        {d(-60)} site VC-CLI central "Vaccinationscenter CLI"
        {d(-60)} site DC-CLI decentral "Sundhedshus CLI"
        {d(-60)} transfer LOT1 RH-APO -> VC-CLI 100
        {d(-60)} transfer LOT1 RH-APO -> DC-CLI 90
        {d(-10)} give LOT1 VC-CLI 56
        {d(-10)} give LOT1 DC-CLI 28
        """
    )
    set_home(app)
    # VC-CLI: 44 left at 2 a day: 22 days.  DC-CLI: 62 at 1 a day: 62 days.  Neither is
    # short until DC-CLI's target asks for 70 doses.
    assert cli("--db", db_url, "stock-outs", "--csv", check=True).stdout.count("\n") == 1
    set_ = cli("--db", db_url, "target", "set", "DC-CLI", "123456", "--min-doses", "70",
               "--max-doses", "100", check=True)  # fmt: skip
    assert "DC-CLI" in set_.stdout and "tester" not in set_.stdout
    (row,) = list(csv.DictReader(io.StringIO(cli("--db", db_url, "stock-outs", "--csv", check=True).stdout)))
    assert (row["location_code"], row["usable"], row["min_doses"], row["below_minimum"]) == (
        "DC-CLI", "62", "70", "1"
    )
    table = cli("--db", db_url, "stock-outs", check=True).stdout
    assert "below the minimum of 70" in table
    listed = cli("--db", db_url, "target", "list", "--site", "DC-CLI", check=True).stdout
    assert "set by it-job" in listed and "70" in listed
    assert cli("--db", db_url, "target", "clear", "DC-CLI", "123456", check=True).returncode == 0
    assert "default of decentral" in cli("--db", db_url, "target", "list", check=True).stdout
    both = cli("--db", db_url, "target", "set", "DC-CLI", "123456", "--min-doses", "1",
               "--max-days", "3")  # fmt: skip
    assert both.returncode == 2
    bad = cli("--db", db_url, "target", "set", "DC-CLI", "123456", "--min-doses", "9",
              "--max-doses", "3")  # fmt: skip
    assert bad.returncode == 1 and "DC-CLI" not in bad.stdout
