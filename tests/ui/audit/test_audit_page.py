"""The Audit page in the real window (offscreen): everything newest first, the filters,
more rows read as the list scrolls, the export read back, the chain checked (intact,
then an edit behind the application's back named), and the page rendered in Danish and
English at a small and a large size (the PNGs land in the test's folder)."""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl
import sqlalchemy as sa

from pharmacy_app.services import reference
from pharmacy_app.ui.audit.page import PAGE_ROWS
from pharmacy_app.ui.main_window import AUDIT, SETTINGS
from tests.ui.conftest import wait_idle
from tests.ui.test_screenshots import assert_real_picture

SHOTS = os.environ.get("AUDIT_SHOTS")  # a folder to keep the PNGs in, for looking at them


def _open(qtbot, window):
    window.show_page(AUDIT)
    page = window.audit_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not page._loading, timeout=30_000)
    wait_idle(qtbot, window)
    return page


def test_the_audit_page_lists_everything_and_filters(qtbot, window, app):
    reference.save_settings(app, reference.Settings(10, "RH-APO"))
    page = _open(qtbot, window)
    rows = page.model.rows()
    assert [r.key for r in rows] == sorted((r.key for r in rows), reverse=True)
    assert {r.table for r in rows} == {"movement", "activity"}
    setting = next(r for r in rows if r.kind == "setting" and r.subject == "backdate_window_days")
    assert setting.change.endswith("→ 10")
    time_text = page.model.text(0, 0)
    assert len(time_text) == 16 and time_text[4] == "-"  # the English UI: åååå-mm-dd tt:mm

    page.kind_combo.setCurrentIndex(page.kind_combo.findData("activity"))
    page.show_button.click()
    qtbot.waitUntil(lambda: not page._loading and page.model.rowCount() > 0, timeout=30_000)
    assert {r.table for r in page.model.rows()} == {"activity"}
    page.clear_filters()
    qtbot.waitUntil(lambda: not page._loading and page.model.rowCount() == len(rows), timeout=30_000)


def test_more_rows_are_read_at_the_end_of_the_list(qtbot, window, big_app):
    from pharmacy_app.ui.main_window import MainWindow

    big = MainWindow(big_app)
    qtbot.addWidget(big)
    big.resize(1024, 700)
    big.show()
    wait_idle(qtbot, big, timeout=30_000)
    page = _open(qtbot, big)
    assert page.model.rowCount() == PAGE_ROWS and page.more_button.isEnabled()
    bar = page.table.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 * PAGE_ROWS and not page._loading, timeout=30_000)
    keys = [r.key for r in page.model.rows()]
    assert keys == sorted(keys, reverse=True) and len(set(keys)) == len(keys)
    big.close()


def test_export_and_the_chain_check(qtbot, window, app, tmp_path: Path):
    page = _open(qtbot, window)
    page.lot_edit.setText("FX")
    out = tmp_path / "audit.xlsx"
    page.export_to(out)
    qtbot.waitUntil(lambda: out.exists() and window.ops.is_idle(), timeout=30_000)
    sheet = openpyxl.load_workbook(out).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][0] == "time (Danish time)" and len(values) > 1
    assert all("FX" in str(row[6]) for row in values[1:])

    page.check_chain()
    qtbot.waitUntil(lambda: "intact" in page.chain_label.text(), timeout=30_000)
    with app.db.write() as s:
        s.execute(sa.text("drop trigger movement_no_update"))
        first = s.scalar(sa.text("select min(id) from movement"))
        s.execute(sa.text("update movement set doses = doses + 1 where id = :id"), {"id": first})
    page.check_chain()
    qtbot.waitUntil(lambda: f"Movement {first} (" in page.chain_label.text(), timeout=30_000)
    assert "changed after posting" in page.chain_label.text()


def _shoot(qtbot, window, name: str, size: tuple[int, int], folder: Path) -> None:
    window.resize(*size)
    page = _open(qtbot, window)
    page.check_chain()
    qtbot.waitUntil(lambda: page.check_button.isEnabled() and window.ops.is_idle(), timeout=30_000)
    path = folder / f"audit_{name}_{size[0]}x{size[1]}.png"
    assert window.grab().save(str(path))
    assert_real_picture(path, *size)


def test_screenshots_in_english(qtbot, window, tmp_path: Path):
    folder = Path(SHOTS) if SHOTS else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    for size in ((1024, 700), (1600, 1000)):
        _shoot(qtbot, window, "en", size, folder)


def test_screenshots_in_danish_and_settings_stays_last(qtbot, danish, app, tmp_path: Path):
    from pharmacy_app.ui import fmt
    from pharmacy_app.ui.main_window import MainWindow

    fmt.set_language("da")
    w = MainWindow(app)
    qtbot.addWidget(w)
    w.show()
    wait_idle(qtbot, w)
    assert w.navigation.count() == SETTINGS + 1 and w.navigation.item(AUDIT).text() == "Revision"
    page = _open(qtbot, w)
    time_text = page.model.text(0, 0)
    assert len(time_text) == 16 and time_text[2] == "-" and time_text[5] == "-"  # dd-mm-åååå tt:mm
    folder = Path(SHOTS) if SHOTS else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    for size in ((1024, 700), (1600, 1000)):
        _shoot(qtbot, w, "da", size, folder)
    w.close()


def test_an_edit_names_its_fields_as_the_forms_do(qtbot, window, app, danish):
    """A site edit shows "– → Adresse: …; By: Herning C" in Danish, not the stored field name."""
    from dataclasses import replace

    site = next(loc for loc in reference.list_locations(app) if loc.code == "VC-HER")
    reference.save_location(app, replace(site, city="Herning C", address="Gl. Landevej 61"))
    page = _open(qtbot, window)
    row = next(i for i, r in enumerate(page.model.rows()) if r.kind == "location" and r.subject == "VC-HER")
    change = page.model.text(row, 5)
    # The demo site had neither: an empty value says nothing and is left out.
    assert change == "– → Adresse: Gl. Landevej 61; By: Herning C"
