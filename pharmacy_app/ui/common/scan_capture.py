"""Telling a keyboard-wedge barcode scanner apart from a person typing.

A scanner types the pack's GS1 element string, e.g. ``]d2 01 07046261234566 17 271130
10 FL2025A <GS> 21 X7K2P9Q4M1`` and Enter, a few milliseconds per character, into
whatever widget has the keyboard focus.  It types as a keyboard does: an uppercase letter
is Shift press, the key with the Shift modifier, Shift release; on a Danish key map ``|``
and ``]`` come with AltGr (reported by Qt as the ``Key_AltGr`` key, or as Ctrl+Alt on
Windows); the group separator (ASCII 29) may come as Ctrl+].  :class:`ScanCapture`
watches the key presses that go to any widget on one page (the typed-line form included)
and recognises a scan by its speed and its start (see
:func:`pharmacy_app.domain.gs1.looks_like_scan`):

* a character that could start a scan (``]`` or ``0``) is held back for up to
  :data:`KEY_GAP_MS`; if the next characters come as fast and keep to a scan prefix
  (``]d2``, ``]C1``…, or ``01`` and 14 digits) the scan is captured and none of it
  reaches the widget;
* otherwise the held keys are replayed, in order, to the widget they were meant for,
  so typing ``0`` or ``]`` in a field works as always (a person does not notice 40 ms);
* the group separator (ASCII 29) is taken from the key event's text before any widget
  sees it: a line edit would drop it.  Scanners that type ``|`` instead need nothing
  special;
* a scan ends only at its terminator: Enter or Tab (the suffixes a scanner is set to
  send), or :data:`END_GAP_MS` of quiet for a scanner that sends none.  Modifier keys
  (Shift, Ctrl, Alt, AltGr, Meta, Caps Lock) pressed or released while a scan is read are
  part of how the scanner types a character: they never end it and never reach a
  widget.  Then :attr:`ScanCapture.scanned` is emitted with the whole text;
* a key no scanner types (an arrow, Escape, Backspace…) arriving in the middle of a scan,
  or a scan longer than :data:`MAX_SCAN_LENGTH`, breaks it: :attr:`ScanCapture.broken`
  is emitted with what was read, never :attr:`scanned`, so a truncated code (which may
  well parse, ``…10 77`` for the batch ``77AB12``) is never taken for a whole one.

What must hold: a key that is not part of a scan always reaches its widget, in the
order typed; a scan never does, and neither do the key releases and modifier keys that
come with it.  Key events propagated to a parent widget (because the first receiver
ignored them) are counted once.  The filter is installed on the application (key
presses go to the focus widget, not to the page) and only looks at key events whose
receiver is the page or a widget inside it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from pharmacy_app.domain import gs1

KEY_GAP_MS = 40  # scanners type a character every few ms; people need more than 40
END_GAP_MS = 250  # no Enter after this long: the scan is over anyway
MAX_SCAN_LENGTH = 200
_STARTS = ("]", "0")
_GS = gs1.GS
_K = Qt.Key
# Keys that only change what the next key types: a scanner presses and releases them
# around characters (Shift for capitals, AltGr for "|" on a Danish map, Ctrl for GS).
MODIFIER_KEYS = frozenset(
    int(k)
    for k in (
        _K.Key_Shift,
        _K.Key_Control,
        _K.Key_Alt,
        _K.Key_AltGr,
        _K.Key_Meta,
        _K.Key_Super_L,
        _K.Key_Super_R,
        _K.Key_Hyper_L,
        _K.Key_Hyper_R,
        _K.Key_Mode_switch,
        _K.Key_CapsLock,
    )
)
# The suffixes a scanner is set to send after the code.
TERMINATOR_KEYS = frozenset(int(k) for k in (_K.Key_Return, _K.Key_Enter, _K.Key_Tab))


@dataclass(frozen=True)
class _HeldKey:
    receiver: QWidget
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


def could_start_scan(text: str) -> bool:
    """``text`` (what has been typed so far, quickly) can still become a scan."""
    if not text:
        return True
    if text[0] == "]":
        return any(p.startswith(text) or text.startswith(p) for p in gs1.SYMBOLOGY_PREFIXES)
    if text[0] == "0":
        if len(text) == 1:
            return True
        return text[1] == "1" and (len(text) == 2 or text[2:16].isdigit())
    return False


def is_scan_start(text: str) -> bool:
    """Enough has been typed to be sure it is a scan (a symbology prefix or 01+GTIN)."""
    return text.startswith(gs1.SYMBOLOGY_PREFIXES) or gs1.looks_like_scan(text)


class ScanCapture(QObject):
    """Watches key presses for one page; emits :attr:`scanned` for each scanner read."""

    scanned = Signal(str)  # a whole scan, up to its terminator
    broken = Signal(str, bool)  # what was read of a scan cut off by a key, or far too long

    def __init__(
        self,
        page: QWidget,
        *,
        clock: Callable[[], float] = time.monotonic,
        key_gap_ms: int = KEY_GAP_MS,
    ):
        super().__init__(page)
        self._page = page
        self._clock = clock
        self._gap = key_gap_ms / 1000.0
        self._held: list[_HeldKey] = []  # keys not yet given to their widget
        self._text = ""  # the scan so far
        self._capturing = False  # the start was recognised: swallow until the terminator
        self._too_long = False
        self._last_at = 0.0
        self._last_event: tuple[int, int, int, str, QWidget] | None = None  # to skip propagation
        self._replaying = False
        self._enabled = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._quiet)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        page.destroyed.connect(self._detach)

    # ------------------------------------------------------------------ public

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        if not enabled:
            self.flush()

    def is_busy(self) -> bool:
        """Keys are held back or a scan is being read."""
        return bool(self._held) or self._capturing

    def flush(self) -> None:
        """Give held keys to their widgets now (nothing is being scanned)."""
        self._timer.stop()
        if self._capturing:
            self._finish_scan()
        else:
            self._replay()

    # ------------------------------------------------------------------ the filter

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        if self._replaying or not self._enabled:
            return False
        if not isinstance(obj, QWidget) or not self._in_page(obj):
            return False
        assert isinstance(event, QKeyEvent)
        key, text = int(event.key()), event.text()
        modifiers = event.modifiers()
        signature = (int(kind.value), key, int(modifiers.value), text)
        last = self._last_event
        if last is not None and last[:4] == signature and _is_ancestor(obj, last[4]):
            # The same event, handed to a parent because the widget ignored it: it was
            # let through the first time (a swallowed event is not handed on).
            return False
        self._last_event = (*signature, obj)
        if kind == QEvent.Type.KeyRelease:
            # A release belongs to its press: a scanned key's press was swallowed and a
            # held key's press is replayed with its release, so this release is not given.
            return self._capturing or any(h.key == key for h in self._held)
        return self._key(obj, key, modifiers, text)

    # ------------------------------------------------------------------ internals

    def _in_page(self, widget: QWidget) -> bool:
        page = self._page
        if not shiboken6.isValid(page) or not page.isVisible():
            return False
        return widget is page or page.isAncestorOf(widget)

    def _key(self, receiver: QWidget, key: int, modifiers: Qt.KeyboardModifier, text: str) -> bool:
        if key in MODIFIER_KEYS:
            # Shift, Ctrl, AltGr… only change the next key: never the end of a scan, nor
            # of the keys held back (which are replayed with their own modifiers).
            if self._capturing:
                self._last_at = self._clock()
                self._timer.start(END_GAP_MS)
            return self._capturing
        now = self._clock()
        # While a scan is read, the scanner may pause up to END_GAP_MS; before its start
        # is recognised, only the speed of a scanner tells it from a person.
        gap = END_GAP_MS / 1000.0 if self._capturing else self._gap
        quick = now - self._last_at <= gap
        self._last_at = now
        busy = self.is_busy()
        if busy and not quick:
            self.flush()  # the earlier keys were typed by a person (or a scan ended)
            busy = False

        if key in TERMINATOR_KEYS:
            if not busy:
                return False
            self._timer.stop()
            if self._capturing or gs1.looks_like_scan(self._text):
                self._finish_scan()
                return True
            self._replay()
            return False  # the key goes to the widget after the replayed keys

        char = _character(key, modifiers, text)
        if self._capturing:
            if char is None:  # a key a scanner does not type: a person pressed it
                self._break_scan()
                return False
            if len(self._text) < MAX_SCAN_LENGTH:
                self._text += char
            else:
                self._too_long = True  # read on to the terminator, but never use it
            self._timer.start(END_GAP_MS)
            return True

        if char is None or (not busy and char not in _STARTS):
            if busy:
                self._replay()
            return False

        candidate = self._text + char
        if not could_start_scan(candidate):
            if busy:
                self._replay()
                if char in _STARTS:  # it may start a new scan
                    return self._key_again(receiver, key, modifiers, text, now)
            return False
        self._text = candidate
        self._held.append(_HeldKey(receiver, key, modifiers, text))
        if is_scan_start(self._text):
            self._capturing = True
            self._held.clear()  # part of a scan: never given to the widget
            self._timer.start(END_GAP_MS)
        else:
            self._timer.start(max(1, int(self._gap * 1000)))
        return True

    def _key_again(
        self, receiver: QWidget, key: int, modifiers: Qt.KeyboardModifier, text: str, now: float
    ) -> bool:
        self._last_at = now
        self._text = text
        self._held.append(_HeldKey(receiver, key, modifiers, text))
        self._timer.start(max(1, int(self._gap * 1000)))
        return True

    def _quiet(self) -> None:
        """No key for a while: held keys were typed by a person, or a scan without Enter ended."""
        if self._capturing:
            self._finish_scan()
        else:
            self._replay()

    def _finish_scan(self) -> None:
        text, too_long = self._text, self._too_long
        self._reset()
        if too_long:
            self.broken.emit(text, True)
        elif text:
            self.scanned.emit(text)

    def _break_scan(self) -> None:
        text = self._text
        self._reset()
        self.broken.emit(text, False)

    def _reset(self) -> None:
        self._timer.stop()
        self._held.clear()
        self._text = ""
        self._capturing = False
        self._too_long = False

    def _replay(self) -> None:
        held = list(self._held)
        self._reset()
        if not held:
            return
        self._replaying = True
        try:
            for k in held:
                if not shiboken6.isValid(k.receiver):
                    continue
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    event = QKeyEvent(kind, k.key, k.modifiers, k.text)
                    QCoreApplication.sendEvent(k.receiver, event)
        finally:
            self._replaying = False

    def _detach(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


def _character(key: int, modifiers: Qt.KeyboardModifier, text: str) -> str | None:
    """The character a scanner would have typed with this key, or None.

    The text Qt gives is what the key map made of the key and its modifiers, so it is
    the character, whatever modifiers produced it: Shift for capitals, AltGr (Ctrl+Alt on
    Windows) for ``|`` and ``]`` on a Danish map.  Only Ctrl or Meta without Alt make a
    shortcut, not a character, except Ctrl+], which scanners send for the separator.
    """
    mod = Qt.KeyboardModifier
    if text == _GS:
        return _GS
    shortcut = bool(modifiers & (mod.ControlModifier | mod.MetaModifier)) and not (
        modifiers & mod.AltModifier
    )
    if shortcut:
        return _GS if key == Qt.Key.Key_BracketRight else None
    if len(text) != 1 or not text.isprintable():
        return None
    return text


def _is_ancestor(parent: QObject, child: QWidget) -> bool:
    if not shiboken6.isValid(child) or not isinstance(parent, QWidget):
        return False
    return parent is not child and parent.isAncestorOf(child)
