"""What the Receiving page's tests share: the packs they scan, waiting for the page, a
receipt started through the window, a delivery note file, a realistic receipt, and a
screenshot kept to be looked at.  Fixtures are in this folder's ``conftest.py``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import shiboken6
import sqlalchemy as sa
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from pharmacy_app.domain.gs1 import GS
from pharmacy_app.services import receiving
from pharmacy_app.services.app import App
from pharmacy_app.ui.receiving.new_receipt_dialog import NewReceiptDialog
from tests.ui.common.test_scan_capture import type_scan

VAXIGRIP = "07046261234566"  # 123456, fridge
COMIRNATY = "07046264123454"  # 412345, frozen, 60 doses a pack
UNKNOWN_GTIN = "09520123456788"
BAD_CHECK_DIGIT = "07046261234567"


def pack(gtin: str, expiry: str, batch: str, serial: str) -> str:
    return f"]d201{gtin}17{expiry}10{batch}{GS}21{serial}"


def idle(qtbot, window, timeout: int = 30_000) -> None:
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
    qtbot.waitUntil(lambda: page.receipt is not None and page.receipt.note_number == note, timeout=30_000)
    idle(qtbot, window)
    return page.receipt


def scan(qtbot, window, text: str, widget=None) -> None:
    page = window.receiving_page
    before = page.strip.text()
    target = widget or page.lines_table
    target.setFocus()
    type_scan(qtbot, target, text)
    qtbot.waitUntil(lambda: page.pending_scans() == 0 and page.strip.text() != "", timeout=30_000)
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
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=30_000)


def no_dialogs() -> bool:
    return not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog | QMessageBox) and w.isVisible()
    ]


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
