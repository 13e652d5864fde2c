"""CSV output that no spreadsheet program will execute.

A text cell beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return could be
run as a formula when the file is opened in a spreadsheet; such cells get a leading
apostrophe.  Numbers are written as numbers (a negative number is not text).

Two layouts (:class:`CsvDialect`): :data:`MACHINE`, for scripts, is comma-separated with
ISO 8601 dates and times and a decimal point; :data:`DANISH`, for a Danish Excel or
LibreOffice, is semicolon-separated with decimal commas, dd-mm-åååå dates, Copenhagen
times and a UTF-8 byte-order mark (without it Excel reads UTF-8 as ANSI).  Only numbers,
dates and times differ: text is neutralised the same way in both.  A time is Danish local
time either way; in the machine form it carries its UTC offset
(``2026-12-06T00:30:00+01:00``), so it reads as the pharmacy's clock and is still exact.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import IO

from pharmacy_app.domain.localtime import local_moment

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def safe_text(value: str) -> str:
    if value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int | float):
        return value
    if isinstance(value, datetime):
        return local_moment(value).isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return safe_text(str(value))


@dataclass(frozen=True)
class CsvDialect:
    """How numbers, dates and times are written, and what separates the cells."""

    name: str
    delimiter: str = ","
    decimal: str = "."
    danish_dates: bool = False  # dd-mm-åååå and dd-mm-åååå tt:mm:ss instead of ISO 8601
    bom: bool = False  # a UTF-8 byte-order mark first

    def cell(self, value: object) -> object:
        """``value`` as this dialect writes it (text neutralised as :func:`cell` does)."""
        if self.danish_dates and isinstance(value, datetime):
            return local_moment(value).strftime("%d-%m-%Y %H:%M:%S")
        if self.danish_dates and isinstance(value, date):
            return value.strftime("%d-%m-%Y")
        if self.decimal != "." and isinstance(value, float):
            # Plain digits (never 1e-05), the decimal mark of the reader's locale.
            return format(Decimal(repr(value)), "f").replace(".", self.decimal)
        return cell(value)


MACHINE = CsvDialect("machine")
DANISH = CsvDialect("da", delimiter=";", decimal=",", danish_dates=True, bom=True)
DIALECTS = {d.name: d for d in (MACHINE, DANISH)}


def write_csv(
    stream: IO[str],
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    dialect: CsvDialect = MACHINE,
) -> int:
    """Write ``header`` and ``rows``; return the number of data rows written."""
    if dialect.bom:
        stream.write("\ufeff")
    writer = csv.writer(stream, delimiter=dialect.delimiter, lineterminator="\n")
    writer.writerow([safe_text(h) for h in header])
    n = 0
    for row in rows:
        writer.writerow([dialect.cell(v) for v in row])
        n += 1
    return n
