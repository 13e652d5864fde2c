"""The stock ledger through the real services, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from pharmacy_app.domain.errors import DomainError
from pharmacy_app.services import queries, reference, stock
from pharmacy_app.services.app import App
from tests.paperlog import Clock, PaperLog

BASE = """
2026-11-02 receive 412345 FX1234 exp 2027-03-31 2 packs ref FS-1   // 120 doses, 6 per vial
2026-11-02 receive 123456 FL2026A exp 2027-05-31 5 packs ref FS-1  // 50 doses, syringes
2026-11-02 site VC-HER central "Vaccinationscenter Herlev"
2026-11-02 site DC-FRB decentral "Sundhedshus Frederiksberg"
2026-11-03 transfer FX1234 RH-APO -> VC-HER 60
2026-11-03 transfer FL2026A RH-APO -> VC-HER 20
2026-11-04 give FX1234 VC-HER 5
2026-11-04 discard FX1234 VC-HER 1 ANBRUDT_HETTEGLAS
"""


@pytest.fixture
def log(app: App, clock: Clock) -> PaperLog:
    paper = PaperLog(app, clock)
    paper.run(BASE)
    return paper


def on_hand(app: App, location: str, batch: str) -> int:
    rows = queries.stock_rows(app, queries.StockFilter(text=batch))
    return sum(r.doses for r in rows if r.location_code == location and r.batch == batch)


def ledger_state(app: App) -> tuple[int, list[tuple[object, ...]]]:
    with app.db.read() as s:
        movements = s.execute(sa.text("select count(*) from movement")).scalar_one()
        balances = s.execute(
            sa.text("select location_id, lot_id, doses from stock_balance order by 1, 2")
        ).all()
    return movements, [tuple(b) for b in balances]


def assert_refused(app: App, code: str, action) -> DomainError:
    before = ledger_state(app)
    with pytest.raises(DomainError) as info:
        action()
    assert info.value.code == code, info.value.text()
    assert ledger_state(app) == before, "a refused action wrote something"
    assert info.value.text("en") and info.value.text("da")
    return info.value


def test_balances_follow_the_ledger(app: App, log: PaperLog) -> None:
    assert on_hand(app, "RH-APO", "FX1234") == 60
    assert on_hand(app, "VC-HER", "FX1234") == 54
    assert on_hand(app, "RH-APO", "FL2026A") == 30
    assert on_hand(app, "VC-HER", "FL2026A") == 20
    report = queries.check_ledger(app)
    assert report.ok, report.breaches
    assert report.movements == 6


def test_every_movement_records_who_when_what_and_reference(app: App, log: PaperLog) -> None:
    info = queries.lot_history(app, log.lots["FX1234"])
    assert info is not None
    kinds = [(h.kind, h.from_code, h.to_code, h.doses) for h in info.history]
    assert kinds == [
        ("receipt", "SSI", "RH-APO", 120),
        ("transfer", "RH-APO", "VC-HER", 60),
        ("administer", "VC-HER", "ADMINISTERED", 5),
        ("discard", "VC-HER", "WASTED", 1),
    ]
    assert all(h.user == "tester" for h in info.history)
    assert info.history[0].reference == "FS-1"
    assert info.history[3].reason_code == "ANBRUDT_HETTEGLAS"
    assert info.history[1].occurred_at.date() == date(2026, 11, 3)
    assert all(h.recorded_at >= h.occurred_at for h in info.history)


def test_reversal_restores_stock_and_points_at_the_original(app: App, log: PaperLog) -> None:
    given = log.posted[4]  # 5 doses given at VC-HER
    assert given.kind == "administer"
    rev = stock.reverse(app, movement_id=given.movement_id, note="entered twice")
    assert (rev.from_code, rev.to_code, rev.doses) == ("ADMINISTERED", "VC-HER", 5)
    assert on_hand(app, "VC-HER", "FX1234") == 59
    history = queries.lot_history(app, log.lots["FX1234"]).history
    assert history[2].reversed_by == rev.movement_id
    assert history[-1].reverses_id == given.movement_id
    assert_refused(
        app, "already_reversed", lambda: stock.reverse(app, movement_id=given.movement_id)
    )
    assert_refused(
        app, "cannot_reverse_reversal", lambda: stock.reverse(app, movement_id=rev.movement_id)
    )
    assert_refused(app, "movement_unknown", lambda: stock.reverse(app, movement_id=99999))
    assert queries.check_ledger(app).ok


def test_reversing_a_receipt_whose_stock_moved_on_is_refused(app: App, log: PaperLog) -> None:
    receipt = log.posted[0]
    err = assert_refused(
        app, "insufficient_stock", lambda: stock.reverse(app, movement_id=receipt.movement_id)
    )
    assert err.problems[0].params["on_hand"] == 60
    assert err.problems[0].params["requested"] == 120


@pytest.mark.parametrize("doses", [0, -6, 6.0, True])
def test_quantities_must_be_whole_positive_doses(app: App, log: PaperLog, doses) -> None:
    assert_refused(
        app,
        "quantity_not_positive",
        lambda: stock.transfer(
            app, lot_id=log.lots["FX1234"], from_code="RH-APO", to_code="DC-FRB", doses=doses
        ),
    )


def test_more_than_on_hand_is_refused_with_the_numbers(app: App, log: PaperLog) -> None:
    err = assert_refused(
        app,
        "insufficient_stock",
        lambda: stock.administer(app, lot_id=log.lots["FX1234"], site_code="VC-HER", doses=55),
    )
    assert err.problems[0].params["on_hand"] == 54
    assert "54" in err.text("da") and "55" in err.text("da")


def test_the_pharmacy_moves_whole_vials(app: App, log: PaperLog) -> None:
    err = assert_refused(
        app,
        "quantity_not_whole_units",
        lambda: stock.transfer(
            app, lot_id=log.lots["FX1234"], from_code="RH-APO", to_code="DC-FRB", doses=7
        ),
    )
    assert "hætteglas" in err.text("da")
    # A site may pass on part of a vial's doses to another site; the pharmacy may not.
    stock.transfer(app, lot_id=log.lots["FX1234"], from_code="VC-HER", to_code="DC-FRB", doses=7)
    assert_refused(
        app,
        "quantity_not_whole_units",
        lambda: stock.transfer(
            app, lot_id=log.lots["FX1234"], from_code="DC-FRB", to_code="RH-APO", doses=5
        ),
    )


def test_unknown_lot_location_reason(app: App, log: PaperLog) -> None:
    assert_refused(
        app,
        "lot_unknown",
        lambda: stock.transfer(app, lot_id=4242, from_code="RH-APO", to_code="VC-HER", doses=6),
    )
    assert_refused(
        app,
        "location_unknown",
        lambda: stock.transfer(
            app, lot_id=log.lots["FX1234"], from_code="RH-APO", to_code="NOWHERE", doses=6
        ),
    )
    assert_refused(
        app,
        "location_unknown",  # a virtual location is not a place to transfer to
        lambda: stock.transfer(
            app, lot_id=log.lots["FX1234"], from_code="RH-APO", to_code="WASTED", doses=6
        ),
    )
    assert_refused(
        app,
        "reason_unknown",
        lambda: stock.discard(
            app, lot_id=log.lots["FX1234"], location_code="VC-HER", doses=1, reason_code="OOPS"
        ),
    )
    assert_refused(
        app,
        "comment_required",
        lambda: stock.discard(
            app, lot_id=log.lots["FX1234"], location_code="VC-HER", doses=1, reason_code="ANDET"
        ),
    )
    assert_refused(
        app,
        "same_location",
        lambda: stock.transfer(
            app, lot_id=log.lots["FX1234"], from_code="VC-HER", to_code="VC-HER", doses=6
        ),
    )


def test_expired_lot_is_not_sent_to_a_site_or_given(app: App, clock: Clock) -> None:
    log = PaperLog(app, clock)
    log.run(
        """
        2026-11-02 receive 123457 OLD01 exp 2026-11-10 3 packs
        2026-11-02 site VC-HER central "Vaccinationscenter Herlev"
        2026-11-03 transfer OLD01 RH-APO -> VC-HER 10
        """
    )
    clock.advance(days=8)  # 2026-11-11: the lot expired yesterday
    assert_refused(
        app,
        "lot_expired",
        lambda: stock.transfer(
            app, lot_id=log.lots["OLD01"], from_code="RH-APO", to_code="VC-HER", doses=10
        ),
    )
    assert_refused(
        app,
        "lot_expired",
        lambda: stock.administer(app, lot_id=log.lots["OLD01"], site_code="VC-HER", doses=1),
    )
    # Expired stock can still come back to the pharmacy and be discarded.
    stock.transfer(app, lot_id=log.lots["OLD01"], from_code="VC-HER", to_code="RH-APO", doses=10)
    stock.discard(
        app, lot_id=log.lots["OLD01"], location_code="RH-APO", doses=30, reason_code="UDLOEBET"
    )
    assert on_hand(app, "RH-APO", "OLD01") == 0
    assert_refused(
        app,
        "lot_expired",
        lambda: stock.receive(
            app,
            product="123457",
            batch="OLD02",
            expiry=date(2026, 11, 1),
            packs=1,
            to_location="RH-APO",
        ),
    )


def test_a_known_batch_must_keep_its_expiry(app: App, log: PaperLog) -> None:
    assert_refused(
        app,
        "home_pharmacy_unset",
        lambda: stock.receive(
            app, product="412345", batch="FX1234", expiry=date(2027, 3, 31), packs=1
        ),
    )
    settings = reference.read_settings(app)
    reference.save_settings(app, reference.Settings(settings.backdate_window_days, "RH-APO"))
    assert_refused(
        app,
        "lot_expiry_mismatch",
        lambda: stock.receive(
            app, product="412345", batch="FX1234", expiry=date(2027, 4, 30), packs=1
        ),
    )
    assert_refused(
        app,
        "batch_invalid",
        lambda: stock.receive(
            app, product="412345", batch="bad batch!", expiry=date(2027, 4, 30), packs=1
        ),
    )
    assert_refused(
        app,
        "product_unknown",
        lambda: stock.receive(app, product="999999", batch="X1", expiry=date(2027, 4, 30), packs=1),
    )
    again = stock.receive(app, product="412345", batch="FX1234", expiry=date(2027, 3, 31), packs=1)
    assert again.lot_id == log.lots["FX1234"]
    assert on_hand(app, "RH-APO", "FX1234") == 120


def test_back_dating_within_the_window(app: App, log: PaperLog, clock: Clock) -> None:
    clock.set(clock.now + timedelta(days=3))  # 2026-11-07 09:00; yesterday's paper arrives
    yesterday = clock.now - timedelta(days=1)
    posted = stock.administer(
        app, lot_id=log.lots["FX1234"], site_code="VC-HER", doses=4, occurred_at=yesterday
    )
    assert posted.occurred_at == yesterday and posted.recorded_at == clock.now
    assert on_hand(app, "VC-HER", "FX1234") == 50
    assert_refused(
        app,
        "backdate_outside_window",
        lambda: stock.administer(
            app,
            lot_id=log.lots["FX1234"],
            site_code="VC-HER",
            doses=1,
            occurred_at=clock.now - timedelta(days=15),
        ),
    )
    assert_refused(
        app,
        "occurred_in_future",
        lambda: stock.administer(
            app,
            lot_id=log.lots["FX1234"],
            site_code="VC-HER",
            doses=1,
            occurred_at=clock.now + timedelta(hours=2),
        ),
    )


def test_back_dating_refused_when_the_balance_would_have_been_negative(
    app: App, log: PaperLog, clock: Clock
) -> None:
    # The site received its 60 doses on 2026-11-03.  Giving 10 doses on 2026-11-02 would
    # mean the site gave doses it did not yet have, even though it holds 54 today.
    clock.set(clock.now + timedelta(days=1))
    err = assert_refused(
        app,
        "balance_would_go_negative",
        lambda: stock.administer(
            app,
            lot_id=log.lots["FX1234"],
            site_code="VC-HER",
            doses=10,
            occurred_at=clock.now - timedelta(days=3),
        ),
    )
    assert err.problems[0].params["balance"] == -10
    # Dated after the delivery it is fine.
    stock.administer(
        app,
        lot_id=log.lots["FX1234"],
        site_code="VC-HER",
        doses=10,
        occurred_at=clock.now - timedelta(days=1),
    )
    assert queries.check_ledger(app).ok


def test_back_dating_refused_when_stock_arrived_only_later(
    app: App, log: PaperLog, clock: Clock
) -> None:
    # The site holds 54 doses after 2026-11-04 and gets 60 more on 2026-11-05, so 114 now.
    # Sending 100 onwards dated 2026-11-04 12:00 would need stock that had not yet arrived.
    log.line("2026-11-05 transfer FX1234 RH-APO -> VC-HER 60")
    assert on_hand(app, "VC-HER", "FX1234") == 114
    clock.advance(hours=1)
    err = assert_refused(
        app,
        "balance_would_go_negative",
        lambda: stock.transfer(
            app,
            lot_id=log.lots["FX1234"],
            from_code="VC-HER",
            to_code="DC-FRB",
            doses=100,
            occurred_at=clock.now - timedelta(hours=22),
        ),
    )
    assert err.problems[0].params["balance"] == 54 - 100
    stock.transfer(app, lot_id=log.lots["FX1234"], from_code="VC-HER", to_code="DC-FRB", doses=100)
    assert on_hand(app, "VC-HER", "FX1234") == 14
    assert queries.check_ledger(app).ok


def test_the_database_refuses_changes_to_the_ledger(app: App, log: PaperLog) -> None:
    for statement in (
        "update movement set doses = doses + 1",
        "delete from movement",
    ):
        with pytest.raises(DBAPIError, match="append-only"), app.db.write() as s:
            s.execute(sa.text(statement))
    assert queries.check_ledger(app).movements == 6


def test_the_database_refuses_a_negative_balance(app: App, log: PaperLog) -> None:
    with pytest.raises(DBAPIError, match="not_negative"), app.db.write() as s:
        s.execute(sa.text("update stock_balance set doses = -1"))
    assert queries.check_ledger(app).ok


def test_check_names_a_balance_that_differs_from_the_ledger(app: App, log: PaperLog) -> None:
    with app.db.write() as s:
        s.execute(
            sa.text(
                "update stock_balance set doses = doses + 6 where lot_id = :lot and doses = 54"
            ),
            {"lot": log.lots["FX1234"]},
        )
    report = queries.check_ledger(app)
    assert not report.ok
    [breach] = report.breaches
    assert breach.code == "balance_mismatch"
    assert breach.location == "VC-HER" and breach.batch == "FX1234"
    assert "60" in breach.detail and "54" in breach.detail


def test_stock_filters_and_sorting(app: App, log: PaperLog) -> None:
    everything = queries.stock_rows(app)
    assert len(everything) == 4
    assert [r.use_by for r in everything] == sorted(r.use_by for r in everything)
    flu = queries.stock_rows(app, queries.StockFilter(programme_code="influenza"))
    assert {r.batch for r in flu} == {"FL2026A"}
    site = [
        loc
        for loc in {r.location_id: r.location_code for r in everything}.items()
        if loc[1] == "VC-HER"
    ]
    at_site = queries.stock_rows(app, queries.StockFilter(location_id=site[0][0]))
    assert {r.batch for r in at_site} == {"FX1234", "FL2026A"}
    assert {
        r.location_code for r in queries.stock_rows(app, queries.StockFilter(text="herlev"))
    } == {"VC-HER"}
    assert queries.stock_rows(app, queries.StockFilter(text="%")) == []
    by_doses = queries.stock_rows(app, sort=queries.StockColumn.DOSES, descending=True)
    assert [r.doses for r in by_doses] == [60, 54, 30, 20]
    page = queries.stock_rows(app, sort=queries.StockColumn.DOSES, offset=1, limit=2)
    assert [r.doses for r in page] == [30, 54]
    summary = queries.stock_summary(app)
    assert (summary.rows, summary.doses, summary.lots, summary.locations) == (4, 164, 2, 2)
    fx = next(r for r in everything if r.batch == "FX1234" and r.location_code == "VC-HER")
    assert fx.packs == pytest.approx(0.9) and fx.units == 9
