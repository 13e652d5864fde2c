"""Importing consumption sheets (xlsx, csv) on SQLite and PostgreSQL: every row or
none, each problem naming its row and column."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from pharmacy_app.importers import consumption_sheet
from pharmacy_app.services import consumption, queries, stock
from pharmacy_app.services.app import App
from tests.conftest import START
from tests.paperlog import PaperLog
from tests.services.consumption.conftest import WEEK, codes, on_hand, refused

HEADER = ["Stedkode", "Dato", "Varenummer", "Batch", "Målgruppe", "Givne doser"]


def write_xlsx(path: Path, rows: list[list[object]], header: list[str] | None = HEADER) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Forbrug"
    if header is not None:
        ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def write_csv(path: Path, rows: list[list[object]], encoding: str = "utf-8-sig") -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def test_a_good_xlsx_sheet_is_recorded(app: App, log: PaperLog, tmp_path: Path) -> None:
    sheet = write_xlsx(
        tmp_path / "herlev-uge44.xlsx",
        [
            ["VC-HER", datetime(2026, 10, 26), 412345, "FX1234", "65+", 40],
            ["VC-HER", "27-10-2026", "412345", "FX1234", "", 35],
            ["VC-HER", date(2026, 10, 27), "123456", "FL2026A", "plejehjemsbeboere", 10.0],
            [None, None, None, None, None, None],  # blank rows are skipped
            ["DC-FRB", "2026-10-28", "412345", "FX1234", None, "12"],
        ],
    )
    result = consumption.import_sheet(app, sheet)
    assert (result.entries, result.doses) == (4, 97)
    assert result.sites == ("DC-FRB", "VC-HER")
    assert on_hand(app, "VC-HER", "FX1234") == 225
    assert on_hand(app, "DC-FRB", "FX1234") == 42
    rows = consumption.consumption_rows(app, WEEK[0], WEEK[6])
    assert [(r.day, r.site_code, r.batch, r.target_group, r.doses) for r in rows] == [
        (WEEK[0], "VC-HER", "FX1234", "65+", 40),
        (WEEK[1], "VC-HER", "FX1234", None, 35),
        (WEEK[1], "VC-HER", "FL2026A", "plejehjemsbeboere", 10),
        (WEEK[2], "DC-FRB", "FX1234", None, 12),
    ]


def test_a_danish_csv_sheet_in_windows_1252_is_recorded(
    app: App, log: PaperLog, tmp_path: Path
) -> None:
    sheet = write_csv(
        tmp_path / "frb.csv",
        [
            ["DC-FRB", "26-10-2026", "412345", "FX1234", "børn 2-6 år", "6"],
            ["DC-FRB", "27.10.2026", "412345", "FX1234", "Øvrige", "1"],
        ],
        encoding="cp1252",
    )
    result = consumption.import_sheet(app, sheet)
    assert (result.entries, result.doses) == (2, 7)
    groups = {r.target_group for r in consumption.consumption_rows(app, WEEK[0], WEEK[6])}
    assert groups == {"børn 2-6 år", "øvrige"}


def test_a_thawed_part_is_found_by_item_number_and_batch(
    app: App, log: PaperLog, tmp_path: Path
) -> None:
    from pharmacy_app.services import receiving

    # Thawed at the pharmacy and sent on: the site's sheet names only item number and batch.
    receiving.thaw(app, lot_id=log.lots["FX1234"], location_code="RH-APO", doses=60)
    (thawed,) = [
        r
        for r in queries.stock_rows(app, queries.StockFilter(text="FX1234"))
        if r.location_code == "RH-APO" and r.thawed_on is not None
    ]
    stock.transfer(app, lot_id=thawed.lot_id, from_code="RH-APO", to_code="VC-HER", doses=60)
    sheet = write_xlsx(tmp_path / "t.xlsx", [["VC-HER", START.date(), "412345", "FX1234", "", 1]])
    consumption.import_sheet(app, sheet)
    info = queries.lot_history(app, thawed.lot_id)
    assert info is not None and info.history[-1].kind == "administer"
    assert on_hand(app, "VC-HER", "FX1234") == 300 + 59  # the frozen lot is untouched


def test_a_sheet_broken_in_every_way_names_each_row_and_column(
    app: App, log: PaperLog, tmp_path: Path
) -> None:
    sheet = write_xlsx(
        tmp_path / "broken.xlsx",
        [
            ["VC-HER", "26-10-2026", "412345", "FX1234", "", 10],  # row 2: fine
            ["VC-HER", "31-02-2026", "412345", "FX1234", "", 1],  # row 3: bad date
            ["VC-HER", "27-10-2026", "412345", "FX1234", "", "ti"],  # row 4: text in numbers
            ["VC-XXX", "27-10-2026", "412345", "FX1234", "", 1],  # row 5: unknown site
            ["VC-HER", "27-10-2026", "999999", "FX1234", "", 1],  # row 6: unknown item
            ["VC-HER", "27-10-2026", "412345", "NOPE1", "", 1],  # row 7: unknown batch
            ["VC-HER", "27-10-2026", "412345", "FX1234", "teenagere", 1],  # row 8: target group
            ["VC-HER", "27-10-2026", "412345", "", "", 1],  # row 9: batch missing
            ["VC-HER", "27-10-2026", "412345", "FX1234", "", 0],  # row 10: zero doses
            ["VC-HER", "27-10-2026", "412345", "FX1234", "", 2.5],  # row 11: not whole
        ],
    )
    err = refused(app, lambda: consumption.import_sheet(app, sheet))
    assert sorted(codes(err), key=lambda c: c[1]) == [
        ("sheet_not_a_date", 3, "Dato"),
        ("sheet_not_a_whole_number", 4, "Givne doser"),
        ("consumption_site_unknown", 5, "Stedkode"),
        ("sheet_product_unknown", 6, "Varenummer"),
        ("sheet_batch_unknown", 7, "Batch"),
        ("consumption_target_group_unknown", 8, "Målgruppe"),
        ("sheet_value_required", 9, "Batch"),
        ("consumption_doses_invalid", 10, "Givne doser"),
        ("sheet_not_a_whole_number", 11, "Givne doser"),
    ]
    text = err.text("en")
    assert "Row 3, Dato: '31-02-2026' is not a date (dd-mm-yyyy)." in text
    assert "Row 4, Givne doser: 'ti' is not a whole number." in text
    assert "Row 6, Varenummer: item number 999999 is not a product in the catalogue." in text
    assert "Række 3, Dato: '31-02-2026' er ikke en dato (dd-mm-åååå)." in err.text("da")


def test_over_giving_in_a_sheet_names_the_rows(app: App, log: PaperLog, tmp_path: Path) -> None:
    sheet = write_csv(
        tmp_path / "over.csv",
        [
            ["DC-FRB", "26-10-2026", "412345", "FX1234", "", "30"],
            ["DC-FRB", "27-10-2026", "412345", "FX1234", "65+", "20"],
            ["DC-FRB", "27-10-2026", "412345", "FX1234", "70+", "10"],
        ],
    )
    err = refused(app, lambda: consumption.import_sheet(app, sheet))
    assert err.text("en") == (
        "Sundhedshus Frederiksberg holds 24 doses of FX1234 on 2026-10-27; "
        "30 were entered (row 3, 4)."
    )


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "sheet_empty"),
        (b"\n;;;\n", "sheet_empty"),
        ("Stedkode;Dato;Varenummer;Batch;Målgruppe;Givne doser\n".encode(), "sheet_no_rows"),
        (b"Sted;Dag;Vare\nVC-HER;26-10-2026;412345\n", "sheet_column_missing"),
        (b"PK\x03\x04 not really a workbook", "sheet_unreadable"),
    ],
)
def test_empty_header_only_and_unreadable_files(
    app: App, log: PaperLog, tmp_path: Path, content: bytes, code: str
) -> None:
    name = "x.xlsx" if content.startswith(b"PK") else "x.csv"
    path = tmp_path / name
    path.write_bytes(content)
    err = refused(app, lambda: consumption.import_sheet(app, path))
    assert err.code == code, err.text()
    if code == "sheet_column_missing":
        assert [p.params["column"] for p in err.problems] == [
            "Dato",
            "Varenummer",
            "Batch",
            "Givne doser",
        ]
        assert err.problems[0].params["row"] == 1


def test_an_empty_workbook_and_a_header_only_workbook(
    app: App, log: PaperLog, tmp_path: Path
) -> None:
    empty = write_xlsx(tmp_path / "empty.xlsx", [], header=None)
    assert refused(app, lambda: consumption.import_sheet(app, empty)).code == "sheet_empty"
    header_only = write_xlsx(tmp_path / "header.xlsx", [])
    assert refused(app, lambda: consumption.import_sheet(app, header_only)).code == "sheet_no_rows"


def test_headers_match_loosely_and_dates_in_several_spellings() -> None:
    assert consumption_sheet.normalise_header(" MÅLGRUPPE ") == "maalgruppe"
    assert consumption_sheet.normalise_header("Givne doser") == consumption_sheet.normalise_header(
        "givne  DOSER"
    )
    assert consumption_sheet.parse_date("4-11-2026") == date(2026, 11, 4)
    assert consumption_sheet.parse_date("04.11.2026") == date(2026, 11, 4)
    assert consumption_sheet.parse_date("2026-11-04") == date(2026, 11, 4)
    assert consumption_sheet.parse_date(46330) == date(2026, 11, 4)  # an Excel serial day
    assert consumption_sheet.parse_date("04-11-26") is None
    assert consumption_sheet.parse_int("1.200") == 1200
    assert consumption_sheet.parse_int("12") == 12
    assert consumption_sheet.parse_int("-3") == -3
    assert consumption_sheet.parse_int("1,5") is None
    assert consumption_sheet.parse_int("ti") is None
