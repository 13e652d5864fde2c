"""Reading a site's consumption sheet (forbrugsark): the layout in
``resources/docs/forbrugsark.md``.

:func:`parse` turns a file into rows with their file row numbers, and every problem it
can see without the database (a missing column, a cell that is not a date or a whole
number, a required cell left empty) as :class:`Problem` records with row and column.
Whether a site, item number, batch or target group exists, and whether the site had the
doses, is decided by the service that records the rows (all or nothing).

Accepted: ``.xlsx`` (the sheet named ``Forbrug``, else the first sheet) and ``.csv`` as
Danish spreadsheet programs write it (``;`` separator, UTF-8 with or without BOM, or
Windows-1252).  Header names match without regard to case, surrounding spaces, full
stops or æ/ø/å written as ae/oe/aa; a column named twice refuses the sheet.

Nothing here raises for what is in a file.  The file is read exactly or refused whole
(``importers.tabular``): a CSV row with the wrong number of fields or an unclosed quote,
a hidden row, column or sheet.  Doses are whole numbers written with the digits 0-9
(``domain.numbers``; Danish thousands only in a Danish file) up to the limit of one
movement (``domain.limits``); dates are written with 0-9 and are not before
:data:`~pharmacy_app.domain.limits.EARLIEST_DATE`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from pharmacy_app.domain.errors import Problem
from pharmacy_app.domain.limits import EARLIEST_DATE, MAX_DOSES_PER_MOVEMENT
from pharmacy_app.domain.numbers import (
    NOT_ASCII_DIGITS,
    TOO_LARGE,
    NotAWholeNumber,
    cell_whole_number,
    has_foreign_digits,
)
from pharmacy_app.importers import tabular

SHEET_NAMES = ("forbrug", "forbrugsark")


@dataclass(frozen=True)
class Column:
    name: str
    required: bool
    aliases: tuple[str, ...] = ()


COLUMNS: tuple[Column, ...] = (
    Column("Stedkode", True, ("sted",)),
    Column("Dato", True, ("forbrugsdato",)),
    Column("Varenummer", True, ("varenr",)),
    Column("Batch", True, ("batchnummer", "batchnr", "lot")),
    Column("Målgruppe", False, ()),
    Column("Givne doser", True, ("doser", "antal doser")),
)
REQUIRED = tuple(c.name for c in COLUMNS if c.required)


@dataclass(frozen=True)
class SheetRow:
    row: int  # the row number in the file; the header is row 1 (when it is the first row)
    site_code: str
    day: date
    varenummer: str
    batch: str
    target_group: str | None
    doses: int


@dataclass(frozen=True)
class ParsedSheet:
    file: str
    rows: tuple[SheetRow, ...]
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def normalise_header(text: object) -> str:
    value = str(text or "").strip().casefold()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa")):
        value = value.replace(a, b)
    value = value.replace(".", " ").replace("_", " ")
    return " ".join(value.split())


_HEADER_KEYS: dict[str, str] = {}
for _c in COLUMNS:
    for _name in (_c.name, *_c.aliases):
        _HEADER_KEYS[normalise_header(_name)] = _c.name


# --------------------------------------------------------------------------- reading


def _choose_sheet(titles: list[str]) -> int:
    return next((i for i, t in enumerate(titles) if normalise_header(t) in SHEET_NAMES), 0)


def _read(path: Path) -> tabular.Table | Problem:
    """The file's non-blank rows (xlsx by content, CSV by name), or why it cannot be read."""
    name = path.name
    data = tabular.read_bytes(path)
    if isinstance(data, Problem):
        return Problem("sheet_unreadable", {"file": name, "why": _why(data)})
    if data.startswith(b"PK\x03\x04"):
        table = tabular.xlsx_table(data, name, _choose_sheet)
        if isinstance(table, Problem):
            return Problem("sheet_unreadable", {"file": name, "why": _why(table)})
        return table
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return Problem("sheet_unreadable", {"file": name, "why": "not an .xlsx workbook"})
    if path.suffix.lower() not in (".csv", ".txt"):
        return Problem("sheet_unreadable", {"file": name, "why": "use .xlsx or .csv"})
    text = tabular.decode(data)
    if text is None:
        return Problem("sheet_unreadable", {"file": name, "why": "not text"})
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = ";"
    if ";" not in first:
        if "\t" in first:
            delimiter = "\t"
        elif "," in first:
            delimiter = ","
    try:
        return tabular.Table(tabular.csv_rows(text, delimiter, name), delimiter=delimiter)
    except tabular.Refused as refused:
        return refused.problem


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


_DATE_PATTERNS = (
    # [0-9], not \d: \d also matches other scripts' digits.
    (re.compile(r"^([0-9]{1,2})[-./]([0-9]{1,2})[-./]([0-9]{4})$"), ("d", "m", "y")),
    (re.compile(r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$"), ("y", "m", "d")),
)


def parse_date(value: object) -> date | None:
    """A real spreadsheet date, ``dd-mm-åååå`` (also with . or /) or ``åååå-mm-dd``."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        from openpyxl.utils.datetime import from_excel

        try:
            moment = from_excel(value)
        except (ValueError, OverflowError, TypeError):
            return None
        return moment.date() if isinstance(moment, datetime) else None
    text = str(value).strip()
    if " " in text:  # "04-11-2026 00:00:00" from a date-time cell written as text
        text = text.split(" ", 1)[0]
    for pattern, order in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            parts = dict(zip(order, (int(g) for g in match.groups()), strict=True))
            try:
                return date(parts["y"], parts["m"], parts["d"])
            except ValueError:
                return None
    return None


def parse_int(value: object, *, danish: bool = True) -> int | None:
    """A whole number: a number cell, or the digits 0-9 (Danish thousands points allowed
    in a Danish file); None when it is not one (``domain.numbers``)."""
    try:
        return cell_whole_number(value, danish=danish)
    except NotAWholeNumber:
        return None


# --------------------------------------------------------------------------- parsing


def _cell(value: object, column: str, row: int, danish: bool) -> object | Problem:
    """A non-blank cell as its value (date, doses or text), or the problem with it."""
    where = {"row": row, "column": column, "value": _text(value)}
    if isinstance(value, str) and column in ("Dato", "Givne doser") and has_foreign_digits(value):
        return Problem("value_digits_not_ascii", where)
    if column == "Dato":
        day = parse_date(value)
        if day is None:
            return Problem("sheet_not_a_date", where)
        if day < EARLIEST_DATE:  # the 1900 of an empty or mistyped date cell
            return Problem(
                "sheet_date_implausible", {**where, "earliest": EARLIEST_DATE.strftime("%d-%m-%Y")}
            )
        return day
    if column == "Givne doser":
        try:
            doses = cell_whole_number(value, danish=danish)
        except NotAWholeNumber as err:
            if err.reason == NOT_ASCII_DIGITS:
                return Problem("value_digits_not_ascii", where)
            if err.reason == TOO_LARGE:
                return Problem("sheet_quantity_too_large", {**where, "max": MAX_DOSES_PER_MOVEMENT})
            return Problem("sheet_not_a_whole_number", where)
        if doses > MAX_DOSES_PER_MOVEMENT:
            return Problem("sheet_quantity_too_large", {**where, "max": MAX_DOSES_PER_MOVEMENT})
        return doses
    return _text(value)


def _why(problem: Problem) -> str:
    return str(problem.params.get("why") or problem.params.get("kind") or problem.text())


def parse(path: str | Path) -> ParsedSheet:
    path = Path(path)
    name = path.name
    table = _read(path)
    if isinstance(table, Problem):
        return ParsedSheet(name, (), (table,))
    lines = table.rows
    if not lines:
        return ParsedSheet(
            name,
            (),
            (
                Problem(
                    "sheet_empty", {"file": name, "columns": ", ".join(c.name for c in COLUMNS)}
                ),
            ),
        )
    header_row, header = lines[0]
    places: dict[str, list[int]] = {}
    for index, title in enumerate(header):
        key = _HEADER_KEYS.get(normalise_header(title))
        if key is not None:
            places.setdefault(key, []).append(index)
    found = ", ".join(_text(h) for h in header if not _blank(h)) or "-"
    problems: list[Problem] = []
    for column in (c.name for c in COLUMNS):
        if len(places.get(column, ())) > 1:  # which one would be meant?
            problems.append(
                Problem("sheet_column_twice", {"row": header_row, "column": column, "found": found})
            )
    for column in REQUIRED:
        if column not in places:
            problems.append(
                Problem(
                    "sheet_column_missing", {"row": header_row, "column": column, "found": found}
                )
            )
    if problems:
        return ParsedSheet(name, (), tuple(problems))
    if len(lines) == 1:
        return ParsedSheet(name, (), (Problem("sheet_no_rows", {"file": name}),))
    positions = {key: at[0] for key, at in places.items()}
    names = {pos: key for key, pos in positions.items()}
    shape = tabular.shape_problems(
        table, 0, name, [names.get(i, _text(h)) for i, h in enumerate(header)]
    )
    if shape:
        return ParsedSheet(name, (), tuple(shape))
    problems += tabular.hidden_problems(table, name, names, header_row)
    danish = table.delimiter in (None, ";")

    rows: list[SheetRow] = []
    for number, values in lines[1:]:

        def get(column: str, values: Sequence[object] = values) -> object:
            index = positions.get(column)
            if index is None or index >= len(values):
                return None
            return values[index]

        n_before = len(problems)
        cells: dict[str, object] = {}
        for column in (c.name for c in COLUMNS):
            value = get(column)
            if _blank(value):
                if column in REQUIRED:
                    problems.append(
                        Problem("sheet_value_required", {"row": number, "column": column})
                    )
                cells[column] = None
                continue
            cell = _cell(value, column, number, danish)
            if isinstance(cell, Problem):
                problems.append(cell)
                cell = None
            cells[column] = cell
        if len(problems) == n_before:
            rows.append(
                SheetRow(
                    row=number,
                    site_code=str(cells["Stedkode"]),
                    day=cells["Dato"],  # type: ignore[arg-type]
                    varenummer=str(cells["Varenummer"]),
                    batch=str(cells["Batch"]),
                    target_group=cells["Målgruppe"] or None,  # type: ignore[arg-type]
                    doses=cells["Givne doser"],  # type: ignore[arg-type]
                )
            )
    return ParsedSheet(name, tuple(rows), tuple(problems))
