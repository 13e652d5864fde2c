"""A place's storage equipment is replaced whole, refused with every problem at once,
logged as activity, and read back with what each class holds and how full it is."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from pharmacy_app.db import models as m
from pharmacy_app.domain import cold_chain as cc
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.services import reference, stock, storage_settings
from pharmacy_app.services.app import App
from pharmacy_app.services.receiving import thawing
from tests.helpers import table_digest

U, F, R, C = (
    cc.StorageClass.ULTRALOW,
    cc.StorageClass.FREEZER,
    cc.StorageClass.FRIDGE,
    cc.StorageClass.COOLBOX,
)


def _site(app: App, code: str = "RH-DC-LAEGE", kind: str = "decentral") -> None:
    reference.save_location(app, reference.LocationInfo(None, code, "Lægehuset", kind, "1084"))


def _rows(app: App, code: str) -> list[tuple[str, int | None, float | None]]:
    with app.db.read() as s:
        loc = s.scalars(select(m.Location).where(m.Location.code == code)).one()
        return sorted(
            (r.storage_class, r.capacity_packs, r.capacity_litres)
            for r in s.scalars(select(m.LocationStorage).where(m.LocationStorage.location_id == loc.id))
        )


def _activity(app: App, code: str) -> list[tuple[object, object]]:
    with app.db.read() as s:
        rows = s.scalars(
            select(m.Activity).where(m.Activity.subject == code).order_by(m.Activity.id)
        ).all()
        return [
            (json.loads(r.before) if r.before else None, json.loads(r.after) if r.after else None)
            for r in rows
        ]


def test_a_place_without_rows_has_its_kinds_default(app: App) -> None:
    _site(app, "RH-MOB-1", "mobile")
    view = storage_settings.storage_view(app, "RH-MOB-1")
    assert not view.place.recorded
    assert [c.storage_class for c in view.classes] == [C]
    assert (view.classes[0].low_c, view.classes[0].high_c) == (2, 8)
    pharmacy = storage_settings.storage_view(app, "RH-APO")
    assert [c.storage_class for c in pharmacy.classes] == [U, F, R]


def test_set_storage_replaces_the_whole_equipment_and_logs_it(app: App) -> None:
    _site(app)
    view = storage_settings.set_storage(app, "RH-DC-LAEGE", [("fridge", 6, None), (U, None, 40.0)])
    assert view.place.recorded
    assert [(c.storage_class, c.capacity_packs, c.capacity_litres) for c in view.classes] == [
        (U, None, 40.0),
        (R, 6, None),
    ]
    assert _rows(app, "RH-DC-LAEGE") == [("fridge", 6, None), ("ultralow", None, 40.0)]
    storage_settings.set_storage(app, "RH-DC-LAEGE", [("fridge", None, 120.5)])
    assert _rows(app, "RH-DC-LAEGE") == [("fridge", None, 120.5)]
    logged = [entry for entry in _activity(app, "RH-DC-LAEGE") if "storage" in (entry[1] or {})]
    assert logged == [
        (
            {"storage": "default: fridge"},
            {"storage": [
                {"class": "ultralow", "capacity_packs": None, "capacity_litres": 40.0},
                {"class": "fridge", "capacity_packs": 6, "capacity_litres": None},
            ]},
        ),
        (
            {"storage": [
                {"class": "ultralow", "capacity_packs": None, "capacity_litres": 40.0},
                {"class": "fridge", "capacity_packs": 6, "capacity_litres": None},
            ]},
            {"storage": [{"class": "fridge", "capacity_packs": None, "capacity_litres": 120.5}]},
        ),
    ]  # fmt: skip


def test_setting_what_a_place_has_changes_nothing(app: App) -> None:
    _site(app)
    storage_settings.set_storage(app, "RH-DC-LAEGE", [("fridge", 6, None)])
    before = len(_activity(app, "RH-DC-LAEGE"))
    storage_settings.set_storage(app, "RH-DC-LAEGE", [("FRIDGE", 6, None)])
    assert len(_activity(app, "RH-DC-LAEGE")) == before


def test_every_problem_is_reported_at_once_and_nothing_changes(app: App) -> None:
    _site(app)
    storage_settings.set_storage(app, "RH-DC-LAEGE", [("fridge", 6, None)])
    digest = table_digest(app, skip=("activity", "chain_head"))
    with pytest.raises(DomainError) as err:
        storage_settings.set_storage(
            app,
            "RH-DC-LAEGE",
            [("fryser", None, None), ("fridge", -1, None), ("ultralow", None, -2.5), ("ultralow", 1, None)],
        )
    codes = [p.code for p in err.value.problems]
    assert codes == [
        "storage_class_unknown",
        "storage_capacity_negative",
        "storage_capacity_negative",
        "storage_class_twice",
    ]
    texts = [p.text("da") for p in err.value.problems]
    assert "'fryser'" in texts[0] and "ultralow, freezer, fridge, coolbox" in texts[0]
    assert "køleskab (2–8 °C)" in texts[1] and "-1" in texts[1]
    with pytest.raises(DomainError) as err:
        storage_settings.set_storage(app, "RH-DC-LAEGE", [])
    assert [p.code for p in err.value.problems] == ["storage_classes_empty"]
    with pytest.raises(DomainError) as err:
        storage_settings.set_storage(app, "WASTED", [("fridge", None, None)])
    assert [p.code for p in err.value.problems] == ["storage_virtual_location"]
    with pytest.raises(DomainError) as err:
        storage_settings.set_storage(app, "NOWHERE", [("fridge", None, None)])
    assert [p.code for p in err.value.problems] == ["location_unknown"]
    assert table_digest(app, skip=("activity", "chain_head")) == digest
    assert _rows(app, "RH-DC-LAEGE") == [("fridge", 6, None)]


def test_the_view_shows_what_each_class_holds_and_its_fill(app: App) -> None:
    _site(app)
    storage_settings.set_storage(app, "RH-DC-LAEGE", [("fridge", 10, None)])
    # Comirnaty multidose: 60 doses a pack; a frozen lot thawed, influenza 10 a pack.
    frozen = stock.receive(
        app, product="412345", batch="FX1", expiry=date(2027, 6, 30), packs=4, to_location="RH-APO"
    )
    thawed = thawing.thaw(app, lot_id=frozen.lot_id, location_code="RH-APO", doses=120)
    stock.transfer(app, lot_id=thawed.lot_id, from_code="RH-APO", to_code="RH-DC-LAEGE", doses=120)
    flu = stock.receive(
        app, product="123456", batch="FL1", expiry=date(2027, 5, 1), packs=3, to_location="RH-APO"
    )
    stock.transfer(app, lot_id=flu.lot_id, from_code="RH-APO", to_code="RH-DC-LAEGE", doses=30)
    site = storage_settings.storage_view(app, "RH-DC-LAEGE")
    assert [c.storage_class for c in site.classes] == [R]
    fridge = site.classes[0]
    assert fridge.packs == pytest.approx(5.0) and fridge.fill == pytest.approx(0.5)
    assert {(lot.batch, lot.doses, lot.thawed_on is not None) for lot in fridge.lots} == {
        ("FX1", 120, True),
        ("FL1", 30, False),
    }
    thawed_lot = next(lot for lot in fridge.lots if lot.batch == "FX1")
    assert thawed_lot.use_by < thawed_lot.expiry  # the thawed clock, not the frozen expiry
    # The pharmacy keeps the frozen rest in its ultra-low freezer, no capacity: no fill level.
    apo = storage_settings.storage_view(app, "RH-APO")
    ultralow = next(c for c in apo.classes if c.storage_class is U)
    assert [(lot.batch, lot.doses) for lot in ultralow.lots] == [("FX1", 120)]
    assert ultralow.fill is None and ultralow.packs == pytest.approx(2.0)
    views = {v.code: v for v in storage_settings.storage_views(app)}
    assert views["RH-DC-LAEGE"] == site
    summaries = {s.code: s for s in storage_settings.storage_summaries(app)}
    assert summaries["RH-DC-LAEGE"].equipment == (cc.Equipment(R, 10, None),)


def test_a_site_saved_with_its_equipment_is_one_transaction(app: App) -> None:
    info = reference.LocationInfo(None, "RH-TMP-TEST", "Pop-up Test", "temporary", "1084")
    with pytest.raises(DomainError) as err:
        reference.save_location(app, info, [("fridge", -5, None)])
    assert [p.code for p in err.value.problems] == ["storage_capacity_negative"]
    assert "RH-TMP-TEST" not in {loc.code for loc in reference.list_locations(app)}
    reference.save_location(app, info, [("coolbox", 20, None), ("fridge", None, None)])
    assert _rows(app, "RH-TMP-TEST") == [("coolbox", 20, None), ("fridge", None, None)]
