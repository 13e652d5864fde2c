"""Reading a count file: the whole units counted per lot at a stocktake.

Danish CSV (``;``, UTF-8 with or without BOM, or Windows-1252; ``,`` or tab separate
too), header row first::

    Varenummer;Batch;Optalt;Optøet;Årsag;Bemærkning
    412345;FX1234;9;;SVIND;
    412345;FX5678;4;20-10-2026;;

``Varenummer`` (or the GTIN), ``Batch`` and ``Optalt`` (whole vials, syringes or
applicators counted) are required, except that a row with an ``Årsag`` and no count
gives the reason for a lot counted before (as a blind count's reviewer does); ``Optøet`` (the thaw date of a thawed part,
dd-mm-åååå), ``Årsag`` (a stocktake reason code) and ``Bemærkning`` (the text the
reason ANDET needs) are optional.  Header names match as the consumption sheet's do
(case, spaces, æ/ø/å written ae/oe/aa).

This module only reads: whether the item number, batch and reason exist is the
service's (``services.stocktake``).  What must hold: nothing here raises for what is in
the file; the file is read exactly or refused whole (``importers.tabular``); counts are
whole numbers of 0 or more written with 0-9 (``domain.numbers``); a lot (item number,
batch, thaw date) counted in two rows refuses the file; every problem names its row and
column.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pharmacy_app.domain.errors import Problem
from pharmacy_app.domain.limits import EARLIEST_DATE, MAX_DOSES_PER_MOVEMENT
from pharmacy_app.domain.numbers import (
    NOT_ASCII_DIGITS,
    TOO_LARGE,
    NotAWholeNumber,
    cell_whole_number,
)
from pharmacy_app.importers import tabular
from pharmacy_app.importers.consumption_sheet import normalise_header, parse_date

VARENUMMER, BATCH, UNITS, THAWED, REASON, TEXT = (
    "Varenummer", "Batch", "Optalt", "Optøet", "Årsag", "Bemærkning",
)  # fmt: skip
REQUIRED = (VARENUMMER, BATCH, UNITS)
ALIASES: dict[str, tuple[str, ...]] = {
    VARENUMMER: ("varenr", "gtin"),
    BATCH: ("batchnummer", "batchnr", "lot"),
    UNITS: ("antal", "optalte"),
    THAWED: ("optoet", "optoeningsdato", "optoet dato", "thawed"),
    REASON: ("aarsagskode",),
    TEXT: ("tekst", "kommentar"),
}
_KEYS = {normalise_header(alias): name for name, more in ALIASES.items() for alias in (name, *more)}


@dataclass(frozen=True)
class CountRow:
    row: int  # the file's row number (the header is row 1 when it is the first line)
    varenummer: str
    batch: str
    units: int | None  # None: only a reason for a lot counted before (a blind count's)
    thawed_on: date | None
    reason_code: str | None
    reason_text: str


@dataclass(frozen=True)
class ParsedCount:
    file: str
    rows: tuple[CountRow, ...]
    problems: tuple[Problem, ...]


def _refused(file: str, *problems: Problem) -> ParsedCount:
    return ParsedCount(file, (), problems)


def _table(path: Path) -> tabular.Table | Problem:
    name = path.name
    data = tabular.read_bytes(path)
    if isinstance(data, Problem):
        why = str(data.params.get("why") or data.text())
        return Problem("count_file_unreadable", {"file": name, "why": why})
    text = tabular.decode(data)
    if text is None:
        return Problem("count_file_unreadable", {"file": name, "why": "not text"})
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = ";" if ";" in first else ("\t" if "\t" in first else ",")
    try:
        return tabular.Table(tabular.csv_rows(text, delimiter, name), delimiter=delimiter)
    except tabular.Refused as refused:
        return refused.problem


def parse(path: str | Path) -> ParsedCount:
    """Every row of the count file, or every problem found (then no rows)."""
    path = Path(path)
    name = path.name
    table = _table(path)
    if isinstance(table, Problem):
        return _refused(name, table)
    if not table.rows:
        return _refused(name, Problem("sheet_empty", {"file": name, "columns": ";".join(REQUIRED)}))
    header_row, header = table.rows[0]
    places: dict[str, list[int]] = {}
    for index, title in enumerate(header):
        key = _KEYS.get(normalise_header(title))
        if key is not None:
            places.setdefault(key, []).append(index)
    found = ", ".join(str(h).strip() for h in header if str(h).strip()) or "-"
    problems = [
        Problem("sheet_column_twice", {"row": header_row, "column": column, "found": found})
        for column, at in places.items()
        if len(at) > 1
    ]
    problems += [
        Problem("sheet_column_missing", {"row": header_row, "column": column, "found": found})
        for column in REQUIRED
        if column not in places
    ]
    if problems:
        return _refused(name, *problems)
    if len(table.rows) == 1:
        return _refused(name, Problem("count_file_no_rows", {"file": name}))
    positions = {key: at[0] for key, at in places.items()}
    names = [next((k for k, p in positions.items() if p == i), str(h)) for i, h in enumerate(header)]
    shape = tabular.shape_problems(table, 0, name, names)
    if shape:
        return _refused(name, *shape)
    danish = table.delimiter == ";"
    rows: list[CountRow] = []
    seen: dict[tuple[str, str, date | None], int] = {}
    for number, values in table.rows[1:]:
        cells = {column: str(values[pos]).strip() for column, pos in positions.items()}
        row = _row(number, cells, danish, problems)
        if row is None:
            continue
        lot = (row.varenummer, row.batch.casefold(), row.thawed_on)
        if lot in seen:
            problems.append(
                Problem(
                    "count_row_twice",
                    {"row": number, "first_row": seen[lot], "product": row.varenummer, "batch": row.batch},
                )
            )
            continue
        seen[lot] = number
        rows.append(row)
    if problems:
        return _refused(name, *problems)
    return ParsedCount(name, tuple(rows), ())


def _row(number: int, cells: dict[str, str], danish: bool, problems: list[Problem]) -> CountRow | None:
    """One row, or ``None`` with its problems added."""
    before = len(problems)
    reason = cells.get(REASON, "").upper() or None
    for column in REQUIRED:
        # A row with a reason and no count gives the reason of a lot counted before.
        if not cells.get(column) and not (column == UNITS and reason):
            problems.append(Problem("sheet_value_required", {"row": number, "column": column}))
    units = _units(number, cells[UNITS], danish, problems) if cells.get(UNITS) else None
    thawed = _thawed(number, cells.get(THAWED, ""), problems)
    if len(problems) > before:
        return None
    return CountRow(
        row=number,
        varenummer=cells[VARENUMMER],
        batch=cells[BATCH],
        units=units,
        thawed_on=thawed,
        reason_code=reason,
        reason_text=cells.get(TEXT, ""),
    )


def _units(number: int, text: str, danish: bool, out: list[Problem]) -> int | None:
    where = {"row": number, "column": UNITS, "value": text}
    try:
        units = cell_whole_number(text, danish=danish)
    except NotAWholeNumber as err:
        if err.reason == NOT_ASCII_DIGITS:
            out.append(Problem("value_digits_not_ascii", where))
        elif err.reason == TOO_LARGE:
            out.append(Problem("sheet_quantity_too_large", {**where, "max": MAX_DOSES_PER_MOVEMENT}))
        else:
            out.append(Problem("sheet_not_a_whole_number", where))
        return None
    if units < 0:
        out.append(Problem("count_units_negative", where))
        return None
    if units > MAX_DOSES_PER_MOVEMENT:
        out.append(Problem("sheet_quantity_too_large", {**where, "max": MAX_DOSES_PER_MOVEMENT}))
        return None
    return units


def _thawed(number: int, text: str, problems: list[Problem]) -> date | None:
    if not text:
        return None
    where = {"row": number, "column": THAWED, "value": text}
    day = parse_date(text)
    if day is None:
        problems.append(Problem("sheet_not_a_date", where))
        return None
    if day < EARLIEST_DATE:
        problems.append(
            Problem("sheet_date_implausible", {**where, "earliest": EARLIEST_DATE.strftime("%d-%m-%Y")})
        )
        return None
    return day
