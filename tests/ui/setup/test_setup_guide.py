"""A newcomer on an empty database: the set-up guide, step by step, in the real window.

The window opens on a new SQLite file (only the catalogue in it).  The guide on the Stock
page leads through choosing the home pharmacy, loading the region's centres (and adding
a site by hand) and receiving the first delivery; the Receiving page and Settings say
the same thing about the home pharmacy as the guide does.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from pharmacy_app.domain.first_run import Step
from pharmacy_app.services import reference, setup
from pharmacy_app.services.app import App, open_app
from pharmacy_app.ui.main_window import RECEIVING, SETTINGS, STOCK, MainWindow
from pharmacy_app.ui.receiving.new_receipt_dialog import NewReceiptDialog
from pharmacy_app.ui.settings.location_dialog import LocationDialog
from pharmacy_app.ui.setup.home_pharmacy_dialog import HomePharmacyDialog
from tests.ui.conftest import TEST_START, wait_idle
from tests.ui.data import StepClock


@pytest.fixture
def empty_app(tmp_path: Path) -> Iterator[App]:
    a = open_app(f"sqlite:///{tmp_path / 'new.db'}", user="newcomer", clock=StepClock(TEST_START))
    yield a
    a.close()


@pytest.fixture
def new_window(qtbot, empty_app: App) -> Iterator[MainWindow]:
    w = MainWindow(empty_app)
    qtbot.addWidget(w)
    w.resize(1400, 850)
    w.show()
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.stock_page.setup_guide.data is not None, timeout=30_000)
    yield w
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog | QMessageBox) and widget.isVisible():
            widget.close()
    w.close()


def step_states(window: MainWindow) -> dict[Step, str]:
    return {step: row.state for step, row in window.stock_page.setup_guide.steps.items()}


def choose_home(qtbot, dialog: HomePharmacyDialog, code: str) -> None:
    qtbot.waitUntil(lambda: dialog.loaded, timeout=30_000)
    assert dialog.choose(code)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not (shiboken6.isValid(dialog) and dialog.isVisible()), timeout=30_000)


def settings_home_text(qtbot, window: MainWindow) -> str:
    page = window.settings_page
    page.refresh()
    qtbot.waitUntil(lambda: window.ops.is_idle() and page.data is not None, timeout=30_000)
    return page.general_tab.home_combo.currentText()


def test_the_guide_leads_from_an_empty_database_to_the_first_delivery(
    qtbot, new_window: MainWindow, empty_app: App
) -> None:
    window = new_window
    guide = window.stock_page.setup_guide
    assert window.current_page() == STOCK and guide.isVisible()
    assert step_states(window) == {Step.HOME: "current", Step.SITES: "waiting", Step.DELIVERY: "waiting"}
    assert guide.home_button.isEnabled()
    for button in (guide.load_button, guide.add_site_button, guide.receive_button, guide.import_button):
        assert not button.isEnabled()
    assert "nothing can be received until it is chosen" in guide.steps[Step.HOME].text.text()
    # Settings says the same: no pharmacy is used until one is chosen.
    assert settings_home_text(qtbot, window) == "(not chosen yet)"

    # 1. The home pharmacy, from the catalogue's pharmacies.
    guide.home_button.click()
    dialog = guide.dialog
    assert isinstance(dialog, HomePharmacyDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=30_000)
    entries = [dialog.combo.itemText(i) for i in range(dialog.combo.count())]
    assert "Region Hovedstaden – Region Hovedstadens Apotek (Herlev)" in entries
    assert "Region Syddanmark – Sygehusapotek Fyn (Odense)" in entries
    choose_home(qtbot, dialog, "RH-APO")
    qtbot.waitUntil(lambda: guide.steps[Step.HOME].state == "done", timeout=30_000)
    assert guide.steps[Step.HOME].text.text() == (
        "Region Hovedstadens Apotek, Region Hovedstaden. Deliveries are received here."
    )
    assert guide.home_button.text() == "Change…"
    assert step_states(window)[Step.SITES] == "current"
    assert settings_home_text(qtbot, window) == "Region Hovedstadens Apotek (RH-APO)"
    window.show_page(STOCK)

    # 2. The region's centres from the catalogue, and a site added by hand.
    assert guide.load_button.isEnabled() and guide.load_button.text() == "Load 6 centres"
    assert "Bispebjerg, Amager, Hvidovre, Herlev, Hillerød, Rønne" in guide.steps[Step.SITES].text.text()
    guide.load_button.click()
    qtbot.waitUntil(lambda: guide.data.state.sites == 6, timeout=30_000)
    assert guide.steps[Step.SITES].state == "done"
    assert guide.steps[Step.SITES].text.text().startswith("6 sites in Region Hovedstaden.")
    assert not guide.load_button.isEnabled() and guide.load_button.text() == "Centres loaded"
    site_dialog = guide.add_site()
    assert isinstance(site_dialog, LocationDialog)
    assert site_dialog.region_combo.currentData() == "1084"
    assert site_dialog.kind_combo.currentData() == "decentral"
    site_dialog.code_edit.setText("RH-DC-FREDERIKSSUND")
    site_dialog.name_edit.setText("Sundhedshus Frederikssund")
    site_dialog.city_edit.setText("Frederikssund")
    site_dialog.save()
    qtbot.waitUntil(lambda: guide.data.state.sites == 7, timeout=30_000)
    assert step_states(window)[Step.DELIVERY] == "current"

    # 3. The first delivery: the guide's button opens a receipt on the Receiving page.
    page = window.receiving_page
    guide.receive_button.click()
    assert window.current_page() == RECEIVING
    qtbot.waitUntil(lambda: isinstance(page.new_dialog, NewReceiptDialog) and page.new_dialog.isVisible())
    assert not page.home_gate.notice.isVisible()
    qtbot.keyClicks(page.new_dialog.note_edit, "FS-2026-1006")
    qtbot.mouseClick(page.new_dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.receipt is not None, timeout=30_000)
    qtbot.waitUntil(lambda: page.form.product_combo.count() > 1, timeout=30_000)
    assert page.select_product("123456")
    qtbot.keyClicks(page.form.batch_edit, "VG1006")
    qtbot.keyClicks(page.form.expiry_edit.line, "30-06-2027")
    page.form.packs_spin.setValue(3)
    page.form.add_button.click()
    qtbot.waitUntil(lambda: bool(page.receipt.lines), timeout=30_000)
    qtbot.waitUntil(window.ops.is_idle, timeout=30_000)
    page.post()
    qtbot.waitUntil(lambda: page.receipt.status == "posted", timeout=30_000)

    # The set-up is done: the guide goes, the stock is on the Stock page.
    window.show_page(STOCK)
    qtbot.waitUntil(lambda: not guide.isVisible(), timeout=30_000)
    wait_idle(qtbot, window)
    assert window.stock_page.model.rowCount() == 1
    state = setup.setup_state(empty_app)
    assert (state.home_code, state.sites, state.received, state.next_step) == ("RH-APO", 7, True, None)


def test_receiving_asks_for_the_home_pharmacy_first(qtbot, new_window: MainWindow, empty_app: App) -> None:
    window = new_window
    page = window.receiving_page
    window.show_page(RECEIVING)
    qtbot.waitUntil(lambda: page.home_gate.known, timeout=30_000)
    assert page.home_gate.notice.isVisible()
    notice = page.home_gate.notice_text.text()
    assert notice.startswith("No home pharmacy is chosen yet.") and "pharmacy-app" not in notice

    # New receipt does not fail: it asks which pharmacy this is, then starts the receipt.
    page.new_button.click()
    dialog = page.home_gate.dialog
    assert isinstance(dialog, HomePharmacyDialog) and dialog.isVisible()
    assert getattr(page, "new_dialog", None) is None
    choose_home(qtbot, dialog, "RH-APO")
    qtbot.waitUntil(lambda: isinstance(getattr(page, "new_dialog", None), NewReceiptDialog), timeout=30_000)
    assert page.new_dialog.isVisible()
    assert not page.home_gate.notice.isVisible()
    assert reference.read_settings(empty_app).home_location_code == "RH-APO"


def test_a_refused_receipt_shows_its_whole_message_in_the_window(
    qtbot, new_window: MainWindow, danish
) -> None:
    """Should the start be refused after all (the page did not know yet), the dialog says
    why in full, in the window's language, and points at the set-up, not a command."""
    page = new_window.receiving_page
    page._new_receipt_dialog()
    dialog = page.new_dialog
    qtbot.keyClicks(dialog.note_edit, "FS-2026-1006")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problems.isVisible(), timeout=30_000)
    (text,) = dialog.problems.problems
    assert text.startswith("Der er endnu ikke valgt et sygehusapotek for installationen.")
    assert "Indstillinger, Generelt, Eget sygehusapotek" in text and "pharmacy-app" not in text
    problems = dialog.problems
    assert problems.height() >= problems.heightForWidth(problems.width())  # not cut off
    assert problems.geometry().bottom() < dialog.buttons.geometry().top()
    # Settings uses the same words.
    new_window.show_page(SETTINGS)
    assert settings_home_text(qtbot, new_window) == "(ikke valgt endnu)"


def test_the_guide_is_not_shown_once_something_has_happened(qtbot, window) -> None:
    """The usual test database (deliveries received): no guide."""
    guide = window.stock_page.setup_guide
    qtbot.waitUntil(lambda: guide.data is not None, timeout=30_000)
    assert not guide.data.state.first_run
    assert not guide.isVisible()


@pytest.mark.parametrize("size", [(1024, 700), (1600, 1000)])
def test_the_guide_fits_a_small_window(qtbot, new_window: MainWindow, size, tmp_path) -> None:
    window = new_window
    window.resize(*size)
    qtbot.wait(50)
    guide = window.stock_page.setup_guide
    for row in guide.steps.values():
        text = row.text
        assert text.height() >= text.heightForWidth(text.width()), row.title.text()
        for button in row.buttons:
            if button.isVisible():
                assert button.width() >= button.sizeHint().width(), button.text()
    assert window.stock_page.table.height() > 80
    assert window.grab().save(str(tmp_path / f"guide_{size[0]}.png"))
