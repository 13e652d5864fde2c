"""The demand forecast from the ledger, on SQLite and PostgreSQL: doses given counted
per site, product and Danish week (reversals subtracted), the forecast of a site with an
earlier season, the backtest, and the ``forecast`` command."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine

from pharmacy_app.cli import parse_args, run
from pharmacy_app.domain import forecast as fc
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.services import forecast, stock
from pharmacy_app.services.app import App
from tests.helpers import set_home
from tests.paperlog import Clock, PaperLog

LAST = date.fromisocalendar(2025, fc.SEASON_START_WEEK, 1)  # season 2025/26
THIS = date.fromisocalendar(2026, fc.SEASON_START_WEEK, 1)  # season 2026/27
TODAY = THIS + timedelta(weeks=14, days=2)  # a Wednesday, 14 weeks into the season
# Last season's weeks 10-17 at the site, then this season's weeks 10-13 at 1.5 times.
LAST_SEASON = {10: 40, 11: 80, 12: 120, 13: 160, 14: 200, 15: 160, 16: 120, 17: 80}
THIS_SEASON = {10: 60, 11: 120, 12: 180, 13: 240}


@pytest.fixture
def history(app: App, clock: Clock) -> PaperLog:
    clock.set(datetime(2025, 8, 1, 9, tzinfo=UTC))
    log = PaperLog(app, clock)
    log.run(
        """
        2025-08-01 receive 412345 FX1 exp 2028-12-31 40 packs ref FS-1
        2025-08-01 site VC-HER central "Vaccinationscenter Herlev"
        2025-08-01 transfer FX1 RH-APO -> VC-HER 2004
        """
    )
    lot = log.lots["FX1"]
    for start, weeks in ((LAST, LAST_SEASON), (THIS, THIS_SEASON)):
        for index, doses in weeks.items():
            # Tuesday of the season week.
            tuesday = start + timedelta(weeks=index, days=1)
            clock.set(datetime(tuesday.year, tuesday.month, tuesday.day, 9, tzinfo=UTC))
            stock.administer(app, lot_id=lot, site_code="VC-HER", doses=doses)
    # Sunday 23:30 Danish summer time (21:30 UTC) still belongs to that week: 10 doses
    # more in this season's week 13, reversed at 00:30 on the Monday after (week 14: now).
    sunday = THIS + timedelta(weeks=13, days=6)
    clock.set(datetime(sunday.year, sunday.month, sunday.day, 21, 30, tzinfo=UTC))
    given = stock.administer(app, lot_id=lot, site_code="VC-HER", doses=10)
    clock.set(datetime(sunday.year, sunday.month, sunday.day, 22, 30, tzinfo=UTC))
    stock.reverse(app, movement_id=given.movement_id)
    set_home(app)
    clock.set(datetime(TODAY.year, TODAY.month, TODAY.day, 9, tzinfo=UTC))
    return log


def test_doses_given_per_danish_week(app: App, history: PaperLog) -> None:
    with app.db.read() as s:
        from pharmacy_app.services.reference import location_by_code

        site = location_by_code(s, "VC-HER")
        weeks = forecast.weekly_given(s, [site.id], LAST, THIS + timedelta(weeks=20))
    (series,) = weeks.values()
    expected = {LAST + timedelta(weeks=i): d for i, d in LAST_SEASON.items()}
    expected |= {THIS + timedelta(weeks=i): d for i, d in THIS_SEASON.items()}
    # Sunday 23:30 is in week 13; its reversal, Monday 00:30 Danish time, in week 14.
    expected[THIS + timedelta(weeks=13)] += 10
    expected[THIS + timedelta(weeks=14)] = -10
    assert series == expected


def test_forecast_scales_last_season_to_this_seasons_uptake(app: App, history: PaperLog) -> None:
    result = forecast.forecast(app, weeks=4)
    assert result.weeks[0] == THIS + timedelta(weeks=14)
    (line,) = result.lines
    assert (line.series.site_code, line.series.varenummer) == ("VC-HER", "412345")
    assert line.series.method is fc.Method.SEASON and line.series.seasons == 1
    # Hand count: this season's weeks 7-13 gave 610 (600 + 10 on the Sunday); last
    # season's same weeks 400.  Damping: 2 mean weeks of last season, 2 x 960/52.
    prior = 2 * 960 / 52
    ratio = (610 + prior) / (400 + prior)
    assert line.series.ratio == pytest.approx(ratio)
    assert [d for _w, d in line.weeks] == [round(ratio * LAST_SEASON[i]) for i in (14, 15, 16, 17)]
    with pytest.raises(DomainError):
        forecast.forecast(app, weeks=0)


def test_backtest_of_the_last_season(app: App, history: PaperLog) -> None:
    (row,) = forecast.backtest(app)
    assert row.programme_code == "covid-19" and row.season == "2025/26"
    assert len(row.weeks) == 52
    assert row.actual == sum(LAST_SEASON.values())
    # No season before it: each week is the average of the recent four weeks since the
    # site began giving (week 10), e.g. week 12 is (40 + 80) / 2 = 60 against 120 given.
    week12 = next(w for w in row.weeks if w.week == LAST + timedelta(weeks=12))
    assert (week12.forecast, week12.actual) == (60.0, 120.0)
    assert row.mape == pytest.approx(fc.mape(row.weeks))


def cli(db_url: str, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with time_machine.travel(
        datetime(TODAY.year, TODAY.month, TODAY.day, 9, tzinfo=UTC), tick=False
    ):
        code = run(parse_args(["--db", db_url, *args]), out, err)
    return code, out.getvalue(), err.getvalue()


def test_forecast_command(db_url: str, app: App, history: PaperLog) -> None:
    code, out, err = cli(db_url, "forecast", "--weeks", "3")
    assert code == 0, err
    assert "VC-HER" in out and "W41" in out and "3 weeks" in out
    code, out, err = cli(db_url, "forecast", "--weeks", "3", "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["week"] for r in rows] == ["2026-W41", "2026-W42", "2026-W43"]
    assert all(r["site"] == "VC-HER" and r["method"] == "season" for r in rows)
    code, out, err = cli(db_url, "forecast", "--backtest")
    assert code == 0 and "2025/26" in out and "MAPE" in out
    code, out, err = cli(db_url, "forecast", "--backtest", "--csv")
    assert len(list(csv.DictReader(io.StringIO(out)))) == 52
