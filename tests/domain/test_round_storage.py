"""The pure rules of a round and the sites' storage: a site that keeps a frozen product
only cold sees frozen lots by their thawed use-by (FEFO and use in time), and equipment
with a capacity caps what a round sends, shared by the products kept in it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from pharmacy_app.domain import allocation as al
from pharmacy_app.domain import cold_chain as cc
from pharmacy_app.domain.round_storage import Room, RoomLimit, thawed_use_by, thaws_on_dispatch

ARRIVAL = date(2026, 11, 2)
COMIRNATY = cc.ProductStorage(frozen=(-90, -60), fridge=(2, 8))
VAXIGRIP = cc.ProductStorage(frozen=None, fridge=(2, 8))


def test_thawed_use_by_is_the_earlier_of_expiry_and_the_shelf_life() -> None:
    assert thawed_use_by(date(2027, 6, 30), ARRIVAL, 70) == date(2027, 1, 11)
    assert thawed_use_by(date(2026, 12, 1), ARRIVAL, 70) == date(2026, 12, 1)
    assert thawed_use_by(date(2027, 6, 30), ARRIVAL, None) == date(2027, 6, 30)


def test_which_places_thaw_on_dispatch() -> None:
    fridge = cc.keeping([cc.StorageClass.FRIDGE], COMIRNATY)
    ultralow = cc.keeping([cc.StorageClass.ULTRALOW, cc.StorageClass.FRIDGE], COMIRNATY)
    assert thaws_on_dispatch(fridge, COMIRNATY) and not thaws_on_dispatch(ultralow, COMIRNATY)
    assert not thaws_on_dispatch(cc.keeping([cc.StorageClass.FRIDGE], VAXIGRIP), VAXIGRIP)
    spikevax = cc.ProductStorage(frozen=(-50, -15), fridge=(2, 8))
    assert thaws_on_dispatch(
        cc.keeping([cc.StorageClass.ULTRALOW, cc.StorageClass.FRIDGE], spikevax), spikevax
    )


def lot(lot_id: int, use_by: date, doses: int, *, thawed: bool = False, thaws_to: date | None = None) -> al.StockLot:
    return al.StockLot(lot_id, 1, f"B{lot_id}", use_by, thawed, doses, thaws_to)


# A frozen lot late, a thawed part, a frozen lot sooner; thawed on 02-11 they end on 11-01.
FROZEN_LATE = lot(1, date(2027, 6, 30), 60, thaws_to=date(2027, 1, 11))
THAWED = lot(2, date(2027, 1, 20), 60, thawed=True)
FROZEN_SOON = lot(3, date(2027, 3, 1), 60, thaws_to=date(2027, 1, 11))


def need(doses: int, *, thaws: bool, rate: float | None = None, **kw) -> al.Need:
    return al.Need("S", 1, doses, 6, ARRIVAL, rate, thaws=thaws, **kw)


def test_fefo_for_a_site_that_thaws_uses_the_thawed_use_by() -> None:
    stock = [FROZEN_LATE, THAWED, FROZEN_SOON]
    frozen = al.allocate([need(60, thaws=False)], stock)
    assert [p.lot_id for p in frozen.picks] == [THAWED.lot_id]  # 20-01 before 01-03
    thawing = al.allocate([need(60, thaws=True)], stock)
    # Thawed today both frozen lots end 11-01, before the thawed part: the earlier
    # frozen expiry first.
    assert [p.lot_id for p in thawing.picks] == [FROZEN_SOON.lot_id]
    both = al.allocate([need(120, thaws=True)], stock)
    assert [(p.lot_id, p.doses) for p in both.picks] == [(3, 60), (1, 60)]
    assert al.use_by_for(need(6, thaws=True), FROZEN_LATE) == date(2027, 1, 11)
    assert al.use_by_for(need(6, thaws=False), FROZEN_LATE) == date(2027, 6, 30)
    assert al.use_by_for(need(6, thaws=True), THAWED) == THAWED.use_by


@pytest.mark.parametrize("fair_split", [False, True])
def test_a_slow_site_gets_what_it_uses_in_the_thawed_shelf_life(fair_split: bool) -> None:
    # 1 dose a day, 2 held: 70 days thawed -> 68 doses, 11 vials; frozen: all 120.
    stock = [lot(1, date(2027, 6, 30), 240, thaws_to=date(2027, 1, 11))]
    slow = al.allocate([need(120, thaws=True, rate=1.0, on_hand=2)], stock, fair_split=fair_split)
    assert slow.allocated("S", 1) == 66 and slow.shortfalls[0].room is None
    kept_frozen = al.allocate([need(120, thaws=False, rate=1.0, on_hand=2)], stock, fair_split=fair_split)
    assert kept_frozen.allocated("S", 1) == 120


def test_a_room_too_small_for_all_is_shared_alike() -> None:
    fridge = cc.Equipment(cc.StorageClass.FRIDGE, capacity_packs=3)
    rooms = {("S", cc.StorageClass.FRIDGE): Room(fridge, packs_stored=1.0)}
    stock = [
        al.StockLot(1, 1, "C1", date(2027, 6, 30), False, 600, date(2027, 1, 11)),
        al.StockLot(2, 2, "V1", date(2027, 6, 30), False, 100),
    ]
    comirnaty = al.Need("S", 1, 66, 6, ARRIVAL, None, thaws=True, room=cc.StorageClass.FRIDGE, doses_per_pack=60)
    vaxigrip = al.Need("S", 2, 20, 1, ARRIVAL, None, room=cc.StorageClass.FRIDGE, doses_per_pack=10)
    result = al.allocate([comirnaty, vaxigrip], stock, rooms=rooms)
    # 2 packs free for 66 doses of Comirnaty (1.1 packs) and 20 syringes (2 packs): each
    # gets 2 / 3.1 = 64.5 % of its need, in whole units: 7 vials (42 doses, 0.7 packs)
    # and 12 syringes (1.2 packs).  Served in turn, the Comirnaty would have taken its
    # 1.1 packs and left the syringes 9.
    part = 2 / 3.1
    assert result.allocated("S", 1) == 42 and result.allocated("S", 2) == 12
    short_c, short_v = result.shortfalls
    assert (short_c.product_id, short_c.requested, short_c.allocated) == (1, 66, 42)
    assert short_c.room == RoomLimit(cc.StorageClass.FRIDGE, 2.0, None, 42, part)
    assert (short_v.product_id, short_v.requested, short_v.allocated) == (2, 20, 12)
    assert short_v.room == RoomLimit(cc.StorageClass.FRIDGE, 1.3, None, 12, part)
    # What fits is not shared: 1 pack free holds 6 syringes and 0.4 packs of Comirnaty.
    rooms = {("S", cc.StorageClass.FRIDGE): Room(fridge, packs_stored=2.0)}
    small = replace(comirnaty, doses=24)
    few = replace(vaxigrip, doses=6)
    result = al.allocate([small, few], stock, rooms=rooms)
    assert (result.allocated("S", 1), result.allocated("S", 2), result.shortfalls) == (24, 6, ())
    # A room counted in litres shares by the packs' volume; a product without a known
    # volume takes no litres and is not cut.
    box = cc.Equipment(cc.StorageClass.COOLBOX, capacity_litres=1.0)
    in_box = {("S", cc.StorageClass.COOLBOX): Room(box)}
    a = al.Need("S", 1, 60, 6, ARRIVAL, None, thaws=True, room=cc.StorageClass.COOLBOX, doses_per_pack=60, pack_volume_ml=1000.0)
    b = al.Need("S", 2, 30, 1, ARRIVAL, None, room=cc.StorageClass.COOLBOX, doses_per_pack=10, pack_volume_ml=500.0)
    result = al.allocate([a, b], stock, rooms=in_box)
    # 1 litre for 1 + 1.5 litres: 40 % each: 4 vials (24 doses, 0.4 l), 12 syringes (0.6 l).
    assert (result.allocated("S", 1), result.allocated("S", 2)) == (24, 12)
    unknown = replace(b, pack_volume_ml=None)
    result = al.allocate([a, unknown], stock, rooms=in_box)
    assert (result.allocated("S", 1), result.allocated("S", 2)) == (60, 30)


    # Whole vials only: with 1 pack free, 66 doses of Comirnaty are cut to 60.
    rooms = {("S", cc.StorageClass.FRIDGE): Room(fridge, packs_stored=2.0)}
    result = al.allocate([comirnaty], stock, rooms=rooms)
    assert result.allocated("S", 1) == 60 and result.shortfalls[0].room is not None
    # No room at all: nothing, with the reason.
    rooms = {("S", cc.StorageClass.FRIDGE): Room(fridge, packs_stored=3.0)}
    (short,) = al.allocate([vaxigrip], stock, rooms=rooms).shortfalls
    assert short.allocated == 0 and short.room is not None and short.room.packs_free == 0


def test_a_room_in_litres_counts_the_pack_volume() -> None:
    box = cc.Equipment(cc.StorageClass.COOLBOX, capacity_litres=1.0)
    room = Room(box)
    assert room.doses_that_fit(10, 250.0) == 40  # 4 packs of 250 ml
    assert room.doses_that_fit(10, None) is None  # no volume known: litres do not limit
    assert room.after(20, 10, 250.0).litres_stored == pytest.approx(0.5)
    stock = [al.StockLot(1, 1, "V1", date(2027, 6, 30), False, 100)]
    n = al.Need("S", 1, 60, 1, ARRIVAL, None, room=cc.StorageClass.COOLBOX, doses_per_pack=10, pack_volume_ml=250.0)
    (short,) = al.allocate([n], stock, rooms={("S", cc.StorageClass.COOLBOX): room}).shortfalls
    assert short.allocated == 40 and short.room is not None and short.room.litres_free == 1.0
