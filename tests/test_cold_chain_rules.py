"""The cold-chain rules: which class keeps which product how, defaults, capacity."""

from __future__ import annotations

import pytest

from pharmacy_app.domain import cold_chain as cc

COMIRNATY = cc.ProductStorage(frozen=(-90, -60), fridge=(2, 8), pack_volume_ml=250)
SPIKEVAX = cc.ProductStorage(frozen=(-50, -15), fridge=(2, 8))
INFLUENZA = cc.ProductStorage(frozen=None, fridge=(2, 8), pack_volume_ml=100)
U, F, R, C = (
    cc.StorageClass.ULTRALOW,
    cc.StorageClass.FREEZER,
    cc.StorageClass.FRIDGE,
    cc.StorageClass.COOLBOX,
)


def test_an_ultralow_freezer_keeps_comirnaty_frozen_but_not_spikevax() -> None:
    assert cc.keeps_frozen(U, COMIRNATY)
    assert not cc.keeps_frozen(U, SPIKEVAX)  # −90 is below Spikevax's −50
    assert cc.keeps_frozen(F, SPIKEVAX)
    assert not cc.keeps_frozen(F, COMIRNATY)


def test_how_a_place_keeps_a_product() -> None:
    assert cc.keeping((R,), COMIRNATY) is cc.Keeping.COLD
    assert cc.keeping((U, R), COMIRNATY) is cc.Keeping.FROZEN
    assert cc.keeping((U,), INFLUENZA) is cc.Keeping.NONE
    assert cc.keeping((C,), INFLUENZA) is cc.Keeping.COLD
    assert cc.keeping((), INFLUENZA) is cc.Keeping.NONE


def test_a_lot_is_stored_frozen_only_until_thawed() -> None:
    assert cc.storing_class((U, F, R), COMIRNATY, thawed=False) is U
    assert cc.storing_class((U, F, R), SPIKEVAX, thawed=False) is F
    assert cc.storing_class((U, F, R), COMIRNATY, thawed=True) is R
    assert cc.storing_class((R, C), INFLUENZA, thawed=False) is R  # a fridge before a box


def test_defaults_by_kind_and_recorded_classes_in_order() -> None:
    assert cc.classes_or_default((), "pharmacy") == (U, F, R)
    assert cc.classes_or_default((), "mobile") == (C,)
    assert cc.classes_or_default((), "decentral") == (R,)
    assert cc.classes_or_default((), None) == (R,)
    assert cc.classes_or_default((R, U), "decentral") == (U, R)


def test_doses_that_fit_by_packs_and_litres() -> None:
    fridge = cc.Equipment(R, capacity_packs=10, capacity_litres=1.0)
    # 10 packs less 7.5 stored leaves 2.5 packs = 25 doses of a 10-dose pack ...
    by_packs = cc.doses_that_fit(
        fridge, packs_stored=7.5, litres_stored=0.0, doses_per_pack=10, pack_volume_ml=None
    )
    assert by_packs == 25
    # ... but 0.25 l free at 100 ml a pack is 2.5 packs too; 0.2 l is 2 packs.
    both = cc.doses_that_fit(
        fridge, packs_stored=7.5, litres_stored=0.8, doses_per_pack=10, pack_volume_ml=100
    )
    assert both == 20
    assert (
        cc.doses_that_fit(
            cc.Equipment(R), packs_stored=99, litres_stored=9, doses_per_pack=10, pack_volume_ml=1
        )
        is None
    )
    assert cc.fill_level(fridge, 5, 0.9) == pytest.approx(0.9)
    assert cc.fill_level(cc.Equipment(R), 5, 0.9) is None


def test_class_codes_are_parsed_and_unknown_ones_named() -> None:
    assert cc.parse_classes(["Fridge", "ultralow", "fridge"]) == (U, R)
    with pytest.raises(ValueError, match="'cellar'"):
        cc.parse_classes(["cellar"])
    with pytest.raises(ValueError):
        cc.Equipment(R, capacity_packs=-1)
