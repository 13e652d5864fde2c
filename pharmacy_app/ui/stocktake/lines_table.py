"""The table of an open count's lines, made for counting from the keyboard.

The counted-units cell is a spin box of whole units: Enter saves the line and opens the
next line's count, so a person reads the shelf and types figure, Enter, figure, Enter.
The reason cell is a list of the six reason codes in words; choosing one saves it.
What must hold: an editor writes through the model (which asks the page to save), never
into the rows itself.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from pharmacy_app.domain.limits import MAX_BALANCE_DOSES
from pharmacy_app.services.stocktake import LineView
from pharmacy_app.ui.common.delegates import SpinBoxDelegate
from pharmacy_app.ui.common.widgets import TableView, date_column_width
from pharmacy_app.ui.stocktake.models import LinesModel, reason_codes, reason_text

_Index = QModelIndex | QPersistentModelIndex
_ENTER = (int(Qt.Key.Key_Return), int(Qt.Key.Key_Enter))


class CountDelegate(SpinBoxDelegate):
    """Whole units; Enter saves and asks for the next line (:attr:`entered`)."""

    entered = Signal(int)  # the row whose count was entered with Enter

    def __init__(self, parent: QObject | None):
        super().__init__(parent, 0, MAX_BALANCE_DOSES, empty=0)
        self._rows: dict[QWidget, QPersistentModelIndex] = {}

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:  # noqa: N802
        spin = self.spin_box(parent)
        spin.setObjectName("countEditor")
        self._rows[spin] = QPersistentModelIndex(index)
        spin.destroyed.connect(lambda _o=None, s=spin: self._rows.pop(s, None))
        spin.installEventFilter(self)
        return spin

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and int(event.key()) in _ENTER
            and isinstance(obj, QWidget)
            and obj in self._rows
        ):
            index = self._rows[obj]
            self.commitData.emit(obj)
            self.closeEditor.emit(obj, QStyledItemDelegate.EndEditHint.NoHint)
            if index.isValid():
                self.entered.emit(index.row())
            return True
        return super().eventFilter(obj, event)


class ReasonDelegate(QStyledItemDelegate):
    """The six reasons by name (and none); choosing one saves it at once."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        combo.setObjectName("reasonEditor")
        combo.addItem("", "")
        for code in reason_codes():
            combo.addItem(reason_text(code), str(code))

        def chosen(_i: int) -> None:
            self.commitData.emit(combo)
            self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

        combo.activated.connect(chosen)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(
                max(0, editor.findData(str(index.data(Qt.ItemDataRole.EditRole) or "")))
            )
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class CountLinesTable(TableView):
    """The lines of the open count (:class:`LinesModel`), counted by typing."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("countLines")
        self.lines_model = LinesModel(self)
        self.setModel(self.lines_model)
        self.count_delegate = CountDelegate(self)
        self.setItemDelegateForColumn(LinesModel.COUNTED, self.count_delegate)
        self.setItemDelegateForColumn(LinesModel.REASON, ReasonDelegate(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        # One cell, not the row, is highlighted: a row's difference colours stay visible.
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSortingEnabled(False)
        self.count_delegate.entered.connect(self._next_line)
        m = LinesModel
        day = date_column_width(self)
        self.set_column_widths(
            {m.PRODUCT: 160, m.BATCH: 70, m.EXPIRY: day, m.THAWED: day, m.UNIT: 90, m.EXPECTED: 60,
             m.COUNTED: 60, m.DOSES: 50, m.MOVED: 60, m.DIFF: 60, m.DIFF_UNITS: 60, m.REASON: 140,
             m.REASON_TEXT: 160}
        )  # fmt: skip

    def line_at(self, row: int) -> LineView | None:
        return self.lines_model.row_at(row)

    def selected_line(self) -> LineView | None:
        index = self.currentIndex()
        return self.lines_model.row_at(index.row()) if index.isValid() else None

    def select_line(self, line_id: int, column: int = LinesModel.COUNTED) -> None:
        row = self.lines_model.row_of(line_id)
        if row >= 0:
            self.select_row(row, column)

    def edit_count(self, row: int) -> None:
        """Open the count cell of ``row`` for typing."""
        index = self.lines_model.index(row, LinesModel.COUNTED)
        if index.isValid() and self.lines_model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self.setCurrentIndex(index)
            self.edit(index)

    def edit_reason_text(self, line_id: int) -> None:
        row = self.lines_model.row_of(line_id)
        index = self.lines_model.index(row, LinesModel.REASON_TEXT)
        if row >= 0 and self.lines_model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self.setCurrentIndex(index)
            self.edit(index)

    def _next_line(self, row: int) -> None:
        if row + 1 < self.lines_model.rowCount():
            self.edit_count(row + 1)
        else:
            self.setCurrentIndex(self.lines_model.index(row, LinesModel.COUNTED))
