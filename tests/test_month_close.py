"""Marking a month's SSI report as sent archives the file and closes the month:
a movement dated into it is refused unless a reason is given, and the differences
against what was sent are listed cell by cell.  On SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from pharmacy_app.domain.errors import DomainError
from pharmacy_app.services import queries, ssi_report, stock
from pharmacy_app.services.app import App
from tests.paperlog import Clock, CountingClock, PaperLog
from tests.test_ssi_report import build_ledger


@pytest.fixture
def ledger(app: App, clock: Clock) -> PaperLog:
    return build_ledger(app, clock)  # the clock ends at 2026-11-03 09:00 UTC


@pytest.fixture
def sent(app: App, ledger: PaperLog, tmp_path: Path) -> ssi_report.ArchivedReport:
    path = ssi_report.write(app, "2026-10", tmp_path / "sent")
    return ssi_report.mark_sent(app, "2026-10", path)


def ledger_state(app: App) -> tuple[object, ...]:
    with app.db.read() as s:
        return (
            s.execute(sa.text("select count(*) from movement")).scalar_one(),
            tuple(
                tuple(r)
                for r in s.execute(
                    sa.text("select location_id, lot_id, doses from stock_balance order by 1, 2")
                )
            ),
        )


def movement_note(app: App, movement_id: int) -> str:
    row = next(r for r in queries.iter_movements(app) if r[0] == movement_id)
    return str(row[queries.MOVEMENT_EXPORT_COLUMNS.index("note")])


def test_marking_as_sent_archives_the_exact_file(
    app: App, ledger: PaperLog, clock: Clock, tmp_path: Path
) -> None:
    path = ssi_report.write(app, "2026-10", tmp_path)
    content = path.read_bytes()
    report = ssi_report.build(app, "2026-10")
    first = ssi_report.mark_sent(app, "2026-10", path)
    assert first.file_sha256 == hashlib.sha256(content).hexdigest()
    assert first.checksum == report.checksum
    assert (first.period, first.version, first.region_code) == ("2026-10", 1, "1084")
    assert (first.sent_by, first.sent_at, first.size) == ("tester", clock.now, len(content))
    assert first.file_name == "SSI_1084_2026-10.xlsx" and first.layout_version == 1
    assert ssi_report.archived_file(app, first.id) == content

    clock.advance(hours=1)
    again = ssi_report.write(app, "2026-10", tmp_path / "again")
    second = ssi_report.mark_sent(app, "2026-10", again)
    assert second.version == 2 and second.checksum == first.checksum
    assert [(a.period, a.version) for a in ssi_report.archive(app)] == [("2026-10", 2), ("2026-10", 1)]
    assert ssi_report.archived_file(app, first.id) == content, "the old version is kept"


def test_building_and_marking_as_sent_each_read_the_clock_once(
    app: App, ledger: PaperLog, clock: Clock, tmp_path: Path
) -> None:
    """The report's time and its day, and the month's end and the time it was sent, come
    from one reading each, so they cannot straddle midnight."""
    path = ssi_report.write(app, "2026-10", tmp_path)
    counting = CountingClock(clock)
    app.clock = counting
    report = ssi_report.build(app, "2026-10")
    assert counting.reads == 1 and not report.cover.provisional
    counting.reads = 0
    sent = ssi_report.mark_sent(app, "2026-10", path)
    assert counting.reads == 1 and sent.sent_at == clock.now


def test_a_file_for_another_month_is_not_archived(app: App, ledger: PaperLog, tmp_path: Path) -> None:
    path = ssi_report.write(app, "2026-09", tmp_path)
    with pytest.raises(DomainError) as info:
        ssi_report.mark_sent(app, "2026-10", path)
    assert info.value.code == "report_file_mismatch"
    assert ssi_report.archive(app) == []


def test_a_back_dated_movement_into_a_sent_month_is_refused(
    app: App, ledger: PaperLog, sent: ssi_report.ArchivedReport
) -> None:
    before = ledger_state(app)
    with pytest.raises(DomainError) as info:
        stock.administer(
            app,
            lot_id=ledger.lots["FL2026A"],
            site_code="VC-HER",
            doses=1,
            occurred_at=datetime(2026, 10, 30, 12, 0, tzinfo=UTC),
        )
    assert info.value.code == "month_closed"
    assert ledger_state(app) == before, "a refused movement wrote something"
    en, da = info.value.text("en"), info.value.text("da")
    assert "2026-10 is closed" in en and "2026-11-03 10:00 by tester" in en
    assert "2026-10 er lukket" in da and "2026-11-03 10:00 af tester" in da
    # A blank reason is no reason.
    with pytest.raises(DomainError):
        stock.discard(
            app,
            lot_id=ledger.lots["FL2026A"],
            location_code="VC-HER",
            doses=1,
            reason_code="BRUD",
            occurred_at=datetime(2026, 10, 30, 12, 0, tzinfo=UTC),
            closed_month_reason="  ",
        )
    assert ledger_state(app) == before
    # 00:30 on 1 November in Copenhagen is the open month.
    stock.administer(
        app,
        lot_id=ledger.lots["FL2026A"],
        site_code="VC-HER",
        doses=1,
        occurred_at=datetime(2026, 10, 31, 23, 30, tzinfo=UTC),
    )
    assert ssi_report.changes_since_sent(app, "2026-10") == []


def test_with_a_reason_it_is_posted_and_the_changes_are_listed(
    app: App, ledger: PaperLog, sent: ssi_report.ArchivedReport
) -> None:
    assert ssi_report.changes_since_sent(app, "2026-10") == []
    posted = stock.administer(
        app,
        lot_id=ledger.lots["FL2026A"],
        site_code="VC-HER",
        doses=1,
        occurred_at=datetime(2026, 10, 30, 12, 0, tzinfo=UTC),
        note="skema fundet",
        closed_month_reason="Glemt registrering",
    )
    assert movement_note(app, posted.movement_id) == "skema fundet [efter lukning: Glemt registrering]"
    assert queries.check_ledger(app).ok

    changes = ssi_report.changes_since_sent(app, "2026-10")
    cells = {(c.sheet, c.key, c.column): (c.old, c.new) for c in changes}
    stock_key = ("VC-HER", "Centralt vaccinationscenter", "123456", "FL2026A", "2026-12-15", "2026-12-15")
    kontrolsum = ("Forside", ("Kontrolsum",), "Værdi")
    assert cells.pop(kontrolsum)[0] == sent.checksum
    assert cells == {
        ("Opsummering", ("123456",), "Givet"): (12, 13),
        ("Opsummering", ("123456",), "Ultimo"): (36, 35),
        ("Opsummering", ("123456",), "Spildprocent"): (14.3, 13.3),
        ("Forbrug", ("VC-HER", "123456", "FL2026A"), "Givne doser"): (9, 10),
        ("Lager", stock_key, "Doser"): (11, 10),
        ("Lager", stock_key, "Pakninger"): (1.1, 1.0),
        ("Udløb", stock_key, "Doser"): (11, 10),
        ("Udløb", stock_key, "Pakninger"): (1.1, 1.0),
        ("Udløb", stock_key, "Forventet forbrug før udløb"): (11, 10),
    }
    assert all(c.what == "changed" for c in changes)

    # A new row shows as added: a discard with a reason code not used before.
    stock.discard(
        app,
        lot_id=ledger.lots["FL2026A"],
        location_code="VC-HER",
        doses=1,
        reason_code="TEMPERATURSVIGT",
        occurred_at=datetime(2026, 10, 30, 13, 0, tzinfo=UTC),
        closed_month_reason="Køleskabsalarm opdaget sent",
    )
    added = [c for c in ssi_report.changes_since_sent(app, "2026-10") if c.what == "added"]
    assert [(c.sheet, c.key) for c in added] == [
        ("Kassation", ("VC-HER", "123456", "FL2026A", "TEMPERATURSVIGT"))
    ]


def test_an_unsent_month_is_open_and_has_nothing_to_compare(
    app: App, ledger: PaperLog, sent: ssi_report.ArchivedReport
) -> None:
    with pytest.raises(DomainError) as info:
        ssi_report.changes_since_sent(app, "2026-11")
    assert info.value.code == "report_not_sent"
    stock.administer(app, lot_id=ledger.lots["FL2026A"], site_code="VC-HER", doses=1)
