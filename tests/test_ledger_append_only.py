"""Nothing short of disabling the triggers rewrites a posted movement, on either engine.

The first migration's triggers refuse UPDATE, DELETE and TRUNCATE.  SQLite resolves an
``INSERT OR REPLACE`` (or ``REPLACE INTO``) conflict by deleting the old row without
firing DELETE triggers, which used to rewrite the ledger in place; migration 0008 adds a
BEFORE INSERT trigger for that.  Every way below is tried on a real database with a
ledger in it: each is refused, and every movement reads back exactly as before.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from pharmacy_app.db import models as m
from pharmacy_app.services import queries, stock
from pharmacy_app.services.app import App, open_app
from tests.paperlog import Clock, PaperLog

LOG = """
2026-11-02 receive 412345 FX1234 exp 2027-03-31 2 packs ref FS-1   // #1 120 doses
2026-11-02 site VC-HER central "Vaccinationscenter Herlev"
2026-11-03 transfer FX1234 RH-APO -> VC-HER 60                     // #2
2026-11-04 give FX1234 VC-HER 5                                    // #3
"""

COLUMNS = [c.name for c in m.Movement.__table__.columns]


def _copy_of(movement_id: int, *, new_id: bool = False, reverses: str = "reverses_id") -> str:
    """A SELECT giving movement ``movement_id`` again with 1000 times its doses."""
    picked = {
        name: ("doses * 1000" if name == "doses" else name)
        for name in COLUMNS
        if not (new_id and name == "id")
    }
    picked["reverses_id"] = reverses
    if new_id:  # a new row also takes a new place in the audit chain (a unique column)
        picked["chain_seq"] = "chain_seq + 1000000"
    return f"select {', '.join(picked.values())} from movement where id = {movement_id}"


def _cols(new_id: bool = False) -> str:
    return ", ".join(c for c in COLUMNS if not (new_id and c == "id"))


def _ledger(app: App, clock: Clock) -> tuple[int, int]:
    """The movement every statement tries to rewrite (the transfer) and a reversal."""
    paper = PaperLog(app, clock)
    paper.run(LOG)
    clock.advance(days=2)
    transfer = paper.posted[1].movement_id
    # A reversal: ``reverses_id`` is the ledger's other unique column.
    reversal = stock.reverse(app, movement_id=paper.posted[2].movement_id, note="wrong site").movement_id
    return transfer, reversal


@pytest.fixture
def sqlite_app(tmp_path, clock: Clock):
    application = open_app(f"sqlite:///{tmp_path / 'ledger.db'}", user="tester", clock=clock)
    yield application
    application.close()


@pytest.fixture
def pg_app(pg_url: str, clock: Clock):
    application = open_app(pg_url, user="tester", clock=clock)
    yield application
    application.close()


def _snapshot(app: App) -> list[tuple[object, ...]]:
    with app.db.read() as s:
        return [tuple(r) for r in s.execute(sa.text(f"select {_cols()} from movement order by id"))]


def _refused(app: App, statements: list[str]) -> None:
    before = _snapshot(app)
    assert before
    for statement in statements:
        with pytest.raises(DBAPIError, match="append-only"), app.db.write() as s:
            s.execute(sa.text(statement))
        assert _snapshot(app) == before, statement
    report = queries.check_ledger(app)
    assert report.ok, report.breaches


def test_sqlite_replace_and_upsert_cannot_rewrite_a_movement(
    sqlite_app: App, clock: Clock
) -> None:
    app = sqlite_app
    transfer, reversal = _ledger(app, clock)
    # The app's own connections, like the sqlite3 shell's, leave recursive_triggers off.
    with app.db.write_engine.connect() as conn:
        assert conn.exec_driver_sql("pragma recursive_triggers").scalar() == 0
    _refused(
        app,
        [
            f"insert or replace into movement ({_cols()}) {_copy_of(transfer)}",
            f"replace into movement ({_cols()}) {_copy_of(transfer)}",
            # A new id that collides on reverses_id would replace the reversal instead.
            f"insert or replace into movement ({_cols(True)}) "
            + _copy_of(reversal, new_id=True),
            f"insert into movement ({_cols()}) {_copy_of(transfer)} "
            "on conflict(id) do update set doses = excluded.doses",
            f"insert into movement ({_cols()}) {_copy_of(transfer)} "
            "on conflict do nothing",
            f"insert or ignore into movement ({_cols()}) {_copy_of(transfer)}",
            f"update or replace movement set doses = doses * 1000 where id = {transfer}",
            f"update movement set doses = doses * 1000 where id = {transfer}",
            f"delete from movement where id = {transfer}",
        ],
    )


@pytest.mark.postgres
def test_postgresql_upsert_merge_and_truncate_cannot_rewrite_a_movement(
    pg_app: App, clock: Clock
) -> None:
    app = pg_app
    transfer, reversal = _ledger(app, clock)
    _refused(
        app,
        [
            f"insert into movement ({_cols()}) {_copy_of(transfer)} "
            "on conflict (id) do update set doses = excluded.doses",
            f"insert into movement ({_cols(True)}) {_copy_of(reversal, new_id=True)} "
            "on conflict (reverses_id) do update set doses = excluded.doses",
            f"merge into movement t using (select {transfer} as id) src on t.id = src.id "
            "when matched then update set doses = t.doses * 1000",
            f"merge into movement t using (select {transfer} as id) src on t.id = src.id "
            "when matched then delete",
            f"update movement set doses = doses * 1000 where id = {transfer}",
            f"delete from movement where id = {transfer}",
            "truncate movement cascade",
            "truncate lot cascade",  # reaches the ledger through its foreign key
        ],
    )
    # ON CONFLICT DO NOTHING is allowed by the database, and changes nothing.
    before = _snapshot(app)
    with app.db.write() as s:
        s.execute(
            sa.text(f"insert into movement ({_cols()}) {_copy_of(transfer)} on conflict do nothing")
        )
    assert _snapshot(app) == before


def test_a_new_movement_is_still_posted(app: App, clock: Clock) -> None:
    """The insert trigger refuses only what would replace a row, not an ordinary posting."""
    transfer, _reversal = _ledger(app, clock)
    count = len(_snapshot(app))
    with app.db.write() as s:
        s.execute(
            sa.text(f"insert into movement ({_cols(True)}) {_copy_of(transfer, new_id=True, reverses='null')}")
        )
    assert len(_snapshot(app)) == count + 1
