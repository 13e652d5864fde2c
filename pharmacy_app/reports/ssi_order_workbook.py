"""The order workbook for SSI (layout: ``resources/docs/ssi_order.md``).

Three sheets: ``Bestilling`` (one row per product: the packs suggested and why),
``Prognose`` (the region's forecast per product and ISO week, one plain table SSI can
load) and ``Om`` (who made it, when, from which settings).  What must hold: one bold,
frozen header row per table sheet, an auto-filter, no merged cells; numbers are numbers,
dates real dates (``dd-mm-yyyy``), text never a formula (``xlsx_export.text_cell``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter

from pharmacy_app.domain.localtime import local_moment
from pharmacy_app.reports.xlsx_export import (
    DATE_FORMAT,
    DATETIME_FORMAT,
    HEADER_FILL,
    HEADER_FONT,
    text_cell,
)

ORDER_SHEET, FORECAST_SHEET, ABOUT_SHEET = "Bestilling", "Prognose", "Om"
ORDER_COLUMNS = (
    ("Region", 8), ("Varenummer", 12), ("Produkt", 34), ("Pakninger", 10), ("Doser", 10),
    ("Doser pr. pakning", 10), ("Forventet forbrug", 12), ("Dækningsmål", 12),
    ("Brugbart lager", 12), ("Udløber før brug", 12), ("Forventede leverancer", 12),
    ("Begrundelse", 100),
)  # fmt: skip
FORECAST_COLUMNS = (
    ("Region", 8), ("Varenummer", 12), ("Produkt", 34), ("Program", 12), ("ISO-år", 8),
    ("ISO-uge", 8), ("Mandag", 11), ("Doser", 10),
)  # fmt: skip
TEXT_COLUMNS = {"Region", "Varenummer"}  # codes kept as text (leading zeros)


def _cell(ws: object, value: object, as_text: bool = False) -> WriteOnlyCell:
    if as_text or isinstance(value, str):
        return text_cell(ws, str(value))
    if isinstance(value, datetime):
        cell = WriteOnlyCell(ws, value=local_moment(value).replace(tzinfo=None))
        cell.number_format = DATETIME_FORMAT
        return cell
    cell = WriteOnlyCell(ws, value=value)
    if isinstance(value, date):
        cell.number_format = DATE_FORMAT
    return cell


def _table(
    wb: Workbook, title: str, columns: Sequence[tuple[str, int]], rows: Sequence[Sequence[object]]
) -> None:
    ws = wb.create_sheet(title)
    ws.freeze_panes = "A2"
    for i, (_name, width) in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    head = []
    for name, _w in columns:
        cell = text_cell(ws, name)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        head.append(cell)
    ws.append(head)
    for row in rows:
        ws.append([_cell(ws, v, columns[i][0] in TEXT_COLUMNS) for i, v in enumerate(row)])
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"


def write(
    path: Path,
    *,
    about: Sequence[tuple[str, object]],
    order: Sequence[Sequence[object]],
    forecast: Sequence[Sequence[object]],
) -> Path:
    wb = Workbook(write_only=True)
    _table(wb, ORDER_SHEET, ORDER_COLUMNS, order)
    _table(wb, FORECAST_SHEET, FORECAST_COLUMNS, forecast)
    _table(wb, ABOUT_SHEET, (("Felt", 26), ("Værdi", 60)), about)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    wb.save(tmp)
    tmp.replace(path)
    return path
