"""Held stock and thawing: held stock is in the ledger but cannot be picked until
released; thawing starts the thawed shelf life and never refreezes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from pharmacy_app.domain.errors import DomainError
from pharmacy_app.services import queries, receiving, reference, stock
from pharmacy_app.services.app import App
from tests.paperlog import Clock


def test_held_stock_is_in_the_ledger_but_cannot_be_picked(home: App) -> None:
    reference.save_location(
        home, reference.LocationInfo(None, "VC-HER", "Vaccinationscenter Herlev", "central", "1084")
    )
    r = receiving.start(home, "FS-HOLD")
    view = receiving.add_line(
        home, r.id, product="412350", batch="SP1", expiry=date(2027, 6, 30), packs=2, hold=True
    )
    assert [p.code for p in view.problems] == ["hold_reason_required"]
    receiving.update_line(home, view.lines[0].id, hold_reason="Temperaturlogger alarm")
    receiving.post(home, r.id)
    [row] = queries.stock_rows(home)
    assert row.held and row.location_kind_code == "quarantine"
    assert receiving.get(home, r.id).lines[0].location_code == "RH-APO-KAR"
    assert (row.location_code, row.location_kind, row.doses) == (
        "RH-APO-KAR",
        "Karantæne (tilbageholdt)",
        100,
    )
    for action in (
        lambda: stock.transfer(
            home, lot_id=row.lot_id, from_code="RH-APO-KAR", to_code="VC-HER", doses=50
        ),
        lambda: stock.administer(home, lot_id=row.lot_id, site_code="RH-APO-KAR", doses=1),
        lambda: receiving.thaw(home, lot_id=row.lot_id, location_code="RH-APO-KAR", doses=50),
    ):
        with pytest.raises(DomainError) as err:
            action()
        assert err.value.code == "held_stock"
    with pytest.raises(DomainError) as err:
        receiving.release(home, lot_id=row.lot_id, quarantine_code="RH-APO-KAR", doses=50, note=" ")
    assert err.value.code == "hold_reason_required"
    receiving.release(
        home, lot_id=row.lot_id, quarantine_code="RH-APO-KAR", doses=50, note="Logger OK"
    )
    stock.discard(
        home, lot_id=row.lot_id, location_code="RH-APO-KAR", doses=50, reason_code="TEMPERATURSVIGT"
    )
    rows = {(s.location_code, s.doses) for s in queries.stock_rows(home)}
    assert rows == {("RH-APO", 50)}
    kinds = [h.kind for h in queries.lot_history(home, row.lot_id).history]
    assert kinds == ["receipt", "release", "discard"]
    with pytest.raises(DomainError) as err:
        receiving.release(home, lot_id=row.lot_id, quarantine_code="RH-APO", doses=5, note="x")
    assert err.value.code == "not_quarantine"
    assert queries.check_ledger(home).ok


def test_thawing_starts_the_thawed_shelf_life_and_never_refreezes(home: App, clock: Clock) -> None:
    r = receiving.start(home, "FS-FROST")
    receiving.add_line(home, r.id, product="412345", batch="CZ9", expiry=date(2027, 6, 30), packs=2)
    receiving.add_line(
        home,
        r.id,
        product="412345",
        batch="CZ8",
        expiry=date(2027, 6, 30),
        packs=1,
        condition="fridge",
    )
    posted = receiving.post(home, r.id)
    thawed_on_arrival = posted.lines[1]
    assert thawed_on_arrival.thawed_on == clock.now.date()
    assert thawed_on_arrival.use_by == clock.now.date() + timedelta(days=70)
    frozen = next(s for s in queries.stock_rows(home) if s.batch == "CZ9")
    assert frozen.thawed_on is None and frozen.use_by == date(2027, 6, 30)

    with pytest.raises(DomainError) as err:
        receiving.thaw(home, lot_id=frozen.lot_id, location_code="RH-APO", doses=7)
    assert err.value.code == "quantity_not_whole_units"
    clock.advance(days=3)
    thawed = receiving.thaw(home, lot_id=frozen.lot_id, location_code="RH-APO", doses=60)
    rows = {(s.batch, s.thawed_on, s.use_by): s.doses for s in queries.stock_rows(home)}
    assert rows[("CZ9", None, date(2027, 6, 30))] == 60
    assert rows[("CZ9", date(2026, 11, 5), date(2027, 1, 14))] == 60
    with pytest.raises(DomainError) as err:
        receiving.thaw(home, lot_id=thawed.lot_id, location_code="RH-APO", doses=6)
    assert err.value.code == "already_thawed"
    flu = stock.receive(home, product="123456", batch="FL1", expiry=date(2027, 6, 30), packs=1)
    with pytest.raises(DomainError) as err:
        receiving.thaw(home, lot_id=flu.lot_id, location_code="RH-APO", doses=10)
    assert err.value.code == "not_a_frozen_product"
    # Thawing again on the same day adds to the same thawed part.
    again = receiving.thaw(home, lot_id=frozen.lot_id, location_code="RH-APO", doses=60)
    assert again.lot_id == thawed.lot_id
    history = queries.lot_history(home, thawed.lot_id).history
    assert [(h.kind, h.from_code, h.to_code) for h in history] == [("thaw", "THAW", "RH-APO")] * 2
    assert queries.check_ledger(home).ok


def test_thawed_stock_expires_on_its_own_use_by(home: App, clock: Clock) -> None:
    reference.save_location(
        home, reference.LocationInfo(None, "VC-HER", "Vaccinationscenter Herlev", "central", "1084")
    )
    r = receiving.start(home, "FS-T")
    receiving.add_line(home, r.id, product="412350", batch="SP9", expiry=date(2027, 6, 30), packs=1)
    receiving.post(home, r.id)
    lot = queries.stock_rows(home)[0].lot_id
    thawed = receiving.thaw(home, lot_id=lot, location_code="RH-APO", doses=50)
    clock.advance(days=31)  # Spikevax keeps 30 days thawed
    with pytest.raises(DomainError) as err:
        stock.transfer(home, lot_id=thawed.lot_id, from_code="RH-APO", to_code="VC-HER", doses=10)
    assert err.value.code == "lot_expired"
