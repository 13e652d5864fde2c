"""The Receiving page with a real database: scanning, typing, importing, posting,
quarantine, thawing and the goods-receipt document.

Scans are typed as key presses (see ``test_scan_capture.type_scan``); every service
call runs through the operations helper, so the tests wait for it with
``qtbot.waitUntil`` (never ``qWait``, which would starve the worker threads).
The window's clock stands at 2026-10-06 09:00 UTC.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import shiboken6
import sqlalchemy as sa
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from pharmacy_app.domain.gs1 import GS
from pharmacy_app.services import queries, receiving, reference
from pharmacy_app.services.app import App
from pharmacy_app.services.queries import StockFilter
from pharmacy_app.ui.held_stock import HELD_BG, DiscardDialog, ReleaseDialog, ThawDialog
from pharmacy_app.ui.main_window import RECEIVING, STOCK
from pharmacy_app.ui.pdf_preview import PdfPreviewDialog
from pharmacy_app.ui.receiving_model import ReceiptLinesModel
from pharmacy_app.ui.receiving_page import ImportPreviewDialog, NewReceiptDialog, parse_date
from pharmacy_app.ui.stock_model import StockModel
from tests.ui.conftest import wait_idle
from tests.ui.test_scan_capture import type_scan

VAXIGRIP = "07046261234566"  # 123456, fridge
COMIRNATY = "07046264123454"  # 412345, frozen, 60 doses a pack
UNKNOWN_GTIN = "09520123456788"
BAD_CHECK_DIGIT = "07046261234567"


def pack(gtin: str, expiry: str, batch: str, serial: str) -> str:
    return f"]d201{gtin}17{expiry}10{batch}{GS}21{serial}"


# --------------------------------------------------------------------------- fixtures


@pytest.fixture
def home(app: App) -> App:
    reference.save_settings(app, reference.Settings(14, "RH-APO"))
    return app


@pytest.fixture
def rwindow(home, window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    window.show_page(RECEIVING)
    page = window.receiving_page
    qtbot.waitUntil(lambda: window.ops.is_idle() and page.product_combo.count() > 1, timeout=5000)
    yield window
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QDialog | QMessageBox) and w.isVisible():
            w.close()


@pytest.fixture
def page(rwindow):
    return rwindow.receiving_page


def idle(qtbot, window, timeout: int = 5000) -> None:
    page = window.receiving_page
    qtbot.waitUntil(
        lambda: window.ops.is_idle() and not page.scanner.is_busy() and page.pending_scans() == 0,
        timeout=timeout,
    )


def start_receipt(qtbot, window, note: str) -> receiving.ReceiptView:
    page = window.receiving_page
    page.new_button.click()
    dialog = page.new_dialog
    assert isinstance(dialog, NewReceiptDialog) and dialog.isVisible()
    assert dialog.delivered_on() == date(2026, 10, 6)  # today, by the application's clock
    qtbot.keyClicks(dialog.note_edit, note)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.receipt is not None and page.receipt.note_number == note, timeout=5000)
    idle(qtbot, window)
    return page.receipt


def scan(qtbot, window, text: str, widget=None) -> None:
    page = window.receiving_page
    before = page.strip.text()
    target = widget or page.lines_table
    target.setFocus()
    type_scan(qtbot, target, text)
    qtbot.waitUntil(lambda: page.pending_scans() == 0 and page.strip.text() != "", timeout=5000)
    idle(qtbot, window)
    del before


def lines_of(page) -> list[tuple[str, str, int, int]]:
    return [(line.varenummer, line.batch, line.packs, line.scans) for line in page.receipt.lines]


def table_column(page, column: int) -> list[str]:
    model = page.lines_model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def counts(app: App) -> tuple[int, int]:
    with app.db.read() as s:
        movements = s.execute(sa.text("select count(*) from movement")).scalar_one()
        receipts = s.execute(sa.text("select count(*) from receipt where status = 'posted'")).scalar_one()
    return movements, receipts


def closed(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def activate(qtbot, window) -> None:
    """Shortcuts need the window active (a dialog may have been in front)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def no_dialogs() -> bool:
    return not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog | QMessageBox) and w.isVisible()
    ]


# --------------------------------------------------------------------------- scanning


def test_scans_typed_as_keys_add_packs_to_lines(qtbot, rwindow, app):
    page = rwindow.receiving_page
    start_receipt(qtbot, rwindow, "FS-2026-0412")
    scan(qtbot, rwindow, pack(VAXIGRIP, "271130", "FL2025A", "S1"))
    assert page.strip.state == "ok"
    assert page.strip.text().startswith("✓ +1 pack Vaxigrip")
    assert "(1 in total)" in page.strip.text()
    scan(qtbot, rwindow, pack(VAXIGRIP, "271130", "FL2025A", "S2"))
    assert "FL2025A (2 in total)" in page.strip.text()
    scan(qtbot, rwindow, pack(COMIRNATY, "270630", "CZ9981", "C1"))
    assert lines_of(page) == [("123456", "FL2025A", 2, 2), ("412345", "CZ9981", 1, 1)]
    assert table_column(page, ReceiptLinesModel.PACKS) == ["2", "1"]
    assert table_column(page, ReceiptLinesModel.DOSES) == ["20", "60"]
    assert table_column(page, ReceiptLinesModel.CONDITION) == ["2–8 °C", "Frozen"]
    assert page.selected_line().batch == "CZ9981"  # the line the last scan counted
    assert page.lines_model.highlight == page.receipt.lines[1].id
    # Nothing is stock until posted.
    assert queries.stock_rows(app, StockFilter(text="FL2025A")) == []
    assert no_dialogs()


def test_refused_scans_are_told_in_the_strip_and_change_nothing(qtbot, rwindow, app):
    page = rwindow.receiving_page
    start_receipt(qtbot, rwindow, "FS-2026-0420")
    scan(qtbot, rwindow, pack(VAXIGRIP, "271130", "FL2025A", "S1"))
    before = lines_of(page)
    cases = [
        (pack(VAXIGRIP, "271130", "FL2025A", "S1"), "This pack (serial S1) was already scanned on receipt FS-2026-0420."),
        (pack(UNKNOWN_GTIN, "271130", "LOT42", "S9"), f"GTIN {UNKNOWN_GTIN} is not a product in the catalogue."),
        (pack(BAD_CHECK_DIGIT, "271130", "FL2025A", "S8"), f"GTIN {BAD_CHECK_DIGIT} has a wrong check digit"),
        (pack(COMIRNATY, "260600", "HZ0123", "S7"), "Lot HZ0123 (Comirnaty"),  # expired in June
        (f"]d201{VAXIGRIP}17271130", "has no batch"),
    ]
    beeps = []
    import pharmacy_app.ui.receiving_page as module

    original = module.QApplication.beep
    module.QApplication.beep = staticmethod(lambda: beeps.append(1))  # type: ignore[method-assign]
    try:
        for text, message in cases:
            scan(qtbot, rwindow, text, widget=page.batch_edit)  # focus in the typed-line form
            assert page.strip.state == "error", text
            assert message in page.strip.text(), (message, page.strip.text())
            assert lines_of(page) == before
            assert page.batch_edit.text() == ""  # the scan never reached the field
    finally:
        module.QApplication.beep = original  # type: ignore[method-assign]
    assert len(beeps) == len(cases)
    assert no_dialogs() and rwindow.ops.open_message_boxes() == []


def test_a_scan_without_an_open_draft_says_so(qtbot, rwindow):
    page = rwindow.receiving_page
    page.lines_table.setFocus()
    type_scan(qtbot, page.lines_table, pack(VAXIGRIP, "271130", "FL2025A", "S1"))
    qtbot.waitUntil(lambda: page.strip.state == "error", timeout=3000)
    assert "no draft receipt is open" in page.strip.text()
    assert no_dialogs()


def test_typing_in_the_batch_field_still_works_and_adds_a_line(qtbot, rwindow, app):
    page = rwindow.receiving_page
    start_receipt(qtbot, rwindow, "FS-2026-0430")
    assert page.select_product("123456")
    page.batch_edit.setFocus()
    qtbot.keyClicks(page.batch_edit, "0FL-77")  # starts like a scan, but is typed
    qtbot.waitUntil(lambda: page.batch_edit.text() == "0FL-77", timeout=2000)
    qtbot.keyClicks(page.expiry_edit.line, "31-12-2027")
    page.packs_spin.setValue(4)
    qtbot.keyClick(page.batch_edit, Qt.Key.Key_Return)  # Enter in the form adds the line
    qtbot.waitUntil(lambda: bool(page.receipt.lines), timeout=5000)
    idle(qtbot, rwindow)
    (line,) = page.receipt.lines
    assert (line.batch, line.expiry, line.packs, line.doses) == ("0FL-77", date(2027, 12, 31), 4, 40)
    assert page.strip.state == "ok" and "Line 1 added" in page.strip.text()
    assert page.batch_edit.text() == "" and page.window().focusWidget() is page.batch_edit

    # A typed line with something missing is refused in the strip, nothing is sent.
    qtbot.keyClicks(page.batch_edit, "X1")
    page.add_button.click()
    assert page.strip.state == "error" and "the expiry date" in page.strip.text()
    assert len(page.receipt.lines) == 1


def test_change_packs_hold_condition_and_remove_with_delete(qtbot, rwindow):
    page = rwindow.receiving_page
    start_receipt(qtbot, rwindow, "FS-2026-0440")
    scan(qtbot, rwindow, pack(COMIRNATY, "270630", "CZ9981", "C1"))
    scan(qtbot, rwindow, pack(VAXIGRIP, "271130", "FL2025A", "S1"))
    model = page.lines_model
    model.setData(model.index(0, ReceiptLinesModel.PACKS), 3)
    qtbot.waitUntil(lambda: page.receipt.lines[0].packs == 3, timeout=5000)
    model.setData(model.index(0, ReceiptLinesModel.CONDITION), "fridge")
    qtbot.waitUntil(lambda: page.receipt.lines[0].condition == "fridge", timeout=5000)
    idle(qtbot, rwindow)
    assert page.receipt.lines[0].thawed_on == date(2026, 10, 6)  # arrived thawed
    assert table_column(page, ReceiptLinesModel.CONDITION)[0] == "Thawed"
    # Ticking Hold without a reason: the line says what is missing, posting is refused.
    model.setData(model.index(1, ReceiptLinesModel.HOLD), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: page.receipt.lines[1].hold, timeout=5000)
    idle(qtbot, rwindow)
    assert [p.code for p in page.receipt.lines[1].problems] == ["hold_reason_required"]
    assert table_column(page, ReceiptLinesModel.CHECK)[1] == "Hold needs a reason"
    assert model.index(1, ReceiptLinesModel.NO).data(Qt.ItemDataRole.BackgroundRole) is not None
    page.post_button.click()
    assert page.strip.state == "error" and "cannot be received (marked red): 1 line." in page.strip.text()
    assert page.line_info.isVisible() and "needs a reason" in page.line_info.text()
    model.setData(model.index(1, ReceiptLinesModel.HOLD), "Logger alarm 14:02")
    qtbot.waitUntil(lambda: page.receipt.lines[1].hold_reason == "Logger alarm 14:02", timeout=5000)
    idle(qtbot, rwindow)
    assert page.receipt.lines[1].problems == ()
    assert table_column(page, ReceiptLinesModel.HOLD)[1] == "Logger alarm 14:02"
    # Delete removes the selected line.
    page.select_line(page.receipt.lines[0].id)
    activate(qtbot, rwindow)
    page.lines_table.setFocus()
    qtbot.keyClick(page.lines_table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(page.receipt.lines) == 1, timeout=5000)
    idle(qtbot, rwindow)
    assert page.receipt.lines[0].batch == "FL2025A"
    assert "removed" in page.strip.text()


# --------------------------------------------------------------------------- posting


def test_post_with_short_dated_confirmation_then_the_stock_page_shows_it(qtbot, rwindow, app):
    page = rwindow.receiving_page
    start_receipt(qtbot, rwindow, "FS-2026-0450")
    scan(qtbot, rwindow, pack(VAXIGRIP, "271130", "FL2025A", "S1"))
    scan(qtbot, rwindow, pack(VAXIGRIP, "271130", "FL2025A", "S2"))
    assert page.select_product("123459")
    page.batch_edit.setText("FD2026")
    page.expiry_edit.set_value(date(2026, 10, 25))  # 19 days: short-dated
    page.packs_spin.setValue(4)
    page.add_button.click()
    qtbot.waitUntil(lambda: len(page.receipt.lines) == 2, timeout=5000)
    idle(qtbot, rwindow)
    assert [w.code for w in page.receipt.lines[1].warnings] == ["short_dated"]
    assert table_column(page, ReceiptLinesModel.CHECK)[1].startswith("Short-dated (19 days)")
    assert "Short-dated" in page.totals_label.text() or "short-dated" in page.totals_label.text()

    activate(qtbot, rwindow)
    page.lines_table.setFocus()
    before = counts(app)
    qtbot.keyClick(page.lines_table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(page, "confirm_box", None) is not None and page.confirm_box.isVisible(), timeout=3000)
    box = page.confirm_box
    assert "FD2026" in box.informativeText() and "19 days" in box.informativeText()
    assert counts(app) == before  # nothing is posted while asking
    receive = next(b for b in box.buttons() if b.text() == "Receive anyway")
    qtbot.mouseClick(receive, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.receipt.status == "posted", timeout=5000)
    # The goods-receipt document opens by itself once posted.
    qtbot.waitUntil(lambda: page.preview_dialog is not None, timeout=10000)
    assert page.preview_dialog.page_count >= 1
    page.preview_dialog.close()
    idle(qtbot, rwindow)
    assert page.strip.state == "ok" and "posted: 60 doses in stock" in page.strip.text()
    assert not page.form_box.isEnabled() and not page.post_button.isVisible()

    rwindow.show_page(STOCK)
    wait_idle(qtbot, rwindow)
    stock_page = rwindow.stock_page
    rows = [stock_page.model.row_at(r) for r in range(stock_page.model.rowCount())]
    got = {(r.location_code, r.batch): r.doses for r in rows if r.batch in ("FL2025A", "FD2026")}
    assert got == {("RH-APO", "FL2025A"): 20, ("RH-APO", "FD2026"): 40}


def test_a_held_line_goes_to_quarantine_is_marked_and_released(qtbot, rwindow, app):
    page = rwindow.receiving_page
    start_receipt(qtbot, rwindow, "FS-2026-0460")
    assert page.select_product("345679")
    page.batch_edit.setText("PV3390")
    page.expiry_edit.set_value(date(2027, 9, 30))
    page.packs_spin.setValue(2)
    page.hold_check.setChecked(True)
    assert page.hold_reason_edit.isEnabled()
    page.hold_reason_edit.setText("Temperature logger alarm")
    page.add_button.click()
    qtbot.waitUntil(lambda: len(page.receipt.lines) == 1, timeout=5000)
    idle(qtbot, rwindow)
    assert page.receipt.lines[0].hold
    page.post()
    qtbot.waitUntil(lambda: page.receipt.status == "posted", timeout=5000)
    qtbot.waitUntil(lambda: page.preview_dialog is not None, timeout=10000)
    page.preview_dialog.close()
    idle(qtbot, rwindow)
    assert "(20 doses held in quarantine)" in page.strip.text()

    rwindow.show_page(STOCK)
    wait_idle(qtbot, rwindow)
    stock_page = rwindow.stock_page
    model = stock_page.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).batch == "PV3390")
    held = model.row_at(row)
    assert held.location_code == "RH-APO-KAR"
    assert model.index(row, StockModel.KIND).data() == "Quarantine (on hold)"
    assert model.index(row, StockModel.LOCATION).data(Qt.ItemDataRole.BackgroundRole) == HELD_BG
    assert "Held in quarantine" in model.index(row, StockModel.LOCATION).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(row, StockModel.LOCATION).data(Qt.ItemDataRole.FontRole).italic()

    stock_page.select_row(row)
    assert stock_page.release_action.isEnabled() and stock_page.discard_action.isEnabled()
    assert not stock_page.thaw_action.isEnabled()
    stock_page.release_selected()
    dialog = stock_page.stock_dialog
    assert isinstance(dialog, ReleaseDialog) and dialog.isVisible()
    assert dialog.doses_spin.value() == 20
    assert not dialog.ok_button.isEnabled()  # a reason is required
    qtbot.keyClicks(dialog.reason_edit, "Logger read: 2-8 C all the way")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog), timeout=5000)
    wait_idle(qtbot, rwindow)
    where = {(r.location_code, r.doses) for r in queries.stock_rows(app, StockFilter(text="PV3390"))}
    assert where == {("RH-APO", 20)}
    assert queries.check_ledger(app).ok


def test_held_stock_can_be_discarded_with_a_reason(qtbot, rwindow, app):
    r = receiving.start(app, "FS-2026-0465")
    receiving.add_line(
        app, r.id, product="123456", batch="VG-HELD", expiry=date(2027, 6, 30), packs=3, hold=True, hold_reason="Box damaged"
    )
    receiving.post(app, r.id)
    rwindow.refresh()
    rwindow.show_page(STOCK)
    wait_idle(qtbot, rwindow)
    stock_page = rwindow.stock_page
    model = stock_page.model
    row = next(i for i in range(model.rowCount()) if model.row_at(i).batch == "VG-HELD")
    stock_page.select_row(row)
    stock_page.discard_selected()
    dialog = stock_page.stock_dialog
    assert isinstance(dialog, DiscardDialog)
    qtbot.waitUntil(lambda: dialog.reason_combo.count() > 0, timeout=3000)
    assert dialog.reason_combo.currentData() == "TEMPERATURSVIGT"
    dialog.doses_spin.setValue(10)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog), timeout=5000)
    wait_idle(qtbot, rwindow)
    assert {(x.location_code, x.doses) for x in queries.stock_rows(app, StockFilter(text="VG-HELD"))} == {
        ("RH-APO-KAR", 20)
    }


def test_a_refused_release_is_shown_the_standard_way_and_the_dialog_stays(qtbot, rwindow, app):
    r = receiving.start(app, "FS-2026-0466")
    receiving.add_line(
        app, r.id, product="412345", batch="CZ-HELD", expiry=date(2027, 6, 30), packs=1, hold=True, hold_reason="Alarm"
    )
    receiving.post(app, r.id)
    rwindow.refresh()
    rwindow.show_page(STOCK)
    wait_idle(qtbot, rwindow)
    stock_page = rwindow.stock_page
    model = stock_page.model
    stock_page.select_row(next(i for i in range(model.rowCount()) if model.row_at(i).batch == "CZ-HELD"))
    stock_page.release_selected()
    dialog = stock_page.stock_dialog
    dialog.doses_spin.setValue(7)  # not a whole number of 6-dose vials
    dialog.reason_edit.setText("checked")
    with qtbot.waitSignal(rwindow.ops.error_shown, timeout=5000) as blocker:
        dialog.submit()
    assert "not a whole number of vials" in blocker.args[0]
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    for box in rwindow.ops.open_message_boxes():
        box.close()
    dialog.close()


# --------------------------------------------------------------------------- thawing


def test_thaw_from_the_stock_page(qtbot, rwindow, app):
    rwindow.show_page(STOCK)
    wait_idle(qtbot, rwindow)
    stock_page = rwindow.stock_page
    model = stock_page.model
    row = next(
        i for i in range(model.rowCount())
        if model.row_at(i).batch == "FX1234" and model.row_at(i).location_code == "RH-APO"
    )
    stock_page.select_row(row)
    qtbot.waitUntil(lambda: stock_page.thaw_action.isEnabled(), timeout=3000)
    assert not stock_page.release_action.isEnabled()
    stock_page.thaw_selected()
    dialog = stock_page.stock_dialog
    assert isinstance(dialog, ThawDialog)
    assert dialog.doses_spin.singleStep() == 6  # whole vials at the pharmacy
    dialog.doses_spin.setValue(12)
    assert "use by 2026-12-15" in dialog.use_by_label.text()  # 70 days after today
    assert "cannot be refrozen" in dialog.use_by_label.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog), timeout=5000)
    wait_idle(qtbot, rwindow)
    rows = {(r.location_code, r.thawed_on, r.doses) for r in queries.stock_rows(app, StockFilter(text="FX1234"))}
    assert ("RH-APO", date(2026, 10, 6), 12) in rows and ("RH-APO", None, 48) in rows
    # Thawed stock cannot be thawed (or refrozen) again: no Thaw for that row.
    thawed = next(
        i for i in range(model.rowCount())
        if model.row_at(i).batch == "FX1234" and model.row_at(i).thawed_on is not None
    )
    stock_page.select_row(thawed)
    assert not stock_page.thaw_action.isEnabled()


def test_thaw_a_posted_frozen_line_on_the_receiving_page(qtbot, rwindow, app):
    page = rwindow.receiving_page
    r = receiving.start(app, "FS-2026-0470")
    receiving.add_line(app, r.id, product="412345", batch="CZ5500", expiry=date(2027, 6, 30), packs=2)
    receiving.post(app, r.id)
    page.open_receipt(r.id)
    qtbot.waitUntil(lambda: page.receipt is not None and page.receipt.id == r.id, timeout=5000)
    page.select_line(page.receipt.lines[0].id)
    assert page.thaw_button.isVisible() and page.thaw_button.isEnabled()
    activate(qtbot, rwindow)
    page.lines_table.setFocus()
    qtbot.keyClick(page.lines_table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(page, "thaw_dialog", None) is not None, timeout=5000)
    dialog = page.thaw_dialog
    dialog.doses_spin.setValue(60)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog), timeout=5000)
    idle(qtbot, rwindow)
    assert "60 doses of batch CZ5500 thawed" in page.strip.text()
    rows = {(x.thawed_on, x.doses) for x in queries.stock_rows(app, StockFilter(text="CZ5500"))}
    assert rows == {(None, 60), (date(2026, 10, 6), 60)}


# --------------------------------------------------------------------------- import


HEADER = [
    "Følgeseddelnr",
    "Leveringsdato",
    "Varenummer",
    "GTIN",
    "Vaccine",
    "Batch",
    "Udløbsdato",
    "Antal pakninger",
    "Doser pr. pakning",
    "Opbevaring",
]


def write_note(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Følgeseddel"
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def good_rows(note: str = "FS-2026-0500") -> list[list[object]]:
    return [
        [note, "06-10-2026", "123456", VAXIGRIP, "Vaxigrip Tetra", "VG7001", "30-06-2027", 5, 10, "2-8"],
        [note, "06-10-2026", "412345", COMIRNATY, "Comirnaty", "CZ7002", date(2027, 3, 31), 2, 60, "-90/-60"],
        [note, "06-10-2026", "345679", None, "Prevenar 20", "PV7003", "2027-09-30", 1, None, None],
    ]


def test_import_a_valid_note_through_the_preview(qtbot, rwindow, app, tmp_path):
    page = rwindow.receiving_page
    path = write_note(tmp_path / "note.xlsx", good_rows())
    page.preview_import(path)
    qtbot.waitUntil(lambda: page.import_dialog is not None and page.import_dialog.isVisible(), timeout=5000)
    dialog = page.import_dialog
    assert isinstance(dialog, ImportPreviewDialog)
    assert dialog.problem_rows() == []
    assert dialog.problems_title.text() == "No problems found"
    assert dialog.lines_table.rowCount() == 3
    assert dialog.lines_table.item(0, 3).text() == "VG7001"
    assert not dialog.confirm_check.isVisible()
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.receipt is not None and page.receipt.note_number == "FS-2026-0500", timeout=10000)
    idle(qtbot, rwindow)
    assert page.receipt.status == "posted" and len(page.receipt.lines) == 3
    assert "imported and posted" in page.strip.text()
    assert {r.batch: r.doses for r in queries.stock_rows(app, StockFilter(text="700"))} == {
        "VG7001": 50,
        "CZ7002": 120,
        "PV7003": 10,
    }
    # The same note again is refused in the preview, and nothing more is received.
    before = counts(app)
    page.preview_import(path)
    qtbot.waitUntil(
        lambda: page.import_dialog is not None and page.import_dialog is not dialog and page.import_dialog.isVisible(),
        timeout=5000,
    )
    again = page.import_dialog
    assert any("already received" in p[2] for p in again.problem_rows())
    assert not again.import_button.isEnabled()
    again.close()
    assert counts(app) == before


def test_a_broken_note_lists_every_problem_and_imports_nothing(qtbot, rwindow, app, tmp_path):
    page = rwindow.receiving_page
    rows = good_rows("FS-2026-0510")
    rows[0][6] = "31-02-2027"  # no such date
    rows[1][2] = "999999"  # unknown product
    rows[1][3] = None
    rows[2][7] = 0  # no packs
    path = write_note(tmp_path / "broken.xlsx", rows)
    before = counts(app)
    page.preview_import(path)
    qtbot.waitUntil(lambda: page.import_dialog is not None and page.import_dialog.isVisible(), timeout=5000)
    dialog = page.import_dialog
    problems = dialog.problem_rows()
    assert [(row, column) for row, column, _text in problems] == [
        ("2", "Udløbsdato"),
        ("3", "Varenummer"),
        ("4", "Antal pakninger"),
    ]
    assert "is not a date" in problems[0][2]
    assert "3 problems stop the import" in dialog.problems_title.text()
    assert not dialog.import_button.isEnabled()
    dialog.submit()  # even asked directly, nothing happens
    assert dialog.isVisible()
    dialog.close()
    assert counts(app) == before


def test_short_dated_lots_in_a_note_need_the_checkbox(qtbot, rwindow, app, tmp_path):
    page = rwindow.receiving_page
    rows = good_rows("FS-2026-0520")
    rows[0][6] = "20-10-2026"  # 14 days
    path = write_note(tmp_path / "short.xlsx", rows)
    page.preview_import(path)
    qtbot.waitUntil(lambda: page.import_dialog is not None and page.import_dialog.isVisible(), timeout=5000)
    dialog = page.import_dialog
    assert dialog.problem_rows() == []
    assert dialog.confirm_check.isVisible() and "VG7001" in dialog.short_list.text()
    # Not "No problems found" in green right above the box asking for a confirmation.
    title = dialog.problems_title.text()
    assert "No problems found" not in title
    assert title == "No errors in the file, but 1 short-dated lot needs your confirmation below"
    assert "14532d" not in dialog.problems_title.styleSheet()
    assert not dialog.import_button.isEnabled()
    dialog.confirm_check.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: page.receipt is not None and page.receipt.note_number == "FS-2026-0520", timeout=10000)
    assert page.receipt.status == "posted"


# --------------------------------------------------------------------------- documents and drafts


def test_the_pdf_preview_renders_prints_and_saves(qtbot, rwindow, app, tmp_path):
    from pharmacy_app.services import documents

    r = receiving.start(app, "FS-2026-0530")
    receiving.add_line(app, r.id, product="123456", batch="VG8001", expiry=date(2027, 6, 30), packs=2)
    receiving.post(app, r.id)
    pdf = documents.goods_receipt_pdf(app, r.id, tmp_path / "gr.pdf", language="en")
    dialog = PdfPreviewDialog(pdf, title="Goods receipt FS-2026-0530")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.page_count >= 1
    first = dialog.page_pixmap(0)
    assert not first.isNull() and first.width() > 300
    dialog.set_zoom(2.0)
    assert dialog.page_pixmap(0).width() > first.width()
    dialog.fit_width()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) == dialog.page_count
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
    dialog.print_dialog()  # Qt's print dialog opens (window-modal, not blocking); cancel it
    assert dialog.print_setup.isVisible()
    dialog.print_setup.reject()
    saved = dialog.save_to(tmp_path / "copy")
    assert saved.suffix == ".pdf" and saved.read_bytes() == pdf.read_bytes()
    dialog.close()

    # From the page: the Goods receipt button (Ctrl+P) on a posted receipt.
    page = rwindow.receiving_page
    page.open_receipt(r.id)
    qtbot.waitUntil(lambda: page.receipt is not None and page.receipt.id == r.id, timeout=5000)
    assert page.document_button.isEnabled()
    activate(qtbot, rwindow)
    page.lines_table.setFocus()
    qtbot.keyClick(page.lines_table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.preview_dialog is not None, timeout=10000)
    assert page.preview_dialog.page_count >= 1
    page.preview_dialog.close()


def test_cancel_a_draft(qtbot, rwindow, app):
    page = rwindow.receiving_page
    start_receipt(qtbot, rwindow, "FS-2026-0540")
    scan(qtbot, rwindow, pack(VAXIGRIP, "271130", "FL2025A", "S1"))
    assert page.list_model.row_of(page.receipt.id) >= 0
    page.cancel_draft()
    box = page.confirm_box
    yes = next(b for b in box.buttons() if b.text() == "Cancel draft")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.receipt is None, timeout=5000)
    idle(qtbot, rwindow)
    assert "cancelled" in page.strip.text()
    assert all(
        page.list_model.receipt_at(i).note_number != "FS-2026-0540" for i in range(page.list_model.rowCount())
    )
    # The serial is free again for another receipt.
    start_receipt(qtbot, rwindow, "FS-2026-0541")
    scan(qtbot, rwindow, pack(VAXIGRIP, "271130", "FL2025A", "S1"))
    assert page.strip.state == "ok"


def test_an_empty_list_does_not_deny_the_deliveries_in_stock(qtbot, rwindow, app):
    page = rwindow.receiving_page
    # The test data was received by the services directly, as the demo data and the
    # command line do: no receipt on this page holds it.
    assert page.list_model.rowCount() == 0
    elsewhere = queries.receipts_elsewhere(app)
    assert elsewhere.movements >= 3 and elsewhere.notes >= 2 and elsewhere.latest == date(2026, 10, 5)
    text = page.receipts_table.empty_text()
    assert "No receipts yet" not in text
    assert f"the stock holds {elsewhere.notes} delivery notes from SSI (the latest on 2026-10-05)" in text
    assert "Stock page" in text
    # A database with no deliveries at all says so.
    assert page._empty_list_text(queries.ReceiptsElsewhere(0, 0, None)).startswith("No receipts yet.")
    # Once a receipt is made here, it is listed.
    first = receiving.start(app, "FS-2026-0549")
    rwindow.refresh()
    qtbot.waitUntil(lambda: page.list_model.row_of(first.id) >= 0, timeout=5000)


def test_opening_a_receipt_from_the_list(qtbot, rwindow, app):
    page = rwindow.receiving_page
    first = receiving.start(app, "FS-2026-0550")
    receiving.add_line(app, first.id, product="123456", batch="L1", expiry=date(2027, 6, 30), packs=1)
    rwindow.refresh()
    qtbot.waitUntil(lambda: page.list_model.row_of(first.id) >= 0, timeout=5000)
    row = page.list_model.row_of(first.id)
    page.receipts_table.setFocus()
    page.receipts_table.setCurrentIndex(page.list_model.index(row, 0))
    qtbot.waitUntil(lambda: page.receipt is not None and page.receipt.id == first.id, timeout=5000)
    assert lines_of(page) == [("123456", "L1", 1, 0)]
    assert "FS-2026-0550" in page.header.text() and "Draft" in page.header.text()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31-12-2027", date(2027, 12, 31)),
        ("31.12.27", date(2027, 12, 31)),
        ("311227", date(2027, 12, 31)),
        ("31122027", date(2027, 12, 31)),
        ("2027-12-31", date(2027, 12, 31)),
        ("20271231", date(2027, 12, 31)),
        ("02-2028", date(2028, 2, 29)),  # a month: its last day
        ("31-02-2027", None),
        ("hello", None),
        ("", None),
    ],
)
def test_dates_as_people_type_them(text, expected):
    assert parse_date(text) == expected


# --------------------------------------------------------------------------- screenshots


def realistic_receipt(app: App) -> receiving.ReceiptView:
    """Eight lines as a delivery looks: scanned and typed, one short-dated, one held."""
    r = receiving.start(app, "FS-2026-0412", date(2026, 10, 6))
    for serial in ("S1", "S2", "S3"):
        receiving.scan(app, r.id, pack(VAXIGRIP, "271130", "FL2025A", serial))
    for serial in ("C1", "C2"):
        receiving.scan(app, r.id, pack(COMIRNATY, "270630", "CZ9981", serial))
    receiving.add_line(app, r.id, product="123457", batch="IV7781", expiry=date(2027, 5, 31), packs=12)
    receiving.add_line(app, r.id, product="123459", batch="FD2026", expiry=date(2026, 10, 25), packs=4)
    receiving.add_line(
        app, r.id, product="345679", batch="PV3390", expiry=date(2027, 9, 30), packs=6,
        hold=True, hold_reason="Temperature logger alarm 14:02",
    )
    receiving.add_line(app, r.id, product="412346", batch="TH7701", expiry=date(2027, 8, 31), packs=3, condition="fridge")
    receiving.add_line(app, r.id, product="123460", batch="FC1102", expiry=date(2027, 4, 30), packs=10)
    receiving.add_line(app, r.id, product="412350", batch="SPX330", expiry=date(2027, 2, 28), packs=2)
    receiving.start(app, "FS-2026-0413", date(2026, 10, 6))
    return receiving.get(app, r.id)


def save_shot(widget, tmp_path: Path, name: str) -> Path:
    import os
    import shutil

    from tests.ui.test_screenshots import assert_real_picture

    path = tmp_path / name
    assert widget.grab().save(str(path))
    size = widget.size()
    assert_real_picture(path, size.width(), size.height())
    folder = os.environ.get("SCREENSHOT_DIR")
    if folder:  # SCREENSHOT_DIR=/tmp/shots pytest … keeps them to look at
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(folder) / name)
    return path


@pytest.mark.parametrize("language", ["en", "da"])
def test_screenshots_of_receiving(qtbot, app, tmp_path, language, request):
    if language == "da":
        request.getfixturevalue("danish")
    from pharmacy_app.ui.main_window import MainWindow

    reference.save_settings(app, reference.Settings(14, "RH-APO"))
    receipt = realistic_receipt(app)
    window = MainWindow(app)
    qtbot.addWidget(window)
    window.resize(1400, 850)
    window.show()
    wait_idle(qtbot, window)
    window.show_page(RECEIVING)
    page = window.receiving_page
    page.open_receipt(receipt.id)
    qtbot.waitUntil(lambda: page.receipt is not None and len(page.receipt.lines) == 8, timeout=5000)
    type_scan(qtbot, page.lines_table, pack(VAXIGRIP, "271130", "FL2025A", "S4"))
    qtbot.waitUntil(lambda: page.strip.state == "ok", timeout=5000)
    idle(qtbot, window)
    page.select_line(page.receipt.lines[3].id)  # the short-dated line: its warning in full
    save_shot(window, tmp_path, f"receiving_{language}.png")

    type_scan(qtbot, page.lines_table, pack(VAXIGRIP, "271130", "FL2025A", "S4"))
    qtbot.waitUntil(lambda: page.strip.state == "error", timeout=5000)
    idle(qtbot, window)
    save_shot(page, tmp_path, f"receiving_refused_scan_{language}.png")

    rows = good_rows("FS-2026-0600")
    rows[0][6] = "31-02-2027"
    rows[1][2] = "999999"
    rows[1][3] = None
    rows[2][7] = 0
    broken = write_note(tmp_path / "broken.xlsx", rows)
    page.preview_import(broken)
    qtbot.waitUntil(lambda: page.import_dialog is not None and page.import_dialog.isVisible(), timeout=5000)
    save_shot(page.import_dialog, tmp_path, f"import_problems_{language}.png")
    page.import_dialog.close()

    short = good_rows("FS-2026-0601")
    short[0][6] = "20-10-2026"
    page.preview_import(write_note(tmp_path / "short.xlsx", short))
    qtbot.waitUntil(
        lambda: page.import_dialog is not None and page.import_dialog.isVisible()
        and page.import_dialog.preview.note_number == "FS-2026-0601",
        timeout=5000,
    )
    save_shot(page.import_dialog, tmp_path, f"import_short_dated_{language}.png")
    page.import_dialog.close()

    # Post (the held line goes to quarantine), then the goods-receipt preview.
    receiving.remove_line(app, page.receipt.lines[3].id)
    receiving.post(app, receipt.id)
    page.open_receipt(receipt.id)
    qtbot.waitUntil(lambda: page.receipt.status == "posted", timeout=5000)
    page.show_document()
    qtbot.waitUntil(lambda: page.preview_dialog is not None, timeout=10000)
    dialog = page.preview_dialog
    dialog.resize(900, 800)
    dialog.fit_width()
    save_shot(dialog, tmp_path, f"goods_receipt_preview_{language}.png")
    dialog.close()
    save_shot(window, tmp_path, f"receiving_posted_{language}.png")

    window.refresh()
    window.show_page(STOCK)
    wait_idle(qtbot, window)
    stock_page = window.stock_page
    model = stock_page.model
    held = next(i for i in range(model.rowCount()) if model.row_at(i).location_code == "RH-APO-KAR")
    stock_page.select_row(0 if held else 1)  # the held row unselected: its amber shows
    wait_idle(qtbot, window)
    save_shot(window, tmp_path, f"stock_with_held_{language}.png")
    stock_page.select_row(held)
    stock_page.release_selected()
    save_shot(stock_page.stock_dialog, tmp_path, f"release_dialog_{language}.png")
    stock_page.stock_dialog.close()
    frozen = next(
        i for i in range(model.rowCount())
        if model.row_at(i).batch == "CZ9981" and model.row_at(i).thawed_on is None
    )
    stock_page.select_row(frozen)
    stock_page.thaw_selected()
    save_shot(stock_page.stock_dialog, tmp_path, f"thaw_dialog_{language}.png")
    stock_page.stock_dialog.close()
    window.close()


def test_the_receiving_models_pass_the_model_tester(qtmodeltester, home):
    from pharmacy_app.ui.receiving_model import ReceiptListModel

    receipt = realistic_receipt(home)
    lines = ReceiptLinesModel()
    lines.set_receipt(receipt, date(2026, 10, 6))
    lines.set_highlight(receipt.lines[0].id)
    qtmodeltester.check(lines, force_py=True)
    receipts = ReceiptListModel()
    receipts.set_receipts(receiving.list_receipts(home))
    qtmodeltester.check(receipts, force_py=True)
    assert receipts.receipt_at(0).status == "draft"
    # Editing asks the service (through the page) and changes nothing by itself.
    asked = []
    lines.edit_requested.connect(lambda line_id, change: asked.append((line_id, change)))
    assert lines.setData(lines.index(0, ReceiptLinesModel.PACKS), 9)
    assert asked == [(receipt.lines[0].id, {"packs": 9})]
    assert lines.index(0, ReceiptLinesModel.PACKS).data() == "3"


def test_a_note_already_received_is_refused_in_the_new_receipt_dialog(qtbot, rwindow, app):
    r = receiving.start(app, "FS-2026-0560")
    receiving.add_line(app, r.id, product="123456", batch="L9", expiry=date(2027, 6, 30), packs=1)
    receiving.post(app, r.id)
    page = rwindow.receiving_page
    page.new_button.click()
    dialog = page.new_dialog
    qtbot.keyClicks(dialog.note_edit, "FS-2026-0560")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.problems.problems), timeout=5000)
    assert "FS-2026-0560 was already received" in dialog.problems.problems[0]
    assert dialog.isVisible() and rwindow.ops.open_message_boxes() == []
    dialog.reject()
