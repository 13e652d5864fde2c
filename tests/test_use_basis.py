"""Round proposals and stock-out warnings on the forecast basis (the setting
``round_use_basis``), on SQLite and PostgreSQL: a rising season where the forecast asks
for more than the four-week rate, the fall-back where the forecast has nothing, the
basis sentence stored and shown (view, command line), the stock-outs' daily use, the
setting's activity entry and the ``round-basis`` command.

The history (hand-made, one covid-19 product of 6 doses a vial, the same season shape as
tests/test_forecast_service.py).  Seasons start on the Monday of ISO week 27; today is
the Monday of this season's week 14 (ISO week 41, 2026-10-05), so a central site's 14
days of cover are exactly ISO weeks 41 and 42 (season weeks 14 and 15).

* VC-HER (central, 14 days): last season gave 40, 80, 120, 160, 200, 160, 120, 80 in
  season weeks 10-17; this season 60, 120, 180, 240 in weeks 10-13 (1,560 in all); it
  got 1,602 doses, so it holds 42.
  - Recent rate: 600 doses in the last 28 days = 21.43 a day; 14 days = 300; less 42 =
    258 = 43 vials.
  - Forecast: this season's weeks 6-13 gave 600 against last season's 400; damped by 2
    mean weeks of last season (2 x 960 / 52 = 36.92): ratio (600 + 36.92) / (400 +
    36.92) = 1.4578.  Weeks 14 and 15: 1.4578 x (200 + 160) = 524.8, rounded up 525;
    less 42 = 483, rounded up to whole vials 486 = 81 vials.
* DC-B (decentral, 7 days): last season gave 30 a week in weeks 20-25 only; this season
  28 a week in weeks 11-13 (84); it got 90, so it holds 6.  Its profile has nothing in
  weeks 14-15, so the forecast expects 0: the four-week rate is used, 84 / 28 = 3 a day;
  7 days = 21; less 6 = 15, rounded up to 18 = 3 vials, on either basis.
"""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa
import time_machine

from pharmacy_app.cli import parse_args, run
from pharmacy_app.db import models as m
from pharmacy_app.domain import forecast as fc
from pharmacy_app.domain import use_basis as ub
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.services import distribution, stock, stock_outs
from pharmacy_app.services.app import App
from pharmacy_app.services.distribution import use_basis
from pharmacy_app.services.reference.settings import put_setting
from tests.helpers import set_home
from tests.paperlog import Clock, PaperLog

LAST = date.fromisocalendar(2025, fc.SEASON_START_WEEK, 1)  # season 2025/26
THIS = date.fromisocalendar(2026, fc.SEASON_START_WEEK, 1)  # season 2026/27
TODAY = THIS + timedelta(weeks=14)  # Monday 2026-10-05, ISO week 41
HER_LAST = {10: 40, 11: 80, 12: 120, 13: 160, 14: 200, 15: 160, 16: 120, 17: 80}
HER_THIS = {10: 60, 11: 120, 12: 180, 13: 240}
B_LAST = {w: 30 for w in range(20, 26)}
B_THIS = {11: 28, 12: 28, 13: 28}
PRIOR = 2 * 960 / 52
RATIO = (600 + PRIOR) / (400 + PRIOR)


def _at(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


@pytest.fixture
def season(app: App, clock: Clock) -> PaperLog:
    clock.set(_at(date(2025, 8, 1)))
    log = PaperLog(app, clock)
    log.run(
        """
        2025-08-01 receive 412345 FX1 exp 2028-12-31 40 packs ref FS-1
        2025-08-01 site VC-HER central "Vaccinationscenter Herlev"
        2025-08-01 site DC-B decentral "Sundhedshus B"
        2025-08-01 transfer FX1 RH-APO -> VC-HER 1602
        2025-08-01 transfer FX1 RH-APO -> DC-B 270
        """
    )
    lot = log.lots["FX1"]
    given = [("VC-HER", LAST, HER_LAST), ("VC-HER", THIS, HER_THIS)]
    given += [("DC-B", LAST, B_LAST), ("DC-B", THIS, B_THIS)]
    for site, start, weeks in given:
        for index, doses in weeks.items():
            clock.set(_at(start + timedelta(weeks=index, days=1)))  # the week's Tuesday
            stock.administer(app, lot_id=lot, site_code=site, doses=doses)
    set_home(app)
    clock.set(_at(TODAY))
    return log


def _requests(app: App) -> dict[str, distribution.RequestView]:
    view = distribution.plan_round(app, planned_for=TODAY, site_codes=["VC-HER", "DC-B"])
    return {lst.site_code: lst.requests[0] for lst in view.lists}


def _stored(app: App, request_id: int) -> dict[str, object]:
    with app.db.read() as s:
        return dict(json.loads(s.get_one(m.DistributionRequest, request_id).basis))


def test_the_recent_basis_is_the_default_and_unchanged(app: App, season: PaperLog) -> None:
    assert use_basis.use_basis(app) == ub.RECENT
    got = _requests(app)
    her, b = got["VC-HER"], got["DC-B"]
    assert (her.proposed, her.rate_per_day) == (258, pytest.approx(600 / 28))
    assert (b.proposed, b.rate_per_day) == (18, pytest.approx(3.0))
    # The stored basis is the one rounds always kept: no forecast fields.
    assert "use_basis" not in _stored(app, her.request_id)
    assert her.basis is not None and her.basis.text("da").startswith("Bruger 21,4 doser om dagen")


def test_a_rising_season_proposes_more_on_the_forecast(app: App, season: PaperLog) -> None:
    use_basis.save_use_basis(app, ub.FORECAST)
    got = _requests(app)
    her = got["VC-HER"]
    assert her.proposed == 486  # against 258 on the four-week rate
    assert her.rate_per_day == pytest.approx(RATIO * 360 / 14)
    stored = _stored(app, her.request_id)
    assert stored["use_basis"] == "forecast" and stored["rate_source"] == "forecast"
    assert stored["forecast"] == {
        "start": "2026-10-05", "days": 14, "doses": round(RATIO * 360, 3),
        "first_week": "2026-10-05", "last_week": "2026-10-12",
    }  # fmt: skip
    assert her.basis is not None
    assert her.basis.text("da") == (
        "Prognose for uge 41–42: 525 doser på 14 dage; har 42; foreslået 486 (81 hætteglas à 6)."
    )
    assert her.basis.text("en").startswith("Forecast for weeks 41–42: 525 doses over 14 days;")


def test_where_the_forecast_has_nothing_the_recent_rate_is_used(app: App, season: PaperLog) -> None:
    use_basis.save_use_basis(app, ub.FORECAST)
    b = _requests(app)["DC-B"]
    assert (b.proposed, b.rate_per_day) == (18, pytest.approx(3.0))
    stored = _stored(app, b.request_id)
    assert (stored["use_basis"], stored["forecast"], stored["rate_source"]) == ("forecast", None, "own")
    assert b.basis is not None
    assert b.basis.text("da").startswith("Ingen prognose for stedet; seneste 4 uger: 3 doser om dagen;")
    assert b.basis.text("en").endswith("holds 6; proposed 18 (3 vials of 6).")


def test_stock_outs_use_the_forecast_to_the_next_round(app: App, season: PaperLog) -> None:
    # Recent basis: the four-week rates, as before.
    rows = {r.location_code: r for r in stock_outs.stock_outs(app, every_row=True)}
    assert (rows["VC-HER"].status.daily_use, rows["VC-HER"].rate_source) == (
        pytest.approx(600 / 28), "own",
    )  # fmt: skip
    use_basis.save_use_basis(app, ub.FORECAST)
    rows = {r.location_code: r for r in stock_outs.stock_outs(app, every_row=True)}
    # The round interval (7 days) from Monday: all of week 14, 1.4578 x 200 = 291.6, a
    # seventh a day: 41.65 a day; 42 doses last 1 whole day, run-out tomorrow.
    her = rows["VC-HER"]
    assert (her.status.daily_use, her.rate_source) == (pytest.approx(RATIO * 200 / 7), "forecast")
    assert her.status.run_out == TODAY + timedelta(days=1)
    # DC-B: the forecast expects nothing this week: its own rate, 3 a day.
    assert (rows["DC-B"].status.daily_use, rows["DC-B"].rate_source) == (pytest.approx(3.0), "own")
    # A caller's own daily use still wins, and says so.
    given = stock_outs.stock_outs(app, every_row=True, daily_use={("DC-B", "412345"): 1.0})
    assert {r.location_code: r.rate_source for r in given} == {"VC-HER": "own", "DC-B": "given"}
    # The status bar counts from the same rows.
    assert stock_outs.counts(app).running_out == stock_outs.shortage_count(
        stock_outs.stock_outs(app)
    )


def test_the_setting_is_checked_and_logged(app: App, season: PaperLog) -> None:
    assert use_basis.save_use_basis(app, "forecast") == "forecast"
    use_basis.save_use_basis(app, "forecast")  # unchanged: nothing more logged
    with pytest.raises(DomainError) as bad:
        use_basis.save_use_basis(app, "weekly")
    assert bad.value.code == "use_basis_invalid"
    with app.db.read() as s:
        logged = s.scalars(
            sa.select(m.Activity).where(m.Activity.subject == ub.SETTING_KEY)
        ).all()
    assert [(a.kind, a.before, a.after, a.user_name) for a in logged] == [
        ("setting", None, '"forecast"', "tester")
    ]
    # A value written by hand (the simulator writes the key directly) is read as such;
    # anything else reads as the default.
    with app.db.write() as s:
        put_setting(s, ub.SETTING_KEY, "recent", app)
    assert use_basis.use_basis(app) == "recent"
    with app.db.write() as s:
        put_setting(s, ub.SETTING_KEY, "something", app)
    assert use_basis.use_basis(app) == "recent"


def _cli(db_url: str, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with time_machine.travel(_at(TODAY), tick=False):
        code = run(parse_args(["--db", db_url, *args]), out, err)
    return code, out.getvalue(), err.getvalue()


def test_round_basis_command_and_the_round_shows_its_basis(
    db_url: str, app: App, season: PaperLog, tmp_path
) -> None:
    code, out, err = _cli(db_url, "round-basis")
    assert code == 0, err
    assert out.startswith("round_use_basis: recent")
    code, out, err = _cli(db_url, "round-basis", "forecast")
    assert code == 0 and out.startswith("round_use_basis: forecast"), err
    assert use_basis.use_basis(app) == "forecast"
    code, out, err = _cli(
        db_url, "distribute", "--site", "VC-HER", "--site", "DC-B", "--out", str(tmp_path),
        "--lang", "da",
    )  # fmt: skip
    assert code == 0, err
    assert "Prognose for uge 41–42: 525 doser på 14 dage" in out
    assert "Ingen prognose for stedet" in out
    code, out, err = _cli(db_url, "stock-outs")
    assert code == 0 and "forecast" in out, err
    with pytest.raises(SystemExit) as bad:  # argparse refuses another value
        _cli(db_url, "round-basis", "weekly")
    assert bad.value.code == 2


def test_the_kept_forecast_follows_a_late_entry(app: App, season: PaperLog) -> None:
    """The forecast is kept between calls (services.forecast_memo) only while the history
    before Monday is unchanged: 6 doses more entered late for last Friday (week 13) raise
    this season's uptake to (606 + 36.92) / (400 + 36.92) = 1.4715, and the next
    reading says so; doses given today (after Monday) change nothing."""
    use_basis.save_use_basis(app, ub.FORECAST)

    def her_use() -> float:
        rows = stock_outs.stock_outs(app, every_row=True)
        return next(r.status.daily_use for r in rows if r.location_code == "VC-HER")

    assert her_use() == pytest.approx(RATIO * 200 / 7)
    lot = season.lots["FX1"]
    stock.administer(app, lot_id=lot, site_code="VC-HER", doses=6)  # today: not history
    assert her_use() == pytest.approx(RATIO * 200 / 7)
    friday = TODAY - timedelta(days=3)
    stock.administer(app, lot_id=lot, site_code="VC-HER", doses=6, occurred_at=_at(friday))
    later = (606 + PRIOR) / (400 + PRIOR)
    assert her_use() == pytest.approx(later * 200 / 7)


def test_a_mobile_units_proposal_keeps_the_forecast_basis_when_its_visits_go(
    app: App, season: PaperLog
) -> None:
    """MOB-N (mobile, 7 days) gave 12 a week in last season's weeks 10-15 and this
    season's weeks 10-13, got 132, holds 12: the forecast (ratio 1) expects 12 in week
    14, the proposal is 0.  A visit plan of 30 doses asks for 30 - 12 = 18; with
    the visit gone the request goes back to the forecast, not to the four-week rate."""
    season.run(
        """
        2025-08-01 site MOB-N mobile "Mobil enhed N"
        """
    )
    lot = season.lots["FX1"]
    season.clock.set(_at(date(2025, 8, 2)))
    stock.transfer(app, lot_id=lot, from_code="RH-APO", to_code="MOB-N", doses=132)
    for start, weeks in ((LAST, range(10, 16)), (THIS, range(10, 14))):
        for index in weeks:
            season.clock.set(_at(start + timedelta(weeks=index, days=2)))
            stock.administer(app, lot_id=lot, site_code="MOB-N", doses=12)
    season.clock.set(_at(TODAY))
    use_basis.save_use_basis(app, ub.FORECAST)
    view = distribution.plan_round(app, planned_for=TODAY, site_codes=["MOB-N"])
    (lst,) = view.lists
    (req,) = lst.requests
    assert req.basis is not None and req.basis.text("da").startswith("Prognose for uge 41: 12 doser på 7 dage")
    view = distribution.add_visit(
        app, lst.list_id, visit_date=TODAY + timedelta(days=1), institution="Plejehjem N",
        institution_kind="plejehjem", programme_code="covid-19", doses=30,
    )  # fmt: skip
    (req,) = view.lists[0].requests
    assert req.proposed == 18 and req.basis is not None and "Besøgene" in req.basis.text("da")
    (visit,) = view.lists[0].visits
    view = distribution.remove_visit(app, visit.visit_id)
    (req,) = view.lists[0].requests
    assert _stored(app, req.request_id)["use_basis"] == "forecast"
    assert req.basis is not None and req.basis.text("da").startswith("Prognose for uge 41")
