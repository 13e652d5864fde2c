"""CSV output that no spreadsheet program will execute.

What must hold, whatever the values (a site name, a user name, a note):

* Every line a spreadsheet sees starts as text, never as a formula.  A text beginning
  with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return, or with a full-width or
  small form of one of those signs (``＝``, ``＋``, ``－``, ``＠``, ``﹦``…: whatever
  Unicode's compatibility form makes an ``= + - @``), gets a leading apostrophe; so
  does every line inside a text that runs over several lines, in case a program
  splits the value there.
* A field holding the separator, a quote, a carriage return or a line feed is quoted
  (the csv module quotes only the line terminator's characters, so a bare carriage
  return went out unquoted and a spreadsheet started a new row at it).
* Numbers are written as numbers (a negative number is not text).

Two layouts (:class:`CsvDialect`): :data:`MACHINE`, for scripts, is comma-separated with
ISO 8601 dates and times and a decimal point; :data:`DANISH`, for a Danish Excel or
LibreOffice, is semicolon-separated with decimal commas, dd-mm-åååå dates, Copenhagen
times and a UTF-8 byte-order mark (without it Excel reads UTF-8 as ANSI).  Only numbers,
dates and times differ: text is neutralised the same way in both.  A time is Danish local
time either way; in the machine form it carries its UTC offset
(``2026-12-06T00:30:00+01:00``), so it reads as the pharmacy's clock and is still exact.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import IO

from pharmacy_app.domain.localtime import local_moment

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_SIGNS = frozenset("=+-@")
_LINE_START = re.compile(r"(?:^|(?<=[\r\n]))(?=.)", re.DOTALL)


def _formula_start(text: str) -> bool:
    if not text:
        return False
    first = text[0]
    return first in FORMULA_PREFIXES or unicodedata.normalize("NFKC", first) in _SIGNS


def safe_text(value: str) -> str:
    """``value`` with an apostrophe before every line that would start a formula."""
    if "\r" not in value and "\n" not in value:
        return "'" + value if _formula_start(value) else value
    return _LINE_START.sub(
        lambda m: "'" if _formula_start(value[m.start() :]) else "", value
    )


def quote_field(text: str, delimiter: str) -> str:
    """The field as it goes into the file: quoted (quotes doubled) when it holds the
    separator, a quote, a carriage return or a line feed."""
    if delimiter in text or any(c in text for c in '"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


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


def format_row(values: Iterable[object], delimiter: str) -> str:
    """One line of the file, ending in a line feed."""
    return delimiter.join(quote_field(str(v), delimiter) for v in values) + "\n"


def write_csv(
    stream: IO[str],
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    dialect: CsvDialect = MACHINE,
) -> int:
    """Write ``header`` and ``rows``; return the number of data rows written."""
    if dialect.bom:
        stream.write("\ufeff")
    stream.write(format_row((safe_text(h) for h in header), dialect.delimiter))
    n = 0
    for row in rows:
        stream.write(format_row((dialect.cell(v) for v in row), dialect.delimiter))
        n += 1
    return n
