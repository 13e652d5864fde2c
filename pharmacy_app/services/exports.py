"""Exports for scripts and spreadsheets: stock on hand, the movement ledger and
consumption, as CSV or Excel (``.xlsx``) chosen by the file's suffix.

A file is written to a temporary name beside the target and renamed into place only
when complete, so a failed or cancelled export never leaves half a file behind.  Both
writers neutralise text that a spreadsheet would run as a formula.  Times are written in
Danish local time (Europe/Copenhagen), and the header of every time column says so.

A CSV file is written in a :class:`~pharmacy_app.reports.csv_export.CsvDialect`: the
machine form by default, or the Danish one (semicolons, decimal commas, dd-mm-åååå,
byte-order mark) for a Danish spreadsheet.  ``progress(done, total)`` is called every
:data:`PROGRESS_EVERY` rows; an exception raised from it (the window's Cancel) stops the
export and removes the temporary file.  Exports only read: they run beside the writer.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import IO

from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.roles import Role
from pharmacy_app.reports.csv_export import DIALECTS, MACHINE, CsvDialect, write_csv
from pharmacy_app.services import consumption
from pharmacy_app.services.app import App
from pharmacy_app.services.permissions import requires
from pharmacy_app.services.queries import (
    MOVEMENT_EXPORT_COLUMNS,
    StockColumn,
    StockFilter,
    iter_movements,
    movement_count,
    stock_rows,
)

Progress = Callable[[int, int], None]
PROGRESS_EVERY = 250

STOCK_EXPORT_COLUMNS = (
    "location_code",
    "location",
    "location_kind",
    "programme",
    "varenummer",
    "product",
    "batch",
    "expiry",
    "use_by",
    "doses",
    "packs",
)


def _stock_values(app: App, flt: StockFilter | None = None) -> list[tuple[object, ...]]:
    return [
        (
            r.location_code,
            r.location_name,
            r.location_kind,
            r.programme,
            r.varenummer,
            r.product,
            r.batch,
            r.expiry,
            r.use_by,
            r.doses,
            round(r.packs, 2),
        )
        for r in stock_rows(app, flt or StockFilter(), sort=StockColumn.LOCATION)
    ]


def write_stock_csv(app: App, stream: IO[str], flt: StockFilter | None = None) -> int:
    return write_csv(stream, STOCK_EXPORT_COLUMNS, _stock_values(app, flt))


EXPORT_SUFFIXES = (".csv", ".xlsx")


def csv_dialect(name: str) -> CsvDialect:
    """The CSV form by name: ``machine`` (comma, ISO 8601) or ``da`` (a Danish spreadsheet)."""
    return DIALECTS[name]


def _reporting(
    rows: Iterable[Sequence[object]], total: int, progress: Progress
) -> Iterator[Sequence[object]]:
    """``rows``, calling ``progress(done, total)`` at the start and every few rows."""
    progress(0, total)
    for done, row in enumerate(rows, start=1):
        yield row
        if done % PROGRESS_EVERY == 0:
            progress(done, max(total, done))


@requires(Role.VIEWER)
@declares(Change.NONE)
def export_table(
    out: Path,
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    sheet_title: str = "Data",
    *,
    dialect: CsvDialect = MACHINE,
    total: int = 0,
    progress: Progress | None = None,
) -> int:
    """Write a table to ``out`` as CSV or .xlsx by its suffix; return the rows written.

    ``total`` is how many rows to expect, for ``progress``."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        raise fail(
            "value_invalid", field="File", value=out.name, why="the name must end in .csv or .xlsx"
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    if progress is not None:
        rows = _reporting(rows, total, progress)
    fd, tmp = tempfile.mkstemp(prefix=out.name + ".", suffix=".part", dir=out.parent)
    try:
        if suffix == ".xlsx":
            # openpyxl is imported when a workbook is written, not when the window starts.
            from pharmacy_app.reports.xlsx_export import write_xlsx

            os.close(fd)
            n = write_xlsx(tmp, header, rows, sheet_title)
        else:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                n = write_csv(fh, header, rows, dialect)
        if progress is not None:
            progress(n, n)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return n


LOCAL_TIME_NOTE = " (Danish time)"
MOVEMENT_TIME_COLUMNS = frozenset({"occurred_at", "recorded_at"})


def local_time_header(columns: Sequence[str], time_columns: frozenset[str]) -> list[str]:
    """Column titles, each time column marked as Danish local time (a cell has no zone)."""
    return [c + LOCAL_TIME_NOTE if c in time_columns else c for c in columns]


MOVEMENT_EXPORT_HEADER = local_time_header(MOVEMENT_EXPORT_COLUMNS, MOVEMENT_TIME_COLUMNS)


def export_movements(
    app: App, out: Path, *, dialect: CsvDialect = MACHINE, progress: Progress | None = None
) -> int:
    """Write the whole ledger to ``out``; return the number of movements written."""
    return export_table(
        out,
        MOVEMENT_EXPORT_HEADER,
        iter_movements(app),
        "Bevægelser",
        dialect=dialect,
        total=movement_count(app) if progress is not None else 0,
        progress=progress,
    )


def export_stock(
    app: App,
    out: Path,
    flt: StockFilter | None = None,
    *,
    dialect: CsvDialect = MACHINE,
    progress: Progress | None = None,
) -> int:
    """Write stock on hand per location and lot to ``out``; return the rows written."""
    values = _stock_values(app, flt)
    return export_table(
        out,
        STOCK_EXPORT_COLUMNS,
        values,
        "Beholdning",
        dialect=dialect,
        total=len(values),
        progress=progress,
    )


def export_consumption(
    app: App,
    out: Path,
    period_start: date,
    period_end: date,
    site: str | None = None,
    *,
    dialect: CsvDialect = MACHINE,
    progress: Progress | None = None,
) -> int:
    """Write the doses given in a period (both days included) to ``out``."""
    if period_end < period_start:
        raise fail(
            "value_invalid",
            field="To",
            value=period_end.isoformat(),
            why=f"before {period_start.isoformat()}",
        )
    rows = consumption.consumption_rows(app, period_start, period_end, site)
    return export_table(
        out,
        consumption.CONSUMPTION_EXPORT_COLUMNS,
        (r.values() for r in rows),
        "Forbrug",
        dialect=dialect,
        total=len(rows),
        progress=progress,
    )
