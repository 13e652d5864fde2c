"""Whole numbers typed into a table cell.

:class:`SpinBoxDelegate` edits the model's ``EditRole`` value in a right-aligned spin box
and writes it back with ``setData`` when the editor closes (Enter or leaving the cell),
having read what was typed even if the spin box had not yet taken it.  The model decides
what a value means (it may ask a service and change nothing itself).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QSpinBox, QStyledItemDelegate, QWidget

_Index = QModelIndex | QPersistentModelIndex


class SpinBoxDelegate(QStyledItemDelegate):
    """A spin box from ``lowest`` to ``highest``; an empty cell starts at ``empty``."""

    def __init__(self, parent: QObject | None, lowest: int, highest: int, empty: int = 0):
        super().__init__(parent)
        self._lowest, self._highest, self._empty = lowest, highest, empty

    def spin_box(self, parent: QWidget) -> QSpinBox:
        spin = QSpinBox(parent)
        spin.setRange(self._lowest, self._highest)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return spin

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        if isinstance(editor, QSpinBox):
            editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or self._empty))
            editor.selectAll()
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:  # noqa: N802
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
