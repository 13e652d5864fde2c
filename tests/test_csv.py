"""CSV output never carries a formula a spreadsheet would run: read back with Python's
csv module and with LibreOffice (formula evaluation on), whose cells are checked with
openpyxl."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl

from pharmacy_app.reports.csv_export import (
    DANISH,
    DIALECTS,
    CsvDialect,
    quote_field,
    safe_text,
    write_csv,
)


def test_formula_prefixes_are_neutralised() -> None:
    for text in ("=1+1", "+45 12", "-2", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("http://x")'):
        assert safe_text(text).startswith("'")
    assert safe_text("FX1234") == "FX1234"
    assert safe_text("a=b") == "a=b"


def test_write_csv_round_trip() -> None:
    buf = io.StringIO()
    n = write_csv(
        buf,
        ["a", "b", "c", "d", "e"],
        [
            ("=cmd|' /C calc'!A0", -5, date(2027, 3, 31), datetime(2026, 11, 25, 9, 0, tzinfo=UTC), None),
            ("Sundhedshus; Nord", 1.5, "", "æøå", True),
        ],
    )
    assert n == 2
    rows = list(csv.reader(io.StringIO(buf.getvalue())))
    assert rows[0] == ["a", "b", "c", "d", "e"]
    # A time in Danish local time with its offset: exact, and what the pharmacy's clock said.
    assert rows[1] == ["'=cmd|' /C calc'!A0", "-5", "2027-03-31", "2026-11-25T10:00:00+01:00", ""]
    assert rows[2] == ["Sundhedshus; Nord", "1.5", "", "æøå", "1"]


def test_the_danish_dialect_reads_back_as_a_danish_spreadsheet_expects() -> None:
    buf = io.StringIO()
    n = write_csv(
        buf,
        ["tekst", "antal", "pakninger", "udløb", "tidspunkt", "tom"],
        [
            ("=cmd|' /C calc'!A0", -5, 2.5, date(2027, 3, 31), datetime(2026, 11, 25, 23, 30, tzinfo=UTC), None),
            ("Sundhedshus; Nord", 1200, 0.00001, date(2026, 1, 2), datetime(2026, 7, 1, 8, 0, tzinfo=UTC), True),
        ],
        DANISH,
    )
    assert n == 2
    text = buf.getvalue()
    assert text.startswith("\ufeff" + "tekst;antal;pakninger;udløb;tidspunkt;tom\n")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))
    # Text is neutralised as in the machine form; a ";" in text is quoted.
    assert rows[1] == ["'=cmd|' /C calc'!A0", "-5", "2,5", "31-03-2027", "26-11-2026 00:30:00", ""]
    assert rows[2] == ["Sundhedshus; Nord", "1200", "0,00001", "02-01-2026", "01-07-2026 10:00:00", "1"]
    assert '"Sundhedshus; Nord"' in text


def test_the_machine_dialect_is_the_default_and_unchanged() -> None:
    plain, machine = io.StringIO(), io.StringIO()
    rows = [("x", 1.5, date(2027, 3, 31), datetime(2026, 11, 25, 9, 0, tzinfo=UTC))]
    write_csv(plain, ["a", "b", "c", "d"], rows)
    write_csv(machine, ["a", "b", "c", "d"], rows, DIALECTS["machine"])
    assert plain.getvalue() == machine.getvalue() == (
        "a,b,c,d\nx,1.5,2027-03-31,2026-11-25T10:00:00+01:00\n"  # Danish time, with its offset
    )
    assert DIALECTS["da"] is DANISH
# The values a careless or hostile user can put in a site name, a user name or a note.
HOSTILE = [
    "=cmd|' /C calc'!A0",
    "Sundhedshus\r=cmd|' /C calc'!A0",  # a bare CR: a spreadsheet starts a row there
    "Nord\n+45 12 34 56 78",
    "a\r\n@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
    "＝1+1",  # full-width equals sign
    "＋1",
    "－1",
    "＠SUM(A1)",
    '"quoted", with the separator',
    "semi;colon",
    "plain text",
]


def test_fields_with_cr_lf_separator_or_quote_are_quoted_and_read_back_whole() -> None:
    for delimiter in (",", ";"):
        buf = io.StringIO()
        write_csv(
            buf, ["site", "doses"], [(v, i) for i, v in enumerate(HOSTILE)], CsvDialect("t", delimiter)
        )
        text = buf.getvalue()
        # Outside quotes every line is one row: count the rows a reader sees.
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
        assert len(rows) == 1 + len(HOSTILE)
        for i, (value, row) in enumerate(zip(HOSTILE, rows[1:], strict=True)):
            assert row == [safe_text(value), str(i)]
            for line in re.split(r"\r\n|\r|\n", row[0]):
                assert not (line and unicodedata.normalize("NFKC", line[0]) in "=+-@\t"), row


def test_every_line_of_a_value_is_neutralised() -> None:
    assert safe_text("a\r=b") == "a\r'=b"
    assert safe_text("a\n+b\n-c") == "a\n'+b\n'-c"
    assert safe_text("a\r\n@b") == "a\r\n'@b"
    assert safe_text("＝1+1") == "'＝1+1"
    assert safe_text("﹦1") == "'﹦1"  # small equals sign
    assert safe_text("a=b\nc") == "a=b\nc"
    assert quote_field("a\rb", ",") == '"a\rb"'
    assert quote_field('a"b', ";") == '"a""b"'
    assert quote_field("a;b", ",") == "a;b"


def test_libreoffice_reads_no_formula(tmp_path: Path) -> None:
    """The written CSV opened by LibreOffice with formula evaluation on: no cell is a
    formula, while the same values written naively give formulas (the control)."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice is not installed: run `bash .ci/bootstrap --test`"
    safe = tmp_path / "safe.csv"
    with safe.open("w", encoding="utf-8", newline="") as fh:
        write_csv(fh, ["site", "user", "doses"], [(v, v, -5) for v in HOSTILE])
    naive = tmp_path / "naive.csv"
    with naive.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows([["site"], *[[v] for v in HOSTILE]])
    out = tmp_path / "out"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            # separator ",", quote '"', UTF-8, from line 1, ..., evaluate formulas: true
            "--infilter=CSV:44,34,76,1,,1033,false,false,false,false,false,-1,true",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(safe),
            str(naive),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )

    def cells(path: Path) -> list[openpyxl.cell.Cell]:
        ws = openpyxl.load_workbook(path).active
        return [c for row in ws.iter_rows() for c in row if c.value is not None]

    naive_formulas = [c.value for c in cells(out / "naive.xlsx") if c.data_type == "f"]
    # The control: LibreOffice evaluates the plain formula and the one after the bare CR.
    assert sum(str(f).startswith("=cmd") for f in naive_formulas) == 2, naive_formulas
    read = cells(out / "safe.xlsx")
    assert [c.coordinate for c in read if c.data_type == "f"] == []
    texts = [str(c.value) for c in read if c.column == 1]
    assert len(texts) == 1 + len(HOSTILE), "one row per value: no CR started a new row"
    assert "=cmd|' /C calc'!A0" in texts[1], "the value is kept, as text"
    assert [c.value for c in read if c.column == 3] == ["doses"] + [-5] * len(HOSTILE)
