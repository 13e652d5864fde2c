"""Telling a keyboard-wedge barcode scanner apart from a person typing.

A scanner types the pack's GS1 element string, e.g. ``]d2 01 07046261234566 17 271130
10 FL2025A <GS> 21 X7K2P9Q4M1`` and Enter, a few milliseconds per character, into
whatever widget has the keyboard focus.  :class:`ScanCapture` watches the key presses
that go to any widget on one page (the typed-line form included) and recognises a scan
by its speed and its start (see :func:`pharmacy_app.domain.gs1.looks_like_scan`):

* a character that could start a scan (``]`` or ``0``) is held back for up to
  :data:`KEY_GAP_MS`; if the next characters come as fast and keep to a scan prefix
  (``]d2``, ``]C1``…, or ``01`` and 14 digits) the scan is captured and none of it
  reaches the widget;
* otherwise the held keys are replayed, in order, to the widget they were meant for,
  so typing ``0`` or ``]`` in a field works as always (a person does not notice 40 ms);
* the group separator (ASCII 29) is taken from the key event's text before any widget
  sees it: a line edit would drop it.  Scanners that type ``|`` instead need nothing
  special;
* Enter ends the scan and :attr:`ScanCapture.scanned` is emitted with the whole text.
  A scanner that sends no Enter is taken as finished after :data:`END_GAP_MS` of quiet.

What must hold: a key that is not part of a scan always reaches its widget, in the
order typed; a scan never does.  Key presses propagated to a parent widget (because
the first receiver ignored them) are counted once.  The filter is installed on the
application (key presses go to the focus widget, not to the page) and only looks at
presses whose receiver is the page or a widget inside it.
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

    scanned = Signal(str)

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
        self._capturing = False  # the start was recognised: swallow until Enter
        self._last_at = 0.0
        self._last_press: tuple[int, int, str, QWidget] | None = None  # to skip propagation
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
        if event.type() != QEvent.Type.KeyPress or self._replaying or not self._enabled:
            return False
        if not isinstance(obj, QWidget) or not self._in_page(obj):
            return False
        assert isinstance(event, QKeyEvent)
        key, text = event.key(), event.text()
        modifiers = event.modifiers()
        signature = (int(key), int(modifiers.value), text)
        last = self._last_press
        if last is not None and last[:3] == signature and _is_ancestor(obj, last[3]):
            # The same press, handed to a parent because the widget ignored it: it was
            # let through the first time (a swallowed press is not handed on).
            return False
        self._last_press = (*signature, obj)
        return self._key(obj, key, modifiers, text)

    # ------------------------------------------------------------------ internals

    def _in_page(self, widget: QWidget) -> bool:
        page = self._page
        if not shiboken6.isValid(page) or not page.isVisible():
            return False
        return widget is page or page.isAncestorOf(widget)

    def _key(self, receiver: QWidget, key: int, modifiers: Qt.KeyboardModifier, text: str) -> bool:
        now = self._clock()
        quick = now - self._last_at <= self._gap
        self._last_at = now
        busy = self._capturing or bool(self._held)
        if busy and not quick:
            self.flush()  # the earlier keys were typed by a person (or a scan ended)
            busy = False
        is_enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        char = _character(key, modifiers, text)

        if busy and is_enter:
            self._timer.stop()
            if self._capturing or gs1.looks_like_scan(self._text):
                self._finish_scan()
                return True
            self._replay()
            return False  # the Enter goes to the widget after the replayed keys

        if self._capturing:
            if char is None:  # a key a scanner does not type: a person pressed it
                self._finish_scan()
                return False
            self._text += char
            if len(self._text) > MAX_SCAN_LENGTH:
                self._abandon()
            else:
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
        self._held.append(_HeldKey(receiver, int(key), modifiers, text))
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
        self._held.append(_HeldKey(receiver, int(key), modifiers, text))
        self._timer.start(max(1, int(self._gap * 1000)))
        return True

    def _quiet(self) -> None:
        """No key for a while: held keys were typed by a person, or a scan without Enter ended."""
        if self._capturing:
            self._finish_scan()
        else:
            self._replay()

    def _finish_scan(self) -> None:
        text = self._text
        self._reset()
        if text:
            self.scanned.emit(text)

    def _abandon(self) -> None:
        self._reset()

    def _reset(self) -> None:
        self._timer.stop()
        self._held.clear()
        self._text = ""
        self._capturing = False

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
    """The character a scanner would have typed with this key, or None."""
    if text == _GS or (key == Qt.Key.Key_BracketRight and modifiers & Qt.KeyboardModifier.ControlModifier):
        return _GS
    if not text or modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return None
    if len(text) != 1 or not (text.isprintable()):
        return None
    return text


def _is_ancestor(parent: QObject, child: QWidget) -> bool:
    if not shiboken6.isValid(child) or not isinstance(parent, QWidget):
        return False
    return parent is not child and parent.isAncestorOf(child)
