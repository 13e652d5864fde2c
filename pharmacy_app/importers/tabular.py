"""Reading the rows of a CSV or .xlsx file exactly, or refusing the file with a reason.

The delivery note, the consumption sheet and the round file are read through here, so
that each refuses the same things the same way.  What must hold:

* Nothing here raises for what is in a file: every failure (a damaged zip or XML, an
  undecodable byte, a csv error, a file too large, too deep or too wide) comes back as
  a :class:`~pharmacy_app.domain.errors.Problem` naming the file and, where there is
  one, the row.  Only a bug raises.
* CSV is parsed strictly: a quote that is never closed, or text after a closing quote,
  refuses the file naming the row where it happened, instead of letting the rest of the
  file run into one value (the csv module's lenient default).  Every row under the
  header must have exactly the header's number of fields, and a value may run over
  several lines only where free text is allowed and only without a separator in it:
  anything else means a quote or separator is wrong, and the whole file is refused,
  naming the row.
* Rows are numbered as a spreadsheet or a text editor numbers them (a quoted value
  over two lines makes the next row number two higher).
* A workbook is refused before it is unpacked when its parts would unpack to more than
  :data:`~pharmacy_app.domain.limits.MAX_UNPACKED_BYTES`; reading stops past
  :data:`~pharmacy_app.domain.limits.MAX_FILE_ROWS` rows.  Hidden rows, hidden columns
  and a hidden sheet are reported (:func:`hidden_problems`): what is imported must be
  what the person sees.
"""

from __future__ import annotations

import csv
import io
import itertools
import zipfile
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import iterparse

from pharmacy_app.domain.errors import Problem
from pharmacy_app.domain.limits import MAX_FILE_BYTES, MAX_FILE_ROWS, MAX_UNPACKED_BYTES
from pharmacy_app.domain.messages.terms import Phrase, Term

# The csv module's own limit on one value; a longer value is refused, never truncated.
MAX_FIELD_CHARS = csv.field_size_limit()
MAX_COLUMNS = 200

# Errors a damaged workbook raises from zipfile, the XML parser and openpyxl.  A bare
# Exception is caught too where a workbook is opened: openpyxl raises many more types.
_SPREADSHEET_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"

Rows = list[tuple[int, tuple[Any, ...]]]


@dataclass(frozen=True)
class Table:
    """The non-blank rows of a file: (file row number, values), and where they came from.

    ``hidden_rows`` and ``hidden_columns`` (0-based positions) are those of an .xlsx
    sheet; ``delimiter`` is set for CSV."""

    rows: Rows
    sheet: str | None = None
    sheets: tuple[str, ...] = ()
    delimiter: str | None = None
    hidden_rows: frozenset[int] = frozenset()
    hidden_columns: frozenset[int] = frozenset()
    sheet_hidden: bool = False


class Refused(Exception):
    """The file cannot be read; ``problem`` says why (raised and caught in this layer)."""

    def __init__(self, problem: Problem):
        super().__init__(problem.code)
        self.problem = problem


def problem(code: str, file: str, **params: Any) -> Problem:
    return Problem(code, {"file": file, **params})


def is_blank(values: Sequence[Any]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


# --------------------------------------------------------------------------- bytes


def read_bytes(path: str | Path, file: str | None = None) -> bytes | Problem:
    """The file's bytes, or the problem: unreadable (``note_file_unreadable``) or larger
    than :data:`MAX_FILE_BYTES` (checked before reading it)."""
    path = Path(path)
    name = file or path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return problem("file_too_large", name, size=size, max=MAX_FILE_BYTES)
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as err:
        return problem("note_file_unreadable", name, why=err.strerror or str(err))
    if len(data) > MAX_FILE_BYTES:  # grew while being read
        return problem("file_too_large", name, size=len(data), max=MAX_FILE_BYTES)
    return data


def decode(data: bytes) -> str | None:
    """UTF-8 (with or without BOM), else Windows-1252; None for a binary file."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return None if "\x00" in text else text
    return None


# --------------------------------------------------------------------------- CSV


class _Records:
    """The non-blank records of a CSV text with the file row each starts on; ``start`` is
    the row of the record being read (where an error is)."""

    def __init__(self, text: str, delimiter: str, strict: bool):
        self.reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=strict)
        self.start = 1

    def __iter__(self) -> Iterator[tuple[int, tuple[str, ...]]]:
        for record in self.reader:
            if not is_blank(record):
                yield self.start, tuple(record)
            self.start = self.reader.line_num + 1


def csv_rows(text: str, delimiter: str, file: str) -> Rows:
    """The non-blank records, strictly parsed; raises :class:`Refused` naming the row."""
    records = _Records(text, delimiter, strict=True)
    rows: Rows = []
    try:
        for row in records:
            rows.append(row)
            if len(rows) > MAX_FILE_ROWS:
                raise Refused(problem("file_too_many_rows", file, max=MAX_FILE_ROWS))
    except csv.Error as err:
        message = str(err)
        if "end of data" in message:
            raise Refused(problem("csv_quote_unclosed", file, row=records.start)) from None
        if "field larger" in message:
            raise Refused(
                problem("csv_field_too_large", file, row=records.start, max=MAX_FIELD_CHARS)
            ) from None
        raise Refused(problem("csv_bad_quote", file, row=records.reader.line_num)) from None
    return rows


def lenient_rows(text: str, delimiter: str, limit: int = MAX_FILE_ROWS) -> Rows:
    """The first ``limit`` non-blank records as the csv module reads them by default (to
    find the header when choosing the delimiter); never raises."""
    try:
        return list(itertools.islice(_Records(text, delimiter, strict=False), limit))
    except csv.Error:
        return []


def shape_problems(
    table: Table,
    header_index: int,
    file: str,
    names: Sequence[str],
    free_text: Collection[int] = (),
) -> list[Problem]:
    """Every CSV row under the header must have the header's number of fields; a value
    over several lines is allowed only in a ``free_text`` position and without the
    separator in it.  ``names`` are the header's column names (for messages)."""
    if table.delimiter is None:
        return []
    header_row, header = table.rows[header_index]
    expected = len(header)
    problems: list[Problem] = []
    for number, values in table.rows[header_index + 1 :]:
        # Exactly as many: spreadsheet programs write every row as wide as the sheet, and
        # an extra separator in a row whose last field is empty would otherwise shift
        # every value one column to the right unnoticed.
        found = len(values)
        if found != expected:
            problems.append(
                problem(
                    "csv_field_count",
                    file,
                    row=number,
                    found=found,
                    expected=expected,
                    header_row=header_row,
                )
            )
            continue
        for pos, value in enumerate(values[:found]):
            text = str(value)
            if "\n" not in text and "\r" not in text:
                continue
            has_sep = table.delimiter in text
            if pos in free_text and not has_sep:
                continue
            problems.append(
                problem(
                    "csv_value_spans_lines",
                    file,
                    row=number,
                    column=names[pos] if pos < len(names) else str(pos + 1),
                    lines=len(text.splitlines()),
                    and_sep=Phrase(Term.CSV_AND_SEPARATOR, {"separator": table.delimiter})
                    if has_sep
                    else "",
                )
            )
    return problems


# --------------------------------------------------------------------------- xlsx


def _unpacked_size(data: bytes) -> int:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return sum(info.file_size for info in z.infolist())


def _hidden(data: bytes, part: str) -> tuple[frozenset[int], frozenset[int]]:
    """Hidden row numbers and hidden column positions (0-based) of a worksheet part."""
    rows: set[int] = set()
    columns: set[int] = set()
    zero_height = False
    counter = 0
    with zipfile.ZipFile(io.BytesIO(data)) as z, z.open(part.lstrip("/")) as fh:
        for _event, elem in iterparse(fh):
            tag = elem.tag
            if tag == f"{_SPREADSHEET_MAIN}sheetFormatPr":
                zero_height = elem.get("zeroHeight") in ("1", "true")
            elif tag == f"{_SPREADSHEET_MAIN}col":
                if elem.get("hidden") in ("1", "true") or _zero(elem.get("width")):
                    first = int(elem.get("min", "1"))
                    last = min(int(elem.get("max", str(first))), first + MAX_COLUMNS)
                    columns.update(range(first - 1, last))
            elif tag == f"{_SPREADSHEET_MAIN}row":
                r = elem.get("r")
                counter = int(r) if r and r.isdigit() else counter + 1
                height = elem.get("ht")
                if (
                    elem.get("hidden") in ("1", "true")
                    or _zero(height)
                    or (zero_height and height is None)
                ):
                    rows.add(counter)
                elem.clear()
    return frozenset(rows), frozenset(columns)


def _zero(value: str | None) -> bool:
    try:
        return value is not None and float(value) == 0
    except ValueError:
        return False


def xlsx_table(data: bytes, file: str, choose: Callable[[list[str]], int]) -> Table | Problem:
    """The non-blank rows of the sheet ``choose`` picks (from the sheet titles), with its
    hidden rows and columns; or the problem that stops reading the workbook."""
    import openpyxl

    try:
        if _unpacked_size(data) > MAX_UNPACKED_BYTES:
            return problem("file_too_large", file, size=len(data), max=MAX_UNPACKED_BYTES)
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as err:  # a damaged workbook raises many types (BadZipFile, KeyError…)
        return problem("note_file_type", file, kind=type(err).__name__)
    try:
        sheets = wb.worksheets
        if not sheets:
            return problem("note_file_empty", file)
        titles = [s.title for s in sheets]
        ws = sheets[choose(titles)]
        # The stored dimensions may be wrong (some programs write none); read to the end.
        ws.reset_dimensions()
        rows: Rows = []
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            if number > MAX_FILE_ROWS:
                return problem("file_too_many_rows", file, max=MAX_FILE_ROWS)
            if len(values) > MAX_COLUMNS and not is_blank(values[MAX_COLUMNS:]):
                return problem("file_too_many_columns", file, row=number, max=MAX_COLUMNS)
            if not is_blank(values):
                rows.append((number, tuple(values[:MAX_COLUMNS])))
        hidden_rows, hidden_columns = _hidden(data, ws._worksheet_path)
        return Table(
            rows,
            sheet=ws.title,
            sheets=tuple(titles),
            hidden_rows=hidden_rows,
            hidden_columns=hidden_columns,
            sheet_hidden=ws.sheet_state != "visible",
        )
    except Exception as err:  # damaged sheet XML, a recursion or overflow in a parser
        return problem("note_file_type", file, kind=type(err).__name__)
    finally:
        wb.close()


def hidden_problems(
    table: Table, file: str, columns: dict[int, str], header_row: int
) -> list[Problem]:
    """A hidden sheet, every hidden non-blank row, and every hidden column that is read
    (``columns``: position -> name), as problems."""
    if table.sheet is None:
        return []
    problems: list[Problem] = []
    if table.sheet_hidden:
        problems.append(problem("xlsx_hidden_sheet", file, sheet=table.sheet))
    for pos, name in sorted(columns.items()):
        if pos in table.hidden_columns:
            problems.append(
                problem("xlsx_hidden_column", file, sheet=table.sheet, column=name, row=header_row)
            )
    for number, _values in table.rows:
        if number in table.hidden_rows:
            problems.append(problem("xlsx_hidden_row", file, sheet=table.sheet, row=number))
    return problems
