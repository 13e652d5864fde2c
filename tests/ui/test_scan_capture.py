"""A keyboard-wedge scanner is told apart from typing, anywhere on a page.

Scans are fed as real key presses (pytest-qt), the group separator as the key event a
scanner sends for ASCII 29 (no key code, text ``\\x1d``), which a line edit drops.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from pharmacy_app.domain.gs1 import GS
from pharmacy_app.ui.scan_capture import ScanCapture, could_start_scan, is_scan_start

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
    qtbot.waitUntil(lambda: page.batch.text() == "AB0", timeout=1000)
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
    qtbot.waitUntil(lambda: page.note.text() == f"01{VAXIGRIP}", timeout=1000)
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
    qtbot.waitUntil(lambda: got == [f"01{VAXIGRIP}1727113010LOT9"], timeout=2000)
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
