"""Counting by scanning packs (``services.stocktake_scan``) and the stocktake documents as
files (``services.stocktake_documents``), on SQLite and PostgreSQL: a pack adds one pack's
worth of units to its lot's count, a lot not expected at the place is added as found,
two workstations scanning the same lot both count, and a scan that does not parse or
names nothing known adds nothing."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from pharmacy_app.domain.gs1 import GS
from pharmacy_app.services import queries, stocktake, stocktake_documents, stocktake_scan
from pharmacy_app.services.app import App, open_app
from tests.helpers import at_once, pdftext, set_home, table_digest
from tests.paperlog import Clock, PaperLog
from tests.test_ledger import assert_refused

COMIRNATY = "07046264123454"  # 412345: 6 doses a vial, 10 vials a pack
VAXIGRIP = "07046261234566"  # 123456: 1 dose a syringe, 10 a pack

LOG = """
2026-11-02 receive 412345 FX1234 exp 2027-03-31 2 packs ref FS-1   // 120 doses
2026-11-02 receive 123456 FL2026A exp 2027-02-28 3 packs ref FS-2  // 30 doses
2026-11-02 site VC-HER central "Vaccinationscenter Herlev"
2026-11-03 transfer FX1234 RH-APO -> VC-HER 60
2026-11-03 transfer FL2026A RH-APO -> VC-HER 30
"""
# After the log: RH-APO holds FX1234 60; VC-HER holds FX1234 60 and FL2026A 30.


def pack(gtin: str, batch: str, serial: str, expiry: str = "270331") -> str:
    return f"]d201{gtin}17{expiry}10{batch}{GS}21{serial}"


@pytest.fixture
def log(app: App, clock: Clock) -> PaperLog:
    paper = PaperLog(app, clock)
    paper.run(LOG)
    set_home(app)
    clock.set(datetime(2026, 11, 4, 8, tzinfo=UTC))
    return paper


def test_a_scanned_pack_counts_one_pack_of_its_lot(app: App, log: PaperLog) -> None:
    sid = stocktake.start(app, "RH-APO")
    first = stocktake_scan.scan(app, sid, pack(COMIRNATY, "FX1234", "S1"))
    assert first.units_added == 10 and not first.found
    assert first.line.batch == "FX1234" and first.line.counted_units == 10 and first.line.counted_doses == 60
    second = stocktake_scan.scan(app, sid, pack(COMIRNATY, "FX1234", "S2"))
    assert second.line.counted_units == 20 and second.line.difference_doses == 60
    assert second.line.counted_by == "tester"


def test_a_lot_not_expected_is_added_as_found(app: App, log: PaperLog) -> None:
    sid = stocktake.start(app, "RH-APO")
    assert [line.batch for line in stocktake.view(app, sid).lines] == ["FX1234"]
    outcome = stocktake_scan.scan(app, sid, pack(VAXIGRIP, "FL2026A", "S3", "270228"))
    assert outcome.found and outcome.line.unexpected and outcome.line.counted_units == 10
    assert outcome.line.expected_doses == 0 and outcome.line.difference_doses == 10
    again = stocktake_scan.scan(app, sid, pack(VAXIGRIP, "FL2026A", "S4", "270228"))
    assert not again.found and again.line.counted_units == 20


def scan_worker(url: str, name: str, sid: int, text: str, now: datetime, barrier, results) -> None:
    import traceback

    app = open_app(url, user=name, clock=Clock(now))
    try:
        barrier.wait(timeout=120)
        results.put((name, stocktake_scan.scan(app, sid, text).units_added))
    except Exception:
        results.put((name, traceback.format_exc()))
    finally:
        app.close()


@pytest.mark.slow
def test_workstations_scanning_the_same_lot_at_once_all_count(app: App, log: PaperLog, db_url: str, clock: Clock) -> None:
    sid = stocktake.start(app, "RH-APO")
    calls = [(db_url, f"ws{i}", sid, pack(COMIRNATY, "FX1234", f"S{i}"), clock.now) for i in range(3)]
    outcomes = at_once(scan_worker, calls)
    assert sorted(units for _name, units in outcomes) == [10, 10, 10], outcomes
    assert stocktake.view(app, sid).lines[0].counted_units == 30


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("]d201" + COMIRNATY + "17XX", None),  # cut off: the parser names what is wrong
        (pack("09520123456788", "FX1234", "S9"), "scan_unknown_gtin"),
        (pack(COMIRNATY, "NEVER1", "S9"), "count_scan_lot_unknown"),
    ],
)
def test_a_scan_naming_nothing_known_adds_nothing(app: App, log: PaperLog, text: str, code: str | None) -> None:
    sid = stocktake.start(app, "RH-APO")
    assert queries.check_ledger(app, full=True).ok
    before = table_digest(app)
    if code is None:
        with pytest.raises(Exception) as err:
            stocktake_scan.scan(app, sid, text)
        assert getattr(err.value, "problems", None)
    else:
        assert_refused(app, code, lambda: stocktake_scan.scan(app, sid, text))
    assert table_digest(app) == before


def test_the_documents_are_written_with_their_imprint(app: App, log: PaperLog, tmp_path: Path) -> None:
    sid = stocktake.start(app, "RH-APO", blind=True)
    sheet = stocktake_documents.count_sheet_pdf(app, sid, tmp_path / "sheet.pdf", "da")
    text = pdftext(sheet)
    assert "FX1234" in text and "tester" in text
    stocktake_scan.scan(app, sid, pack(COMIRNATY, "FX1234", "S1"))
    report = stocktake_documents.report_pdf(app, sid, tmp_path / "report.pdf", "en")
    text = pdftext(report)
    assert "FX1234" in text and "60" in text
