"""The Cold chain page in the real window (offscreen): reached with Ctrl+5, its places
filtered by typing, the chosen place's equipment, fill level and lots read off the
window thread, a change of equipment followed, and the page rendered in Danish and
English at a small and a large size (the PNGs land in the test's folder, or in
$COLD_CHAIN_SHOTS)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget

from pharmacy_app.services import storage_settings
from pharmacy_app.ui.cold_chain.page import ColdChainPage
from pharmacy_app.ui.main_window import COLD_CHAIN, EXPIRY
from pharmacy_app.ui.ops import settings as settings_ops
from tests.ui.conftest import wait_idle
from tests.ui.test_screenshots import assert_real_picture

SHOTS = os.environ.get("COLD_CHAIN_SHOTS")


def _open(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=30_000)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == COLD_CHAIN == EXPIRY + 1
    page = window.cold_chain_page
    tab = page.equipment_tab
    qtbot.waitUntil(lambda: bool(tab.summaries) and window.ops.is_idle(), timeout=30_000)
    return page, tab


def _choose(qtbot, window, tab, code):
    codes = [tab.places_model.row_at(r).code for r in range(tab.places_model.rowCount())]
    rect = tab.places.visualRect(tab.places_model.index(codes.index(code), 1))
    qtbot.mouseClick(tab.places.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: tab.view is not None and tab.view.code == code and window.ops.is_idle(), timeout=30_000)


def test_a_places_equipment_fill_and_lots(qtbot, window, app):
    page, tab = _open(qtbot, window)
    assert isinstance(page, ColdChainPage) and isinstance(page.tabs, QTabWidget)
    assert page.tabs.tabText(0) == "Equipment"
    qtbot.keyClicks(tab.filter_edit, "mobil")
    assert [tab.places_model.row_at(r).code for r in range(tab.places_model.rowCount())] == ["MOB-NORD"]
    tab.filter_edit.clear()

    _choose(qtbot, window, tab, "VC-HER")
    assert tab.title.text() == "Vaccinationscenter Herlev (VC-HER) · Central vaccination centre"
    assert "Default for Central vaccination centre: fridge" in tab.source.text()
    lots = tab.lots_model
    assert lots.rowCount() == 1
    assert [lots.index(0, c).data() for c in range(4)] == ["Fridge", "Comirnaty 30 µg multidosis", "FX1234", "42"]
    assert tab.fill_bars == {}  # no capacity, so no fill level: "0.7 packs"

    # An administrator gives the centre a fridge for 10 packs: the page follows, with
    # the fill level as a bar.
    here = next(loc for loc in _locations(app) if loc.code == "VC-HER")
    settings_ops.save_location(window, here, [("fridge", 10, None)]).run(window.ops)
    qtbot.waitUntil(lambda: "fridge" in tab.fill_bars and window.ops.is_idle(), timeout=30_000)
    bar = tab.fill_bars["fridge"]
    assert bar.format() == "0.7 of 10 packs (7 %)" and bar.value() == 7
    assert "Equipment recorded for this place" in tab.source.text()
    # With an ultra-low freezer too, the frozen Comirnaty is kept there, not in the fridge.
    settings_ops.save_location(window, here, [("ultralow", None, None), ("fridge", 10, None)]).run(window.ops)
    qtbot.waitUntil(lambda: lots.index(0, 0).data() == "Ultra-low freezer" and window.ops.is_idle(), timeout=30_000)
    assert tab.fill_bars["fridge"].format() == "0 of 10 packs (0 %)"
    assert [c.storage_class.value for c in tab.view.classes] == ["ultralow", "fridge"]


def _locations(app):
    from pharmacy_app.services import reference

    return reference.list_locations(app)


def _shoot(qtbot, w, lang, size, folder):
    w.resize(*size)
    wait_idle(qtbot, w)
    QApplication.processEvents()
    path = folder / f"cold_chain_{lang}_{size[0]}x{size[1]}.png"
    assert w.grab().save(str(path))
    assert_real_picture(path, *size)


def test_screenshots_in_english(qtbot, window, tmp_path: Path):
    folder = Path(SHOTS) if SHOTS else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    _page, tab = _open(qtbot, window)
    _choose(qtbot, window, tab, "VC-HER")
    for size in ((1024, 700), (1600, 1000)):
        _shoot(qtbot, window, "en", size, folder)


def test_screenshots_in_danish(qtbot, danish, app, tmp_path: Path):
    from pharmacy_app.ui import fmt
    from pharmacy_app.ui.main_window import MainWindow

    fmt.set_language("da")
    storage_settings.set_storage(app, "VC-HER", [("fridge", 2, None)])
    w = MainWindow(app)
    qtbot.addWidget(w)
    w.show()
    wait_idle(qtbot, w)
    assert w.navigation.item(COLD_CHAIN).text() == "Kølekæde"
    page, tab = _open(qtbot, w)
    assert page.tabs.tabText(0) == "Udstyr"
    _choose(qtbot, w, tab, "VC-HER")
    assert tab.fill_bars["fridge"].format() == "0,7 af 2 pakninger (35 %)"
    assert tab.lots_model.headerData(0, Qt.Orientation.Horizontal) == "Klasse"
    folder = Path(SHOTS) if SHOTS else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    for size in ((1024, 700), (1600, 1000)):
        _shoot(qtbot, w, "da", size, folder)
    w.close()
