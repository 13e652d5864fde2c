"""The window's areas after Stock, built once the Stock page shows its first rows.

Importing and building every page before the window could show anything took most of
the start: the Expiry page brings matplotlib, Distribution the PDF writers, and so on.
So the window builds the Stock page at once and holds an empty stand-in for every other
area; once the Stock page's first rows have arrived, :meth:`LaterPages.build_later`
imports the other pages' modules on a worker thread (the window keeps painting and
answering) and then builds the pages on the GUI thread, each put in its stand-in's
place and started there.  An area wanted earlier (a click, a shortcut, the page the
window was closed on) is imported and built at once, when it is asked for.

What must hold: each page is built once, in its own place in the stack (its index does
not change); the work counts as running for :meth:`Operations.is_idle` until every page
is built and started, so "the window is idle" still means every page has loaded.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QStackedWidget, QWidget

from pharmacy_app.services.app import App
from pharmacy_app.ui.operations import Operations


@dataclass(frozen=True)
class LaterPage:
    """An area built later: its index in the stack, and the module and class of its page."""

    index: int
    module: str
    cls: str


class LaterPages:
    """Builds the areas in ``specs`` into ``stack`` (which holds stand-ins for them)."""

    def __init__(
        self,
        ops: Operations,
        stack: QStackedWidget,
        specs: list[LaterPage],
        built: Callable[[int, QWidget], None],
    ):
        self._ops = ops
        self._stack = stack
        self._specs = {s.index: s for s in specs}
        self._built_cb = built
        self._pages: dict[int, QWidget] = {}
        self._scheduled = False
        for spec in specs:
            stand_in = QWidget()
            stand_in.setObjectName(f"standIn{spec.index}")
            self._stack.insertWidget(spec.index, stand_in)

    def page(self, index: int) -> QWidget:
        """The page at ``index``, built now if it was not yet."""
        page = self._pages.get(index)
        if page is None:
            spec = self._specs[index]
            cls = getattr(importlib.import_module(spec.module), spec.cls)
            page = cls(self._ops)
            assert isinstance(page, QWidget)
            self._put(index, page)
        return page

    def built(self) -> list[QWidget]:
        return [self._pages[i] for i in sorted(self._pages)]

    def is_built(self, index: int) -> bool:
        return index in self._pages

    def build_later(self) -> None:
        """Import the pages' modules in the background, then build them (once)."""
        if self._scheduled:
            return
        self._scheduled = True
        modules = [s.module for s in self._specs.values()]

        def load(_app: App) -> None:
            for name in modules:
                importlib.import_module(name)

        self._ops.query(load, lambda _r: self._build_all(), parent=self._stack)

    def _build_all(self) -> None:
        for index in sorted(self._specs):
            self.page(index)

    def _put(self, index: int, page: QWidget) -> None:
        stand_in = self._stack.widget(index)
        assert stand_in is not None
        current = self._stack.currentIndex() == index
        self._stack.insertWidget(index, page)
        self._stack.removeWidget(stand_in)
        stand_in.deleteLater()
        self._pages[index] = page
        if current:
            self._stack.setCurrentIndex(index)
        self._built_cb(index, page)
