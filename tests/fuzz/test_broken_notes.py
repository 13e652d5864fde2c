"""Hypothesis breaks one field of a good delivery note; the note must be refused whole,
naming that row (and that column), with nothing written and no other exception.

A cell is replaced by a value drawn for its column that is wrong by construction (a
decimal, another script's digits, an impossible or implausible date, a GTIN with a wrong
check digit, a batch with a character outside GS1's set…), or the row's text is broken
(a stray quote, an extra separator, a bare carriage return).  Run on SQLite: what is
tested is the reading and checking, which is the same on both engines; the corpus runs
on both.
"""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pharmacy_app.domain.errors import DomainError
from pharmacy_app.importers.delivery_note import COLUMNS
from pharmacy_app.services import receiving_import, reference
from pharmacy_app.services.app import App
from tests.helpers import fingerprint

TODAY = date(2026, 11, 2)  # the clock fixture's day
EXP = (TODAY + timedelta(days=200)).strftime("%d-%m-%Y")
DAY = TODAY.strftime("%d-%m-%Y")
HEADER = [c.name for c in COLUMNS]
GOOD = [
    ["FS-HYP", DAY, "412345", "07046264123454", "Comirnaty", "HY0001", EXP, "5", "60", "-90/-60", ""],
    ["FS-HYP", DAY, "123456", "07046261234566", "Vaxigrip", "HY0002", EXP, "20", "10", "2-8", ""],
    ["FS-HYP", DAY, "345678", "07046263456782", "Pneumovax", "HY0003", EXP, "30", "1", "2-8", ""],
    ["FS-HYP", DAY, "412350", "07046264123508", "Spikevax", "HY0004", EXP, "4", "50", "-25/-15", ""],
]

FOREIGN_DIGITS = st.sampled_from(["٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "０１２３４５６７８９", "०१२३४५६७८९"])


@st.composite
def foreign_number(draw: st.DrawFn) -> str:
    digits = draw(FOREIGN_DIGITS)
    return "".join(draw(st.sampled_from(digits)) for _ in range(draw(st.integers(1, 4))))


COUNT = st.one_of(
    st.sampled_from(["1.5", "10.0", "1,5", "1,000", "1e3", "0", "-1", "1_000", "12a", "NaN", "inf", "1²"]),
    st.integers(10_001, 10**40).map(str),
    st.decimals(min_value=0, max_value=10_000, places=2)
    .filter(lambda d: d != d.to_integral_value())
    .map(str),
    foreign_number(),
)
DATE = st.one_of(
    st.sampled_from(
        ["31-02-2027", "01-01-1900", "31-12-9999", "31-12-0000", "2027/13/01", "00-13-2027",
         "i morgen", "99999-01-01", "1-1-1", "31-12-20270"]
    ),
    st.builds(
        lambda d: d.strftime("%d-%m-%Y"),
        st.dates(min_value=date(1, 1, 1), max_value=date(1999, 12, 31)),
    ),
    st.builds(
        lambda a, b, c: f"{a}-{b}-{c}", foreign_number(), foreign_number(), foreign_number()
    ),
)


@st.composite
def wrong_gtin(draw: st.DrawFn) -> str:
    body = "".join(str(draw(st.integers(0, 9))) for _ in range(13))
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    right = (10 - total % 10) % 10
    wrong = draw(st.integers(0, 9).filter(lambda d: d != right))
    return draw(
        st.sampled_from([body + str(wrong), body[:7], body + "12", body + "²", "GTIN" + body[:10]])
    )


BATCH_OK = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-./_")
TEXT = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
BATCH = st.one_of(
    st.text(TEXT, min_size=1, max_size=30).filter(
        lambda t: t.strip() and not set(t.strip()) <= BATCH_OK
    ),
    st.text(st.sampled_from(sorted(BATCH_OK)), min_size=21, max_size=40),
)
STORAGE = st.text(TEXT, min_size=1, max_size=12).filter(
    lambda t: t.strip() and not any(ch.isdigit() for ch in t)
)

# Column -> values wrong for it.  Varenummer is left out: an unknown item number with a
# known GTIN is the GTIN's product (a feature), and the remark and vaccine are free text.
BROKEN: dict[str, Any] = {
    "Antal pakninger": COUNT,
    "Doser pr. pakning": COUNT,
    "Leveringsdato": DATE,
    "Udløbsdato": DATE,
    "GTIN": wrong_gtin(),
    "Batch": BATCH,
    "Opbevaring": STORAGE,
    "Følgeseddelnr": st.text(st.sampled_from("FS-0123456789"), min_size=41, max_size=60),
}


def write(rows: list[list[str]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


RAW_BREAKS = {
    "stray quote": lambda line: line.replace(";Comirnaty;", ';"Comirnaty;', 1)
    .replace(";Vaxigrip;", ';"Vaxigrip;', 1)
    .replace(";Pneumovax;", ';"Pneumovax;', 1)
    .replace(";Spikevax;", ';"Spikevax;', 1),
    "extra separator": lambda line: line.replace(";HY", ";X;HY", 1),
    "bare carriage return": lambda line: line.replace(";HY", ";H\rY", 1),
    "field missing": lambda line: line.rsplit(";", 1)[0],
}


@pytest.fixture
def home(app: App) -> App:
    reference.save_settings(app, reference.Settings(14, "RH-APO"))
    return app


def refused(app: App, path: Path) -> list[Any]:
    before = fingerprint(app.db)
    with pytest.raises(DomainError) as info:
        receiving_import.import_note(app, path)
    assert fingerprint(app.db) == before, "a refused note wrote something"
    return list(info.value.problems)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_one_broken_cell_refuses_the_note_naming_it(home: App, tmp_path: Path, data: st.DataObject) -> None:
    column = data.draw(st.sampled_from(sorted(BROKEN)), label="column")
    index = data.draw(st.integers(0, len(GOOD) - 1), label="row index")
    value = data.draw(BROKEN[column], label="value")
    rows = [list(r) for r in GOOD]
    rows[index][HEADER.index(column)] = value
    path = tmp_path / "note.csv"
    path.write_bytes(write(rows))
    problems = refused(home, path)
    row = index + 2
    named = [p for p in problems if p.params.get("row") == row and p.params.get("column") == column]
    assert named, (row, column, value, [p.text() for p in problems])
    for p in named:
        assert f"row {row}" in p.text("en") and f"række {row}" in p.text("da")


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(break_=st.sampled_from(sorted(RAW_BREAKS)), index=st.integers(0, len(GOOD) - 1))
def test_one_broken_row_refuses_the_whole_note_naming_it(
    home: App, tmp_path: Path, break_: str, index: int
) -> None:
    lines = write(GOOD).decode("utf-8").split("\r\n")
    lines[index + 1] = RAW_BREAKS[break_](lines[index + 1])
    path = tmp_path / "note.csv"
    path.write_bytes("\r\n".join(lines).encode("utf-8"))
    problems = refused(home, path)
    row = index + 2
    assert any(p.params.get("row") == row for p in problems), [p.text() for p in problems]
    assert all(p.code.startswith("csv_") for p in problems), [p.text() for p in problems]
