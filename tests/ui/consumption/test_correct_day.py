"""Correcting a saved consumption figure from the Consumption page, in the real window:
select the saved cell, Correct… (Ctrl+E), the right figure and a reason; the grid shows
the corrected figure marked, the lot's history the reversal and the new movement; a
refusal is the typed message naming the figure."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pharmacy_app.services import consumption, queries
from pharmacy_app.services.app import App
from pharmacy_app.services.consumption import ConsumptionEntry as E
from pharmacy_app.ui.consumption.model import CORRECTED_BG, RECORDED_BG
from tests.ui.consumption import test_consumption_page as page_tests
from tests.ui.consumption.test_consumption_page import (
    LAST_WEEK,
    loaded,
    on_hand,
    row_of,
    show_site_week,
)

# The Consumption page's window on its stocked database, as its own tests have it.
app = page_tests.app
window = page_tests.window

FRIDAY = date(2026, 10, 30)


def saved_friday(app: App) -> int:
    fx = next(r.lot_id for r in queries.stock_rows(app, queries.StockFilter(text="FX1234")))
    consumption.record(app, [E("VC-HER", FRIDAY, fx, 40), E("VC-HER", date(2026, 10, 31), fx, 12)])
    return fx


def open_correct(qtbot, window, page):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=30_000)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = page.correct_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_saved_day_is_corrected_and_shown_as_corrected(qtbot, window, app: App) -> None:
    fx = saved_friday(app)
    page = show_site_week(qtbot, window, "VC-HER", LAST_WEEK)
    m = page.model
    r = row_of(page, "FX1234")
    friday = m.first_day_column + 4
    page.view.setCurrentIndex(m.index(r, m.first_day_column))  # Monday: nothing saved
    assert not page.correct_button.isEnabled()
    assert "Select a grey day cell" in page.correct_button.toolTip()
    page.view.setCurrentIndex(m.index(r, friday))
    assert page.correct_button.isEnabled()
    assert m.index(r, friday).data(Qt.ItemDataRole.BackgroundRole).color() == RECORDED_BG

    dialog = open_correct(qtbot, window, page)
    text = dialog.info.text()
    for words in ("Vaccinationscenter Herlev", "VC-HER", "2026-10-30", "FX1234", "40 doses saved"):
        assert words in text, words
    assert dialog.doses_spin.value() == 40
    assert not dialog.ok_button.isEnabled()
    dialog.doses_spin.setValue(32)
    assert not dialog.ok_button.isEnabled(), "a reason is required"
    qtbot.keyClicks(dialog.reason_edit, "tally sheet says 32")
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.finished, timeout=30_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    loaded(qtbot, window)
    qtbot.waitUntil(lambda: m.data(m.index(row_of(page, "FX1234"), friday)) == "32")

    r = row_of(page, "FX1234")
    cell = m.index(r, friday)
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color() == CORRECTED_BG
    assert cell.data(Qt.ItemDataRole.FontRole).italic()
    assert "Corrected: 32 doses" in cell.data(Qt.ItemDataRole.ToolTipRole)
    saturday = m.index(r, friday + 1)
    assert saturday.data(Qt.ItemDataRole.BackgroundRole).color() == RECORDED_BG
    assert "Corrected FX1234 on 2026-10-30: 32 doses instead of 40." in page.status.text()
    assert on_hand(app, "VC-HER", "FX1234") == 300 - 32 - 12
    history = queries.lot_history(app, fx).history
    assert [(h.kind, h.doses, h.note) for h in history if h.note] == [
        ("reversal", 40, "tally sheet says 32"), ("administer", 32, "tally sheet says 32"),
    ]  # fmt: skip
    assert queries.check_ledger(app, full=True).ok


def test_a_figure_above_what_the_site_held_is_refused_naming_it(qtbot, window, app: App) -> None:
    saved_friday(app)
    page = show_site_week(qtbot, window, "VC-HER", LAST_WEEK)
    m = page.model
    page.view.setCurrentIndex(m.index(row_of(page, "FX1234"), m.first_day_column + 4))
    dialog = open_correct(qtbot, window, page)
    dialog.doses_spin.setValue(400)
    qtbot.keyClicks(dialog.reason_edit, "typo")
    with qtbot.waitSignal(window.ops.error_shown) as shown:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "at most 288 doses" in shown.args[0] and "400" in shown.args[0]
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    for box in window.ops.open_message_boxes():
        box.close()
    dialog.reject()
    assert on_hand(app, "VC-HER", "FX1234") == 300 - 52
