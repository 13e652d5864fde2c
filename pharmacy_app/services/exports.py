"""Exports for scripts and spreadsheets: stock on hand and the movement ledger as CSV.

A file is written to a temporary name beside the target and renamed into place only
when complete, so a failed export never leaves half a file behind.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import IO

from pharmacy_app.reports.csv_export import write_csv
from pharmacy_app.services.app import App
from pharmacy_app.services.queries import (
    MOVEMENT_EXPORT_COLUMNS,
    StockColumn,
    StockFilter,
    iter_movements,
    stock_rows,
)

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


def write_stock_csv(app: App, stream: IO[str], flt: StockFilter | None = None) -> int:
    rows = stock_rows(app, flt or StockFilter(), sort=StockColumn.LOCATION)
    return write_csv(
        stream,
        STOCK_EXPORT_COLUMNS,
        (
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
            for r in rows
        ),
    )


def export_movements(app: App, out: Path) -> int:
    """Write the whole ledger to ``out``; return the number of movements written."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=out.name + ".", suffix=".part", dir=out.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            n = write_csv(fh, MOVEMENT_EXPORT_COLUMNS, iter_movements(app))
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return n
