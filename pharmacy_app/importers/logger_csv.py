"""Reading a temperature data logger's CSV export: its readings, or every problem.

The common export of fridge loggers is a table with a time column and a temperature
column, often under a few lines about the logger.  What must hold:

* The header is the first row that names a time column and a temperature column
  (:data:`TIME_NAMES`, :data:`TEMPERATURE_NAMES`, case and units in brackets ignored; a
  column named with °C counts as temperature); a date column and a clock column
  (``Dato`` + ``Tid``) are read together.
* The separator is sniffed among ``,``, ``;`` and tab; a temperature may have a decimal
  comma or point and a ``°C`` after it.
* A time is ISO or Danish, without an offset Copenhagen time, the hour that occurs
  twice when summer time ends read in the file's order (``domain.time_text``).
* A row with an empty temperature is a missing reading and is skipped; any other value
  that is not a time or a temperature refuses the whole file, naming the row (as a
  spreadsheet numbers it) and the column.  Nothing is returned from a file with problems.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pharmacy_app.domain.errors import DomainError, Problem
from pharmacy_app.domain.excursions import Reading, parse_celsius
from pharmacy_app.domain.time_text import local_to_utc, parse_clock, parse_day, parse_moment
from pharmacy_app.importers import tabular

TIME_NAMES = frozenset(
    {"tid", "time", "timestamp", "dato og tid", "dato/tid", "dato tid", "date/time", "date time",
     "datetime", "date and time", "tidspunkt", "tidsstempel", "målt", "logged"}
)  # fmt: skip
DATE_NAMES = frozenset({"dato", "date"})
CLOCK_NAMES = frozenset({"tid", "time", "klokkeslæt", "kl."})
TEMPERATURE_NAMES = frozenset(
    {"temperatur", "temperature", "temp", "°c", "temp.", "celsius", "temperatur °c", "temp °c"}
)
MAX_PROBLEMS = 20  # a file wrong on every row says so this many times, then stops

_UNIT = re.compile(r"[\(\[].*?[\)\]]")


@dataclass(frozen=True)
class LoggerFile:
    """The readings of a logger file in time order, and the columns they came from."""

    file: str
    readings: tuple[Reading, ...]
    time_column: str
    temperature_column: str


def read_logger_csv(path: str | Path, file: str | None = None) -> LoggerFile:
    """The readings of the logger file at ``path``; raises :class:`DomainError` with
    every problem (at most :data:`MAX_PROBLEMS`) when the file cannot be read whole."""
    name = file or Path(path).name
    data = tabular.read_bytes(path, name)
    if isinstance(data, Problem):
        raise DomainError(data)
    return parse_logger_csv(data, name)


def parse_logger_csv(data: bytes, file: str) -> LoggerFile:
    text = tabular.decode(data)
    if text is None:
        raise DomainError(tabular.problem("logger_file_unreadable", file, reason="not a text file"))
    delimiter = _delimiter(text)
    try:
        rows = tabular.csv_rows(text, delimiter, file)
    except tabular.Refused as refused:
        raise DomainError(refused.problem) from None
    found = _header(rows)
    if found is None:
        first = rows[0][1] if rows else ()
        raise DomainError(
            tabular.problem(
                "logger_column_missing", file, what="tid/temperatur",
                columns=", ".join(c for c in first if c.strip()) or "-",
                names="Tid, Dato og tid, Timestamp; Temperatur, Temperature, °C",
            )  # fmt: skip
        )
    at, columns = found
    header = rows[at][1]
    readings: list[Reading] = []
    problems: list[Problem] = []
    previous: datetime | None = None
    for row_number, values in rows[at + 1 :]:
        cells = [values[i].strip() if i < len(values) else "" for i in range(len(header))]
        raw_temp = cells[columns.temperature]
        if not raw_temp:
            continue  # a missing reading
        moment = _moment(cells, columns, previous)
        if moment is None:
            column = columns.time if columns.clock is None else columns.date
            shown = cells[column] if columns.clock is None else f"{cells[columns.date]} {cells[columns.clock]}"
            problems.append(
                Problem("logger_bad_time", {"row": row_number, "column": header[column].strip(), "value": shown})
            )
        celsius = parse_celsius(raw_temp)
        if celsius is None:
            problems.append(
                Problem(
                    "logger_bad_temperature",
                    {"row": row_number, "column": header[columns.temperature].strip(), "value": raw_temp},
                )
            )
        if len(problems) >= MAX_PROBLEMS:
            break
        if moment is not None and celsius is not None:
            readings.append(Reading(moment, celsius))
            previous = moment
    if problems:
        raise DomainError(problems)
    if not readings:
        raise DomainError(tabular.problem("logger_no_rows", file))
    readings.sort(key=lambda r: r.at)
    time_name = header[columns.time].strip() if columns.clock is None else (
        f"{header[columns.date].strip()} + {header[columns.clock].strip()}"
    )  # fmt: skip
    return LoggerFile(file, tuple(readings), time_name, header[columns.temperature].strip())


# --------------------------------------------------------------------------- columns


@dataclass(frozen=True)
class _Columns:
    time: int  # the date-and-time column, or the date column when ``clock`` is set
    temperature: int
    clock: int | None = None

    @property
    def date(self) -> int:
        return self.time


def _name(cell: str) -> str:
    return " ".join(_UNIT.sub("", cell).casefold().split())


def _is_temperature(cell: str) -> bool:
    raw = cell.casefold()
    return _name(cell) in TEMPERATURE_NAMES or "°c" in raw or raw.strip() in {"c", "degc", "deg c"}


def _header(rows: tabular.Rows) -> tuple[int, _Columns] | None:
    """The first row (within the first 30) naming a time and a temperature column."""
    for index, (_row, values) in enumerate(rows[:30]):
        names = [_name(v) for v in values]
        temperature = next((i for i, v in enumerate(values) if _is_temperature(v)), None)
        if temperature is None:
            continue
        day = next((i for i, n in enumerate(names) if n in DATE_NAMES), None)
        clock = next((i for i, n in enumerate(names) if n in CLOCK_NAMES and i != temperature), None)
        if day is not None and clock is not None:
            return index, _Columns(day, temperature, clock)
        combined = next((i for i, n in enumerate(names) if n in TIME_NAMES and i != temperature), None)
        if combined is not None:
            return index, _Columns(combined, temperature)
    return None


def _delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:40])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in (";", "\t", ",")}
        return max(counts, key=lambda d: counts[d])


# --------------------------------------------------------------------------- values


def _moment(cells: Sequence[str], columns: _Columns, previous: datetime | None) -> datetime | None:
    if columns.clock is None:
        return parse_moment(cells[columns.time], previous)
    day, clock = parse_day(cells[columns.date]), parse_clock(cells[columns.clock])
    if day is None or clock is None:
        return None
    return local_to_utc(datetime.combine(day, clock), previous)
