"""Expected deliveries and the order settings in the window, on a real SQLite file and on
the test run's PostgreSQL server: an expected delivery added through the Order tab's
dialog appears in the table and is subtracted from the suggested order; a refused entry
(0 packs) shows the service's refusal in the dialog and saves nothing; a cancellation asks
why and puts the order back; the delivery interval and cover target, saved in Settings ›
General, change the proposal; each change is in the activity log.  Keyboard: Enter saves,
Escape closes, Tab follows the form, the labels and buttons have mnemonics.  The tab and
the dialog are rendered in Danish and English at 1024x700 and 1600x1000 (the PNGs land
in the test's folder, or in $PLANNING_SHOTS)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from pharmacy_app.domain import deliveries as dl
from pharmacy_app.services import audit_views as av
from pharmacy_app.services import expected_deliveries as ed
from pharmacy_app.services import ssi_order, stock
from pharmacy_app.services.app import App, open_app
from pharmacy_app.ui.main_window import PLANNING, MainWindow
from pharmacy_app.ui.planning.expected_dialogs import AddExpectedDialog, CancelExpectedDialog
from pharmacy_app.ui.planning.tabs import OrderTab
from tests.ui.conftest import TEMPLATE_START, wait_idle
from tests.ui.data import SMALL_LOG, StepClock, apply_log, utc
from tests.ui.settings.test_settings import open_settings
from tests.ui.test_screenshots import assert_real_picture

SHOTS = os.environ.get("PLANNING_SHOTS")
PRODUCT = "412345"  # 60 doses a pack
TODAY = date(2026, 11, 2)
# A week ahead, within the delivery interval: still to come, so the order counts on it.
EXPECTED_ON = date(2026, 11, 9)


def _history(app: App) -> None:
    """Three weeks before "today": 200 doses of the product given at Herlev, so the region
    is expected to use about 55 a week and holds 142: the order is 1 pack (60 doses) with
    a delivery interval of 14 days and a cover target of 7."""
    clock = app.clock
    assert isinstance(clock, StepClock)
    clock.current = utc(2026, 10, 12, 8)
    got = stock.receive(
        app, product=PRODUCT, batch="LW1", expiry=date(2027, 3, 31), packs=4, reference="FS-9",
        to_location="RH-APO",
    )  # fmt: skip
    stock.transfer(app, lot_id=got.lot_id, from_code="RH-APO", to_code="VC-HER", doses=240)
    stock.administer(app, lot_id=got.lot_id, site_code="VC-HER", doses=200)
    clock.current = utc(TODAY.year, TODAY.month, TODAY.day, 9)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def planning_app(request: pytest.FixtureRequest) -> Iterator[App]:
    """The window tests' database with the history above, on either engine."""
    if request.param == "sqlite":
        app: App = request.getfixturevalue("app")
        _history(app)
        yield app
        return
    url = str(request.getfixturevalue("pg_url"))
    app = open_app(url, user="tester", clock=StepClock(TEMPLATE_START))
    try:
        apply_log(app, SMALL_LOG)
        _history(app)
        yield app
    finally:
        app.close()


@pytest.fixture
def planning_window(qtbot, planning_app: App) -> Iterator[MainWindow]:
    w = MainWindow(planning_app)
    qtbot.addWidget(w)
    w.resize(1400, 850)
    w.show()
    wait_idle(qtbot, w)
    yield w
    w.close()


def _order_tab(qtbot, window: MainWindow) -> OrderTab:
    window.navigation.setCurrentRow(PLANNING)
    page = window.planning_page
    page.tabs.setCurrentWidget(page.order_tab)
    tab = page.order_tab
    qtbot.waitUntil(lambda: window.ops.is_idle() and tab.proposal is not None, timeout=30_000)
    return tab


def _line(tab: OrderTab) -> ssi_order.OrderLine:
    assert tab.proposal is not None
    return next(x for x in tab.proposal.lines if x.varenummer == PRODUCT)


def _logged(app: App, kind: str) -> list[av.AuditRow]:
    return av.audit_page(app, av.AuditFilter(kind=kind)).rows


def _open_add(qtbot, tab: OrderTab) -> AddExpectedDialog:
    assert tab.add_button.isEnabled()
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, AddExpectedDialog)
    qtbot.waitUntil(dialog.products_loaded, timeout=30_000)
    return dialog


def _wait_for_rows(qtbot, window: MainWindow, tab: OrderTab, rows: int) -> None:
    qtbot.waitUntil(
        lambda: window.ops.is_idle() and tab.delivery_model.rowCount() == rows, timeout=30_000
    )


def test_an_expected_delivery_added_in_the_dialog_is_listed_and_subtracted_from_the_order(
    qtbot, planning_window: MainWindow, planning_app: App
) -> None:
    tab = _order_tab(qtbot, planning_window)
    assert (_line(tab).packs, _line(tab).expected) == (1, 0)
    assert tab.delivery_model.rowCount() == 0
    assert "Add expected delivery" in tab.delivery_table.empty_text()
    assert not tab.cancel_button.isEnabled()

    dialog = _open_add(qtbot, tab)
    assert dialog.chosen() is not None
    assert dialog.date_edit.date().toPython() == TODAY  # the app's clock, not the machine's
    dialog.select_product(PRODUCT)
    dialog.quantity_spin.setValue(1)
    assert dialog.in_doses.text() == "= 60 doses (60 a pack)"
    dialog.date_edit.setDate(EXPECTED_ON)
    dialog.reference_edit.setText("SSI-77")
    dialog.source_combo.setCurrentIndex(dialog.source_combo.findData("order"))
    dialog.note_edit.setText("Ordered by phone")
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=30_000)
    _wait_for_rows(qtbot, planning_window, tab, 1)
    qtbot.waitUntil(lambda: _line(tab).expected == 60, timeout=30_000)

    assert (_line(tab).packs, _line(tab).expected) == (0, 60)
    assert "60 doses" in tab.strip.text() and "2026-11-09" in tab.strip.text()
    row = tab.delivery_model.row_at(0)
    assert row is not None and row.status is dl.Status.OPEN
    assert tab.delivery_model.index(0, 0).data() == "Expected"
    (saved,) = ed.list_expected(planning_app)
    assert (saved.doses, saved.expected_on, saved.reference, saved.source) == (
        60, EXPECTED_ON, "SSI-77", "order",
    )  # fmt: skip
    assert (saved.varenummer, saved.note, saved.created_by) == (PRODUCT, "Ordered by phone", "tester")
    (entry,) = _logged(planning_app, "expected_delivery")
    assert entry.after["doses"] == 60 and entry.before is None


def test_a_refused_entry_is_shown_in_the_dialog_and_nothing_is_saved(
    qtbot, planning_window: MainWindow, planning_app: App
) -> None:
    tab = _order_tab(qtbot, planning_window)
    dialog = _open_add(qtbot, tab)
    dialog.select_product(PRODUCT)
    dialog.quantity_spin.setValue(0)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problems.isVisible() and planning_window.ops.is_idle(), timeout=30_000)
    assert dialog.problems.problems == [
        "Give either a number of packs or a number of doses above 0 for the expected delivery."
    ]
    assert tab.dialog is dialog and dialog.isVisible() and dialog.ok_button.isEnabled()
    assert ed.list_expected(planning_app, include_cancelled=True) == []
    assert _logged(planning_app, "expected_delivery") == []
    qtbot.keyClick(dialog.quantity_spin, Qt.Key.Key_Escape)  # Escape closes, nothing saved
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=30_000)
    assert ed.list_expected(planning_app, include_cancelled=True) == []


def test_cancel_asks_why_and_the_order_comes_back(
    qtbot, planning_window: MainWindow, planning_app: App
) -> None:
    ed.add_expected(
        planning_app, product=PRODUCT, packs=1, expected_on=EXPECTED_ON, reference="SSI-78"
    )
    tab = _order_tab(qtbot, planning_window)
    _wait_for_rows(qtbot, planning_window, tab, 1)
    assert _line(tab).packs == 0
    tab.delivery_table.selectRow(0)
    assert tab.cancel_button.isEnabled()
    qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, CancelExpectedDialog)
    assert "SSI-78" in dialog.findChild(QLabel, "cancelWhat").text()
    assert not dialog.ok_button.isEnabled()  # the note is asked for
    qtbot.keyClicks(dialog.note_edit, "SSI moved it to week 48")
    assert dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=30_000)
    _wait_for_rows(qtbot, planning_window, tab, 0)
    qtbot.waitUntil(lambda: _line(tab).packs == 1, timeout=30_000)
    assert "cancelled" in tab.strip.text()
    (row,) = ed.list_expected(planning_app, include_cancelled=True)
    assert row.cancelled
    added, cancelled = sorted(_logged(planning_app, "expected_delivery"), key=lambda r: r.id)
    assert (cancelled.before["reference"], cancelled.after, cancelled.note) == (
        "SSI-78", None, "SSI moved it to week 48",
    )  # fmt: skip
    assert not tab.cancel_button.isEnabled()


def test_the_order_settings_are_general_settings_and_change_the_proposal(
    qtbot, planning_window: MainWindow, planning_app: App
) -> None:
    tab = _order_tab(qtbot, planning_window)
    assert _line(tab).packs == 1
    assert "delivery interval 14 days, cover target 7 days" in tab.summary.text()
    page = open_settings(qtbot, planning_window)
    general = page.general_tab
    assert (general.order_interval_spin.value(), general.order_cover_spin.value()) == (14, 7)
    assert general.order_interval_spin.minimum() == 1 and general.order_cover_spin.minimum() == 0
    general.order_interval_spin.setValue(28)
    general.order_cover_spin.setValue(10)
    qtbot.mouseClick(general.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: general.status.text().startswith("Saved") and planning_window.ops.is_idle(),
        timeout=30_000,
    )
    assert ssi_order.order_settings(planning_app) == ssi_order.OrderSettings(28, 10)
    logged = {r.subject: (r.before, r.after) for r in _logged(planning_app, "setting")}
    assert logged["order_interval_days"] == (None, "28")
    assert logged["order_cover_days"] == (None, "10")
    tab = _order_tab(qtbot, planning_window)
    qtbot.waitUntil(lambda: tab.proposal.settings.interval_days == 28, timeout=30_000)
    assert "delivery interval 28 days, cover target 10 days" in tab.summary.text()
    line = _line(tab)
    # Four weeks' use instead of two, and ten days' cover instead of seven: 3 packs, not 1.
    assert line.use > 150 and line.cover > 60
    assert line.packs == 3 == -(-(line.use + line.cover - line.stock) // 60)
    # Saving again without a change writes nothing more to the log.
    qtbot.mouseClick(page.general_tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(planning_window.ops.is_idle, timeout=30_000)
    assert len(_logged(planning_app, "setting")) == len(logged)


def test_keyboard_tab_order_and_mnemonics(qtbot, planning_window: MainWindow) -> None:
    tab = _order_tab(qtbot, planning_window)
    assert tab.add_button.text().startswith("&") and tab.cancel_button.text().startswith("&")
    dialog = _open_add(qtbot, tab)
    qtbot.waitUntil(dialog.product_combo.hasFocus, timeout=30_000)
    order: list[QWidget] = []
    for _ in range(12):  # Tab in the date field steps day, month, year, then leaves it
        now = QApplication.focusWidget()
        if not order or order[-1] is not now:
            order.append(now)
        qtbot.keyClick(now, Qt.Key.Key_Tab)
    names = [w.objectName() or w.parentWidget().objectName() for w in order]
    assert names[:8] == ["product", "quantity", "unit", "expectedOn", "reference", "source", "note", "okButton"]
    for label in dialog.findChildren(QLabel):
        if label.buddy() is not None:
            assert "&" in label.text()
    # Enter in any field saves: here 0 packs, so the refusal shows and the dialog stays.
    qtbot.keyClick(dialog.reference_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.problems.isVisible() and planning_window.ops.is_idle(), timeout=30_000)
    assert tab.dialog is dialog
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=30_000)


def _shoot(qtbot, window: MainWindow, lang: str, folder: Path) -> None:
    tab = _order_tab(qtbot, window)
    for size in ((1024, 700), (1600, 1000)):
        window.resize(*size)
        qtbot.waitUntil(window.ops.is_idle, timeout=30_000)
        QApplication.processEvents()
        path = folder / f"order_tab_{lang}_{size[0]}x{size[1]}.png"
        assert window.grab().save(str(path))
        assert_real_picture(path, *size)
        dialog = _open_add(qtbot, tab)
        dialog.select_product(PRODUCT)
        dialog.quantity_spin.setValue(0)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda d=dialog: d.problems.isVisible(), timeout=30_000)
        QApplication.processEvents()
        shot = folder / f"add_expected_{lang}_{size[0]}x{size[1]}.png"
        assert dialog.grab().save(str(shot))
        dialog.reject()
        qtbot.waitUntil(lambda t=tab: t.dialog is None, timeout=30_000)
        settings = open_settings(qtbot, window)
        settings.tabs.setCurrentWidget(settings.general_tab)
        QApplication.processEvents()
        general = folder / f"settings_general_{lang}_{size[0]}x{size[1]}.png"
        assert window.grab().save(str(general))
        assert_real_picture(general, *size)
        tab = _order_tab(qtbot, window)


@pytest.mark.parametrize("planning_app", ["sqlite"], indirect=True)
def test_screenshots_in_english(qtbot, planning_window: MainWindow, planning_app: App, tmp_path: Path) -> None:
    ed.add_expected(planning_app, product=PRODUCT, packs=1, expected_on=EXPECTED_ON, reference="SSI-79")
    folder = Path(SHOTS) if SHOTS else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    _shoot(qtbot, planning_window, "en", folder)


@pytest.mark.parametrize("planning_app", ["sqlite"], indirect=True)
def test_screenshots_in_danish(qtbot, danish, planning_app: App, tmp_path: Path) -> None:
    from pharmacy_app.ui import fmt

    fmt.set_language("da")
    w = MainWindow(planning_app)
    qtbot.addWidget(w)
    w.show()
    wait_idle(qtbot, w)
    tab = _order_tab(qtbot, w)
    assert tab.add_button.text() == "&Tilføj forventet levering…"
    assert "Indstillinger › Generelt" in tab.summary.text()
    dialog = _open_add(qtbot, tab)
    assert dialog.date_edit.displayFormat() == "dd-MM-yyyy"
    assert dialog.date_edit.text() == "02-11-2026"
    dialog.reject()
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=30_000)
    folder = Path(SHOTS) if SHOTS else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    _shoot(qtbot, w, "da", folder)
    w.close()
