"""One clock in the window: every page shows the pharmacy's (Copenhagen) day and time.

At 23:30 UTC on 6 December 2026, with the machine in New York (see
:mod:`tests.late_evening`), it is 00:30 on Monday 7 December in Copenhagen.  The window
runs on the application's real system clock and must say so everywhere: the receipt's
posted time in the window and in its goods-receipt PDF, the default delivery and round
dates, the short-dated days count, the Expiry page's days left and the Consumption
page's week.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from pharmacy_app.services import documents, receiving, reference, stock
from pharmacy_app.services.app import App, system_clock
from pharmacy_app.ui.expiry.model import ExpiryModel
from pharmacy_app.ui.main_window import CONSUMPTION, DISTRIBUTION, EXPIRY, RECEIVING, MainWindow
from pharmacy_app.ui.receiving.models import ReceiptLinesModel
from tests.helpers import pdftext
from tests.late_evening import DANISH_DAY, late_evening_in_new_york
from tests.ui.conftest import wait_idle


@pytest.fixture
def late_window(qtbot, app: App) -> Iterator[MainWindow]:
    """A posted receipt with a short-dated lot, then the window at 00:30 Danish time."""
    reference.save_settings(app, reference.Settings(14, "RH-APO"))
    stock.receive(
        app, product="123456", batch="DK2112", expiry=date(2026, 12, 21), packs=2, reference="FS-1"
    )
    app.clock = system_clock
    with late_evening_in_new_york():
        draft = receiving.start(app, "FS-CLOCK-9")
        receiving.add_line(
            app, draft.id, product="123456", batch="DK2112", expiry=date(2026, 12, 21), packs=1
        )
        receiving.post(app, draft.id, confirm_short_dated=True)
        open_draft = receiving.start(app, "FS-CLOCK-10")
        receiving.add_line(
            app, open_draft.id, product="123456", batch="DK2112", expiry=date(2026, 12, 21), packs=1
        )
        w = MainWindow(app)
        qtbot.addWidget(w)
        w.resize(1400, 850)
        w.show()
        wait_idle(qtbot, w)
        w.receipt_id = draft.id  # type: ignore[attr-defined]
        w.draft_id = open_draft.id  # type: ignore[attr-defined]
        yield w
        for dialog in QApplication.topLevelWidgets():
            if isinstance(dialog, QDialog | QMessageBox) and dialog.isVisible():
                dialog.close()
        w.close()


def test_every_page_agrees_on_the_danish_day(qtbot, danish, late_window, tmp_path: Path) -> None:
    w = late_window
    ops = w.ops

    # Receiving: the posted receipt's time, in the window and in its PDF.
    w.show_page(RECEIVING)
    page = w.receiving_page

    def open_receipt(receipt_id: int) -> None:
        qtbot.waitUntil(lambda: ops.is_idle() and page.receipts.list_model.row_of(receipt_id) >= 0, timeout=30_000)
        page.receipts.receipts_table.setFocus()
        page.receipts.receipts_table.setCurrentIndex(page.receipts.list_model.index(page.receipts.list_model.row_of(receipt_id), 0))
        qtbot.waitUntil(lambda: page.receipt is not None and page.receipt.id == receipt_id, timeout=30_000)

    open_receipt(w.receipt_id)
    assert "07-12-2026 00:30" in page.header.text()
    assert "Leveret <b>07-12-2026</b>" in page.header.text()  # the default delivery date
    pdf = documents.goods_receipt_pdf(ops.app, w.receipt_id, tmp_path / "r.pdf", "da")
    assert "07-12-2026 00:30" in pdftext(pdf)
    # The short-dated warning of a draft counts Danish days: 7 to 21 December.
    open_receipt(w.draft_id)
    check = page.lines_model.index(0, ReceiptLinesModel.CHECK).data(Qt.ItemDataRole.ToolTipRole)
    assert "om 14 dage" in check, check

    # A new receipt is delivered today, the Danish today.
    page.new_button.click()
    dialog = page.new_dialog
    assert dialog.delivered_on() == DANISH_DAY
    dialog.reject()

    # Distribution: a new round is for tomorrow, and today is the earliest day.
    w.show_page(DISTRIBUTION)
    qtbot.waitUntil(ops.is_idle, timeout=30_000)
    dist = w.distribution_page
    dist.new_button.click()
    new_round = dist.new_dialog
    assert new_round.planned_for() == DANISH_DAY + timedelta(days=1)
    assert new_round.date_edit.minimumDate().toPython() == DANISH_DAY
    new_round.reject()

    # Expiry: days left from the Danish day.
    w.show_page(EXPIRY)
    overview = w.expiry_page.overview
    qtbot.waitUntil(lambda: ops.is_idle() and not overview.is_loading, timeout=30_000)
    model = overview.model
    rows = [r for r in range(model.rowCount()) if model.row_at(r).batch == "DK2112"]
    assert rows
    assert {model.index(r, ExpiryModel.DAYS_LEFT).data() for r in rows} == {"14"}

    # Consumption: the week that began today, Monday 7 December.
    w.show_page(CONSUMPTION)
    qtbot.waitUntil(ops.is_idle, timeout=30_000)
    assert w.consumption_page.week_start == DANISH_DAY
