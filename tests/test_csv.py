"""CSV output never carries a formula a spreadsheet would run."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime

from pharmacy_app.reports.csv_export import safe_text, write_csv


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
