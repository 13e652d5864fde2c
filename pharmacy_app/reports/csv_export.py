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
* Numbers are written as numbers (a negative number is not text).  Dates and times are
  ISO 8601.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import IO

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
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return safe_text(str(value))


def format_row(values: Iterable[object], delimiter: str) -> str:
    """One line of the file, ending in a line feed."""
    return delimiter.join(quote_field(str(v), delimiter) for v in values) + "\n"


def write_csv(
    stream: IO[str], header: Sequence[str], rows: Iterable[Sequence[object]], delimiter: str = ","
) -> int:
    """Write ``header`` and ``rows``; return the number of data rows written."""
    stream.write(format_row((safe_text(h) for h in header), delimiter))
    n = 0
    for row in rows:
        stream.write(format_row((cell(v) for v in row), delimiter))
        n += 1
    return n
