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
stops or æ/ø/å written as ae/oe/aa.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from pharmacy_app.domain.errors import Problem

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


# --------------------------------------------------------------------------- reading cells


def _read_xlsx(path: Path) -> Iterator[tuple[int, Sequence[object]]]:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = wb.worksheets[0]
        for ws in wb.worksheets:
            if normalise_header(ws.title) in SHEET_NAMES:
                sheet = ws
                break
        yield from enumerate(sheet.iter_rows(values_only=True), start=1)
    finally:
        wb.close()


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def _read_csv(path: Path) -> Iterator[tuple[int, Sequence[object]]]:
    text = _decode(path.read_bytes())
    first = text.split("\n", 1)[0]
    delimiter = ";"
    if ";" not in first:
        if "\t" in first:
            delimiter = "\t"
        elif "," in first:
            delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    yield from enumerate(reader, start=1)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


_DATE_PATTERNS = (
    (re.compile(r"^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$"), ("d", "m", "y")),
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"), ("y", "m", "d")),
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


_INT = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+$|^[+-]?\d+$")


def parse_int(value: object) -> int | None:
    """A whole number: a number cell, or digits (Danish thousands points allowed)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = str(value).strip().replace("\u00a0", "").replace(" ", "")
    if text.endswith(",0"):
        text = text[:-2]
    if _INT.match(text):
        return int(text.replace(".", ""))
    return None


# --------------------------------------------------------------------------- parsing


def parse(path: str | Path) -> ParsedSheet:
    path = Path(path)
    name = path.name
    problems: list[Problem] = []
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            raw = list(_read_xlsx(path))
        elif path.suffix.lower() in (".csv", ".txt"):
            raw = list(_read_csv(path))
        else:
            return ParsedSheet(
                name, (), (Problem("sheet_unreadable", {"file": name, "why": "use .xlsx or .csv"}),)
            )
    except (
        OSError,
        ValueError,
        KeyError,
        csv.Error,
    ) as err:  # zip/xml errors are ValueError/KeyError
        return ParsedSheet(
            name,
            (),
            (Problem("sheet_unreadable", {"file": name, "why": str(err) or type(err).__name__}),),
        )
    except Exception as err:  # openpyxl raises its own errors for files that are not workbooks
        if type(err).__module__.startswith(("openpyxl", "zipfile")):
            return ParsedSheet(
                name, (), (Problem("sheet_unreadable", {"file": name, "why": str(err)}),)
            )
        raise

    lines = [(n, values) for n, values in raw if not all(_blank(v) for v in values)]
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
    positions: dict[str, int] = {}
    for index, title in enumerate(header):
        key = _HEADER_KEYS.get(normalise_header(title))
        if key is not None and key not in positions:
            positions[key] = index
    found = ", ".join(_text(h) for h in header if not _blank(h)) or "-"
    for column in REQUIRED:
        if column not in positions:
            problems.append(
                Problem(
                    "sheet_column_missing", {"row": header_row, "column": column, "found": found}
                )
            )
    if problems:
        return ParsedSheet(name, (), tuple(problems))
    if len(lines) == 1:
        return ParsedSheet(name, (), (Problem("sheet_no_rows", {"file": name}),))

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
            if column == "Dato":
                day = parse_date(value)
                if day is None:
                    problems.append(
                        Problem(
                            "sheet_not_a_date",
                            {"row": number, "column": column, "value": _text(value)},
                        )
                    )
                cells[column] = day
            elif column == "Givne doser":
                doses = parse_int(value)
                if doses is None:
                    problems.append(
                        Problem(
                            "sheet_not_a_whole_number",
                            {"row": number, "column": column, "value": _text(value)},
                        )
                    )
                cells[column] = doses
            else:
                cells[column] = _text(value)
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
