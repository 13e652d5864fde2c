"""The ledger check from a verified checkpoint, and the full check in SQL, on SQLite and
PostgreSQL; a balance changed behind the app's back (raw SQL) is what they must find."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from pharmacy_app.db.engine import Database
from pharmacy_app.services import ledger_check, queries
from pharmacy_app.services.app import App
from tests.paperlog import Clock, PaperLog
from tests.test_cli import cli

BASE = """
2026-11-02 receive 412345 FX1234 exp 2027-03-31 2 packs ref FS-1   // 120 doses, 6 per vial
2026-11-02 receive 123456 FL2026A exp 2027-05-31 5 packs ref FS-1  // 50 doses, syringes
2026-11-02 site VC-HER central "Vaccinationscenter Herlev"
2026-11-03 transfer FX1234 RH-APO -> VC-HER 60
2026-11-03 transfer FL2026A RH-APO -> VC-HER 20
2026-11-04 give FX1234 VC-HER 5
"""


@pytest.fixture
def log(app: App, clock: Clock) -> PaperLog:
    paper = PaperLog(app, clock)
    paper.run(BASE)
    return paper


def _tamper(app: App, lot_id: int, location: str, doses: int) -> None:
    """Someone edits the balance table behind the ledger's back."""
    with app.db.write() as s:
        s.execute(
            sa.text(
                "update stock_balance set doses = :doses where lot_id = :lot and location_id = "
                "(select id from location where code = :code)"
            ),
            {"doses": doses, "lot": lot_id, "code": location},
        )


def test_the_first_check_is_full_and_sets_the_checkpoint(app: App, log: PaperLog) -> None:
    assert ledger_check.checkpoint(app) is None
    report = queries.check_ledger(app, full=False)
    assert report.ok and report.full and report.since is None
    assert report.movements == 5 and report.balances == 4
    point = ledger_check.checkpoint(app)
    assert point is not None and point.verified_by == app.user
    with app.db.read() as s:
        assert point.movement_id == s.scalar(sa.text("select max(id) from movement"))
    # Nothing recorded since: nothing to verify, and the checkpoint stays.
    again = queries.check_ledger(app, full=False)
    assert again.ok and not again.full and again.since == point and again.movements == 0
    assert ledger_check.checkpoint(app) == point


def test_a_tampered_balance_is_found_once_its_lot_is_touched_and_by_full_always(
    app: App, log: PaperLog
) -> None:
    assert queries.check_ledger(app).ok  # the checkpoint
    _tamper(app, log.lots["FX1234"], "VC-HER", 50)  # the ledger says 55

    # Only FL2026A is touched after the checkpoint: the incremental check verifies that
    # lot's balances and passes; the full check finds the tampered FX1234 balance.
    log.run("2026-11-05 give FL2026A VC-HER 2")
    since = queries.check_ledger(app, full=False)
    assert since.ok and not since.full and since.movements == 1
    assert since.balances == 1  # VC-HER / FL2026A (ADMINISTERED holds no stock)
    full = queries.check_ledger(app, full=True)
    assert [(b.code, b.location, b.batch, b.detail) for b in full.breaches] == [
        ("balance_mismatch", "VC-HER", "FX1234", "balance table 50, ledger 55")
    ]

    # Once FX1234 is touched, the incremental check finds it too, in the same words.
    point = ledger_check.checkpoint(app)
    log.run("2026-11-05 give FX1234 VC-HER 1")
    found = queries.check_ledger(app, full=False)
    assert [(b.code, b.location, b.batch, b.detail) for b in found.breaches] == [
        ("balance_mismatch", "VC-HER", "FX1234", "balance table 49, ledger 54")
    ]
    # A check that found something does not move the checkpoint.
    assert ledger_check.checkpoint(app) == point
    assert not queries.check_ledger(app, full=False).ok


def test_a_history_that_went_negative_is_named_by_both(app: App, log: PaperLog) -> None:
    assert queries.check_ledger(app).ok
    # A movement written behind the app's back, dated before the stock arrived at the site.
    with app.db.write() as s:
        s.execute(
            sa.text(
                "insert into movement (kind, lot_id, from_location_id, to_location_id, doses,"
                " occurred_at, recorded_at, user_name, reference, note) select 'consumption', :lot,"
                " (select id from location where code = 'VC-HER'),"
                " (select id from location where code = 'ADMINISTERED'), 3,"
                " '2026-11-02 12:00:00', '2026-11-06 12:00:00', 'x', '', ''"
            ),
            {"lot": log.lots["FL2026A"]},
        )
    since = queries.check_ledger(app, full=False)
    full = queries.check_ledger(app, full=True)
    codes = [(b.code, b.location, b.batch) for b in since.breaches]
    assert ("negative_in_history", "VC-HER", "FL2026A") in codes
    assert ("balance_mismatch", "VC-HER", "FL2026A") in codes
    assert [b.text() for b in since.breaches] == [b.text() for b in full.breaches]
    [history] = [b for b in full.breaches if b.code == "negative_in_history"]
    assert history.detail.startswith("-3 doses after movement ")
    assert "2026-11-02T12:00:00+00:00" in history.detail


def test_the_command_line_checks_since_the_checkpoint_or_everything(
    app: App, log: PaperLog, db_url: str, tmp_path: Path
) -> None:
    first = cli("--db", db_url, "check")
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("OK: 5 movements, 4 balances checked")
    _tamper(app, log.lots["FX1234"], "VC-HER", 50)
    untouched = cli("--db", db_url, "check")
    assert untouched.returncode == 0, untouched.stderr
    assert "0 movements since the checkpoint" in untouched.stdout and "--full" in untouched.stdout
    full = cli("--db", db_url, "check", "--full")
    assert full.returncode == 1
    assert "balance_mismatch: VC-HER" in full.stderr and "1 BREACHES" in full.stdout
    log.run("2026-11-05 give FX1234 VC-HER 1")
    touched = cli("--db", db_url, "check")
    assert touched.returncode == 1
    assert "balance table 49, ledger 54" in touched.stderr
    db = Database(db_url)
    try:
        with db.read() as s:
            assert s.scalar(sa.text("select count(*) from ledger_checkpoint")) == 1
    finally:
        db.dispose()
