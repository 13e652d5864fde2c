"""The Receiving page receives exactly what a keyboard-wedge scanner read.

Every key event a scanner sends is fed to the field that has the focus (the typed-line
form's batch field), on a US and a Danish key map (:mod:`tests.ui.scanner_keys`): Shift
around capitals and ``|``, AltGr (or Ctrl+Alt) around ``|`` and ``]``, Ctrl+] for the
group separator.  The line gets the whole batch, expiry and serial, and nothing reaches
the field.  A scan that cannot all be read adds nothing and says why in the UI language.
"""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from pharmacy_app.domain.gs1 import GS
from pharmacy_app.services.app import App
from tests.ui.receiving.helpers import VAXIGRIP, idle, start_receipt
from tests.ui.scanner_keys import DANISH, DANISH_WINDOWS, KEY_MAPS, US, KeyMap, scanner_types


def serials(app: App, receipt_id: int) -> list[tuple[str, str]]:
    with app.db.read() as s:
        rows = s.execute(
            sa.text(
                "select l.batch, s.serial from receipt_scan s join receipt_line l on l.id = s.line_id "
                "where s.receipt_id = :r order by s.id"
            ),
            {"r": receipt_id},
        )
        return [(batch, serial) for batch, serial in rows]


def scan_keys(qtbot, window, keymap: KeyMap, code: str) -> None:
    page = window.receiving_page
    page.form.batch_edit.setFocus()
    before = page.scan_handled
    handled: list[object] = []
    before.connect(handled.append)
    try:
        scanner_types(page.form.batch_edit, keymap, code)
        qtbot.waitUntil(lambda: bool(handled) and page.pending_scans() == 0, timeout=30_000)
    finally:
        before.disconnect(handled.append)
    idle(qtbot, window)


@pytest.mark.parametrize("keymap", KEY_MAPS, ids=str)
def test_packs_scanned_with_shift_and_altgr_are_received_whole(qtbot, rwindow, app, keymap):
    page = rwindow.receiving_page
    receipt = start_receipt(qtbot, rwindow, f"FS-2026-07{KEY_MAPS.index(keymap)}")
    scan_keys(qtbot, rwindow, keymap, f"]d201{VAXIGRIP}17271130" + f"1077AB12{GS}21X7K2P9Q4M1")
    scan_keys(qtbot, rwindow, keymap, f"01{VAXIGRIP}17280500" + "10fl2025a|21x7k2p9")
    scan_keys(qtbot, rwindow, keymap, f"]d201{VAXIGRIP}17271130" + "1077AB12|21X7K2P9Q4M2")
    assert page.strip.state == "ok", page.strip.text()
    assert [(line.batch, line.expiry, line.packs) for line in page.receipt.lines] == [
        ("77AB12", date(2027, 11, 30), 2),
        ("fl2025a", date(2028, 5, 31), 1),
    ]
    assert serials(app, receipt.id) == [
        ("77AB12", "X7K2P9Q4M1"),
        ("fl2025a", "x7k2p9"),
        ("77AB12", "X7K2P9Q4M2"),
    ]
    assert page.form.batch_edit.text() == ""  # nothing leaked into the focused field


@pytest.mark.parametrize(
    ("code", "da_text", "en_text"),
    [
        (  # the separator, then no serial
            f"]d201{VAXIGRIP}17271130" + "1077AB12|21",
            "feltet serienummer (21) har værdien “”, som ikke er gyldig",
            "the serial number (21) “” is not valid",
        ),
        (  # a character that is no part of a GS1 code after the batch
            f"]d201{VAXIGRIP}17271130" + "1077AB12|*X",
            "efter GTIN, udløbsdato, batch kommer “*X”",
            "after GTIN, expiry date, batch comes “*X”",
        ),
        (  # 30 November written as the 31st
            f"01{VAXIGRIP}17271131" + "1077AB12",
            "feltet udløbsdato (17) har værdien “271131”",
            "the expiry date (17) “271131” is not valid",
        ),
    ],
    ids=["empty-serial", "left-over", "bad-date"],
)
@pytest.mark.parametrize("language", ["da", "en"])
def test_a_scan_not_read_whole_adds_nothing_and_says_why(
    qtbot, request, app, code, da_text, en_text, language
):
    if language == "da":
        request.getfixturevalue("danish")  # before the window is made
    rwindow = request.getfixturevalue("rwindow")
    page = rwindow.receiving_page
    receipt = start_receipt(qtbot, rwindow, f"FS-2026-08{len(code)}")
    keymap = DANISH if language == "da" else US
    scan_keys(qtbot, rwindow, keymap, code)
    assert page.strip.state == "error"
    text = page.strip.text()
    assert (da_text if language == "da" else en_text) in text, text
    for raw in ("pattern", "Failed", "GS1 AI", "^"):
        assert raw not in text  # never biip's own message
    assert page.receipt.lines == () or list(page.receipt.lines) == []
    assert serials(app, receipt.id) == []
    assert page.form.batch_edit.text() == ""


def test_a_person_pressing_a_key_mid_scan_breaks_it_and_nothing_is_added(qtbot, rwindow, app):
    """Not even the part read before the key, which would be a valid code (batch 77)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tests.ui.scanner_keys import scanner_strokes, send

    page = rwindow.receiving_page
    receipt = start_receipt(qtbot, rwindow, "FS-2026-0901")
    page.lines_table.setFocus()
    handled: list[object] = []
    page.scan_handled.connect(handled.append)
    send(page.lines_table, scanner_strokes(DANISH_WINDOWS, f"01{VAXIGRIP}172711301077", suffix=[]))
    QTest.keyClick(page.lines_table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: bool(handled), timeout=30_000)
    idle(qtbot, rwindow)
    assert page.strip.state == "error"
    assert "interrupted" in page.strip.text()
    assert list(page.receipt.lines) == [] and serials(app, receipt.id) == []
