"""Reading an SSI delivery note (følgeseddel) from ``.xlsx`` or ``.csv`` into checked rows.

The layout is ``reference/ssi_delivery_note.md``.  This module only reads and parses:
it knows nothing of the database, so the catalogue checks (known item number, lot seen
before, expiry against today) are the receiving service's.  What must hold:

* Nothing here raises for a bad file.  Every problem comes back as a
  :class:`~pharmacy_app.domain.errors.Problem` with the file row number (as a
  spreadsheet shows it), the column as the layout names it, the value as written and a
  ``reason`` key, and *every* problem of *every* row is reported, not just the first.
* A value that cannot be read is ``None`` in its :class:`NoteRow` and its column is in
  ``NoteRow.invalid``, so later checks can skip it instead of reporting it twice.
* Header names match without regard to case, surrounding or repeated spaces, full
  stops, or æ/ø/å written as ae/oe/aa.  Unknown columns are ignored.
* The file is read exactly or refused (``importers.tabular``): a CSV row with the wrong
  number of fields or an unclosed quote refuses the whole note, naming the row; so do
  hidden rows, columns or sheets of a workbook.
* Counts are whole numbers written with the digits 0-9 (``domain.numbers``): Danish
  thousands points are read in a ``;`` CSV and in a workbook (the layout is Danish),
  never a decimal point or comma; a count above the plausibility limits
  (``domain.limits``) is refused.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pharmacy_app.domain.catalog import check_batch
from pharmacy_app.domain.errors import DomainError, Problem
from pharmacy_app.domain.limits import MAX_DOSES_PER_MOVEMENT, MAX_PACKS_PER_LINE
from pharmacy_app.domain.numbers import (
    NOT_ASCII_DIGITS,
    TOO_LARGE,
    NotAWholeNumber,
    ascii_digits,
    cell_whole_number,
    has_foreign_digits,
)
from pharmacy_app.importers import tabular
from pharmacy_app.importers.tabular import Table

# Storage conditions as the receiving service names them.
FROZEN, FRIDGE = "frozen", "fridge"

SHEET_NAME = "Følgeseddel"
NOTE_NUMBER_MAX = 40  # receipt.note_number is VARCHAR(40)
HEADER_SEARCH_ROWS = 30  # a title block above the header is allowed
HEADER_MIN_MATCHES = 3  # a row naming at least this many known columns is the header


@dataclass(frozen=True)
class Column:
    key: str
    name: str  # as the layout names it; used in every message
    required: bool


NOTE_NUMBER = Column("note_number", "Følgeseddelnr", True)
DELIVERED_ON = Column("delivered_on", "Leveringsdato", True)
VARENUMMER = Column("varenummer", "Varenummer", True)
GTIN = Column("gtin", "GTIN", False)
VACCINE = Column("vaccine", "Vaccine", False)
BATCH = Column("batch", "Batch", True)
EXPIRY = Column("expiry", "Udløbsdato", True)
PACKS = Column("packs", "Antal pakninger", True)
DOSES_PER_PACK = Column("doses_per_pack", "Doser pr. pakning", False)
STORAGE = Column("storage", "Opbevaring", False)
REMARK = Column("remark", "Bemærkning", False)

COLUMNS: tuple[Column, ...] = (
    NOTE_NUMBER,
    DELIVERED_ON,
    VARENUMMER,
    GTIN,
    VACCINE,
    BATCH,
    EXPIRY,
    PACKS,
    DOSES_PER_PACK,
    STORAGE,
    REMARK,
)
REQUIRED_NAMES = ", ".join(c.name for c in COLUMNS if c.required)

# The storage ranges the layout names, after normalising (see parse_storage).
STORAGE_CONDITIONS = {"-90/-60": FROZEN, "-25/-15": FROZEN, "2-8": FRIDGE}
STORAGE_NAMES = "-90/-60, -25/-15, 2-8 °C"

# What a CSV writer puts before text that a spreadsheet could run as a formula
# (reports.csv_export also neutralises the full-width and small forms of the signs).
_NEUTRALISED = re.compile(r"^'(?=[=+\-@\t\r\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b])")


def normalise_name(text: object) -> str:
    """A header or sheet name as compared: ``" FØLGESEDDELNR "`` -> ``"foelgeseddelnr"``."""
    t = " ".join(str(text).split()).casefold()
    t = t.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return t.replace(".", "").strip()


_BY_NAME = {normalise_name(c.name): c for c in COLUMNS}


def column_index(name: str) -> int:
    """Position of a column in the layout (for ordering problems); unknown names last."""
    for i, c in enumerate(COLUMNS):
        if c.name == name:
            return i
    return len(COLUMNS)


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class NoteRow:
    """One data row.  ``None`` means blank or unreadable (then the key is in ``invalid``)."""

    row: int
    note_number: str | None
    delivered_on: date | None
    varenummer: str | None
    gtin: str | None
    vaccine: str
    batch: str | None
    expiry: date | None
    packs: int | None
    doses_per_pack: int | None
    condition: str | None  # FROZEN, FRIDGE or None when Opbevaring is blank
    remark: str
    text: dict[str, str] = field(default_factory=dict)  # each cell as written, by key
    invalid: frozenset[str] = frozenset()  # keys of the cells that could not be read


@dataclass(frozen=True)
class ParsedNote:
    file: str
    sheet: str | None  # the worksheet read (xlsx only)
    header_row: int | None
    rows: list[NoteRow]
    problems: list[Problem]

    @property
    def note_number(self) -> str | None:
        return next((r.note_number for r in self.rows if r.note_number is not None), None)

    @property
    def delivered_on(self) -> date | None:
        return next((r.delivered_on for r in self.rows if r.delivered_on is not None), None)


class CellError(ValueError):
    """A cell that cannot be read: the problem code, its reason key and extra parameters."""

    def __init__(self, code: str, reason: str, **extra: Any):
        super().__init__(code)
        self.code = code
        self.reason = reason
        self.extra = extra


# --------------------------------------------------------------------------- cells


def cell_text(value: Any) -> str:
    """A cell as text, the way a person reads it (for messages and text columns)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return (
            value.date().isoformat()
            if value.time() == datetime.min.time()
            else value.isoformat(" ")
        )
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value).strip()
    # Undo a CSV writer's formula neutralising: "'-90/-60" was written for "-90/-60".
    return _NEUTRALISED.sub("", text)


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


# [0-9], not \d: \d also matches other scripts' digits, which int() would then read.
_DMY = re.compile(r"^([0-9]{1,2})[-.]([0-9]{1,2})[-.]([0-9]{4})(?: 00:00(?::00)?)?$")
_YMD = re.compile(r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[ T]00:00(?::00)?)?$")


def parse_date(value: Any) -> date:
    """``dd-mm-åååå``, ``åååå-mm-dd`` or a spreadsheet date; day ``00`` is the month's last.

    GS1 writes an expiry with day 00 for "the end of that month"; so does SSI."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool | int | float):  # a bare number is not a date
        raise CellError("note_not_a_date", "not_a_date")
    text = cell_text(value)
    if has_foreign_digits(text):
        raise CellError("value_digits_not_ascii", NOT_ASCII_DIGITS)
    if m := _DMY.match(text):
        day, month, year = (int(g) for g in m.groups())
    elif m := _YMD.match(text):
        year, month, day = (int(g) for g in m.groups())
    else:
        raise CellError("note_not_a_date", "not_a_date")
    try:
        if day == 0 and 1 <= month <= 12:
            day = last_day(year, month)
        return date(year, month, day)
    except ValueError as err:  # 31-02-2027, month 13, year 0
        raise CellError("note_not_a_date", "not_a_date") from err


def parse_int(value: Any, *, danish: bool = True, most: int = MAX_PACKS_PER_LINE) -> int:
    """A whole number: a number cell, or text with the digits 0-9 (``1.200``, Danish
    thousands, only when ``danish``); never a decimal point or comma (``domain.numbers``).
    ``most`` is named when the number has too many digits to be read at all."""
    try:
        return cell_whole_number(
            cell_text(value) if isinstance(value, str) else value, danish=danish
        )
    except NotAWholeNumber as err:
        if err.reason == NOT_ASCII_DIGITS:
            raise CellError("value_digits_not_ascii", err.reason) from None
        if err.reason == TOO_LARGE:
            raise CellError("note_quantity_too_large", err.reason, max=most) from None
        raise CellError("note_not_a_whole_number", "not_whole") from None


def parse_positive_int(value: Any, *, danish: bool = True, most: int = MAX_PACKS_PER_LINE) -> int:
    """A whole number from 1 to ``most``."""
    number = parse_int(value, danish=danish, most=most)
    if number <= 0:
        raise CellError("note_not_positive", "not_positive")
    if number > most:
        raise CellError("note_quantity_too_large", "too_large", max=most)
    return number


def gtin_check_digit(first13: str) -> int:
    """The GS1 check digit of the 13 digits before it (weights 3, 1, 3, … from the right)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(first13)))
    return (10 - total % 10) % 10


def parse_gtin(value: Any) -> str:
    """A GTIN as 14 digits.  A GTIN-8/12/13 is padded with zeros, as GS1 does; that also
    restores the leading zero a spreadsheet drops from a number cell."""
    if isinstance(value, bool):
        raise CellError("note_gtin_invalid", "gtin_length")
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        digits = str(int(value)) if abs(value) < 10**14 else ""
    else:
        digits = cell_text(value).replace(" ", "")
    if has_foreign_digits(digits):
        raise CellError("value_digits_not_ascii", NOT_ASCII_DIGITS)
    if not ascii_digits(digits) or len(digits) not in (8, 12, 13, 14):
        raise CellError("note_gtin_invalid", "gtin_length")
    digits = digits.zfill(14)
    expected = gtin_check_digit(digits[:13])
    if int(digits[13]) != expected:
        raise CellError("note_gtin_check_digit", "check_digit", expected=expected)
    return digits


def parse_batch(value: Any) -> str:
    """A batch number: 1–20 characters of the set :func:`check_batch` accepts."""
    text = cell_text(value)
    try:
        return check_batch(text)
    except DomainError as err:
        raise CellError("note_batch_invalid", "batch_invalid") from err


def parse_storage(value: Any) -> str:
    """``-90/-60`` or ``-25/-15`` -> frozen, ``2-8`` -> fridge (°C, spaces and dashes forgiven)."""
    if isinstance(value, datetime | date):
        # A spreadsheet turns a typed "2-8" into 2 August (or 8 February); undo that.
        if (value.day, value.month) in ((2, 8), (8, 2)):
            return FRIDGE
        raise CellError("note_storage_unknown", "storage_unknown")
    text = cell_text(value)
    for dash in ("\u2212", "\u2013", "\u2014"):  # minus sign, en and em dash
        text = text.replace(dash, "-")
    text = re.sub(r"\s+|°|grader", "", text.casefold()).replace("+", "")
    text = re.sub(r"(?<=\d)c$", "", text)  # "2-8 °C"
    condition = STORAGE_CONDITIONS.get(text)
    if condition is None:
        raise CellError("note_storage_unknown", "storage_unknown")
    return condition


# --------------------------------------------------------------------------- files


def _file_problem(code: str, file: str, **params: Any) -> Problem:
    return Problem(code, {"file": file, **params})


def _choose_sheet(titles: list[str]) -> int:
    """The sheet named Følgeseddel, else the first."""
    wanted = normalise_name(SHEET_NAME)
    return next((i for i, t in enumerate(titles) if normalise_name(t) == wanted), 0)


def read_table(path: str | Path) -> Table | Problem:
    """The non-blank rows of a delivery note file, or the problem that stops reading it.

    The format is decided by the content, not the name: a workbook renamed to ``.csv``
    is still read as a workbook."""
    path = Path(path)
    name = path.name
    data = tabular.read_bytes(path)
    if isinstance(data, Problem):
        return data
    if not data.strip():
        return _file_problem("note_file_empty", name)
    if data.startswith(b"PK\x03\x04"):
        return tabular.xlsx_table(data, name, _choose_sheet)
    if data.startswith(b"\xd0\xcf\x11\xe0"):  # OLE2: the old .xls format
        return _file_problem("note_file_xls", name)
    return _read_csv(data, name)


def _read_csv(data: bytes, name: str) -> Table | Problem:
    text = tabular.decode(data)
    if text is None:
        return _file_problem("note_file_type", name, kind="binary")
    # The delimiter is the one that finds the best header, read leniently (a broken
    # quote further down must not hide the header); the file is then read strictly.
    best, best_score = ";", -1
    for delimiter in (";", ",", "\t"):  # ";" wins a tie: it is what Danish programs write
        found = find_header(tabular.lenient_rows(text, delimiter, HEADER_SEARCH_ROWS))
        score = len(found[1]) if found else 0
        if score > best_score:
            best, best_score = delimiter, score
    try:
        rows = tabular.csv_rows(text, best, name)
    except tabular.Refused as refused:
        return refused.problem
    return Table(rows, delimiter=best)


# --------------------------------------------------------------------------- header


def find_header(
    rows: Sequence[tuple[int, tuple[Any, ...]]],
) -> tuple[int, dict[str, list[int]]] | None:
    """The header among the first rows: (index in ``rows``, column key -> cell positions)."""
    for index, (_number, values) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        positions: dict[str, list[int]] = {}
        for pos, value in enumerate(values):
            if value is None:
                continue
            column = _BY_NAME.get(normalise_name(value))
            if column is not None:
                positions.setdefault(column.key, []).append(pos)
        if len(positions) >= HEADER_MIN_MATCHES:
            return index, positions
    return None


# --------------------------------------------------------------------------- parsing


def _parsers(danish: bool) -> dict[str, Any]:
    """Each column's parser; counts read Danish thousands only in a Danish file."""

    def packs(value: Any) -> int:
        return parse_positive_int(value, danish=danish, most=MAX_PACKS_PER_LINE)

    def doses_per_pack(value: Any) -> int:
        return parse_positive_int(value, danish=danish, most=MAX_DOSES_PER_MOVEMENT)

    return {
        DELIVERED_ON.key: parse_date,
        EXPIRY.key: parse_date,
        GTIN.key: parse_gtin,
        BATCH.key: parse_batch,
        PACKS.key: packs,
        DOSES_PER_PACK.key: doses_per_pack,
        STORAGE.key: parse_storage,
    }


def _parse_row(
    number: int, values: tuple[Any, ...], positions: dict[str, int], parsers: dict[str, Any]
) -> tuple[NoteRow, list[Problem]]:
    problems: list[Problem] = []
    parsed: dict[str, Any] = {}
    text: dict[str, str] = {}
    invalid: set[str] = set()
    for column in COLUMNS:
        pos = positions.get(column.key)
        raw = values[pos] if pos is not None and pos < len(values) else None
        shown = cell_text(raw)
        text[column.key] = shown
        if not shown:
            parsed[column.key] = None
            if column.required and pos is not None:
                where = {"row": number, "column": column.name, "value": shown}
                problems.append(Problem("note_value_missing", {**where, "reason": "missing"}))
                invalid.add(column.key)
            continue
        parser = parsers.get(column.key)
        if parser is None:
            parsed[column.key] = shown
            continue
        try:
            parsed[column.key] = parser(raw)
        except CellError as err:
            parsed[column.key] = None
            invalid.add(column.key)
            where = {"row": number, "column": column.name, "value": shown}
            problems.append(Problem(err.code, {**where, "reason": err.reason, **err.extra}))
    note_number = parsed[NOTE_NUMBER.key]
    if note_number is not None and len(note_number) > NOTE_NUMBER_MAX:
        problems.append(
            Problem(
                "note_value_too_long",
                {
                    "row": number,
                    "column": NOTE_NUMBER.name,
                    "value": note_number,
                    "reason": "too_long",
                    "max": NOTE_NUMBER_MAX,
                },
            )
        )
        invalid.add(NOTE_NUMBER.key)
        note_number = None
    row = NoteRow(
        row=number,
        note_number=note_number,
        delivered_on=parsed[DELIVERED_ON.key],
        varenummer=parsed[VARENUMMER.key],
        gtin=parsed[GTIN.key],
        vaccine=parsed[VACCINE.key] or "",
        batch=parsed[BATCH.key],
        expiry=parsed[EXPIRY.key],
        packs=parsed[PACKS.key],
        doses_per_pack=parsed[DOSES_PER_PACK.key],
        condition=parsed[STORAGE.key],
        remark=parsed[REMARK.key] or "",
        text=text,
        invalid=frozenset(invalid),
    )
    return row, problems


def _one_per_note(rows: Iterable[NoteRow], column: Column, attr: str) -> list[Problem]:
    """Every row must carry the first row's value of a note-wide column."""
    problems = []
    first: NoteRow | None = None
    for row in rows:
        value = getattr(row, attr)
        if value is None:
            continue
        if first is None:
            first = row
        elif value != getattr(first, attr):
            problems.append(
                Problem(
                    "note_value_differs",
                    {
                        "row": row.row,
                        "column": column.name,
                        "value": row.text[column.key],
                        "reason": "differs",
                        "expected": first.text[column.key],
                        "first_row": first.row,
                    },
                )
            )
    return problems


def parse_table(table: Table, file: str) -> ParsedNote:
    if not table.rows:  # only blank lines, separators or an empty sheet
        return ParsedNote(file, table.sheet, None, [], [_file_problem("note_file_empty", file)])
    found = find_header(table.rows)
    if found is None:
        if table.sheet is not None:
            problem = _file_problem(
                "note_sheet_no_header",
                file,
                sheet=table.sheet,
                sheets=", ".join(table.sheets),
                columns=REQUIRED_NAMES,
                reason="no_header",
            )
        else:
            problem = _file_problem(
                "note_no_header", file, columns=REQUIRED_NAMES, reason="no_header"
            )
        return ParsedNote(file, table.sheet, None, [], [problem])
    index, positions = found
    header_row = table.rows[index][0]
    problems: list[Problem] = []
    for key, places in positions.items():
        if len(places) > 1:
            column = next(c for c in COLUMNS if c.key == key)
            problems.append(
                Problem(
                    "note_column_twice",
                    {"file": file, "row": header_row, "column": column.name, "reason": "twice"},
                )
            )
    for column in COLUMNS:
        if column.required and column.key not in positions:
            problems.append(
                Problem(
                    "note_column_missing",
                    {
                        "file": file,
                        "row": header_row,
                        "column": column.name,
                        "reason": "missing_column",
                    },
                )
            )
    data = table.rows[index + 1 :]
    if not data:
        problems.append(_file_problem("note_no_rows", file, row=header_row, reason="no_rows"))
        return ParsedNote(file, table.sheet, header_row, [], problems)
    first_position = {key: places[0] for key, places in positions.items()}
    names = {pos: c.name for c in COLUMNS for pos in positions.get(c.key, ())}
    # A CSV whose rows do not line up with the header is refused whole: its values
    # cannot be trusted to be in the columns they seem to be in.
    shape = tabular.shape_problems(
        table,
        index,
        file,
        [names.get(pos, cell_text(v)) for pos, v in enumerate(table.rows[index][1])],
        free_text={pos for c in (VACCINE, REMARK) for pos in positions.get(c.key, ())},
    )
    if shape:
        return ParsedNote(file, table.sheet, header_row, [], problems + shape)
    problems += tabular.hidden_problems(table, file, names, header_row)
    # A workbook and a ";" CSV are Danish (the layout); a "," or tab CSV does not say.
    parsers = _parsers(danish=table.delimiter in (None, ";"))
    rows: list[NoteRow] = []
    for number, values in data:
        row, row_problems = _parse_row(number, values, first_position, parsers)
        rows.append(row)
        problems += row_problems
    problems += _one_per_note(rows, NOTE_NUMBER, "note_number")
    problems += _one_per_note(rows, DELIVERED_ON, "delivered_on")
    problems.sort(key=problem_order)
    return ParsedNote(file, table.sheet, header_row, rows, problems)


def problem_order(problem: Problem) -> tuple[int, int]:
    """File problems first, then by row and by the column's place in the layout."""
    return int(problem.params.get("row", 0)), column_index(str(problem.params.get("column", "")))


def parse_note(path: str | Path) -> ParsedNote:
    """Read and parse a delivery note file; never raises for what is in the file."""
    table = read_table(path)
    file = Path(path).name
    if isinstance(table, Problem):
        return ParsedNote(file, None, None, [], [table])
    return parse_table(table, file)
