"""The Stock-outs tab, the status bar's "N sites running out", and the Targets tab in
Settings, with real widgets offscreen on a real SQLite file.

The small log's VC-HER has given 12 doses of FX1234 since 10-05; 30 more given on
10-06 leave 12 of 60 - 12 - 6 - 30 = 12 doses at (12 + 30) / 2 days = 21 a day: 0.57 days
of cover, so it runs out today (10-06), before the next round on 10-13 (today + 7).
MOB-NORD holds 20 doses of VG5521 and gives none: it runs out never, and is short only
once it has a target in doses above 20.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from pharmacy_app.domain import stock_targets as st
from pharmacy_app.services import expiry, stock_outs
from pharmacy_app.services.app import App
from pharmacy_app.ui.expiry.page import STOCK_OUTS
from pharmacy_app.ui.main_window import EXPIRY, MainWindow
from tests.ui.conftest import TEST_START, wait_idle
from tests.ui.data import Log, apply_log, utc
from tests.ui.settings.test_settings import open_settings

TODAY = date(2026, 10, 6)


@pytest.fixture
def short_app(app: App) -> App:
    app.clock.current = utc(2026, 10, 6, 6)  # type: ignore[attr-defined]
    lot = next(r.lot_id for r in expiry.expiry_overview(app) if r.batch == "FX1234")
    apply_log(app, "administer FX1234 at VC-HER 30 ref DAG-3", Log(lots={"FX1234": lot}))
    app.clock.current = TEST_START  # type: ignore[attr-defined]
    return app


def open_tab(qtbot, app: App) -> tuple[MainWindow, object]:
    w = MainWindow(app)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    wait_idle(qtbot, w)
    w.show_page(EXPIRY)
    page = w.expiry_page
    tab = page.stock_outs_tab
    with qtbot.waitSignal(tab.loaded, timeout=30_000):
        page.show_tab(STOCK_OUTS)
    qtbot.waitUntil(lambda: w.ops.is_idle() and w.expiry_watch.counts is not None, timeout=30_000)
    return w, tab


def cells(tab, row: int) -> list[str]:
    return [tab.model.index(row, c).data() for c in range(tab.model.columnCount())]


def test_the_tab_lists_a_site_that_runs_out_and_the_status_bar_says_so(qtbot, short_app: App, tmp_path: Path) -> None:
    w, tab = open_tab(qtbot, short_app)
    assert tab.model.rowCount() == 1
    site, product, stock, rate, cover, runs_out, next_round, target, why = cells(tab, 0)
    assert (site, stock, rate, cover) == ("Vaccinationscenter Herlev", "12", "21.0", "0.6")
    assert (runs_out, next_round) == ("2026-10-06", "2026-10-13 (interval)")
    assert target == "7–14 days (kind)"
    assert why.startswith("runs out") and "7 days before the next round" in why
    assert w.expiry_label.summary.endswith(" · 1 site running out")
    # VC-HER is also below its minimum: 7 days x 21 a day = 147 doses > 12.
    assert tab.totals.text() == "Sites running out before their next round: 1 · below their minimum: 1"
    assert why.endswith("; 12 usable doses, below the minimum of 147")
    # Exported with every field, as the command line writes it.
    out = tmp_path / "mangler.csv"
    tab.export_to(out)
    qtbot.waitUntil(lambda: w.ops.is_idle() and out.exists(), timeout=30_000)
    (row,) = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert (row["location_code"], row["usable"], row["run_out"], row["next_round"]) == (
        "VC-HER", "12", "2026-10-06", "2026-10-13"
    )
    # Sorted by a click on a header: by days of cover, the site with most cover last.
    short_app_target = stock_outs.set_target(short_app, "MOB-NORD", "123456", st.DOSES, 30, 60)
    assert short_app_target.set_by == "tester"
    with qtbot.waitSignal(tab.loaded, timeout=30_000):
        tab.refresh()
    tab.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    assert [tab.model.index(r, 0).data() for r in range(2)] == [
        "Vaccinationscenter Herlev", "Mobil enhed Nordsjælland",
    ]
    assert "below the minimum of 30" in cells(tab, 1)[8]
    w.close()


def test_the_tab_and_status_bar_in_danish(qtbot, danish, short_app: App) -> None:
    from pharmacy_app.ui import fmt

    fmt.set_language("da")
    w, tab = open_tab(qtbot, short_app)
    assert w.expiry_page.tabText(STOCK_OUTS) == "Mangler"
    assert w.navigation.item(EXPIRY).text() == "Udløb og mangler"
    assert w.expiry_label.summary.endswith(" · 1 sted løber tør")
    _site, _p, _s, rate, _c, runs_out, next_round, target, why = cells(tab, 0)
    assert (rate, runs_out, next_round) == ("21,0", "06-10-2026", "13-10-2026 (interval)")
    assert target == "7–14 dage (stedtype)"
    assert why == "løber tør 06-10-2026, 7 dage før næste runde; 12 brugbare doser, under minimum på 147"
    w.close()


def test_nothing_running_out_says_nothing_in_the_status_bar(qtbot, app: App) -> None:
    w, tab = open_tab(qtbot, app)
    assert tab.model.rowCount() == 0
    assert "running out" not in w.expiry_label.summary
    w.close()


def test_targets_are_edited_in_settings_with_the_keyboard(qtbot, window, app: App) -> None:
    page = open_settings(qtbot, window)
    tab = page.targets_tab
    page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0 and window.ops.is_idle(), timeout=30_000)
    assert tab.select("MOB-NORD", "123456")
    # The kind's default (mobile: 7 days, minimum 4), greyed, and nothing to clear.
    assert (tab.min_spin.value(), tab.max_spin.value(), tab.unit_combo.currentData()) == (4, 7, st.DAYS)
    assert not tab.clear_button.isEnabled()
    tab.unit_combo.setCurrentIndex(tab.unit_combo.findData(st.DOSES))
    for spin, text in ((tab.min_spin, "30"), (tab.max_spin, "90")):
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, text)
    qtbot.keyClick(tab.max_spin, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: tab.status.text() == "Target saved." and window.ops.is_idle(), timeout=30_000)
    (row,) = stock_outs.targets(app, "MOB-NORD")
    assert (row.target.unit, row.target.minimum, row.target.maximum, row.set_by) == ("doses", 30, 90, "tester")
    qtbot.waitUntil(lambda: tab.current() is not None and tab.current().set_by == "tester", timeout=30_000)
    assert tab.clear_button.isEnabled()
    qtbot.mouseClick(tab.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.status.text() == "The kind's default applies." and window.ops.is_idle(), timeout=30_000)
    assert stock_outs.targets(app, "MOB-NORD")[0].set_by is None


def test_the_round_interval_is_a_general_setting(qtbot, window, app: App) -> None:
    page = open_settings(qtbot, window)
    general = page.general_tab
    assert general.interval_spin.value() == 7
    general.interval_spin.setValue(10)
    qtbot.mouseClick(general.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: general.status.text().startswith("Saved") and window.ops.is_idle(), timeout=30_000)
    assert stock_outs.round_interval(app) == 10
