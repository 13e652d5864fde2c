"""The lines of the open receipt, in a table that edits them where they stand: packs (a
spin box), the storage condition on arrival (frozen, which only a frozen product may be,
or 2–8 °C) and on hold (a tick and its reason).

What must hold: an edit changes nothing by itself; the model asks the page, the page asks
the service, and the table shows the receipt the service returns.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyleOptionViewItem,
    QWidget,
)

from pharmacy_app.services.receiving import FRIDGE, FROZEN, LineView
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.delegates import SpinBoxDelegate
from pharmacy_app.ui.common.table_models import ROW_ROLE
from pharmacy_app.ui.common.widgets import TableView
from pharmacy_app.ui.receiving.models import ReceiptLinesModel, condition_name

_Index = QModelIndex | QPersistentModelIndex


class ReceiptLinesTable(TableView):
    """The receipt's lines; ``is_frozen`` says which products may be stored frozen."""

    def __init__(self, is_frozen: Callable[[int], bool], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("linesTable")
        self.lines_model = ReceiptLinesModel(self)
        self.setModel(self.lines_model)
        self.setItemDelegate(LinesDelegate(self, is_frozen))
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.enable_column_menu()
        m = ReceiptLinesModel
        dates = self.fontMetrics().horizontalAdvance(fmt.date_text(date(2026, 12, 28))) + 14
        self.set_column_widths(
            {
                m.NO: 30,
                m.ITEM_NO: 58,
                m.BATCH: 74,
                m.EXPIRY: dates,
                m.USE_BY: dates,
                m.CONDITION: 70,
                m.PACKS: 46,
                m.DOSES: 50,
                m.SCANS: 44,
                m.HOLD: 80,
                m.CHECK: 150,
            },
            header_room=10,
        )
        # The product takes what is left, so the whole line fits a 1400 pixel window.
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(m.PRODUCT, QHeaderView.ResizeMode.Stretch)

    def selected_line(self) -> LineView | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        line: LineView | None = index.data(ROW_ROLE)
        return line

    def select_line(self, line_id: int) -> None:
        row = self.lines_model.row_of(line_id)
        if row < 0:
            return
        self.select_row(row, ReceiptLinesModel.PACKS)
        self.scrollTo(self.lines_model.index(row, ReceiptLinesModel.PACKS))


class LinesDelegate(SpinBoxDelegate):
    """Editors for a line's packs (1–99,999) and storage condition (frozen or 2–8 °C)."""

    def __init__(self, parent: QWidget, is_frozen: Callable[[int], bool]):
        super().__init__(parent, 1, 99_999, empty=1)
        self._is_frozen = is_frozen

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:  # noqa: N802
        column = index.column()
        if column == ReceiptLinesModel.PACKS:
            return self.spin_box(parent)
        if column == ReceiptLinesModel.CONDITION:
            combo = QComboBox(parent)
            line: LineView | None = index.data(ROW_ROLE)
            frozen_ok = line is not None and self._is_frozen(line.product_id)
            combo.addItem(condition_name(FROZEN), FROZEN)
            combo.addItem(condition_name(FRIDGE), FRIDGE)
            if not frozen_ok:
                item = combo.model().item(0)  # type: ignore[attr-defined]
                item.setEnabled(False)
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            i = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(0, i))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
