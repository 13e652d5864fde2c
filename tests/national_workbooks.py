"""Regions' monthly workbooks made by hand for the national-picture tests: each region's
products with the doses given in the month and the lots in stock at its end, laid out by
the app's own monthly-workbook writer (reports.ssi_workbook)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pharmacy_app.domain import ssi_report as dr
from pharmacy_app.domain.report_period import parse_period
from pharmacy_app.reports import ssi_layout, ssi_workbook

REGION_NAMES = {"1081": "Region Nordjylland", "1082": "Region Midtjylland", "1083": "Region Syddanmark",
                "1084": "Region Hovedstaden", "1085": "Region Sjælland"}  # fmt: skip
PRODUCTS = {
    "345679": ("Pneumokok", "Prevenar 20 (PCV20)", 10),
    "412345": ("Covid-19", "Comirnaty", 60),
    "345678": ("Pneumokok", "Pneumovax 23 (PPV23)", 1),
}


@dataclass(frozen=True)
class Held:
    batch: str
    use_by: date
    doses: int


def write_region(
    folder: Path,
    region: str,
    period: str,
    products: dict[str, tuple[int, list[Held]]],
    wasted: int = 0,
) -> Path:
    """``products``: varenummer -> (doses given in the month, lots held at its end)."""
    p = parse_period(period)
    summary, stock = [], []
    for varenummer, (given, held) in products.items():
        programme, name, per_pack = PRODUCTS[varenummer]
        ultimo = sum(h.doses for h in held)
        summary.append(
            dr.SummaryRow(programme, name, varenummer, primo=ultimo + given + wasted,
                          given=given, wasted=wasted, ultimo=ultimo)
        )  # fmt: skip
        for h in held:
            stock.append(
                dr.StockRow("APO", "Apoteket", "Sygehusapotek", programme, name, varenummer, h.batch,
                            h.use_by, h.use_by, h.doses, per_pack)
            )  # fmt: skip
    cover = dr.Cover(REGION_NAMES[region], region, f"Apotek {region}", period, p.first_day, p.last_day,
                     "2026-12-01T10:00:00+01:00", "tester", "0" * 64)  # fmt: skip
    report = dr.SsiReport(
        cover, dr.ReportData(summary=summary, stock=stock), ssi_layout.file_name(region, period)
    )
    return ssi_workbook.write(report, folder / report.file_name)
