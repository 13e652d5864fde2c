"""Writing (and reading back) the SSI monthly workbook with openpyxl.

The writer knows nothing of the report's meaning: it lays out plain row objects by
:mod:`pharmacy_app.reports.ssi_layout`.  What must hold:

* header row 1 bold and frozen, an auto-filter over the data, no merged cells;
* ints are ints, dates are real Excel dates shown ``dd-mm-yyyy``, text is text with the
  ``@`` format (so ``Varenummer`` keeps leading zeros);
* a text value is never a formula: the cell is forced to the string type, and text
  starting with ``= + - @`` also gets Excel's quote prefix, so no spreadsheet program
  evaluates it when the cell is edited either;
* the file is written under a temporary name beside the target and renamed into place.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable, Mapping, Sequence
from copy import copy
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from pharmacy_app.reports import ssi_layout as layout
from pharmacy_app.reports.csv_export import FORMULA_PREFIXES

MAX_WIDTH = 60
COVER_HEADERS = ("Felt", "Værdi")  # how the cover reads back: label and value

BOLD = Font(name="Calibri", size=11, bold=True)  # the body's default font, in bold
LEFT = Alignment(horizontal="left")
RIGHT = Alignment(horizontal="right", indent=1)  # a gap before the next column's text
NUMERIC = ("int", "number", "date", "text_or_int")

Progress = Callable[[int, int], None]
Tables = dict[str, list[dict[str, Any]]]


def _value(obj: object, source: str) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(source)
    return getattr(obj, source)


def _shown(value: Any, kind: str, number_format: str) -> tuple[Any, str, str] | None:
    """What a cell of layout type ``kind`` holds for ``value``: the stored value, its
    number format and the text it shows (for widths); ``None`` for an empty cell."""
    if value is None:
        return None
    if kind == "text" or (kind == "text_or_int" and not isinstance(value, int)):
        text: str = ILLEGAL_CHARACTERS_RE.sub("", str(value))
        return text, layout.TEXT_FORMAT, text
    if kind in ("int", "text_or_int"):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{value!r} is not an int")
        return value, (layout.INT_FORMAT if kind == "int" else number_format), str(value)
    if kind == "number":
        decimals = len(number_format.split(".")[1]) if "." in number_format else 0
        return float(value), number_format, f"{float(value):.{decimals}f}"
    if kind == "date":
        if isinstance(value, datetime):
            value = value.date()
        if not isinstance(value, date):
            raise TypeError(f"{value!r} is not a date")
        return value, number_format, "00-00-0000"
    raise ValueError(f"unknown column type {kind!r}")


def _store(cell: Cell, value: Any) -> None:
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # never "f", whatever the text starts with


def _put(cell: Cell, value: Any, kind: str, number_format: str) -> str:
    """Write one value by its layout type; return the text it shows (for widths)."""
    shown = _shown(value, kind, number_format)
    if shown is None:
        return ""
    stored, fmt, text = shown
    _store(cell, stored)
    cell.number_format = fmt
    if isinstance(stored, str) and stored.startswith(FORMULA_PREFIXES):
        cell.quotePrefix = True
    return text


class _Looks:
    """The few distinct looks a data sheet's cells have, each made once.

    Setting a number format or an alignment makes openpyxl look the style up in the
    workbook's tables, which at tens of thousands of cells costs more than writing the
    file; a cell given a look already made takes a copy of that cell's style instead."""

    def __init__(self) -> None:
        self._made: dict[tuple[str | None, bool, bool], Any] = {}

    def apply(self, cell: Cell, fmt: str | None, quoted: bool, right: bool) -> None:
        key = (fmt, quoted, right)
        made = self._made.get(key)
        if made is not None:
            cell._style = copy(made)
            return
        if fmt is not None:
            cell.number_format = fmt
        if quoted:
            cell.quotePrefix = True
        if right:
            cell.alignment = RIGHT  # also "OK", in line with a difference shown as a number
        self._made[key] = copy(cell._style)


def _fit(ws: Worksheet, widths: Sequence[float]) -> None:
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = min(MAX_WIDTH, width)


def _print_setup(ws: Worksheet) -> None:
    """Printed: landscape A4, all columns on the page width, the header on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def _width(shown: str) -> float:
    # Character units of the default font; capitals and digits run wider than the average.
    return len(shown) * 1.15 + 2


def _cover(ws: Worksheet, report: Any) -> None:
    values = {"layout_version": layout.LAYOUT_VERSION}
    bold = BOLD
    for row, fld in enumerate(layout.COVER, start=1):
        label = ws.cell(row=row, column=1)
        _put(label, fld.label, "text", layout.TEXT_FORMAT)
        label.font = bold
        value = values[fld.source] if fld.source in values else _value(report.cover, fld.source)
        cell = ws.cell(row=row, column=2)
        _put(cell, value, fld.type, fld.number_format)
        cell.alignment = LEFT
    _fit(ws, layout.COVER_WIDTHS)
    _print_setup(ws)


def _data_sheet(ws: Worksheet, sheet: layout.Sheet, rows: Sequence[object]) -> None:
    # The auto-filter's drop-down button sits on the header: leave room for it.
    widths = [max(c.width, _width(c.name) + 2) for c in sheet.columns]
    for col, column in enumerate(sheet.columns, start=1):
        cell = ws.cell(row=1, column=col)
        _put(cell, column.name, "text", layout.TEXT_FORMAT)
        cell.font = BOLD
        cell.alignment = RIGHT if column.type in NUMERIC else LEFT
    looks = _Looks()
    for r, obj in enumerate(rows, start=2):
        for col, column in enumerate(sheet.columns, start=1):
            cell = ws.cell(row=r, column=col)
            right = column.type in NUMERIC
            shown = _shown(_value(obj, column.source), column.type, column.number_format)
            if shown is None:
                looks.apply(cell, None, False, right)
                continue
            stored, fmt, text = shown
            _store(cell, stored)
            quoted = isinstance(stored, str) and stored.startswith(FORMULA_PREFIXES)
            looks.apply(cell, fmt, quoted, right)
            widths[col - 1] = max(widths[col - 1], _width(text) + (1 if right else 0))
    ws.freeze_panes = "A2"
    last = get_column_letter(len(sheet.columns))
    ws.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
    _fit(ws, widths)
    _print_setup(ws)
    ws.print_title_rows = "1:1"


def build(report: Any, progress: Progress | None = None) -> Workbook:
    """The workbook for ``report`` (an object with ``cover`` and each sheet's source)."""
    total = 1 + len(layout.SHEETS)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = layout.COVER_SHEET
    _cover(ws, report)
    if progress:
        progress(1, total)
    for i, sheet in enumerate(layout.SHEETS, start=2):
        _data_sheet(wb.create_sheet(sheet.name), sheet, list(_value(report, sheet.source)))
        if progress:
            progress(i, total)
    return wb


def to_bytes(report: Any) -> bytes:
    buffer = io.BytesIO()
    build(report).save(buffer)
    return buffer.getvalue()


def write(report: Any, path: Path, progress: Progress | None = None) -> Path:
    """Write the workbook to ``path`` via a temporary file renamed into place."""
    return save(build(report, progress), Path(path))


def save(wb: Workbook, path: Path) -> Path:
    """Save ``wb`` to ``path`` via a temporary file beside it renamed into place, so a
    failure leaves neither a half-written file nor a damaged earlier one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".part", dir=path.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


# --------------------------------------------------------------------------- reading back


def _normal(value: Any, kind: str) -> Any:
    if kind == "date" and isinstance(value, datetime):
        return value.date()
    return value


def read(source: Path | bytes) -> Tables:
    """The workbook's cells as ``{sheet: [{header: value}]}``; the cover as label/value rows.

    Dates come back as :class:`date`; everything else as openpyxl reads it.
    """
    stream = io.BytesIO(source) if isinstance(source, bytes) else source
    wb = load_workbook(stream, read_only=True, data_only=False)
    try:
        tables: Tables = {}
        types = {f.label: f.type for f in layout.COVER}
        cover = []
        if layout.COVER_SHEET in wb.sheetnames:
            for label, value, *_ in wb[layout.COVER_SHEET].iter_rows(values_only=True):
                if label is None:
                    continue
                cover.append(
                    {COVER_HEADERS[0]: label, COVER_HEADERS[1]: _normal(value, types.get(str(label), ""))}
                )
        tables[layout.COVER_SHEET] = cover
        for sheet in layout.SHEETS:
            if sheet.name not in wb.sheetnames:
                tables[sheet.name] = []
                continue
            rows = wb[sheet.name].iter_rows(values_only=True)
            header = [str(h) for h in next(rows, ()) if h is not None]
            kinds = {c.name: c.type for c in sheet.columns}
            tables[sheet.name] = [
                {h: _normal(v, kinds.get(h, "")) for h, v in zip(header, row, strict=False)}
                for row in rows
                if any(v is not None for v in row)
            ]
        return tables
    finally:
        wb.close()


def keys() -> dict[str, tuple[str, ...]]:
    """Each sheet's row key, for comparing two workbooks."""
    return {layout.COVER_SHEET: (COVER_HEADERS[0],), **{s.name: s.key for s in layout.SHEETS}}
