"""FEFO allocation of whole units and distribution proposals: pure domain, no database."""

from __future__ import annotations

import math
import time
from collections import defaultdict
from datetime import date, timedelta
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pharmacy_app.domain import allocation as al
from pharmacy_app.domain.allocation import (
    Allocation,
    Need,
    Pick,
    Shortfall,
    StockLot,
    allocate,
    fair_shares,
    fefo_key,
    proposal_basis,
    propose_doses,
    usable_for,
)
from pharmacy_app.domain.catalog import UNIT_NAMES

ARRIVAL = date(2026, 11, 3)
VIAL = 6  # Comirnaty: 6 doses per vial
PRODUCT = 1
OTHER_PRODUCT = 2


def lot(
    lot_id: int,
    use_by: date,
    doses: int,
    *,
    batch: str | None = None,
    thawed: bool = False,
    product_id: int = PRODUCT,
) -> StockLot:
    return StockLot(lot_id, product_id, batch or f"B{lot_id}", use_by, thawed, doses)


def need(
    site: str,
    doses: int,
    *,
    rate: float | None = None,
    on_hand: int = 0,
    min_days_left: int = 1,
    unit: int = VIAL,
    arrival: date = ARRIVAL,
    product_id: int = PRODUCT,
) -> Need:
    return Need(site, product_id, doses, unit, arrival, rate, on_hand, min_days_left)


def day(offset: int) -> date:
    """The date ``offset`` days after arrival."""
    return ARRIVAL + timedelta(days=offset)


# --- FEFO order -------------------------------------------------------------------------


def test_a_need_takes_the_earliest_use_by_first() -> None:
    stock = [lot(1, day(28), 30), lot(2, day(42), 60), lot(3, day(17), 12)]
    result = allocate([need("VC-HER", 48)], stock)
    assert result.picks == (
        Pick("VC-HER", PRODUCT, 3, 12),
        Pick("VC-HER", PRODUCT, 1, 30),
        Pick("VC-HER", PRODUCT, 2, 6),
    )
    assert result.shortfalls == ()
    assert result.allocated("VC-HER", PRODUCT) == 48
    assert result.remaining(stock) == {1: 0, 2: 54, 3: 0}


def test_a_thawed_part_goes_first_among_equal_use_by() -> None:
    frozen = lot(1, day(20), 60, batch="AA")
    thawed = lot(2, day(20), 60, batch="ZZ", thawed=True)
    later_thawed = lot(3, day(21), 60, batch="A", thawed=True)
    assert sorted([later_thawed, frozen, thawed], key=fefo_key) == [thawed, frozen, later_thawed]
    result = allocate([need("VC-HER", 66)], [frozen, later_thawed, thawed])
    assert result.picks == (Pick("VC-HER", PRODUCT, 2, 60), Pick("VC-HER", PRODUCT, 1, 6))


def test_equal_use_by_and_state_go_by_batch_then_lot_id() -> None:
    a = lot(7, day(20), 6, batch="A")
    b1 = lot(5, day(20), 6, batch="B")
    b2 = lot(6, day(20), 6, batch="B")
    assert sorted([b2, a, b1], key=fefo_key) == [a, b1, b2]


def test_other_products_lots_are_not_taken() -> None:
    stock = [lot(1, day(5), 60, product_id=OTHER_PRODUCT), lot(2, day(30), 60)]
    result = allocate([need("VC-HER", 12)], stock)
    assert result.picks == (Pick("VC-HER", PRODUCT, 2, 12),)
    assert usable_for(need("VC-HER", 12), stock[0], 0) == 0


# --- What the site can use in time -------------------------------------------------------


def test_usable_for_follows_the_rate_days_left_and_what_the_site_holds() -> None:
    n = need("VC-HER", 120, rate=12.5, on_hand=10)
    # 3 days: floor(37.5) = 37 used before use-by; 10 held and 6 already picked: 21 -> 3 vials.
    assert usable_for(n, lot(1, day(3), 60), already=6) == 18
    # Capped by the lot, then by what the need still lacks.
    assert usable_for(n, lot(1, day(30), 16), already=0) == 12
    assert usable_for(n, lot(1, day(30), 600), already=102) == 18
    # Capacity used up: never negative.
    assert usable_for(n, lot(1, day(1), 60), already=0) == 0
    # Unknown rate: only the days-left rule.
    assert usable_for(need("VC-HER", 120), lot(1, day(1), 60), already=0) == 60


def test_nothing_is_counted_as_used_on_the_use_by_day() -> None:
    on_arrival_day = lot(1, day(0), 60)
    assert usable_for(need("X", 12, rate=100.0, min_days_left=0), on_arrival_day, 0) == 0
    assert usable_for(need("X", 12, min_days_left=0), on_arrival_day, 0) == 12
    assert usable_for(need("X", 12), on_arrival_day, 0) == 0  # default: at least 1 day left
    # A whole number from a float product (0.1 x 30 = 3.0000000000000004) is not lost.
    assert usable_for(need("X", 3, rate=0.1, unit=1), lot(1, day(30), 60), 0) == 3


def test_an_expired_lot_is_never_sent() -> None:
    expired = lot(1, day(-1), 60)
    assert usable_for(need("X", 12, min_days_left=0), expired, 0) == 0
    result = allocate([need("X", 12, min_days_left=0)], [expired])
    assert result.picks == ()
    assert result.shortfalls == (Shortfall("X", PRODUCT, 12, 0),)


def test_a_lot_the_site_cannot_use_in_time_is_skipped_and_the_next_used() -> None:
    # 2 doses a day: 5 days before the early lot's use-by is 10 doses, i.e. one vial.
    early, late = lot(1, day(5), 30), lot(2, day(89), 60)
    result = allocate([need("DS-ODD", 30, rate=2.0)], [early, late])
    assert result.picks == (Pick("DS-ODD", PRODUCT, 1, 6), Pick("DS-ODD", PRODUCT, 2, 24))
    # Holding 5 doses leaves room for 5 more before the early use-by: not a whole vial.
    result = allocate([need("DS-ODD", 30, rate=2.0, on_hand=5)], [early, late])
    assert result.picks == (Pick("DS-ODD", PRODUCT, 2, 30),)
    # The later lot is bounded too: floor(2 x 89) = 178 - 5 held = 173 -> 28 vials.
    result = allocate([need("DS-ODD", 300, rate=2.0, on_hand=5)], [early, late])
    assert result.picks == (Pick("DS-ODD", PRODUCT, 2, 60),)
    bigger = lot(2, day(89), 600)
    result = allocate([need("DS-ODD", 300, rate=2.0, on_hand=5)], [early, bigger])
    assert result.picks == (Pick("DS-ODD", PRODUCT, 2, 168),)
    assert result.shortfalls == (Shortfall("DS-ODD", PRODUCT, 300, 168),)


def test_a_known_rate_of_zero_takes_nothing() -> None:
    result = allocate([need("X", 12, rate=0.0)], [lot(1, day(100), 60)])
    assert result.picks == ()
    assert result.shortfalls[0].short == 12


def test_min_days_left_on_arrival() -> None:
    ten, fourteen = lot(1, day(10), 60), lot(2, day(14), 60)
    n = need("MOB-1", 12, min_days_left=14)
    assert usable_for(n, ten, 0) == 0
    assert usable_for(n, fourteen, 0) == 12
    assert allocate([n], [ten, fourteen]).picks == (Pick("MOB-1", PRODUCT, 2, 12),)
    # A later arrival has fewer days left.
    late = need("MOB-1", 12, min_days_left=14, arrival=day(1))
    assert allocate([late], [ten, fourteen]).picks == ()


def test_only_whole_vials_are_picked() -> None:
    part = lot(1, day(10), 10)  # one vial and a part of one
    result = allocate([need("VC-HER", 12)], [part, lot(2, day(20), 60)])
    assert result.picks == (Pick("VC-HER", PRODUCT, 1, 6), Pick("VC-HER", PRODUCT, 2, 6))
    assert result.remaining([part]) == {1: 4}
    with pytest.raises(ValueError, match="VC-HER.*10 doses is not a whole number of units of 6"):
        need("VC-HER", 10)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: need("X", -6), "requested doses must not be negative"),
        (lambda: need("X", 6, unit=0), "doses per unit must be at least 1"),
        (lambda: need("X", 6, on_hand=-1), "doses on hand must not be negative"),
        (lambda: need("X", 6, min_days_left=-1), "minimum days left must not be negative"),
        (lambda: need("X", 6, rate=math.nan), "rate must be a finite number"),
        (lambda: lot(1, day(1), -6), "lot 1 \\(B1\\): doses must not be negative"),
    ],
)
def test_bad_input_is_refused_with_a_reason(make, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        make()


def test_ambiguous_input_is_refused() -> None:
    with pytest.raises(ValueError, match="site X has more than one need for product 1"):
        allocate([need("X", 6), need("X", 12)], [])
    with pytest.raises(ValueError, match="lot 1 \\(B1\\) is listed more than once"):
        allocate([need("X", 6)], [lot(1, day(5), 6), lot(1, day(5), 6)])


# --- Shortage ---------------------------------------------------------------------------

SHORT_STOCK = [lot(1, day(10), 36), lot(2, day(20), 24)]  # 10 vials
SHORT_NEEDS = [need("VC-A", 60), need("VC-B", 30), need("VC-C", 12)]  # 17 vials


def test_shortage_in_priority_order() -> None:
    result = allocate(SHORT_NEEDS, SHORT_STOCK)
    assert result.picks == (Pick("VC-A", PRODUCT, 1, 36), Pick("VC-A", PRODUCT, 2, 24))
    assert result.shortfalls == (
        Shortfall("VC-B", PRODUCT, 30, 0),
        Shortfall("VC-C", PRODUCT, 12, 0),
    )
    assert [s.short for s in result.shortfalls] == [30, 12]


def test_shortage_split_fairly_one_vial_at_a_time() -> None:
    # Vial by vial to the lowest share (ties: given order): A B C A A B | A A B A.
    # A gets 6/10, B 3/5, C 1/2; each takes the earliest lot first.  Vials handed out one
    # by one come back merged into one pick per site and lot.
    result = allocate(SHORT_NEEDS, SHORT_STOCK, fair_split=True)
    assert result.picks == (
        Pick("VC-A", PRODUCT, 1, 18),
        Pick("VC-A", PRODUCT, 2, 18),
        Pick("VC-B", PRODUCT, 1, 12),
        Pick("VC-B", PRODUCT, 2, 6),
        Pick("VC-C", PRODUCT, 1, 6),
    )
    assert result.shortfalls == (
        Shortfall("VC-A", PRODUCT, 60, 36),
        Shortfall("VC-B", PRODUCT, 30, 18),
        Shortfall("VC-C", PRODUCT, 12, 6),
    )
    assert result.remaining(SHORT_STOCK) == {1: 0, 2: 0}
    # The same split as the proportional one.
    assert fair_shares([60, 30, 12], 60, VIAL) == [36, 18, 6]


def test_fair_split_ties_go_to_the_earlier_need() -> None:
    a, b, four_vials = need("VC-A", 12), need("VC-B", 24), [lot(1, day(10), 24)]
    # A 0 -> 1/2; B 0 -> 1/4 -> 1/2 (two vials in a row); at 1/2 each A, given first, wins.
    result = allocate([a, b], four_vials, fair_split=True)
    assert result.picks == (Pick("VC-A", PRODUCT, 1, 12), Pick("VC-B", PRODUCT, 1, 12))
    # B 0 -> 1/4 (given first); A 0 -> 1/2; B 1/4 -> 1/2; at 1/2 each B wins -> 3/4.
    result = allocate([b, a], four_vials, fair_split=True)
    assert result.picks == (Pick("VC-B", PRODUCT, 1, 18), Pick("VC-A", PRODUCT, 1, 6))
    # Three vials: A 1/2, B 1/4, B 1/2.
    result = allocate([a, b], [lot(1, day(10), 18)], fair_split=True)
    assert result.picks == (Pick("VC-A", PRODUCT, 1, 6), Pick("VC-B", PRODUCT, 1, 12))


def test_fair_split_leaves_a_need_limited_by_eligibility_to_the_others() -> None:
    # The mobile unit needs 14 days left: only the later lot (2 vials) is any good to it.
    stock = [lot(1, day(7), 24), lot(2, day(30), 12)]
    needs = [need("MOB-1", 36, min_days_left=14), need("VC-A", 36)]
    result = allocate(needs, stock, fair_split=True)
    # MOB-1 and VC-A alternate; VC-A takes the early lot first, MOB-1 only the later one.
    assert result.picks == (Pick("MOB-1", PRODUCT, 2, 12), Pick("VC-A", PRODUCT, 1, 24))
    assert result.shortfalls == (
        Shortfall("MOB-1", PRODUCT, 36, 12),
        Shortfall("VC-A", PRODUCT, 36, 24),
    )


def test_fair_split_only_when_the_product_is_short() -> None:
    stock = [lot(1, day(10), 36), lot(2, day(20), 60), lot(3, day(20), 12, product_id=2)]
    needs = [
        need("VC-A", 30),
        need("VC-B", 30),
        need("VC-A", 12, unit=1, product_id=2),
        need("VC-B", 24, unit=1, product_id=2),
    ]
    fair = allocate(needs, stock, fair_split=True)
    # Product 1 is covered: served in order, as without fair split.
    assert [p for p in fair.picks if p.product_id == PRODUCT] == [
        Pick("VC-A", PRODUCT, 1, 30),
        Pick("VC-B", PRODUCT, 1, 6),
        Pick("VC-B", PRODUCT, 2, 24),
    ]
    # Product 2 is short (12 of 36): one dose at a time to the lowest share.
    assert [p for p in fair.picks if p.product_id == 2] == [
        Pick("VC-A", 2, 3, 4),
        Pick("VC-B", 2, 3, 8),
    ]
    assert fair.allocated("VC-B", 2) == 8
    ordered = allocate(needs, stock)
    assert [p for p in ordered.picks if p.product_id == 2] == [
        Pick("VC-A", 2, 3, 12),
    ]


def test_no_needs_or_no_stock() -> None:
    assert allocate([], [lot(1, day(5), 6)]) == Allocation((), ())
    assert allocate([need("X", 0)], []) == Allocation((), ())
    assert allocate([need("X", 0)], [], fair_split=True) == Allocation((), ())
    result = allocate([need("X", 6)], [], fair_split=True)
    assert result.shortfalls == (Shortfall("X", PRODUCT, 6, 0),)


def test_allocation_is_deterministic() -> None:
    first = allocate(SHORT_NEEDS, SHORT_STOCK, fair_split=True)
    again = allocate(list(SHORT_NEEDS), list(reversed(SHORT_STOCK)), fair_split=True)
    assert first == again


# --- Proposals --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rate", "cover", "on_hand", "unit", "expected"),
    [
        (12.5, 14, 40, 6, 138),  # 175 - 40 = 135 -> 23 vials
        (3.0, 14, 0, 6, 42),  # exactly 7 vials
        (3.0, 14, 42, 6, 0),  # holds enough
        (3.0, 14, 100, 6, 0),  # holds more: never negative
        (None, 14, 0, 6, 0),  # unknown rate
        (0.0, 14, 0, 6, 0),
        (0.1, 30, 0, 1, 3),  # 3.0000000000000004 is 3 doses, not 4
        (1.1, 10, 0, 10, 20),  # 11 doses -> 2 units of 10
        (0.25, 7, 0, 6, 6),  # 1.75 -> 2 doses -> a whole vial
        (12.5, 0, 0, 6, 0),
    ],
)
def test_propose_doses_rounds_up_to_whole_units(rate, cover, on_hand, unit, expected) -> None:
    assert propose_doses(rate, cover, on_hand, unit) == expected


def test_propose_doses_refuses_bad_input() -> None:
    with pytest.raises(ValueError, match="days of cover"):
        propose_doses(1.0, -1, 0, 6)
    with pytest.raises(ValueError, match="doses per unit"):
        propose_doses(1.0, 14, 0, 0)
    with pytest.raises(ValueError, match="doses on hand"):
        propose_doses(1.0, 14, -6, 6)


def test_proposal_basis_in_english_and_danish() -> None:
    assert proposal_basis(12.5, 14, 40, 138, 6, "en") == (
        "Uses 12.5 doses a day; 14 days of cover is 175 doses; holds 40; "
        "proposed 138 (23 vials of 6)."
    )
    assert proposal_basis(12.5, 14, 40, 138, 6, "da") == (
        "Bruger 12,5 doser om dagen; 14 dages forbrug er 175 doser; har 40; "
        "foreslået 138 (23 hætteglas à 6)."
    )


def test_proposal_basis_for_an_unknown_rate() -> None:
    assert proposal_basis(None, 14, 40, 0, 6, "en") == (
        "No consumption recorded yet; enter the doses needed."
    )
    assert proposal_basis(None, 14, 40, 0, 6, "da") == (
        "Intet forbrug registreret endnu; angiv de doser, der skal bruges."
    )


def test_proposal_basis_numbers_units_and_singulars() -> None:
    syringe = UNIT_NAMES["prefilled syringe"]
    assert proposal_basis(1234.56, 14, 1000, 16284, 6, "en", unit_names=syringe) == (
        "Uses 1,234.6 doses a day; 14 days of cover is 17,284 doses; holds 1,000; "
        "proposed 16,284 (2,714 syringes of 6)."
    )
    assert proposal_basis(1234.56, 14, 1000, 16284, 6, "da", unit_names=syringe) == (
        "Bruger 1.234,6 doser om dagen; 14 dages forbrug er 17.284 doser; har 1.000; "
        "foreslået 16.284 (2.714 sprøjter à 6)."
    )
    assert proposal_basis(1.0, 1, 0, 6, 6, "en") == (
        "Uses 1 dose a day; 1 day of cover is 1 dose; holds 0; proposed 6 (1 vial of 6)."
    )
    assert proposal_basis(1.0, 1, 0, 6, 2, "da", unit_names=syringe) == (
        "Bruger 1 dosis om dagen; 1 dags forbrug er 1 dosis; har 0; foreslået 6 (3 sprøjter à 2)."
    )
    # One dose per unit: the units say nothing more.  A slow site does not read as 0.
    assert proposal_basis(0.25, 14, 0, 4, 1, "en") == (
        "Uses 0.25 doses a day; 14 days of cover is 4 doses; holds 0; proposed 4."
    )
    # Holding enough: nothing proposed, no units.
    assert proposal_basis(3.0, 14, 50, 0, 6, "da") == (
        "Bruger 3 doser om dagen; 14 dages forbrug er 42 doser; har 50; foreslået 0."
    )


def test_proposal_basis_refuses_bad_input() -> None:
    with pytest.raises(ValueError, match="language"):
        proposal_basis(1.0, 14, 0, 12, 6, "de")
    with pytest.raises(ValueError, match="proposed 10 doses is not a whole number"):
        proposal_basis(1.0, 14, 0, 10, 6, "en")


# --- Fair shares ------------------------------------------------------------------------


def test_fair_shares_by_largest_remainder() -> None:
    assert fair_shares([60, 30, 12], 60, 6) == [36, 18, 6]
    # 2 vials for 3 equal requests: equal remainders go to the earlier request.
    assert fair_shares([6, 6, 6], 12, 6) == [6, 6, 0]
    # Available doses are rounded down to whole units.
    assert fair_shares([12, 12], 17, 6) == [6, 6]
    # Enough for everyone: every request in full, never more.
    assert fair_shares([12, 30], 600, 6) == [12, 30]
    assert fair_shares([10, 20, 30], 30, 1) == [5, 10, 15]
    assert fair_shares([], 60, 6) == []
    assert fair_shares([0, 0], 60, 6) == [0, 0]
    assert fair_shares([12, 0], 0, 6) == [0, 0]


def test_fair_shares_refuses_bad_input() -> None:
    with pytest.raises(ValueError, match="request 2: 7 doses is not a whole number of units of 6"):
        fair_shares([6, 7], 60, 6)
    with pytest.raises(ValueError, match="available doses"):
        fair_shares([6], -1, 6)
    with pytest.raises(ValueError, match="doses per unit"):
        fair_shares([6], 6, 0)


# --- Properties -------------------------------------------------------------------------

UNITS = {1: 6, 2: 1, 3: 10}  # product -> doses per unit
SITES = ["VC-A", "VC-B", "DS-C", "MOB-D", "VC-E"]
RATES = st.one_of(
    st.none(), st.sampled_from([0.0, 0.1, 0.5, 1.0, 2.5, 12.5]), st.floats(0, 30, allow_nan=False)
)


@st.composite
def rounds(draw: st.DrawFn) -> tuple[list[Need], list[StockLot]]:
    products = draw(st.lists(st.sampled_from(sorted(UNITS)), min_size=1, max_size=2, unique=True))
    stock = []
    for lot_id in range(draw(st.integers(0, 7))):
        product = draw(st.sampled_from(products))
        unit = UNITS[product]
        doses = draw(st.integers(0, 12)) * unit + draw(st.integers(0, unit - 1))
        stock.append(
            StockLot(
                lot_id=100 + lot_id,
                product_id=product,
                batch=draw(st.sampled_from(["A1", "B2", "C3"])),
                use_by=day(draw(st.integers(-3, 40))),
                thawed=draw(st.booleans()),
                doses=doses,
            )
        )
    keys = draw(
        st.lists(
            st.tuples(st.sampled_from(SITES), st.sampled_from(products)), max_size=6, unique=True
        )
    )
    needs = [
        Need(
            site=site,
            product_id=product,
            doses=draw(st.integers(0, 15)) * UNITS[product],
            unit_doses=UNITS[product],
            arrival=day(draw(st.integers(0, 3))),
            rate_per_day=draw(RATES),
            on_hand=draw(st.integers(0, 20)),
            min_days_left=draw(st.integers(0, 10)),
        )
        for site, product in keys
    ]
    return needs, stock


def room(n: Need, lot: StockLot) -> float:
    """Doses the site can still use before ``lot``'s use-by, counted independently:
    ``floor(rate x days left)`` less what it holds (unbounded for an unknown rate)."""
    if n.rate_per_day is None:
        return math.inf
    left = (lot.use_by - n.arrival).days
    return (math.floor(n.rate_per_day * left + 1e-9) if left > 0 else 0) - n.on_hand


def in_time(n: Need, lot: StockLot) -> bool:
    left = (lot.use_by - n.arrival).days
    return lot.product_id == n.product_id and left >= 0 and left >= n.min_days_left


def picks_of(result: Allocation, n: Need) -> dict[int, int]:
    out: dict[int, int] = defaultdict(int)
    for p in result.picks:
        if (p.site, p.product_id) == (n.site, n.product_id):
            out[p.lot_id] += p.doses
    return out


def check_allocation(needs: list[Need], stock: list[StockLot], result: Allocation) -> None:
    by_id = {s.lot_id: s for s in stock}
    left = result.remaining(stock)
    # Never more of a lot than it holds; only lots that exist.
    assert all(doses >= 0 for doses in left.values())
    assert {p.lot_id for p in result.picks} <= set(by_id)
    # Picks are merged and never empty.
    keys = [(p.site, p.product_id, p.lot_id) for p in result.picks]
    assert len(keys) == len(set(keys))
    assert all(p.doses > 0 for p in result.picks)

    shortfalls = {(s.site, s.product_id): s for s in result.shortfalls}
    assert len(shortfalls) == len(result.shortfalls)
    for n in needs:
        got = picks_of(result, n)
        total = sum(got.values())
        # Whole units, never more than requested, and allocated + short == requested.
        assert all(d % n.unit_doses == 0 for d in got.values())
        assert total <= n.doses
        s = shortfalls.get((n.site, n.product_id))
        if total < n.doses:
            assert s == Shortfall(n.site, n.product_id, n.doses, total)
            assert s.allocated + s.short == n.doses
        else:
            assert s is None
        # Replayed in FEFO order, every pick is of the need's product, not expired, has the
        # days left asked for, and fits in what the site can use before its use-by.
        cumulative = 0
        for lot_id in sorted(got, key=lambda i: fefo_key(by_id[i])):
            lot = by_id[lot_id]
            assert in_time(n, lot)
            cumulative += got[lot_id]
            assert cumulative <= room(n, lot)
        # FEFO, and nothing usable left behind: no lot the need could still take a unit of
        # (counting what it took up to that lot) remains while the need took a later lot
        # or was left short.
        later_or_short = total < n.doses
        for lot in sorted(stock, key=fefo_key, reverse=True):
            up_to = sum(d for i, d in got.items() if fefo_key(by_id[i]) <= fefo_key(lot))
            could_take = (
                in_time(n, lot)
                and left[lot.lot_id] >= n.unit_doses
                and up_to + n.unit_doses <= room(n, lot)
                and up_to + n.unit_doses <= n.doses
            )
            assert not (could_take and later_or_short), (n, lot)
            if got.get(lot.lot_id):
                later_or_short = True
    # Not a single merged pick for an unrequested (site, product).
    requested = {(n.site, n.product_id) for n in needs}
    assert {(p.site, p.product_id) for p in result.picks} <= requested


@settings(max_examples=200, deadline=None)
@given(rounds(), st.booleans())
def test_allocation_invariants(case: tuple[list[Need], list[StockLot]], fair: bool) -> None:
    needs, stock = case
    result = allocate(needs, stock, fair_split=fair)
    check_allocation(needs, stock, result)
    assert allocate(needs, stock, fair_split=fair) == result
    for n in needs:
        for s in stock:
            assert usable_for(n, s, 0) % n.unit_doses == 0


@settings(max_examples=200, deadline=None)
@given(rounds())
def test_fair_split_shares_alike(case: tuple[list[Need], list[StockLot]]) -> None:
    """Among the needs of a short product that could use every one of its lots (unknown
    rate, enough days left), shares differ by at most one unit of the larger share."""
    needs, stock = case
    result = allocate(needs, stock, fair_split=True)
    short = {s.product_id for s in result.shortfalls}
    for product in short:
        lots = [s for s in stock if s.product_id == product]
        free = [
            n
            for n in needs
            if n.product_id == product
            and n.doses > 0
            and n.rate_per_day is None
            and all(in_time(n, lot) for lot in lots)
        ]
        share = {n.site: Fraction(result.allocated(n.site, product), n.doses) for n in free}
        for a in free:
            for b in free:
                assert share[a.site] - share[b.site] <= Fraction(a.unit_doses, a.doses), (a, b)


def unit_by_unit(needs: list[Need], stock: list[StockLot]) -> dict[tuple[str, int], int]:
    """The fair split as written: one unit at a time to the need with the lowest
    allocated/requested fraction that can still take one, from its earliest lot it can
    take one of (ties: given order).  Returns (site, lot_id) -> doses."""
    left = {s.lot_id: s.doses for s in stock}
    lots = sorted(stock, key=fefo_key)
    total = {n.site: 0 for n in needs}
    out: dict[tuple[str, int], int] = defaultdict(int)
    while True:
        candidates = []
        for order, n in enumerate(needs):
            for lot in lots:
                current = StockLot(
                    lot.lot_id, lot.product_id, lot.batch, lot.use_by, lot.thawed, left[lot.lot_id]
                )
                if usable_for(n, current, total[n.site]) >= n.unit_doses:
                    candidates.append((Fraction(total[n.site], n.doses), order, n, lot))
                    break
        if not candidates:
            return dict(out)
        _, _, n, lot = min(candidates, key=lambda c: (c[0], c[1]))
        out[(n.site, lot.lot_id)] += n.unit_doses
        left[lot.lot_id] -= n.unit_doses
        total[n.site] += n.unit_doses


@settings(max_examples=200, deadline=None)
@given(rounds())
def test_fair_split_is_the_unit_by_unit_hand_out(case: tuple[list[Need], list[StockLot]]) -> None:
    needs, stock = case
    result = allocate(needs, stock, fair_split=True)
    for product in {s.product_id for s in result.shortfalls}:
        mine = [n for n in needs if n.product_id == product]
        expected = unit_by_unit(mine, [s for s in stock if s.product_id == product])
        got = {(p.site, p.lot_id): p.doses for p in result.picks if p.product_id == product}
        assert got == expected


def test_fair_split_of_many_single_dose_units_is_quick() -> None:
    stock = [lot(i, day(10 + 3 * i), 5000, thawed=i % 2 == 0) for i in range(20)]
    needs = [
        need(f"S{i:02}", 10000 + 37 * i, unit=1, rate=None if i % 3 == 0 else 200.0 + i)
        for i in range(25)
    ]
    started = time.perf_counter()
    result = allocate(needs, stock, fair_split=True)
    assert time.perf_counter() - started < 5
    check_allocation(needs, stock, result)
    assert sum(p.doses for p in result.picks) == 100000
    shares = [Fraction(result.allocated(n.site, PRODUCT), n.doses) for n in needs]
    assert max(shares) - min(shares) <= Fraction(1, 10000)


@settings(max_examples=200, deadline=None)
@given(rounds())
def test_fair_split_is_priority_order_when_nothing_is_short(
    case: tuple[list[Need], list[StockLot]],
) -> None:
    needs, stock = case
    ordered = allocate(needs, stock)
    fair = allocate(needs, stock, fair_split=True)
    for product in {n.product_id for n in needs}:
        if not any(s.product_id == product for s in ordered.shortfalls):
            assert [p for p in fair.picks if p.product_id == product] == [
                p for p in ordered.picks if p.product_id == product
            ]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(0, 40), max_size=8),
    st.integers(0, 400),
    st.sampled_from([1, 2, 6, 10]),
)
def test_fair_shares_properties(units: list[int], available: int, unit: int) -> None:
    requests = [u * unit for u in units]
    shares = fair_shares(requests, available, unit)
    assert len(shares) == len(requests)
    assert sum(shares) == min(available // unit * unit, sum(requests))
    for share, request in zip(shares, requests, strict=True):
        assert 0 <= share <= request
        assert share % unit == 0
        if sum(units):
            # Within one unit of the exact proportional share.
            exact = Fraction(min(available // unit, sum(units)) * request, sum(units))
            assert abs(share - exact) < unit


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(st.none(), st.floats(0, 500, allow_nan=False)),
    st.integers(0, 60),
    st.integers(0, 2000),
    st.sampled_from([1, 2, 6, 10]),
)
def test_propose_doses_properties(rate: float | None, cover: int, on_hand: int, unit: int) -> None:
    proposed = propose_doses(rate, cover, on_hand, unit)
    assert proposed >= 0 and proposed % unit == 0
    if rate is None or rate == 0:
        assert proposed == 0
        return
    wanted = math.ceil(rate * cover - 1e-9)
    # Enough to cover the days, and not a whole unit more than that.
    assert on_hand + proposed >= wanted
    if proposed:
        assert on_hand + proposed - unit < wanted
    for language in ("da", "en"):
        assert proposal_basis(rate, cover, on_hand, proposed, unit, language).endswith(".")


def test_visit_proposal_rounds_up_what_the_visits_lack() -> None:
    assert al.visit_proposal(22, 0, 6) == 24
    assert al.visit_proposal(22, 4, 6) == 18
    assert al.visit_proposal(22, 30, 6) == 0
    assert al.visit_proposal(10, 3, 1) == 7
    with pytest.raises(ValueError):
        al.visit_proposal(-1, 0, 6)


def test_visit_basis_in_both_languages() -> None:
    assert al.visits_basis("COVID-19", 22, 2, 0, 24, 6).text("en") == (
        "Visits plan 22 doses of COVID-19 (2 visits); holds 0; proposed 24 (4 vials of 6)."
    )
    assert al.visits_basis("Influenza", 1, 1, 0, 1, 1).text("da") == (
        "Besøgene kræver 1 dosis Influenza (1 besøg); har 0; foreslået 1."
    )
