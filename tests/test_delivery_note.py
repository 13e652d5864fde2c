"""Importing SSI delivery notes: real .xlsx and Danish .csv files, on SQLite and PostgreSQL.

The good note below is written to a file per test (openpyxl or csv), imported through
the service, and the receipt, the ledger and the stock are checked.  Each broken note
changes a cell or two of it and must be refused with exactly the expected problems
(code, file row, column) while nothing at all is written.
"""

from __future__ import annotations

import csv
import time
import zipfile
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import sqlalchemy as sa

from pharmacy_app.domain.errors import DomainError, Problem
from pharmacy_app.domain.messages import Code
from pharmacy_app.importers import delivery_note as dn
from pharmacy_app.services import queries, receiving, receiving_import, reference, stock
from pharmacy_app.services.app import App
from tests.paperlog import Clock

HEADER = [
    "Følgeseddelnr",
    "Leveringsdato",
    "Varenummer",
    "GTIN",
    "Vaccine",
    "Batch",
    "Udløbsdato",
    "Antal pakninger",
    "Doser pr. pakning",
    "Opbevaring",
    "Bemærkning",
]
NOTE = "FS-2026-0412"
# File rows 2..8 (row 1 is the header).  The clock stands at 2026-11-02.
# fmt: off
GOOD = [
    [NOTE, "02-11-2026", "412345", "07046264123454", "Comirnaty", "FX1234", "31-05-2027", "5", "60", "-90/-60", "Tøris"],
    [NOTE, "02-11-2026", "123456", "07046261234566", "Vaxigrip", "FL2026A", "30-06-2027", "20", "10", "2-8", ""],
    [NOTE, "02-11-2026", "345678", "07046263456782", "Pneumovax", "PV0001", "00-12-2027", "30", "1", "2-8", ""],
    [NOTE, "02-11-2026", "123456", "07046261234566", "Vaxigrip", "FL2026A", "30-06-2027", "10", "10", "2-8", ""],
    [NOTE, "02-11-2026", "412350", "07046264123508", "Spikevax", "SV0042", "2027-04-30", "4", "50", "-25/-15", ""],
    [NOTE, "02-11-2026", "412346", "07046264123461", "Comirnaty enkeltdosis", "CS0007", "31-03-2027", "6", "10", "2-8", "optøet ved levering"],
    [NOTE, "02-11-2026", "123458", "07046261234580", "Fluenz", "LA1001", "28-02-2027", "12", "", "", ""],
]
# fmt: on
# (batch, location, doses, expiry, use_by) after importing GOOD.
GOOD_STOCK = {
    ("FX1234", "RH-APO", 300, date(2027, 5, 31), date(2027, 5, 31)),
    ("FL2026A", "RH-APO", 300, date(2027, 6, 30), date(2027, 6, 30)),
    ("PV0001", "RH-APO", 30, date(2027, 12, 31), date(2027, 12, 31)),
    ("SV0042", "RH-APO", 200, date(2027, 4, 30), date(2027, 4, 30)),
    # a frozen product arriving at 2-8 °C is thawed on delivery: 70 days from 2026-11-02
    ("CS0007", "RH-APO", 60, date(2027, 3, 31), date(2027, 1, 11)),
    ("LA1001", "RH-APO", 120, date(2027, 2, 28), date(2027, 2, 28)),
}
COL = {name: i for i, name in enumerate(HEADER)}


# --------------------------------------------------------------------------- files


def rows_with(
    changes: dict[tuple[int, str], str], rows: list[list[str]] | None = None
) -> list[list[str]]:
    """The good rows with cells changed, addressed by (file row, column name)."""
    out = [list(r) for r in (rows or GOOD)]
    for (row, column), value in changes.items():
        out[row - 2][COL[column]] = value
    return out


def excel_value(column: str, text: str) -> Any:
    """A cell as Excel would hold it: dates as date cells, counts as numbers."""
    if not text:
        return None
    if column in ("Leveringsdato", "Udløbsdato"):
        try:
            return dn.parse_date(text) if not text.startswith("00") else text
        except dn.CellError:
            return text
    if column in ("Antal pakninger", "Doser pr. pakning") and text.isdigit():
        return int(text)
    return text


def write_xlsx(
    path: Path,
    rows: list[list[str]],
    header: list[str] = HEADER,
    *,
    sheet: str = "Følgeseddel",
    before: tuple[list[Any], ...] = (),
    other_sheets: tuple[str, ...] = (),
    typed: bool = True,
) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for name in other_sheets:  # sheets in front of the note
        extra = wb.create_sheet(name, 0)
        extra.append(["Oversigt over leverancer"])
    ws.title = sheet
    for row in before:
        ws.append(row)
    ws.append(header)
    for row in rows:
        ws.append([excel_value(h, v) if typed else v for h, v in zip(header, row, strict=False)])
    wb.save(path)
    return path


def write_csv(
    path: Path,
    rows: list[list[str]],
    header: list[str] = HEADER,
    *,
    encoding: str = "cp1252",
    delimiter: str = ";",
) -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def counts(app: App) -> dict[str, int]:
    with app.db.read() as s:
        return {
            table: s.execute(sa.text(f"select count(*) from {table}")).scalar_one()
            for table in (
                "movement",
                "receipt",
                "receipt_line",
                "lot",
                "stock_balance",
                "receipt_scan",
            )
        }


def where(
    problems: list[Problem] | tuple[Problem, ...],
) -> list[tuple[str, int | None, str | None]]:
    return [(p.code, p.params.get("row"), p.params.get("column")) for p in problems]


def refused(app: App, path: Path, **kwargs: Any) -> list[Problem]:
    """Import must be refused with nothing written; returns the problems."""
    before = counts(app)
    with pytest.raises(DomainError) as info:
        receiving_import.import_note(app, path, **kwargs)
    assert counts(app) == before, "a refused import wrote something"
    problems = list(info.value.problems)
    for p in problems:  # every problem has a message in both languages
        assert isinstance(p.code, Code), p
        assert p.text("en") != p.text("da")
        for language in ("en", "da"):
            assert str(dict(p.params)) not in p.text(language), p.text(language)
    return problems


def stock_set(app: App) -> set[tuple[str, str, int, date, date]]:
    return {
        (r.batch, r.location_code, r.doses, r.expiry, r.use_by) for r in queries.stock_rows(app)
    }


@pytest.fixture
def home(app: App) -> App:
    reference.save_settings(app, reference.Settings(14, "RH-APO"))
    return app


# --------------------------------------------------------------------------- parsing


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31-05-2027", date(2027, 5, 31)),
        ("2027-05-31", date(2027, 5, 31)),
        ("1-6-2027", date(2027, 6, 1)),
        ("31.05.2027", date(2027, 5, 31)),
        ("00-06-2027", date(2027, 6, 30)),  # GS1 day 00: the last day of the month
        ("2027-06-00", date(2027, 6, 30)),
        ("00-02-2028", date(2028, 2, 29)),
        ("2027-05-31 00:00:00", date(2027, 5, 31)),
    ],
)
def test_dates(text: str, expected: date) -> None:
    assert dn.parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    ["31-02-2027", "2027-13-01", "32-01-2027", "31/05/2027", "05-31-27", "maj 2027", "46000"],
)
def test_not_dates(text: str) -> None:
    with pytest.raises(dn.CellError) as info:
        dn.parse_date(text)
    assert info.value.code == "note_not_a_date"


def test_numbers_and_codes() -> None:
    assert [dn.parse_positive_int(v) for v in ("12", " 7 ", "1.200", "12,0", 3, 4.0)] == [
        12,
        7,
        1200,
        12,
        3,
        4,
    ]
    for bad, code in [
        ("12,5", "note_not_a_whole_number"),
        ("tolv", "note_not_a_whole_number"),
        ("1.5", "note_not_a_whole_number"),
        (True, "note_not_a_whole_number"),
        ("0", "note_not_positive"),
        ("-2", "note_not_positive"),
    ]:
        with pytest.raises(dn.CellError) as info:
            dn.parse_positive_int(bad)
        assert info.value.code == code, bad
    assert dn.parse_gtin("07046264123454") == "07046264123454"
    assert dn.parse_gtin(7046264123454) == "07046264123454"  # a number cell lost the zero
    with pytest.raises(dn.CellError) as info:
        dn.parse_gtin("07046264123455")
    assert (info.value.code, info.value.extra) == ("note_gtin_check_digit", {"expected": 4})
    with pytest.raises(dn.CellError) as info:
        dn.parse_gtin("7046-2641")
    assert info.value.code == "note_gtin_invalid"
    assert dn.parse_batch(" FX1234 ") == "FX1234"
    with pytest.raises(dn.CellError):
        dn.parse_batch("FX 12#4")
    with pytest.raises(dn.CellError):
        dn.parse_batch("A" * 21)
    storage = {
        v: dn.parse_storage(v)
        for v in ("-90/-60", "-25/-15", "2-8", " 2 - 8 °C", "−90/−60 °C", "'-90/-60", "+2-+8")
    }
    assert storage == {
        "-90/-60": "frozen",
        "-25/-15": "frozen",
        "2-8": "fridge",
        " 2 - 8 °C": "fridge",
        "−90/−60 °C": "frozen",
        "'-90/-60": "frozen",
        "+2-+8": "fridge",
    }
    assert dn.parse_storage(date(2026, 8, 2)) == "fridge"  # "2-8" that a spreadsheet made a date
    assert (dn.FROZEN, dn.FRIDGE) == (receiving.FROZEN, receiving.FRIDGE)


def test_header_names_forgive_case_spaces_and_aeoeaa(tmp_path: Path) -> None:
    header = [
        " FØLGESEDDELNR ",
        "leveringsdato",
        "VareNummer",
        "gtin",
        "Vaccine",
        "batch",
        "udloebsdato",
        "antal  pakninger",
        "Doser pr pakning",
        "Opbevaring",
        "Bemaerkning",
        "Lager",
    ]
    path = write_csv(tmp_path / "n.csv", [[*r, "hylde 3"] for r in GOOD], header)
    note = dn.parse_note(path)
    assert note.problems == []
    assert note.note_number == NOTE and note.delivered_on == date(2026, 11, 2)
    assert [r.row for r in note.rows] == [2, 3, 4, 5, 6, 7, 8]
    assert note.rows[0].remark == "Tøris" and note.rows[0].condition == "frozen"
    assert note.rows[6].doses_per_pack is None and note.rows[6].condition is None


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig", "utf-8"])
@pytest.mark.parametrize("delimiter", [";", ","])
def test_csv_encodings_and_separators(tmp_path: Path, encoding: str, delimiter: str) -> None:
    path = write_csv(tmp_path / "n.csv", GOOD, encoding=encoding, delimiter=delimiter)
    note = dn.parse_note(path)
    assert note.problems == []
    assert [r.batch for r in note.rows] == [r[COL["Batch"]] for r in GOOD]
    assert note.rows[0].remark == "Tøris"


def test_title_block_above_the_header_and_rows_as_the_sheet_numbers_them(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "n.xlsx", GOOD, before=(["Følgeseddel fra SSI"], [], ["Modtager: RH-APO"], [])
    )
    note = dn.parse_note(path)
    assert note.problems == [] and note.header_row == 5
    assert [r.row for r in note.rows] == list(range(6, 13))
    assert note.rows[0].expiry == date(2027, 5, 31)  # a real date cell


def test_csv_row_numbers_count_lines_of_a_quoted_multi_line_cell(tmp_path: Path) -> None:
    rows = rows_with(
        {(3, "Bemærkning"): "første linje\nanden linje", (5, "Udløbsdato"): "31-02-2027"}
    )
    path = write_csv(tmp_path / "n.csv", rows)
    note = dn.parse_note(path)
    assert where(note.problems) == [("note_not_a_date", 6, "Udløbsdato")]


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda p: p.write_bytes(b""), [("note_file_empty", None, None)]),
        (lambda p: p.write_text("\r\n ; ;\r\n"), [("note_file_empty", None, None)]),
        (
            lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600),
            [("note_file_xls", None, None)],
        ),
        (
            lambda p: p.write_bytes(b"PK\x03\x04 this is not a zip"),
            [("note_file_type", None, None)],
        ),
        (lambda p: p.write_bytes(bytes(range(256)) * 8), [("note_file_type", None, None)]),
        (
            lambda p: p.write_text("%PDF-1.4\nnot a delivery note\n"),
            [("note_no_header", None, None)],
        ),
    ],
)
def test_files_that_are_not_notes(
    tmp_path: Path, make: Callable[[Path], object], expected: list[Any]
) -> None:
    path = tmp_path / "note.csv"
    make(path)
    note = dn.parse_note(path)
    assert where(note.problems) == expected
    assert note.rows == []


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "note.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "hi")
    assert where(dn.parse_note(path).problems) == [("note_file_type", None, None)]


def test_a_missing_file(tmp_path: Path) -> None:
    problems = dn.parse_note(tmp_path / "nowhere.xlsx").problems
    assert where(problems) == [("note_file_unreadable", None, None)]
    assert "nowhere.xlsx" in problems[0].text()


# --------------------------------------------------------------------------- importing


def test_good_xlsx_note_is_received_whole(home: App, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "note.xlsx", GOOD)
    preview = receiving_import.preview(home, path)
    assert preview.ok and not preview.needs_confirmation, preview.problems
    assert counts(home)["receipt"] == 0, "a preview writes nothing"
    assert (preview.note_number, preview.delivered_on, preview.location_code) == (
        NOTE,
        date(2026, 11, 2),
        "RH-APO",
    )
    assert [line.rows for line in preview.lines] == [(2,), (3, 5), (4,), (6,), (7,), (8,)]
    assert (preview.packs, preview.doses) == (87, 1010)

    receipt = receiving_import.import_note(home, path)
    assert (receipt.note_number, receipt.status, receipt.source) == (NOTE, "posted", "import")
    assert receipt.delivered_on == date(2026, 11, 2) and receipt.location_code == "RH-APO"
    assert receipt.posted_by == "tester"
    assert [(ln.line_no, ln.batch, ln.packs) for ln in receipt.lines] == [
        (1, "FX1234", 5),
        (2, "FL2026A", 30),
        (3, "PV0001", 30),
        (4, "SV0042", 4),
        (5, "CS0007", 6),
        (6, "LA1001", 12),
    ]
    assert [ln.condition for ln in receipt.lines] == [
        "frozen",
        "fridge",
        "fridge",
        "frozen",
        "fridge",
        "fridge",
    ]
    assert receipt.lines[0].note == "Tøris"
    assert (receipt.packs, receipt.doses) == (87, 1010)
    assert stock_set(home) == GOOD_STOCK
    with home.db.read() as s:
        movements = s.execute(
            sa.text("select kind, reference, user_name, doses from movement order by id")
        ).all()
    assert [tuple(mv) for mv in movements] == [
        ("receipt", NOTE, "tester", d) for d in (300, 300, 30, 200, 60, 120)
    ]
    assert queries.check_ledger(home).ok
    assert receiving.get(home, receipt.id).status == "posted"


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig"])
def test_good_danish_csv_gives_the_same_stock(home: App, tmp_path: Path, encoding: str) -> None:
    rows = rows_with(
        {(2, "Antal pakninger"): "5,0", (3, "Opbevaring"): "2 - 8 °C", (5, "Opbevaring"): "2-8 °C"}
    )
    path = write_csv(tmp_path / "note.csv", rows, encoding=encoding)
    receipt = receiving_import.import_note(home, path)
    assert len(receipt.lines) == 6 and receipt.doses == 1010
    assert stock_set(home) == GOOD_STOCK
    assert queries.check_ledger(home).ok


# (changes to GOOD, expected problems as (code, row, column)); each needs the database.
BROKEN: dict[str, tuple[dict[tuple[int, str], str], list[tuple[str, int, str]]]] = {
    "impossible date": (
        {(2, "Udløbsdato"): "31-02-2027"},
        [("note_not_a_date", 2, "Udløbsdato")],
    ),
    "text in numbers": (
        {
            (3, "Antal pakninger"): "tyve",
            (6, "Doser pr. pakning"): "halvtreds",
            (7, "Antal pakninger"): "5,5",
        },
        [
            ("note_not_a_whole_number", 3, "Antal pakninger"),
            ("note_not_a_whole_number", 6, "Doser pr. pakning"),
            ("note_not_a_whole_number", 7, "Antal pakninger"),
        ],
    ),
    "zero packs": ({(4, "Antal pakninger"): "0"}, [("note_not_positive", 4, "Antal pakninger")]),
    "unknown item number": (
        {(4, "Varenummer"): "999999", (4, "GTIN"): ""},
        [("note_product_unknown", 4, "Varenummer")],
    ),
    "GTIN of another product": (
        {(2, "GTIN"): "07046261234566"},
        [("note_gtin_mismatch", 2, "GTIN")],
    ),
    "GTIN check digit": (
        {(3, "GTIN"): "07046261234567", (5, "GTIN"): "7046261234565"},
        [("note_gtin_check_digit", 3, "GTIN"), ("note_gtin_check_digit", 5, "GTIN")],
    ),
    "GTIN too short": ({(4, "GTIN"): "12345"}, [("note_gtin_invalid", 4, "GTIN")]),
    "GTIN not digits": ({(4, "GTIN"): "GTIN-345678"}, [("note_gtin_invalid", 4, "GTIN")]),
    "doses per pack": (
        {(2, "Doser pr. pakning"): "6"},
        [("note_doses_per_pack_mismatch", 2, "Doser pr. pakning")],
    ),
    "two note numbers": (
        {(6, "Følgeseddelnr"): "FS-2026-0413", (8, "Følgeseddelnr"): "FS-2026-0414"},
        [("note_value_differs", 6, "Følgeseddelnr"), ("note_value_differs", 8, "Følgeseddelnr")],
    ),
    "two delivery dates": (
        {(7, "Leveringsdato"): "01-11-2026"},
        [("note_value_differs", 7, "Leveringsdato")],
    ),
    "delivery in the future": (
        {(r, "Leveringsdato"): "24-12-2026" for r in range(2, 9)},
        [("note_delivery_in_future", r, "Leveringsdato") for r in range(2, 9)],
    ),
    "same lot, other expiry": (
        {(5, "Udløbsdato"): "31-07-2027"},
        [("note_lot_repeated", 5, "Udløbsdato")],
    ),
    "same lot, other storage and remark": (
        {(5, "Bemærkning"): "kasse 2", (5, "Opbevaring"): ""},
        [("note_lot_repeated", 5, "Opbevaring")],
    ),
    "expired lot": ({(8, "Udløbsdato"): "31-10-2026"}, [("note_lot_expired", 8, "Udløbsdato")]),
    "thawed on arrival, already past its thawed shelf life": (
        {(r, "Leveringsdato"): "01-08-2026" for r in range(2, 9)},
        [("note_lot_expired", 7, "Udløbsdato")],
    ),
    "blank required cells": (
        {(2, "Batch"): "", (3, "Følgeseddelnr"): " ", (4, "Udløbsdato"): ""},
        [
            ("note_value_missing", 2, "Batch"),
            ("note_value_missing", 3, "Følgeseddelnr"),
            ("note_value_missing", 4, "Udløbsdato"),
        ],
    ),
    "batch characters": ({(2, "Batch"): "FX 12#4"}, [("note_batch_invalid", 2, "Batch")]),
    "storage": (
        {(3, "Opbevaring"): "frost", (5, "Opbevaring"): "frost", (4, "Opbevaring"): "-25/-15"},
        [
            ("note_storage_unknown", 3, "Opbevaring"),
            ("note_not_a_frozen_product", 4, "Opbevaring"),
            ("note_storage_unknown", 5, "Opbevaring"),
        ],
    ),
    "note number too long": (
        {(r, "Følgeseddelnr"): "FS-" + "9" * 40 for r in range(2, 9)},
        [("note_value_too_long", r, "Følgeseddelnr") for r in range(2, 9)],
    ),
    "everything at once, every row": (
        {
            (2, "Udløbsdato"): "31-02-2027",
            (3, "Antal pakninger"): "tyve",
            (4, "Varenummer"): "999999",
            (4, "GTIN"): "",
            (5, "Udløbsdato"): "31-07-2027",
            (6, "Doser pr. pakning"): "5",
            (7, "GTIN"): "07046264123462",
            (8, "Udløbsdato"): "01-10-2026",
        },
        [
            ("note_not_a_date", 2, "Udløbsdato"),
            ("note_not_a_whole_number", 3, "Antal pakninger"),
            ("note_product_unknown", 4, "Varenummer"),
            ("note_lot_repeated", 5, "Udløbsdato"),
            ("note_doses_per_pack_mismatch", 6, "Doser pr. pakning"),
            ("note_gtin_check_digit", 7, "GTIN"),
            ("note_lot_expired", 8, "Udløbsdato"),
        ],
    ),
}


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
@pytest.mark.parametrize("case", list(BROKEN))
def test_broken_notes_are_refused_whole(home: App, tmp_path: Path, case: str, fmt: str) -> None:
    changes, expected = BROKEN[case]
    rows = rows_with(changes)
    path = (
        write_xlsx(tmp_path / "n.xlsx", rows)
        if fmt == "xlsx"
        else write_csv(tmp_path / "n.csv", rows)
    )
    problems = refused(home, path)
    assert where(problems) == expected
    assert where(receiving_import.preview(home, path).problems) == expected


def test_problem_text_names_row_column_and_value(home: App, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "n.csv", rows_with({(7, "Udløbsdato"): "31-02-2027"}))
    [problem] = refused(home, path)
    assert problem.params == {
        "row": 7,
        "column": "Udløbsdato",
        "value": "31-02-2027",
        "reason": "not_a_date",
    }
    assert problem.text("en").startswith("row 7, Udløbsdato: '31-02-2027' is not a date")
    assert problem.text("da").startswith("række 7, Udløbsdato: '31-02-2027' er ikke en dato")


def test_repeated_lot_names_both_rows(home: App, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "n.xlsx", rows_with({(5, "Udløbsdato"): "31-07-2027"}))
    [problem] = refused(home, path)
    assert problem.params["first_row"] == 3 and problem.params["row"] == 5
    assert problem.text().startswith("rows 3 and 5: lot FL2026A of Vaxigrip")


def test_lot_known_with_another_expiry(home: App, tmp_path: Path) -> None:
    stock.receive(home, product="412345", batch="FX1234", expiry=date(2027, 3, 31), packs=1)
    path = write_xlsx(tmp_path / "n.xlsx", GOOD)
    problems = refused(home, path)
    assert where(problems) == [("note_lot_expiry_mismatch", 2, "Udløbsdato")]
    assert (problems[0].params["known"], problems[0].params["given"]) == (
        date(2027, 3, 31),
        date(2027, 5, 31),
    )


def test_lot_known_with_the_same_expiry_adds_to_it(home: App, tmp_path: Path) -> None:
    stock.receive(home, product="412345", batch="FX1234", expiry=date(2027, 5, 31), packs=1)
    receiving_import.import_note(home, write_xlsx(tmp_path / "n.xlsx", GOOD))
    fx = [r for r in queries.stock_rows(home) if r.batch == "FX1234"]
    assert [(r.location_code, r.doses) for r in fx] == [("RH-APO", 360)]


def test_a_note_is_received_once(home: App, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "n.xlsx", GOOD)
    receiving_import.import_note(home, path)
    again = write_csv(tmp_path / "again.csv", GOOD)
    problems = refused(home, again)
    assert where(problems) == [("note_already_received", 2, "Følgeseddelnr")]
    assert problems[0].params["by"] == "tester"


def test_a_refused_import_leaves_no_draft(home: App, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "n.xlsx", rows_with({(2, "Udløbsdato"): "31-02-2027"}))
    refused(home, path)
    assert receiving.list_receipts(home) == [], "no draft is left behind"


def test_empty_header_only_wrong_sheet_missing_column(home: App, tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert where(refused(home, empty)) == [("note_file_empty", None, None)]

    header_only = write_xlsx(tmp_path / "header.xlsx", [])
    assert where(refused(home, header_only)) == [("note_no_rows", 1, None)]
    header_only_csv = write_csv(tmp_path / "header.csv", [])
    assert where(refused(home, header_only_csv)) == [("note_no_rows", 1, None)]

    wrong_sheet = write_xlsx(
        tmp_path / "sheet.xlsx", GOOD, sheet="Data", other_sheets=("Oversigt",)
    )
    [problem] = refused(home, wrong_sheet)
    assert (problem.code, problem.params["sheet"], problem.params["sheets"]) == (
        "note_sheet_no_header",
        "Oversigt",
        "Oversigt, Data",
    )
    named = write_xlsx(
        tmp_path / "named.xlsx", GOOD, sheet="følgeseddel", other_sheets=("Oversigt",)
    )
    assert receiving_import.preview(home, named).ok, (
        "a sheet named Følgeseddel is read wherever it is"
    )

    no_header = write_csv(tmp_path / "noheader.csv", GOOD, header=["a", "b", "c"])
    assert where(refused(home, no_header)) == [("note_no_header", None, None)]

    without = [h for h in HEADER if h not in ("Batch", "Antal pakninger")]
    keep = [COL[h] for h in without]
    missing = write_xlsx(tmp_path / "missing.xlsx", [[r[i] for i in keep] for r in GOOD], without)
    assert where(refused(home, missing)) == [
        ("note_column_missing", 1, "Batch"),
        ("note_column_missing", 1, "Antal pakninger"),
    ]
    twice = write_csv(tmp_path / "twice.csv", [[*r, "x"] for r in GOOD], [*HEADER, "batch"])
    assert where(refused(home, twice)) == [("note_column_twice", 1, "Batch")]


def test_xlsx_with_number_and_date_cells(home: App, tmp_path: Path) -> None:
    """What Excel makes of typed values: item numbers and GTINs as numbers, a typed 2-8
    turned into 2 August; the note still reads right."""
    path = tmp_path / "typed.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER)
    ws.append(
        [
            NOTE,
            date(2026, 11, 2),
            123456,
            7046261234566,
            "Vaxigrip",
            "FL2026A",
            date(2027, 6, 30),
            20.0,
            10,
            date(2026, 8, 2),
            None,
        ]
    )
    wb.save(path)
    receipt = receiving_import.import_note(home, path)
    assert [(ln.varenummer, ln.batch, ln.packs, ln.condition) for ln in receipt.lines] == [
        ("123456", "FL2026A", 20, "fridge")
    ]


def test_unknown_item_number_with_a_known_gtin_is_the_gtins_product(
    home: App, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "n.csv", rows_with({(4, "Varenummer"): "999999"}))
    preview = receiving_import.preview(home, path)
    assert preview.ok
    assert preview.lines[2].varenummer == "345678"


def test_short_dated_lots_need_confirmation(home: App, tmp_path: Path) -> None:
    # Fluenz needs 14 days; 8 days left.  Pneumovax needs 30; 29 days left.
    path = write_xlsx(
        tmp_path / "n.xlsx",
        rows_with({(8, "Udløbsdato"): "10-11-2026", (4, "Udløbsdato"): "01-12-2026"}),
    )
    preview = receiving_import.preview(home, path)
    assert preview.ok and preview.needs_confirmation
    assert where(preview.short_dated) == [
        ("note_short_dated", 4, "Udløbsdato"),
        ("note_short_dated", 8, "Udløbsdato"),
    ]
    assert [p.params["days"] for p in preview.short_dated] == [29, 8]
    assert where(refused(home, path)) == where(preview.short_dated)
    receipt = receiving_import.import_note(home, path, confirm_short_dated=True)
    assert receipt.status == "posted" and receipt.doses == 1010


def test_problems_and_short_dated_lots_are_reported_together(home: App, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "n.csv", rows_with({(8, "Udløbsdato"): "10-11-2026", (2, "Batch"): "?"})
    )
    assert where(refused(home, path, confirm_short_dated=False)) == [
        ("note_batch_invalid", 2, "Batch"),
        ("note_short_dated", 8, "Udløbsdato"),
    ]
    assert where(refused(home, path, confirm_short_dated=True)) == [
        ("note_batch_invalid", 2, "Batch")
    ]


def test_without_a_home_pharmacy(app: App, tmp_path: Path) -> None:
    assert where(refused(app, write_xlsx(tmp_path / "n.xlsx", GOOD))) == [
        ("home_pharmacy_unset", None, None)
    ]


def test_inactive_product(home: App, tmp_path: Path) -> None:
    fluenz = next(p for p in reference.list_products(home) if p.varenummer == "123458")
    reference.save_product(home, replace(fluenz, active=False))
    assert where(refused(home, write_xlsx(tmp_path / "n.xlsx", GOOD))) == [
        ("note_product_inactive", 8, "Varenummer")
    ]


# --------------------------------------------------------------------------- volume


BIG = 10_000


# The lots, lines and movements go in with one statement each (services.lots,
# ledger.post_many): seconds on either engine.
@pytest.mark.slow
def test_ten_thousand_lots(home: App, tmp_path: Path, clock: Clock) -> None:
    products = [
        ("412345", "07046264123454", "-90/-60"),
        ("123456", "07046261234566", "2-8"),
        ("345678", "07046263456782", "2-8"),
        ("412350", "07046264123508", "-25/-15"),
    ]
    rows = []
    for i in range(BIG):
        varenummer, gtin, storage = products[i % len(products)]
        rows.append(
            [
                NOTE,
                "02-11-2026",
                varenummer,
                gtin,
                "",
                f"B{i:05d}",
                "30-06-2027",
                str(1 + i % 3),
                "",
                storage,
                "",
            ]
        )
    path = write_csv(tmp_path / "big.csv", rows)

    started = time.perf_counter()
    preview = receiving_import.preview(home, path)
    checked = time.perf_counter()
    assert preview.ok and len(preview.lines) == BIG
    receipt = receiving_import.import_note(home, path)
    done = time.perf_counter()
    print(
        f"\n{home.db.dialect}: preview {checked - started:.1f} s, import {done - checked:.1f} s for {BIG} lines"
    )

    assert len(receipt.lines) == BIG
    assert [ln.line_no for ln in receipt.lines] == list(range(1, BIG + 1))
    assert counts(home)["movement"] == BIG and counts(home)["lot"] == BIG
    assert queries.check_ledger(home).ok
