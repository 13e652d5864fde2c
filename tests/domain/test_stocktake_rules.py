"""The pure stocktake rules (``domain.stocktake``): storage, scopes that overlap, the
difference, when a second person must approve, and who may."""

from __future__ import annotations

from datetime import date

from pharmacy_app.domain import stocktake as rules
from pharmacy_app.domain.stocktake import LineFigures, ProductKind, Scope, Thresholds

COMIRNATY = ProductKind(1, "covid-19", frozenset({rules.FROZEN, rules.FRIDGE}))
VAXIGRIP = ProductKind(2, "influenza", frozenset({rules.FRIDGE}))
PRODUCTS = (COMIRNATY, VAXIGRIP)


def test_a_lot_of_a_frozen_product_is_in_the_freezer_until_thawed() -> None:
    assert rules.storage_of(True, None) == rules.FROZEN
    assert rules.storage_of(True, date(2026, 11, 2)) == rules.FRIDGE
    assert rules.storage_of(False, None) == rules.FRIDGE


def test_scopes_overlap_only_where_a_lot_could_be_in_both() -> None:
    whole = Scope()
    assert whole.whole and rules.overlaps(whole, Scope(programme_code="influenza"), PRODUCTS)
    assert not rules.overlaps(Scope("covid-19"), Scope("influenza"), PRODUCTS)
    assert rules.overlaps(Scope("covid-19"), Scope(product_id=1), PRODUCTS)
    assert not rules.overlaps(Scope(product_id=2), Scope("covid-19"), PRODUCTS)
    # The freezer and the fridge are counted apart; influenza is never frozen.
    assert not rules.overlaps(Scope(storage=rules.FROZEN), Scope(storage=rules.FRIDGE), PRODUCTS)
    assert not rules.overlaps(Scope(storage=rules.FROZEN), Scope("influenza"), PRODUCTS)
    assert rules.overlaps(Scope(storage=rules.FRIDGE), Scope("influenza"), PRODUCTS)


def test_the_difference_counts_what_moved_before_the_count() -> None:
    # 60 expected, 12 sent out during the count, 42 on the shelf: 6 missing.
    assert rules.difference(42, 60, -12) == -6
    assert rules.difference(41, 30, 10) == 1


def test_approval_above_the_doses_or_the_value_threshold() -> None:
    limits = Thresholds(doses=50, kroner=5000)
    assert not rules.needs_approval(-50, limits, None)
    assert rules.needs_approval(-51, limits, None)
    assert rules.needs_approval(51, limits, None)
    # With a price: 20 doses at 300 kr is 6,000 kr, above 5,000 kr.
    assert rules.needs_approval(20, limits, 30_000)
    assert not rules.needs_approval(10, limits, 30_000)


def line(diff: int, reason: str | None = "SVIND", text: str = "", by: str = "anna") -> LineFigures:
    return LineFigures("Comirnaty", "FX1234", diff, reason, text, by)


def test_posting_needs_reasons_and_a_second_person_who_neither_posts_nor_counted() -> None:
    limits = Thresholds(doses=10)

    def codes(lines: list[LineFigures], approver: str | None = None, poster: str = "anna") -> list[str]:
        found = rules.posting_problems(lines, limits, poster=poster, approved_by=approver)
        return [str(p.code) for p in found]

    assert codes([line(0, None), line(-3)]) == []
    assert codes([line(-3, None)]) == ["stocktake_reason_missing"]
    assert codes([line(2, "ANDET", " ")]) == ["stocktake_reason_text_missing"]
    assert codes([line(-30)]) == ["stocktake_approval_required"]
    assert codes([line(-30)], "ANNA ") == ["stocktake_approver_is_poster"]
    assert codes([line(-30, by="bo")], "bo") == ["stocktake_approver_is_counter"]
    assert codes([line(-30, by="bo"), line(-2, by="carl")], "carl") == []
    assert codes([line(-30, by="bo")], "carl") == []


def test_a_reason_must_be_known_and_andet_needs_a_text() -> None:
    assert rules.reason_problems(None, "", row=2, column="Årsag") == []
    assert rules.reason_problems("SVIND", "", row=2, column="Årsag") == []
    [unknown] = rules.reason_problems("GLEMT", "", row=2, column="Årsag")
    assert unknown.params["row"] == 2 and "TAELLEFEJL" in unknown.params["codes"]
    [text] = rules.reason_problems("ANDET", " ", row=3, column="Årsag")
    assert text.code == "stocktake_reason_text_required" and text.params["row"] == 3
    assert rules.threshold_problems(0, 0) == []
    assert rules.threshold_problems(-1, 0)
