"""Rebalancing stock at risk: the pure rules on cases worked by hand, the explanation in
both languages, then the services on SQLite and PostgreSQL and the command line."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from pharmacy_app.db import models as m
from pharmacy_app.domain import rebalance as rb
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.domain.localtime import LOCAL_TZ
from pharmacy_app.services import queries, rebalance, transfers
from pharmacy_app.services.app import App, open_app
from tests.helpers import balance, give_storage, home_log, iso_days_from, set_home, trust_sender
from tests.paperlog import Clock, CountingClock, PaperLog
from tests.test_cli import cli

TODAY = date(2026, 11, 2)
PRODUCT = 1


def day(n: int) -> date:
    return TODAY + timedelta(days=n)


def donor(code: str, lot: int, use_by: date, at_risk: int, kind: str = "central", unit: int = 1) -> rb.Donor:
    return rb.Donor(code, kind, PRODUCT, lot, f"B{lot}", use_by, at_risk, unit)


def receiver(code: str, rate: float, *stock: tuple[date, int], kind: str = "decentral") -> rb.Receiver:
    return rb.Receiver(code, kind, PRODUCT, rate, tuple(rb.Stock(u, d) for u, d in stock))


def moves(proposals: list[rb.Proposal]) -> list[tuple[str, str, int, int, str]]:
    return [(p.from_code, p.to_code, p.lot_id, p.doses, p.kind) for p in proposals]


# --------------------------------------------------------------------------- pure rules


def test_two_sites_the_spare_one_takes_the_doses_at_risk() -> None:
    # VC-A has 40 doses of lot 1 at risk, use-by in 10 days.  DC-B uses 5 a day and holds
    # 20 doses expiring in 30 days: by day 10 it can use floor(5 x 10) = 50, none of its
    # own stock expires first, and its own 20 still fit by day 30 (150 - 20 = 130 spare).
    # Spare 50 >= 40 at risk: all 40 move.
    found = rb.propose([donor("VC-A", 1, day(10), 40)], [receiver("DC-B", 5.0, (day(30), 20))], TODAY)
    assert found == [
        rb.Proposal(1, PRODUCT, "B1", day(10), "VC-A", "DC-B", 40, 40, 5.0, 10, rb.SITE, "central", 1)
    ]


def test_never_more_than_the_spare_capacity_nor_more_than_at_risk() -> None:
    # Rate 2.5 for 10 days: floor(25) = 25; 8 of its own doses expire on day 4 and are
    # used first (room floor(2.5 x 4) = 10 by day 4): 25 - 8 = 17 can still come.  The
    # other 23 no one in the region can use; they rank first, having more doses.
    found = rb.propose([donor("VC-A", 1, day(10), 40)], [receiver("DC-B", 2.5, (day(4), 8))], TODAY)
    assert moves(found) == [
        ("VC-A", rb.OTHER_REGION_CODE, 1, 23, rb.OTHER_REGION),
        ("VC-A", "DC-B", 1, 17, rb.SITE),
    ]
    # A receiver with room for 500 still gets only the 40 at risk.
    found = rb.propose([donor("VC-A", 1, day(10), 40)], [receiver("DC-B", 50.0)], TODAY)
    assert moves(found) == [("VC-A", "DC-B", 1, 40, rb.SITE)]


def test_a_receiver_that_cannot_use_it_in_time_gets_nothing() -> None:
    # DC-LATE uses 2 a day but already holds 100 doses that expire on day 20: floor(2 x 20)
    # = 40 of them are used, 60 are at risk already.  Every dose it took of lot 1 would
    # push one of its own out: no spare.  DC-ZERO uses nothing.  So nobody in the region
    # takes lot 1: it is proposed for another region.
    found = rb.propose(
        [donor("VC-A", 1, day(10), 30)],
        [receiver("DC-LATE", 2.0, (day(20), 100)), receiver("DC-ZERO", 0.0)],
        TODAY,
        pharmacy_code="RH-APO",
    )
    assert moves(found) == [("VC-A", rb.OTHER_REGION_CODE, 1, 30, rb.OTHER_REGION)]
    # Stock that expires today cannot be used anywhere after the move either.
    found = rb.propose([donor("VC-A", 2, day(0), 12)], [receiver("DC-B", 50.0)], TODAY)
    assert moves(found) == [("VC-A", rb.OTHER_REGION_CODE, 2, 12, rb.OTHER_REGION)]


def test_moved_doses_never_push_the_receivers_own_stock_past_its_use_by() -> None:
    # DC-B uses 10 a day and holds 80 doses expiring on day 10 (room 100: all used).
    # Lot 1 (use-by day 5) could fit floor(10 x 5) = 50 by day 5, but then only 50 of the
    # 80 own doses would be used by day 10.  The slack at day 10 is 100 - 80 = 20: 20 move,
    # and all 100 doses at DC-B are used by day 10.
    found = rb.propose([donor("VC-A", 1, day(5), 50)], [receiver("DC-B", 10.0, (day(10), 80))], TODAY)
    assert moves(found) == [
        ("VC-A", rb.OTHER_REGION_CODE, 1, 30, rb.OTHER_REGION),
        ("VC-A", "DC-B", 1, 20, rb.SITE),
    ]


def test_earlier_proposals_use_up_a_receivers_capacity() -> None:
    # DC-B: 4 a day.  Lot 1 (day 5, 15 at risk): room floor(4 x 5) = 20 -> 15 move.
    # Lot 2 (day 10, 30 at risk at another site): room 40, of which lot 1's 15 are used
    # first -> 25 move; 5 are left and go to another region (no pharmacy given).
    found = rb.propose(
        [donor("VC-A", 2, day(10), 30), donor("VC-C", 1, day(5), 15)],
        [receiver("DC-B", 4.0)],
        TODAY,
    )
    assert sorted(moves(found)) == sorted(
        [
            ("VC-C", "DC-B", 1, 15, rb.SITE),
            ("VC-A", "DC-B", 2, 25, rb.SITE),
            ("VC-A", rb.OTHER_REGION_CODE, 2, 5, rb.OTHER_REGION),
        ]
    )


def test_the_receiver_with_most_room_wins_then_same_kind_then_code() -> None:
    # Room by day 10: DC-B 30, VC-X 30, DC-A 30; 12 at risk at a central site.
    # Equal room: the central one (VC-X) wins over the decentral ones.
    receivers = [
        receiver("DC-B", 3.0),
        receiver("VC-X", 3.0, kind="central"),
        receiver("DC-A", 3.0),
    ]
    assert moves(rb.propose([donor("VC-A", 1, day(10), 12)], receivers, TODAY)) == [
        ("VC-A", "VC-X", 1, 12, rb.SITE)
    ]
    # Without a central receiver, the lower code.
    assert moves(rb.propose([donor("VC-A", 1, day(10), 12)], receivers[::2], TODAY)) == [
        ("VC-A", "DC-A", 1, 12, rb.SITE)
    ]
    # More room beats kind: DC-B with 4 a day (40) takes it.
    receivers[0] = receiver("DC-B", 4.0)
    assert moves(rb.propose([donor("VC-A", 1, day(10), 12)], receivers, TODAY)) == [
        ("VC-A", "DC-B", 1, 12, rb.SITE)
    ]
    # A site never receives its own stock.
    assert rb.propose([donor("VC-A", 1, day(10), 12)], [receiver("VC-A", 9.0)], TODAY)[0].kind == (
        rb.OTHER_REGION
    )


def test_the_pharmacy_takes_what_no_single_site_can_in_whole_vials() -> None:
    # 30 doses at risk (6 a vial), use-by day 10.  Room by day 10: S1 floor(1.2 x 10) = 12,
    # S2 10, S3 9.  S1 takes 12 -> 18 left; no single site takes 18, but S2 + S3 have 19:
    # 18 doses (3 vials) go back to the pharmacy, whose sites use 1.0 + 0.9 a day.
    found = rb.propose(
        [donor("VC-A", 1, day(10), 30, unit=6)],
        [receiver("S1", 1.2), receiver("S2", 1.0), receiver("S3", 0.9)],
        TODAY,
        pharmacy_code="RH-APO",
    )
    assert moves(found) == [
        ("VC-A", "RH-APO", 1, 18, rb.PHARMACY),
        ("VC-A", "S1", 1, 12, rb.SITE),
    ]
    assert found[0].receiver_rate == pytest.approx(1.9)
    # 20 at risk: S1 takes 12, 8 left; S2 + S3 have 19 room: whole vials -> 6 doses go to
    # the pharmacy; the last 2 are part of a vial and cannot be moved anywhere.
    found = rb.propose(
        [donor("VC-A", 1, day(10), 20, unit=6)],
        [receiver("S1", 1.2), receiver("S2", 1.0), receiver("S3", 0.9)],
        TODAY,
        pharmacy_code="RH-APO",
    )
    assert moves(found) == [
        ("VC-A", "S1", 1, 12, rb.SITE),
        ("VC-A", "RH-APO", 1, 6, rb.PHARMACY),
    ]
    # Less room than a vial in the sites together: no pharmacy proposal; one whole vial
    # of the 8 left is offered to another region.
    found = rb.propose(
        [donor("VC-A", 1, day(10), 20, unit=6)],
        [receiver("S1", 1.2), receiver("S2", 0.5)],
        TODAY,
        pharmacy_code="RH-APO",
    )
    assert moves(found) == [
        ("VC-A", "S1", 1, 12, rb.SITE),
        ("VC-A", rb.OTHER_REGION_CODE, 1, 6, rb.OTHER_REGION),
    ]


def test_from_the_pharmacy_whole_vials_only() -> None:
    # 40 at risk at the pharmacy, a site with room for 50: 40 is 6 vials and 4 doses;
    # 36 doses (6 vials) move; the 4 in a part vial cannot travel and are not proposed.
    found = rb.propose(
        [donor("RH-APO", 1, day(10), 40, kind="pharmacy", unit=6)], [receiver("DC-B", 5.0)], TODAY
    )
    assert moves(found) == [("RH-APO", "DC-B", 1, 36, rb.SITE)]


def test_between_sites_whole_vials_only() -> None:
    # 40 at risk at VC-A in vials of 6, DC-B has room for 50: 6 vials (36 doses) move;
    # with room for only 20, 3 vials (18 doses), and 3 more vials (18) are offered to
    # another region; the 4 doses of the part vial stay where they are.
    found = rb.propose([donor("VC-A", 1, day(10), 40, unit=6)], [receiver("DC-B", 5.0)], TODAY)
    assert moves(found) == [("VC-A", "DC-B", 1, 36, rb.SITE)]
    found = rb.propose([donor("VC-A", 1, day(10), 40, unit=6)], [receiver("DC-B", 2.0)], TODAY)
    assert moves(found) == [
        ("VC-A", "DC-B", 1, 18, rb.SITE),
        ("VC-A", rb.OTHER_REGION_CODE, 1, 18, rb.OTHER_REGION),
    ]


def test_proposals_are_ranked_by_doses_saved_then_use_by() -> None:
    found = rb.propose(
        [
            donor("VC-A", 1, day(20), 10),
            donor("VC-B", 2, day(5), 10),
            donor("VC-C", 3, day(8), 25),
        ],
        [receiver("DC-X", 100.0)],
        TODAY,
    )
    assert [(p.lot_id, p.doses) for p in found] == [(3, 25), (2, 10), (1, 10)]
    assert all(p.doses_saved == p.doses for p in found)


def test_explanation_in_both_languages() -> None:
    """Dates and numbers as each language writes them: 12-12-2026 and 6,2 in Danish,
    2026-12-12 and 6.2 in English (as the window shows them)."""
    p = rb.Proposal(
        7, PRODUCT, "FX1234", date(2026, 12, 12), "DC-N", "VC-O", 30, 30, 6.2, 17, rb.SITE
    )
    names = {"DC-N": "Sundhedshus Nord", "VC-O": "Vaccinationscenter Øst", "RH-APO": "Region H Apotek"}
    assert rb.explain(p, "en", product="Comirnaty", names=names) == (
        "Move 30 doses of Comirnaty lot FX1234 from Sundhedshus Nord (would expire unused on "
        "2026-12-12) to Vaccinationscenter Øst, which uses 6.2 doses a day and can use them "
        "within 17 days."
    )
    assert rb.explain(p, "da", product="Comirnaty", names=names) == (
        "Flyt 30 doser af Comirnaty batch FX1234 fra Sundhedshus Nord (ville udløbe ubrugt "
        "12-12-2026) til Vaccinationscenter Øst, som bruger 6,2 doser om dagen og kan bruge "
        "dem inden for 17 dage."
    )
    back = rb.Proposal(7, PRODUCT, "FX1234", date(2026, 12, 12), "DC-N", "RH-APO", 18, 18, 1.9, 1, rb.PHARMACY)
    assert rb.explain(back, "en", product="Comirnaty", names=names) == (
        "Return 18 doses of Comirnaty lot FX1234 from Sundhedshus Nord (would expire unused on "
        "2026-12-12) to Region H Apotek for redistribution: no single site can take them, but "
        "the region's sites together use 1.9 doses a day and can use them within 1 day."
    )
    assert "til Region H Apotek til omfordeling" in rb.explain(back, "da", product="Comirnaty", names=names)
    away = rb.Proposal(
        7, PRODUCT, "FX1234", date(2026, 12, 12), "DC-N", rb.OTHER_REGION_CODE, 1, 1, 0.0, 40,
        rb.OTHER_REGION,
    )
    assert rb.explain(away, "en", product="Comirnaty", names=names) == (
        "1 dose of Comirnaty lot FX1234 at Sundhedshus Nord will expire unused on 2026-12-12 "
        "and nothing in the region can use them in time; offer them to another region."
    )
    assert rb.explain(away, "da", product="Comirnaty", names=names).startswith(
        "1 dosis af Comirnaty batch FX1234 på Sundhedshus Nord udløber ubrugt 12-12-2026"
    )


# --------------------------------------------------------------------------- services

REBALANCE_LOG = """
2026-10-01 receive 412345 FX2 exp 2027-03-31 4 packs    // 240 doses, 6 a vial
2026-10-01 receive 412345 FX1 exp 2026-11-12 2 packs    // 120 doses, 10 days left on 11-02
2026-10-01 receive 412345 FX3 exp 2026-11-05 1 packs    // 60 doses, 3 days left on 11-02
2026-10-01 site VC-A central "Vaccinationscenter A"
2026-10-01 site DC-B decentral "Sundhedshus B"
2026-10-01 transfer FX2 RH-APO -> VC-A 60
2026-10-01 transfer FX2 RH-APO -> DC-B 180
2026-10-01 transfer FX1 RH-APO -> VC-A 60
2026-10-01 transfer FX3 RH-APO -> VC-A 12
2026-10-20 give FX2 VC-A 28     // in the 28 days 10-06..11-02: 1 a day
2026-10-20 give FX2 DC-B 140    // 5 a day
"""


@pytest.fixture
def log(app: App, clock: Clock) -> PaperLog:
    paper = home_log(app, clock, REBALANCE_LOG)
    # The sites keep Comirnaty frozen here (thaw on the way: test_thaw_on_dispatch.py).
    for code in ("VC-A", "DC-B"):
        give_storage(app, code, "ultralow", "fridge")
    return paper


def test_proposals_from_the_database_by_hand(app: App, log: PaperLog) -> None:
    # VC-A, 1 a day: FX3 (3 days) first: 3 used, 9 at risk; FX1 (10 days): room 10 - 3 = 7
    # used, 53 at risk.  DC-B, 5 a day, holds 40 of FX2 (far off).  Vials of 6 move whole:
    #   FX3: room floor(5 x 3) = 15 -> 9 at risk, 1 whole vial (6) moves; the 3 left are
    #   part of a vial;
    #   FX1: room 50 - the 6 of FX3 used first = 44 -> 7 vials (42) move; 11 are left:
    #   the pharmacy needs room in the sites (2 left, less than a vial), so 1 vial (6) is
    #   offered to another region and 5 doses stay.
    found = rebalance.proposals(app)
    got = [(p.kind, p.from_code, p.to_code, p.batch, p.doses) for p in found]
    assert got == [
        ("site", "VC-A", "DC-B", "FX1", 42),
        ("site", "VC-A", "DC-B", "FX3", 6),
        ("other_region", "VC-A", "OTHER_REGION", "FX1", 6),
    ]
    first = found[0]
    assert (first.receiver_rate, first.receiver_days_left, first.use_by) == (5.0, 10, day(10))
    assert (first.from_name, first.to_name, first.varenummer) == (
        "Vaccinationscenter A", "Sundhedshus B", "412345"
    )
    assert first.sentence("en") == (
        f"Move 42 doses of {first.product_short} lot FX1 from Vaccinationscenter A (would expire unused "
        "on 2026-11-12) to Sundhedshus B, which uses 5 doses a day and can use them within 10 days."
    )
    assert first.product_short == "Comirnaty 30 µg multidosis"  # the screen's name for it
    assert first.sentence("da").startswith("Flyt 42 doser af")
    assert found[2].to_name == "" and "another region" in found[2].sentence("en")


def test_accept_makes_a_transfer_and_refuses_a_stale_proposal(app: App, log: PaperLog) -> None:
    first, small, away = rebalance.proposals(app)
    posted = rebalance.accept(app, first)
    assert (posted.kind, posted.from_code, posted.to_code, posted.doses, posted.batch) == (
        "transfer", "VC-A", "DC-B", 42, "FX1"
    )
    history = queries.lot_history(app, first.lot_id)
    assert history is not None
    moved = [h for h in history.history if h.movement_id == posted.movement_id]
    assert len(moved) == 1
    assert moved[0].reference == "REB-FX1-2026-11-02"
    assert moved[0].note == first.sentence("en")
    assert queries.check_ledger(app).ok
    # The same proposal again: only 11 are still at risk at VC-A.
    with pytest.raises(DomainError) as info:
        rebalance.accept(app, first)
    assert info.value.code == "rebalance_stale"
    assert "11 of them at risk" in info.value.text("en")
    # Another region is sent as such, not as a transfer.
    with pytest.raises(DomainError) as info:
        rebalance.accept(app, away)
    assert info.value.code == "rebalance_other_region"
    assert info.value.text("da") and "another region" in info.value.text("en")
    # The stock of the smaller proposal is given before it is accepted: refused.
    log.run("2026-11-02 give FX3 VC-A 12")
    with pytest.raises(DomainError) as info:
        rebalance.accept(app, small)
    assert info.value.code == "rebalance_stale"
    assert queries.check_ledger(app).ok


def test_accept_fewer_doses_than_proposed(app: App, log: PaperLog) -> None:
    first = rebalance.proposals(app)[0]
    posted = rebalance.accept(app, first, doses=30)
    assert posted.doses == 30
    history = queries.lot_history(app, first.lot_id)
    assert history is not None
    note = next(h.note for h in history.history if h.movement_id == posted.movement_id)
    assert note.startswith("Move 30 doses of")
    with pytest.raises(DomainError) as info:
        rebalance.accept(app, first, doses=0)
    assert info.value.code == "quantity_not_positive"
    # Part of a vial cannot travel.
    with pytest.raises(DomainError) as info:
        rebalance.accept(app, first, doses=8)
    assert info.value.code == "quantity_not_whole_units"


def test_each_accept_reads_the_clock_once(app: App, log: PaperLog, clock: Clock) -> None:
    """The stock at risk, the reference's day and the movements' moment come from one
    reading, so an accept around midnight cannot mix two days."""
    first, _small, away = rebalance.proposals(app)
    counting = CountingClock(clock)
    app.clock = counting
    posted = rebalance.accept(app, first)
    assert counting.reads == 1 and posted.doses == 42
    counting.reads = 0
    shipment = rebalance.accept_to_region(app, away, region_code="1082", reference="AFT-1")
    assert counting.reads == 1 and shipment.posted.doses == 6


def test_a_new_site_without_peers_keeps_what_it_was_just_given(app: App, log: PaperLog) -> None:
    # A new mobile unit (no other mobile unit to take a rate from) gets 12 doses of a lot
    # that keeps to June and has given none yet: its rate is its own one quiet day, 0.
    # That is too little to judge by, and four weeks of use will tell before the lot
    # expires, so its stock is not offered elsewhere; the other proposals stand.
    log.run(
        """
        2026-11-02 site MOB-N mobile "Mobil enhed N"
        2026-11-02 receive 412345 FX9 exp 2027-06-30 1 packs
        2026-11-02 transfer FX9 RH-APO -> MOB-N 12
        """
    )
    found = rebalance.proposals(app)
    assert [(p.kind, p.from_code, p.batch, p.doses) for p in found] == [
        ("site", "VC-A", "FX1", 42),
        ("site", "VC-A", "FX3", 6),
        ("other_region", "VC-A", "FX1", 6),
    ]
    # A lot that would expire within those four weeks is offered (it cannot wait): 6 of
    # FX3 (3 days left) at the unit go to DC-B, which uses 5 a day.
    log.run("2026-11-02 transfer FX3 RH-APO -> MOB-N 6")
    found = rebalance.proposals(app)
    assert ("site", "MOB-N", "FX3", 6) in [(p.kind, p.from_code, p.batch, p.doses) for p in found]


def test_recalled_stock_is_not_proposed(app: App, log: PaperLog) -> None:
    from pharmacy_app.services import recall

    recall.recall_lot(app, log.lots["FX1"], "Particles in vials")
    found = rebalance.proposals(app)
    assert {p.batch for p in found} == {"FX3"}


def _movement_count(app: App) -> int:
    with app.db.read() as s:
        return int(s.scalar(sa.select(sa.func.count()).select_from(m.Movement)) or 0)


def test_accept_to_region_sends_site_stock_through_the_pharmacy(
    app: App, log: PaperLog, tmp_path: Path
) -> None:
    # The hand-worked case above: of FX1's 53 doses at risk at VC-A, DC-B takes 7 vials
    # (42); 11 are left, of which 1 whole vial (6) is offered to another region.
    away = rebalance.proposals(app)[2]
    assert (away.kind, away.from_code, away.batch, away.doses) == ("other_region", "VC-A", "FX1", 6)
    fx1 = log.lots["FX1"]
    assert (balance(app, "VC-A", fx1), balance(app, "RH-APO", fx1)) == (60, 60)
    before = _movement_count(app)

    shipment = rebalance.accept_to_region(
        app, away, region_code="1082", reference=" AFT-2026-31 ", note="agreed by phone"
    )
    assert (shipment.region_code, shipment.reference) == ("1082", "AFT-2026-31")
    assert (shipment.posted.from_code, shipment.posted.to_code, shipment.posted.doses) == (
        "RH-APO", "OTHER_REGION", 6
    )
    assert shipment.file_name == "batchpas_1084_AFT-2026-31.json"
    # VC-A 60 -> 54; the pharmacy takes the 6 in and sends them on: still 60.
    assert (balance(app, "VC-A", fx1), balance(app, "RH-APO", fx1)) == (54, 60)
    assert _movement_count(app) == before + 2
    history = queries.lot_history(app, fx1)
    assert history is not None
    last_two = sorted(history.history, key=lambda h: h.movement_id)[-2:]
    assert [(h.from_code, h.to_code, h.doses, h.reference) for h in last_two] == [
        ("VC-A", "RH-APO", 6, "AFT-2026-31"),
        ("RH-APO", "OTHER_REGION", 6, "AFT-2026-31"),
    ]
    assert last_two[0].note.startswith("On its way to region 1082")
    assert last_two[1].note == "region 1082: agreed by phone"
    assert queries.check_ledger(app).ok

    passport = json.loads(shipment.document)
    assert passport["lot"]["batch"] == "FX1" and passport["doses"] == 6
    assert passport["product"]["varenummer"] == "412345"
    assert passport["to"]["region"] == "1082" and passport["from"]["pharmacy_code"] == "RH-APO"
    hist = passport["history"]
    assert hist[0]["kind"] == "receipt" and hist[0]["to"] == "RH-APO"
    assert [(h["from"], h["to"], h["doses"], h["reference"]) for h in hist[-2:]] == [
        ("VC-A", "RH-APO", 6, "AFT-2026-31"),
        ("RH-APO", "OTHER_REGION", 6, "AFT-2026-31"),
    ]
    # The rest of the proposals still hold: DC-B's 42 are still at risk at VC-A (47 now).
    assert [(p.kind, p.doses) for p in rebalance.proposals(app)][0] == ("site", 42)

    # Region Midtjylland receives it from the passport, in its own database.
    other = open_app(
        f"sqlite:///{tmp_path / 'midt.db'}",
        user="midt",
        clock=Clock(datetime(2026, 11, 3, 10, 0, tzinfo=UTC)),
    )
    try:
        set_home(other, "MJ-APO")
        trust_sender(other, app)
        got = transfers.receive_from_region(other, shipment.document)
        assert (got.from_code, got.to_code, got.doses, got.batch) == (
            "OTHER_REGION", "MJ-APO", 6, "FX1"
        )
        assert balance(other, "MJ-APO", got.lot_id) == 6
        prov = transfers.lot_provenance(other, got.lot_id)
        assert [(p.from_region, p.reference) for p in prov] == [("1084", "AFT-2026-31")]
        assert [h.to_code for h in prov[0].history][-2:] == ["RH-APO", "OTHER_REGION"]
        assert queries.check_ledger(other).ok
    finally:
        other.close()


def test_accept_to_region_refusals_write_nothing(app: App, log: PaperLog) -> None:
    first, _small, away = rebalance.proposals(app)
    fx1 = log.lots["FX1"]

    def refused(proposal: rebalance.ProposalView, **kw: Any) -> set[str]:
        before = _movement_count(app)
        args: dict[str, Any] = {"region_code": "1082", "reference": "AFT-1"} | kw
        with pytest.raises(DomainError) as info:
            rebalance.accept_to_region(app, proposal, **args)
        assert all(p.text("da") and p.text("en") for p in info.value.problems)
        assert _movement_count(app) == before
        return {p.code for p in info.value.problems}

    assert refused(away, region_code="1084") == {"region_same"}
    assert refused(away, region_code="9999") == {"region_unknown"}
    assert refused(away, reference="  ") == {"value_required"}
    assert refused(away, region_code="1084", reference="") == {"region_same", "value_required"}
    assert refused(away, doses=5) == {"quantity_not_whole_units"}
    assert refused(away, doses=0) == {"quantity_not_positive"}
    assert refused(away, doses=60) == {"rebalance_stale"}  # 53 are at risk
    assert refused(first) == {"rebalance_not_other_region"}
    assert (balance(app, "VC-A", fx1), balance(app, "RH-APO", fx1)) == (60, 60)
    # The site gives most of the lot before the proposal is accepted: stale.
    log.run("2026-11-02 give FX1 VC-A 56")
    assert refused(away) == {"rebalance_stale"}
    assert balance(app, "VC-A", fx1) == 4
    assert queries.check_ledger(app).ok


def test_a_recalled_lot_is_not_sent_to_another_region(app: App, log: PaperLog) -> None:
    from pharmacy_app.services import recall

    away = rebalance.proposals(app)[2]
    recall.recall_lot(app, log.lots["FX1"], "Particles in vials")
    before = _movement_count(app)
    with pytest.raises(DomainError) as info:
        rebalance.accept_to_region(app, away, region_code="1082", reference="AFT-1")
    assert info.value.code == "lot_recalled"
    assert "sent to region 1082" in info.value.text("en")
    assert _movement_count(app) == before
    assert balance(app, "VC-A", log.lots["FX1"]) == 60


# --------------------------------------------------------------------------- command line


def test_rebalance_on_the_command_line(app: App, clock: Clock, db_url: str, tmp_path: Path) -> None:
    today = datetime.now(LOCAL_TZ).date()
    d = iso_days_from(today)

    PaperLog(app, clock).run(
        f"""
        {d(-40)} receive 123456 FAR exp {d(200)} 10 packs
        {d(-40)} receive 123456 NEAR exp {d(10)} 5 packs
        {d(-40)} site VC-CLI central "Vaccinationscenter CLI"
        {d(-40)} site DC-CLI decentral "Sundhedshus CLI"
        {d(-40)} transfer FAR RH-APO -> VC-CLI 40
        {d(-40)} transfer FAR RH-APO -> DC-CLI 40
        {d(-40)} transfer NEAR RH-APO -> VC-CLI 30
        {d(-10)} give FAR VC-CLI 28
        {d(-10)} give FAR DC-CLI 3
        """
    )
    set_home(app)
    # VC-CLI, 1 a day: 10 of NEAR used in 10 days, 20 at risk; its 12 of FAR fit easily.
    # DC-CLI, 3/28 a day: of its 37 of FAR, floor(200 x 3 / 28) = 21 are used by day 200,
    # 16 are at risk, so it has no slack for NEAR (each dose would waste one of FAR).
    # NEAR: no site, no room for the pharmacy: 20 to another region.  FAR: VC-CLI has room
    # 200 - 10 - 12 = 178 by day 200: DC-CLI's 16 move there.
    run = cli("--db", db_url, "rebalance", "--csv", check=True)
    rows = list(csv.DictReader(io.StringIO(run.stdout)))
    assert [(r["kind"], r["from_code"], r["to_code"], r["batch"], r["doses"]) for r in rows] == [
        ("other_region", "VC-CLI", "OTHER_REGION", "NEAR", "20"),
        ("site", "DC-CLI", "VC-CLI", "FAR", "16"),
    ]
    assert rows[1]["explanation"].startswith("Move 16 doses of")
    text = cli("--db", db_url, "--lang", "da", "rebalance", check=True)
    assert "anden region" in text.stdout and "Flyt 16 doser" in text.stdout
    assert text.stdout.rstrip().endswith("2 proposals, 36 doses")

    # Proposal 1 (NEAR, another region) is sent to Region Midtjylland with its passport.
    out = tmp_path / "pas" / "near.json"
    send = ("--region", "1082", "--reference", "AFT-CLI-1", "--out", str(out))
    missing = cli("--db", db_url, "rebalance", "--send-to-region", "1")
    assert missing.returncode == 1
    assert all(flag in missing.stdout + missing.stderr for flag in ("--region", "--reference", "--out"))
    wrong = cli("--db", db_url, "rebalance", "--send-to-region", "2", *send)
    assert wrong.returncode == 1 and "stays in the region" in wrong.stdout + wrong.stderr
    beyond = cli("--db", db_url, "rebalance", "--send-to-region", "3", *send)
    assert beyond.returncode == 1 and "1-2" in beyond.stdout + beyond.stderr
    assert not out.exists()
    sent = cli("--db", db_url, "rebalance", "--send-to-region", "1", *send, check=True)
    assert sent.stdout.startswith("sent 20 doses of ") and "batch NEAR to region 1082" in sent.stdout
    passport = json.loads(out.read_bytes())
    assert (passport["lot"]["batch"], passport["doses"], passport["reference"]) == ("NEAR", 20, "AFT-CLI-1")
    assert [(h["from"], h["to"]) for h in passport["history"][-2:]] == [
        ("VC-CLI", "RH-APO"),
        ("RH-APO", "OTHER_REGION"),
    ]
    rows = list(csv.DictReader(io.StringIO(cli("--db", db_url, "rebalance", "--csv", check=True).stdout)))
    assert [(r["kind"], r["batch"]) for r in rows] == [("site", "FAR")]
    assert queries.check_ledger(app).ok
