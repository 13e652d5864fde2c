"""Geometry checks for a window or dialog: no visible widget overlaps a visible sibling,
and no text widget is squeezed below the room its text needs.

Qt's layouts never overlap widgets while there is room; they do once a layout is asked
to fit in less than its minimum (the widgets are then squeezed over each other and
drawn on top of one another).  The checks walk the widgets the application composed;
the inside of Qt's own compound widgets (a combo box's parts, a scroll area's bars, a
table's headers, a tab widget's bar) is Qt's business and is not walked.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenuBar,
    QScrollArea,
    QSplitterHandle,
    QStatusBar,
    QTabBar,
    QTabWidget,
    QWidget,
)

# Qt's compound widgets: what is inside them is laid out by Qt itself.
_LEAVES = (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QLabel, QTabBar, QMenuBar)


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and not widget.isWindow() and widget.width() > 0 and widget.height() > 0


def _children(widget: QWidget) -> list[QWidget]:
    return [c for c in widget.findChildren(QWidget, options=_DIRECT) if _shown(c)]


try:  # PySide6 names the option in the enum class
    from PySide6.QtCore import Qt

    _DIRECT = Qt.FindChildOption.FindDirectChildrenOnly
except AttributeError:  # pragma: no cover
    _DIRECT = 0  # type: ignore[assignment]


def walk(root: QWidget) -> Iterator[QWidget]:
    """Every shown widget below ``root`` whose children the application placed."""
    stack = [root]
    while stack:
        widget = stack.pop()
        yield widget
        if isinstance(widget, _LEAVES):
            continue
        if isinstance(widget, QScrollArea):
            inner = widget.widget()
            stack.extend([inner] if inner is not None and _shown(inner) else [])
            continue
        if isinstance(widget, QAbstractScrollArea):
            # The viewport's own widgets (index widgets in a table) are the view's.
            continue
        if isinstance(widget, QTabWidget):
            page = widget.currentWidget()
            stack.extend([page] if page is not None and _shown(page) else [])
            continue
        stack.extend(_children(widget))


def name(widget: QWidget) -> str:
    """A readable path for a message: class, object name and text where there is one."""
    parts = []
    w: QWidget | None = widget
    while w is not None and len(parts) < 4:
        label = type(w).__name__
        if w.objectName():
            label += f"#{w.objectName()}"
        text = _text(w)
        if text:
            label += f"[{text[:30]!r}]"
        parts.append(label)
        w = w.parentWidget()
    return " < ".join(parts)


def _text(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text()
    if isinstance(widget, QLineEdit):
        return widget.text() or widget.placeholderText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return ""


def _rect(widget: QWidget) -> QRect:
    return widget.geometry()


def overlaps(root: QWidget) -> list[str]:
    """Pairs of shown siblings whose rectangles overlap (by more than a hairline)."""
    found = []
    for parent in walk(root):
        if isinstance(parent, _LEAVES) or isinstance(parent, QAbstractScrollArea) and not isinstance(
            parent, QScrollArea
        ):
            continue
        kids = [k for k in _children(parent) if not isinstance(k, QSplitterHandle)]
        if isinstance(parent, QTabWidget | QScrollArea):
            continue
        for i, a in enumerate(kids):
            for b in kids[i + 1 :]:
                common = _rect(a).intersected(_rect(b))
                if common.width() > 1 and common.height() > 1:
                    found.append(f"{name(a)}  overlaps  {name(b)}  ({common.width()}x{common.height()} px)")
    return found


def _needs(widget: QWidget) -> int:
    """The width the widget's text needs, or 0 when it may be narrower."""
    if isinstance(widget, QLabel):
        if widget.wordWrap() or not widget.text() or widget.pixmap() is not None and not widget.pixmap().isNull():
            return 0
        return widget.minimumSizeHint().width()
    if isinstance(widget, QAbstractButton):
        return widget.minimumSizeHint().width()
    if isinstance(widget, QComboBox | QDateTimeEdit):
        return widget.minimumSizeHint().width()
    return 0


def clipped(root: QWidget, tolerance: int = 2) -> list[str]:
    """Labels, buttons and boxes squeezed below their minimum size hint."""
    found = []
    for widget in walk(root):
        if widget is root or widget.isWindow():
            continue
        if isinstance(widget.parentWidget(), QStatusBar | QMainWindow):
            pass
        need = _needs(widget)
        if need and widget.width() + tolerance < need:
            found.append(f"{name(widget)}  is {widget.width()} px wide, needs {need}")
    return found


def squashed(root: QWidget, rows: int = 1) -> list[str]:
    """Tables and lists too low to show ``rows`` whole rows: there, but of no use."""
    found = []
    for widget in walk(root):
        if not isinstance(widget, QAbstractItemView):
            continue
        row = widget.fontMetrics().height() + 8  # one line of text (rows that wrap are taller)
        if widget.viewport().height() < rows * row:
            found.append(f"{name(widget)}  shows {widget.viewport().height()} px, less than {rows} rows")
    return found
