"""The national picture from three demo regions (different seeds and region codes), their
monthly workbooks written by the app itself: the national totals equal the sum of the
regions' own workbooks, a surplus received in one region is proposed to the regions that
can use it before it expires, and the overview workbook and PDF read back; the region
whose database is under test runs on SQLite and PostgreSQL, through the command line."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pharmacy_app.domain import national as nat
from pharmacy_app.reports import national_workbook, ssi_workbook
from pharmacy_app.services import demo, national, ssi_report, stock
from pharmacy_app.services.app import open_app
from tests.helpers import pdftext
from tests.paperlog import Clock
from tests.test_ssi_report import cli

UNTIL = date(2026, 11, 30)
AFTER = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
PCV = "345679"  # Prevenar 20, 10 doses a pack


def _demo_workbook(url: str, clock: Clock, region: str, seed: int, out: Path) -> Path:
    app = open_app(url, user="tester", clock=clock)
    try:
        clock.set(AFTER)
        demo.generate(app, region_code=region, seed=seed, until=UNTIL)
        return ssi_report.write(app, "2026-11", out)
    finally:
        app.close()


@pytest.fixture(scope="module")
def other_regions(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Nordjylland (seed 2) and Sjælland (seed 3), built once on SQLite."""
    folder = tmp_path_factory.mktemp("regions")
    return [
        _demo_workbook(f"sqlite:///{folder / f'{code}.db'}", Clock(AFTER), code, seed, folder)
        for code, seed in (("1081", 2), ("1085", 3))
    ]


def _sums(paths: list[Path]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for path in paths:
        for row in ssi_workbook.read(path)["Opsummering"]:
            for column in ("Primo", "Givet", "Kasseret", "Ultimo"):
                out[row["Varenummer"]][column] += row[column]
    return out


@pytest.mark.slow
def test_three_demo_regions_give_the_national_picture(
    db_url: str, tmp_path: Path, other_regions: list[Path]
) -> None:
    clock = Clock(AFTER)
    app = open_app(db_url, user="tester", clock=clock)
    try:
        clock.set(AFTER)
        demo.generate(app, region_code="1084", seed=1, until=UNTIL)
        # On the month's last evening Hovedstaden receives far more of a lot used by
        # 15-01-2027 than it can give by then: a surplus other regions can use.
        clock.set(datetime(2026, 11, 30, 20, 0, tzinfo=UTC))
        stock.receive(
            app,
            product=PCV,
            batch="SURPLUS1",
            expiry=date(2027, 1, 15),
            packs=600,
            reference="EXTRA",
        )
        clock.set(AFTER)
        capital = ssi_report.write(app, "2026-11", tmp_path)
    finally:
        app.close()
    paths = [*other_regions, capital]

    overview = nat.overview([national.read_region(p) for p in paths])
    assert [r.region_code for r in overview.regions] == ["1081", "1084", "1085"]
    sums = _sums(paths)
    totals = {line.varenummer: line for line in overview.totals()}
    assert set(totals) == set(sums)
    for varenummer, line in totals.items():
        assert (line.primo, line.given, line.wasted, line.stock) == (
            sums[varenummer]["Primo"], sums[varenummer]["Givet"], sums[varenummer]["Kasseret"],
            sums[varenummer]["Ultimo"],
        )  # fmt: skip

    hovedstaden = next(x for x in overview.region_lines("1084") if x.varenummer == PCV)
    assert hovedstaden.will_expire > 0
    moves = [p for p in overview.proposals if p.batch == "SURPLUS1"]
    assert moves, overview.proposals
    assert {p.from_code for p in moves} == {"1084"}
    assert {p.to_code for p in moves} <= {"1081", "1085"}
    assert sum(p.doses for p in moves) <= hovedstaden.will_expire
    for p in moves:
        assert p.doses % 10 == 0
        receiver = next(r for r in overview.regions if r.region_code == p.to_code)
        # Never more than the receiver gives before the lot's use-by at its own rate.
        days = (p.use_by - receiver.as_of).days + 1
        assert p.doses <= receiver.weekly_rate(PCV) * days / 7
    # The first goes to the receiver with the fewer weeks of cover.
    covers = {x.region_code: x.weeks_of_cover for x in overview.lines if x.varenummer == PCV}
    assert moves[0].to_code == min(("1081", "1085"), key=lambda c: covers[c] or 0.0)

    out, pdf = tmp_path / "national.xlsx", tmp_path / "national.pdf"
    done = cli("--db", db_url, "national", *map(str, paths), "--out", str(out), "--pdf", str(pdf))
    assert done.returncode == 0, done.stderr
    assert "Region Hovedstaden" in done.stdout and "SURPLUS1" in done.stdout
    wb = load_workbook(out)
    assert wb.sheetnames == [
        "Forside",
        "Landstotal",
        "Region 1081",
        "Region 1084",
        "Region 1085",
        "Forslag",
    ]
    ultimo = national_workbook.LINE_HEADERS.index("Ultimo")
    varenr = national_workbook.LINE_HEADERS.index("Varenummer")
    for row in list(wb["Landstotal"].iter_rows(values_only=True))[1:]:
        assert row[ultimo] == sums[row[varenr]]["Ultimo"]
    forslag = list(wb["Forslag"].iter_rows(values_only=True))[1:]
    assert any(r[4] == "SURPLUS1" and r[0].startswith("Region Hovedstaden") for r in forslag)
    text = pdftext(pdf)
    assert "Landsoverblik" in text and "SURPLUS1" in text and "Region Nordjylland" in text

    bad = cli(
        "--db", db_url, "national", str(capital), str(capital), "--out", str(tmp_path / "x.xlsx")
    )
    assert bad.returncode == 1 and "1084" in bad.stderr
    assert not (tmp_path / "x.xlsx").exists()
