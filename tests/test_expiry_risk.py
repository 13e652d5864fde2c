"""Expiry buckets, stock at risk and wastage: the pure rules with hand-worked numbers,
then the services on SQLite and PostgreSQL, then the command line."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta

import pytest

from pharmacy_app.domain import expiry_risk as er
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.domain.localtime import LOCAL_TZ
from pharmacy_app.services import expiry, queries
from pharmacy_app.services.app import App
from tests.helpers import home_log, iso_days_from, set_home
from tests.paperlog import Clock, PaperLog
from tests.test_cli import cli

TODAY = date(2026, 11, 2)


def day(n: int) -> date:
    return TODAY + timedelta(days=n)


# --------------------------------------------------------------------------- pure rules


def test_daily_rate_is_the_four_week_moving_average() -> None:
    assert er.daily_rate([10] * 28) == 10.0
    # Only the last 28 days count: 2 old days of 100 are out of the window; 280 / 28.
    assert er.daily_rate([100, 100] + [10] * 28) == 10.0
    # 28 days, 112 doses given on one of them: 112 / 28 = 4 a day.
    assert er.daily_rate([0] * 10 + [112] + [0] * 17) == 4.0
    # A reversal can make the window negative: never a negative rate.
    assert er.daily_rate([0] * 27 + [-5]) == 0.0
    assert er.rate_with_source([10] * 28).source == er.RATE_OWN


def test_a_new_site_falls_back_to_its_kind_then_its_own_days_then_zero() -> None:
    # 4 days of history (< 28): the kind's average when there is one ...
    assert er.rate_with_source([3, 3, 0, 0], fallback=7.5) == er.Rate(7.5, er.RATE_KIND)
    # ... else its own days: 6 doses / 4 days ...
    assert er.rate_with_source([3, 3, 0, 0]) == er.Rate(1.5, er.RATE_SHORT)
    # ... else nothing to go on.
    assert er.rate_with_source([]) == er.Rate(0.0, er.RATE_NONE)
    assert er.daily_rate([], fallback=2.0) == 2.0
    # An established site keeps its own rate even when the kind's is known.
    assert er.daily_rate([1] * 28, fallback=50.0) == 1.0


@pytest.mark.parametrize(
    ("offset", "bucket"),
    [(-30, "expired"), (-1, "expired"), (0, "≤7"), (7, "≤7"), (8, "≤30"), (30, "≤30"),
     (31, "≤60"), (60, "≤60"), (61, "later"), (400, "later")],
)
def test_expiry_bucket_edges(offset: int, bucket: str) -> None:
    assert er.expiry_bucket(day(offset), TODAY) == bucket


def test_expiry_bucket_with_other_windows() -> None:
    assert er.expiry_bucket(day(10), TODAY, windows=(14, 3)) == "≤14"
    assert er.expiry_bucket(day(2), TODAY, windows=(14, 3)) == "≤3"
    assert er.bucket_names((14, 3)) == ["expired", "≤3", "≤14", "later"]


def test_at_risk_one_lot() -> None:
    # 10 doses a day, 100 doses usable for 5 more days: 10 x 5 = 50 used, 50 at risk.
    risks = er.at_risk([er.Holding(1, day(5), 100)], 10.0, TODAY)
    assert risks == [er.Risk(1, day(5), 100, 5, 50, 50)]
    # The same stock lasting 10 days is all used: nothing at risk.
    assert er.at_risk([er.Holding(1, day(10), 100)], 10.0, TODAY) == []


def test_at_risk_two_lots_drain_first_expiry_first() -> None:
    # 4 a day.  Lot 7: 30 doses, 10 days -> room for 40, so all 30 used.
    # Lot 8: 60 doses, 20 days -> room for 4 x 20 = 80, of which lot 7 takes 30:
    # 50 used, 10 at risk.  The order given does not matter.
    stock = [er.Holding(8, day(20), 60), er.Holding(7, day(10), 30)]
    assert er.at_risk(stock, 4.0, TODAY) == [er.Risk(8, day(20), 60, 20, 50, 10)]


def test_at_risk_earlier_lot_eats_the_capacity_of_a_later_one() -> None:
    # 10 a day.  Lot 1: 80 doses, 5 days -> room 50: 50 used, 30 at risk.
    # Lot 2: 40 doses, 6 days -> room 60, lot 1 took 50: 10 used, 30 at risk.
    # Lot 3: 100 doses, 30 days -> room 300 - 60 = 240: all used.
    stock = [er.Holding(1, day(5), 80), er.Holding(2, day(6), 40), er.Holding(3, day(30), 100)]
    assert er.at_risk(stock, 10.0, TODAY) == [
        er.Risk(1, day(5), 80, 5, 50, 30),
        er.Risk(2, day(6), 40, 6, 10, 30),
    ]


def test_at_risk_edges() -> None:
    # Expired stock is waste, not risk; on the use-by day nothing more is counted as used
    # (the SSI report's expected use); rate 0 leaves everything at risk.
    stock = [er.Holding(1, day(-1), 5), er.Holding(2, day(0), 6), er.Holding(3, day(9), 7)]
    assert er.at_risk(stock, 0.0, TODAY) == [
        er.Risk(2, day(0), 6, 0, 0, 6),
        er.Risk(3, day(9), 7, 9, 0, 7),
    ]
    # 2.8 doses in 28 days = 0.1 a day; 30 days -> 3 doses, not 2 by float rounding.
    rate = er.daily_rate([0] * 27 + [2.8])  # type: ignore[list-item]
    assert er.at_risk([er.Holding(1, day(30), 5)], rate, TODAY)[0].usable == 3


def test_wastage_rate_who() -> None:
    assert er.wastage_rate(0, 0) is None
    assert er.wastage_rate(95, 5) == 5.0
    assert er.wastage_rate(0, 3) == 100.0
    assert er.wastage_rate(40, 2) == pytest.approx(100 * 2 / 42)


# --------------------------------------------------------------------------- services

RISK_LOG = """
2026-09-01 receive 123456 EXP1 exp 2026-10-31 1 packs    // 10 doses, stays at the pharmacy
2026-10-01 receive 123456 OLD1 exp 2027-05-31 40 packs   // 400 doses (1 dose a syringe)
2026-10-01 receive 123456 SOON5 exp 2026-11-07 30 packs  // 300 doses, 5 days left on 11-02
2026-10-01 receive 123456 B10 exp 2026-11-12 3 packs     // 30 doses, 10 days left
2026-10-01 receive 123456 C20 exp 2026-11-22 6 packs     // 60 doses, 20 days left
2026-10-01 receive 123456 D50 exp 2026-12-22 1 packs     // 10 doses, 50 days left
2026-10-01 site VC-A central "Vaccinationscenter A"
2026-10-01 site DC-B decentral "Sundhedshus B"
2026-10-01 transfer OLD1 RH-APO -> VC-A 280
2026-10-01 transfer SOON5 RH-APO -> VC-A 100
2026-10-01 transfer OLD1 RH-APO -> DC-B 112
2026-10-01 transfer B10 RH-APO -> DC-B 30
2026-10-01 transfer C20 RH-APO -> DC-B 60
2026-10-20 give OLD1 VC-A 280    // in the 28 days 10-06..11-02: 10 a day
2026-10-20 give OLD1 DC-B 112    // 4 a day
2026-10-30 site VC-NEW central "Vaccinationscenter Ny"
2026-10-30 transfer SOON5 RH-APO -> VC-NEW 100
2026-10-30 site MOB-X mobile "Mobil enhed X"
2026-10-30 transfer SOON5 RH-APO -> MOB-X 20
2026-11-01 give SOON5 MOB-X 2
"""


@pytest.fixture
def risk_log(app: App, clock: Clock) -> PaperLog:
    return home_log(app, clock, RISK_LOG)


def test_expiry_overview_and_buckets(app: App, risk_log: PaperLog) -> None:
    rows = expiry.expiry_overview(app)  # today from the clock: 2026-11-02
    assert [r.use_by for r in rows] == sorted(r.use_by for r in rows)
    got = {(r.location_code, r.batch): (r.doses, r.days_left, r.bucket) for r in rows}
    assert got == {
        ("RH-APO", "EXP1"): (10, -2, "expired"),
        ("RH-APO", "SOON5"): (80, 5, "≤7"),  # 300 - 100 - 100 - 20
        ("VC-A", "SOON5"): (100, 5, "≤7"),
        ("VC-NEW", "SOON5"): (100, 5, "≤7"),
        ("MOB-X", "SOON5"): (18, 5, "≤7"),
        ("DC-B", "B10"): (30, 10, "≤30"),
        ("DC-B", "C20"): (60, 20, "≤30"),
        ("RH-APO", "D50"): (10, 50, "≤60"),
        ("RH-APO", "OLD1"): (8, 210, "later"),  # 400 - 280 - 112; 28+31+31+28+31+30+31 days
    }
    assert expiry.bucket_totals(app) == {
        "expired": 10, "≤7": 298, "≤30": 90, "≤60": 10, "later": 8,
    }
    # Filters: one location, one programme, one product.
    dcb = next(r.location_id for r in rows if r.location_code == "DC-B")
    assert {r.batch for r in expiry.expiry_overview(app, location_id=dcb)} == {"B10", "C20"}
    assert expiry.expiry_overview(app, programme="covid-19") == []
    assert len(expiry.expiry_overview(app, programme="influenza")) == 9
    pid = rows[0].product_id
    assert expiry.bucket_totals(app, product_id=pid)["≤7"] == 298
    # Seen a week later, SOON5 has expired.
    assert expiry.bucket_totals(app, today=date(2026, 11, 9))["expired"] == 308


def test_at_risk_report_by_hand(app: App, risk_log: PaperLog) -> None:
    rows = expiry.at_risk_report(app, today=TODAY)
    got = {
        (r.location_code, r.batch): (r.doses, r.usable, r.at_risk, r.rate_per_day, r.rate_source)
        for r in rows
    }
    assert got == {
        # 280 given in the window / 28 = 10 a day; 10 x 5 days = 50 used of 100.
        ("VC-A", "SOON5"): (100, 50, 50, 10.0, "own"),
        # 112 / 28 = 4 a day.  B10 (30, 10 days): room 40, all used.  C20 (60, 20 days):
        # room 80 - 30 = 50 used, 10 at risk.
        ("DC-B", "C20"): (60, 50, 10, 4.0, "own"),
        # New since 10-30 (4 days): the central sites' average, VC-A's 10 a day.
        ("VC-NEW", "SOON5"): (100, 50, 50, 10.0, "kind"),
        # New, no other mobile unit: its own 2 doses in 4 days (10-30..11-02) = 0.5 a day;
        # floor(0.5 x 5) = 2 used of 18.
        ("MOB-X", "SOON5"): (18, 2, 16, 0.5, "short"),
        # The pharmacy against the region's 10 + 4 + 10 + 0.5 = 24.5 a day: in 5 days the
        # region uses floor(122.5) = 122, all taken by the sites' own SOON5 (218 doses,
        # ahead at the same use-by), so none of the pharmacy's 80 is used.  Its D50 and
        # OLD1 are used in time; expired EXP1 is waste, not "at risk".
        ("RH-APO", "SOON5"): (80, 0, 80, 24.5, "region"),
    }
    assert [r.use_by for r in rows] == sorted(r.use_by for r in rows)


def test_a_reversed_administration_lowers_the_rate(app: App, risk_log: PaperLog) -> None:
    number = 1 + next(
        i for i, p in enumerate(risk_log.posted) if p.kind == "administer" and p.from_code == "VC-A"
    )
    risk_log.run(f"2026-11-02 reverse #{number}")  # the 280 given at VC-A on 10-20
    rows = {(r.location_code, r.batch): r for r in expiry.at_risk_report(app, today=TODAY)}
    # VC-A gave nothing net in the window: rate 0, all 100 of SOON5 at risk (and the
    # 280 returned doses of OLD1, 210 days left, too).
    assert (rows[("VC-A", "SOON5")].at_risk, rows[("VC-A", "SOON5")].rate_per_day) == (100, 0.0)
    assert rows[("VC-A", "OLD1")].at_risk == 280
    # The kind's average follows: VC-NEW now falls back to 0 a day.
    assert rows[("VC-NEW", "SOON5")].at_risk == 100


WASTE_LOG = """
2026-11-02 receive 412345 FX1 exp 2027-03-31 2 packs ref FS-1   // #1 120 doses, 6 a vial
2026-11-02 site VC-HER central "Vaccinationscenter Herlev"
2026-11-02 site DC-FRB decentral "Sundhedshus Frederiksberg"
2026-11-02 transfer FX1 RH-APO -> VC-HER 60         // #2
2026-11-02 transfer FX1 RH-APO -> DC-FRB 30         // #3
2026-11-03 give FX1 VC-HER 40                       // #4
2026-11-03 discard FX1 VC-HER 2 ANBRUDT_HETTEGLAS   // #5  open vial
2026-11-03 discard FX1 VC-HER 6 BRUD                // #6  closed vial
2026-11-04 give FX1 DC-FRB 10                       // #7
2026-11-04 discard FX1 DC-FRB 6 TEMPERATURSVIGT     // #8  a closed vial, whole
2026-11-05 reverse #6                               // #9  the breakage was a mistake
2026-11-05 give FX1 VC-HER 5                        // #10
2026-11-05 reverse #10                              // #11
2026-11-05 discard FX1 RH-APO 6 BRUD                // #12 one vial at the pharmacy
"""


@pytest.fixture
def waste_log(app: App, clock: Clock) -> PaperLog:
    paper = PaperLog(app, clock)
    paper.run(WASTE_LOG)
    set_home(app)
    return paper


def figures(app: App, group_by: str, end: date = date(2026, 11, 30)) -> dict[str, tuple]:
    return {
        r.group: (r.administered, r.wasted, r.closed_vial, r.open_vial, r.rate)
        for r in expiry.wastage_figures(app, date(2026, 11, 1), end, group_by)
    }


def test_wastage_figures_by_hand(app: App, waste_log: PaperLog) -> None:
    # VC-HER: given 40 + 5 - 5 = 40; wasted 2 open + 6 - 6 closed = 2; 100 x 2 / 42.
    # DC-FRB: given 10; wasted 6 closed; 100 x 6 / 16.
    # RH-APO: given 0; wasted 6 closed; 100 %.
    assert figures(app, "site") == {
        "VC-HER": (40, 2, 0, 2, pytest.approx(4.7619, abs=1e-4)),
        "DC-FRB": (10, 6, 6, 0, 37.5),
        "RH-APO": (0, 6, 6, 0, 100.0),
    }
    assert figures(app, "site_kind") == {
        "central": (40, 2, 0, 2, pytest.approx(4.7619, abs=1e-4)),
        "decentral": (10, 6, 6, 0, 37.5),
        "pharmacy": (0, 6, 6, 0, 100.0),
    }
    # Region: 50 given, 14 wasted (12 closed, 2 open): 100 x 14 / 64.
    assert figures(app, "programme") == {"covid-19": (50, 14, 12, 2, 21.875)}
    assert figures(app, "product") == {"412345": (50, 14, 12, 2, 21.875)}
    # A reversal counts on its own day: up to 11-04 the breakage still stands.
    assert figures(app, "site", end=date(2026, 11, 4))["VC-HER"] == (
        40, 8, 6, 2, pytest.approx(100 * 8 / 48)
    )
    assert expiry.wastage_figures(app, date(2026, 10, 1), date(2026, 10, 31), "site") == []


def test_wastage_figures_refuse_bad_arguments(app: App, waste_log: PaperLog) -> None:
    with pytest.raises(DomainError) as info:
        expiry.wastage_figures(app, TODAY, TODAY, "lot")
    assert info.value.code == "wastage_group_unknown"
    assert info.value.text("da") and info.value.text("en")
    with pytest.raises(DomainError) as info:
        expiry.wastage_figures(app, day(1), TODAY, "site")
    assert info.value.code == "date_range_invalid"


# --------------------------------------------------------------------------- command line


def test_expiry_and_at_risk_on_the_command_line(app: App, clock: Clock, db_url: str) -> None:
    # The command line runs on today's date, so the log is written relative to it.
    today = datetime.now(LOCAL_TZ).date()
    d = iso_days_from(today)

    PaperLog(app, clock).run(
        f"""
        {d(-60)} receive 123456 GONE1 exp {d(-2)} 1 packs
        {d(-60)} receive 123456 NEAR10 exp {d(10)} 5 packs
        {d(-60)} receive 123456 FAR100 exp {d(100)} 5 packs
        {d(-60)} site VC-CLI central "Vaccinationscenter CLI"
        {d(-60)} transfer NEAR10 RH-APO -> VC-CLI 50
        {d(-10)} give NEAR10 VC-CLI 28
        """
    )
    set_home(app)
    run = cli("--db", db_url, "expiry", "--days", "30", "--csv", check=True)
    rows = list(csv.DictReader(io.StringIO(run.stdout)))
    got = sorted((r["location_code"], r["batch"], r["days_left"], r["bucket"], r["doses"]) for r in rows)
    assert got == [
        ("RH-APO", "GONE1", "-2", "expired", "10"),
        ("VC-CLI", "NEAR10", "10", "≤30", "22"),  # 50 - 28 given
    ]
    assert {r["batch"] for r in rows} == {"GONE1", "NEAR10"}
    assert "FAR100" not in run.stdout

    table = cli("--db", db_url, "expiry", "--days", "200", check=True)
    assert "FAR100" in table.stdout and table.stdout.rstrip().endswith("doses")

    risk = cli("--db", db_url, "at-risk", "--csv", check=True)
    (only,) = list(csv.DictReader(io.StringIO(risk.stdout)))
    # 28 given in the last 28 days: 1 a day; 10 days -> 10 used of 22, 12 at risk.
    assert (only["location_code"], only["batch"], only["at_risk"], only["rate_source"]) == (
        "VC-CLI", "NEAR10", "12", "own"
    )
    assert cli("--db", db_url, "at-risk", check=True).stdout.rstrip().endswith("doses at risk")

    bad = cli("--db", db_url, "expiry", "--days", "-1")
    assert bad.returncode == 1 and "zero or more" in bad.stderr


def test_stock_seen_by_overview_matches_stock_on_hand(app: App, risk_log: PaperLog) -> None:
    total = queries.stock_summary(app).doses
    assert sum(r.doses for r in expiry.expiry_overview(app)) == total
