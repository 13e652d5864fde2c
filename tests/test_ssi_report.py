"""The monthly SSI workbook, built from a paper-log ledger on SQLite and PostgreSQL and read
back with openpyxl: layout, types, numbers by hand and from the CSV export, re-runs,
an empty month, formula injection, the demo region and the command line."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import time
from collections import defaultdict
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from pharmacy_app.domain import report_period as rp
from pharmacy_app.domain import ssi_report as dr
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.reports import ssi_layout, ssi_workbook
from pharmacy_app.services import demo, exports, queries, receiving, reference, ssi_report, stock
from pharmacy_app.services.app import App, open_app
from tests.paperlog import Clock, PaperLog

ROOT = Path(__file__).resolve().parent.parent

# Comirnaty multi-dose (412345): 6 doses a vial, 60 a pack, thawed 70 days.
# Influenza (123456): 10 syringes a pack.  Pneumococcal (345678): 1 dose a pack.
LEDGER = """
2026-09-28 receive 412345 FX1234 exp 2027-03-31 2 packs ref FS-1   // 120 doses
2026-09-28 receive 123456 FL2026A exp 2026-12-15 5 packs ref FS-2  // 50 doses, expires soon
2026-09-29 site VC-HER central "Vaccinationscenter Herlev"
2026-09-29 site DC-FRB decentral "+Sundhedshus Frederiksberg"
2026-09-30 transfer FX1234 RH-APO -> VC-HER 60
2026-10-05 receive 412345 FX5678 exp 2027-04-30 1 packs ref FS-3   // 60 doses, frozen
2026-10-06 transfer FL2026A RH-APO -> VC-HER 20
2026-10-06 transfer FL2026A RH-APO -> DC-FRB 10
2026-10-07 give FX1234 VC-HER 12
2026-10-07 give FL2026A VC-HER 8
2026-10-08 give FL2026A DC-FRB 3
2026-10-08 give FX1234 VC-HER 2                                    // #10, reversed below
2026-10-09 reverse #10
2026-10-10 discard FX1234 VC-HER 1 ANBRUDT_HETTEGLAS
2026-10-12 discard FL2026A DC-FRB 2 ANDET "=HYPERLINK(\\"x\\")"
2026-10-13 discard FX1234 RH-APO 6 BRUD
2026-10-14 transfer FX1234 RH-APO -> NJ-APO 12                     // #15, to another region
"""
LATER = """
2026-10-21 transfer FX5678-T RH-APO -> VC-HER 30
2026-10-22 give FX5678-T VC-HER 10
"""
NOVEMBER = """
2026-11-02 give FX1234 VC-HER 3
2026-11-02 reverse #15                                              // NJ-APO sends it back
"""

HEADERS = {
    "Opsummering": [
        "Program", "Vaccine", "Varenummer", "Primo", "Modtaget fra SSI",
        "Modtaget fra anden region", "Afgivet til anden region", "Returneret til SSI",
        "Givet", "Kasseret", "Lagerregulering", "Ultimo", "Spildprocent", "Afstemt",
    ],
    "Forbrug": [
        "Periode", "Stedkode", "Sted", "Stedtype", "Program", "Vaccine", "Varenummer",
        "Batch", "Givne doser",
    ],
    "Kassation": [
        "Periode", "Stedkode", "Sted", "Program", "Vaccine", "Varenummer", "Batch", "Årsag",
        "Doser", "Bemærkning",
    ],
    "Lager": [
        "Stedkode", "Sted", "Stedtype", "Program", "Vaccine", "Varenummer", "Batch",
        "Udløbsdato", "Anvendes senest", "Doser", "Pakninger",
    ],
    "Udløb": [
        "Stedkode", "Sted", "Stedtype", "Program", "Vaccine", "Varenummer", "Batch",
        "Udløbsdato", "Anvendes senest", "Doser", "Pakninger", "Dage til udløb",
        "Forventet forbrug før udløb",
    ],
}
COVER_LABELS = [
    "Region", "Regionskode", "Sygehusapotek", "Periode", "Periode fra", "Periode til",
    "Status", "Version", "Dannet", "Dannet af", "Layoutversion", "Kontrolsum",
]  # fmt: skip
SUMMARY_NUMBERS = HEADERS["Opsummering"][3:12]


def at(day: str, hh: int, mm: int = 0) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hh, minute=mm, tzinfo=UTC)


def build_ledger(app: App, clock: Clock) -> PaperLog:
    """Two months of a small region: see LEDGER, plus a held receipt, a thaw and two
    doses given either side of midnight on 31 October (local time)."""
    reference.save_settings(app, reference.Settings(14, "RH-APO"))
    log = PaperLog(app, clock)
    log.run(LEDGER)
    # Received on hold (quarantine counts as pharmacy stock), then partly released.
    clock.set(at("2026-10-15", 9))
    draft = receiving.start(app, "FS-4")
    receiving.add_line(
        app, draft.id, product="345678", batch="PN0001", expiry=date(2027, 6, 30), packs=3,
        hold=True, hold_reason="Temperaturlogger alarm",
    )  # fmt: skip
    receiving.post(app, draft.id)
    log.lots["PN0001"] = queries.stock_rows(app, queries.StockFilter(text="PN0001"))[0].lot_id
    clock.set(at("2026-10-16", 9))
    receiving.release(app, lot_id=log.lots["PN0001"], quarantine_code="RH-APO-KAR", doses=2, note="Logger OK")
    # Thaw the whole frozen pack at the pharmacy: the thawed part keeps 70 days.
    clock.set(at("2026-10-20", 9))
    thawed = receiving.thaw(app, lot_id=log.lots["FX5678"], location_code="RH-APO", doses=60)
    log.lots["FX5678-T"] = thawed.lot_id
    log.run(LATER)
    # 23:30 on 31 October in Copenhagen (CET) is still October; 00:30 is November.
    clock.set(at("2026-11-01", 9))
    lot = log.lots["FL2026A"]
    stock.administer(app, lot_id=lot, site_code="VC-HER", doses=1, occurred_at=at("2026-10-31", 22, 30))
    stock.administer(app, lot_id=lot, site_code="VC-HER", doses=2, occurred_at=at("2026-10-31", 23, 30))
    log.run(NOVEMBER)
    clock.set(at("2026-11-03", 9))
    return log


@pytest.fixture
def ledger(app: App, clock: Clock) -> PaperLog:
    return build_ledger(app, clock)


def sheet_rows(path: Path, name: str) -> list[dict[str, Any]]:
    return ssi_workbook.read(path)[name]


def by(rows: list[dict[str, Any]], *cols: str) -> dict[tuple[Any, ...], dict[str, Any]]:
    return {tuple(r[c] for c in cols): r for r in rows}


# --------------------------------------------------------------------------- layout and types


def test_the_workbook_has_the_specified_sheets_headers_and_cell_types(
    app: App, ledger: PaperLog, tmp_path: Path
) -> None:
    path = ssi_report.write(app, "2026-10", tmp_path / "out")
    assert path == tmp_path / "out" / "SSI_1084_2026-10.xlsx"
    assert [p.name for p in path.parent.iterdir()] == [path.name], "no temporary file is left"
    wb = load_workbook(path)
    assert wb.sheetnames == ["Forside", "Opsummering", "Forbrug", "Kassation", "Lager", "Udløb"]

    cover = wb["Forside"]
    assert [cover.cell(r, 1).value for r in range(1, len(COVER_LABELS) + 1)] == COVER_LABELS
    values = {cover.cell(r, 1).value: cover.cell(r, 2) for r in range(1, len(COVER_LABELS) + 1)}
    assert values["Region"].value == "Region Hovedstaden"
    assert values["Regionskode"].value == "1084"
    assert values["Sygehusapotek"].value == "Region Hovedstadens Apotek"
    assert values["Periode"].value == "2026-10"
    assert values["Periode fra"].value == datetime(2026, 10, 1)
    assert values["Periode til"].value == datetime(2026, 10, 31)
    assert values["Periode fra"].number_format == "dd-mm-yyyy"
    assert values["Periode til"].is_date
    assert values["Status"].value == "Endelig"  # October has ended: a final report
    assert values["Version"].value == 1 and values["Version"].data_type == "n"
    made = datetime.fromisoformat(values["Dannet"].value)
    assert made.utcoffset() is not None and made == at("2026-11-03", 9)
    assert values["Dannet"].value.endswith("+01:00")
    assert values["Dannet af"].value == "tester"
    assert values["Layoutversion"].value == 1 and values["Layoutversion"].data_type == "n"
    assert len(values["Kontrolsum"].value) == 64

    for name, headers in HEADERS.items():
        ws = wb[name]
        assert [c.value for c in ws[1]] == headers, name
        assert all(c.font.bold for c in ws[1]), name
        assert ws.freeze_panes == "A2", name
        assert ws.auto_filter.ref == f"A1:{chr(ord('A') + len(headers) - 1)}{ws.max_row}", name
        assert not ws.merged_cells.ranges, name
        for col in range(1, len(headers) + 1):
            width = ws.column_dimensions[chr(ord("A") + col - 1)].width
            assert 8 <= width <= 60, (name, col, width)
        layout = {c.name: c for c in ssi_layout.sheet(name).columns}
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                column = layout[headers[cell.column - 1]]
                if cell.value is None:
                    continue
                assert cell.data_type != "f", (name, cell.coordinate, cell.value)
                if column.type == "int":
                    assert type(cell.value) is int, (name, cell.coordinate, cell.value)
                elif column.type == "date":
                    assert isinstance(cell.value, datetime) and cell.is_date
                    assert cell.number_format == "dd-mm-yyyy"
                elif column.type == "text":
                    assert isinstance(cell.value, str) and cell.data_type == "s"
                    assert cell.number_format == "@"
                elif column.type == "number":
                    assert isinstance(cell.value, float | int)
                    assert cell.number_format == column.number_format
    assert ssi_layout.sheet("Opsummering").columns[12].number_format == "0.0"
    assert ssi_layout.sheet("Lager").columns[10].number_format == "0.00"
    # Varenummer is text: a leading zero would survive.
    varenumre = [c.value for c in wb["Opsummering"]["C"][1:]]
    assert varenumre and all(isinstance(v, str) for v in varenumre)


def test_summary_numbers_by_hand(app: App, ledger: PaperLog, tmp_path: Path) -> None:
    path = ssi_report.write(app, "2026-10", tmp_path)
    summary = by(sheet_rows(path, "Opsummering"), "Varenummer")
    assert set(summary) == {("412345",), ("123456",), ("345678",)}
    comirnaty, flu, pneumo = summary[("412345",)], summary[("123456",)], summary[("345678",)]
    # Primo 120; +60 from SSI; 12 to NJ-APO; given 12 (+2 reversed) + 10 thawed; wasted 1 + 6.
    assert [comirnaty[h] for h in SUMMARY_NUMBERS] == [120, 60, 0, 12, 0, 22, 7, 0, 139]
    assert comirnaty["Spildprocent"] == 24.1 and comirnaty["Afstemt"] == "OK"
    assert comirnaty["Program"] == "Covid-19"
    # Primo 50; given 8 + 3 + 1 at 23:30 on 31 October (the dose at 00:30 is November's).
    assert [flu[h] for h in SUMMARY_NUMBERS] == [50, 0, 0, 0, 0, 12, 2, 0, 36]
    assert flu["Spildprocent"] == 14.3 and flu["Afstemt"] == "OK"
    assert [pneumo[h] for h in SUMMARY_NUMBERS] == [0, 3, 0, 0, 0, 0, 0, 0, 3]
    assert pneumo["Spildprocent"] is None and pneumo["Afstemt"] == "OK"

    forbrug = {k: r["Givne doser"] for k, r in by(
        sheet_rows(path, "Forbrug"), "Stedkode", "Varenummer", "Batch").items()}  # fmt: skip
    assert forbrug == {
        ("DC-FRB", "123456", "FL2026A"): 3,
        ("VC-HER", "123456", "FL2026A"): 9,
        ("VC-HER", "412345", "FX1234"): 12,
        ("VC-HER", "412345", "FX5678"): 10,
    }
    assert {r["Stedtype"] for r in sheet_rows(path, "Forbrug")} == {
        "Centralt vaccinationscenter", "Decentralt tilbud"}  # fmt: skip

    kassation = sheet_rows(path, "Kassation")
    assert [(r["Stedkode"], r["Batch"], r["Årsag"], r["Doser"], r["Bemærkning"]) for r in kassation] == [
        ("DC-FRB", "FL2026A", "ANDET", 2, '=HYPERLINK("x")'),
        ("RH-APO", "FX1234", "BRUD", 6, None),
        ("VC-HER", "FX1234", "ANBRUDT_HETTEGLAS", 1, None),
    ]

    lager = {
        (r["Stedkode"], r["Batch"], r["Anvendes senest"]): (r["Doser"], r["Pakninger"], r["Stedtype"])
        for r in sheet_rows(path, "Lager")
    }
    thawed_use_by = date(2026, 10, 20) + (date(2026, 12, 29) - date(2026, 10, 20))
    assert lager == {
        ("DC-FRB", "FL2026A", date(2026, 12, 15)): (5, 0.5, "Decentralt tilbud"),
        ("RH-APO", "FL2026A", date(2026, 12, 15)): (20, 2.0, "Sygehusapotek"),
        ("RH-APO", "FX1234", date(2027, 3, 31)): (42, 0.7, "Sygehusapotek"),
        ("RH-APO", "FX5678", thawed_use_by): (30, 0.5, "Sygehusapotek"),
        ("RH-APO", "PN0001", date(2027, 6, 30)): (2, 2.0, "Sygehusapotek"),
        ("RH-APO-KAR", "PN0001", date(2027, 6, 30)): (1, 1.0, "Sygehusapotek"),
        ("VC-HER", "FL2026A", date(2026, 12, 15)): (11, 1.1, "Centralt vaccinationscenter"),
        ("VC-HER", "FX1234", date(2027, 3, 31)): (47, 0.78, "Centralt vaccinationscenter"),
        ("VC-HER", "FX5678", thawed_use_by): (20, 0.33, "Centralt vaccinationscenter"),
    }
    thawed_row = next(r for r in sheet_rows(path, "Lager") if r["Batch"] == "FX5678")
    assert thawed_row["Udløbsdato"] == date(2027, 4, 30)  # the manufacturer's expiry stays

    udlob = {
        (r["Stedkode"], r["Batch"]): (r["Doser"], r["Dage til udløb"], r["Forventet forbrug før udløb"])
        for r in sheet_rows(path, "Udløb")
    }
    # Use in the 28 days before 1 November: VC-HER 9 flu and 22 Comirnaty, DC-FRB 3 flu.
    assert udlob == {
        ("DC-FRB", "FL2026A"): (5, 45, 4),  # 3 x 45 // 28 = 4
        ("RH-APO", "FL2026A"): (20, 45, 0),  # the pharmacy gives nothing
        ("VC-HER", "FL2026A"): (11, 45, 11),  # 9 x 45 // 28 = 14, capped at the stock
        ("RH-APO", "FX5678"): (30, 59, 0),
        ("VC-HER", "FX5678"): (20, 59, 20),
    }

    # Every summary number equals the sum of its detail rows.
    for key, row in summary.items():
        vnr = key[0]
        assert row["Givet"] == sum(v for k, v in forbrug.items() if k[1] == vnr)
        assert row["Kasseret"] == sum(r["Doser"] for r in kassation if r["Varenummer"] == vnr)
        assert row["Ultimo"] == sum(
            r["Doser"] for r in sheet_rows(path, "Lager") if r["Varenummer"] == vnr
        )


def independent_summary(csv_path: Path, region: set[str], period: rp.Period) -> dict[str, dict[str, int]]:
    """The summary from the CSV export alone: net flows across the region's boundary."""
    out: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    with csv_path.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            occurred = datetime.fromisoformat(r["occurred_at (Danish time)"])  # with its offset
            vnr, doses = r["varenummer"], int(r["doses"])
            src_in, dst_in = r["from_code"] in region, r["to_code"] in region
            if occurred >= period.end or src_in == dst_in:
                continue
            sign = 1 if dst_in else -1
            other = r["from_code"] if dst_in else r["to_code"]
            if occurred < period.start:
                out[vnr]["Primo"] += sign * doses
            out[vnr]["Ultimo"] += sign * doses
            if occurred < period.start or other == "THAW":
                continue
            column = {
                "SSI": "SSI",
                "ADMINISTERED": "Givet",
                "WASTED": "Kasseret",
                "STOCKTAKE": "Lagerregulering",
            }.get(other, "other")
            out[vnr][column] -= sign * doses  # leaving the region counts positive
    return out


def test_summary_numbers_from_the_csv_export(app: App, ledger: PaperLog, tmp_path: Path) -> None:
    csv_path = tmp_path / "movements.csv"
    exports.export_movements(app, csv_path)
    region = {"RH-APO", "RH-APO-KAR", "VC-HER", "DC-FRB"}
    for month in ("2026-09", "2026-10", "2026-11"):
        expected = independent_summary(csv_path, region, rp.parse_period(month))
        path = ssi_report.write(app, month, tmp_path / month)
        summary = by(sheet_rows(path, "Opsummering"), "Varenummer")
        assert {k[0] for k in summary} == {v for v, cols in expected.items() if any(cols.values())}
        for (vnr,), row in summary.items():
            e = expected[vnr]
            assert row["Primo"] == e["Primo"] and row["Ultimo"] == e["Ultimo"], (month, vnr)
            assert row["Givet"] == e["Givet"] and row["Kasseret"] == e["Kasseret"], (month, vnr)
            assert row["Modtaget fra SSI"] - row["Returneret til SSI"] == -e["SSI"], (month, vnr)
            assert row["Afgivet til anden region"] - row["Modtaget fra anden region"] == e["other"]
            assert row["Lagerregulering"] == -e["Lagerregulering"]
            assert row["Afstemt"] == "OK", (month, vnr)
    # November is still running (the clock says 3 November): a provisional workbook.
    november_file = tmp_path / "2026-11" / "SSI_1084_2026-11_foreloebig.xlsx"
    november = by(sheet_rows(november_file, "Opsummering"), "Varenummer")
    # The reversal of October's transfer to NJ-APO counts in November, as negative.
    assert november[("412345",)]["Afgivet til anden region"] == -12
    assert november[("123456",)]["Givet"] == 2


def test_a_rerun_gives_the_same_cells_and_checksum(
    app: App, ledger: PaperLog, clock: Clock, tmp_path: Path
) -> None:
    first = ssi_workbook.read(ssi_report.write(app, "2026-10", tmp_path / "a"))
    clock.advance(hours=3)
    second = ssi_workbook.read(ssi_report.write(app, "2026-10", tmp_path / "b"))

    def without_made(tables: ssi_workbook.Tables) -> ssi_workbook.Tables:
        cover = [r for r in tables["Forside"] if r["Felt"] != "Dannet"]
        return {**tables, "Forside": cover}

    assert without_made(first) == without_made(second)
    assert ssi_report.build(app, "2026-10").checksum == ssi_report.build(app, "2026-10").checksum
    # A movement in November is outside October's data, so October's checksum stays.
    assert ssi_report.build(app, "2026-10").checksum != ssi_report.build(app, "2026-11").checksum


def test_an_empty_month_gives_headers_and_no_rows(app: App, ledger: PaperLog, tmp_path: Path) -> None:
    path = ssi_report.write(app, "2026-08", tmp_path)
    wb = load_workbook(path)
    for name, headers in HEADERS.items():
        assert [c.value for c in wb[name][1]] == headers
        assert wb[name].max_row == 1, name
    assert ssi_workbook.read(path)["Forside"][3] == {"Felt": "Periode", "Værdi": "2026-08"}


def test_an_empty_database_gives_an_empty_report(app: App, tmp_path: Path) -> None:
    reference.save_settings(app, reference.Settings(14, "RH-APO"))
    report = ssi_report.build(app, "2026-10")
    assert report.summary == [] and report.stock == [] and report.expiring == []
    assert report.checksum == dr.checksum([])


def test_formula_text_is_never_a_formula(app: App, ledger: PaperLog, tmp_path: Path) -> None:
    path = ssi_report.write(app, "2026-10", tmp_path)
    wb = load_workbook(path)
    note = next(c for c in wb["Kassation"]["J"] if c.value and c.value.startswith("="))
    assert note.value == '=HYPERLINK("x")' and note.data_type == "s" and note.quotePrefix
    site = next(c for c in wb["Forbrug"]["C"] if c.value and c.value.startswith("+"))
    assert site.value == "+Sundhedshus Frederiksberg" and site.data_type == "s"
    assert site.quotePrefix
    # No cell anywhere is a formula.
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            assert all(c.data_type != "f" for c in row), ws.title
    # The sheet XML holds the text as a string, not as <f>.
    import zipfile

    with zipfile.ZipFile(path) as z:
        assert not any(b"<f>" in z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/"))


def test_a_bad_period_is_refused_with_a_clear_message(app: App, ledger: PaperLog, tmp_path: Path) -> None:
    for bad in ("2026-13", "2026-1", "oktober", "", "2026-00"):
        with pytest.raises(DomainError) as info:
            ssi_report.write(app, bad, tmp_path / "out")
        assert info.value.code == "period_invalid"
        assert "YYYY-MM" in info.value.text("en") and "ÅÅÅÅ-MM" in info.value.text("da")
    assert not (tmp_path / "out").exists()


def test_period_arithmetic_in_local_time() -> None:
    oct_ = rp.parse_period("2026-10")
    assert oct_.start == datetime(2026, 9, 30, 22, 0, tzinfo=UTC)  # CEST
    assert oct_.end == datetime(2026, 10, 31, 23, 0, tzinfo=UTC)  # CET after 25 October
    assert rp.parse_period("2026-12").next() == rp.Period(2027, 1)
    assert rp.parse_period("2028-02").last_day == date(2028, 2, 29)
    assert rp.period_of(datetime(2026, 10, 31, 23, 30, tzinfo=UTC)).text == "2026-11"
    assert dr.wastage_pct(1, 7) == 12.5 and dr.wastage_pct(0, 0) is None
    assert dr.wastage_pct(1, 15) == 6.3  # 6.25 rounds half up
    assert dr.expected_use(28, 28, 10, 5) == 5 and dr.expected_use(3, 28, -1, 5) == 0


# --------------------------------------------------------------------------- demo and CLI


@pytest.mark.slow
def test_the_demo_region_reconciles_every_product(tmp_path: Path) -> None:
    now = datetime(2026, 11, 25, 17, 0, tzinfo=UTC)
    app = open_app(f"sqlite:///{tmp_path / 'demo.db'}", user="tester", clock=lambda: now)
    try:
        demo.generate(app, until=date(2026, 11, 25))
        start = time.perf_counter()
        path = ssi_report.write(app, "2026-10", tmp_path)
        seconds = time.perf_counter() - start
        tables = ssi_workbook.read(path)
    finally:
        app.close()
    summary = tables["Opsummering"]
    assert len(summary) >= 8
    assert all(r["Afstemt"] == "OK" for r in summary), [r for r in summary if r["Afstemt"] != "OK"]
    assert sum(r["Givet"] for r in summary) == sum(r["Givne doser"] for r in tables["Forbrug"])
    assert sum(r["Kasseret"] for r in summary) == sum(r["Doser"] for r in tables["Kassation"])
    assert sum(r["Ultimo"] for r in summary) == sum(r["Doser"] for r in tables["Lager"])
    assert tables["Udløb"], "the demo has stock running out"
    assert seconds < 20, f"the report took {seconds:.1f} s"
    print(f"demo report 2026-10: {seconds:.2f} s, {len(tables['Lager'])} stock rows")


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PHARMACY_DB_URL"}
    env["PHARMACY_USER"] = "it-job"
    return subprocess.run(
        [sys.executable, "-m", "pharmacy_app", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_command_line_writes_the_report(db_url: str, clock: Clock, tmp_path: Path) -> None:
    app = open_app(db_url, user="tester", clock=clock)
    try:
        build_ledger(app, clock)
    finally:
        app.close()
    out = tmp_path / "rapporter"
    done = cli("--db", db_url, "report", "ssi", "--month", "2026-10", "--out", str(out))
    assert done.returncode == 0, done.stderr
    path = out / "SSI_1084_2026-10.xlsx"
    assert path.exists() and str(path) in done.stdout
    assert {r["Felt"]: r["Værdi"] for r in ssi_workbook.read(path)["Forside"]}["Dannet af"] == "it-job"

    bad = cli("--db", db_url, "report", "ssi", "--month", "2026-13", "--out", str(out))
    assert bad.returncode == 1
    assert "'2026-13' is not a month" in bad.stderr and "YYYY-MM" in bad.stderr
    assert sorted(p.name for p in out.iterdir()) == [path.name]
