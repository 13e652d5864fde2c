"""Plausibility limits (``domain.limits``) in the services and in the database, on SQLite
and PostgreSQL: quantities, balances, dates, text lengths; and the smaller holes of
issue 20: a naive datetime, doses per vial changed under held stock, a scan without a
group separator, a round that cannot be dispatched.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa
from alembic import command

from pharmacy_app.db import migrate
from pharmacy_app.db.engine import Database
from pharmacy_app.domain import gs1
from pharmacy_app.domain.errors import DomainError, Problem
from pharmacy_app.domain.limits import (
    MAX_BALANCE_DOSES,
    MAX_DOSES_PER_MOVEMENT,
    MAX_PACKS_PER_LINE,
    MAX_REFERENCE,
    MAX_USER_NAME,
    latest_expiry,
)
from pharmacy_app.domain.numbers import NotAWholeNumber, cell_whole_number, whole_number
from pharmacy_app.services import consumption, distribution, queries, receiving, reference, stock
from pharmacy_app.services.app import App, open_app
from pharmacy_app.services.consumption import ConsumptionEntry
from tests.helpers import balance, fingerprint, home_log
from tests.paperlog import Clock, PaperLog

STOCKED = """
2026-10-20 receive 412345 LM0001 exp 2027-03-31 10 packs   // 600 doses, 6 a vial
2026-10-20 site VC-LIM central "Vaccinationscenter Grænse"
2026-10-21 transfer LM0001 RH-APO -> VC-LIM 60
"""


@pytest.fixture
def log(app: App, clock: Clock) -> PaperLog:
    return home_log(app, clock, STOCKED)


def refused(app: App, action, code: str) -> DomainError:  # type: ignore[no-untyped-def]
    """The action is refused with ``code`` (and a message in both languages); nothing is
    written."""
    before = fingerprint(app.db)
    with pytest.raises(DomainError) as info:
        action()
    assert fingerprint(app.db) == before, "a refused action wrote something"
    assert code in [p.code for p in info.value.problems], info.value.text()
    assert info.value.text("en") != info.value.text("da")
    return info.value


# --------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("text", "danish", "expected"),
    [
        ("12", True, 12),
        (" 7 ", False, 7),
        ("1.200", True, 1200),
        ("1 200", True, 1200),
        ("1.200.000", True, 1_200_000),
        ("12,0", True, 12),
        ("12,00", True, 12),
        ("-3", True, -3),
        ("1.200", False, "not_whole"),  # a "," file does not say what the point is
        ("1.5", True, "not_whole"),  # never 15
        ("10.0", True, "not_whole"),  # never 100
        ("1,5", True, "not_whole"),
        ("1,000", True, "not_whole"),  # one in Danish, a thousand in English
        ("1e3", True, "not_whole"),
        ("1_000", True, "not_whole"),
        ("0x10", True, "not_whole"),
        ("1.20", True, "not_whole"),
        ("", True, "not_whole"),
        ("١٢", True, "not_ascii_digits"),  # Arabic-Indic
        ("۱۲", True, "not_ascii_digits"),  # Persian
        ("１２", True, "not_ascii_digits"),  # full-width
        ("1²", True, "not_ascii_digits"),  # '²'.isdigit() is True, int('²') raises
        ("9" * 16, True, "too_large"),
        ("9" * 5000, True, "too_large"),  # int() of this raises ValueError
    ],
)
def test_whole_numbers_are_read_without_guessing(
    text: str, danish: bool, expected: int | str
) -> None:
    if isinstance(expected, int):
        assert whole_number(text, danish=danish) == expected
        return
    with pytest.raises(NotAWholeNumber) as info:
        whole_number(text, danish=danish)
    assert info.value.reason == expected


def test_number_cells() -> None:
    assert cell_whole_number(12.0, danish=False) == 12
    assert cell_whole_number(7, danish=False) == 7
    for bad, reason in [
        (1.5, "not_whole"),
        (float("nan"), "not_whole"),
        (float("inf"), "not_whole"),
        (True, "not_whole"),
        (1e17, "too_large"),
        (10**20, "too_large"),
    ]:
        with pytest.raises(NotAWholeNumber) as info:
            cell_whole_number(bad, danish=True)
        assert info.value.reason == reason, bad


# --------------------------------------------------------------------------- quantities


def test_quantities_past_the_limits_are_refused(log: PaperLog) -> None:
    app = log.app
    lot = log.lots["LM0001"]
    refused(
        app,
        lambda: stock.receive(
            app, product="412345", batch="LM0002", expiry=date(2027, 3, 31), packs=10**17
        ),
        "packs_too_large",
    )
    refused(
        app,
        lambda: stock.receive(
            app,
            product="412345",
            batch="LM0002",
            expiry=date(2027, 3, 31),
            packs=MAX_PACKS_PER_LINE + 1,
        ),
        "packs_too_large",
    )
    refused(
        app,
        lambda: stock.transfer(
            app, lot_id=lot, from_code="RH-APO", to_code="VC-LIM", doses=MAX_DOSES_PER_MOVEMENT + 6
        ),
        "quantity_too_large",
    )
    refused(
        app,
        lambda: consumption.record(
            app, [ConsumptionEntry("VC-LIM", date(2026, 11, 2), lot, 2**62)]
        ),
        "consumption_doses_too_large",
    )
    draft = receiving.start(app, "FS-LIMIT")
    refused(
        app,
        lambda: receiving.add_line(
            app,
            draft.id,
            product="412345",
            batch="LM0003",
            expiry=date(2027, 3, 31),
            packs=10**9,
        ),
        "packs_too_large",
    )


def test_a_balance_never_passes_its_limit(log: PaperLog) -> None:
    """Two shipments of 2^62 doses overflowed SQLite's balance into a float; a balance
    near its limit now refuses what would take it past, with a message."""
    app = log.app
    lot = log.lots["LM0001"]
    with app.db.write() as s:  # as if the pharmacy had received a billion doses
        s.execute(
            sa.text("update stock_balance set doses = :d where lot_id = :lot and doses = 540"),
            {"d": MAX_BALANCE_DOSES - 100, "lot": lot},
        )
    error = refused(
        app,
        lambda: stock.receive(
            app, product="412345", batch="LM0001", expiry=date(2027, 3, 31), packs=2
        ),
        "balance_too_large",
    )
    assert "LM0001" in error.text("en") and f"{MAX_BALANCE_DOSES:,}" in error.text("en")
    stock.receive(app, product="412345", batch="LM0001", expiry=date(2027, 3, 31), packs=1)
    assert balance(app, "RH-APO", lot) == MAX_BALANCE_DOSES - 40


def test_the_database_refuses_quantities_past_the_limits(log: PaperLog) -> None:
    """The CHECK constraints of migration 0009, for a writer that bypasses the services."""
    app = log.app
    lot = log.lots["LM0001"]
    with app.db.read() as s:
        pharmacy, site = (
            s.execute(sa.text(f"select id from location where code = '{code}'")).scalar_one()
            for code in ("RH-APO", "VC-LIM")
        )
    statements = [
        (
            "insert into movement (kind, lot_id, from_location_id, to_location_id, doses, "
            "occurred_at, recorded_at, user_name, reference, note) values ('transfer', "
            f":lot, {pharmacy}, {site}, {MAX_DOSES_PER_MOVEMENT + 1}, :t, :t, 'x', '', '')"
        ),
        f"update stock_balance set doses = {MAX_BALANCE_DOSES + 1} where lot_id = :lot",
        (
            "insert into receipt (note_number, delivered_on, location_id, status, source, "
            f"created_by, created_at, comment) values ('FS-CK', '2026-11-02', {pharmacy}, "
            "'draft', 'typed', 'x', :t, '')"
        ),
    ]
    at = datetime(2026, 11, 2, 9)
    for statement in statements[:2]:
        with pytest.raises(sa.exc.IntegrityError), app.db.write() as s:
            s.execute(sa.text(statement), {"lot": lot, "t": at})
    with app.db.write() as s:
        s.execute(sa.text(statements[2]), {"t": at})
        receipt = s.execute(sa.text("select id from receipt where note_number = 'FS-CK'")).scalar()
    product = reference.list_products(app)[0].id
    with pytest.raises(sa.exc.IntegrityError), app.db.write() as s:
        s.execute(
            sa.text(
                "insert into receipt_line (receipt_id, line_no, product_id, batch, expiry, "
                "packs, condition, hold, hold_reason, note) values (:r, 1, :p, 'CK1', "
                f"'2027-03-31', {MAX_PACKS_PER_LINE + 1}, 'fridge', false, '', '')"
            ),
            {"r": receipt, "p": product},
        )
    assert queries.check_ledger(app).ok


def test_requested_doses_are_bounded(log: PaperLog) -> None:
    app = log.app
    product = next(p for p in reference.list_products(app) if p.varenummer == "412345")
    view = distribution.plan_round(
        app, planned_for=date(2026, 11, 3), site_codes=["VC-LIM"], product_ids=[product.id]
    )
    request = view.lists[0].requests[0]
    refused(
        app,
        lambda: distribution.set_requested(app, request.request_id, 6 * 10**12),
        "quantity_too_large",
    )


# --------------------------------------------------------------------------- dates


def test_implausible_expiry_and_delivery_dates(log: PaperLog) -> None:
    app = log.app
    today = date(2026, 11, 2)
    assert latest_expiry(today) == date(2036, 11, 2)
    for expiry in (date(9999, 12, 31), date(2037, 1, 1), date(1900, 1, 1)):
        refused(
            app,
            lambda expiry=expiry: stock.receive(
                app, product="412345", batch="LM0009", expiry=expiry, packs=1
            ),
            "expiry_implausible",
        )
    draft = receiving.start(app, "FS-DATES", delivered_on=today)
    view = receiving.add_line(
        app, draft.id, product="123456", batch="LM0010", expiry=date(9999, 12, 31), packs=1
    )
    assert [p.code for p in view.problems] == ["expiry_implausible"]
    refused(app, lambda: receiving.post(app, draft.id), "expiry_implausible")


# --------------------------------------------------------------------------- texts


def test_too_long_user_names_and_references_are_refused_on_both_engines(
    log: PaperLog, db_url: str, clock: Clock
) -> None:
    """A 101-character user name or a 300-character reference was stored on SQLite and
    gave a raw DataError on PostgreSQL; both now refuse it, before writing."""
    with pytest.raises(DomainError) as info:
        open_app(db_url, user="u" * (MAX_USER_NAME + 1), clock=clock)
    assert info.value.code == "text_too_long" and "101" in info.value.text("en")
    app = log.app
    refused(
        app,
        lambda: stock.receive(
            app,
            product="412345",
            batch="LM0001",
            expiry=date(2027, 3, 31),
            packs=1,
            reference="R" * 300,
        ),
        "text_too_long",
    )
    assert MAX_REFERENCE == 100
    # Every other text column: the guard before each flush names table and column.
    error = refused(
        app,
        lambda: reference.save_location(
            app, reference.LocationInfo(None, "VC-LONG", "N" * 250, "central", "1084")
        ),
        "text_too_long",
    )
    assert "location.name" in error.text("en") and "250" in error.text("da")
    # Exactly at the limit is fine.
    long_user = App(db=app.db, user="u" * MAX_USER_NAME, clock=app.clock)
    stock.receive(long_user, product="412345", batch="LM0001", expiry=date(2027, 3, 31), packs=1)


# --------------------------------------------------------------------------- the rest


def test_a_naive_datetime_is_refused_at_the_door(log: PaperLog) -> None:
    app = log.app
    naive = datetime(2026, 11, 2, 8, 0)
    for action in (
        lambda: stock.receive(
            app, product="412345", batch="LM0001", expiry=date(2027, 3, 31), packs=1,
            occurred_at=naive,
        ),
        lambda: stock.transfer(
            app, lot_id=log.lots["LM0001"], from_code="RH-APO", to_code="VC-LIM", doses=6,
            occurred_at=naive,
        ),
        lambda: receiving.thaw(
            app, lot_id=log.lots["LM0001"], location_code="RH-APO", doses=6, thawed_at=naive
        ),
    ):
        error = refused(app, action, "datetime_without_zone")
        assert "time zone" in error.text("en") and "tidszone" in error.text("da")
    # An aware moment is fine.
    stock.transfer(
        app, lot_id=log.lots["LM0001"], from_code="RH-APO", to_code="VC-LIM", doses=6,
        occurred_at=datetime(2026, 11, 2, 8, 0, tzinfo=UTC),
    )


def test_doses_per_vial_cannot_change_while_stock_is_held(log: PaperLog) -> None:
    app = log.app
    comirnaty = next(p for p in reference.list_products(app) if p.varenummer == "412345")
    error = refused(
        app,
        lambda: reference.save_product(app, replace(comirnaty, doses_per_unit=5)),
        "product_doses_per_unit_locked",
    )
    assert "600 doses" in error.text("en") and "RH-APO, VC-LIM" in error.text("en")
    # Other fields can change; a product nobody holds can change its doses per vial.
    reference.save_product(app, replace(comirnaty, name=comirnaty.name + " (ny)"))
    other = next(p for p in reference.list_products(app) if p.varenummer == "412346")
    assert reference.save_product(app, replace(other, doses_per_unit=2)).doses_per_unit == 2


def test_scan_without_group_separator_is_refused() -> None:
    glued = "]d2010704626412345417270331" + "10FX1234" + "21SERIAL0001"
    problem = gs1.interpret(glued)
    assert isinstance(problem, Problem) and problem.code == "scan_batch_implausible"
    assert problem.params["batch"] == "FX123421SERIAL0001"
    assert "separator" in problem.text("en") and "gruppeseparator" in problem.text("da")
    with_gs = gs1.interpret(glued.replace("21SERIAL", "\x1d21SERIAL"))
    assert not isinstance(with_gs, Problem)
    assert (with_gs.batch, with_gs.serial) == ("FX1234", "SERIAL0001")
    full = gs1.interpret("]d2010704626412345417270331" + "10" + "A" * 20 + "9012")
    assert isinstance(full, Problem) and full.code == "scan_batch_implausible"
    no_serial = gs1.interpret("]d201070462641234541727033110FX1234")
    assert not isinstance(no_serial, Problem) and no_serial.batch == "FX1234"


def test_a_round_that_cannot_be_dispatched_leaves_nothing(log: PaperLog) -> None:
    """Planning and dispatching is one transaction: an all-zero request left a draft."""
    app = log.app
    product = next(p for p in reference.list_products(app) if p.varenummer == "123456")

    def plan_and_dispatch() -> None:
        distribution.plan_round(
            app,
            planned_for=date(2026, 11, 3),
            site_codes=["VC-LIM"],
            requested={("VC-LIM", product.id): 0},
            dispatch=True,
        )

    refused(app, plan_and_dispatch, "distribution_round_empty")
    assert distribution.list_rounds(app) == []


def test_upgrade_to_0009_keeps_the_ledger_append_only(tmp_path, db_url: str) -> None:  # type: ignore[no-untyped-def]
    """Migration 0009 rebuilds the ledger table on SQLite: its append-only triggers and
    the rows pointing at it survive, and the new CHECKs hold."""
    clock = Clock(datetime(2026, 11, 2, 9, tzinfo=UTC))
    app = open_app(db_url, user="t", clock=clock)
    home_log(app, clock, STOCKED)
    draft = receiving.start(app, "FS-MIG")
    receiving.add_line(
        app, draft.id, product="123456", batch="MG1", expiry=date(2027, 5, 31), packs=2
    )
    receiving.post(app, draft.id)
    app.close()
    db = Database(db_url)
    config = migrate.alembic_config(db.write_engine)
    command.downgrade(config, "0006")
    command.upgrade(config, "head")
    before = fingerprint(db)
    with pytest.raises(sa.exc.DBAPIError) as info, db.write() as s:
        s.execute(sa.text("update movement set doses = 1"))
    assert "append-only" in str(info.value)
    with pytest.raises(sa.exc.IntegrityError), db.write() as s:
        s.execute(sa.text(f"update stock_balance set doses = {MAX_BALANCE_DOSES + 1}"))
    assert fingerprint(db) == before
    if db.is_sqlite:
        with db.read() as s:
            assert s.execute(sa.text("pragma foreign_keys")).scalar() == 1
            assert s.execute(sa.text("pragma foreign_key_check")).all() == []
    db.dispose()
    app = open_app(db_url, user="t", clock=clock)
    try:
        assert queries.check_ledger(app).ok
    finally:
        app.close()
