"""A keyboard-wedge scanner is told apart from typing, anywhere on a page.

Scans are fed as real key presses (pytest-qt), the group separator as the key event a
scanner sends for ASCII 29 (no key code, text ``\\x1d``), which a line edit drops.  The
tests under "as a scanner types" send every key event a scanner sends on a US and a
Danish key map (Shift around capitals, AltGr or Ctrl+Alt around ``|`` and ``]``, Ctrl+]
for the separator; see :mod:`tests.ui.scanner_keys`).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from pharmacy_app.domain import gs1
from pharmacy_app.domain.gs1 import GS
from pharmacy_app.ui.common.scan_capture import ScanCapture, could_start_scan, is_scan_start
from tests.ui.scanner_keys import KEY_MAPS, TAB, US, Stroke, scanner_strokes, scanner_types, send

VAXIGRIP = "07046261234566"
SCAN = f"]d201{VAXIGRIP}17271130" + f"10FL2025A{GS}21X7K2P9Q4M1"


def type_scan(qtbot, widget: QWidget, text: str, enter: bool = True) -> None:
    """Type ``text`` into ``widget`` as a scanner does: fast, GS as its own key event."""
    for ch in text:
        if ch == GS:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, GS, Qt.KeyboardModifier.NoModifier
            )
        else:
            qtbot.keyClicks(widget, ch)
    if enter:
        qtbot.keyClick(widget, Qt.Key.Key_Return)


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Page(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.batch = QLineEdit()
        self.note = QLineEdit()
        self.packs = QSpinBox()
        self.packs.setRange(0, 9999)
        self.combo = QComboBox()
        self.combo.addItems(["Comirnaty", "Vaxigrip"])
        for w in (self.batch, self.note, self.packs, self.combo):
            layout.addWidget(w)
        self.returns: list[str] = []
        self.batch.returnPressed.connect(lambda: self.returns.append(self.batch.text()))


@pytest.fixture
def page(qtbot):
    p = Page()
    qtbot.addWidget(p)
    p.show()
    qtbot.waitExposed(p)
    return p


@pytest.fixture
def capture(page):
    c = ScanCapture(page)
    yield c
    c.flush()


def scans_of(qtbot, capture):
    got: list[str] = []
    capture.scanned.connect(got.append)
    return got


def broken_of(capture):
    got: list[tuple[str, bool]] = []
    capture.broken.connect(lambda text, too_long: got.append((text, too_long)))
    return got


def test_a_scan_with_a_real_group_separator_is_captured_whole(qtbot, page, capture):
    got = scans_of(qtbot, capture)
    type_scan(qtbot, page.batch, SCAN)
    assert got == [SCAN]
    assert "\x1d" in got[0]
    assert page.batch.text() == ""  # none of it reached the field
    assert page.returns == []  # nor did the Enter
    assert not capture.is_busy()


def test_scans_with_a_visible_separator_and_without_a_prefix(qtbot, page, capture):
    got = scans_of(qtbot, capture)
    piped = f"01{VAXIGRIP}17271130" + "10FL2025A|21S2"
    type_scan(qtbot, page.note, piped)
    type_scan(qtbot, page.note, "]C1" + f"01{VAXIGRIP}1727113010LOT9")
    assert got == [piped, "]C1" + f"01{VAXIGRIP}1727113010LOT9"]
    assert page.note.text() == ""


def test_normal_typing_reaches_the_field(qtbot, page, capture):
    got = scans_of(qtbot, capture)
    page.batch.setFocus()
    qtbot.keyClicks(page.batch, "FL2025A")
    assert page.batch.text() == "FL2025A"
    qtbot.keyClick(page.batch, Qt.Key.Key_Return)
    assert page.returns == ["FL2025A"]
    assert got == []


def test_a_digit_that_might_start_a_scan_arrives_after_a_moment(qtbot, page, capture):
    got = scans_of(qtbot, capture)
    qtbot.keyClicks(page.batch, "AB0")
    assert page.batch.text() == "AB"  # the 0 is held back for a few milliseconds
    qtbot.waitUntil(lambda: page.batch.text() == "AB0", timeout=30_000)
    qtbot.keyClicks(page.batch, "0x")  # "0x" cannot start a scan: given back at once, in order
    assert page.batch.text() == "AB00x"
    qtbot.keyClicks(page.batch, "012A")  # "01" and digits, then a letter: not a GTIN
    assert page.batch.text() == "AB00x012A"
    assert got == []


def test_typing_a_scan_by_hand_is_not_a_scan(qtbot, page):
    clock = FakeClock()
    capture = ScanCapture(page, clock=clock)
    got = scans_of(qtbot, capture)
    for ch in f"01{VAXIGRIP}":
        clock.now += 0.2  # a person: 200 ms between keys
        qtbot.keyClicks(page.note, ch)
    qtbot.waitUntil(lambda: page.note.text() == f"01{VAXIGRIP}", timeout=30_000)
    clock.now += 0.2
    qtbot.keyClick(page.note, Qt.Key.Key_Return)
    assert got == []


def test_scanning_while_a_spin_box_or_combo_has_focus(qtbot, page, capture):
    got = scans_of(qtbot, capture)
    page.packs.setValue(3)
    type_scan(qtbot, page.packs, SCAN)
    type_scan(qtbot, page.combo, SCAN)
    assert got == [SCAN, SCAN]
    assert page.packs.value() == 3
    assert page.combo.currentIndex() == 0


def test_keys_outside_the_page_are_not_watched(qtbot, page, capture):
    got = scans_of(qtbot, capture)
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    type_scan(qtbot, other, f"01{VAXIGRIP}1727113010LOT9", enter=False)
    assert other.text() == f"01{VAXIGRIP}1727113010LOT9"
    assert got == []


def test_a_disabled_capture_lets_everything_through(qtbot, page, capture):
    got = scans_of(qtbot, capture)
    capture.set_enabled(False)
    type_scan(qtbot, page.note, f"01{VAXIGRIP}17271130", enter=False)
    assert page.note.text() == f"01{VAXIGRIP}17271130"
    assert got == []


def test_a_scan_without_enter_ends_when_the_scanner_goes_quiet(qtbot, page, capture):
    got = scans_of(qtbot, capture)
    type_scan(qtbot, page.note, f"01{VAXIGRIP}1727113010LOT9", enter=False)
    qtbot.waitUntil(lambda: got == [f"01{VAXIGRIP}1727113010LOT9"], timeout=30_000)
    assert page.note.text() == ""


@pytest.mark.parametrize(
    ("text", "possible", "sure"),
    [
        ("]", True, False),
        ("]d", True, False),
        ("]d2", True, True),
        ("]x", False, False),
        ("0", True, False),
        ("01", True, False),
        ("0107046261", True, False),
        (f"01{VAXIGRIP}", True, True),
        ("02", False, False),
        ("01A", False, False),
    ],
)
def test_prefixes(text, possible, sure):
    assert could_start_scan(text) is possible
    assert is_scan_start(text) is sure


# --------------------------------------------------------------------------- as a scanner types


# Codes with capitals, small letters, "|" and Ctrl+] for the separator, with and without
# a symbology prefix: (code, batch, expiry, serial).
KEYED_CODES = [
    (f"]d201{VAXIGRIP}17271130" + f"1077AB12{GS}21X7K2P9Q4M1", "77AB12", "2027-11-30", "X7K2P9Q4M1"),
    (f"01{VAXIGRIP}17271100" + "10fl2025a|21x7k2p9", "fl2025a", "2027-11-30", "x7k2p9"),
    (f"]d201{VAXIGRIP}17280531" + f"10Fl-2025/a{GS}21Ab9|", "Fl-2025/a", "2028-05-31", "Ab9"),
    (f"01{VAXIGRIP}1727113010PQ", "PQ", "2027-11-30", None),
]


@pytest.mark.parametrize("keymap", KEY_MAPS, ids=str)
@pytest.mark.parametrize(("code", "batch", "expiry", "serial"), KEYED_CODES, ids=["capitals", "small", "mixed", "no-serial"])
def test_a_scanner_typing_with_shift_altgr_and_ctrl_is_read_whole(
    qtbot, page, capture, keymap, code, batch, expiry, serial
):
    got = scans_of(qtbot, capture)
    page.batch.setFocus()
    scanner_types(page.batch, keymap, code)
    assert got == [code]
    parsed = gs1.interpret(got[0])
    assert isinstance(parsed, gs1.PackScan), parsed
    assert (parsed.gtin, parsed.batch, parsed.expiry.isoformat(), parsed.serial) == (
        VAXIGRIP,
        batch,
        expiry,
        serial,
    )
    assert page.batch.text() == ""  # nothing leaked into the focused field
    assert page.returns == []  # nor the Enter
    assert not capture.is_busy()


@pytest.mark.parametrize("keymap", KEY_MAPS, ids=str)
def test_modifier_keys_never_end_a_scan_and_tab_ends_one(qtbot, page, capture, keymap):
    got = scans_of(qtbot, capture)
    broken = broken_of(capture)
    code = f"01{VAXIGRIP}17271130" + "10AB|21CD"
    strokes = scanner_strokes(keymap, code, suffix=TAB)
    # A modifier pressed and released on its own between characters, too.
    lone = [
        Stroke(True, Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier, ""),
        Stroke(False, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier, ""),
        Stroke(True, Qt.Key.Key_Control, Qt.KeyboardModifier.ControlModifier, ""),
        Stroke(False, Qt.Key.Key_Control, Qt.KeyboardModifier.NoModifier, ""),
        Stroke(True, Qt.Key.Key_AltGr, Qt.KeyboardModifier.GroupSwitchModifier, ""),
        Stroke(False, Qt.Key.Key_AltGr, Qt.KeyboardModifier.NoModifier, ""),
        Stroke(True, Qt.Key.Key_CapsLock, Qt.KeyboardModifier.NoModifier, ""),
        Stroke(False, Qt.Key.Key_CapsLock, Qt.KeyboardModifier.NoModifier, ""),
    ]
    middle = len(scanner_strokes(keymap, code[:20], suffix=[]))
    page.note.setFocus()
    send(page.note, strokes[:middle] + lone + strokes[middle:])
    assert got == [code] and broken == []
    assert page.note.text() == ""
    assert page.note.hasFocus()  # the Tab ended the scan and was not handed on


def test_a_key_no_scanner_types_breaks_the_scan_and_nothing_is_read(qtbot, page, capture):
    got = scans_of(qtbot, capture)
    broken = broken_of(capture)
    page.batch.setFocus()
    send(page.batch, scanner_strokes(US, f"01{VAXIGRIP}172711301077", suffix=[]))
    QTest.keyClick(page.batch, Qt.Key.Key_Escape)
    assert broken == [(f"01{VAXIGRIP}172711301077", False)]
    assert got == []  # the part read (which would parse: batch 77) is never taken for a scan
    assert not capture.is_busy()


def test_a_far_too_long_scan_is_swallowed_and_reported(qtbot, page, capture):
    got = scans_of(qtbot, capture)
    broken = broken_of(capture)
    page.batch.setFocus()
    long = f"01{VAXIGRIP}17271130" + "10" + "Ab" * 150
    scanner_types(page.batch, US, long)
    assert got == [] and len(broken) == 1 and broken[0][1] is True
    assert page.batch.text() == "" and page.returns == []
