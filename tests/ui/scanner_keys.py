"""What a keyboard-wedge scanner sends for each character, key event by key event.

A scanner is a keyboard: for every character of the code it presses and releases the
key the machine's key map puts it on, with the modifier keys around it.  On a US map a
capital is Shift press, the key (Shift held), its release, Shift release, and ``|`` is
Shift+\\.  On a Danish map ``|`` (AltGr+´) and ``]`` (AltGr+9) need AltGr, which Qt
reports on X11 as a ``Key_AltGr`` press (characters carrying ``GroupSwitchModifier``)
and on Windows as Ctrl+Alt.  The group separator (ASCII 29) is Ctrl+].  Each event is
sent with ``QTest.simulateEvent``, exactly as listed, to the widget that has the focus.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from pharmacy_app.domain.gs1 import GS

M = Qt.KeyboardModifier
K = Qt.Key


@dataclass(frozen=True)
class Stroke:
    press: bool
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


@dataclass(frozen=True)
class KeyMap:
    name: str
    shifted: str  # characters typed with Shift, besides capitals
    altgr: str  # characters typed with AltGr
    altgr_is_ctrl_alt: bool  # Windows reports AltGr as Ctrl+Alt

    def __str__(self) -> str:
        return self.name


US = KeyMap("us", shifted='|~^!"#$%&()*+:<>?@{}_', altgr="", altgr_is_ctrl_alt=False)
DANISH = KeyMap("da-x11", shifted='!"#%&/()=?`^*>;:_', altgr="|]@£$€{[}\\~", altgr_is_ctrl_alt=False)
DANISH_WINDOWS = KeyMap(
    "da-windows", shifted='!"#%&/()=?`^*>;:_', altgr="|]@£$€{[}\\~", altgr_is_ctrl_alt=True
)
KEY_MAPS = (US, DANISH, DANISH_WINDOWS)


def _key_of(ch: str) -> int:
    return ord(ch.upper()) if ch.isascii() and ch.isalpha() else ord(ch)


def _around(
    press: list[Stroke], stroke_mods: Qt.KeyboardModifier, ch: str, key: int | None = None
) -> list[Stroke]:
    """The modifier presses, the key pressed and released with them held, the releases."""
    key = _key_of(ch) if key is None else key
    releases = [Stroke(False, s.key, M.NoModifier, "") for s in reversed(press)]
    return [*press, Stroke(True, key, stroke_mods, ch), Stroke(False, key, stroke_mods, ch), *releases]


def strokes(keymap: KeyMap, ch: str) -> list[Stroke]:
    """The key events a scanner sends for one character on ``keymap``."""
    if ch == GS:  # Ctrl+], which the system turns into ASCII 29
        ctrl = [Stroke(True, K.Key_Control, M.ControlModifier, "")]
        return _around(ctrl, M.ControlModifier, GS, key=K.Key_BracketRight)
    if ch in keymap.altgr:
        if keymap.altgr_is_ctrl_alt:
            mods = M.ControlModifier | M.AltModifier
            press = [
                Stroke(True, K.Key_Control, M.ControlModifier, ""),
                Stroke(True, K.Key_Alt, mods, ""),
            ]
            return _around(press, mods, ch)
        return _around([Stroke(True, K.Key_AltGr, M.GroupSwitchModifier, "")], M.GroupSwitchModifier, ch)
    if ch.isupper() or ch in keymap.shifted:
        return _around([Stroke(True, K.Key_Shift, M.ShiftModifier, "")], M.ShiftModifier, ch)
    return _around([], M.NoModifier, ch)


ENTER = [Stroke(True, K.Key_Return, M.NoModifier, "\r"), Stroke(False, K.Key_Return, M.NoModifier, "\r")]
TAB = [Stroke(True, K.Key_Tab, M.NoModifier, "\t"), Stroke(False, K.Key_Tab, M.NoModifier, "\t")]


def scanner_strokes(keymap: KeyMap, text: str, suffix: list[Stroke] | None = None) -> list[Stroke]:
    out = [s for ch in text for s in strokes(keymap, ch)]
    return out + (ENTER if suffix is None else suffix)


def send(widget: QWidget, events: list[Stroke]) -> None:
    for s in events:
        QTest.simulateEvent(widget, s.press, s.key, s.modifiers, s.text, False)


def scanner_types(widget: QWidget, keymap: KeyMap, text: str, suffix: list[Stroke] | None = None) -> None:
    """``text`` as a scanner types it into ``widget``, then its suffix (Enter by default)."""
    send(widget, scanner_strokes(keymap, text, suffix))
