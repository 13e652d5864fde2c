"""Several workstations (processes) issuing from the same lot at the same moment.

Together they ask for more than is on hand; exactly what is on hand may go out,
every other attempt is refused as insufficient stock, and the ledger check passes.
Run against a real SQLite file and the test run's PostgreSQL server.
"""

from __future__ import annotations

import multiprocessing as mp
from datetime import date

import pytest

from pharmacy_app.services import queries, reference, stock
from pharmacy_app.services.app import open_app

WORKERS = 4
ATTEMPTS = 25
TRANSFER = 5  # doses per transfer; 4 x 25 x 5 = 500 asked for, 300 on hand
ON_HAND = 300


def worker(url: str, name: str, lot_id: int, barrier, results) -> None:
    from pharmacy_app.domain.errors import DomainError

    app = open_app(url, user=name)
    sent = given = refused = 0
    errors: list[str] = []
    try:
        barrier.wait(timeout=60)
        for _ in range(ATTEMPTS):
            try:
                stock.transfer(app, lot_id=lot_id, from_code="RH-APO", to_code="VC-SHARED", doses=TRANSFER)
                sent += TRANSFER
            except DomainError as err:
                if err.code != "insufficient_stock":
                    errors.append(err.code)
                refused += 1
            try:
                stock.administer(app, lot_id=lot_id, site_code="VC-SHARED", doses=3)
                given += 3
            except DomainError as err:
                if err.code != "insufficient_stock":
                    errors.append(err.code)
                refused += 1
    except Exception as exc:  # reported to the parent, which fails the test
        errors.append(f"{type(exc).__name__}: {exc}")
    finally:
        app.close()
    results.put((name, sent, given, refused, errors))


def race(db_url: str, batch: str, target) -> tuple[int, list[tuple]]:
    """ON_HAND doses of a new lot at the pharmacy, then WORKERS processes running
    ``target`` at the same moment; the lot and what each worker reported."""
    app = open_app(db_url, user="setup")
    try:
        reference.save_location(
            app, reference.LocationInfo(None, "VC-SHARED", "Fælles center", "central", "1084")
        )
        lot_id = stock.receive(
            app,
            product="123456",
            batch=batch,
            expiry=date(2030, 1, 31),
            packs=ON_HAND // 10,
            to_location="RH-APO",
        ).lot_id
    finally:
        app.close()

    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(WORKERS)
    results = ctx.Queue()
    procs = [
        ctx.Process(target=target, args=(db_url, f"ws{i}", lot_id, barrier, results))
        for i in range(WORKERS)
    ]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=300) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    assert [o[4] for o in outcomes] == [[]] * WORKERS, outcomes
    return lot_id, outcomes


def ledger_after(db_url: str, lot_id: int, sent: int, given: int) -> list:
    """Check the stock and the ledger after a race; the lot's history."""
    app = open_app(db_url, user="verify")
    try:
        rows = {r.location_code: r.doses for r in queries.stock_rows(app)}
        assert rows.get("RH-APO", 0) == 0
        assert rows.get("VC-SHARED", 0) == sent - given
        report = queries.check_ledger(app)
        assert report.ok, report.breaches
        return list(queries.lot_history(app, lot_id).history)
    finally:
        app.close()


@pytest.mark.slow
def test_concurrent_issues_never_take_more_than_is_on_hand(db_url: str) -> None:
    lot_id, outcomes = race(db_url, "RACE1", worker)
    sent = sum(o[1] for o in outcomes)
    given = sum(o[2] for o in outcomes)
    assert sent == ON_HAND  # demand exceeded supply: all of it, and not one dose more
    assert 0 < given <= sent
    users = {h.user for h in ledger_after(db_url, lot_id, sent, given)}
    assert {f"ws{i}" for i in range(WORKERS)} <= users


BATCH = 3  # postings per call of ledger.post_many: 3 x 5 doses, 300 on hand = 20 calls


def batch_worker(url: str, name: str, lot_id: int, barrier, results) -> None:
    """Like :func:`worker`, with the doses going out several at once (a dispatch): each
    call sends BATCH transfers and gives 3 doses of what arrived, all or nothing."""
    from sqlalchemy import select

    from pharmacy_app.db import models as m
    from pharmacy_app.domain.errors import DomainError
    from pharmacy_app.domain.types import MovementKind
    from pharmacy_app.services import ledger

    app = open_app(url, user=name)
    sent = given = refused = 0
    errors: list[str] = []
    try:
        barrier.wait(timeout=60)
        for _ in range(ATTEMPTS):
            try:
                with app.db.write() as s:
                    codes = ("RH-APO", "VC-SHARED", "ADMINISTERED")
                    home, site, administered = (
                        s.scalars(select(m.Location).where(m.Location.code == c)).one()
                        for c in codes
                    )
                    lot = s.get_one(m.Lot, lot_id)
                    postings = [
                        ledger.Posting(MovementKind.TRANSFER, lot, home, site, TRANSFER)
                        for _ in range(BATCH)
                    ]
                    postings.append(ledger.Posting(MovementKind.ADMINISTER, lot, site, administered, 3))
                    ledger.post_many(s, postings, user=name, now=app.now())
                sent += BATCH * TRANSFER
                given += 3
            except DomainError as err:
                if err.code != "insufficient_stock":
                    errors.append(err.code)
                refused += 1
    except Exception as exc:  # reported to the parent, which fails the test
        errors.append(f"{type(exc).__name__}: {exc}")
    finally:
        app.close()
    results.put((name, sent, given, refused, errors))


@pytest.mark.slow
def test_concurrent_bulk_postings_never_take_more_than_is_on_hand(db_url: str) -> None:
    lot_id, outcomes = race(db_url, "RACE2", batch_worker)
    sent = sum(o[1] for o in outcomes)
    given = sum(o[2] for o in outcomes)
    assert sent == ON_HAND  # whole calls only, and not one dose more than was there
    assert given == ON_HAND // (BATCH * TRANSFER) * 3
    history = ledger_after(db_url, lot_id, sent, given)
    assert len(history) == 1 + ON_HAND // (BATCH * TRANSFER) * (BATCH + 1)
