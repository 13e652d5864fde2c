"""A layout that wraps: tool and filter bars that fit a small window.

``FlowLayout`` places its items left to right at their preferred width and starts a new
row when the next one does not fit, so a bar never squeezes its boxes over each other
(which a box layout does once the window is narrower than the bar).  In each row the
items that may grow (horizontal size policy with the expand flag, e.g. a search box)
share what is left.  ``group`` keeps a label with its field, so a wrap never separates
them.

What must hold: items never overlap and are never narrower than their minimum size hint
unless a single item is wider than the whole row (then it gets the row).
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6, row_spacing: int = 4):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._row_spacing = row_spacing
        self.setContentsMargins(0, 0, 0, 0)

    # ------------------------------------------------------------------ QLayout

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        """Everything on one row."""
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown) + self._spacing * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:  # noqa: N802
        """The widest single item: anything narrower wraps."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    # ------------------------------------------------------------------ placing

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        """Place the items in ``rect`` (or only measure); return the height used."""
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        rows: list[list[tuple[QLayoutItem, int]]] = [[]]
        x = 0
        for item in self._shown():
            width = min(max(item.sizeHint().width(), item.minimumSize().width()), area.width())
            if rows[-1] and x + self._spacing + width > area.width():
                rows.append([])
                x = 0
            elif rows[-1]:
                x += self._spacing
            rows[-1].append((item, width))
            x += width
        y = area.y()
        for row in rows:
            if not row:
                continue
            widths = self._grow([w for _, w in row], [i for i, _ in row], area.width())
            height = max(i.sizeHint().height() for i, _ in row)
            if place:
                x = area.x()
                for (item, _), width in zip(row, widths, strict=True):
                    item_height = min(height, item.maximumSize().height())
                    top = y + (height - item_height) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(width, item_height)))
                    x += width + self._spacing
            y += height + self._row_spacing
        return y - self._row_spacing - area.y() + margins.top() + margins.bottom()

    def _grow(self, widths: list[int], items: list[QLayoutItem], room: int) -> list[int]:
        """Share what a row leaves over among its items that may grow."""
        left = room - sum(widths) - self._spacing * (len(widths) - 1)
        growing = [
            n
            for n, item in enumerate(items)
            if (widget := item.widget()) is not None
            and widget.sizePolicy().horizontalPolicy().value & QSizePolicy.PolicyFlag.ExpandFlag.value
        ]
        widths = list(widths)
        while left > 0 and growing:
            share = max(1, left // len(growing))
            for n in list(growing):
                extra = min(share, items[n].maximumSize().width() - widths[n], left)
                if extra <= 0:
                    growing.remove(n)
                    continue
                widths[n] += extra
                left -= extra
        return widths


def group(*widgets: QWidget, spacing: int = 6, stretch: QWidget | None = None) -> QWidget:
    """The widgets side by side in one box (a label and its field wrap together).

    ``stretch``: the one of them that takes what is left of the row (a search field)."""
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    for widget in widgets:
        layout.addWidget(widget, 1 if widget is stretch else 0)
    if stretch is not None:
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return box


def labelled(text: str, field: QWidget) -> QWidget:
    """A label (the field's buddy, for its Alt shortcut) and its field, kept together."""
    label = QLabel(text)
    label.setBuddy(field)
    return group(label, field)
