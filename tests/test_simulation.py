"""The season simulator: its guard, determinism, ledger, monthly SSI report, a season
worked by hand, its files, cancellation and its command line.

The simulator writes only SQLite scratch files (it copies one freshly migrated template
per run), so these tests run on SQLite; the services it calls are the app's own and
are tested on both engines elsewhere.  Seasons are tiny: a few sites, a few days.
"""

from __future__ import annotations

import hashlib
import io
import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import aliased

from pharmacy_app import cli
from pharmacy_app.db import models as m
from pharmacy_app.demo.plan import ProductSpec
from pharmacy_app.domain import cold_chain as cc
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.domain.types import VirtualLocation
from pharmacy_app.reports import simulation_chart
from pharmacy_app.services import queries, ssi_report
from pharmacy_app.services.app import open_app
from pharmacy_app.services.simulation import (
    SimulationSettings,
    engine,
    files,
    policies,
    run,
)
from pharmacy_app.services.simulation.policies import chosen
from pharmacy_app.services.simulation.world import Delivery, Happening, WorldSite

SITES = ("RH-DC-HELSINGOER", "RH-VC-BISPEBJERG", "RH-TMP-FIELDS")
TINY = SimulationSettings(season=2025, seeds=(3,), policies=("rebalancing",), site_codes=SITES, days=6)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _ledger(path: Path) -> list[tuple[object, ...]]:
    """Every movement as a person would compare it: no ids."""
    app = open_app(f"sqlite:///{path}", user="reader", upgrade=False)
    try:
        src, dst = aliased(m.Location), aliased(m.Location)
        mv = m.Movement
        with app.db.read() as s:
            rows = s.execute(
                select(
                    mv.kind, m.Lot.batch, m.Lot.use_by, src.code, dst.code, mv.doses,
                    mv.occurred_at, mv.reason_code, mv.reference,
                )
                .join(m.Lot, m.Lot.id == mv.lot_id)
                .join(src, src.id == mv.from_location_id)
                .join(dst, dst.id == mv.to_location_id)
                .order_by(mv.id)
            )  # fmt: skip
            return [tuple(r) for r in rows]
    finally:
        app.close()


def _figures(result: object) -> dict[str, object]:
    out = dict(vars(result))
    out.pop("seconds")
    return out


def test_every_policy_has_a_name_a_label_and_a_description_in_both_languages() -> None:
    infos = policies()
    assert [p.name for p in infos] == ["rounds", "rebalancing", "thaw", "forecast", "extra"]
    for info in infos:
        for language in ("da", "en"):
            assert info.label.text(language) and info.description.text(language)
            assert info.label.code.value not in info.label.text(language)
    assert policies()[1].label.text("da") == "+ omfordeling"


def test_the_guard_refuses_a_database_that_holds_anything_and_writes_nothing(tmp_path: Path) -> None:
    real = tmp_path / "pharmacy.sqlite"
    open_app(f"sqlite:///{real}", user="someone").close()  # a real (migrated) database
    before = _digest(real)
    with pytest.raises(DomainError) as e:
        run(TINY, db_path=real, out_dir=tmp_path / "out")
    assert e.value.problems[0].code == "simulation_db_not_empty"
    assert str(real) in e.value.text("en") and str(real) in e.value.text("da")
    assert _digest(real) == before
    assert not (tmp_path / "out").exists()

    junk = tmp_path / "notes.sqlite"
    junk.write_text("not a database")
    with pytest.raises(DomainError) as e:
        run(TINY, db_path=junk)
    assert e.value.problems[0].code == "simulation_db_not_empty"
    assert junk.read_text() == "not a database"

    # A file a run would keep beside the database counts too: nothing is started.
    beside = tmp_path / "new.rounds.3.sqlite"
    shutil.copyfile(real, beside)
    settings = SimulationSettings(season=2025, seeds=(3,), policies=("rounds", "thaw"), site_codes=SITES, days=2)
    with pytest.raises(DomainError) as e:
        run(settings, db_path=tmp_path / "new.sqlite")
    assert str(beside) in e.value.text("en")
    assert not (tmp_path / "new.sqlite").exists()
    assert _digest(beside) == before


def test_bad_settings_are_refused_with_the_field_named() -> None:
    for settings, code in (
        (SimulationSettings(season=1850), "simulation_season_invalid"),
        (SimulationSettings(season=2025, seeds=()), "simulation_no_seeds"),
        (SimulationSettings(season=2025, policies=("magic",)), "simulation_policy_unknown"),
        (SimulationSettings(season=2025, days=0), "simulation_number_invalid"),
        (SimulationSettings(season=2025, cover_days=400), "simulation_number_invalid"),
    ):
        with pytest.raises(DomainError) as e:
            engine.check(settings)
        assert e.value.problems[0].code == code


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    """A tiny season (three sites, six days, seed 3, rebalancing), run once."""
    folder = tmp_path_factory.mktemp("tiny")
    comparison = run(TINY, db_path=folder / "season.sqlite", out_dir=folder / "out")
    return folder, comparison


def test_the_same_seed_gives_the_same_figures_and_the_same_ledger(tiny, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder, first = tiny
    again = run(TINY, db_path=tmp_path / "again.sqlite")
    assert [_figures(r) for r in again.runs] == [_figures(r) for r in first.runs]
    assert _ledger(tmp_path / "again.sqlite") == _ledger(folder / "season.sqlite")
    result = first.runs[0]
    assert result.received > 0 and result.given > 0
    assert result.open_site_days > 0


def test_the_simulated_ledger_passes_check_and_its_ssi_month_reconciles(tiny, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder, comparison = tiny
    after_october = datetime(2025, 11, 3, 9, tzinfo=UTC)
    app = open_app(f"sqlite:///{folder / 'season.sqlite'}", user="checker", clock=lambda: after_october)
    try:
        report = queries.check_ledger(app, full=True)
        assert report.ok, report.breaches
        assert report.movements > 0
        built = ssi_report.build(app, "2025-10")
        rows = built.data.summary
        result = comparison.runs[0]
        assert sum(r.received_ssi for r in rows) == result.received
        assert sum(r.given for r in rows) == result.given
        assert sum(r.wasted for r in rows) == sum(result.wasted_by_reason.values())
        with app.db.read() as s:
            held = sum(
                b.doses
                for b in s.scalars(select(m.StockBalance))
                if not s.get(m.Location, b.location_id).is_virtual  # type: ignore[union-attr]
            )
        assert sum(r.ultimo for r in rows) == held
        path = ssi_report.write(app, "2025-10", tmp_path)
        wb = load_workbook(path, read_only=True)
        assert wb.sheetnames  # the month's workbook is written and opens
    finally:
        app.close()


class HandWorld:
    """One site, one lot, known demand, no randomness (see the hand-worked test)."""

    def __init__(self, site: WorldSite, product: ProductSpec, lot_expiry: date):
        self.days = [date(2025, 10, 1) + timedelta(days=i) for i in range(7)]
        self.sites = [site]
        self.products = [product]
        self.lot_expiry = lot_expiry
        self.happenings = [
            [Happening(open=d.weekday() < 5, demand={0: 5} if d.weekday() < 5 else {}, sessions={}, excursion=False)]
            for d in self.days
        ]

    def pharmacy_open(self, i: int) -> bool:
        return self.days[i].weekday() < 5

    def deliveries_on(self, i: int) -> list[Delivery]:
        return [Delivery(0, self.products[0].varenummer, "HAND1", self.lot_expiry, 5)] if i == 0 else []

    def expected(self, s: int, p: int, i: int, days: int) -> float:
        return 3.0 * days


def test_a_season_worked_by_hand_gives_the_hand_counted_waste_and_stock_outs(tmp_path: Path) -> None:
    """One decentral site with a fridge, Vaxigrip (one dose a syringe, ten a pack), one
    lot of 5 packs (50 doses) delivered on Wednesday 1 October 2025, expiring Friday
    3 October; the site asks for 5 doses each weekday; seven days (to Tuesday 7 October).

    By hand: the first round sends the coordinator's figure, 3 a day x 7 cover days = 21
    doses (pharmacy keeps 29).  Wed, Thu, Fri: 5 given each (15; the site keeps 6).  The
    weekend is closed.  Monday morning both holdings are past their use-by and are
    discarded as expired: 6 at the site + 29 at the pharmacy = 35.  Monday and Tuesday
    5 doses each are asked for with nothing on the shelf: 10 unmet, 2 stock-out site-days
    of 5 open site-days.  No second round (every 7 days).  Rebalancing has nothing to
    move (the only receiver holds more than it can use before Friday), thaw on dispatch
    has nothing frozen, the forecast setting does not change a typed-in figure, an extra
    delivery finds nothing at the pharmacy to send: every policy gives the same.  Received 50, given 15, expired 35, WHO waste 35/50 = 70 %.
    """
    settings = SimulationSettings(season=2025, site_codes=("RH-DC-HELSINGOER",), days=7)
    template = tmp_path / "template.sqlite"
    network, codes = engine.prepare(template, settings, "1084")
    spec = next(s for s in network.sites if s.code == "RH-DC-HELSINGOER")
    product = next(p for p in network.products if p.varenummer == "123456")
    for policy in chosen(()):
        path = tmp_path / f"{policy.name}.sqlite"
        shutil.copyfile(template, path)
        world = HandWorld(WorldSite(spec, 0, [0], (cc.StorageClass.FRIDGE,)), product, date(2025, 10, 3))
        result, _read = engine.play_one(path, settings, network, codes, policy, 1, lambda _i: None, world=world)
        assert result.received == 50, policy.name
        assert result.given == 15, policy.name
        assert result.wasted_by_reason == {"expired": 35, "open_vial": 0, "thawed": 0, "temperature": 0, "other": 0}
        assert result.waste_percent == pytest.approx(70.0)
        assert result.expiry_waste_percent_of_received == pytest.approx(70.0)
        assert (result.unmet_doses, result.stockout_site_days, result.open_site_days) == (10, 2, 5)
        assert result.moved_by_rebalancing == 0


def test_the_workbook_and_the_chart_hold_the_comparison(tiny) -> None:  # type: ignore[no-untyped-def]
    folder, comparison = tiny
    assert set(comparison.files) == {folder / "out" / "simulation.xlsx", folder / "out" / "comparison.png"}
    wb = load_workbook(folder / "out" / "simulation.xlsx", read_only=True)
    assert wb.sheetnames == ["Comparison", "Runs", "Targets", "Assumptions"]
    runs = list(wb["Runs"].iter_rows(values_only=True))
    header, row = runs[0], runs[1]
    result = comparison.runs[0]
    assert row[0] == "rebalancing" and row[1] == 3
    assert row[header.index("Doses received")] == result.received
    assert row[header.index("Doses given")] == result.given
    assert row[header.index("Wasted: open vial")] == result.wasted_by_reason["open_vial"]
    assert row[header.index("Stock-out site-days")] == result.stockout_site_days
    targets = list(wb["Targets"].iter_rows(values_only=True))
    assert [t[0] for t in targets[1:]] == [t.name for t in comparison.targets]
    assumptions = [r[0] for r in wb["Assumptions"].iter_rows(values_only=True)][1:]
    assert assumptions == [a.text("en") for a in comparison.assumptions]

    fig = simulation_chart.comparison_figure(files.chart_data(comparison, "da"))
    waste_ax, out_ax = fig.axes[:2]
    heights = {p.get_gid(): p.get_height() for p in waste_ax.patches}
    for reason, doses in result.wasted_by_reason.items():
        assert heights[reason] == pytest.approx(doses)
    assert [p.get_height() for p in out_ax.patches] == [pytest.approx(result.stockout_site_days)]
    assert any("Sæsonen løber" in t.get_text() for t in fig.texts)


def test_a_cancelled_simulation_leaves_no_file(tmp_path: Path) -> None:
    seen: list[int] = []
    settings = SimulationSettings(season=2025, seeds=(1, 2), policies=("rounds",), site_codes=SITES[:1], days=3)
    with pytest.raises(DomainError) as e:
        run(
            settings,
            db_path=tmp_path / "cut.sqlite",
            out_dir=tmp_path / "out",
            progress=lambda done, total, text: seen.append(done),
            cancelled=lambda: len(seen) >= 4,
        )
    assert e.value.problems[0].code == "simulation_cancelled"
    assert list(tmp_path.iterdir()) == []


def _cli(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(cli.parse_args(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_the_command_line_refuses_bad_input_and_writes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "scratch.sqlite"
    out = tmp_path / "out"
    for argv, words in (
        (["simulate", "--season", "2025", "--out", str(out)], "--db"),
        (["--db", str(db), "simulate", "--season", "next", "--out", str(out)], "--season"),
        (["--db", str(db), "simulate", "--season", "2025", "--policy", "magic"], "magic"),
        (["--db", str(db), "simulate", "--season", "2025", "--sites", "RH-NOWHERE", "--days", "1"], "RH-NOWHERE"),
        (["--db", str(db), "simulate", "--season", "2025", "--days", "0"], "days"),
        (["--db", "postgresql://u@h/db", "simulate", "--season", "2025"], "SQLite"),
    ):
        code, _out, err = _cli(argv)
        assert code == 1, argv
        assert words in err, (argv, err)
        assert "Traceback" not in err
    assert list(tmp_path.iterdir()) == []

    real = tmp_path / "pharmacy.sqlite"
    open_app(f"sqlite:///{real}", user="someone").close()
    before = _digest(real)
    code, _out, err = _cli(["--db", f"sqlite:///{real}", "simulate", "--season", "2025", "--days", "2"])
    assert code == 1 and str(real) in err
    assert _digest(real) == before


def test_the_command_line_prints_the_comparison_and_the_targets(tmp_path: Path) -> None:
    db = tmp_path / "scratch.sqlite"
    code, out, err = _cli([
        "--db", f"sqlite:///{db}", "simulate", "--season", "2025", "--seeds", "1-2",
        "--policy", "rounds", "--policy", "thaw", "--sites", *SITES[:2], "--days", "2",
        "--out", str(tmp_path / "out"),
    ])  # fmt: skip
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("Season 2025, seeds 1, 2")
    assert lines[1].split()[:3] == ["policy", "received", "given"]
    assert lines[2].startswith("rounds") and lines[3].startswith("thaw")
    assert any(line.startswith(("MET", "MISSED")) and "Expiry waste" in line for line in lines)
    assert any("Stock-out site-days at most 0.5 %" in line for line in lines)
    assert "100 %" in err
    assert db.exists() and (tmp_path / "scratch.rounds.1.sqlite").exists()
    assert (tmp_path / "scratch.thaw.1.sqlite").exists()
    assert (tmp_path / "out" / "simulation.xlsx").exists()
    # The ledger of the last run is the one in --db: thaw, seed 2.
    app = open_app(f"sqlite:///{db}", user="reader", upgrade=False)
    try:
        with app.db.read() as s:
            ssi = s.scalars(select(m.Location).where(m.Location.code == VirtualLocation.SSI.value)).one()
            assert s.scalars(select(m.Movement).where(m.Movement.from_location_id == ssi.id)).first() is not None
    finally:
        app.close()


def test_an_extra_delivery_reaches_a_site_that_would_run_out_before_the_next_round(tmp_path: Path) -> None:
    """The same site, a lot that keeps (50 doses, use-by June 2026), 5 doses asked for each
    weekday.  The first round sends 21 (3 a day x 7 days).  Without extra deliveries the
    site gives 5 Wednesday to Monday and its last dose on Tuesday: 21 given, 4 unmet, one
    stock-out day.  With them, the stock-outs view sees the site run out before the next
    round (Wednesday 8 October) and a second delivery goes out from the 29 the pharmacy
    holds: all 25 asked for are given."""
    settings = SimulationSettings(season=2025, site_codes=("RH-DC-HELSINGOER",), days=7)
    template = tmp_path / "template.sqlite"
    network, codes = engine.prepare(template, settings, "1084")
    spec = next(s for s in network.sites if s.code == "RH-DC-HELSINGOER")
    product = next(p for p in network.products if p.varenummer == "123456")
    got = {}
    for policy in chosen(("forecast", "extra")):
        path = tmp_path / f"{policy.name}.sqlite"
        shutil.copyfile(template, path)
        world = HandWorld(WorldSite(spec, 0, [0], (cc.StorageClass.FRIDGE,)), product, date(2026, 6, 30))
        result, _read = engine.play_one(path, settings, network, codes, policy, 1, lambda _i: None, world=world)
        app = open_app(f"sqlite:///{path}", user="reader", upgrade=False)
        try:
            with app.db.read() as s:
                rounds = sorted(
                    r.planned_for for r in s.scalars(select(m.DistributionRound))
                    if r.status == "dispatched"
                )  # fmt: skip
        finally:
            app.close()
        got[policy.name] = (result.given, result.unmet_doses, result.stockout_site_days, rounds)
    assert got["forecast"] == (21, 4, 1, [date(2025, 10, 1)])
    given, unmet, out_days, rounds = got["extra"]
    assert (given, unmet, out_days) == (25, 0, 0)
    assert rounds[0] == date(2025, 10, 1) and len(rounds) == 2
    assert date(2025, 10, 1) < rounds[1] < date(2025, 10, 8)
