"""Small widgets and helpers shared by the pages."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import (
    QByteArray,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QSettings,
    QSize,
    Qt,
    QTemporaryDir,
)
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QIcon,
    QIntValidator,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.domain.changes import Change
from pharmacy_app.ui import fmt

if TYPE_CHECKING:
    from pharmacy_app.ui.operations import Operations

_W = TypeVar("_W", bound=QWidget)

# The colour of a hint: what a pane is for, said quietly beside it.
HINT_STYLE = "color: #5c6166;"


class TableView(QTableView):
    """A read-only, row-selecting table that says something useful when it is empty."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._empty_text = ""
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(40)

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.viewport().update()

    def empty_text(self) -> str:
        return self._empty_text

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if self._empty_text and model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            rect = self.viewport().rect().adjusted(24, 24, -24, -24)
            painter.drawText(
                rect,
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                self._empty_text,
            )
            painter.end()

    def enable_column_menu(self) -> None:
        """Right-click on the header to show or hide columns (kept with the header state)."""
        header = self.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)

    def _column_menu(self, pos: QPoint) -> None:
        model = self.model()
        if model is None:
            return
        header = self.horizontalHeader()
        menu = QMenu(self)
        visible = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            # Keep at least one column visible.
            action.setEnabled(not (len(visible) == 1 and column in visible))
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
        menu.exec(header.mapToGlobal(pos))

    def select_row(self, row: int, column: int = 0) -> None:
        """Make ``row`` the current and only selected row (the keyboard is on ``column``)."""
        self.selectionModel().setCurrentIndex(
            self.model().index(row, column),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )

    def select_at(self, pos: QPoint) -> QModelIndex:
        """Select the row under ``pos`` (where a context menu was asked for); its index."""
        index = self.indexAt(pos)
        if index.isValid():
            self.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
        return index

    def set_column_widths(self, widths: dict[int, int], header_room: int = 22) -> None:
        """Set starting widths, never narrower than the column's title (plus sort arrow)."""
        model = self.model()
        metrics = self.horizontalHeader().fontMetrics()
        for column, width in widths.items():
            title = model.headerData(column, Qt.Orientation.Horizontal) if model is not None else None
            needed = metrics.horizontalAdvance(str(title)) + header_room if title else 0
            self.setColumnWidth(column, max(width, needed))


def date_column_width(view: QTableView, with_time: bool = False) -> int:
    """Enough room for a date (or date and time) in the view's font, bold included."""
    font = view.font()
    font.setBold(True)
    sample = fmt.datetime_text(datetime(2026, 12, 28, 22, 58, tzinfo=UTC)) if with_time else fmt.date_text(date(2026, 12, 28))
    return QFontMetrics(font).horizontalAdvance(sample) + 18


class OptionalIntEdit(QLineEdit):
    """A whole number that may be left empty (``value()`` is then ``None``)."""

    def __init__(self, lowest: int, highest: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setValidator(QIntValidator(lowest, highest, self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaximumWidth(80)

    def value(self) -> int | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            return int(text)
        except ValueError:
            return None

    def is_valid(self) -> bool:
        text = self.text().strip()
        if not text:
            return True
        try:
            int(text)
        except ValueError:
            return False
        return True

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else str(value))


class ElidedLabel(QLabel):
    """One line of plain text that gives way on a narrow window: shortened in the
    middle with "…", the whole text in the tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._full = ""
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 8, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.fontMetrics().horizontalAdvance("…") * 8, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, max(0, self.width() - 4))
        super().setText(shown)


def scroll_after(widget: QWidget, lines: int) -> QScrollArea:
    """``widget`` (a wrapped text) in a frameless, see-through box that shows at most
    ``lines`` lines and scrolls the rest: a long message never pushes the tables away."""
    box = QScrollArea()
    box.setWidget(widget)
    box.setWidgetResizable(True)
    box.setFrameShape(QFrame.Shape.NoFrame)
    box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    box.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
    box.setMaximumHeight((widget.fontMetrics().lineSpacing() + 2) * lines + 8)
    return box


def hint_label(text: str, wrap: bool = True) -> QLabel:
    """A quiet grey line that says what a pane or field is for."""
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setStyleSheet(HINT_STYLE)
    return label


def bold(widget: _W) -> _W:
    """``widget`` with its font made bold."""
    font = widget.font()
    font.setBold(True)
    widget.setFont(font)
    return widget


_BADGES: dict[tuple[str, tuple[tuple[int, int, int, int], ...]], QIcon] = {}


def badge_icon(fill: str, bars: tuple[tuple[int, int, int, int], ...]) -> QIcon:
    """A 16-pixel round badge in ``fill`` with white bars (x, y, w, h) on it, drawn once:
    how held and recalled stock are marked in every table that lists stock."""
    key = (fill, bars)
    if key not in _BADGES:
        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(fill))
        painter.drawEllipse(1, 1, 14, 14)
        painter.setBrush(QColor("white"))
        for x, y, w, h in bars:
            painter.drawRect(x, y, w, h)
        painter.end()
        _BADGES[key] = QIcon(pixmap)
    return _BADGES[key]


def push_button(text: str, name: str = "", tip: str = "") -> QPushButton:
    """A button with its object name (for tests and style) and tooltip."""
    button = QPushButton(text)
    if name:
        button.setObjectName(name)
    if tip:
        button.setToolTip(tip)
    return button


def page_splitter(
    page: QWidget,
    first: QWidget,
    second: QWidget,
    orientation: Qt.Orientation,
    stretch: tuple[int, int],
    sizes: list[int] | None = None,
) -> QSplitter:
    """Two panes that fill ``page`` (with the pages' margins), neither collapsible."""
    splitter = QSplitter(orientation)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(first)
    splitter.addWidget(second)
    splitter.setStretchFactor(0, stretch[0])
    splitter.setStretchFactor(1, stretch[1])
    if sizes:
        splitter.setSizes(sizes)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(12, 12, 12, 8)
    layout.addWidget(splitter, 1)
    return splitter


def open_held(owner: object, dialog: QDialog) -> None:
    """Open ``dialog`` (window-modal, deleted when closed) held as ``owner.dialog``, which
    is cleared when it closes unless another dialog has taken its place (tests and the
    page reach the open dialog there)."""
    owner.dialog = dialog  # type: ignore[attr-defined]
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def closed(_result: int, d: QDialog = dialog) -> None:
        if getattr(owner, "dialog", None) is d:
            owner.dialog = None  # type: ignore[attr-defined]

    dialog.finished.connect(closed)
    dialog.open()


def ok_cancel_buttons(
    dialog: QDialog, ok_text: str, cancel_text: str, on_ok: Callable[[], object], ok_name: str = ""
) -> tuple[QDialogButtonBox, QPushButton]:
    """OK and Cancel with the dialog's own words; OK calls ``on_ok``, Cancel rejects."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok_button.setText(ok_text)
    if ok_name:
        ok_button.setObjectName(ok_name)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok_button


def submit_buttons(
    dialog: QDialog, ok_text: str, cancel_text: str, on_ok: Callable[[], object]
) -> tuple[QDialogButtonBox, QPushButton]:
    """Cancel and a default OK button (object name ``okButton``): Enter in any field
    submits, even with Cancel focused.  OK calls ``on_ok``, Cancel rejects."""
    # Made inside the dialog, so the dialog takes OK as its main default: focus passing
    # through the buttons (Tab) would otherwise leave it with none, and Enter did nothing.
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, dialog)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(cancel_text)
    ok_button = QPushButton(ok_text)
    ok_button.setObjectName("okButton")
    buttons.addButton(ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
    cancel.setAutoDefault(False)
    ok_button.setDefault(True)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok_button


class ComingLaterPage(QWidget):
    """A work area that a later version fills: what it will do, said plainly."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        body = QLabel(text)
        body.setWordWrap(True)
        body.setMaximumWidth(640)
        body.setTextFormat(Qt.TextFormat.PlainText)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        line.setMaximumWidth(640)
        note = QLabel(self.tr("Coming in a later version."))
        note.setObjectName("comingLater")
        pal = note.palette()
        pal.setColor(QPalette.ColorRole.WindowText, pal.color(QPalette.ColorRole.PlaceholderText))
        note.setPalette(pal)
        layout.addWidget(heading)
        layout.addSpacing(8)
        layout.addWidget(body)
        layout.addSpacing(12)
        layout.addWidget(line)
        layout.addWidget(note)
        layout.addStretch(1)
        self.title = title
        self.text = text


class RefreshingTab(QWidget):
    """Reloads when data changes: at once when shown, else the next time it is shown.

    ``RELEVANT_CHANGES``: the :class:`Change` flags (as :attr:`Operations.changed` carries
    them) whose data the widget shows; it reloads for those only."""

    RELEVANT_CHANGES: Change = Change.STOCK | Change.REFERENCE | Change.SETTINGS | Change.RECEIVING | Change.RECALL

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self._ops = ops
        self._dirty = True
        self._generation = 0
        ops.changed.connect(self._data_changed)

    def refresh(self) -> None:
        raise TypeError(f"{type(self).__name__} must define refresh()")

    def _next_generation(self) -> int:
        """A number for a query; its answer is used only if no newer query started."""
        self._dirty = False
        self._generation += 1
        return self._generation

    def _is_current(self, generation: int) -> bool:
        return generation == self._generation

    def _data_changed(self, changes: Change) -> None:
        if not changes & self.RELEVANT_CHANGES:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._dirty:
            self.refresh()


class DocumentFiles:
    """Where a page writes the documents it shows: a new numbered folder each time, so a
    preview still open keeps reading the file it shows.  The folders go when the page
    does; without a temporary folder, below ``fallback`` (default: the system's)."""

    def __init__(self, fallback: Path | None = None):
        self._temp = QTemporaryDir()
        self._fallback = fallback
        self._count = 0

    def new_path(self, stem: str, reference: str, default_reference: str) -> Path:
        """``<stem>-<reference>.pdf``, with ``reference`` made safe for a file name (or
        ``default_reference`` if nothing of it is left)."""
        safe = re.sub(r"[^A-Za-z0-9._-]+", "_", reference) or default_reference
        self._count += 1
        if self._temp.isValid():
            base = Path(self._temp.path())
        else:
            base = self._fallback or Path(tempfile.gettempdir())
        folder = base / str(self._count)
        folder.mkdir(parents=True, exist_ok=True)
        return folder / (stem + f"-{safe}.pdf")


# --------------------------------------------------------------------------- remembered state


def settings() -> QSettings:
    """The user's settings (organisation and application name are set at start-up)."""
    return QSettings()


def save_bytes(key: str, data: QByteArray) -> None:
    settings().setValue(key, data)


def load_bytes(key: str) -> QByteArray | None:
    value: object = settings().value(key)  # whatever the settings file holds
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, bytes | bytearray) and value:
        return QByteArray(bytes(value))
    return None


def save_header(key: str, view: QTableView) -> None:
    save_bytes(key, view.horizontalHeader().saveState())


def restore_header(key: str, view: QTableView) -> bool:
    data = load_bytes(key)
    if data is None:
        return False
    return bool(view.horizontalHeader().restoreState(data))


def save_splitter(key: str, splitter: QSplitter) -> None:
    save_bytes(key, splitter.saveState())


def restore_splitter(key: str, splitter: QSplitter) -> bool:
    data = load_bytes(key)
    if data is None:
        return False
    return bool(splitter.restoreState(data))
