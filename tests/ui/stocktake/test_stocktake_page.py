"""The Stocktake page as a new user would use it: count the pharmacy's freezer (count
sheet printed and read back, counts typed, a difference explained, a second person
approving above the threshold, posted, the report read back, the ledger check passing,
the Stock page's balance changed); a blind count that hides the expected figures until
revealed, counted by scanning packs (one found that was not expected there, a scan that
does not parse); Enter moving to the next line; a count file refused naming its row; a
count cancelled.  The page and the post dialog are rendered to PNG in the test's folder
(1024x700 and 1600x1000, Danish and English) to look at."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QSpinBox

from pharmacy_app.domain.gs1 import GS
from pharmacy_app.domain.stocktake import Thresholds
from pharmacy_app.services import queries, stock, stocktake
from pharmacy_app.services.app import App
from pharmacy_app.ui.common.pdf_preview import PdfPreviewDialog
from pharmacy_app.ui.main_window import STOCKTAKE, MainWindow
from pharmacy_app.ui.stocktake.models import LinesModel
from pharmacy_app.ui.stocktake.new_count_dialog import NewCountDialog
from pharmacy_app.ui.stocktake.post_dialog import PostDialog
from tests.helpers import balance, pdftext, set_home
from tests.ui.common.test_scan_capture import type_scan
from tests.ui.conftest import wait_idle

COMIRNATY = "07046264123454"  # 412345, frozen, 6 doses a vial, 10 vials a pack
VAXIGRIP = "07046261234566"  # 123456, fridge, 1 dose a syringe


def pack(gtin: str, expiry: str, batch: str, serial: str) -> str:
    return f"]d201{gtin}17{expiry}10{batch}{GS}21{serial}"


@pytest.fixture
def swindow(qtbot, app: App) -> Iterator[MainWindow]:
    set_home(app)
    window = MainWindow(app)
    qtbot.addWidget(window)
    window.resize(1400, 850)
    window.show()
    wait_idle(qtbot, window, timeout=30000)  # the first window of a busy machine
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=30_000)
    window.show_page(STOCKTAKE)
    idle(qtbot, window)
    yield window
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QDialog | QMessageBox) and w.isVisible():
            w.close()
    window.close()


def idle(qtbot, window: MainWindow, timeout: int = 30_000) -> None:
    page = window.stocktake_page
    qtbot.waitUntil(
        lambda: window.ops.is_idle() and not page.scanner.is_busy() and page.pending_scans() == 0,
        timeout=timeout,
    )


def start_count(
    qtbot, window: MainWindow, *, storage: str | None = None, blind: bool = False, place: str | None = None
) -> int:
    page = window.stocktake_page
    page.new_button.click()
    qtbot.waitUntil(lambda: page.new_dialog is not None and page.new_dialog.isVisible(), timeout=30_000)
    dialog = page.new_dialog
    assert isinstance(dialog, NewCountDialog)
    if page.view is None:
        assert dialog.place_combo.currentData() == "RH-APO"  # the home pharmacy first
    dialog.place_combo.setCurrentIndex(dialog.place_combo.findData(place or "RH-APO"))
    dialog.storage_combo.setCurrentIndex(dialog.storage_combo.findData(storage))
    dialog.blind_check.setChecked(blind)
    before = page.view.id if page.view is not None else None
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert not dialog.problems.problems
    qtbot.waitUntil(lambda: page.view is not None and page.view.id != before, timeout=30_000)
    idle(qtbot, window)
    assert page.view is not None
    return page.view.id


def row_of(page, batch: str) -> int:
    return next(i for i, line in enumerate(page.lines_model.rows()) if line.batch == batch)


def cell(page, batch: str, column: int) -> str:
    return page.lines_model.text(row_of(page, batch), column)


def type_count(qtbot, window: MainWindow, batch: str, units: str) -> None:
    page = window.stocktake_page
    page.lines_table.edit_count(row_of(page, batch))
    editor = count_editor(page)
    qtbot.keyClicks(editor, units)
    qtbot.wait(60)  # a person types slower than a scanner
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    idle(qtbot, window)


def count_editor(page) -> QSpinBox:
    editor = page.lines_table.findChild(QSpinBox, "countEditor")
    assert editor is not None and editor.isVisible()
    return editor


def open_document(qtbot, window: MainWindow, button) -> Path:
    page = window.stocktake_page
    with qtbot.waitSignal(page.document_shown, timeout=30_000) as shown:
        button.click()
    dialog = shown.args[0]
    assert isinstance(dialog, PdfPreviewDialog)
    path = Path(dialog.path)
    dialog.close()
    return path


def post_dialog(qtbot, window: MainWindow) -> PostDialog:
    page = window.stocktake_page
    page.post_dialog = None
    page.post_button.click()
    qtbot.waitUntil(lambda: page.post_dialog is not None and page.post_dialog.isVisible(), timeout=30_000)
    assert isinstance(page.post_dialog, PostDialog)
    return page.post_dialog


def submit(qtbot, window: MainWindow, dialog: PostDialog, approver: str = "") -> None:
    dialog.approver_edit.setText(approver)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)


def test_counting_the_freezer_as_a_new_user(qtbot, swindow, app, tmp_path) -> None:
    window, page = swindow, swindow.stocktake_page
    stocktake.save_approval_thresholds(app, Thresholds(doses=5, kroner=5000))
    sid = start_count(qtbot, window, storage="frozen")
    assert [line.batch for line in page.view.lines] == ["FX1234"]  # the freezer only
    assert cell(page, "FX1234", LinesModel.EXPECTED) == "10"  # 60 doses = 10 vials of 6
    assert page.counts_model.row_of(sid) == 0 and page.counts_model.text(0, 6) == "Open"

    sheet = pdftext(open_document(qtbot, window, page.sheet_button))
    assert "FX1234" in sheet and f"{sid}" in sheet

    type_count(qtbot, window, "FX1234", "9")  # one vial short: 54 doses, 6 less
    assert cell(page, "FX1234", LinesModel.COUNTED) == "9"
    assert cell(page, "FX1234", LinesModel.DOSES) == "54"
    assert cell(page, "FX1234", LinesModel.DIFF) == "\u22126"
    assert cell(page, "FX1234", LinesModel.DIFF_UNITS) == "\u22121"
    assert "1 with a difference" in page.summary.text() and "1 needs approval" in page.summary.text()

    # Without a reason the service refuses, in the dialog, which stays.
    dialog = post_dialog(qtbot, window)
    assert dialog.needs_approval and dialog.table.rowCount() == 1
    assert "\u22126" in dialog.totals.text()
    submit(qtbot, window, dialog, "bo")
    assert dialog.isVisible() and "reason" in " ".join(dialog.problems.problems).lower()
    dialog.close()

    # "Other" waits for its text, then both are saved.
    model = page.lines_model
    model.setData(model.index(row_of(page, "FX1234"), LinesModel.REASON), "ANDET")
    assert "Other" in page.strip.text()
    model.setData(model.index(row_of(page, "FX1234"), LinesModel.REASON_TEXT), "Hætteglas tabt ved optælling")
    idle(qtbot, window)
    assert cell(page, "FX1234", LinesModel.REASON) == "Other"
    assert page.view.lines[0].reason_text == "Hætteglas tabt ved optælling"

    # Approval above the threshold: refused without, and with the poster; posted with Bo.
    dialog = post_dialog(qtbot, window)
    submit(qtbot, window, dialog)
    assert dialog.isVisible() and "approv" in " ".join(dialog.problems.problems).lower()
    submit(qtbot, window, dialog, "tester")
    assert dialog.isVisible() and dialog.problems.problems
    assert stocktake.view(app, sid).status == "open"
    submit(qtbot, window, dialog, "bo")
    qtbot.waitUntil(lambda: page.view.status == "posted", timeout=30_000)
    assert "approved by bo" in page.header.text()
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    assert balance(app, "RH-APO", page.view.lines[0].lot_id) == 54
    assert queries.check_ledger(app, full=True).ok

    # The report is offered; it reads back with the difference and the approver.
    offer = page.findChild(QMessageBox, "offerReport")
    assert offer is not None and offer.isVisible()
    show = next(b for b in offer.buttons() if offer.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    with qtbot.waitSignal(page.document_shown, timeout=30_000) as shown:
        show.click()
    report = pdftext(Path(shown.args[0].path))
    shown.args[0].close()
    assert "FX1234" in report and "bo" in report and "\u22126" in report

    # The Stock page shows the new balance.
    stock_model = window.stock_page.model
    qtbot.waitUntil(
        lambda: any(r.batch == "FX1234" and r.location_code == "RH-APO" and r.doses == 54 for r in stock_model.rows()),
        timeout=30_000,
    )


def test_a_blind_count_by_scanning(qtbot, swindow, app, tmp_path) -> None:
    window, page = swindow, swindow.stocktake_page
    # A Vaxigrip lot all at a site: found at the pharmacy, it is not expected there.
    stock.receive(app, product="123456", batch="VG7777", expiry=date(2027, 5, 31), packs=1,
                  reference="FS-9", to_location="RH-APO")  # fmt: skip
    lot = next(r.lot_id for r in queries.stock_rows(app) if r.batch == "VG7777")
    stock.transfer(app, lot_id=lot, from_code="RH-APO", to_code="MOB-NORD", doses=10, note="")
    sid = start_count(qtbot, window, blind=True)
    assert page.view.blind and not page.view.revealed
    assert cell(page, "FX1234", LinesModel.EXPECTED) == "hidden"
    assert "hidden" in page.summary.text()

    type_scan(qtbot, page.lines_table, pack(COMIRNATY, "270331", "FX1234", "S1"))
    idle(qtbot, window)
    assert cell(page, "FX1234", LinesModel.COUNTED) == "10"  # one pack: 10 vials
    assert "+10" in page.strip.text() and page.strip.state == "ok"
    assert cell(page, "FX1234", LinesModel.DIFF) == "hidden"

    type_scan(qtbot, page.lines_table, pack(VAXIGRIP, "270531", "VG7777", "S2"))
    idle(qtbot, window)
    found = next(line for line in page.view.lines if line.batch == "VG7777")
    assert found.unexpected and found.counted_units == 10
    assert "(found)" in cell(page, "VG7777", LinesModel.PRODUCT)
    assert "not expected" in page.strip.text()

    type_scan(qtbot, page.lines_table, "]d201" + COMIRNATY + "17XX")  # not a whole scan
    idle(qtbot, window)
    assert page.strip.state == "error"
    assert cell(page, "FX1234", LinesModel.COUNTED) == "10"  # nothing added

    page.reveal_button.click()
    qtbot.waitUntil(lambda: page.view.revealed, timeout=30_000)
    assert cell(page, "FX1234", LinesModel.EXPECTED) == "10"  # 60 doses = 10 vials of 6
    assert cell(page, "FX1234", LinesModel.DIFF) == "0"
    assert cell(page, "VG7777", LinesModel.DIFF) == "+10"
    # The reviewer keeps seeing the figures while correcting a count.
    type_count(qtbot, window, "FX1234", "9")
    qtbot.waitUntil(lambda: page.view.revealed and page.view.lines[0].counted_units == 9, timeout=30_000)
    assert cell(page, "FX1234", LinesModel.DIFF) == "\u22126"
    assert stocktake.view(app, sid).lines  # the service keeps the count blind for others


def test_enter_moves_to_the_next_line(qtbot, swindow, app) -> None:
    window, page = swindow, swindow.stocktake_page
    start_count(qtbot, window)
    first, second = page.lines_model.rows()[0], page.lines_model.rows()[1]
    type_count(qtbot, window, first.batch, "3")
    editor = count_editor(page)
    assert page.lines_table.currentIndex().row() == row_of(page, second.batch)
    qtbot.keyClicks(editor, "4")
    qtbot.wait(60)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    idle(qtbot, window)
    counted = {line.batch: line.counted_units for line in page.view.lines}
    assert counted[first.batch] == 3 and counted[second.batch] == 4


def test_every_action_has_a_key(qtbot, swindow, app) -> None:
    page = swindow.stocktake_page
    shortcuts = {a.text(): a.shortcut().toString() for a in page.actions()}
    assert shortcuts == {
        "New count": "Ctrl+N", "Import count file": "Ctrl+I", "Count sheet": "Ctrl+P",
        "Stocktake report": "Ctrl+R", "Show expected": "Ctrl+E", "Post count": "Ctrl+Return",
    }  # fmt: skip
    buttons = [page.new_button, page.import_button, page.sheet_button, page.report_button, page.reveal_button,
               page.cancel_button, page.post_button, page.cycle_panel.count_button]  # fmt: skip
    mnemonics = [b.text().split("&")[1][0].lower() for b in buttons]
    tabs = [page.top_tabs.tabText(i).split("&")[1][0].lower() for i in range(page.top_tabs.count())]
    assert len(set(mnemonics + tabs)) == len(mnemonics + tabs)  # each its own letter
    page.lines_table.setFocus()
    qtbot.keyClick(page.lines_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.new_dialog is not None and page.new_dialog.isVisible(), timeout=30_000)
    page.new_dialog.reject()


def test_a_bad_count_file_is_refused_naming_the_row(qtbot, swindow, app, tmp_path) -> None:
    window, page = swindow, swindow.stocktake_page
    start_count(qtbot, window, storage="frozen")
    bad = tmp_path / "optaelling.csv"
    bad.write_text("Varenummer;Batch;Optalt\n412345;FX1234;-2\n", encoding="utf-8")
    page.counting.import_file(bad)
    idle(qtbot, window)
    box = page.import_refusal
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "Row 2" in box.informativeText() or "row 2" in box.informativeText()
    assert page.view.uncounted == 1
    box.close()
    good = tmp_path / "ok.csv"
    good.write_text("Varenummer;Batch;Optalt\n412345;FX1234;10\n", encoding="utf-8")
    page.counting.import_file(good)
    idle(qtbot, window)
    assert page.view.uncounted == 0 and cell(page, "FX1234", LinesModel.DIFF) == "0"


def test_suggested_counts_today_start_a_count_of_the_ticked_lots(qtbot, swindow, app) -> None:
    window, page = swindow, swindow.stocktake_page
    panel = page.cycle_panel
    page.top_tabs.setCurrentWidget(panel)
    assert panel.place() == "RH-APO"  # the home pharmacy
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=30_000)
    rows = panel.model.rows()
    assert {r.batch for r in rows} == {"FX1234", "VG5521", "PV2001"}
    assert all(panel.model.text(i, 5) == "never" for i in range(3))  # last counted
    assert all("not counted for long" in panel.model.text(i, 2) for i in range(3))
    panel.model.set_checked(next(i for i, r in enumerate(rows) if r.batch == "PV2001"), False)
    assert panel.note.text() == "2 lots ticked"
    panel.count_button.click()
    qtbot.waitUntil(lambda: page.view is not None, timeout=30_000)
    idle(qtbot, window)
    assert page.view.cycle and {line.batch for line in page.view.lines} == {"FX1234", "VG5521"}
    assert "Cycle count" in page.header.text()
    # The lots in the open count are not suggested again.
    qtbot.waitUntil(lambda: [r.batch for r in panel.model.rows()] == ["PV2001"], timeout=30_000)


def test_cancelling_a_count(qtbot, swindow, app) -> None:
    window, page = swindow, swindow.stocktake_page
    sid = start_count(qtbot, window, storage="fridge")
    page.cancel_button.click()
    box = page.findChild(QMessageBox, "cancelCountQuestion")
    assert box is not None
    yes = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    yes.click()
    qtbot.waitUntil(lambda: page.view.status == "cancelled", timeout=30_000)
    assert stocktake.view(app, sid).status == "cancelled"
    assert not page.post_button.isEnabled()


def render(qtbot, window: MainWindow, app: App, out: Path, language: str) -> list[Path]:
    """The list, an open count with a difference needing approval, a blind count, and
    the post dialog, at a small and a large window size."""
    page = window.stocktake_page
    stocktake.save_approval_thresholds(app, Thresholds(doses=5, kroner=5000))
    start_count(qtbot, window, blind=True, place="VC-HER")
    blind_id = page.view.id
    start_count(qtbot, window, storage="frozen")
    type_count(qtbot, window, "FX1234", "8")
    shots = []
    for width, height in ((1024, 700), (1600, 1000)):
        window.resize(width, height)
        idle(qtbot, window)
        shots.append(out / f"stocktake-{language}-{width}.png")
        assert window.grab().save(str(shots[-1]))
        dialog = post_dialog(qtbot, window)
        shots.append(out / f"post-{language}-{width}.png")
        assert dialog.grab().save(str(shots[-1]))
        dialog.close()
    page.open_count(blind_id)
    qtbot.waitUntil(lambda: page.view.id == blind_id, timeout=30_000)
    idle(qtbot, window)
    shots.append(out / f"blind-{language}-1024.png")
    window.resize(1024, 700)
    assert window.grab().save(str(shots[-1]))
    page.top_tabs.setCurrentWidget(page.cycle_panel)
    page.cycle_panel.refresh()
    idle(qtbot, window)
    shots.append(out / f"suggested-{language}-1024.png")
    assert window.grab().save(str(shots[-1]))
    return shots


def test_the_page_rendered_in_english(qtbot, swindow, app, tmp_path) -> None:
    shots = render(qtbot, swindow, app, tmp_path, "en")
    assert all(p.stat().st_size > 10_000 for p in shots)
    assert "Count sheet (PDF)" in swindow.stocktake_page.sheet_button.text().replace("&", "")


def test_the_page_rendered_in_danish(qtbot, danish, swindow, app, tmp_path) -> None:
    shots = render(qtbot, swindow, app, tmp_path, "da")
    assert all(p.stat().st_size > 10_000 for p in shots)
    page = swindow.stocktake_page
    assert page.sheet_button.text().replace("&", "") == "Optællingsliste (PDF)"
