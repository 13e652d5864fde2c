"""Returning stock to SSI from the Stock page: the action is there for stock at the
pharmacy or its quarantine only, the dialog needs SSI's reference and a reason, the
return is posted and its note opens in the preview; a refusal is the typed message and
the dialog stays.  The dialog and the page are rendered (1024x700 and 1600x1000, Danish
and English) into the test's folder to look at."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from pharmacy_app.services import queries, recall, receiving, reference, ssi_return, stock
from pharmacy_app.services.app import App
from pharmacy_app.services.queries import StockFilter
from pharmacy_app.ui.common.pdf_preview import PdfPreviewDialog
from pharmacy_app.ui.main_window import MainWindow
from pharmacy_app.ui.stock.return_dialog import ReturnDialog
from tests.helpers import pdftext
from tests.ui.conftest import wait_idle


@pytest.fixture
def held(app: App) -> App:
    """The home pharmacy set, and 10 doses of a recalled Pneumovax batch in quarantine."""
    reference.save_settings(app, reference.Settings(14, "RH-APO"))
    draft = receiving.start(app, "FS-2026-0470")
    receiving.add_line(
        app, draft.id, product="345678", batch="PN-RECALL", expiry=date(2027, 6, 30), packs=10,
        hold=True, hold_reason="Temperaturlogger alarm",
    )  # fmt: skip
    receiving.post(app, draft.id)
    recall.recall_lot(app, recall.find_lot(app, "345678", "PN-RECALL"), "SSI tilbagekalder batchen")
    return app


def open_window(qtbot, app: App, size: tuple[int, int] = (1400, 850)) -> MainWindow:
    window = MainWindow(app)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    wait_idle(qtbot, window)
    return window


@pytest.fixture
def swindow(qtbot, held: App) -> Iterator[MainWindow]:
    window = open_window(qtbot, held)
    window.activateWindow()
    yield window
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QDialog | QMessageBox) and w.isVisible():
            w.close()
    window.close()


def select(page, batch: str, location: str) -> None:
    model = page.model
    page.select_row(
        next(
            i for i in range(model.rowCount())
            if model.row_at(i).batch == batch and model.row_at(i).location_code == location
        )
    )  # fmt: skip


def closed(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def test_a_recalled_batch_goes_back_from_quarantine_and_its_note_opens(qtbot, swindow, held):
    page = swindow.stock_page
    select(page, "FX1234", "VC-HER")
    assert not page.return_action.isEnabled(), "a site returns to the pharmacy first"
    select(page, "PN-RECALL", "RH-APO-KAR")
    assert page.return_action.isEnabled()
    button = next(b for b in page.action_buttons if b.objectName() == "returnButton")
    assert button.isEnabled()
    page.return_selected()
    dialog = page.stock_dialog
    assert isinstance(dialog, ReturnDialog) and dialog.isVisible()
    assert dialog.doses_spin.value() == 10, "all that is held, by default"
    assert "recalled" in dialog.info.text()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.reference_edit, "SSI-RET-2026-0113")
    assert not dialog.ok_button.isEnabled(), "a reason is required too"
    qtbot.keyClicks(dialog.reason_edit, "Tilbagekaldt af SSI")
    assert dialog.ok_button.isEnabled()
    dialog.doses_spin.setValue(4)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog), timeout=30_000)
    qtbot.waitUntil(lambda: page.preview_dialog is not None, timeout=30_000)
    preview = page.preview_dialog
    assert isinstance(preview, PdfPreviewDialog)
    wait_idle(qtbot, swindow)
    (made,) = ssi_return.list_returns(held)
    assert (made.reference, made.reason, made.from_code, made.doses) == (
        "SSI-RET-2026-0113", "Tilbagekaldt af SSI", "RH-APO-KAR", 4,
    )  # fmt: skip
    rows = {(r.location_code, r.doses) for r in queries.stock_rows(held, StockFilter(text="PN-RECALL"))}
    assert rows == {("RH-APO-KAR", 6)}
    # The page followed: the held row shows what is left.
    model = page.model
    shown = next(model.row_at(i) for i in range(model.rowCount()) if model.row_at(i).batch == "PN-RECALL")
    assert shown.doses == 6
    text = pdftext(preview.path)
    assert "Return to SSI" in text and "SSI-RET-2026-0113" in text and "RECALLED" in text
    preview.close()
    assert queries.check_ledger(held).ok


def test_a_refusal_is_the_typed_message_and_the_dialog_stays(qtbot, swindow, held):
    page = swindow.stock_page
    select(page, "FX1234", "RH-APO")
    page.return_selected()
    dialog = page.stock_dialog
    assert isinstance(dialog, ReturnDialog)
    held_doses = dialog.doses_spin.value()
    # Another workstation sends all of it to a site meanwhile.
    lot = dialog.target.lot_id
    stock.transfer(held, lot_id=lot, from_code="RH-APO", to_code="VC-HER", doses=held_doses)
    dialog.reference_edit.setText("SSI-RET-9")
    dialog.reason_edit.setText("Beskadiget levering")
    with qtbot.waitSignal(swindow.ops.error_shown, timeout=30_000) as blocker:
        dialog.submit()
    assert "Only 0 doses of lot FX1234" in blocker.args[0]
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    assert ssi_return.list_returns(held) == []
    for box in swindow.ops.open_message_boxes():
        box.close()
    dialog.close()


@pytest.mark.parametrize("language", ["en", "da"])
@pytest.mark.parametrize("size", [(1024, 700), (1600, 1000)])
def test_the_page_and_the_dialog_render(qtbot, held, request, tmp_path, language, size):
    if language == "da":
        request.getfixturevalue("danish")
    window = open_window(qtbot, held, size)
    page = window.stock_page
    select(page, "PN-RECALL", "RH-APO-KAR")
    wait_idle(qtbot, window)
    name = f"{language}-{size[0]}x{size[1]}"
    page_png = tmp_path / f"stock-{name}.png"
    assert window.grab().save(str(page_png))
    page.return_selected()
    dialog = page.stock_dialog
    assert isinstance(dialog, ReturnDialog)
    dialog.reference_edit.setText("SSI-RET-2026-0113")
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=30_000)
    dialog_png = tmp_path / f"return-dialog-{name}.png"
    assert dialog.grab().save(str(dialog_png))
    assert dialog.width() <= size[0] and dialog.height() <= size[1]
    title = "Returnér til SSI" if language == "da" else "Return to SSI"
    assert dialog.windowTitle() == title
    dialog.close()
    window.close()
