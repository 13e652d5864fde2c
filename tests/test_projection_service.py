"""Projected stock from the database, on SQLite and PostgreSQL: stock now, the forecast,
a planned round and an expected delivery at a site, the pharmacy and the region; the
chart's plotted data read back; the ``projection`` command."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from matplotlib.lines import Line2D

from pharmacy_app.cli import parse_args, run
from pharmacy_app.reports.projection_chart import projection_figure
from pharmacy_app.services import distribution, expected_deliveries, projection, stock
from pharmacy_app.services.app import App
from tests.helpers import set_home
from tests.paperlog import Clock, PaperLog

TODAY = date(2026, 12, 7)  # a Monday: the whole week is still to come
MONDAY = TODAY


@pytest.fixture
def planned(app: App, clock: Clock) -> PaperLog:
    log = PaperLog(app, clock)
    log.run(
        """
        2026-11-02 receive 412345 FX1 exp 2026-12-18 2 packs ref FS-1
        2026-11-02 receive 412345 FX2 exp 2027-06-30 4 packs ref FS-2
        2026-11-02 site VC-HER central "Vaccinationscenter Herlev"
        2026-11-02 transfer FX1 RH-APO -> VC-HER 60
        """
    )
    # Four weeks of 30 doses a week at the site (recent average: no earlier season).
    for k in range(4, 0, -1):
        tuesday = MONDAY - timedelta(weeks=k) + timedelta(days=1)
        clock.set(datetime(tuesday.year, tuesday.month, tuesday.day, 9, tzinfo=UTC))
        stock.transfer(
            app,
            lot_id=log.lots["FX1"] if k > 2 else log.lots["FX2"],
            from_code="RH-APO",
            to_code="VC-HER",
            doses=30,
        )
        stock.administer(
            app, lot_id=log.lots["FX1"] if k > 2 else log.lots["FX2"], site_code="VC-HER", doses=30
        )
    set_home(app)
    clock.set(datetime(TODAY.year, TODAY.month, TODAY.day, 9, tzinfo=UTC))
    expected_deliveries.add_expected(
        app, product="412345", packs=2, expected_on=TODAY + timedelta(days=15)
    )
    return log


def _line(lines: list[projection.ProjectionLine], place: str) -> projection.ProjectionLine:
    (line,) = [x for x in lines if x.place_code == place and x.varenummer == "412345"]
    return line


def test_projection_against_a_hand_count(app: App, planned: PaperLog) -> None:
    # Stock now: the pharmacy 180 of FX2 (it sent all of FX1); the site 60 of FX1 (use-by
    # 18-12).  A round on Wednesday of week 2 sends the site 60 of FX2 from the pharmacy.
    view = distribution.plan_round(
        app, planned_for=TODAY + timedelta(days=9), site_codes=["VC-HER"],
        requested={("VC-HER", _product_id(app)): 60},
    )  # fmt: skip
    assert view is not None
    lines = projection.projection(app, weeks=4)
    site = _line(lines, "VC-HER")
    # Hand count at the site: 30 a week; week 1 FX1 60 -> 30; week 2: 30 used, FX1 (use-by
    # Friday 18-12) has 0 left, none lost; the round's 60 arrive: 60; week 3: 30; week 4: 0.
    rows = [(w.start, w.incoming, w.used, w.expired, w.end) for w in site.projection.weeks]
    assert site.stock_now == 60
    assert rows == [(60, 0, 30, 0, 30), (30, 60, 30, 0, 60), (60, 0, 30, 0, 30), (30, 0, 30, 0, 0)]
    assert site.projection.stock_out is None
    pharmacy = _line(lines, "RH-APO")
    # The pharmacy: 180; the round takes 60 in week 2, the delivery of 120 comes in
    # week 3; nothing is used there.
    rows = [(w.start, w.incoming, w.outgoing, w.expired, w.end) for w in pharmacy.projection.weeks]
    assert pharmacy.stock_now == 180
    assert rows == [
        (180, 0, 0, 0, 180),
        (180, 0, 60, 0, 120),
        (120, 120, 0, 0, 240),
        (240, 0, 0, 0, 240),
    ]
    region = _line(lines, projection.REGION)
    # The region: 240 now, 30 a week used (the site's FX1 first), 120 coming in week 3;
    # the round moves stock within the region and changes nothing.
    rows = [(w.start, w.incoming, w.used, w.expired, w.end) for w in region.projection.weeks]
    assert region.stock_now == 240
    assert rows == [
        (240, 0, 30, 0, 210),
        (210, 0, 30, 0, 180),
        (180, 120, 30, 0, 270),
        (270, 0, 30, 0, 240),
    ]


def test_the_pharmacy_is_expected_to_supply_what_its_sites_will_lack(
    app: App, planned: PaperLog
) -> None:
    """No round planned: the site's 60 last two weeks and it lacks 30 in weeks 3 and 4;
    the rounds still to be planned must bring that from the pharmacy, so that is the
    pharmacy's expected use (its 180 plus the delivery of 120 in week 3, less 30 and 30)."""
    lines = projection.projection(app, weeks=4)
    site = _line(lines, "VC-HER")
    assert [w.short for w in site.projection.weeks] == [0, 0, 30, 30]
    pharmacy = _line(lines, "RH-APO")
    rows = [(w.start, w.incoming, w.use, w.used, w.end) for w in pharmacy.projection.weeks]
    assert rows == [
        (180, 0, 0, 0, 180),
        (180, 0, 0, 0, 180),
        (180, 120, 30, 30, 270),
        (270, 0, 30, 30, 240),
    ]
    # The places come region first, then the pharmacy, then the sites.
    kinds = [x.place_kind for x in lines if x.varenummer == "412345"]
    assert kinds == ["region", "pharmacy", "site"]


def _product_id(app: App) -> int:
    from pharmacy_app.services import reference

    with app.db.read() as s:
        return reference.product_by_key(s, "412345").id


def test_the_chart_plots_the_projection(app: App, planned: PaperLog) -> None:
    site = _line(projection.projection(app, site="VC-HER", weeks=4), "VC-HER")
    fig = projection_figure(projection.chart_data(site, "en"), "en")
    lines = {line.get_gid(): line for line in fig.axes[0].get_lines() if isinstance(line, Line2D)}
    assert list(lines["stock"].get_ydata()) == [60, 30, 0, 0, 0] or list(
        lines["stock"].get_ydata()
    ) == [site.stock_now, *(w.end for w in site.projection.weeks)]
    assert list(lines["stock"].get_ydata()) == [
        site.stock_now,
        *(w.end for w in site.projection.weeks),
    ]
    assert list(lines["use"].get_ydata()) == [30, 30, 30, 30]
    texts = " ".join(t.get_text() for t in fig.texts)
    assert "first-expiry-first" in texts


def cli(db_url: str, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with time_machine.travel(
        datetime(TODAY.year, TODAY.month, TODAY.day, 9, tzinfo=UTC), tick=False
    ):
        code = run(parse_args(["--db", db_url, *args]), out, err)
    return code, out.getvalue(), err.getvalue()


def test_projection_command(db_url: str, app: App, planned: PaperLog, tmp_path) -> None:
    code, out, err = cli(db_url, "projection", "--weeks", "4")
    assert code == 0, err
    assert "REGION" in out and "VC-HER" in out and "RH-APO" in out
    chart = tmp_path / "c.png"
    code, out, err = cli(
        db_url, "projection", "--site", "VC-HER", "--weeks", "4", "--csv", "--chart", str(chart),
        "--varenummer", "412345",
    )  # fmt: skip
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [int(r["end"]) for r in rows] == [30, 0, 0, 0]
    assert chart.read_bytes()[:4] == b"\x89PNG"
    code, out, err = cli(db_url, "projection", "--site", "NOWHERE")
    assert code == 1 and "NOWHERE" in err
