"""Small pieces the Settings forms and tabs share: a field with its grey hint under it,
a whole-number field, a row of fields, a temperature range, choosing a combo box's item
by its data, and the fixed-width font keys and fingerprints are shown in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from pharmacy_app.ui.common.widgets import OptionalIntEdit

HINT_STYLE = "QLabel#hint { color: #5c6166; }"


def hint_label(text: str) -> QLabel:
    """A short explanation in grey."""
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label


def with_hint(field: QWidget, text: str) -> QWidget:
    """A field with a short explanation underneath it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(3)
    line = QHBoxLayout()
    line.addWidget(field)
    line.addStretch(1)
    layout.addLayout(line)
    layout.addWidget(hint_label(text))
    return box


def spin(lowest: int, highest: int, name: str, none_text: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(lowest, highest)
    box.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    box.setMinimumWidth(110)
    if none_text:
        box.setSpecialValueText(none_text)  # shown at the minimum (0): not set
    return box


def row(*widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(8)
    for w in widgets:
        layout.addWidget(w)
    layout.addStretch(1)
    return box


def range_row(low: OptionalIntEdit, high: OptionalIntEdit, to: str) -> QWidget:
    return row(low, QLabel(to), high, QLabel("°C"))


def select_data(combo: QComboBox, data: object) -> None:
    """Choose the item carrying ``data``; nothing changes when no item does."""
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)


def monospace_font() -> QFont:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
