"""Each user action carries a key; the same key posts once (domain.actions, Database.write).

Real databases on both engines; on PostgreSQL several processes race with one key, and a
connection killed in the middle of a posting leaves nothing and the retry posts once.
"""

from __future__ import annotations

import multiprocessing
from datetime import date

import pytest
import sqlalchemy as sa

from pharmacy_app.db import models as m
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.services import actions, queries, stock
from pharmacy_app.services.app import App, open_app
from tests.helpers import balance


def _receive(app: App, batch: str = "K1") -> stock.Posted:
    return stock.receive(
        app, product="123456", batch=batch, expiry=date(2027, 6, 30), packs=2, to_location="RH-APO"
    )


def _movements(app: App) -> int:
    with app.db.read() as s:
        return int(s.scalar(sa.select(sa.func.count()).select_from(m.Movement)) or 0)


def _keys(app: App) -> list[tuple[str, str, str]]:
    with app.db.read() as s:
        return [(r.key, r.user_name, r.what) for r in s.scalars(sa.select(m.PostingKey))]


def test_the_same_key_posts_once_and_the_retry_is_refused_as_already_posted(app: App) -> None:
    run = actions.action(app, "key-1", what="receive")
    with actions.acting(run):
        posted = _receive(app)
    before = _movements(app)
    with pytest.raises(DomainError) as err, actions.acting(actions.action(app, "key-1")):
        _receive(app)
    assert actions.is_already_posted(err.value)
    assert err.value.text("da") == "Handlingen var allerede gennemført; den er ikke gjort en gang til."
    assert _movements(app) == before
    assert balance(app, "RH-APO", posted.lot_id) == posted.doses
    assert _keys(app) == [("key-1", "tester", "receive")]
    # Another action (another key) posts again, and a write without an action as before.
    with actions.acting(actions.action(app, "key-2")):
        _receive(app)
    _receive(app)
    assert _movements(app) == before + 2
    assert balance(app, "RH-APO", posted.lot_id) == 3 * posted.doses


def test_only_the_first_write_of_an_action_takes_the_key(app: App) -> None:
    with actions.acting(actions.action(app, "two-writes")):
        _receive(app, "A")
        _receive(app, "B")  # the second transaction of the same run: not refused
    assert _movements(app) == 2
    assert [k for k, _u, _w in _keys(app)] == ["two-writes"]


def test_a_refused_write_leaves_the_key_free_for_the_retry(app: App) -> None:
    with pytest.raises(DomainError), actions.acting(actions.action(app, "k")):
        stock.receive(app, product="999999", batch="X", expiry=date(2027, 6, 30), packs=1)
    assert _keys(app) == []
    with actions.acting(actions.action(app, "k")):
        _receive(app)
    assert _movements(app) == 1


def _race(url: str, key: str, start: object, results: object) -> None:
    app = open_app(url, user="racer", upgrade=False)
    try:
        start.wait()  # type: ignore[attr-defined]
        with actions.acting(actions.action(app, key, what="race")):
            _receive(app)
        results.put("posted")  # type: ignore[attr-defined]
    except DomainError as err:
        results.put(str(err.code))  # type: ignore[attr-defined]
    finally:
        app.close()


@pytest.mark.postgres
def test_processes_racing_with_one_key_post_once(pg_url: str) -> None:
    app = open_app(pg_url, user="tester")
    try:
        ctx = multiprocessing.get_context("spawn")
        start = ctx.Barrier(4)
        results = ctx.Queue()
        procs = [ctx.Process(target=_race, args=(pg_url, "same-key", start, results)) for _ in range(4)]
        for p in procs:
            p.start()
        outcomes = sorted(results.get(timeout=120) for _ in procs)
        for p in procs:
            p.join(60)
        assert outcomes == ["already_posted"] * 3 + ["posted"]
        assert _movements(app) == 1
        assert queries.check_ledger(app, full=True).ok
    finally:
        app.close()


@pytest.mark.postgres
def test_a_posting_killed_halfway_leaves_nothing_and_the_retry_posts_once(pg_url: str) -> None:
    app = open_app(pg_url, user="tester")
    killer = sa.create_engine(pg_url)
    try:
        killed: list[int] = []

        @sa.event.listens_for(app.db.write_engine, "after_cursor_execute")
        def _kill(conn, _cursor, statement, _params, _context, _many) -> None:  # type: ignore[no-untyped-def]
            # The movement is written but not committed: the server ends this connection.
            if "INSERT INTO movement" in statement and not killed:
                pid = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
                killed.append(pid)
                with killer.connect() as k:
                    k.execute(sa.text("SELECT pg_terminate_backend(:p)"), {"p": pid})

        run_key = actions.new_key()
        with pytest.raises(sa.exc.DBAPIError), actions.acting(actions.action(app, run_key)):
            _receive(app)
        assert killed
        assert _movements(app) == 0
        assert _keys(app) == []
        assert queries.check_ledger(app, full=True).ok
        # The window's retry: the same key; then once more, as if that answer was lost too.
        with actions.acting(actions.action(app, run_key)):
            posted = _receive(app)
        with pytest.raises(DomainError) as again, actions.acting(actions.action(app, run_key)):
            _receive(app)
        assert actions.is_already_posted(again.value)
        assert _movements(app) == 1
        assert balance(app, "RH-APO", posted.lot_id) == posted.doses
        assert queries.check_ledger(app, full=True).ok
    finally:
        killer.dispose()
        app.close()
