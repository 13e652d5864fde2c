"""Products, sites and settings are data, edited in the app; every problem is reported at once."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from pharmacy_app.domain.errors import DomainError
from pharmacy_app.domain.messages.terms import Term
from pharmacy_app.services import reference, stock
from pharmacy_app.services.app import App

NEW_PRODUCT = reference.ProductInfo(
    id=None,
    varenummer="567890",
    gtin="07046265678908",
    programme_code="pneumococcal",
    name="Vaxneuvance (PCV15)",
    manufacturer="MSD",
    form="prefilled syringe",
    doses_per_unit=1,
    units_per_pack=10,
    thawed_shelf_life_days=None,
    in_use_hours_after_opening=None,
    min_remaining_shelf_life_days=30,
)


def test_a_new_product_can_be_added_received_and_edited(app: App) -> None:
    saved = reference.save_product(app, NEW_PRODUCT)
    assert saved.id is not None and saved.doses_per_pack == 10
    posted = stock.receive(
        app, product="567890", batch="PCV15A", expiry=date(2028, 1, 31), packs=3, to_location="RH-APO"
    )
    assert posted.doses == 30
    edited = reference.save_product(app, replace(saved, name="Vaxneuvance", units_per_pack=5))
    assert edited.id == saved.id
    names = {p.varenummer: p.name for p in reference.list_products(app)}
    assert names["567890"] == "Vaxneuvance"


def test_a_product_with_many_faults_reports_them_all(app: App) -> None:
    bad = replace(
        NEW_PRODUCT,
        varenummer="41-2345",
        gtin="07046265678907",  # wrong check digit
        doses_per_unit=0,
        name=" ",
        programme_code="nope",
    )
    with pytest.raises(DomainError) as err:
        reference.save_product(app, bad)
    fields = {p.params.get("field") for p in err.value.problems}
    assert {
        Term.FIELD_VARENUMMER, Term.FIELD_GTIN, Term.FIELD_DOSES_PER_UNIT, Term.FIELD_NAME,
        Term.FIELD_PROGRAMME,
    } <= fields  # fmt: skip
    assert all(p.varenummer != "41-2345" for p in reference.list_products(app))


def test_item_numbers_and_gtins_are_unique(app: App) -> None:
    with pytest.raises(DomainError) as err:
        reference.save_product(app, replace(NEW_PRODUCT, varenummer="412345", gtin="07046264123454"))
    assert [p.code for p in err.value.problems] == ["code_taken", "code_taken"]


def test_sites_can_be_added_edited_and_retired_when_empty(app: App) -> None:
    site = reference.save_location(
        app,
        reference.LocationInfo(None, "RH-MOB-1", "Udkørende team 1", "mobile", "1084", city="Hillerød"),
    )
    stock.receive(app, product="123456", batch="F1", expiry=date(2027, 5, 1), packs=1, to_location="RH-APO")
    lot = stock.receive(app, product="123456", batch="F1", expiry=date(2027, 5, 1), packs=1, to_location="RH-APO").lot_id
    stock.transfer(app, lot_id=lot, from_code="RH-APO", to_code="RH-MOB-1", doses=4)
    with pytest.raises(DomainError, match="4 doses"):
        reference.save_location(app, replace(site, active=False))
    stock.administer(app, lot_id=lot, site_code="RH-MOB-1", doses=4)
    retired = reference.save_location(app, replace(site, active=False, name="Udkørende team Nord"))
    assert not retired.active
    with pytest.raises(DomainError) as err:
        stock.transfer(app, lot_id=lot, from_code="RH-APO", to_code="RH-MOB-1", doses=1)
    assert err.value.code == "location_inactive"


def test_site_validation(app: App) -> None:
    with pytest.raises(DomainError) as err:
        reference.save_location(app, reference.LocationInfo(None, "bad code!", "", "castle", "9999"))
    codes = sorted(p.code for p in err.value.problems)
    assert codes == ["region_unknown", "value_invalid", "value_invalid", "value_required"]
    with pytest.raises(DomainError) as err:
        reference.save_location(app, reference.LocationInfo(None, "RH-APO", "Dup", "central", "1084"))
    assert err.value.code == "code_taken"


def test_settings_window_and_home_pharmacy(app: App) -> None:
    reference.save_settings(app, reference.Settings(7, "RH-APO"))
    assert reference.read_settings(app) == reference.Settings(7, "RH-APO")
    with pytest.raises(DomainError):
        reference.save_settings(app, reference.Settings(-1, "RH-APO"))
    reference.save_location(app, reference.LocationInfo(None, "VC-X", "Center X", "central", "1084"))
    with pytest.raises(DomainError, match="not a pharmacy"):
        reference.save_settings(app, reference.Settings(7, "VC-X"))
    assert reference.read_settings(app).backdate_window_days == 7


def test_gtin_check_digit() -> None:
    import json

    from pharmacy_app.paths import resources_dir

    catalog = json.loads((resources_dir() / "catalog.json").read_text(encoding="utf-8"))
    assert all(reference.gtin_check_digit_ok(p["gtin"]) for p in catalog["products"])
    assert not reference.gtin_check_digit_ok("07046261234567")
    assert not reference.gtin_check_digit_ok("123")


def test_a_short_name_is_kept_editable_and_unique(app: App) -> None:
    """Each product has its own short name (ignoring case); an empty one is made from the name."""
    products = {p.varenummer: p for p in reference.list_products(app)}
    multi, single = products["412345"], products["412346"]
    assert (multi.short_name, single.short_name) == ("Comirnaty 30 µg multidosis", "Comirnaty 30 µg enkeltdosis")
    saved = reference.save_product(app, replace(single, short_name="Comirnaty 30 µg 1-dosis"))
    assert saved.short_name == "Comirnaty 30 µg 1-dosis" and saved.name == single.name
    with pytest.raises(DomainError) as err:
        reference.save_product(app, replace(single, short_name="comirnaty 30 µg MULTIDOSIS"))
    assert err.value.code == "short_name_taken"
    assert multi.name in err.value.text("en")
    assert "korte navn" in err.value.text("da")
    assert {p.varenummer: p for p in reference.list_products(app)}["412346"].short_name == "Comirnaty 30 µg 1-dosis"
    emptied = reference.save_product(app, replace(single, short_name=""))
    assert emptied.short_name == "Comirnaty 30 µg enkeltdosis"
    # Seeding again (every start) keeps an edit.
    reference.save_product(app, replace(multi, short_name="Comirnaty multi"))
    reference.seed(app)
    assert {p.varenummer: p for p in reference.list_products(app)}["412345"].short_name == "Comirnaty multi"
