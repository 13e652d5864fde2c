"""CSV output that no spreadsheet program will execute.

A text cell beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return could be
run as a formula when the file is opened in a spreadsheet; such cells get a leading
apostrophe.  Numbers are written as numbers (a negative number is not text).
Dates and times are ISO 8601; a time is Danish local time with its UTC offset
(``2026-12-06T00:30:00+01:00``), so it reads as the pharmacy's clock and is still exact.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import date, datetime
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


def write_csv(
    stream: IO[str], header: Sequence[str], rows: Iterable[Sequence[object]], delimiter: str = ","
) -> int:
    """Write ``header`` and ``rows``; return the number of data rows written."""
    writer = csv.writer(stream, delimiter=delimiter, lineterminator="\n")
    writer.writerow([safe_text(h) for h in header])
    n = 0
    for row in rows:
        writer.writerow([cell(v) for v in row])
        n += 1
    return n
