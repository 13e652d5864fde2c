"""A date typed as people write it, which may be left empty.

Unlike a QDateEdit it holds no date until one is typed, so nobody posts a date they never
typed; what is typed is read by :func:`~pharmacy_app.ui.common.dates.parse_date` and
written back in the UI language's form once the field is left.  A date that cannot be
read is outlined red (``is_valid`` is false).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.dates import date_placeholder, parse_date


class DateEdit(QWidget):
    """A date typed as people write it, with a calendar a click (or Alt+Down) away.

    Unlike a QDateEdit it can be empty, so nobody posts a date they never typed."""

    date_changed = Signal(object)  # date | None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.line = QLineEdit()
        self.line.setPlaceholderText(date_placeholder())
        self.line.setMaxLength(12)
        self.line.setToolTip(
            self.tr("Type the date (31-12-2027, 311227, 12-2027 for the month's last day); Alt+Down opens a calendar")
        )
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Calendar (Alt+Down)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.line.editingFinished.connect(self._normalise)
        self.line.textChanged.connect(self._text_changed)
        self._menu: QMenu | None = None

    def value(self) -> date | None:
        return parse_date(self.line.text())

    def set_value(self, value: date | None) -> None:
        self.line.setText(fmt.date_text(value) if value else "")

    def clear(self) -> None:
        self.line.clear()

    def is_valid(self) -> bool:
        return not self.line.text().strip() or self.value() is not None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        calendar = QCalendarWidget()
        calendar.setGridVisible(True)
        current = self.value()
        if current is not None:
            calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def chosen(qd: QDate) -> None:
            self.set_value(date(qd.year(), qd.month(), qd.day()))
            menu.close()
            self.line.setFocus()

        calendar.activated.connect(chosen)
        calendar.clicked.connect(chosen)
        self._menu = menu
        menu.popup(self.line.mapToGlobal(QPoint(0, self.line.height())))
        calendar.setFocus()

    def _normalise(self) -> None:
        parsed = self.value()
        if parsed is not None:
            text = fmt.date_text(parsed)
            if text != self.line.text():
                self.line.setText(text)

    def _text_changed(self, _text: str) -> None:
        bad = not self.is_valid()
        self.line.setStyleSheet("QLineEdit { border: 1px solid #c4262e; }" if bad else "")
        self.date_changed.emit(self.value())
