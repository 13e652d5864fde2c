"""Draft receipts and posting through the real services: nothing is stock until
posted, posting is whole, short-dated lots need confirmation, bad lines are refused."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from pharmacy_app.domain.errors import DomainError
from pharmacy_app.services import queries, receiving, stock
from pharmacy_app.services.app import App
from tests.paperlog import Clock
from tests.services.receiving.conftest import counts


def test_nothing_is_stock_until_posted_and_posting_is_whole(home: App) -> None:
    r = receiving.start(home, "FS-2026-0500")
    receiving.add_line(home, r.id, product="412345", batch="CZ9", expiry=date(2027, 6, 30), packs=2)
    receiving.add_line(home, r.id, product="123456", batch="FL9", expiry=date(2027, 6, 30), packs=5)
    bad = receiving.add_line(
        home, r.id, product="123457", batch="OLD", expiry=date(2026, 10, 1), packs=1
    )
    assert queries.stock_rows(home) == []
    assert [p.code for p in bad.problems] == ["lot_expired"]
    with pytest.raises(DomainError) as err:
        receiving.post(home, r.id)
    assert [p.code for p in err.value.problems] == ["lot_expired"]
    assert counts(home)[0] == 0 and queries.stock_rows(home) == []
    receiving.remove_line(home, bad.lines[-1].id)
    posted = receiving.post(home, r.id)
    assert posted.status == "posted" and posted.posted_by == "tester"
    assert all(line.lot_id and line.location_code == "RH-APO" for line in posted.lines)
    stock_now = {(s.location_code, s.batch): s.doses for s in queries.stock_rows(home)}
    assert stock_now == {("RH-APO", "CZ9"): 120, ("RH-APO", "FL9"): 50}
    history = queries.lot_history(home, queries.stock_rows(home)[0].lot_id).history
    assert history[0].reference == "FS-2026-0500" and history[0].from_code == "SSI"
    with pytest.raises(DomainError) as err:
        receiving.start(home, "FS-2026-0500")
    assert err.value.code == "note_already_received"
    with pytest.raises(DomainError) as err:
        receiving.add_line(
            home, r.id, product="123456", batch="X", expiry=date(2027, 1, 1), packs=1
        )
    assert err.value.code == "receipt_not_draft"
    assert queries.check_ledger(home).ok


def test_short_dated_lots_need_confirmation(home: App, clock: Clock) -> None:
    r = receiving.start(home, "FS-SHORT")
    view = receiving.add_line(
        home,
        r.id,
        product="123456",
        batch="SD1",
        expiry=clock.now.date() + timedelta(days=20),
        packs=1,
    )
    assert [w.code for w in view.warnings] == ["short_dated"]
    with pytest.raises(DomainError) as err:
        receiving.post(home, r.id)
    assert err.value.code == "short_dated" and "20" in err.value.text("da")
    assert counts(home)[0] == 0
    receiving.post(home, r.id, confirm_short_dated=True)
    assert counts(home)[0] == 1


def test_a_known_batch_with_another_expiry_is_refused_at_the_line(home: App) -> None:
    stock.receive(home, product="123456", batch="FLX", expiry=date(2027, 5, 31), packs=1)
    r = receiving.start(home, "FS-X")
    view = receiving.add_line(
        home, r.id, product="123456", batch="FLX", expiry=date(2027, 6, 30), packs=1
    )
    assert [p.code for p in view.lines[0].problems] == ["lot_expiry_mismatch"]


def test_bad_typed_lines_are_refused(home: App) -> None:
    r = receiving.start(home, "FS-BAD")
    for kwargs, code in (
        (dict(product="999999", batch="A", expiry=date(2027, 1, 1), packs=1), "product_unknown"),
        (dict(product="123456", batch="A B", expiry=date(2027, 1, 1), packs=1), "batch_invalid"),
        (
            dict(product="123456", batch="A", expiry=date(2027, 1, 1), packs=0),
            "quantity_not_positive",
        ),
        (
            dict(product="123456", batch="A", expiry=date(2027, 1, 1), packs=1, condition="warm"),
            "condition_unknown",
        ),
    ):
        with pytest.raises(DomainError) as err:
            receiving.add_line(home, r.id, **kwargs)
        assert err.value.code == code
    with pytest.raises(DomainError) as err:
        receiving.start(home, "   ")
    assert err.value.code == "note_number_invalid"
    assert receiving.get(home, r.id).lines == []
    with pytest.raises(DomainError) as err:
        receiving.post(home, r.id)
    assert err.value.code == "receipt_empty"
