"""Pure domain rules: no database, no Qt."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pharmacy_app.domain.catalog import Product, check_batch
from pharmacy_app.domain.errors import DomainError, Problem
from pharmacy_app.domain.expiry import days_left, effective_use_by, is_expired
from pharmacy_app.domain.ledger import (
    LedgerRow,
    Step,
    check_doses,
    check_occurred,
    first_negative,
    project_balances,
)
from pharmacy_app.domain.types import ProductId, VirtualLocation

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
COMIRNATY = Product(ProductId(1), "412345", "Comirnaty", "covid-19", "vial", 6, 10, 70)


def test_effective_use_by_is_the_earlier_of_expiry_and_thawed_shelf_life() -> None:
    assert effective_use_by(date(2027, 3, 31), None, 70) == date(2027, 3, 31)
    assert effective_use_by(date(2027, 3, 31), date(2026, 11, 1), 70) == date(2027, 1, 10)
    assert effective_use_by(date(2026, 12, 1), date(2026, 11, 1), 70) == date(2026, 12, 1)
    assert effective_use_by(date(2027, 3, 31), date(2026, 11, 1), None) == date(2027, 3, 31)


def test_stock_is_usable_on_its_use_by_day_and_not_after() -> None:
    assert not is_expired(date(2026, 11, 25), date(2026, 11, 25))
    assert is_expired(date(2026, 11, 24), date(2026, 11, 25))
    assert days_left(date(2026, 12, 1), date(2026, 11, 25)) == 6


@pytest.mark.parametrize("bad", [0, -1, 1.5, 2.0, "3", None, True])
def test_doses_must_be_positive_ints(bad: object) -> None:
    with pytest.raises(DomainError) as err:
        check_doses(bad)
    assert err.value.code == "quantity_not_positive"


def test_whole_vials() -> None:
    COMIRNATY.check_whole_units(12)
    with pytest.raises(DomainError) as err:
        COMIRNATY.check_whole_units(13)
    assert err.value.problems[0].params["per_unit"] == 6
    assert COMIRNATY.doses_per_pack == 60
    assert COMIRNATY.packs(90) == 1.5


def test_back_dating_window() -> None:
    check_occurred(NOW - timedelta(days=14) + timedelta(minutes=1), NOW, 14)
    check_occurred(NOW + timedelta(minutes=4), NOW, 14)  # clock drift between workstations
    with pytest.raises(DomainError, match="14 days"):
        check_occurred(NOW - timedelta(days=15), NOW, 14)
    with pytest.raises(DomainError) as err:
        check_occurred(NOW + timedelta(hours=1), NOW, 14)
    assert err.value.code == "occurred_in_future"


def test_first_negative_replays_in_time_order_then_sequence() -> None:
    t = NOW
    steps = [
        Step(t + timedelta(hours=2), 3, -5),  # happened last
        Step(t, 1, 10),
        Step(t + timedelta(hours=1), 4, -8),  # back-dated: recorded after #3, happened before it
    ]
    # In time order: +10 -> 10, -8 -> 2, -5 -> -3.
    assert first_negative(steps) == (steps[0], -3)
    assert first_negative(steps[1:]) is None
    assert first_negative(steps, opening=3) is None
    # Equal times: the order of recording decides.
    assert first_negative([Step(t, 1, 5), Step(t, 2, -5)]) is None
    assert first_negative([Step(t, 2, 5), Step(t, 1, -5)]) == (Step(t, 1, -5), -5)


def test_project_balances_two_sides() -> None:
    rows = [LedgerRow(1, 100, 1, 60), LedgerRow(1, 1, 2, 24), LedgerRow(1, 2, 101, 5)]
    assert project_balances(rows) == {(100, 1): -60, (1, 1): 36, (2, 1): 19, (101, 1): 5}


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3), st.integers(1, 50)), max_size=40))
def test_projection_conserves_doses(moves: list[tuple[int, int, int]]) -> None:
    rows = [LedgerRow(7, a, b, n) for a, b, n in moves if a != b]
    assert sum(project_balances(rows).values()) == 0


@pytest.mark.parametrize("batch", ["FX1234", "FL2025A", "a-b.c/d_e", "X" * 20])
def test_valid_batches(batch: str) -> None:
    assert check_batch(f"  {batch} ") == batch


@pytest.mark.parametrize("batch", ["", "has space", "X" * 21, "æøå", "lot#1"])
def test_invalid_batches(batch: str) -> None:
    with pytest.raises(DomainError):
        check_batch(batch)


def test_a_domain_error_carries_every_problem() -> None:
    err = DomainError([Problem("lot_unknown", {"lot": 1}), Problem("lot_unknown", {"lot": 2})])
    assert err.text("en").splitlines() == ["Lot 1 is not known.", "Lot 2 is not known."]
    assert "Batch 2 kendes ikke." in err.text("da")


def test_only_in_transit_among_virtual_locations_holds_stock() -> None:
    assert [v for v in VirtualLocation if v.holds_stock] == [VirtualLocation.IN_TRANSIT]
