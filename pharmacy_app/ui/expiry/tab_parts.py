"""What the Expiry page's tabs share: a section's title and the grey note under it, a
table sorted by a click on its header, loading a list on a worker thread where only the
newest load is shown, and exporting a tab's rows to a .csv or .xlsx file."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

from pharmacy_app.services import exports
from pharmacy_app.services.app import App
from pharmacy_app.ui.common.table_models import R, RowsModel
from pharmacy_app.ui.common.widgets import RefreshingTab, TableView
from pharmacy_app.ui.export_dialog import export_dir
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import expiry as expiry_ops

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


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("ExportRows", text, None, n)


def ask_export_path(parent: QWidget, title: str, name: str) -> Path | None:
    """The file to export to, asked with ``name`` (in the export folder) proposed."""
    chosen, _selected = QFileDialog.getSaveFileName(
        parent, title, str(export_dir() / name), _tr("CSV file (*.csv);;Excel workbook (*.xlsx)")
    )
    return Path(chosen) if chosen else None


def export_rows(
    parent: QWidget,
    ops: Operations,
    path: Path,
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    sheet: str,
    progress: str,
) -> int:
    """Write ``rows`` to ``path`` (.csv unless it ends in .xlsx) and say so in the
    window's status bar."""
    if path.suffix.lower() not in exports.EXPORT_SUFFIXES:
        path = path.with_name(path.name + ".csv")

    def done(n: int) -> None:
        bar = getattr(parent.window(), "statusBar", None)
        if callable(bar):
            bar().showMessage(_tr("Exported %Ln row(s) to %1", n).replace("%1", str(path)), 30_000)

    return expiry_ops.export_table(parent, path, header, rows, sheet).success(done).run(ops, progress)
