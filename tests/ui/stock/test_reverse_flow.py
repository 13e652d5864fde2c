"""Reversing one movement from the Stock page's lot history, in the real window: select
it, the dialog says what is undone and needs a reason, the refusal is the typed message,
the reversed movement is struck through and its link selects the reversal, also when the
reversal is on a page of the history not loaded yet."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMenu

from pharmacy_app.services import queries, stock
from pharmacy_app.services.app import App
from pharmacy_app.services.queries import HistoryRow
from pharmacy_app.ui.common.table_models import ROW_ROLE
from pharmacy_app.ui.stock.history_model import HistoryModel
from pharmacy_app.ui.stock.history_pane import HistoryPane
from pharmacy_app.ui.stock.reverse_dialog import ReverseDialog
from tests.ui.conftest import wait_idle


def show_lot(qtbot, window, batch: str, location: str) -> HistoryPane:
    page = window.stock_page
    row = next(
        i for i, r in enumerate(page.model.rows()) if r.batch == batch and r.location_code == location
    )
    page.select_row(row)
    pane = page.history
    qtbot.waitUntil(lambda: pane.lot is not None and pane.lot.batch == batch and window.ops.is_idle())
    return pane


def row_of(pane: HistoryPane, pick) -> int:
    return next(i for i, h in enumerate(pane.model.rows()) if pick(h))


def selected(pane: HistoryPane) -> HistoryRow:
    h = pane.selected_movement()
    assert h is not None
    return h


def open_dialog(qtbot, pane: HistoryPane) -> ReverseDialog:
    window = pane.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=30_000)
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = pane.reverse_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_reverse_a_movement_with_a_reason_then_follow_the_link(qtbot, window, app: App) -> None:
    pane = show_lot(qtbot, window, "FX1234", "VC-HER")
    pane.select_row(row_of(pane, lambda h: h.kind == "administer" and h.doses == 12))
    assert pane.reverse_button.isEnabled()
    dialog = open_dialog(qtbot, pane)
    text = dialog.info.text()
    for words in ("#", "Administered", "Vaccinationscenter Herlev", "Given to citizens", "12 doses", "DAG-1", "FX1234"):
        assert words in text, words
    assert not dialog.ok_button.isEnabled(), "a reason is required"
    qtbot.keyClicks(dialog.reason_edit, "   ")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "given at the wrong site")
    assert dialog.ok_button.isEnabled()
    original = selected(pane).movement_id
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: pane.model.row_of(original) >= 0 and pane.model.rows()[pane.model.row_of(original)].reversed_by is not None)

    # The new reversal is selected, says what it reverses, and cannot itself be reversed.
    qtbot.waitUntil(lambda: selected(pane).reverses_id == original)
    new = selected(pane)
    assert new.note == "given at the wrong site" and new.user == "tester"
    assert not pane.reverse_button.isEnabled() and not pane.reverse_action.isEnabled()
    assert "itself a reversal" in pane.reverse_button.toolTip()
    link = pane.model.index(pane.model.row_of(new.movement_id), HistoryModel.LINK)
    assert link.data() == f"reverses #{original}"

    # The original is struck through in every column and its link goes to the reversal.
    r = pane.model.row_of(original)
    for column in range(pane.model.columnCount()):
        if column != HistoryModel.LINK:
            assert pane.model.index(r, column).data(Qt.ItemDataRole.FontRole).strikeOut(), column
    link = pane.model.index(r, HistoryModel.LINK)
    assert link.data() == f"reversed by #{new.movement_id}"
    pane.select_row(r)
    assert "already been reversed" in pane.reverse_button.toolTip()
    pane.select_row(0)
    rect = pane.table.visualRect(link)
    qtbot.mouseClick(pane.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert selected(pane).movement_id == new.movement_id
    # Enter on the reversal's link goes back to the original.
    pane.table.setCurrentIndex(pane.model.index(pane.model.row_of(new.movement_id), HistoryModel.LINK))
    qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    assert selected(pane).movement_id == original
    assert queries.check_ledger(app, full=True).ok


def test_a_refusal_is_the_typed_message_naming_where_and_the_dialog_stays(qtbot, window, app: App) -> None:
    pane = show_lot(qtbot, window, "FX1234", "VC-HER")
    # 60 went to Herlev, which has given and discarded some since: 42 are left there.
    pane.select_row(row_of(pane, lambda h: h.kind == "transfer" and h.doses == 60))
    before = len(queries.lot_history(app, pane.lot.lot_id).history)
    dialog = open_dialog(qtbot, pane)
    qtbot.keyClicks(dialog.reason_edit, "wrong site")
    with qtbot.waitSignal(window.ops.error_shown) as shown:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "Only 42 doses" in shown.args[0] and "Vaccinationscenter Herlev" in shown.args[0]
    assert dialog.isVisible() and dialog.reason_edit.text() == "wrong site" and dialog.ok_button.isEnabled()
    for box in window.ops.open_message_boxes():
        box.close()
    dialog.reject()
    assert len(queries.lot_history(app, pane.lot.lot_id).history) == before


def test_the_context_menu_offers_reverse_and_the_jump(qtbot, window) -> None:
    pane = show_lot(qtbot, window, "FX1234", "VC-HER")
    r = row_of(pane, lambda h: h.reversed_by is not None)
    rect = pane.table.visualRect(pane.model.index(r, 0))
    pane._row_menu(QPoint(rect.center()))
    menu: QMenu = pane.row_menu
    texts = [a.text() for a in menu.actions()]
    target = pane.model.rows()[r].reversed_by
    assert texts == ["Reverse…", f"Go to movement #{target}"]
    assert not menu.actions()[0].isEnabled()
    menu.actions()[1].trigger()
    menu.close()
    assert selected(pane).movement_id == target


def test_the_link_fetches_the_pages_until_the_reversal_is_loaded(qtbot, window, app: App) -> None:
    pane = show_lot(qtbot, window, "VG5521", "RH-APO")
    lot = pane.lot.lot_id
    first = pane.model.rows()[1].movement_id  # 20 sent to MOB-NORD
    # 450 more movements of the lot (more than two pages), then the first one's reversal.
    for _ in range(225):
        stock.transfer(app, lot_id=lot, from_code="RH-APO", to_code="VC-HER", doses=1)
        stock.transfer(app, lot_id=lot, from_code="VC-HER", to_code="RH-APO", doses=1)
    new_id = stock.reverse_one(app, first, "sent to the wrong site")
    window.stock_page.refresh()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: pane.model.row_of(first) >= 0 and pane.model.rows()[1].reversed_by == new_id)
    assert pane.model.row_of(new_id) < 0 and pane.model.has_more(), "the reversal is not loaded yet"
    link = pane.model.index(1, HistoryModel.LINK)
    assert "go to movement" in link.data(Qt.ItemDataRole.ToolTipRole).lower()
    pane.table.setCurrentIndex(link)
    qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pane.selected_movement() is not None and selected(pane).movement_id == new_id, timeout=30_000)
    assert pane.table.currentIndex().data(ROW_ROLE).reverses_id == first
