"""The national overview as a workbook for SSI and the national task force (openpyxl).

Sheets: ``Forside`` (month, regions and their files, how the figures are made),
``Landstotal`` (per product, each quantity the sum over the regions), one sheet per
region (``Region <kode>``) with the same columns, and ``Forslag`` (the proposals to move
surplus, with the sentence explaining each).  Danish headers, as the monthly workbook
has; header row bold and frozen, auto-filter on, quantities whole doses, dates real
Excel dates.  Written under a temporary name beside the target and renamed into place.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from pharmacy_app.domain.national import (
    EXPIRY_HORIZON_DAYS,
    SHORT_WEEKS,
    NationalOverview,
    Proposal,
    RegionLine,
)
from pharmacy_app.reports import ssi_workbook

BOLD = Font(bold=True)
TOTALS_SHEET = "Landstotal"
PROPOSALS_SHEET = "Forslag"
COVER_SHEET = "Forside"

LINE_HEADERS = (
    "Program", "Vaccine", "Varenummer", "Primo", "Modtaget", "Afgivet", "Givet", "Kasseret",
    "Ultimo", f"Udløber inden {EXPIRY_HORIZON_DAYS} dage", "Forbrug pr. uge", "Ugers dækning",
    "Udløber ubrugt", "Mangler",
)  # fmt: skip
PROPOSAL_HEADERS = (
    "Fra region", "Til region", "Vaccine", "Varenummer", "Batch", "Anvendes senest", "Doser",
    "Pakninger", "Udløber ellers ubrugt", "Modtagers ugers dækning", "Begrundelse",
)  # fmt: skip


def region_sheet(code: str) -> str:
    return f"Region {code}"


def _line_values(line: RegionLine) -> list[Any]:
    cover = line.weeks_of_cover
    return [
        line.programme, line.product, line.varenummer, line.primo, line.received, line.sent,
        line.given, line.wasted, line.stock, line.expiring, round(line.weekly_rate, 1),
        None if cover is None else round(cover, 1), line.will_expire, "Ja" if line.short else "",
    ]  # fmt: skip


def _proposal_values(p: Proposal) -> list[Any]:
    return [
        f"{p.from_name} ({p.from_code})", f"{p.to_name} ({p.to_code})", p.product, p.varenummer,
        p.batch, p.use_by, p.doses, p.packs, p.would_expire, round(p.to_weeks, 1), p.sentence("da"),
    ]  # fmt: skip


def _table(ws: Worksheet, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    ws.append(list(headers))
    for cell in ws[1]:
        cell.font = BOLD
    widths = [len(h) + 4 for h in headers]
    for row in rows:
        ws.append(list(row))
        for i, value in enumerate(row):
            widths[i] = max(widths[i], min(80, len(str(value)) + 2))
    for r in ws.iter_rows(min_row=2):
        for cell in r:
            if hasattr(cell.value, "isoformat"):
                cell.number_format = "dd-mm-yyyy"
            elif isinstance(cell.value, str):
                cell.number_format = "@"
            elif isinstance(cell.value, float):
                cell.number_format = "0.0"
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = "1:1"


def _cover(ws: Worksheet, overview: NationalOverview) -> None:
    rows: list[tuple[str, Any]] = [
        ("Landsoverblik", "månedsrapporterne til SSI fra regionerne"),
        ("Periode", overview.period),
        ("Status", "Foreløbig" if overview.provisional else "Endelig"),
        ("Regioner", len(overview.regions)),
    ]
    for r in overview.regions:
        rows.append(
            (
                f"Region {r.region_code}",
                f"{r.region_name} · {r.source} · lager pr. {r.as_of:%d-%m-%Y}",
            )
        )
    rows += [
        ("Forbrug pr. uge", "Givet i måneden ÷ dage i rapporten × 7"),
        ("Ugers dækning", "Ultimo ÷ forbrug pr. uge"),
        ("Udløber ubrugt", "doser regionen ikke når at bruge før anvendes senest, med tidligste udløb først"),
        ("Mangler", f"under {SHORT_WEEKS:.0f} ugers dækning"),
        ("Forslag", "overskud flyttes til regionen med færrest ugers dækning, hele pakninger, "
         "højst hvad modtageren kan bruge før udløb"),
    ]  # fmt: skip
    for label, value in rows:
        ws.append([label, value])
        ws.cell(row=ws.max_row, column=1).font = BOLD
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 100


def build(overview: NationalOverview) -> Workbook:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = COVER_SHEET
    _cover(ws, overview)
    _table(
        wb.create_sheet(TOTALS_SHEET), LINE_HEADERS, [_line_values(x) for x in overview.totals()]
    )
    for r in overview.regions:
        lines = overview.region_lines(r.region_code)
        _table(
            wb.create_sheet(region_sheet(r.region_code)),
            LINE_HEADERS,
            [_line_values(x) for x in lines],
        )
    _table(
        wb.create_sheet(PROPOSALS_SHEET),
        PROPOSAL_HEADERS,
        [_proposal_values(p) for p in overview.proposals],
    )
    return wb


def write(overview: NationalOverview, path: Path) -> Path:
    return ssi_workbook.save(build(overview), path)
