"""A printable sheet of GS1 DataMatrix pack codes, to try a scanner on the receiving page.

Each code is printed with its human-readable interpretation beside it, as on a pack:
``(01)`` GTIN, ``(17)`` expiry, ``(10)`` batch, ``(21)`` serial, one per line, and the
expiry as a date.  24 codes fit on an A4 page (3 across, 8 down).

The symbols are GS1 DataMatrix (ECC 200 with FNC1 first), encoded here rather than by
reportlab's ``ECC200DataMatrix``, which writes only plain (non-GS1) C40 data in a fixed
44×44 symbol and has no FNC1: a scanner would read such a code as ordinary text
(symbology ``]d1``) and never announce it as GS1 (``]d2``).  The encoder below writes
ASCII encodation (digit pairs, FNC1 as codeword 232 in the first position and as the
separator after variable-length fields), picks the smallest square symbol that holds
the data (10×10 up to 44×44, one Reed-Solomon block), and places the modules by the
algorithm of ISO/IEC 16022 Annex F.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import BinaryIO

from biip import ParseConfig
from biip.gs1_messages import GS1Message
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from pharmacy_app.domain.gs1 import GS, SEPARATORS, SYMBOLOGY_PREFIXES
from pharmacy_app.reports.pdf_common import (
    FONT,
    FONT_BOLD,
    GRID,
    INK,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED,
    PAGE_SIZE,
    Imprint,
    PageFrame,
    check_language,
    draw_pdf,
    fit_text,
    fmt_date,
    fmt_int,
)

COLUMNS, ROWS = 3, 8
PER_PAGE = COLUMNS * ROWS
MODULE = 0.75 * mm  # the X-dimension: large enough for any handheld scanner
MAX_SYMBOL = 24 * mm
QUIET = 2  # modules of light margin around a symbol (the standard asks for 1)

# --------------------------------------------------------------------------- DataMatrix

FNC1 = 232
_PAD = 129
# Square ECC 200 symbols with one Reed-Solomon block:
# (modules per side, data codewords, error-correction codewords, data regions per side)
_SIZES = (
    (10, 3, 5, 1),
    (12, 5, 7, 1),
    (14, 8, 10, 1),
    (16, 12, 12, 1),
    (18, 18, 14, 1),
    (20, 22, 18, 1),
    (22, 30, 20, 1),
    (24, 36, 24, 1),
    (26, 44, 28, 1),
    (32, 62, 36, 2),
    (36, 86, 42, 2),
    (40, 114, 48, 2),
    (44, 144, 56, 2),
)


def gs1_codewords(element_string: str) -> list[int]:
    """ASCII-encodation data codewords for a GS1 element string (GS between fields)."""
    out = [FNC1]
    i = 0
    while i < len(element_string):
        c = element_string[i]
        if c.isdigit() and i + 1 < len(element_string) and element_string[i + 1].isdigit():
            out.append(130 + int(element_string[i : i + 2]))
            i += 2
            continue
        if c == GS:
            out.append(FNC1)
        elif ord(c) < 128:
            out.append(ord(c) + 1)
        else:
            raise ValueError(f"{c!r} cannot be in a GS1 element string")
        i += 1
    return out


@cache
def _gf_tables() -> tuple[list[int], list[int]]:
    """Exponent and logarithm tables of GF(256) with the DataMatrix polynomial 0x12D."""
    exp, log = [0] * 255, [0] * 256
    x = 1
    for i in range(255):
        exp[i] = x
        log[x] = i
        x <<= 1
        if x & 0x100:
            x ^= 0x12D
    return exp, log


def _gf_mul(a: int, b: int) -> int:
    if a == 0 or b == 0:
        return 0
    exp, log = _gf_tables()
    return exp[(log[a] + log[b]) % 255]


@cache
def _generator(n: int) -> tuple[int, ...]:
    """Coefficients of (x - a^1)(x - a^2)…(x - a^n), highest power first."""
    exp, _log = _gf_tables()
    poly = [1]
    for i in range(1, n + 1):
        root = exp[i]
        nxt = [*poly, 0]
        for j, coef in enumerate(poly):
            nxt[j + 1] ^= _gf_mul(coef, root)
        poly = nxt
    return tuple(poly)


def reed_solomon(data: Sequence[int], n: int) -> list[int]:
    """The ``n`` error-correction codewords for ``data``."""
    gen = _generator(n)
    rem = [0] * n
    for d in data:
        factor = d ^ rem[0]
        rem = [*rem[1:], 0]
        for j in range(n):
            rem[j] ^= _gf_mul(gen[j + 1], factor)
    return rem


def _padded(data: list[int], capacity: int) -> list[int]:
    out = list(data)
    if len(out) < capacity:
        out.append(_PAD)
    while len(out) < capacity:
        position = len(out) + 1
        value = _PAD + ((149 * position) % 253) + 1
        out.append(value - 254 if value > 254 else value)
    return out


def _placement(nrow: int, ncol: int) -> list[list[tuple[int, int] | int]]:
    """ISO/IEC 16022 Annex F: which (codeword, bit) each module of the mapping matrix
    holds; bit 1 is a codeword's most significant.  A plain 0/1 is a fixed module."""
    grid: list[list[tuple[int, int] | int | None]] = [[None] * ncol for _ in range(nrow)]

    def module(row: int, col: int, chr_: int, bit: int) -> None:
        if row < 0:
            row += nrow
            col += 4 - ((nrow + 4) % 8)
        if col < 0:
            col += ncol
            row += 4 - ((ncol + 4) % 8)
        grid[row][col] = (chr_, bit)

    def utah(row: int, col: int, chr_: int) -> None:
        for bit, (dr, dc) in enumerate(
            ((-2, -2), (-2, -1), (-1, -2), (-1, -1), (-1, 0), (0, -2), (0, -1), (0, 0)), start=1
        ):
            module(row + dr, col + dc, chr_, bit)

    def corner(chr_: int, spots: Sequence[tuple[int, int]]) -> None:
        for bit, (r, c) in enumerate(spots, start=1):
            module(r, c, chr_, bit)

    corners = {
        1: (
            (nrow - 1, 0),
            (nrow - 1, 1),
            (nrow - 1, 2),
            (0, ncol - 2),
            (0, ncol - 1),
            (1, ncol - 1),
            (2, ncol - 1),
            (3, ncol - 1),
        ),
        2: (
            (nrow - 3, 0),
            (nrow - 2, 0),
            (nrow - 1, 0),
            (0, ncol - 4),
            (0, ncol - 3),
            (0, ncol - 2),
            (0, ncol - 1),
            (1, ncol - 1),
        ),
        3: (
            (nrow - 3, 0),
            (nrow - 2, 0),
            (nrow - 1, 0),
            (0, ncol - 2),
            (0, ncol - 1),
            (1, ncol - 1),
            (2, ncol - 1),
            (3, ncol - 1),
        ),
        4: (
            (nrow - 1, 0),
            (nrow - 1, ncol - 1),
            (0, ncol - 3),
            (0, ncol - 2),
            (0, ncol - 1),
            (1, ncol - 3),
            (1, ncol - 2),
            (1, ncol - 1),
        ),
    }
    chr_, row, col = 1, 4, 0
    while True:
        if row == nrow and col == 0:
            corner(chr_, corners[1])
            chr_ += 1
        if row == nrow - 2 and col == 0 and ncol % 4:
            corner(chr_, corners[2])
            chr_ += 1
        if row == nrow - 2 and col == 0 and ncol % 8 == 4:
            corner(chr_, corners[3])
            chr_ += 1
        if row == nrow + 4 and col == 2 and not ncol % 8:
            corner(chr_, corners[4])
            chr_ += 1
        while True:  # up and to the right
            if row < nrow and col >= 0 and grid[row][col] is None:
                utah(row, col, chr_)
                chr_ += 1
            row, col = row - 2, col + 2
            if not (row >= 0 and col < ncol):
                break
        row, col = row + 1, col + 3
        while True:  # down and to the left
            if row >= 0 and col < ncol and grid[row][col] is None:
                utah(row, col, chr_)
                chr_ += 1
            row, col = row + 2, col - 2
            if not (row < nrow and col >= 0):
                break
        row, col = row + 3, col + 1
        if not (row < nrow or col < ncol):
            break
    if grid[nrow - 1][ncol - 1] is None:  # the fixed pattern in an unused corner
        grid[nrow - 1][ncol - 1] = grid[nrow - 2][ncol - 2] = 1
        grid[nrow - 1][ncol - 2] = grid[nrow - 2][ncol - 1] = 0
    return [[0 if cell is None else cell for cell in line] for line in grid]


def datamatrix(element_string: str) -> list[list[bool]]:
    """The modules of a GS1 DataMatrix symbol, top row first; True is dark."""
    data = gs1_codewords(element_string)
    fits = [spec for spec in _SIZES if len(data) <= spec[1]]
    if not fits:
        raise ValueError(f"{element_string!r} is too long for a single-block DataMatrix")
    size, capacity, ecc, regions = fits[0]
    codewords = _padded(data, capacity)
    codewords += reed_solomon(codewords, ecc)
    inner = size - 2 * regions
    mapping = _placement(inner, inner)
    region = inner // regions
    symbol = [[False] * size for _ in range(size)]
    for y in range(size):
        ry, yy = divmod(y, region + 2)
        for x in range(size):
            rx, xx = divmod(x, region + 2)
            if xx == 0 or yy == region + 1:  # solid finder: left and bottom edges
                dark = True
            elif yy == 0:  # timing: top edge, dark on even columns
                dark = xx % 2 == 0
            elif xx == region + 1:  # timing: right edge, dark on odd rows
                dark = yy % 2 == 1
            else:
                cell = mapping[ry * region + yy - 1][rx * region + xx - 1]
                if isinstance(cell, tuple):
                    chr_, bit = cell
                    dark = bool((codewords[chr_ - 1] >> (8 - bit)) & 1)
                else:
                    dark = bool(cell)
            symbol[y][x] = dark
    return symbol


# --------------------------------------------------------------------------- scans


@dataclass(frozen=True)
class PackCode:
    element_string: str  # what the symbol holds, GS between fields
    elements: tuple[tuple[str, str], ...]  # (AI, value) in order
    expiry: date | None


def pack_code(scan: str) -> PackCode:
    """Read a scan as typed by a scanner (prefix, GS or a stand-in) or in brackets."""
    text = scan.strip().replace("<GS>", GS)
    for prefix in SYMBOLOGY_PREFIXES:
        if text.startswith(prefix):
            text = text[len(prefix) :]
            break
    try:
        if text.startswith("("):
            message = GS1Message.parse_hri(text)
        else:
            message = GS1Message.parse(text, config=ParseConfig(separator_chars=list(SEPARATORS)))
    except Exception as err:  # biip raises its ParseError for text that is not GS1
        raise ValueError(f"{scan!r} is not a GS1 element string: {err}") from err
    expiry = next((e.date for e in message.element_strings if e.ai.ai == "17"), None)
    return PackCode(
        element_string=message.value,
        elements=tuple((e.ai.ai, e.value) for e in message.element_strings),
        expiry=expiry,
    )


# --------------------------------------------------------------------------- sheet

_TEXT = {
    "da": {
        "subtitle": "{n} GS1 DataMatrix-koder til at prøve en scanner på modtagelsen",
        "expiry": "Udløb {date}",
    },
    "en": {
        "subtitle": "{n} GS1 DataMatrix codes to try a scanner on receiving",
        "expiry": "Expiry {date}",
    },
}


def write_scan_sheet(
    title: str,
    scans: list[str],
    out: Path | BinaryIO,
    *,
    imprint: Imprint | None = None,
    language: str = "da",
) -> None:
    """Write ``scans`` as GS1 DataMatrix codes, 24 to an A4 page, with their text."""
    check_language(language)
    codes = [pack_code(s) for s in scans]  # every scan is checked before anything is drawn
    frame = PageFrame(imprint=imprint, language=language)
    t = _TEXT[language]

    def draw_pages(canvas: Canvas) -> None:
        chunks = [codes[i : i + PER_PAGE] for i in range(0, len(codes), PER_PAGE)] or [[]]
        for page, chunk in enumerate(chunks):
            _draw_page(
                canvas,
                title,
                t["subtitle"].format(n=fmt_int(len(codes), language)),
                chunk,
                page * PER_PAGE,
                t,
                language,
            )
            canvas.showPage()

    draw_pdf(out, draw_pages, frame, title=title, subject=t["subtitle"].format(n=len(codes)))


def _draw_page(
    canvas: Canvas,
    title: str,
    subtitle: str,
    codes: Sequence[PackCode],
    first_number: int,
    t: dict[str, str],
    language: str,
) -> None:
    width, height = PAGE_SIZE
    left, right = MARGIN_LEFT, width - MARGIN_RIGHT
    top = height - MARGIN_TOP
    canvas.setFillColor(INK)
    canvas.setFont(FONT_BOLD, 14)
    canvas.drawString(left, top - 12, fit_text(title, FONT_BOLD, 14, right - left))
    canvas.setFont(FONT, 8.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(left, top - 24, subtitle)
    grid_top = top - 32
    cell_w = (right - left) / COLUMNS
    cell_h = (grid_top - MARGIN_BOTTOM) / ROWS
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.3)
    canvas.setDash(2, 2)
    rows = -(-len(codes) // COLUMNS)  # cutting lines only where there are codes
    for r in range(rows + 1):
        canvas.line(left, grid_top - r * cell_h, right, grid_top - r * cell_h)
    for c in range(COLUMNS + 1):
        canvas.line(left + c * cell_w, grid_top, left + c * cell_w, grid_top - rows * cell_h)
    canvas.setDash()
    for i, code in enumerate(codes):
        row, col = divmod(i, COLUMNS)
        x = left + col * cell_w
        y = grid_top - (row + 1) * cell_h
        _draw_cell(canvas, code, first_number + i + 1, x, y, cell_w, cell_h, t, language)


def _draw_cell(
    canvas: Canvas,
    code: PackCode,
    number: int,
    x: float,
    y: float,
    w: float,
    h: float,
    t: dict[str, str],
    language: str,
) -> None:
    modules = datamatrix(code.element_string)
    n = len(modules)
    module = min(MODULE, MAX_SYMBOL / n)
    side = n * module
    sx = x + 4 * mm + QUIET * module
    sy = y + (h - side) / 2
    canvas.setFillColor(INK)
    for r, line in enumerate(modules):
        top_y = sy + side - (r + 1) * module
        c = 0
        while c < n:  # one rectangle per run of dark modules keeps the file small
            if not line[c]:
                c += 1
                continue
            start = c
            while c < n and line[c]:
                c += 1
            canvas.rect(sx + start * module, top_y, (c - start) * module, module, stroke=0, fill=1)
    tx = sx + side + (QUIET + 2) * module
    room = x + w - 2.5 * mm - tx
    canvas.setFont(FONT, 6.5)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(x + w - 2.5 * mm, y + h - 4 * mm, f"#{number}")
    lines = [f"({ai}) {value}" for ai, value in code.elements]
    size = 7.5
    while size > 5.5 and max(pdfmetrics.stringWidth(s, FONT, size) for s in lines) > room:
        size -= 0.5
    leading = size * 1.35
    extra = 1 if code.expiry else 0
    ty = y + h / 2 + (len(lines) + extra) * leading / 2 - size
    canvas.setFillColor(INK)
    canvas.setFont(FONT, size)
    for text in lines:
        canvas.drawString(tx, ty, fit_text(text, FONT, size, room))
        ty -= leading
    if code.expiry:
        canvas.setFont(FONT, 6.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(tx, ty - 1, t["expiry"].format(date=fmt_date(code.expiry, language)))
