"""The audit chain over movements and activity entries, on SQLite and PostgreSQL: every
posting and activity entry is chained, and an edit made behind the application's back
with the append-only triggers dropped (a movement's doses together with its balance, a
deleted movement, a forged one, an edited activity entry) is caught and named."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from pharmacy_app.domain.audit_chain import (
    GENESIS,
    MOVEMENT,
    Head,
    canonical,
    link,
    ordered,
    utc_text,
)
from pharmacy_app.domain.messages.render import render
from pharmacy_app.services import chain_check, queries
from pharmacy_app.services.app import App
from pharmacy_app.services.reference import Settings, read_settings, save_settings
from tests.paperlog import Clock, PaperLog
from tests.test_cli import cli

BASE = """
2026-11-02 receive 412345 FX1234 exp 2027-03-31 2 packs ref FS-1   // 120 doses, 6 per vial
2026-11-02 site VC-HER central "Vaccinationscenter Herlev"
2026-11-03 transfer FX1234 RH-APO -> VC-HER 60
2026-11-04 give FX1234 VC-HER 5
2026-11-04 give FX1234 VC-HER 3
"""


@pytest.fixture
def log(app: App, clock: Clock) -> PaperLog:
    paper = PaperLog(app, clock)
    paper.run(BASE)
    return paper


@contextmanager
def _behind_the_back(app: App) -> Iterator[Session]:
    """A session with the append-only triggers of movement and activity out of the way,
    put back afterwards: what someone with the database's password could do."""
    with app.db.write() as s:
        if app.db.is_sqlite:
            triggers = s.execute(
                sa.text("select name, sql from sqlite_master where type = 'trigger' and tbl_name in ('movement', 'activity')")
            ).all()
            for name, _sql in triggers:
                s.execute(sa.text(f'drop trigger "{name}"'))
            yield s
            for _name, sql in triggers:
                s.execute(sa.text(sql))
        else:
            for table in ("movement", "activity"):
                s.execute(sa.text(f"alter table {table} disable trigger user"))
            yield s
            for table in ("movement", "activity"):
                s.execute(sa.text(f"alter table {table} enable trigger user"))


def _movement_of(app: App, doses: int) -> tuple[int, int]:
    with app.db.read() as s:
        row = s.execute(
            sa.text("select id, chain_seq from movement where doses = :d and kind = 'administer'"),
            {"d": doses},
        ).one()
    return int(row.id), int(row.chain_seq)


def test_the_canonical_form_is_fixed() -> None:
    """The documented encoding: a JSON array, table first, fields in order, UTC moments."""
    row = {
        "chain_seq": 7, "kind": "consumption", "lot_id": 3, "from_location_id": 4,
        "to_location_id": 5, "doses": 6, "occurred_at": "2026-03-12 09:15:00.000000",
        "recorded_at": "2026-03-12 09:16:00.500000", "user_name": "Åse", "workstation": "ws1",
        "reference": "", "reason_code": None, "note": "", "reverses_id": None, "target_group": None,
    }  # fmt: skip
    text = canonical(MOVEMENT, ordered(MOVEMENT, row)).decode("utf-8")
    assert text == (
        '["movement",7,"consumption",3,4,5,6,"2026-03-12T09:15:00.000000Z",'
        '"2026-03-12T09:16:00.500000Z","Åse","ws1","",null,"",null,null]'
    )
    head = Head()
    head.append(MOVEMENT, row)
    assert row["hash"] == link(MOVEMENT, ordered(MOVEMENT, row), GENESIS) == head.hash
    assert head.seq == 1 and len(head.hash) == 64


def test_utc_text_reads_every_form_the_engines_give() -> None:
    from datetime import UTC, datetime, timedelta, timezone

    moment = datetime(2026, 3, 12, 9, 15, tzinfo=UTC)
    expected = "2026-03-12T09:15:00.000000Z"
    assert utc_text(moment) == expected
    assert utc_text(moment.replace(tzinfo=None)) == expected
    assert utc_text(moment.astimezone(timezone(timedelta(hours=1)))) == expected
    assert utc_text("2026-03-12 09:15:00.000000") == expected


def test_every_movement_and_activity_entry_is_chained(app: App, log: PaperLog) -> None:
    settings = read_settings(app)
    save_settings(app, Settings(backdate_window_days=10, home_location_code=settings.home_location_code))
    with app.db.read() as s:
        seqs = sorted(
            [int(v) for v in s.scalars(sa.text("select chain_seq from movement"))]
            + [int(v) for v in s.scalars(sa.text("select chain_seq from activity"))]
        )
        head = s.execute(sa.text("select seq, hash from chain_head")).one()
        workstations = set(s.scalars(sa.text("select workstation from movement")))
        entry = s.execute(sa.text("select user_name, kind, subject, before, after from activity where kind = 'setting'")).one()
    assert seqs == list(range(1, len(seqs) + 1)) and head.seq == len(seqs)
    assert workstations == {app.workstation}
    assert entry.user_name == "tester" and entry.subject == "backdate_window_days"
    assert (entry.before, entry.after) == ('"14"', '"10"')
    report = chain_check.check_chain(app)
    assert report.ok and report.entries == len(seqs) == report.total


def test_an_edited_movement_is_named_even_when_its_balance_was_edited_to_match(
    app: App, log: PaperLog
) -> None:
    assert queries.check_ledger(app, full=True).ok
    movement_id, seq = _movement_of(app, 5)
    with _behind_the_back(app) as s:
        s.execute(sa.text("update movement set doses = 2 where id = :id"), {"id": movement_id})
        s.execute(
            sa.text(
                "update stock_balance set doses = doses + 3 where lot_id = :lot and location_id = "
                "(select id from location where code = 'VC-HER')"
            ),
            {"lot": log.lots["FX1234"]},
        )
    report = queries.check_ledger(app, full=True)
    assert report.breaches == []  # the balances agree with the edited ledger
    assert not report.ok and report.chain is not None
    flaw = report.chain.flaw
    assert flaw is not None and (flaw.what, flaw.row_id, flaw.seq) == ("content", movement_id, seq)
    text = render(report.chain.problem(), "da")
    assert text.startswith(f"Bevægelse {movement_id} (04-11-2026 ")
    assert "doser, bruger eller tid er ændret efter bogføring" in text


def test_a_deleted_movement_shows_as_a_gap(app: App, log: PaperLog) -> None:
    movement_id, seq = _movement_of(app, 5)
    with _behind_the_back(app) as s:
        s.execute(sa.text("delete from movement where id = :id"), {"id": movement_id})
    report = chain_check.check_chain(app)
    assert report.flaw is not None and (report.flaw.what, report.flaw.seq) == ("gap", seq)
    assert render(report.problem(), "da").startswith(f"Mangler: kæde nr. {seq} findes ikke")


def test_the_last_movement_deleted_shows_at_the_head(app: App, log: PaperLog) -> None:
    movement_id, seq = _movement_of(app, 3)
    with _behind_the_back(app) as s:
        s.execute(sa.text("delete from movement where id = :id"), {"id": movement_id})
    report = chain_check.check_chain(app)
    assert report.flaw is not None and (report.flaw.what, report.flaw.seq) == ("head", seq)


def test_a_forged_movement_with_a_made_up_hash_is_named(app: App, log: PaperLog, db_url: str) -> None:
    with app.db.read() as s:
        last = int(s.scalar(sa.text("select seq from chain_head")) or 0)
    with _behind_the_back(app) as s:
        s.execute(
            sa.text(
                "insert into movement (kind, lot_id, from_location_id, to_location_id, doses,"
                " occurred_at, recorded_at, user_name, workstation, reference, note, chain_seq, hash)"
                " select 'administer', :lot, (select id from location where code = 'VC-HER'),"
                " (select id from location where code = 'ADMINISTERED'), 4,"
                " '2026-11-04 12:00:00', '2026-11-04 12:00:00', 'x', 'ws', '', '', :seq, :hash"
            ),
            {"lot": log.lots["FX1234"], "seq": last + 1, "hash": "ab" * 32},
        )
        s.execute(sa.text("update chain_head set seq = :seq"), {"seq": last + 1})
        s.execute(
            sa.text(
                "update stock_balance set doses = doses - 4 where lot_id = :lot and location_id = "
                "(select id from location where code = 'VC-HER')"
            ),
            {"lot": log.lots["FX1234"]},
        )
        forged = int(s.scalar(sa.text("select max(id) from movement")) or 0)
    report = queries.check_ledger(app, full=True)
    assert report.breaches == [] and report.chain is not None
    assert report.chain.flaw is not None
    assert (report.chain.flaw.what, report.chain.flaw.row_id) == ("content", forged)
    # The command line says so and fails.
    result = cli("--db", db_url, "--lang", "da", "check", "--full")
    assert result.returncode == 1
    assert f"Bevægelse {forged} (04-11-2026 13:00)" in result.stderr
    assert "1 BREACHES" in result.stdout


def test_a_movement_without_a_place_is_named(app: App, log: PaperLog) -> None:
    with app.db.write() as s:  # no trigger stops an INSERT on SQLite or PostgreSQL
        s.execute(
            sa.text(
                "insert into movement (kind, lot_id, from_location_id, to_location_id, doses,"
                " occurred_at, recorded_at, user_name, reference, note)"
                " select 'administer', :lot, (select id from location where code = 'VC-HER'),"
                " (select id from location where code = 'ADMINISTERED'), 1,"
                " '2026-11-04 12:00:00', '2026-11-04 12:00:00', 'x', '', ''"
            ),
            {"lot": log.lots["FX1234"]},
        )
    report = chain_check.check_chain(app)
    assert report.flaw is not None and report.flaw.what == "unchained"
    assert "har ingen plads i kæden" in render(report.problem(), "da")


def test_an_edited_activity_entry_is_named(app: App, log: PaperLog) -> None:
    settings = read_settings(app)
    save_settings(app, Settings(backdate_window_days=10, home_location_code=settings.home_location_code))
    with app.db.read() as s:
        entry_id = int(s.scalar(sa.text("select id from activity where subject = 'backdate_window_days'")) or 0)
    with _behind_the_back(app) as s:
        s.execute(sa.text("update activity set user_name = 'someone else' where id = :id"), {"id": entry_id})
    report = queries.check_ledger(app, full=True)
    assert report.breaches == [] and report.chain is not None and report.chain.flaw is not None
    flaw = report.chain.flaw
    assert (flaw.what, flaw.table, flaw.row_id) == ("content", "activity", entry_id)
    assert render(report.chain.problem(), "en").startswith(f"Activity {entry_id} (")


def test_the_activity_log_cannot_be_edited_through_sql(app: App, log: PaperLog) -> None:
    settings = read_settings(app)
    save_settings(app, Settings(backdate_window_days=10, home_location_code=settings.home_location_code))
    with pytest.raises(sa.exc.DBAPIError), app.db.write() as s:
        s.execute(sa.text("update activity set note = 'x'"))
    with pytest.raises(sa.exc.DBAPIError), app.db.write() as s:
        s.execute(sa.text("delete from activity"))
