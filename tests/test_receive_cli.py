"""`pharmacy-app receive` and `pharmacy-app demo-note`, run as a user runs them.

Against a real SQLite file and the test run's PostgreSQL server.  The command line runs
with the real clock, so its notes are dated relative to today.  The demo note is also
received both ways in process, by import and by scanning every pack, into two
databases whose stock must then agree.
"""

from __future__ import annotations

import csv
import os
import re
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa

from pharmacy_app.db.engine import Database
from pharmacy_app.domain.gs1 import GS, interpret
from pharmacy_app.domain.localtime import local_day
from pharmacy_app.services import demo_note, queries, receiving, receiving_import, reference
from pharmacy_app.services.app import App, open_app
from tests.paperlog import Clock

ROOT = Path(__file__).resolve().parent.parent
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


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PHARMACY_DB_URL"}
    env["PHARMACY_USER"] = "modtager"
    return subprocess.run(
        [sys.executable, "-m", "pharmacy_app", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def today() -> date:
    """The pharmacy's day (Copenhagen), as the commands count it."""
    return local_day(datetime.now(UTC))


def dmy(day: date) -> str:
    return f"{day:%d-%m-%Y}"


def write_note(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="cp1252", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def row(
    note: str, varenummer: str, batch: str, expiry: date | str, packs: str, storage: str = ""
) -> list[str]:
    expiry_text = expiry if isinstance(expiry, str) else dmy(expiry)
    return [note, dmy(today()), varenummer, "", "", batch, expiry_text, packs, "", storage, ""]


def counts(url: str) -> dict[str, int]:
    db = Database(url)
    try:
        with db.read() as s:
            return {
                t: s.execute(sa.text(f"select count(*) from {t}")).scalar_one()
                for t in ("movement", "receipt", "receipt_line", "lot", "stock_balance")
            }
    finally:
        db.dispose()


@pytest.fixture
def db(db_url: str) -> str:
    done = cli("--db", db_url, "init", "--pharmacy", "RH-APO")
    assert done.returncode == 0, done.stderr
    return db_url


def test_receive_prints_one_summary_line(db: str, tmp_path: Path) -> None:
    t = today()
    path = write_note(
        tmp_path / "FS-CLI-1.csv",
        [
            row("FS-CLI-1", "412345", "CLI001", t + timedelta(days=200), "25", "-90/-60"),
            row("FS-CLI-1", "123456", "CLI002", t + timedelta(days=180), "20", "2-8"),
            row("FS-CLI-1", "123456", "CLI002", t + timedelta(days=180), "10", "2-8"),
            row("FS-CLI-1", "345678", "CLI003", t + timedelta(days=400), "30"),
        ],
    )
    done = cli("--db", db, "receive", str(path))
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout.splitlines() == [
        "received FS-CLI-1: 3 lines, 85 packs, 1,830 doses into RH-APO"
    ]
    assert counts(db) == {
        "movement": 3,
        "receipt": 1,
        "receipt_line": 3,
        "lot": 3,
        "stock_balance": 3,
    }

    again = cli("--db", db, "--lang", "da", "receive", str(path))
    assert again.returncode == 1
    assert again.stderr.startswith("Følgeseddel FS-CLI-1 er allerede modtaget")
    assert counts(db)["movement"] == 3


def test_receive_in_danish(db: str, tmp_path: Path) -> None:
    path = write_note(
        tmp_path / "n.csv", [row("FS-DA", "123456", "DA001", today() + timedelta(days=99), "1")]
    )
    done = cli("--db", db, "--lang", "da", "receive", str(path))
    assert done.returncode == 0, done.stderr
    assert done.stdout == "modtaget FS-DA: 1 linje, 1 pakning, 10 doser til RH-APO\n"


def test_receive_refuses_with_every_problem_on_stderr(db: str, tmp_path: Path) -> None:
    t = today()
    path = write_note(
        tmp_path / "bad.csv",
        [
            row("FS-BAD", "412345", "BAD001", "31-02-2027", "5", "-90/-60"),
            row("FS-BAD", "999999", "BAD002", t + timedelta(days=180), "20"),
            row("FS-BAD", "123456", "BAD003", t - timedelta(days=1), "tyve"),
            row("FS-BAD", "345678", "BAD004", t + timedelta(days=400), "30"),
        ],
    )
    done = cli("--db", db, "receive", str(path))
    assert done.returncode == 1
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert [re.match(r"row (\d+), ([^:]+):", ln).groups() for ln in lines] == [  # type: ignore[union-attr]
        ("2", "Udløbsdato"),
        ("3", "Varenummer"),
        ("4", "Udløbsdato"),  # within a row, in the layout's column order
        ("4", "Antal pakninger"),
    ]
    assert lines[0] == "row 2, Udløbsdato: '31-02-2027' is not a date (dd-mm-yyyy or yyyy-mm-dd)."
    assert counts(db) == {
        "movement": 0,
        "receipt": 0,
        "receipt_line": 0,
        "lot": 0,
        "stock_balance": 0,
    }

    danish = cli("--db", db, "--lang", "da", "receive", str(path))
    assert danish.returncode == 1
    assert [ln.split(",")[0] for ln in danish.stderr.splitlines()] == [
        "række 2",
        "række 3",
        "række 4",
        "række 4",
    ]


def test_receive_a_file_that_is_not_there_or_not_a_note(db: str, tmp_path: Path) -> None:
    missing = cli("--db", db, "receive", str(tmp_path / "nowhere.xlsx"))
    assert missing.returncode == 1
    assert missing.stderr.startswith("nowhere.xlsx cannot be read")
    assert len(missing.stderr.splitlines()) == 1
    picture = tmp_path / "note.xlsx"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    junk = cli("--db", db, "receive", str(picture))
    assert junk.returncode == 1
    assert "Traceback" not in junk.stderr
    assert junk.stderr.splitlines() == [
        "note.xlsx is not an .xlsx workbook or a CSV file (binary)."
    ]


def test_short_dated_needs_the_flag(db: str, tmp_path: Path) -> None:
    t = today()
    path = write_note(
        tmp_path / "short.csv",
        [
            row("FS-SHORT", "123456", "SH001", t + timedelta(days=10), "3"),
            row("FS-SHORT", "345678", "SH002", t + timedelta(days=300), "4"),
        ],
    )
    refused = cli("--db", db, "receive", str(path))
    assert refused.returncode == 1
    lines = refused.stderr.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("row 2, Udløbsdato: lot SH001 (Vaxigrip")
    assert "in 10 days" in lines[0]
    assert "--confirm-short-dated" in lines[1]
    assert counts(db)["receipt"] == 0

    done = cli("--db", db, "receive", "--confirm-short-dated", str(path))
    assert done.returncode == 0, done.stderr
    assert done.stdout == "received FS-SHORT: 2 lines, 7 packs, 34 doses into RH-APO\n"


# --------------------------------------------------------------------------- demo note


def sheet_values(path: Path) -> list[tuple[object, ...]]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return [tuple(r) for r in wb["Følgeseddel"].iter_rows(values_only=True)]
    finally:
        wb.close()


def test_demo_note_command_is_deterministic_and_receivable(db: str, tmp_path: Path) -> None:
    first = cli(
        "--db",
        db,
        "demo-note",
        "--out",
        str(tmp_path / "a"),
        "--note",
        "FS-DEMO-7",
        "--date",
        "2026-11-02",
    )
    second = cli(
        "--db",
        db,
        "demo-note",
        "--out",
        str(tmp_path / "b"),
        "--note",
        "FS-DEMO-7",
        "--date",
        "2026-11-02",
    )
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    names = ["FS-DEMO-7.xlsx", "FS-DEMO-7.csv", "FS-DEMO-7-scans.txt"]
    assert first.stdout.splitlines()[1:] == [str(tmp_path / "a" / n) for n in names]
    for name in names[1:]:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    assert sheet_values(tmp_path / "a" / names[0]) == sheet_values(tmp_path / "b" / names[0])
    raw = (tmp_path / "a" / names[1]).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf" + "Følgeseddelnr;".encode())
    other = cli(
        "--db",
        db,
        "demo-note",
        "--out",
        str(tmp_path / "c"),
        "--note",
        "FS-DEMO-8",
        "--date",
        "2026-11-02",
    )
    assert other.returncode == 0, other.stderr
    assert (tmp_path / "c" / "FS-DEMO-8.csv").read_bytes() != raw

    # Dated today (the default), it can be received now, short-dated lot confirmed.
    today_note = cli("--db", db, "demo-note", "--out", str(tmp_path / "now"))
    assert today_note.returncode == 0, today_note.stderr
    csv_file = Path(today_note.stdout.splitlines()[2])
    assert csv_file.name == f"FS-{today():%Y}-{today():%m%d}.csv"
    refused = cli("--db", db, "receive", str(csv_file))
    assert refused.returncode == 1
    assert len(refused.stderr.splitlines()) == 2 and "--confirm-short-dated" in refused.stderr
    done = cli("--db", db, "receive", "--confirm-short-dated", str(csv_file))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"received {csv_file.stem}: ")


def scanned_stock(app: App) -> set[tuple[str, str, date, date | None, date, int]]:
    return {
        (r.location_code, r.batch, r.expiry, r.thawed_on, r.use_by, r.doses)
        for r in queries.stock_rows(app)
    }


def test_demo_note_imports_and_scans_to_the_same_stock(
    app: App, clock: Clock, tmp_path: Path
) -> None:
    reference.save_settings(app, reference.Settings(14, "RH-APO"))
    note = demo_note.write(app, tmp_path / "out", on=clock.now.date())
    assert note.note_number == "FS-2026-1102"
    assert 8 <= len(note.lines) <= 12
    assert {ln.programme_code for ln in note.lines} == {"covid-19", "influenza", "pneumococcal"}
    assert [ln.batch for ln in note.lines].count(note.lines[0].batch) == 2, "one lot in two boxes"

    # split("\n"), not splitlines(): str.splitlines also breaks at the GS character.
    scans = note.scans.read_text(encoding="ascii").split("\n")[:-1]
    assert len(scans) == note.packs == len({s.split(GS + "21")[1] for s in scans})
    assert all(s.startswith("]d201") and s.count(GS) == 1 for s in scans)
    parsed = [interpret(s) for s in scans]
    assert [(p.batch, p.expiry) for p in parsed] == [  # type: ignore[union-attr]
        (ln.batch, ln.expiry) for ln in note.lines for _ in range(ln.packs)
    ]

    xlsx_preview = receiving_import.preview(app, note.xlsx)
    csv_preview = receiving_import.preview(app, note.csv)
    assert xlsx_preview.ok and csv_preview.ok, xlsx_preview.problems + csv_preview.problems
    assert [p.params["batch"] for p in xlsx_preview.short_dated] == [note.short_dated_batch]
    assert [(ln.batch, ln.packs, ln.expiry, ln.condition) for ln in xlsx_preview.lines] == [
        (ln.batch, ln.packs, ln.expiry, ln.condition) for ln in csv_preview.lines
    ]
    assert len(xlsx_preview.lines) == len(note.lines) - 1  # the two boxes are one line

    imported = receiving_import.import_note(app, note.xlsx, confirm_short_dated=True)
    assert imported.doses == note.doses and imported.packs == note.packs

    other = open_app(f"sqlite:///{tmp_path / 'scanned.db'}", user="scanner", clock=clock)
    try:
        reference.save_settings(other, reference.Settings(14, "RH-APO"))
        draft = receiving.start(other, note.note_number, note.delivered_on, source="scan")
        for text in scans:
            outcome = receiving.scan(other, draft.id, text)
            assert outcome.ok, outcome.problem
        again = receiving.scan(other, draft.id, scans[0])
        assert again.problem is not None and again.problem.code == "scan_duplicate_serial"
        posted = receiving.post(other, draft.id, confirm_short_dated=True)
        assert (posted.packs, posted.doses) == (note.packs, note.doses)
        assert scanned_stock(other) == scanned_stock(app)
        assert queries.check_ledger(other).ok and queries.check_ledger(app).ok
    finally:
        other.close()
