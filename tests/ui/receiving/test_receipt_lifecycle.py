"""A receipt after its lines are counted, with a real database: posting (short-dated
lots asked about), quarantine of held lines (release, discard), thawing, the
goods-receipt document, and cancelling a draft."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from pharmacy_app.services import queries, receiving
from pharmacy_app.services.queries import StockFilter
from pharmacy_app.ui.common.pdf_preview import PdfPreviewDialog
from pharmacy_app.ui.main_window import STOCK
from pharmacy_app.ui.receiving.models import ReceiptLinesModel
from pharmacy_app.ui.stock.discard_dialog import DiscardDialog
from pharmacy_app.ui.stock.marks import HELD_BG
from pharmacy_app.ui.stock.model import StockModel
from pharmacy_app.ui.stock.release_dialog import ReleaseDialog
from pharmacy_app.ui.stock.thaw_dialog import ThawDialog
from tests.ui.conftest import wait_idle
from tests.ui.receiving.helpers import (
    VAXIGRIP,
    activate,
    closed,
    counts,
    idle,
    pack,
    scan,
    start_receipt,
    table_column,
)

# --------------------------------------------------------------------------- posting


def test_post_with_short_dated_confirmation_then_the_stock_page_shows_it(qtbot, rwindow, app):
    page = rwindow.receiving_page
    start_receipt(qtbot, rwindow, "FS-2026-0450")
    scan(qtbot, rwindow, pack(VAXIGRIP, "271130", "FL2025A", "S1"))
    scan(qtbot, rwindow, pack(VAXIGRIP, "271130", "FL2025A", "S2"))
    assert page.select_product("123459")
    page.form.batch_edit.setText("FD2026")
    page.form.expiry_edit.set_value(date(2026, 10, 25))  # 19 days: short-dated
    page.form.packs_spin.setValue(4)
    page.form.add_button.click()
    qtbot.waitUntil(lambda: len(page.receipt.lines) == 2, timeout=30_000)
    idle(qtbot, rwindow)
    assert [w.code for w in page.receipt.lines[1].warnings] == ["short_dated"]
    assert table_column(page, ReceiptLinesModel.CHECK)[1].startswith("Short-dated (19 days)")
    assert "Short-dated" in page.totals_label.text() or "short-dated" in page.totals_label.text()

    activate(qtbot, rwindow)
    page.lines_table.setFocus()
    before = counts(app)
    qtbot.keyClick(page.lines_table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(page.lifecycle, "confirm_box", None) is not None and page.lifecycle.confirm_box.isVisible(), timeout=30_000)
    box = page.lifecycle.confirm_box
    assert "FD2026" in box.informativeText() and "19 days" in box.informativeText()
    assert counts(app) == before  # nothing is posted while asking
    receive = next(b for b in box.buttons() if b.text() == "Receive anyway")
    qtbot.mouseClick(receive, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.receipt.status == "posted", timeout=30_000)
    # The goods-receipt document opens by itself once posted.
    qtbot.waitUntil(lambda: page.preview_dialog is not None, timeout=30_000)
    assert page.preview_dialog.page_count >= 1
    page.preview_dialog.close()
    idle(qtbot, rwindow)
    assert page.strip.state == "ok" and "posted: 60 doses in stock" in page.strip.text()
    assert not page.form.isEnabled() and not page.post_button.isVisible()

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
    page.form.batch_edit.setText("PV3390")
    page.form.expiry_edit.set_value(date(2027, 9, 30))
    page.form.packs_spin.setValue(2)
    page.form.hold_check.setChecked(True)
    assert page.form.hold_reason_edit.isEnabled()
    page.form.hold_reason_edit.setText("Temperature logger alarm")
    page.form.add_button.click()
    qtbot.waitUntil(lambda: len(page.receipt.lines) == 1, timeout=30_000)
    idle(qtbot, rwindow)
    assert page.receipt.lines[0].hold
    page.post()
    qtbot.waitUntil(lambda: page.receipt.status == "posted", timeout=30_000)
    qtbot.waitUntil(lambda: page.preview_dialog is not None, timeout=30_000)
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
    qtbot.waitUntil(lambda: closed(dialog), timeout=30_000)
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
    qtbot.waitUntil(lambda: dialog.reason_combo.count() > 0, timeout=30_000)
    assert dialog.reason_combo.currentData() == "TEMPERATURSVIGT"
    dialog.doses_spin.setValue(10)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog), timeout=30_000)
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
    with qtbot.waitSignal(rwindow.ops.error_shown, timeout=30_000) as blocker:
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
    qtbot.waitUntil(lambda: stock_page.thaw_action.isEnabled(), timeout=30_000)
    assert not stock_page.release_action.isEnabled()
    stock_page.thaw_selected()
    dialog = stock_page.stock_dialog
    assert isinstance(dialog, ThawDialog)
    assert dialog.doses_spin.singleStep() == 6  # whole vials at the pharmacy
    dialog.doses_spin.setValue(12)
    assert "use by 2026-12-15" in dialog.use_by_label.text()  # 70 days after today
    assert "cannot be refrozen" in dialog.use_by_label.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog), timeout=30_000)
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
    qtbot.waitUntil(lambda: page.receipt is not None and page.receipt.id == r.id, timeout=30_000)
    page.select_line(page.receipt.lines[0].id)
    assert page.thaw_button.isVisible() and page.thaw_button.isEnabled()
    activate(qtbot, rwindow)
    page.lines_table.setFocus()
    qtbot.keyClick(page.lines_table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.lifecycle.thaw_dialog is not None, timeout=30_000)
    dialog = page.lifecycle.thaw_dialog
    dialog.doses_spin.setValue(60)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog), timeout=30_000)
    idle(qtbot, rwindow)
    assert "60 doses of batch CZ5500 thawed" in page.strip.text()
    rows = {(x.thawed_on, x.doses) for x in queries.stock_rows(app, StockFilter(text="CZ5500"))}
    assert rows == {(None, 60), (date(2026, 10, 6), 60)}


# --------------------------------------------------------------------------- the document, cancelling


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
    qtbot.waitUntil(lambda: page.receipt is not None and page.receipt.id == r.id, timeout=30_000)
    assert page.document_button.isEnabled()
    activate(qtbot, rwindow)
    page.lines_table.setFocus()
    qtbot.keyClick(page.lines_table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.preview_dialog is not None, timeout=30_000)
    assert page.preview_dialog.page_count >= 1
    page.preview_dialog.close()


def test_cancel_a_draft(qtbot, rwindow, app):
    page = rwindow.receiving_page
    start_receipt(qtbot, rwindow, "FS-2026-0540")
    scan(qtbot, rwindow, pack(VAXIGRIP, "271130", "FL2025A", "S1"))
    assert page.receipts.list_model.row_of(page.receipt.id) >= 0
    page.cancel_draft()
    box = page.lifecycle.confirm_box
    yes = next(b for b in box.buttons() if b.text() == "Cancel draft")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.receipt is None, timeout=30_000)
    idle(qtbot, rwindow)
    assert "cancelled" in page.strip.text()
    assert all(
        page.receipts.list_model.receipt_at(i).note_number != "FS-2026-0540" for i in range(page.receipts.list_model.rowCount())
    )
    # The serial is free again for another receipt.
    start_receipt(qtbot, rwindow, "FS-2026-0541")
    scan(qtbot, rwindow, pack(VAXIGRIP, "271130", "FL2025A", "S1"))
    assert page.strip.state == "ok"
