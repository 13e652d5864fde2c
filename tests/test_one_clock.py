"""One clock: every rule, command and document counts in the pharmacy's (Copenhagen) day.

The wall clock stands at 23:30 UTC on 6 December 2026 (time-machine) with the process in
New York time (see :mod:`tests.late_evening`): in Copenhagen it is already 00:30 on
Monday 7 December.  The application reads its real system clock (``App.clock`` is
``system_clock``) and must agree with Denmark everywhere: the short-dated days count,
the default delivery date, the check that a dose is not given from an expired lot,
"days left", ``demo-note``'s date, the goods-receipt PDF and the movements export.

A last test keeps the machine's clock out of the source for good.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pharmacy_app.cli import parse_args, run
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.services import documents, expiry, exports, receiving, stock
from pharmacy_app.services.app import App, system_clock
from tests.helpers import home_log, pdftext
from tests.late_evening import DANISH_DAY, MACHINE_DAY, NOW, late_evening_in_new_york
from tests.paperlog import Clock, PaperLog

LOG = """
2026-12-01 site VC-HER central "Vaccinationscenter Herlev"
2026-12-01 receive 123456 DK2112 exp 2026-12-21 3 packs ref FS-1
2026-12-01 receive 123456 DK0612 exp 2026-12-06 1 packs ref FS-2
2026-12-01 transfer DK0612 RH-APO -> VC-HER 10
"""


@pytest.fixture
def late(app: App, clock: Clock) -> Iterator[PaperLog]:
    """The paper log posted on 1 December; then the app on the real (travelled) clock."""
    paper = home_log(app, clock, LOG)
    app.clock = system_clock
    with late_evening_in_new_york():
        yield paper


def test_the_app_tells_the_danish_day_and_time(app: App, late: PaperLog) -> None:
    assert app.now() == NOW
    assert app.today() == DANISH_DAY != MACHINE_DAY
    assert app.local_now().strftime("%Y-%m-%d %H:%M") == "2026-12-07 00:30"


def test_default_delivery_date_and_short_dated_days_are_danish(app: App, late: PaperLog) -> None:
    draft = receiving.start(app, "FS-CLOCK-1")
    assert draft.delivered_on == DANISH_DAY
    view = receiving.add_line(
        app, draft.id, product="123456", batch="DK2112", expiry=date(2026, 12, 21), packs=1
    )
    (warning,) = view.lines[0].warnings
    assert warning.code == "short_dated"
    assert warning.params["days"] == 14  # 7 → 21 December; the UTC day would say 15
    assert "om 14 dage" in warning.text("da")
    # A lot whose last day was the 6th cannot be received on the 7th.
    view = receiving.add_line(
        app, draft.id, product="123456", batch="DK0612", expiry=date(2026, 12, 6), packs=1
    )
    refused = [p for p in view.lines[1].problems if p.code == "lot_expired"]
    assert refused and refused[0].params["when"] == DANISH_DAY  # 7 December


def test_no_dose_is_given_from_a_lot_that_expired_yesterday_in_denmark(
    app: App, late: PaperLog
) -> None:
    with pytest.raises(DomainError) as refused:
        stock.administer(app, lot_id=late.lots["DK0612"], site_code="VC-HER", doses=1)
    (problem,) = refused.value.problems
    assert problem.code == "lot_expired"
    assert problem.params["when"] == DANISH_DAY


def test_days_left_count_from_the_danish_day(app: App, late: PaperLog) -> None:
    rows = {r.batch: r for r in expiry.expiry_overview(app)}
    assert rows["DK2112"].days_left == 14
    assert rows["DK0612"].days_left == -1  # its last day was yesterday


def test_goods_receipt_pdf_and_movements_export_show_danish_time(
    app: App, late: PaperLog, tmp_path: Path
) -> None:
    draft = receiving.start(app, "FS-CLOCK-2")
    receiving.add_line(
        app, draft.id, product="123456", batch="DK2112", expiry=date(2026, 12, 21), packs=1
    )
    posted = receiving.post(app, draft.id, confirm_short_dated=True)
    assert posted.posted_at == NOW
    pdf = documents.goods_receipt_pdf(app, draft.id, tmp_path / "receipt.pdf", "da")
    text = pdftext(pdf)
    assert "07-12-2026 00:30" in text
    assert "06-12-2026 23:30" not in text and "06-12-2026 18:30" not in text

    xlsx = tmp_path / "movements.xlsx"
    exports.export_movements(app, xlsx)
    ws = load_workbook(xlsx).active
    header = [c.value for c in ws[1]]
    assert header[1:3] == ["occurred_at (Danish time)", "recorded_at (Danish time)"]
    last = [c.value for c in ws[ws.max_row]]
    assert last[header.index("reference")] == "FS-CLOCK-2"
    assert last[1] == datetime(2026, 12, 7, 0, 30) and last[2] == datetime(2026, 12, 7, 0, 30)
    first = [c.value for c in ws[2]]
    assert first[1] == datetime(2026, 12, 1, 10, 0)  # 09:00 UTC is 10:00 in Copenhagen

    out = tmp_path / "movements.csv"
    exports.export_movements(app, out)
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows[-1]["occurred_at (Danish time)"] == "2026-12-07T00:30:00+01:00"


def test_demo_note_is_dated_the_danish_day(app: App, late: PaperLog, db_url: str, tmp_path: Path) -> None:
    out = io.StringIO()
    code = run(parse_args(["--db", db_url, "demo-note", "--out", str(tmp_path)]), out=out)
    assert code == 0, out.getvalue()
    assert "FS-2026-1207" in out.getvalue()
    note = tmp_path / "FS-2026-1207.csv"
    with note.open(encoding="cp1252") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert {r[1] for r in rows[1:]} == {"07-12-2026"}


# --------------------------------------------------------------------------- the guard

ROOT = Path(__file__).resolve().parents[1] / "pharmacy_app"
# The machine's clock or zone, which ruff's DTZ rules do not all catch.
FORBIDDEN = [
    (re.compile(r"\bdate\.today\(\)"), "date.today(): use App.today()"),
    (re.compile(r"\bdatetime\.(?:utc)?now\("), "datetime.now(): use App.now()"),
    (re.compile(r"\butcnow\(|\butcfromtimestamp\("), "naive UTC: use App.now()"),
    (re.compile(r"\.astimezone\(\)"), "astimezone() without a zone is the machine's zone"),
    (re.compile(r"\btime\.(?:localtime|ctime|strftime|gmtime)\("), "the machine's local time"),
    (re.compile(r"\bQDate(?:Time)?\.current(?:Date|DateTime|DateTimeUtc)\("), "Qt's clock"),
    (re.compile(r"\bnow\(\)\.date\(\)|\bnow\.date\(\)"), "a UTC day: use App.today()"),
]
# The one place that reads the clock.
ALLOWED = {("services/app.py", "datetime.now(): use App.now()")}


def test_no_other_clock_in_the_application() -> None:
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            code = line.split("#", 1)[0]
            for pattern, why in FORBIDDEN:
                if pattern.search(code) and (rel, why) not in ALLOWED:
                    found.append(f"{rel}:{number}: {why}: {line.strip()}")
    assert found == []
    app_source = (ROOT / "services" / "app.py").read_text(encoding="utf-8")
    assert app_source.count("datetime.now(") == 1  # system_clock, and nothing else
