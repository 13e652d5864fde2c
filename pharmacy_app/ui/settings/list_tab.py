"""A Settings tab listing reference data (products, sites): the table, with Add and Edit
buttons above it."""

from __future__ import annotations

from typing import Generic

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from pharmacy_app.ui.common.table_models import R
from pharmacy_app.ui.common.widgets import TableView
from pharmacy_app.ui.settings.form_parts import hint_label
from pharmacy_app.ui.settings.list_models import ListModel


class ReferenceListTab(QWidget, Generic[R]):
    """A table with Add and Edit buttons above it."""

    def __init__(self, add_text: str, model: ListModel[R], header_key: str, empty_text: str):
        super().__init__()
        self.model = model
        self.header_key = header_key
        self.add_button = QPushButton(add_text)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setEnabled(False)
        self.table = TableView()
        self.table.setModel(model)
        self.table.set_empty_text(empty_text)
        self.table.enable_column_menu()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        self.hint = hint_label(self.tr("Double-click a row to edit it."))
        self.hint.setWordWrap(False)
        buttons.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.edit_button.setEnabled(cur.isValid())
        )

    def current_item(self) -> R | None:
        index = self.table.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None
