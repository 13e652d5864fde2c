"""The Simulation tab of the Reports page with the real engine: the form's defaults, a
tiny season played through the window (the table shows the engine's own figures, as
the workbook it wrote says), cancelling (no file left), a refused output folder (the
standard message), each run in a folder of its own, and the tab rendered before and
after a run."""

from __future__ import annotations

import html
import os
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtWidgets import QProgressDialog, QPushButton

from pharmacy_app.domain.forecast import season_start
from pharmacy_app.services import simulation
from pharmacy_app.services.simulation import SimulationSettings
from pharmacy_app.ui import fmt
from pharmacy_app.ui import operations as ops_module
from pharmacy_app.ui.common.widgets import settings
from pharmacy_app.ui.main_window import REPORTS
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.reports.simulation_form import OUTPUT_DIR_KEY
from pharmacy_app.ui.reports.simulation_tab import (
    SCRATCH_DB_NAME,
    RunWords,
    SimulationTab,
    run_folder,
)
from tests.ui.geometry import clipped, overlaps, squashed
from tests.ui.test_screenshots import assert_real_picture

SEASON = 2026
TINY_DAYS = 4


@pytest.fixture
def tab(qtbot, window):
    window.show_page(REPORTS)
    page = window.reports_page
    page.tabs.setCurrentIndex(page.simulation_tab)
    t = page.simulation
    qtbot.waitUntil(lambda: t.form.site_count() > 0 and window.ops.is_idle(), timeout=30_000)
    return t


def tiny(
    tab: SimulationTab, out: Path, policies=("rounds", "rebalancing"), days: int = TINY_DAYS
) -> list[str]:
    """A season of a few days, one seed, two sites, the policies named."""
    form = tab.form
    form.season.setValue(SEASON)
    form.seed_from.setValue(1)
    form.seed_to.setValue(1)
    for name, box in form.policy_checks.items():
        box.setChecked(name in policies)
    sites = [code for code, _name in form.site_choices()[:2]]
    form.set_sites(sites)
    form.days.setValue(days)
    form.set_output_dir(out)
    return sites


def problems_of(window) -> list[str]:
    """Widgets drawn over each other, clipped or squeezed below their text's room."""
    return overlaps(window) + clipped(window) + squashed(window)


def cells(model, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_the_forms_defaults(qtbot, app, tmp_path):
    ops = Operations(app)
    tab = SimulationTab(ops)
    qtbot.addWidget(tab)
    form = tab.form
    assert form.season.value() == season_start(app.today()).year == 2026
    assert form.seeds() == tuple(range(1, 11))
    assert list(form.policy_checks) == [p.name for p in simulation.policies()]
    assert all(box.isChecked() for box in form.policy_checks.values())
    assert [box.text() for box in form.policy_checks.values()] == [
        p.label.text("en") for p in simulation.policies()
    ]
    assert form.cover_days.text() == form.round_every.text() == "App's setting"
    assert form.days.text() == "Whole season"
    assert form.settings() == SimulationSettings(
        season=2026,
        seeds=tuple(range(1, 11)),
        policies=tuple(p.name for p in simulation.policies()),
    )
    assert tab.run_button.isDefault() and "&" in tab.run_button.text()
    assert tab.results.model.rowCount() == 0 and not tab.results.open_folder_button.isEnabled()

    # The region's sites arrive for the chooser; choosing some narrows the run to them.
    tab.start()
    qtbot.waitUntil(lambda: form.site_count() > 0, timeout=30_000)
    assert form.sites_label.text() == f"All the region's sites ({form.site_count()})"
    chooser = form.choose_sites()
    first = form.site_choices()[0][0]
    chooser.set_chosen([first])
    chooser.ok_button.click()
    assert form.chosen_sites() == (first,)
    assert form.settings().site_codes == (first,)
    assert form.sites_label.text() == f"1 of {form.site_count()}: {first}"
    form.all_sites_button.click()
    assert form.chosen_sites() == ()

    # The output folder is remembered on this computer.
    form.set_output_dir(tmp_path / "sim")
    assert settings().value(OUTPUT_DIR_KEY) == str(tmp_path / "sim")
    again = SimulationTab(ops)
    qtbot.addWidget(again)
    assert again.form.output_dir() == tmp_path / "sim"
    ops.shutdown()


def test_a_tiny_season_fills_the_table_with_the_engines_figures(qtbot, tab, tmp_path, monkeypatch):
    out = tmp_path / "sim"
    sites = tiny(tab, out)
    reported: list[tuple[int, int]] = []
    tab.ops.progressed.connect(lambda _op, done, total: reported.append((done, total)))
    qtbot.keyClick(tab.form.season, Qt.Key.Key_Return)  # Enter in the form runs it
    qtbot.waitUntil(lambda: tab.comparison is not None and tab.ops.is_idle(), timeout=120_000)
    c = tab.comparison
    assert c.settings == SimulationSettings(
        season=SEASON,
        seeds=(1,),
        policies=("rounds", "rebalancing"),
        site_codes=tuple(sites),
        days=TINY_DAYS,
    )
    model = tab.results.model
    assert cells(model, 0) == [s.label.text("en") for s in c.summary] == ["Rounds", "+ rebalancing"]
    runs = {r.policy: r for r in c.runs}
    # The engine's own figures, as the table writes them (one seed: no spread).
    assert cells(model, 1) == [
        fmt.number(runs[p].waste_percent, 2) for p in ("rounds", "rebalancing")
    ]
    assert cells(model, 2) == [
        fmt.number(runs[p].expiry_waste_percent_of_received, 2) for p in ("rounds", "rebalancing")
    ]
    assert cells(model, 3) == [
        fmt.number(runs[p].stockout_percent, 2) for p in ("rounds", "rebalancing")
    ]
    assert cells(model, 4) == [fmt.integer(runs[p].unmet_doses) for p in ("rounds", "rebalancing")]
    assert cells(model, 5) == [
        fmt.integer(runs[p].moved_by_rebalancing) for p in ("rounds", "rebalancing")
    ]
    assert cells(model, 6) == [fmt.integer(runs[p].received) for p in ("rounds", "rebalancing")]
    assert any(runs[p].received > 0 for p in runs), "the tiny season delivered nothing"

    # The workbook the engine wrote says the same as the table.
    run = out / f"simulering-{SEASON}-01"  # each run has a folder of its own
    workbook = tab.results.workbook()
    assert workbook is not None and workbook.exists() and workbook.parent == run
    book = workbook_runs(workbook)
    assert list(book) == ["rounds", "rebalancing"]
    for column, title, decimals in (
        (1, "Waste % (WHO)", 2),
        (2, "Expiry waste % of received", 2),
        (3, "Stock-out % of open site-days", 2),
        (4, "Unmet doses", 0),
        (5, "Moved by rebalancing", 0),
        (6, "Doses received", 0),
        (7, "Doses given", 0),
    ):
        written = [book[p][title] for p in book]
        assert cells(model, column) == [
            fmt.number(float(v), decimals) if decimals else fmt.integer(int(v)) for v in written
        ], title

    # Targets in words and colour, the chart the engine wrote, the assumptions under it.
    targets = tab.results.targets.text()
    for t in c.targets:
        assert html.escape(t.text.text("en")) in targets
        assert ("Met" if t.met else "Missed") in targets
    chart = tab.results.chart
    assert chart.pixmap().size() == QImage(str(run / "comparison.png")).size()
    qtbot.waitUntil(lambda: chart.height() > 100, timeout=30_000)  # shown, scaled to its room
    assert c.assumptions and all(
        html.escape(a.text("en")) in tab.results.assumptions.text() for a in c.assumptions
    )
    assert (
        tab.results.open_folder_button.isEnabled() and tab.results.open_workbook_button.isEnabled()
    )
    assert tab.results.folder() == run
    # Progress came day by day: two policies of TINY_DAYS days.
    assert reported and reported[-1] == (2 * TINY_DAYS, 2 * TINY_DAYS)

    # The folder, the workbook and (a click on it) the chart open in the desktop's programs.
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    tab.results.open_folder_button.click()
    tab.results.open_workbook_button.click()
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton)
    assert opened == [str(run), str(workbook), str(run / "comparison.png")]
    assert (run / SCRATCH_DB_NAME).exists()  # the last policy's ledger stays there
    assert tab.message.text() == f"Done: the files are in {run}."

    # Run again: a new folder; the first run's files stay as they were.
    first = {p.name: p.read_bytes() for p in run.iterdir()}
    tab.run_button.click()
    qtbot.waitUntil(lambda: tab.comparison is not c and tab.ops.is_idle(), timeout=120_000)
    assert tab.results.folder() == out / f"simulering-{SEASON}-02"
    assert {p.name: p.read_bytes() for p in run.iterdir()} == first


def workbook_runs(path: Path) -> dict[str, dict[str, object]]:
    """The engine's workbook, read back: its Runs sheet, per policy, by column title."""
    book = load_workbook(path, read_only=True, data_only=True)
    try:
        rows = list(book["Runs"].iter_rows(values_only=True))
    finally:
        book.close()
    header = [str(v) for v in rows[0]]
    return {str(row[0]): dict(zip(header, row, strict=True)) for row in rows[1:] if row and row[0]}


def test_the_progress_dialog_names_the_run_in_the_uis_words():
    words = RunWords("Season 2026: %2, seed %3…", {"rebalancing": "+ omfordeling"})
    assert words.text("rebalancing 7") == "Season 2026: + omfordeling, seed 7…"
    assert words.text("something else") == "something else"


def test_cancelling_leaves_no_files(qtbot, tab, tmp_path, monkeypatch):
    monkeypatch.setattr(ops_module, "PROGRESS_DELAY_MS", 0)
    out = tmp_path / "sim"
    tiny(tab, out, days=60)

    def cancel_at_first_report(*_args: object) -> None:
        for dialog in tab.window().findChildren(QProgressDialog):
            if dialog.isVisible():
                for button in dialog.findChildren(QPushButton):
                    button.click()

    tab.ops.progressed.connect(cancel_at_first_report)
    tab.run_button.click()
    qtbot.waitUntil(lambda: tab.ops.is_idle(), timeout=120_000)
    tab.ops.progressed.disconnect(cancel_at_first_report)
    assert tab.comparison is None
    assert tab.message.text() == "The simulation was cancelled; no files were written."
    assert not out.exists() or list(out.iterdir()) == []
    assert tab.run_button.isEnabled()


def test_an_output_folder_that_is_a_file_is_refused(qtbot, tab, tmp_path):
    out = tmp_path / "sim"
    out.write_bytes(b"someone's notes")
    tiny(tab, out)
    shown: list[str] = []
    tab.ops.error_shown.connect(shown.append)
    tab.run_button.click()
    qtbot.waitUntil(lambda: bool(shown) and tab.ops.is_idle(), timeout=60_000)
    (box,) = tab.ops.open_message_boxes()
    assert box.windowTitle() == "Not possible"  # the standard message of a refusal
    db = out / f"simulering-{SEASON}-01" / "simulering.rounds.1.sqlite"  # the first run's
    assert shown == [box.text()]
    assert box.text() == f"A simulation writes into an SQLite file; {db} is not the path of a file."
    assert out.read_bytes() == b"someone's notes"
    assert not list(tmp_path.rglob("simulering*"))  # nothing was written anywhere
    assert tab.message.text() == "The simulation did not run; nothing was written."
    assert tab.comparison is None and tab.run_button.isEnabled()
    box.close()


def test_the_run_folder_is_the_first_free_one(tmp_path):
    assert run_folder(tmp_path, 2026) == tmp_path / "simulering-2026-01"
    (tmp_path / "simulering-2026-01").mkdir()
    (tmp_path / "simulering-2026-03").mkdir()
    assert run_folder(tmp_path, 2026) == tmp_path / "simulering-2026-02"
    assert run_folder(tmp_path, 2025) == tmp_path / "simulering-2025-01"


@pytest.fixture(params=["en", "da"])
def language(request: pytest.FixtureRequest) -> str:
    """The UI language, installed before the window is made."""
    if request.param == "da":
        request.getfixturevalue("danish")
    return str(request.param)


def shoot(qtbot, window, folder: Path, name: str) -> None:
    """The window at both sizes, saved as PNG, with nothing drawn over or squeezed."""
    for width, height in ((1024, 700), (1600, 1000)):
        window.resize(width, height)
        qtbot.wait(50)
        path = folder / f"{name}-{width}.png"
        assert window.grab().save(str(path))
        assert_real_picture(path, width, height)
        assert problems_of(window) == []
        assert (window.width(), window.height()) == (width, height)


def test_the_tab_renders_before_and_after_a_run(qtbot, language, window, tmp_path):
    window.show_page(REPORTS)
    page = window.reports_page
    page.tabs.setCurrentIndex(page.simulation_tab)
    tab = page.simulation
    qtbot.waitUntil(lambda: tab.form.site_count() > 0 and window.ops.is_idle(), timeout=30_000)
    assert not page.workbook_box.isVisible()  # the tab has the page to itself
    folder = Path(os.environ.get("PHARMACY_SCREENSHOTS") or tmp_path / "png")
    folder.mkdir(parents=True, exist_ok=True)
    shoot(qtbot, window, folder, f"simulation-before-{language}")
    tiny(tab, tmp_path / "sim", policies=tuple(tab.form.policy_checks), days=10)
    tab.form.seed_to.setValue(2)
    tab.run_button.click()
    qtbot.waitUntil(lambda: tab.comparison is not None and window.ops.is_idle(), timeout=240_000)
    shoot(qtbot, window, folder, f"simulation-after-{language}")
    # Two seeds: each figure has its spread.
    assert all("±" in text for text in cells(tab.results.model, 1))
    page.tabs.setCurrentIndex(page.archive_tab)
    assert page.workbook_box.isVisible()
