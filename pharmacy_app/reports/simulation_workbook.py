"""The season simulator's workbook: the comparison summary, every run, the targets and
the assumptions, one table sheet each (:func:`pharmacy_app.reports.xlsx_export.add_sheet`:
bold frozen header, auto-filter, numbers as numbers, text never a formula).

The sheets' titles and headers come from the caller, in the reader's language; this
module only lays the tables out.  Written to a ``.part`` file and renamed, so a stopped
write leaves no half workbook.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook

from pharmacy_app.reports.xlsx_export import add_sheet


@dataclass(frozen=True)
class Table:
    title: str
    header: Sequence[str]
    rows: Sequence[Sequence[object]]


def write(path: Path, tables: Sequence[Table]) -> Path:
    wb = Workbook(write_only=True)
    for table in tables:
        add_sheet(wb, table.header, table.rows, table.title)
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    try:
        wb.save(part)
        part.replace(path)
    finally:
        part.unlink(missing_ok=True)
    return path
