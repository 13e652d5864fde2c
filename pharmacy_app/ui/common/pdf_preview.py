"""Looking at a PDF the program made, printing it, saving a copy.

PySide6-Essentials has no QtPdf, so pages are rendered with pdfium (pypdfium2) into
images: on screen at the zoom chosen, on paper at the printer's resolution (at most
:data:`MAX_PRINT_DPI`).  What is printed is rendered from the same file that is
shown and saved, so the archived PDF is exactly what was printed.

On screen only the pages in view are rendered, when they come into view: every page
is a blank sheet of the right size until then, so the scroll bar is right from the
start and a 400-page round opens as fast as a one-page receipt.  Only the pixmaps of
the last :data:`KEEP_RENDERED` pages in view are kept, so scrolling through a long
document does not fill the memory.  (pdfium is not thread-safe, so rendering stays on
the GUI thread; one page takes a few tens of milliseconds.)

What must hold: the PDF file is only read, never changed; the document is closed when
the dialog closes.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped]
from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGraphicsDropShadowEffect,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

SCREEN_DPI = 96.0
MAX_PRINT_DPI = 300
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
FIT_WIDTH = 0.0  # the zoom combo's data for "fit to the window's width"
KEEP_RENDERED = 12  # rendered pages kept while scrolling (a page at 150 % is ~5 MB)
RENDER_DELAY_MS = 15  # scrolling renders once it pauses for this long
PAGE_MARGINS = (24, 20, 24, 24)  # left, top, right, bottom of the column of pages
PAGE_SPACING = 18


def render_page(document: pdfium.PdfDocument, index: int, dpi: float) -> QImage:
    """One page as an image of ``dpi`` dots per inch (on white)."""
    page = document[index]
    try:
        bitmap = page.render(scale=dpi / 72.0, rev_byteorder=True)
        try:
            formats = {
                "RGB": QImage.Format.Format_RGB888,
                "RGBA": QImage.Format.Format_RGBA8888,
                "RGBX": QImage.Format.Format_RGBX8888,
                "L": QImage.Format.Format_Grayscale8,
            }
            fmt = formats.get(bitmap.mode)
            if fmt is None:  # a mode pdfium may choose that Qt has no name for
                return QImage.fromData(_png_bytes(bitmap))
            image = QImage(
                bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, fmt
            )
            image.setDotsPerMeterX(round(dpi / 0.0254))
            image.setDotsPerMeterY(round(dpi / 0.0254))
            return image.copy()  # own the pixels: the bitmap's buffer goes away
        finally:
            bitmap.close()
    finally:
        page.close()


def _png_bytes(bitmap: pdfium.PdfBitmap) -> bytes:
    import io

    out = io.BytesIO()
    bitmap.to_pil().save(out, format="PNG")
    return out.getvalue()


def page_sizes(document: pdfium.PdfDocument) -> list[tuple[float, float]]:
    """Every page's width and height in points (1/72 inch)."""
    return [tuple(document.get_page_size(i)) for i in range(len(document))]


def print_document(document: pdfium.PdfDocument, printer: QPrinter) -> int:
    """Paint every page (or the printer's page range) onto ``printer``; return pages printed."""
    count = len(document)
    first, last = 0, count - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(0, printer.fromPage() - 1)
        last = min(count - 1, printer.toPage() - 1 if printer.toPage() > 0 else count - 1)
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        for index in range(first, last + 1):
            if printed:
                printer.newPage()
            image = render_page(document, index, dpi)
            target = printer.pageLayout().paintRectPixels(printer.resolution())
            area = QRect(0, 0, target.width(), target.height())
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.topLeft(), size), image)
            printed += 1
            QCoreApplication.processEvents()  # a long document: keep the window painting
    finally:
        painter.end()
    return printed


class _PageLabel(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAutoFillBackground(True)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor("white"))
        self.setPalette(pal)
        shadow = QGraphicsDropShadowEffect(self)
        shadow.setBlurRadius(14)
        shadow.setOffset(0, 2)
        shadow.setColor(QColor(0, 0, 0, 90))
        self.setGraphicsEffect(shadow)


class PdfPreviewDialog(QDialog):
    """The pages of a PDF, scrollable and zoomable, with Print… and Save as…."""

    printed = Signal(int)  # pages sent to the printer
    saved = Signal(str)  # where a copy was saved

    def __init__(
        self,
        path: Path | str,
        title: str = "",
        suggested_name: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.path = Path(path)
        self.suggested_name = suggested_name or self.path.name
        self.setWindowTitle(title or self.path.name)
        self.setObjectName("pdfPreview")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._document = pdfium.PdfDocument(str(self.path))
        self._sizes = page_sizes(self._document)
        self._zoom = 1.0
        self._fit = True
        self._laid_out_zoom: float | None = None  # the zoom the blank pages are sized for
        self._rendered: dict[int, None] = {}  # pages with a pixmap, least recently shown first
        self.render_count = 0  # pages rendered on screen so far (tests, measuring)
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(RENDER_DELAY_MS)
        self._render_timer.timeout.connect(self.render_visible)

        # Tool row -------------------------------------------------------------
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.zoom_combo = QComboBox()
        self.zoom_combo.setObjectName("zoom")
        self.zoom_combo.addItem(self.tr("Fit width"), FIT_WIDTH)
        for z in ZOOMS:
            self.zoom_combo.addItem(f"{round(z * 100)} %", z)
        self.zoom_combo.setToolTip(self.tr("Zoom (Ctrl+0: fit width)"))
        self.page_label = QLabel()
        self.page_label.setObjectName("pageCount")
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("printButton")
        self.print_button.setToolTip(self.tr("Print the document (Ctrl+P)"))
        self.save_button = QPushButton(self.tr("&Save as…"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setToolTip(self.tr("Save a copy of the PDF (Ctrl+S)"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close the preview (Esc)"))

        tools = QHBoxLayout()
        tools.setContentsMargins(10, 8, 10, 8)
        tools.setSpacing(6)
        tools.addWidget(self.zoom_out_button)
        tools.addWidget(self.zoom_combo)
        tools.addWidget(self.zoom_in_button)
        tools.addSpacing(12)
        tools.addWidget(self.page_label)
        tools.addStretch(1)
        tools.addWidget(self.print_button)
        tools.addWidget(self.save_button)
        tools.addWidget(self.close_button)

        # Pages ------------------------------------------------------------------
        self.pages_widget = QWidget()
        self.pages_widget.setObjectName("pages")
        pages_layout = QVBoxLayout(self.pages_widget)
        pages_layout.setContentsMargins(*PAGE_MARGINS)
        pages_layout.setSpacing(PAGE_SPACING)
        pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.page_labels: list[_PageLabel] = []
        for _ in self._sizes:
            label = _PageLabel()
            pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("pdfScroll")
        self.scroll_area.setWidget(self.pages_widget)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        back = self.scroll_area.viewport().palette()
        back.setColor(QPalette.ColorRole.Window, QColor("#7f8489"))
        self.scroll_area.viewport().setPalette(back)
        self.scroll_area.viewport().setAutoFillBackground(True)
        self.pages_widget.setAutoFillBackground(False)
        self.scroll_area.verticalScrollBar().valueChanged.connect(lambda _v: self._render_timer.start())

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(tools)
        layout.addWidget(line)
        layout.addWidget(self.scroll_area, 1)

        # Signals and keys -------------------------------------------------------------
        self.zoom_out_button.clicked.connect(lambda: self.step_zoom(-1))
        self.zoom_in_button.clicked.connect(lambda: self.step_zoom(+1))
        self.zoom_combo.activated.connect(self._zoom_chosen)
        self.print_button.clicked.connect(self.print_dialog)
        self.save_button.clicked.connect(self.save_dialog)
        self.close_button.clicked.connect(self.reject)
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, lambda: self.step_zoom(+1)),
            (QKeySequence("Ctrl+="), lambda: self.step_zoom(+1)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.step_zoom(-1)),
            (QKeySequence("Ctrl+0"), self.fit_width),
            (QKeySequence.StandardKey.Print, self.print_dialog),
            (QKeySequence.StandardKey.Save, self.save_dialog),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(slot)

        pages = self.tr("%Ln page(s)", None, len(self._sizes))
        self.page_label.setText(pages)
        self.resize(self._initial_size())
        self._layout_pages()
        self.scroll_area.setFocus()

    # ------------------------------------------------------------------ public

    @property
    def page_count(self) -> int:
        return len(self._sizes)

    @property
    def zoom(self) -> float:
        return self._zoom

    def page_pixmap(self, index: int) -> QPixmap:
        """The page as shown (a null pixmap while it has not been rendered)."""
        return self.page_labels[index].pixmap()

    def rendered_pages(self) -> list[int]:
        """The pages that have their picture now, in page order."""
        return sorted(self._rendered)

    def visible_pages(self) -> range:
        """The pages the scroll area shows (partly) at the moment."""
        if not self._sizes:
            return range(0)
        top = self.scroll_area.verticalScrollBar().value()
        bottom = top + max(1, self.scroll_area.viewport().height())
        first = last = None
        y = PAGE_MARGINS[1]
        for index, label in enumerate(self.page_labels):
            height = label.height()
            if y + height >= top and y <= bottom:
                first = index if first is None else first
                last = index
            elif first is not None:
                break
            y += height + PAGE_SPACING
        if first is None or last is None:
            return range(0)
        return range(first, last + 1)

    def set_zoom(self, zoom: float) -> None:
        self._fit = False
        self._zoom = max(0.25, min(4.0, zoom))
        self._sync_combo()
        self._layout_pages()

    def fit_width(self) -> None:
        self._fit = True
        self._sync_combo()
        self._layout_pages()

    def step_zoom(self, direction: int) -> None:
        current = self._zoom
        if direction > 0:
            bigger = [z for z in ZOOMS if z > current + 1e-6]
            self.set_zoom(bigger[0] if bigger else ZOOMS[-1])
        else:
            smaller = [z for z in ZOOMS if z < current - 1e-6]
            self.set_zoom(smaller[-1] if smaller else ZOOMS[0])

    def print_to(self, printer: QPrinter) -> int:
        count = print_document(self._document, printer)
        self.printed.emit(count)
        return count

    def print_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        printer.setFromTo(1, self.page_count)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print %1").replace("%1", self.windowTitle()))
        dialog.setMinMax(1, self.page_count)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # The printer must live until the dialog is done with it.
        dialog.accepted.connect(lambda p=printer: self.print_to(p))
        self._printer = printer
        self.print_setup = dialog
        QDialog.open(dialog)  # QPrintDialog.open(receiver, member) hides the plain open()

    def save_to(self, target: Path | str) -> Path:
        target = Path(target)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        if target.resolve() != self.path.resolve():
            shutil.copyfile(self.path, target)
        self.saved.emit(str(target))
        return target

    def save_dialog(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save PDF as"),
            self.suggested_name,
            self.tr("PDF documents (*.pdf)"),
        )
        if not name:
            return
        try:
            self.save_to(name)
        except OSError as err:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Not saved"),
                self.tr("The PDF could not be saved: %1").replace("%1", str(err)),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

    # ------------------------------------------------------------------ internals

    def _initial_size(self) -> QSize:
        screen = self.screen().availableGeometry() if self.screen() is not None else QRect(0, 0, 1400, 900)
        width = self._sizes[0][0] * SCREEN_DPI / 72.0 if self._sizes else 800
        return QSize(
            int(min(screen.width() * 0.9, width + 90)),
            int(min(screen.height() * 0.9, 1000)),
        )

    def _sync_combo(self) -> None:
        self.zoom_combo.blockSignals(True)
        if self._fit:
            self.zoom_combo.setCurrentIndex(0)
        else:
            index = self.zoom_combo.findData(self._zoom)
            if index < 0:
                self.zoom_combo.addItem(f"{round(self._zoom * 100)} %", self._zoom)
                index = self.zoom_combo.count() - 1
            self.zoom_combo.setCurrentIndex(index)
        self.zoom_combo.blockSignals(False)

    def _zoom_chosen(self, index: int) -> None:
        value = self.zoom_combo.itemData(index)
        if value == FIT_WIDTH:
            self.fit_width()
        else:
            self.set_zoom(float(value))

    def _fit_zoom(self) -> float:
        if not self._sizes:
            return 1.0
        room = self.scroll_area.viewport().width() - 48 - self.scroll_area.verticalScrollBar().sizeHint().width()
        widest = max(w for w, _h in self._sizes) * SCREEN_DPI / 72.0
        return max(0.25, min(4.0, room / widest)) if room > 100 else 1.0

    def _layout_pages(self) -> None:
        """Size every page for the zoom as a blank sheet, then render the pages in view."""
        if self._fit:
            self._zoom = self._fit_zoom()
        laid_out = self._laid_out_zoom
        if laid_out is None or abs(laid_out - self._zoom) >= 0.01 * self._zoom:
            # (resizing by a few pixels keeps the pages as they are)
            self._laid_out_zoom = self._zoom
            scale = SCREEN_DPI / 72.0 * self._zoom
            for label, (width, height) in zip(self.page_labels, self._sizes, strict=True):
                label.setFixedSize(max(1, round(width * scale)), max(1, round(height * scale)))
            self._forget(list(self._rendered))
        self.render_visible()

    def render_visible(self) -> None:
        """Render the pages in view that have no picture yet; forget the oldest others."""
        self._render_timer.stop()
        if self._document is None or not self.isVisible():
            return  # a hidden preview renders when it is shown
        ratio = self.devicePixelRatioF() or 1.0
        dpi = SCREEN_DPI * self._zoom * ratio
        visible = self.visible_pages()
        for index in visible:
            if index in self._rendered:
                self._rendered[index] = self._rendered.pop(index)  # now the most recent
                continue
            image = render_page(self._document, index, dpi)
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            self.page_labels[index].setPixmap(pixmap)  # centred on its sheet (±1 pixel)
            self._rendered[index] = None
            self.render_count += 1
        surplus = len(self._rendered) - max(KEEP_RENDERED, len(visible))
        if surplus > 0:
            self._forget([i for i in self._rendered if i not in visible][:surplus])

    def _forget(self, indexes: list[int]) -> None:
        for index in indexes:
            self._rendered.pop(index, None)
            self.page_labels[index].setPixmap(QPixmap())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if hasattr(self, "page_labels"):
            if self._fit:
                self._layout_pages()
            else:
                self._render_timer.start()  # a taller window shows more pages

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._layout_pages()  # the viewport has its real size only now

    def done(self, result: int) -> None:
        super().done(result)
        self._close_document()

    def _close_document(self) -> None:
        document, self._document = self._document, None
        self._render_timer.stop()
        if document is not None:
            self._forget(list(self._rendered))
            document.close()


def open_preview(owner: QWidget, path: Path, title: str, suggested_name: str) -> PdfPreviewDialog:
    """Show ``path`` in a preview that closes with ``owner`` and goes when closed; while
    it is open, ``owner.preview_dialog`` is it (else ``None``)."""
    dialog = PdfPreviewDialog(path, title=title, suggested_name=suggested_name, parent=owner)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    setattr(owner, "preview_dialog", dialog)  # noqa: B010
    dialog.destroyed.connect(lambda _o=None: setattr(owner, "preview_dialog", None))
    dialog.show()
    return dialog
