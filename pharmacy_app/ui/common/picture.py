"""A picture (a chart written as PNG) that scales with the room it is given.

A ``QLabel`` with a pixmap insists on the pixmap's size; this widget draws the picture
scaled to its width, keeps its proportions (height for width) and never forces a
window larger than asked.  A click on it says so (:attr:`Picture.clicked`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

MIN_WIDTH = 240


class Picture(QWidget):
    clicked = Signal()  # a click on the picture (e.g. to open it full size)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._pixmap = QPixmap()
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def load(self, path: Path | None) -> bool:
        """Show the picture at ``path`` (nothing for ``None``); whether it could be read."""
        self._pixmap = QPixmap(str(path)) if path is not None else QPixmap()
        self.updateGeometry()
        self.update()
        return not self._pixmap.isNull()

    def pixmap(self) -> QPixmap:
        return self._pixmap

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return not self._pixmap.isNull()

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        if self._pixmap.isNull() or self._pixmap.width() == 0:
            return 0
        shown = min(width, self._pixmap.width())
        return round(shown * self._pixmap.height() / self._pixmap.width())

    def sizeHint(self) -> QSize:  # noqa: N802
        if self._pixmap.isNull():
            return QSize(0, 0)
        return QSize(self._pixmap.width(), self._pixmap.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        if self._pixmap.isNull():
            return QSize(0, 0)
        return QSize(MIN_WIDTH, self.heightForWidth(MIN_WIDTH))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and not self._pixmap.isNull():
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if self._pixmap.isNull():
            return
        scaled = self._pixmap.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        if scaled.width() > self._pixmap.width():  # never blown up past its own pixels
            scaled = self._pixmap.size()
        target = QRect(0, 0, scaled.width(), scaled.height())
        target.moveCenter(self.rect().center())
        target.moveTop(0)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(target, self._pixmap)
