"""The Receiving page with a real database: scanning, typing and changing lines, the
list of receipts, the screenshots and the models.

Scans are typed as key presses (see ``tests.ui.common.test_scan_capture.type_scan``); every
service call runs through the operations helper, so the tests wait for it with
``qtbot.waitUntil`` (never ``qWait``, which would starve the worker threads).
The window's clock stands at 2026-10-06 09:00 UTC.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from pharmacy_app.services import queries, receiving, reference
from pharmacy_app.services.queries import StockFilter
from pharmacy_app.ui.main_window import RECEIVING, STOCK
from pharmacy_app.ui.receiving.models import ReceiptLinesModel
from tests.ui.common.test_scan_capture import type_scan
from tests.ui.conftest import wait_idle
from tests.ui.receiving.helpers import (
    BAD_CHECK_DIGIT,
    COMIRNATY,
    UNKNOWN_GTIN,
    VAXIGRIP,
    activate,
    good_rows,
    idle,
    lines_of,
    no_dialogs,
    pack,
    realistic_receipt,
    save_shot,
    scan,
    start_receipt,
    table_column,
    write_note,
)

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
    import pharmacy_app.ui.common.status_strip as module

    original = module.QApplication.beep
    module.QApplication.beep = staticmethod(lambda: beeps.append(1))  # type: ignore[method-assign]
    try:
        for text, message in cases:
            scan(qtbot, rwindow, text, widget=page.form.batch_edit)  # focus in the typed-line form
            assert page.strip.state == "error", text
            assert message in page.strip.text(), (message, page.strip.text())
            assert lines_of(page) == before
            assert page.form.batch_edit.text() == ""  # the scan never reached the field
    finally:
        module.QApplication.beep = original  # type: ignore[method-assign]
    assert len(beeps) == len(cases)
    assert no_dialogs() and rwindow.ops.open_message_boxes() == []


def test_a_scan_without_an_open_draft_says_so(qtbot, rwindow):
    page = rwindow.receiving_page
    page.lines_table.setFocus()
    type_scan(qtbot, page.lines_table, pack(VAXIGRIP, "271130", "FL2025A", "S1"))
    qtbot.waitUntil(lambda: page.strip.state == "error", timeout=30_000)
    assert "no draft receipt is open" in page.strip.text()
    assert no_dialogs()


def test_typing_in_the_batch_field_still_works_and_adds_a_line(qtbot, rwindow, app):
    page = rwindow.receiving_page
    start_receipt(qtbot, rwindow, "FS-2026-0430")
    assert page.select_product("123456")
    page.form.batch_edit.setFocus()
    qtbot.keyClicks(page.form.batch_edit, "0FL-77")  # starts like a scan, but is typed
    qtbot.waitUntil(lambda: page.form.batch_edit.text() == "0FL-77", timeout=30_000)
    qtbot.keyClicks(page.form.expiry_edit.line, "31-12-2027")
    page.form.packs_spin.setValue(4)
    qtbot.keyClick(page.form.batch_edit, Qt.Key.Key_Return)  # Enter in the form adds the line
    qtbot.waitUntil(lambda: bool(page.receipt.lines), timeout=30_000)
    idle(qtbot, rwindow)
    (line,) = page.receipt.lines
    assert (line.batch, line.expiry, line.packs, line.doses) == ("0FL-77", date(2027, 12, 31), 4, 40)
    assert page.strip.state == "ok" and "Line 1 added" in page.strip.text()
    assert page.form.batch_edit.text() == "" and page.window().focusWidget() is page.form.batch_edit

    # A typed line with something missing is refused in the strip, nothing is sent.
    qtbot.keyClicks(page.form.batch_edit, "X1")
    page.form.add_button.click()
    assert page.strip.state == "error" and "the expiry date" in page.strip.text()
    assert len(page.receipt.lines) == 1


def test_change_packs_hold_condition_and_remove_with_delete(qtbot, rwindow):
    page = rwindow.receiving_page
    start_receipt(qtbot, rwindow, "FS-2026-0440")
    scan(qtbot, rwindow, pack(COMIRNATY, "270630", "CZ9981", "C1"))
    scan(qtbot, rwindow, pack(VAXIGRIP, "271130", "FL2025A", "S1"))
    model = page.lines_model
    model.setData(model.index(0, ReceiptLinesModel.PACKS), 3)
    qtbot.waitUntil(lambda: page.receipt.lines[0].packs == 3, timeout=30_000)
    model.setData(model.index(0, ReceiptLinesModel.CONDITION), "fridge")
    qtbot.waitUntil(lambda: page.receipt.lines[0].condition == "fridge", timeout=30_000)
    idle(qtbot, rwindow)
    assert page.receipt.lines[0].thawed_on == date(2026, 10, 6)  # arrived thawed
    assert table_column(page, ReceiptLinesModel.CONDITION)[0] == "Thawed"
    # Ticking Hold without a reason: the line says what is missing, posting is refused.
    model.setData(model.index(1, ReceiptLinesModel.HOLD), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: page.receipt.lines[1].hold, timeout=30_000)
    idle(qtbot, rwindow)
    assert [p.code for p in page.receipt.lines[1].problems] == ["hold_reason_required"]
    assert table_column(page, ReceiptLinesModel.CHECK)[1] == "Hold needs a reason"
    assert model.index(1, ReceiptLinesModel.NO).data(Qt.ItemDataRole.BackgroundRole) is not None
    page.post_button.click()
    assert page.strip.state == "error" and "cannot be received (marked red): 1 line." in page.strip.text()
    assert page.line_info.isVisible() and "needs a reason" in page.line_info.text()
    model.setData(model.index(1, ReceiptLinesModel.HOLD), "Logger alarm 14:02")
    qtbot.waitUntil(lambda: page.receipt.lines[1].hold_reason == "Logger alarm 14:02", timeout=30_000)
    idle(qtbot, rwindow)
    assert page.receipt.lines[1].problems == ()
    assert table_column(page, ReceiptLinesModel.HOLD)[1] == "Logger alarm 14:02"
    # Delete removes the selected line.
    page.select_line(page.receipt.lines[0].id)
    activate(qtbot, rwindow)
    page.lines_table.setFocus()
    qtbot.keyClick(page.lines_table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(page.receipt.lines) == 1, timeout=30_000)
    idle(qtbot, rwindow)
    assert page.receipt.lines[0].batch == "FL2025A"
    assert "removed" in page.strip.text()


# --------------------------------------------------------------------------- the list of receipts


def test_an_empty_list_does_not_deny_the_deliveries_in_stock(qtbot, rwindow, app):
    page = rwindow.receiving_page
    # The test data was received by the services directly, as the demo data and the
    # command line do: no receipt on this page holds it.
    assert page.receipts.list_model.rowCount() == 0
    elsewhere = queries.receipts_elsewhere(app)
    assert elsewhere.movements >= 3 and elsewhere.notes >= 2 and elsewhere.latest == date(2026, 10, 5)
    text = page.receipts.receipts_table.empty_text()
    assert "No receipts yet" not in text
    assert f"the stock holds {elsewhere.notes} delivery notes from SSI (the latest on 2026-10-05)" in text
    assert "Stock page" in text
    # A database with no deliveries at all says so.
    assert page.receipts.empty_list_text(queries.ReceiptsElsewhere(0, 0, None)).startswith("No receipts yet.")
    # Once a receipt is made here, it is listed.
    first = receiving.start(app, "FS-2026-0549")
    rwindow.refresh()
    qtbot.waitUntil(lambda: page.receipts.list_model.row_of(first.id) >= 0, timeout=30_000)


def test_opening_a_receipt_from_the_list(qtbot, rwindow, app):
    page = rwindow.receiving_page
    first = receiving.start(app, "FS-2026-0550")
    receiving.add_line(app, first.id, product="123456", batch="L1", expiry=date(2027, 6, 30), packs=1)
    rwindow.refresh()
    qtbot.waitUntil(lambda: page.receipts.list_model.row_of(first.id) >= 0, timeout=30_000)
    row = page.receipts.list_model.row_of(first.id)
    page.receipts.receipts_table.setFocus()
    page.receipts.receipts_table.setCurrentIndex(page.receipts.list_model.index(row, 0))
    qtbot.waitUntil(lambda: page.receipt is not None and page.receipt.id == first.id, timeout=30_000)
    assert lines_of(page) == [("123456", "L1", 1, 0)]
    assert "FS-2026-0550" in page.header.text() and "Draft" in page.header.text()


# --------------------------------------------------------------------------- screenshots


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
    qtbot.waitUntil(lambda: page.receipt is not None and len(page.receipt.lines) == 8, timeout=30_000)
    type_scan(qtbot, page.lines_table, pack(VAXIGRIP, "271130", "FL2025A", "S4"))
    qtbot.waitUntil(lambda: page.strip.state == "ok", timeout=30_000)
    idle(qtbot, window)
    page.select_line(page.receipt.lines[3].id)  # the short-dated line: its warning in full
    save_shot(window, tmp_path, f"receiving_{language}.png")

    type_scan(qtbot, page.lines_table, pack(VAXIGRIP, "271130", "FL2025A", "S4"))
    qtbot.waitUntil(lambda: page.strip.state == "error", timeout=30_000)
    idle(qtbot, window)
    save_shot(page, tmp_path, f"receiving_refused_scan_{language}.png")

    rows = good_rows("FS-2026-0600")
    rows[0][6] = "31-02-2027"
    rows[1][2] = "999999"
    rows[1][3] = None
    rows[2][7] = 0
    broken = write_note(tmp_path / "broken.xlsx", rows)
    page.preview_import(broken)
    qtbot.waitUntil(lambda: page.import_dialog is not None and page.import_dialog.isVisible(), timeout=30_000)
    save_shot(page.import_dialog, tmp_path, f"import_problems_{language}.png")
    page.import_dialog.close()

    short = good_rows("FS-2026-0601")
    short[0][6] = "20-10-2026"
    page.preview_import(write_note(tmp_path / "short.xlsx", short))
    qtbot.waitUntil(
        lambda: page.import_dialog is not None and page.import_dialog.isVisible()
        and page.import_dialog.preview.note_number == "FS-2026-0601",
        timeout=30_000,
    )
    save_shot(page.import_dialog, tmp_path, f"import_short_dated_{language}.png")
    page.import_dialog.close()

    # Post (the held line goes to quarantine), then the goods-receipt preview.
    receiving.remove_line(app, page.receipt.lines[3].id)
    receiving.post(app, receipt.id)
    page.open_receipt(receipt.id)
    qtbot.waitUntil(lambda: page.receipt.status == "posted", timeout=30_000)
    page.show_document()
    qtbot.waitUntil(lambda: page.preview_dialog is not None, timeout=30_000)
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
    from pharmacy_app.ui.receiving.models import ReceiptListModel

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
