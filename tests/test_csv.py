"""CSV output never carries a formula a spreadsheet would run."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime

from pharmacy_app.reports.csv_export import DANISH, DIALECTS, safe_text, write_csv


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
