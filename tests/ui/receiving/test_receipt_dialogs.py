"""The Receiving page's dialogs with a real database: the import preview of a delivery
note file (every problem by row and column, nothing imported while any is left,
short-dated lots ticked) and the new-receipt dialog (a note already received refused)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from pharmacy_app.services import queries, receiving
from pharmacy_app.services.queries import StockFilter
from pharmacy_app.ui.receiving.import_preview import ImportPreviewDialog
from tests.ui.receiving.helpers import (
    counts,
    good_rows,
    idle,
    write_note,
)

# --------------------------------------------------------------------------- import


def test_import_a_valid_note_through_the_preview(qtbot, rwindow, app, tmp_path):
    page = rwindow.receiving_page
    path = write_note(tmp_path / "note.xlsx", good_rows())
    page.preview_import(path)
    qtbot.waitUntil(lambda: page.import_dialog is not None and page.import_dialog.isVisible(), timeout=30_000)
    dialog = page.import_dialog
    assert isinstance(dialog, ImportPreviewDialog)
    assert dialog.problem_rows() == []
    assert dialog.problems_title.text() == "No problems found"
    assert dialog.lines_table.rowCount() == 3
    assert dialog.lines_table.item(0, 3).text() == "VG7001"
    assert not dialog.confirm_check.isVisible()
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.receipt is not None and page.receipt.note_number == "FS-2026-0500", timeout=30_000)
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
        timeout=30_000,
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
    qtbot.waitUntil(lambda: page.import_dialog is not None and page.import_dialog.isVisible(), timeout=30_000)
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
    qtbot.waitUntil(lambda: page.import_dialog is not None and page.import_dialog.isVisible(), timeout=30_000)
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
    qtbot.waitUntil(lambda: page.receipt is not None and page.receipt.note_number == "FS-2026-0520", timeout=30_000)
    assert page.receipt.status == "posted"


def test_a_note_already_received_is_refused_in_the_new_receipt_dialog(qtbot, rwindow, app):
    r = receiving.start(app, "FS-2026-0560")
    receiving.add_line(app, r.id, product="123456", batch="L9", expiry=date(2027, 6, 30), packs=1)
    receiving.post(app, r.id)
    page = rwindow.receiving_page
    page.new_button.click()
    dialog = page.new_dialog
    qtbot.keyClicks(dialog.note_edit, "FS-2026-0560")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.problems.problems), timeout=30_000)
    assert "FS-2026-0560 was already received" in dialog.problems.problems[0]
    assert dialog.isVisible() and rwindow.ops.open_message_boxes() == []
    dialog.reject()
