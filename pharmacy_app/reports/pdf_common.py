"""What every printed PDF shares: fonts, styles, formats, the page frame, safe writing.

* **Fonts.**  Text is set in DejaVu Sans, shipped in ``resources/fonts`` and embedded
  (subset) in each PDF: reportlab's built-in Helvetica has no en dash, "≥" and many
  other characters a Danish document needs, and a workstation's own fonts are not
  dependable.  A missing font file is an installation error, never a silent fallback.
* **Formats.**  Danish documents show dates as ``dd-mm-åååå`` and ``.`` as the thousands
  separator; English ones ISO dates (``yyyy-mm-dd``) and ``,``, as the screens do.  Times
  are stored in UTC and printed in Danish time (Europe/Copenhagen).
* **The page frame.**  Every page carries a footer saying who printed the document,
  when, and from which data, and "side X af Y" (a two-pass canvas knows Y); pages after
  the first repeat a short running header, so a loose sheet can be placed.  A running
  header that does not fit is shortened at its end, never in the document's number.
* **Building blocks.**  The title block under a heavy rule, the two-column facts, the
  data tables (a filled header row, totals under a rule, a closing row kept with the
  last lines) and the signature line look the same in every document.
* **Writing.**  A document is built in memory and written in one go; a file goes to a
  temporary name beside the target and is renamed into place, so a failure leaves
  neither a half-written file nor a damaged earlier one.

Reports get plain data (dataclasses, strings, numbers, dates) and import neither the
services nor the database.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache, partial
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from pharmacy_app import __version__
from pharmacy_app.domain import formats
from pharmacy_app.domain.localtime import local_moment
from pharmacy_app.paths import resources_dir

LANGUAGES = ("da", "en")

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
_FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}

# Colours: quiet greys that survive a black-and-white printer.
INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#5A5F66")
RULE = colors.HexColor("#9AA1AB")
GRID = colors.HexColor("#C9CED6")
HEADER_FILL = colors.HexColor("#E4E8EE")
STRIPE_FILL = colors.HexColor("#F5F6F8")
ATTENTION_FILL = colors.HexColor("#FCEBD0")

PAGE_SIZE = A4
MARGIN_LEFT = MARGIN_RIGHT = 15 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 18 * mm
FOOTER_SIZE = 7


# The first columns of every table of lots, as each document heads them.
LOT_COLUMNS: dict[str, dict[str, str]] = {
    "da": {
        "col_no": "Nr.",
        "col_product": "Vare",
        "col_varenr": "Varenr.",
        "col_batch": "Batch",
        "col_expiry": "Udløb",
        "col_use_by": "Anvendes til",
    },
    "en": {
        "col_no": "No.",
        "col_product": "Product",
        "col_varenr": "Item no.",
        "col_batch": "Batch",
        "col_expiry": "Expiry",
        "col_use_by": "Use by",
    },
}


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}, not {language!r}")
    return language


# --------------------------------------------------------------------------- fonts


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


@cache
def register_fonts() -> tuple[str, str]:
    """Register the shipped fonts with reportlab once; return (regular, bold) names."""
    folder = fonts_dir()
    for name, filename in _FONT_FILES.items():
        path = folder / filename
        if not path.is_file():
            raise FileNotFoundError(
                f"The font {filename} is missing from {folder}; the installation is incomplete."
            )
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )
    return FONT, FONT_BOLD


# --------------------------------------------------------------------------- formats


def fmt_date(d: date | None, language: str) -> str:
    if isinstance(d, datetime):
        d = local_moment(d).date()
    return formats.date_text(d, language)


def fmt_datetime(dt: datetime | None, language: str) -> str:
    if dt is None:
        return ""
    t = local_moment(dt)
    return t.strftime("%d-%m-%Y %H:%M") if language == "da" else t.strftime("%Y-%m-%d %H:%M")


def fmt_int(n: int, language: str) -> str:
    return formats.integer(n, language)


def escape(text: object) -> str:
    """Text for a reportlab Paragraph, which reads a small XML-like markup."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --------------------------------------------------------------------------- styles


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    cell: ParagraphStyle
    cell_muted: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_right_bold: ParagraphStyle
    head: ParagraphStyle
    head_right: ParagraphStyle


@cache
def styles() -> Styles:
    regular, bold = register_fonts()

    def style(name: str, **kw: Any) -> ParagraphStyle:
        base: dict[str, Any] = {
            "fontName": regular,
            "fontSize": 9,
            "leading": 11.5,
            "textColor": INK,
            "alignment": TA_LEFT,
        }
        base.update(kw)
        return ParagraphStyle(name, **base)

    return Styles(
        title=style("title", fontName=bold, fontSize=17, leading=21),
        subtitle=style("subtitle", fontSize=9, leading=12, textColor=MUTED),
        heading=style("heading", fontName=bold, fontSize=10.5, leading=13, spaceBefore=4),
        body=style("body"),
        small=style("small", fontSize=7.5, leading=9.5, textColor=MUTED),
        label=style("label", fontSize=8, leading=10.5, textColor=MUTED),
        value=style("value", fontName=bold, fontSize=9, leading=11.5),
        cell=style("cell", fontSize=7.5, leading=9.2),
        cell_muted=style("cell_muted", fontSize=6.8, leading=8.4, textColor=MUTED),
        cell_bold=style("cell_bold", fontName=bold, fontSize=7.5, leading=9.2),
        cell_right=style("cell_right", fontSize=7.5, leading=9.2, alignment=TA_RIGHT),
        cell_right_bold=style(
            "cell_right_bold", fontName=bold, fontSize=7.5, leading=9.2, alignment=TA_RIGHT
        ),
        head=style("head", fontName=bold, fontSize=7, leading=8.6),
        head_right=style("head_right", fontName=bold, fontSize=7, leading=8.6, alignment=TA_RIGHT),
    )


# --------------------------------------------------------------------------- building blocks

Commands = list[tuple[Any, ...]]


def right_aligned(style: ParagraphStyle) -> ParagraphStyle:
    return style.clone(style.name + "_right", alignment=TA_RIGHT)


def pharmacy_heading(name: str, code_line: str) -> list[Flowable]:
    """The pharmacy's name in bold with a line under it, set against the right margin."""
    st = styles()
    return [
        Paragraph(f"<b>{escape(name)}</b>", right_aligned(st.body)),
        Paragraph(escape(code_line), right_aligned(st.subtitle)),
    ]


def title_block(
    left: Sequence[Flowable],
    right: Sequence[Flowable],
    widths_mm: tuple[float, float] = (100, 80),
    *,
    right_valign: str = "BOTTOM",
) -> Table:
    """A document's head: two cells side by side over a heavy rule."""
    table = Table([[list(left), list(right)]], colWidths=[w * mm for w in widths_mm])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (0, 0), "BOTTOM"),
                ("VALIGN", (1, 0), (1, 0), right_valign),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, INK),
            ]
        )
    )
    return table


def fact(label: str, value: str) -> list[Paragraph]:
    """A label and its value in bold: one half of a facts row."""
    st = styles()
    return [Paragraph(escape(label), st.label), Paragraph(escape(value), st.value)]


def facts_table(
    rows: Sequence[list[Any]],
    widths_mm: tuple[float, float] = (28, 62),
    *,
    note: tuple[str, str] | None = None,
) -> Table:
    """Rows of two facts side by side (label, value, label, value); ``note`` is a last
    row of (label, running text) spread over the three other columns."""
    st = styles()
    body = list(rows)
    if note is not None:
        label, text = note
        body.append([Paragraph(escape(label), st.label), Paragraph(escape(text), st.body), "", ""])
    table = Table(body, colWidths=[w * mm for w in widths_mm * 2])
    commands: Commands = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    if note is not None:
        commands.append(("SPAN", (1, len(body) - 1), (3, len(body) - 1)))
    table.setStyle(TableStyle(commands))
    return table


def header_cells(labels: Sequence[str], numeric: Sequence[int] = ()) -> list[Any]:
    """A data table's header row; the columns in ``numeric`` are right-aligned."""
    st = styles()
    return [
        Paragraph(escape(label), st.head_right if i in numeric else st.head)
        for i, label in enumerate(labels)
    ]


def data_table_commands() -> Commands:
    """A data table's base style: a filled header row over a rule, cells set on top."""
    return [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]


def count_label(n: int, one: str, many: str, language: str) -> str:
    """``one`` for a single line, else ``many`` with ``{n}`` filled in."""
    return one if n == 1 else many.format(n=fmt_int(n, language))


def total_row_commands(row: int, label_to: int) -> Commands:
    """The totals row: its label spans columns 0 to ``label_to``, under a heavy rule."""
    return [
        ("SPAN", (0, row), (label_to, row)),
        ("LINEABOVE", (0, row), (-1, row), 0.9, INK),
        ("TOPPADDING", (0, row), (-1, row), 4),
    ]


def closing_row(rows: list[list[Any]], closing: list[Flowable], lines: int) -> Commands:
    """Append ``closing`` (notes, signature) as a last row across the table, kept on one
    page with the last lines so that a signature never stands alone."""
    rows.append([closing] + [""] * (len(rows[0]) - 1))
    last = len(rows) - 1
    return [
        ("SPAN", (0, last), (-1, last)),
        ("TOPPADDING", (0, last), (-1, last), 3 * mm),
        ("LEFTPADDING", (0, last), (-1, last), 0),
        ("RIGHTPADDING", (0, last), (-1, last), 0),
        ("NOSPLIT", (0, max(1, lines - 2)), (-1, last)),
    ]


def signature_line(signer: str, date_label: str) -> Table:
    """A line to sign on and one for the date, with their labels under them."""
    st = styles()
    table = Table(
        [
            ["", "", ""],
            [
                Paragraph(escape(signer), st.label),
                "",
                Paragraph(escape(date_label), st.label),
            ],
        ],
        colWidths=[105 * mm, 15 * mm, 60 * mm],
        rowHeights=[12 * mm, None],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LINEBELOW", (0, 0), (0, 0), 0.6, INK),
                ("LINEBELOW", (2, 0), (2, 0), 0.6, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 1), (-1, 1), 2),
                ("TEXTCOLOR", (0, 1), (-1, 1), MUTED),
            ]
        )
    )
    return table


# --------------------------------------------------------------------------- page frame


@dataclass(frozen=True)
class Imprint:
    """Who printed a document, when (an aware time), and from which data."""

    printed_by: str
    printed_at: datetime
    source: str


_IMPRINT = {
    "da": "Udskrevet {when} af {who} · Kilde: {source}",
    "en": "Printed {when} by {who} · Source: {source}",
}
_PAGE = {"da": "side {page} af {pages}", "en": "page {page} of {pages}"}


def imprint_text(imprint: Imprint, language: str) -> str:
    return _IMPRINT[language].format(
        when=fmt_datetime(imprint.printed_at, language),
        who=imprint.printed_by,
        source=imprint.source,
    )


def page_text(page: int, pages: int, language: str) -> str:
    return _PAGE[language].format(page=page, pages=pages)


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text``, shortened in the middle with "…" until it fits ``width`` points."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    keep = len(text)
    while keep > 8:
        keep -= 1
        head = keep // 3
        candidate = text[:head] + "…" + text[len(text) - (keep - head) :]
        if pdfmetrics.stringWidth(candidate, font, size) <= width:
            return candidate
    return text[:8] + "…"


def fit_end(text: str, font: str, size: float, width: float) -> str:
    """``text``, shortened at its end with "…" until it fits ``width`` points: what a
    running header starts with (a document's number) is never cut."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    keep = len(text)
    while keep > 1:
        keep -= 1
        candidate = text[:keep].rstrip(" ·") + "…"
        if pdfmetrics.stringWidth(candidate, font, size) <= width:
            return candidate
    return "…"


@dataclass(frozen=True)
class PageFrame:
    """What is drawn around the story on every page."""

    imprint: Imprint | None
    language: str
    running_left: str = ""  # repeated at the top of pages 2, 3, …
    running_right: str = ""

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        width, _height = canvas._pagesize
        left, right = MARGIN_LEFT, width - MARGIN_RIGHT
        canvas.saveState()
        # Footer: a rule, then who/when/source on the left and the page on the right.
        y_rule = MARGIN_BOTTOM - 6 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(left, y_rule, right, y_rule)
        canvas.setFont(FONT, FOOTER_SIZE)
        canvas.setFillColor(MUTED)
        page_label = page_text(page, pages, self.language)
        room = right - left - pdfmetrics.stringWidth(page_label, FONT, FOOTER_SIZE) - 8 * mm
        if self.imprint is not None:
            imprint = imprint_text(self.imprint, self.language)
            canvas.drawString(left, y_rule - 3.4 * mm, fit_text(imprint, FONT, FOOTER_SIZE, room))
        canvas.drawRightString(right, y_rule - 3.4 * mm, page_label)
        if page > 1 and (self.running_left or self.running_right):
            _w, height = canvas._pagesize
            y = height - MARGIN_TOP + 5 * mm
            canvas.setFont(FONT, FOOTER_SIZE + 0.5)
            half = (right - left) / 2 - 4 * mm
            canvas.drawString(left, y, fit_end(self.running_left, FONT, FOOTER_SIZE + 0.5, half))
            canvas.drawRightString(
                right, y, fit_end(self.running_right, FONT, FOOTER_SIZE + 0.5, half)
            )
            canvas.line(left, y - 1.8 * mm, right, y - 1.8 * mm)
        canvas.restoreState()


class NumberedCanvas(Canvas):
    """Holds every page back until the end, so each can say "side X af Y"."""

    def __init__(self, *args: Any, frame: PageFrame, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._frame = frame
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._frame.draw(self, number, total)
            super().showPage()
        super().save()


# --------------------------------------------------------------------------- writing


def build_pdf(
    out: Path | BinaryIO,
    story: Sequence[Flowable],
    frame: PageFrame,
    *,
    title: str,
    subject: str = "",
    pagesize: tuple[float, float] = PAGE_SIZE,
) -> None:
    """Lay out ``story`` on A4 pages with ``frame`` around it and write it to ``out``."""
    register_fonts()
    buffer = io.BytesIO()
    width, height = pagesize
    body = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        width - MARGIN_LEFT - MARGIN_RIGHT,
        height - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        pageTemplates=[PageTemplate(id="page", frames=[body])],
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=frame.imprint.printed_by if frame.imprint else "",
        subject=subject,
        creator=f"pharmacy-app {__version__}",
        lang=frame.language,
        initialFontName=FONT,  # else every page names Helvetica, unembedded
    )
    doc.build(list(story), canvasmaker=partial(NumberedCanvas, frame=frame))
    write_bytes(out, buffer.getvalue())


def draw_pdf(
    out: Path | BinaryIO,
    draw_pages: Callable[[Canvas], None],
    frame: PageFrame,
    *,
    title: str,
    subject: str = "",
    pagesize: tuple[float, float] = PAGE_SIZE,
) -> None:
    """For documents drawn directly on the canvas: ``draw_pages`` draws each page and
    ends it with ``canvas.showPage()``; the frame is added around every page."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = NumberedCanvas(
        buffer, pagesize=pagesize, frame=frame, lang=frame.language, initialFontName=FONT
    )
    canvas.setTitle(title)
    canvas.setAuthor(frame.imprint.printed_by if frame.imprint else "")
    canvas.setSubject(subject)
    canvas.setCreator(f"pharmacy-app {__version__}")
    draw_pages(canvas)
    canvas.save()
    write_bytes(out, buffer.getvalue())


def write_bytes(out: Path | BinaryIO, data: bytes) -> None:
    """Write ``data`` to a stream, or to a file through a temporary name and a rename."""
    if not isinstance(out, str | os.PathLike):
        out.write(data)
        return
    target = Path(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=target.name + ".", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes it private; a printed document is not
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
