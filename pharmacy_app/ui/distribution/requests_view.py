"""The requests table of a round: typing a figure edits the requested doses in whole
vials (a spin box that steps vials), and Enter moves down a row, as in a spreadsheet.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QStyleOptionViewItem,
    QWidget,
)

from pharmacy_app.ui.common.delegates import SpinBoxDelegate
from pharmacy_app.ui.common.widgets import TableView
from pharmacy_app.ui.distribution.models import STEP_ROLE, RequestsModel
from pharmacy_app.ui.distribution.summary import MAX_DOSES

_Index = QModelIndex | QPersistentModelIndex


class RequestedDelegate(SpinBoxDelegate):
    """A spin box for the requested doses that steps whole vials."""

    def __init__(self, parent: QWidget):
        super().__init__(parent, 0, MAX_DOSES)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:  # noqa: N802
        spin = self.spin_box(parent)
        spin.setSingleStep(max(1, int(index.data(STEP_ROLE) or 1)))
        spin.setFrame(False)
        return spin


class RequestsView(TableView):
    """The requests table: type a figure to change it, Enter moves down (like a sheet)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setItemDelegateForColumn(RequestsModel.REQUESTED, RequestedDelegate(self))

    def currentChanged(self, current: _Index, previous: _Index) -> None:  # noqa: N802
        # Rows are selected whole, but typing always edits the requested figure.
        if current.isValid() and current.column() != RequestsModel.REQUESTED:
            model = self.model()
            target = model.index(current.row(), RequestsModel.REQUESTED)
            super().currentChanged(current, previous)
            self.selectionModel().setCurrentIndex(target, QItemSelectionModel.SelectionFlag.NoUpdate)
            return
        super().currentChanged(current, previous)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter: next row
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            current = self.currentIndex()
            model = self.model()
            if current.isValid() and current.row() + 1 < model.rowCount():
                self.selectionModel().setCurrentIndex(
                    model.index(current.row() + 1, RequestsModel.REQUESTED),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
            return
        super().closeEditor(editor, hint)
