"""Excel (.xlsx) output that no spreadsheet program will execute.

A table goes on one sheet: a bold, frozen header row, an auto-filter, and one row per
record.  What must hold:

* Text is always written as a text cell, never as a formula: a text beginning with
  ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is stored as a string with the
  cell's quote prefix set (Excel shows it as typed and will not evaluate it on edit).
* Dates are real dates (``dd-mm-yyyy``) and times real date-times in Danish local
  time (``dd-mm-yyyy hh:mm``, Europe/Copenhagen, the time a person in the pharmacy
  read on the clock), so a spreadsheet can sort and filter them.  A spreadsheet cell
  has no time zone: the caller says so in the column's header.
* Numbers stay numbers; ``None`` is an empty cell.

The workbook is written in openpyxl's write-only mode, so a ledger of a few hundred
thousand rows streams to disk instead of being built in memory.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from pharmacy_app.domain.localtime import local_moment
from pharmacy_app.reports.csv_export import FORMULA_PREFIXES

DATE_FORMAT = "dd-mm-yyyy"
DATETIME_FORMAT = "dd-mm-yyyy hh:mm"
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
MAX_WIDTH = 48


def _cell(ws: Any, value: object) -> WriteOnlyCell:
    if isinstance(value, bool):
        return WriteOnlyCell(ws, value=1 if value else 0)
    if isinstance(value, datetime):
        cell = WriteOnlyCell(ws, value=local_moment(value).replace(tzinfo=None))
        cell.number_format = DATETIME_FORMAT
        return cell
    if isinstance(value, date):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    if value is None:
        return WriteOnlyCell(ws, value=None)
    if isinstance(value, int | float):
        return WriteOnlyCell(ws, value=value)
    return text_cell(ws, str(value))


def text_cell(ws: Any, text: str) -> WriteOnlyCell:
    """A string cell that is never a formula, whatever it starts with."""
    cell = WriteOnlyCell(ws, value=text)
    cell.data_type = "s"
    if text.startswith(FORMULA_PREFIXES):
        cell.quotePrefix = True
    return cell


def _width(value: object) -> int:
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    return len(str(value)) if value is not None else 0


def write_xlsx(
    target: str | Path | IO[bytes],
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    sheet_title: str = "Data",
    *,
    width_sample: int = 200,
) -> int:
    """Write ``header`` and ``rows`` to one sheet; return the number of data rows written.

    Column widths are taken from the header and the first ``width_sample`` rows (the
    sheet is streamed, so widths must be known before the first row is written)."""
    wb = Workbook(write_only=True)
    n = add_sheet(wb, header, rows, sheet_title, width_sample=width_sample)
    wb.save(target)
    return n


def add_sheet(
    wb: Workbook,
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    sheet_title: str = "Data",
    *,
    width_sample: int = 200,
) -> int:
    """Add one table sheet to a write-only workbook (as :func:`write_xlsx` writes its
    one); the number of data rows written."""
    ws = wb.create_sheet(title=sheet_title[:31] or "Data")
    ws.freeze_panes = "A2"

    iterator = iter(rows)
    sample: list[Sequence[object]] = []
    for row in iterator:
        sample.append(row)
        if len(sample) >= width_sample:
            break
    widths = [len(h) for h in header]
    for row in sample:
        for i, value in enumerate(row[: len(widths)]):
            widths[i] = max(widths[i], _width(value))
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = min(w + 2, MAX_WIDTH)
    head = []
    for title in header:
        cell = text_cell(ws, title)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        head.append(cell)
    ws.append(head)

    n = 0
    try:
        for source in (sample, iterator):
            for row in source:
                ws.append([_cell(ws, v) for v in row])
                n += 1
    except BaseException:
        ws.close()  # a stopped export: end the sheet's stream now, not when it is collected
        raise
    if header:  # the filter is written after the rows, so its range can cover them
        ws.auto_filter.ref = f"A1:{get_column_letter(len(header))}{n + 1}"
    return n
