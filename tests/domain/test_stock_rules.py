"""The rules on a lot at a place on a day, checked on records alone: no database."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pharmacy_app.domain import stock_rules as rules
from pharmacy_app.domain.catalog import Location, Lot, Product, Recall
from pharmacy_app.domain.errors import DomainError, Problem
from pharmacy_app.domain.expiry import effective_use_by
from pharmacy_app.domain.messages.codes import Code
from pharmacy_app.domain.messages.render import render
from pharmacy_app.domain.messages.terms import Phrase, Term
from pharmacy_app.domain.types import LocationId, LotId, ProductId
from pharmacy_app.domain.waste_units import open_vial_problems

COMIRNATY = Product(ProductId(1), "412345", "Comirnaty", "covid-19", "vial", 6, 10, 70)
EXPIRY = date(2027, 3, 31)
LOT = Lot(LotId(7), COMIRNATY, "FA1234", EXPIRY, use_by=EXPIRY)


def place(kind: str | None, *, code: str = "X", region: str | None = "1084", virtual: bool = False) -> Location:
    return Location(
        LocationId(3), code, f"Place {code}", kind, is_virtual=virtual,
        holds_stock=not virtual, region_code=region,
    )


PHARMACY = place("pharmacy", code="APO")
QUARANTINE = place("quarantine", code="KAR")
SITE = place("central", code="VC1")
days = st.dates(min_value=date(2025, 1, 1), max_value=date(2029, 12, 31))


def codes(problems: list[Problem]) -> list[Code | str]:
    return [p.code for p in problems]


def test_stock_in_quarantine_is_held_elsewhere_not() -> None:
    assert codes(rules.held(LOT, QUARANTINE)) == [Code("held_stock")]
    assert rules.held(LOT, QUARANTINE)[0].params == {"batch": "FA1234", "location": "Place KAR"}
    assert rules.held(LOT, PHARMACY) == [] and rules.held(LOT, SITE) == []


@given(use_by=days, on=days)
def test_expired_exactly_after_the_use_by_day(use_by: date, on: date) -> None:
    lot = Lot(LotId(7), COMIRNATY, "FA1234", EXPIRY, use_by=use_by)
    problems = rules.expired(lot, on, Term.ACTION_GIVEN)
    assert bool(problems) == (on > use_by)
    if problems:
        assert problems[0].params["use_by"] == use_by and problems[0].params["when"] == on
        assert problems[0].params["action"] is Term.ACTION_GIVEN


@given(thawed=days, on=days)
def test_a_thawed_lot_expires_on_its_thawed_clock(thawed: date, on: date) -> None:
    use_by = effective_use_by(EXPIRY, thawed, COMIRNATY.thawed_shelf_life_days)
    lot = Lot(LotId(8), COMIRNATY, "FA1234", EXPIRY, use_by=use_by, thawed_on=thawed)
    assert bool(rules.expired(lot, on, Term.ACTION_GIVEN)) == (
        on > min(EXPIRY, thawed + timedelta(days=70))
    )


def test_a_recalled_lot_is_refused_with_who_when_and_why_in_local_time() -> None:
    assert rules.recalled(LOT, Term.ACTION_GIVEN) == []
    recall = Recall(at=datetime(2026, 11, 24, 23, 30, tzinfo=UTC), reason="temperature", by="kl")
    lot = Lot(LotId(7), COMIRNATY, "FA1234", EXPIRY, use_by=EXPIRY, recall=recall)
    sent = Phrase(Term.ACTION_SENT_TO, {"destination": "VC1"})
    [problem] = rules.recalled(lot, sent)
    assert problem.code == Code("lot_recalled")
    assert problem.params["when"] == "25-11-2026 00:30"  # Copenhagen, not UTC
    assert (problem.params["reason"], problem.params["by"], problem.params["action"]) == (
        "temperature", "kl", sent
    )


@given(doses=st.integers(min_value=1, max_value=600))
def test_whole_units_only_where_a_pharmacy_takes_part(doses: int) -> None:
    at_pharmacy = rules.whole_units_at_pharmacy(COMIRNATY, doses, SITE, PHARMACY)
    assert bool(at_pharmacy) == (doses % 6 != 0)
    assert rules.whole_units_at_pharmacy(COMIRNATY, doses, SITE, place("decentral")) == []


def test_site_allowed_names_the_place_its_kind_and_the_action() -> None:
    assert rules.site_allowed(PHARMACY, {"pharmacy"}, Term.ACTION_RECEIVING_FROM_SSI) == []
    [problem] = rules.site_allowed(SITE, {"pharmacy"}, Term.ACTION_RECEIVING_FROM_SSI)
    assert problem.params == {
        "location": "Place VC1", "kind": "central", "action": Term.ACTION_RECEIVING_FROM_SSI
    }


def test_region_site_refuses_pharmacy_quarantine_virtual_and_other_regions() -> None:
    assert rules.region_site(SITE, "1084") == []
    assert rules.region_site(SITE, None) == []
    whys = [
        rules.region_site(p, "1084")[0].params["why"]
        for p in (place("central", virtual=True), PHARMACY, QUARANTINE, place("central", region="1081"))
    ]
    assert whys[:3] == [Term.WHY_NOT_REAL_PLACE, Term.WHY_A_PHARMACY, Term.WHY_QUARANTINE]
    assert whys[3] == Phrase(Term.WHY_REGION, {"region": "1081"})


def test_no_doses_are_given_from_quarantine_named_by_row_and_field() -> None:
    [problem] = rules.held_for_consumption(QUARANTINE, row=4, field="Sted")
    assert problem.code == Code.CONSUMPTION_HELD_STOCK
    assert problem.params == {"row": 4, "field": "Sted", "site": "Place KAR"}
    assert render(problem, "en") == (
        "Row 4, Sted: Place KAR is a quarantine location; held stock cannot be given."
    )
    for elsewhere in (PHARMACY, SITE, place("mobile")):
        assert rules.held_for_consumption(elsewhere, row=4, field="Sted") == []


def test_doses_are_given_at_a_real_place_in_use_that_is_not_quarantine() -> None:
    assert rules.consumption_site(SITE, row=3, field="site_code") == []
    assert rules.consumption_site(PHARMACY, row=3, field="site_code") == []
    inactive = Location(
        LocationId(4), "VC9", "Place VC9", "central", is_virtual=False, holds_stock=True,
        region_code="1084", active=False,
    )
    old_quarantine = Location(
        LocationId(6), "KAR2", "Old KAR", "quarantine", is_virtual=False, holds_stock=True,
        active=False,
    )
    cases = [
        (place(None, code="ADM", virtual=True), Term.WHY_NOT_REAL_PLACE),
        (inactive, Term.WHY_NO_LONGER_IN_USE),
        (old_quarantine, Term.WHY_NO_LONGER_IN_USE),  # named no longer in use, not held
    ]
    for where, why in cases:
        [problem] = rules.consumption_site(where, row=3, field="site_code")
        assert problem.code == Code.CONSUMPTION_SITE_NOT_ALLOWED
        assert problem.params == {"row": 3, "field": "site_code", "site": where.name, "why": why}
    assert rules.consumption_site(QUARANTINE, row=3, field="site_code") == (
        rules.held_for_consumption(QUARANTINE, row=3, field="site_code")
    )


@given(use_by=days, day=days)
def test_doses_given_after_the_use_by_day_are_refused_by_row_and_field(
    use_by: date, day: date
) -> None:
    lot = Lot(LotId(7), COMIRNATY, "FA1234", EXPIRY, use_by=use_by)
    problems = rules.expired_when_given(lot, day, row=2, field="lot_id")
    assert bool(problems) == (day > use_by)
    if problems:
        [problem] = problems
        assert problem.code == Code.CONSUMPTION_LOT_EXPIRED
        assert problem.params == {
            "row": 2, "field": "lot_id", "batch": "FA1234", "product": "Comirnaty",
            "use_by": use_by, "day": day,
        }


def test_doses_given_on_the_use_by_day_itself_are_allowed() -> None:
    assert rules.expired_when_given(LOT, EXPIRY, row=1, field="lot_id") == []
    [problem] = rules.expired_when_given(LOT, EXPIRY + timedelta(days=1), row=1, field="lot_id")
    assert render(problem, "da") == (
        "Række 1, lot_id: batch FA1234 (Comirnaty) kunne anvendes til 31-03-2027 og kan "
        "ikke være givet den 01-04-2027."
    )


def test_a_round_goes_to_an_active_real_site_of_the_home_region() -> None:
    assert rules.round_site(SITE, "1084") == []
    assert rules.round_site(SITE, None) == []  # no home region: any region's site
    assert rules.round_site(place("central", region="1081"), None) == []
    inactive = Location(
        LocationId(4), "VC9", "Place VC9", "central", is_virtual=False, holds_stock=True,
        region_code="1084", active=False,
    )
    not_stock = Location(
        LocationId(5), "VC8", "Place VC8", "central", is_virtual=False, holds_stock=False,
        region_code="1084",
    )
    cases = [
        (place(None, code="ADM", virtual=True), Term.WHY_SITE_NOT_REAL),
        (not_stock, Term.WHY_SITE_NOT_REAL),
        (inactive, Term.WHY_SITE_INACTIVE),
        (PHARMACY, Term.WHY_SITE_PHARMACY),
        (QUARANTINE, Term.WHY_SITE_QUARANTINE),
        (
            place("decentral", code="DC1", region="1081"),
            Phrase(Term.WHY_SITE_OTHER_REGION, {"region": "1081", "home_region": "1084"}),
        ),
    ]
    for where, why in cases:
        assert rules.why_not_round_site(where, "1084") == why
        [problem] = rules.round_site(where, "1084")
        assert problem.code == Code.DISTRIBUTION_SITE_NOT_ALLOWED
        assert problem.params == {"site": f"{where.code} ({where.name})", "why": why}
    [other] = rules.round_site(place("decentral", code="DC1", region=None), "1084")
    assert render(other, "en") == (
        "DC1 (Place DC1) cannot get a distribution: it belongs to region -, not 1084."
    )


def test_an_inactive_quarantine_is_named_inactive_first() -> None:
    """The reasons come in a fixed order: not a real place, inactive, pharmacy,
    quarantine, other region."""
    old = Location(
        LocationId(6), "KAR2", "Old KAR", "quarantine", is_virtual=False, holds_stock=True,
        region_code="1081", active=False,
    )
    assert rules.why_not_round_site(old, "1084") == Term.WHY_SITE_INACTIVE


@given(use_by=days, on=days, is_recalled=st.booleans())
def test_pickable_when_neither_recalled_nor_expired_on_arrival(
    use_by: date, on: date, is_recalled: bool
) -> None:
    recall = Recall(at=datetime(2026, 1, 1, tzinfo=UTC)) if is_recalled else None
    lot = Lot(LotId(7), COMIRNATY, "FA1234", EXPIRY, use_by=use_by, recall=recall)
    why = rules.why_not_pickable(lot, on)
    if is_recalled:
        assert why is Term.WHY_LOT_RECALLED  # a recall is named before expiry
    elif on > use_by:
        assert why == Phrase(Term.WHY_LOT_EXPIRED_FOR_ROUND, {"use_by": use_by, "on": on})
    else:
        assert why is None


def test_refuse_raises_every_problem_and_passes_none() -> None:
    rules.refuse([])
    problems = rules.held(LOT, QUARANTINE) + rules.site_allowed(SITE, {"pharmacy"}, Term.ACTION_RECEIVED)
    with pytest.raises(DomainError) as err:
        rules.refuse(problems)
    assert err.value.problems == tuple(problems)


def test_a_batch_is_recalled_once_the_first_recall_stands() -> None:
    thawed = Lot(LotId(8), COMIRNATY, "FA1234", EXPIRY, use_by=EXPIRY, thawed_on=date(2026, 11, 1))
    assert rules.recalled_before([LOT, thawed]) == []
    recall = Recall(at=datetime(2026, 6, 1, 8, 0, tzinfo=UTC), reason="x", by="kl")
    done = Lot(LotId(8), COMIRNATY, "FA1234", EXPIRY, use_by=EXPIRY, recall=recall)
    [problem] = rules.recalled_before([LOT, done])
    assert problem.code == Code("lot_already_recalled")
    assert problem.params == {
        "batch": "FA1234", "product": "Comirnaty", "when": "01-06-2026 10:00", "by": "kl"
    }


@given(use_by=days, on=days)
def test_only_expired_stock_is_discarded_as_expired(use_by: date, on: date) -> None:
    lot = Lot(LotId(7), COMIRNATY, "FA1234", EXPIRY, use_by=use_by)
    problems = rules.usable_still(lot, SITE, on)
    assert bool(problems) == (on <= use_by)
    if problems:
        assert problems[0].params["use_by"] == use_by.strftime("%d-%m-%Y")


@given(doses=st.integers(min_value=1, max_value=20))
def test_open_vial_waste_is_at_a_site_and_at_most_one_vial(doses: int) -> None:
    assert codes(open_vial_problems(COMIRNATY, PHARMACY, doses)) == [Code("open_vial_at_pharmacy")]
    assert codes(open_vial_problems(COMIRNATY, QUARANTINE, doses)) == [Code("open_vial_at_pharmacy")]
    at_site = open_vial_problems(COMIRNATY, SITE, doses)
    assert codes(at_site) == ([Code("open_vial_too_many")] if doses > 6 else [])
