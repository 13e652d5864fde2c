"""Exports to .csv and .xlsx read back, formula injection, and the command line."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import Workbook, load_workbook

from pharmacy_app.domain.errors import DomainError
from pharmacy_app.domain.localtime import LOCAL_TZ, local_day
from pharmacy_app.reports.csv_export import DANISH
from pharmacy_app.reports.xlsx_export import write_xlsx
from pharmacy_app.services import consumption, exports, reference
from pharmacy_app.services.app import App
from pharmacy_app.services.consumption import ConsumptionEntry as E
from tests.conftest import START
from tests.paperlog import Clock, PaperLog

ROOT = Path(__file__).resolve().parent.parent
NASTY = ('=HYPERLINK("http://x","klik")', "+45 1234", "-1+2", "@SUM(A1)", "\tTAB", "\rCR")

STOCKED = """
2026-10-20 receive 412345 FX1234 exp 2027-03-31 10 packs ref "=cmd|' /C calc'!A0"
2026-10-20 site VC-HER central "Vaccinationscenter Herlev"
2026-10-21 transfer FX1234 RH-APO -> VC-HER 300
"""


@pytest.fixture
def log(app: App, clock: Clock) -> PaperLog:
    reference.save_settings(app, reference.Settings(14, "RH-APO"))
    paper = PaperLog(app, clock)
    paper.run(STOCKED)
    # A site whose name a spreadsheet would otherwise run.
    reference.save_location(
        app, reference.LocationInfo(None, "POP-1", "=1+1 Pop-up", "temporary", "1084")
    )
    clock.set(START)
    return paper


def test_write_xlsx_never_writes_a_formula_and_keeps_dates_and_numbers(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    rows = [
        (text, -5, date(2027, 3, 31), datetime(2026, 11, 25, 9, 0, tzinfo=UTC), None)
        for text in NASTY
    ]
    rows.append(("plain", 1.5, date(2026, 1, 1), datetime(2026, 1, 1, 12, tzinfo=UTC), True))
    assert write_xlsx(path, ["text", "number", "day", "when", "empty"], rows) == len(NASTY) + 1
    ws = load_workbook(path).active
    assert ws is not None
    assert ws.freeze_panes == "A2"
    assert all(c.font.b for c in ws[1])
    for i, text in enumerate(NASTY, start=2):
        cell = ws.cell(i, 1)
        assert cell.value == text  # lxml writes a bare CR as &#13;, so it reads back as written
        assert cell.data_type != "f"
        assert cell.quotePrefix
        assert ws.cell(i, 2).value == -5 and ws.cell(i, 2).data_type == "n"
        assert ws.cell(i, 3).is_date and ws.cell(i, 3).value == datetime(2027, 3, 31)
        assert ws.cell(i, 3).number_format == "dd-mm-yyyy"
        assert ws.cell(i, 4).value == datetime(2026, 11, 25, 10, 0)  # Danish time (UTC+1)
        assert ws.cell(i, 5).value is None
    last = len(NASTY) + 2
    assert ws.cell(last, 1).value == "plain" and not ws.cell(last, 1).quotePrefix
    assert ws.cell(last, 5).value == 1
    assert not any(c.data_type == "f" for row in ws.iter_rows() for c in row)


def _read(path: Path) -> list[dict[str, object]]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8") as fh:
            return list(csv.DictReader(fh))
    frame = pd.read_excel(path, dtype=object)
    return frame.where(frame.notna(), None).to_dict("records")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_stock_movements_and_consumption_read_back(
    app: App, log: PaperLog, tmp_path: Path, suffix: str
) -> None:
    fx = log.lots["FX1234"]
    consumption.record(
        app,
        [
            E("VC-HER", date(2026, 10, 26), fx, 40, "65+"),
            E("VC-HER", date(2026, 10, 27), fx, 35),
        ],
    )
    stock_out = tmp_path / f"stock{suffix}"
    assert exports.export_stock(app, stock_out) == 2
    stock_rows = _read(stock_out)
    assert {(r["location_code"], int(r["doses"])) for r in stock_rows} == {  # type: ignore[arg-type]
        ("RH-APO", 300),
        ("VC-HER", 225),
    }

    mv_out = tmp_path / "sub" / f"movements{suffix}"
    assert exports.export_movements(app, mv_out) == 4
    movements = _read(mv_out)
    assert [r["kind"] for r in movements] == ["receipt", "transfer", "administer", "administer"]
    injected = movements[0]["reference"]
    if suffix == ".csv":
        assert injected == "'=cmd|' /C calc'!A0"
    else:
        assert injected == "=cmd|' /C calc'!A0"

    co_out = tmp_path / f"consumption{suffix}"
    n = exports.export_consumption(app, co_out, date(2026, 10, 1), date(2026, 10, 31))
    assert n == 2
    rows = _read(co_out)
    assert [int(r["doses"]) for r in rows] == [40, 35]  # type: ignore[call-overload]
    assert rows[0]["target_group"] == "65+"
    assert rows[0]["site_code"] == "VC-HER"
    if suffix == ".xlsx":
        assert rows[0]["day"] == datetime(2026, 10, 26)  # a real date, not text
        ws = load_workbook(co_out).active
        assert ws is not None and ws.cell(2, 1).is_date
        assert not any(c.data_type == "f" for row in ws.iter_rows() for c in row)
        mws = load_workbook(mv_out).active
        assert mws is not None
        assert not any(c.data_type == "f" for row in mws.iter_rows() for c in row)
        assert mws.cell(2, 2).is_date  # occurred_at
    else:
        assert rows[0]["day"] == "2026-10-26"
    assert list(tmp_path.glob("**/*.part")) == []


def _read_danish(path: Path) -> list[dict[str, str]]:
    """A Danish CSV export as a Danish spreadsheet reads it: BOM, semicolons."""
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), raw[:20]
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=";"))


def test_danish_csv_has_semicolons_decimal_commas_and_danish_dates(
    app: App, log: PaperLog, tmp_path: Path
) -> None:
    fx = log.lots["FX1234"]
    consumption.record(app, [E("VC-HER", date(2026, 10, 26), fx, 40, "65+")])

    stock_out = tmp_path / "beholdning.csv"
    assert exports.export_stock(app, stock_out, dialect=DANISH) == 2
    stock_rows = {r["location_code"]: r for r in _read_danish(stock_out)}
    assert stock_rows["VC-HER"]["doses"] == "260"
    assert stock_rows["VC-HER"]["packs"] == "4,33"  # 260 doses of 60 a pack
    assert stock_rows["VC-HER"]["expiry"] == "31-03-2027"
    assert stock_rows["VC-HER"]["product"].startswith("Comirnaty (variant-adapted) 30 µg/dosis,")

    mv_out = tmp_path / "bevaegelser.csv"
    assert exports.export_movements(app, mv_out, dialect=DANISH) == 3
    movements = _read_danish(mv_out)
    assert [r["kind"] for r in movements] == ["receipt", "transfer", "administer"]
    assert movements[0]["reference"] == "'=cmd|' /C calc'!A0"  # still neutralised
    assert movements[0]["expiry"] == "31-03-2027"
    # Times are Copenhagen times: 10:00 UTC on 20 October is 12:00 summer time.
    received = movements[0]["occurred_at (Danish time)"]
    assert received == f"20-10-2026 {received[11:13]}:00:00"
    with app.db.read() as s:
        from pharmacy_app.db import models as m

        first = s.get(m.Movement, int(movements[0]["movement_id"]))
        assert first is not None
        local = first.occurred_at.astimezone(LOCAL_TZ)
    assert received == local.strftime("%d-%m-%Y %H:%M:%S")

    co_out = tmp_path / "forbrug.csv"
    assert exports.export_consumption(
        app, co_out, date(2026, 10, 1), date(2026, 10, 31), dialect=DANISH
    ) == 1
    (row,) = _read_danish(co_out)
    assert (row["day"], row["doses"], row["target_group"]) == ("26-10-2026", "40", "65+")

    # The machine form is unchanged: commas, ISO dates, no byte-order mark.
    machine = tmp_path / "maskine.csv"
    exports.export_stock(app, machine)
    raw = machine.read_bytes()
    assert raw.startswith(b"location_code,location,")
    assert b"2027-03-31" in raw and b"4.33" in raw
    assert list(tmp_path.glob("*.part")) == []


def test_a_danish_csv_opens_as_numbers_and_dates_in_libreoffice(
    app: App, log: PaperLog, tmp_path: Path
) -> None:
    """What a Danish LibreOffice makes of the file (its CSV import with the Danish locale)."""
    if not app.db.is_sqlite:
        pytest.skip("the CSV file does not depend on the engine: read once, from SQLite")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (Debian: libreoffice-calc-nogui); optional check")
    consumption.record(app, [E("VC-HER", date(2026, 10, 26), log.lots["FX1234"], 40, "65+")])
    out = tmp_path / "beholdning.csv"
    exports.export_stock(app, out, dialect=DANISH)
    # 59 = ";", 34 = '"', 76 = UTF-8, line 1, standard cells, 1030 = Danish.
    result = subprocess.run(
        [soffice, "--headless", "--norestore", "--infilter=CSV:59,34,76,1,,1030",
         "--convert-to", "xlsx", "--outdir", str(tmp_path), str(out)],
        env={**os.environ, "HOME": str(tmp_path / "lo-home")},
        capture_output=True, text=True, timeout=180,
    )
    converted = tmp_path / "beholdning.xlsx"
    assert converted.exists(), result.stdout + result.stderr
    ws = load_workbook(converted).active
    assert ws is not None
    header = [c.value for c in ws[1]]
    assert header[0] == "location_code"  # the byte-order mark is not part of the name
    rows = {r[0].value: {h: c for h, c in zip(header, r, strict=True)} for r in ws.iter_rows(min_row=2)}
    her = rows["VC-HER"]
    assert her["doses"].value == 260 and her["doses"].data_type == "n"
    assert her["packs"].value == pytest.approx(4.33) and her["packs"].data_type == "n"
    assert her["expiry"].is_date and her["expiry"].value == datetime(2027, 3, 31)


class Stop(Exception):
    pass


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_cancelled_export_leaves_no_file_and_keeps_the_old_one(
    app: App, log: PaperLog, tmp_path: Path, suffix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exports, "PROGRESS_EVERY", 1)
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / f"ledger{suffix}"
    out.write_bytes(b"the export of last month")
    calls: list[tuple[int, int]] = []

    def cancel_after_the_first_row(done: int, total: int) -> None:
        calls.append((done, total))
        if done >= 1:
            raise Stop  # what the window's Cancel does (operations.Cancelled)

    with pytest.raises(Stop):
        exports.export_movements(app, out, progress=cancel_after_the_first_row)
    assert calls == [(0, 2), (1, 2)]
    assert out.read_bytes() == b"the export of last month"
    assert [p.name for p in folder.iterdir()] == [out.name]

    # Not cancelled: every row, and progress ends at the total.
    calls.clear()
    assert exports.export_movements(app, out, progress=lambda d, t: calls.append((d, t))) == 2
    assert calls == [(0, 2), (1, 2), (2, 2), (2, 2)]
    assert [p.name for p in folder.iterdir()] == [out.name]


def test_a_site_name_that_looks_like_a_formula_stays_text(
    app: App, log: PaperLog, tmp_path: Path
) -> None:
    stock_out = tmp_path / "s.xlsx"
    exports.export_stock(app, stock_out)
    # POP-1 holds nothing, so send it something first.
    from pharmacy_app.services import stock

    stock.transfer(app, lot_id=log.lots["FX1234"], from_code="RH-APO", to_code="POP-1", doses=60)
    exports.export_stock(app, stock_out)
    ws = load_workbook(stock_out).active
    assert ws is not None
    names = {ws.cell(r, 2).value: ws.cell(r, 2) for r in range(2, ws.max_row + 1)}
    assert names["=1+1 Pop-up"].data_type == "s"
    exports.export_stock(app, tmp_path / "s.csv")
    assert "'=1+1 Pop-up" in (tmp_path / "s.csv").read_text(encoding="utf-8")


def test_an_unknown_suffix_is_refused_and_nothing_is_left(
    app: App, log: PaperLog, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    with pytest.raises(DomainError):
        exports.export_stock(app, out / "stock.ods")
    with pytest.raises(DomainError):
        exports.export_consumption(app, out / "c.csv", date(2026, 11, 1), date(2026, 10, 1))
    assert not out.exists() or list(out.iterdir()) == []


# --------------------------------------------------------------------------- command line


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


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Stedkode", "Dato", "Varenummer", "Batch", "Målgruppe", "Givne doser"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_cli_imports_a_sheet_and_exports(db_url: str, tmp_path: Path) -> None:
    # Stock put in with the services (back-dated), the sheet recorded with the command line.
    from pharmacy_app.services import stock
    from pharmacy_app.services.app import open_app

    today = local_day(datetime.now(UTC))
    yesterday = datetime.now(UTC) - timedelta(days=1)
    app = open_app(db_url, user="setup")
    try:
        reference.save_settings(app, reference.Settings(14, "RH-APO"))
        reference.save_location(
            app,
            reference.LocationInfo(None, "VC-HER", "Vaccinationscenter Herlev", "central", "1084"),
        )
        lot = stock.receive(
            app,
            product="412345",
            batch="FX1234",
            expiry=date(today.year + 3, 3, 31),
            packs=2,
            occurred_at=yesterday,
        )
        stock.transfer(
            app,
            lot_id=lot.lot_id,
            from_code="RH-APO",
            to_code="VC-HER",
            doses=60,
            occurred_at=yesterday,
        )
    finally:
        app.close()

    bad = _sheet(
        tmp_path / "bad.xlsx",
        [
            ["VC-HER", today, "412345", "FX1234", "teenagere", 5],
            ["VC-HER", "ikke en dato", "412345", "FX1234", "", 5],
            ["VC-HER", today, "412345", "FX1234", "", 61],
        ],
    )
    result = cli("--db", db_url, "consumption", "import", str(bad))
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[0] == "Row 3, Dato: 'ikke en dato' is not a date (dd-mm-yyyy)."
    assert any(line.startswith("Row 2, Målgruppe: target group 'teenagere'") for line in lines)
    assert any(
        "holds 60 doses of FX1234" in line and "61 were entered (row 4)" in line for line in lines
    )
    assert result.stdout == ""

    good = _sheet(tmp_path / "good.xlsx", [["VC-HER", today, "412345", "FX1234", "65+", 12]])
    result = cli("--db", db_url, "--lang", "da", "consumption", "import", str(good))
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n") == 1
    assert "good.xlsx: Registreret 1 linje: 12 doser givet på VC-HER" in result.stdout

    out = tmp_path / "forbrug.xlsx"
    result = cli(
        "--db",
        db_url,
        "export",
        "consumption",
        "--from",
        today.isoformat(),
        "--to",
        today.isoformat(),
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert "1 consumption rows written" in result.stdout
    frame = pd.read_excel(out)
    assert frame["doses"].tolist() == [12] and frame["target_group"].tolist() == ["65+"]

    for what, name in (
        ("stock", "stock.csv"),
        ("movements", "ledger.xlsx"),
        ("movements", "ledger.csv"),
    ):
        result = cli("--db", db_url, "export", what, "--out", str(tmp_path / name))
        assert result.returncode == 0, result.stderr
    with (tmp_path / "stock.csv").open(encoding="utf-8") as fh:
        held = {r["location_code"]: int(r["doses"]) for r in csv.DictReader(fh)}
    assert held == {"RH-APO": 60, "VC-HER": 48}
    assert len(pd.read_excel(tmp_path / "ledger.xlsx")) == 3
    assert io.StringIO((tmp_path / "ledger.csv").read_text()).readline().startswith("movement_id,")

    # For a Danish spreadsheet: semicolons, decimal commas, dd-mm-yyyy, byte-order mark.
    result = cli(
        "--db", db_url, "export", "stock", "--dialect", "da", "--out", str(tmp_path / "da.csv")
    )
    assert result.returncode == 0, result.stderr
    held_da = {r["location_code"]: r for r in _read_danish(tmp_path / "da.csv")}
    assert held_da["VC-HER"]["doses"] == "48" and held_da["VC-HER"]["packs"] == "0,8"
    assert held_da["VC-HER"]["expiry"] == f"31-03-{today.year + 3}"
    result = cli(
        "--db", db_url, "export", "movements", "--dialect", "da", "--out", str(tmp_path / "m.csv")
    )
    assert result.returncode == 0, result.stderr
    assert [r["kind"] for r in _read_danish(tmp_path / "m.csv")] == [
        "receipt", "transfer", "administer"
    ]
