"""What the Expiry page's action tabs (at risk, discard, recall) share: a section's
title and the grey note under it, a table sorted by a click on its header, and loading
a list on a worker thread where only the newest load is shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from pharmacy_app.services.app import App
from pharmacy_app.ui.common.table_models import R, RowsModel
from pharmacy_app.ui.common.widgets import RefreshingTab, TableView

T = TypeVar("T")


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


def note_label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #5c6166;")
    if name:
        label.setObjectName(name)
    return label


def sortable_table(name: str, model: RowsModel[R]) -> TableView:
    """A table of ``model``'s rows in the order they come, sorted by a click on a header."""
    table = TableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    return table


def sort_as_shown(table: TableView, model: RowsModel[R]) -> None:
    """New rows in the order the table's header shows (if a click chose one)."""
    header = table.horizontalHeader()
    if header.sortIndicatorSection() >= 0:
        model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())


class ListTab(RefreshingTab):
    """A tab whose lists are loaded on a worker thread."""

    def _load_list(self, table: TableView, work: Callable[[App], T], show: Callable[[T], object]) -> None:
        """Run ``work`` and ``show`` what it returns, unless a newer load has started;
        meanwhile ``table`` says it is loading, and says so if the load fails."""
        generation = self._next_generation()
        table.set_empty_text(self.tr("Loading…"))

        def done(data: T) -> None:
            if self._is_current(generation):
                show(data)

        def failed(_exc: BaseException) -> bool:
            if self._is_current(generation):
                table.set_empty_text(self.tr("The list could not be loaded."))
            return False

        self._ops.query(work, done, failure=failed, parent=self)
