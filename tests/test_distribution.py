"""Distribution rounds on SQLite and PostgreSQL: proposals worked out by hand, FEFO picks,
what is never picked, shortage and the fair split, overrides, dispatch all or nothing,
receipt with discrepancies, reversal, and a round to every site of the demo region."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from pharmacy_app.db import models as m
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.services import distribution as dist
from pharmacy_app.services import queries, receiving, reference, stock
from pharmacy_app.services.app import App, open_app
from tests.helpers import balance, set_home
from tests.paperlog import Clock, PaperLog

COMIRNATY = "412345"  # 6 doses a vial, 10 vials a pack
VAXIGRIP = "123456"  # 1 dose a syringe, 10 a pack
TOMORROW = date(2026, 11, 3)

# Consumption in the 28 days 10-06..11-02 (the rate window on 11-02) and the pharmacy's
# stock.  Every site has had its products since 10-01: its own rate applies.
LOG = """
2026-10-01 receive 412345 CA1 exp 2027-03-31 10 packs      // 600 doses
2026-10-01 receive 123456 VX1 exp 2027-05-31 40 packs      // 400 doses
2026-10-01 receive 412345 CAEXP exp 2026-11-01 1 packs     // 60, expired by 11-02
2026-10-01 site VC-A central "Vaccinationscenter A"
2026-10-01 site DC-B decentral "Sundhedshus B"
2026-10-01 site MOB-C mobile "Mobil enhed C"
2026-10-01 transfer CA1 RH-APO -> VC-A 300
2026-10-01 transfer CA1 RH-APO -> DC-B 48
2026-10-01 transfer VX1 RH-APO -> DC-B 60
2026-10-20 give CA1 VC-A 266     // 266 / 28 = 9.5 a day; 34 left
2026-10-20 give CA1 DC-B 42      // 1.5 a day; 6 left
2026-10-20 give VX1 DC-B 56      // 2 a day; 4 left
2026-11-02 receive 412345 CASOON exp 2026-11-20 1 packs   // 60, 17 days left on 11-03
2026-11-02 receive 412345 CA3D exp 2026-11-06 1 packs     // 60, 3 days left on 11-03
2026-11-02 receive 412345 CAREC exp 2026-11-10 1 packs    // 60, recalled below
2026-11-02 receive 412345 CALATE exp 2027-06-30 2 packs   // 120
"""
# Pharmacy after the log: CA1 252, CAEXP 60, CASOON 60, CA3D 60, CAREC 60, CALATE 120,
# VX1 340, and CAHELD 60 (11-05) on hold in quarantine.


@pytest.fixture
def paper(app: App, clock: Clock) -> PaperLog:
    log = PaperLog(app, clock)
    log.run(LOG)
    set_home(app)
    with app.db.write() as s:
        lot = s.get(m.Lot, log.lots["CAREC"])
        lot.recalled_at = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
        lot.recalled_by = "qa"
        lot.recall_reason = "particles"
    receipt = receiving.start(app, "FS-HOLD")
    receiving.add_line(
        app,
        receipt.id,
        product=COMIRNATY,
        batch="CAHELD",
        expiry=date(2026, 11, 5),
        packs=1,
        hold=True,
        hold_reason="logger alarm",
    )
    receiving.post(app, receipt.id, confirm_short_dated=True)
    with app.db.read() as s:
        log.lots["CAHELD"] = s.scalars(sa.select(m.Lot.id).where(m.Lot.batch == "CAHELD")).one()
    clock.set(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))
    return log


def product_id(app: App, varenummer: str) -> int:
    with app.db.read() as s:
        return reference.product_by_key(s, varenummer).id


def lines_of(view: dist.RoundView, site: str) -> list[tuple[str, int]]:
    return [(ln.batch, ln.doses) for ln in view.list_for(site).lines]


def request_of(view: dist.RoundView, site: str, varenummer: str) -> dist.RequestView:
    return next(r for r in view.list_for(site).requests if r.varenummer == varenummer)


def ledger_size(app: App) -> tuple[int, int]:
    with app.db.read() as s:
        return (
            int(s.scalar(sa.select(sa.func.count()).select_from(m.Movement)) or 0),
            int(s.scalar(sa.select(sa.func.sum(m.StockBalance.doses))) or 0),
        )


def plan(app: App, **kw) -> dist.RoundView:
    kw.setdefault("planned_for", TOMORROW)
    kw.setdefault("site_codes", ["VC-A", "DC-B"])
    return dist.plan_round(app, **kw)


# --------------------------------------------------------------------------- planning


def test_proposals_by_hand_and_fefo_lines(app: App, paper: PaperLog) -> None:
    view = plan(app)
    assert view.number == "R-20261103-01" and view.status == "draft" and view.mode == "direct"
    assert [lst.list_number for lst in view.lists] == ["FL-20261103-001", "FL-20261103-002"]
    # VC-A: 266 / 28 = 9.5 a day x 14 days (central) = 133; holds 34 -> 99 -> 17 vials = 102.
    ca = request_of(view, "VC-A", COMIRNATY)
    assert (ca.proposed, ca.requested, ca.rate_per_day, ca.cover_days, ca.on_hand) == (
        102,
        102,
        9.5,
        14,
        34,
    )
    assert ca.basis_en == (
        "Uses 9.5 doses a day; 14 days of cover is 133 doses; holds 34; proposed 102 (17 vials of 6)."
    )
    assert ca.basis_da.startswith(
        "Bruger 9,5 doser om dagen; 14 dages forbrug er 133 doser; har 34"
    )
    assert [r.varenummer for r in view.list_for("VC-A").requests] == [COMIRNATY]
    # DC-B: 1.5 a day x 7 = 10.5 -> 11; holds 6 -> 5 -> one vial, 6.  Vaxigrip: 2 x 7 = 14 - 4 = 10.
    assert request_of(view, "DC-B", COMIRNATY).proposed == 6
    assert request_of(view, "DC-B", VAXIGRIP).proposed == 10
    # FEFO for VC-A (arrives 11-03): CA3D (3 days) only fits floor(9.5 x 3) = 28 < the 34 it
    # holds: skipped.  CASOON (17 days): room 161 - 34, takes all 60.  Then CA1 the other 42.
    # CAEXP is expired, CAREC recalled, CAHELD held, CALATE later: never picked.
    assert lines_of(view, "VC-A") == [("CASOON", 60), ("CA1", 42)]
    assert [ln.units for ln in view.list_for("VC-A").lines] == [10, 7]
    # DC-B: CA3D room floor(1.5 x 3) = 4 < 6 held; CASOON is gone; CA1.
    assert lines_of(view, "DC-B") == [("CA1", 6), ("VX1", 10)]
    assert view.shortfalls == []
    picked = {ln.batch for lst in view.lists for ln in lst.lines}
    assert picked.isdisjoint({"CAEXP", "CAREC", "CAHELD", "CA3D", "CALATE"})
    assert [(r.number, r.sites, r.doses) for r in dist.list_rounds(app)] == [(view.number, 2, 118)]
    assert dist.round_view(app, view.round_id) == view


def test_a_site_that_never_had_a_product_takes_its_kinds_rate(app: App, paper: PaperLog) -> None:
    view = plan(app, site_codes=["MOB-C", "VC-A"], product_ids=[product_id(app, VAXIGRIP)])
    # No mobile unit ever had Vaxigrip and no central one either: nothing to go on.
    mob = request_of(view, "MOB-C", VAXIGRIP)
    assert (mob.proposed, mob.rate_per_day) == (0, None)
    assert mob.basis_en == "No consumption recorded yet; enter the doses needed."
    # A new decentral site takes DC-B's 2 a day: 2 x 7 = 14, holds nothing.
    reference.save_location(
        app, reference.LocationInfo(None, "DC-NEW", "Sundhedshus Ny", "decentral", "1084")
    )
    view = plan(app, site_codes=["DC-NEW"], product_ids=[product_id(app, VAXIGRIP)])
    assert request_of(view, "DC-NEW", VAXIGRIP).proposed == 14
    assert request_of(view, "DC-NEW", VAXIGRIP).rate_per_day == 2.0


def test_bad_sites_are_all_named(app: App, paper: PaperLog) -> None:
    reference.save_location(
        app,
        reference.LocationInfo(None, "VC-OLD", "Lukket center", "central", "1084", active=False),
    )
    with pytest.raises(DomainError) as err:
        plan(
            app,
            site_codes=["RH-APO", "NOPE", "SSI", "VC-A", "VC-A", "VC-OLD", "MJ-APO", "RH-APO-KAR"],
        )
    text = err.value.text("en")
    assert [p.code for p in err.value.problems] == [
        "distribution_site_not_allowed",
        "location_unknown",
        "distribution_site_not_allowed",
        "distribution_site_twice",
        "distribution_site_not_allowed",
        "distribution_site_not_allowed",
        "distribution_site_not_allowed",
    ]
    for part in (
        "it is a pharmacy",
        "NOPE",
        "not a real place",
        "VC-A is named twice",
        "no longer in use",
        "quarantine",
    ):
        assert part in text
    with pytest.raises(DomainError) as err:
        plan(app, site_codes=[])
    assert err.value.code == "distribution_sites_required"
    with pytest.raises(DomainError) as err:
        plan(app, mode="by-bike")
    assert err.value.code == "distribution_mode_unknown"
    assert dist.list_rounds(app) == []


def test_shortage_in_priority_order_and_fair_split(app: App, paper: PaperLog) -> None:
    view = plan(app)
    ca = request_of(view, "VC-A", COMIRNATY)
    with pytest.raises(DomainError) as err:
        dist.set_requested(app, ca.request_id, 100)  # not whole vials of 6
    assert err.value.code == "quantity_not_whole_units"
    with pytest.raises(DomainError) as err:
        dist.set_requested(app, ca.request_id, -6)
    assert err.value.code == "distribution_doses_invalid"

    # VC-A asks 600.  Usable for it: CASOON 60 + CA1 252 + CALATE 120 = 432 (CA3D is too
    # short-lived).  In priority order VC-A takes all 432 and DC-B, second, none of its 6.
    view = dist.set_requested(app, ca.request_id, 600)
    assert lines_of(view, "VC-A") == [("CASOON", 60), ("CA1", 252), ("CALATE", 120)]
    assert sorted(view.shortfalls) == sorted(
        [("VC-A", ca.product, 600, 432), ("DC-B", ca.product, 6, 0)]
    )
    # Fair split: a vial at a time to the lowest share: VC-A 6 (1 %), DC-B 6 (done, from
    # CASOON, which DC-B can use: room floor(1.5 x 17) - 6 = 19), VC-A the remaining 426.
    view = dist.reallocate(app, view.round_id, fair_split=True)
    assert lines_of(view, "DC-B") == [("CASOON", 6), ("VX1", 10)]
    assert lines_of(view, "VC-A") == [("CASOON", 54), ("CA1", 252), ("CALATE", 120)]
    assert view.shortfalls == [("VC-A", ca.product, 600, 426)]
    # The round keeps the choice: a later edit (here from another workstation, which
    # does not say how to split) still splits fairly.
    assert view.fair_split and dist.round_view(app, view.round_id).fair_split
    view = dist.set_requested(app, ca.request_id, 594)
    assert view.fair_split and lines_of(view, "DC-B") == [("CASOON", 6), ("VX1", 10)]
    assert view.shortfalls == [("VC-A", ca.product, 594, 426)]
    view = dist.reallocate(app, view.round_id, fair_split=False)
    assert not view.fair_split and lines_of(view, "DC-B") == [("VX1", 10)]
    # Back to the proposal: nothing short.
    view = dist.set_requested(app, ca.request_id, 102)
    assert view.shortfalls == []


def test_override_with_a_reason(app: App, paper: PaperLog) -> None:
    view = plan(app)
    ca1_line = next(ln for ln in view.list_for("VC-A").lines if ln.batch == "CA1")
    lots = paper.lots
    with pytest.raises(DomainError) as err:
        dist.override_line(app, ca1_line.line_id, lots["CALATE"], "  ")
    assert err.value.code == "distribution_override_reason_required"
    for batch, code in (
        ("CAREC", "distribution_lot_not_pickable"),
        ("CAEXP", "distribution_lot_not_pickable"),
        ("VX1", "distribution_override_product"),
    ):
        with pytest.raises(DomainError) as err:
            dist.override_line(app, ca1_line.line_id, lots[batch], "asked for")
        assert err.value.code == code, batch
    # CA3D's 60 doses would do, but the held lot is not at the pharmacy's shelf at all.
    with pytest.raises(DomainError) as err:
        dist.override_line(app, ca1_line.line_id, lots["CAHELD"], "asked for")
    assert err.value.code == "distribution_lot_short"

    view = dist.override_line(app, ca1_line.line_id, lots["CALATE"], "one batch for the whole week")
    line = next(ln for ln in view.list_for("VC-A").lines if ln.line_id == ca1_line.line_id)
    assert (line.batch, line.doses, line.override_reason) == (
        "CALATE",
        42,
        "one batch for the whole week",
    )
    assert lines_of(view, "VC-A") == [("CASOON", 60), ("CALATE", 42)]
    # The free stock seen by the picker counts the draft lines.
    free = {
        v.batch: (v.on_hand, v.doses)
        for v in dist.pickable_stock(app, product_id(app, COMIRNATY), TOMORROW)
    }
    assert free == {"CA3D": (60, 60), "CASOON": (60, 0), "CA1": (252, 246), "CALATE": (120, 78)}
    assert [v.batch for v in dist.pickable_stock(app, product_id(app, COMIRNATY), TOMORROW)] == [
        "CA3D",
        "CASOON",
        "CA1",
        "CALATE",
    ]
    # A reallocation keeps the chosen lot and takes its doses first.
    view = dist.reallocate(app, view.round_id)
    assert lines_of(view, "VC-A") == [("CASOON", 60), ("CALATE", 42)]
    # Lowering the request below the chosen lot's doses trims it.
    view = dist.set_requested(app, request_of(view, "VC-A", COMIRNATY).request_id, 30)
    assert lines_of(view, "VC-A") == [("CALATE", 30)]


def test_another_draft_reserves_its_stock(app: App, paper: PaperLog) -> None:
    first = plan(app, site_codes=["VC-A"])
    assert lines_of(first, "VC-A") == [("CASOON", 60), ("CA1", 42)]
    second = plan(app, site_codes=["VC-A"])
    assert second.number == "R-20261103-02"
    assert second.list_for("VC-A").list_number == "FL-20261103-002"
    assert lines_of(second, "VC-A") == [("CA1", 102)]
    dist.cancel_round(app, first.round_id, "planned twice")
    assert lines_of(dist.reallocate(app, second.round_id), "VC-A") == [("CASOON", 60), ("CA1", 42)]


def test_cancel_before_dispatch_refused_after(app: App, paper: PaperLog) -> None:
    view = plan(app)
    before = ledger_size(app)
    view = dist.cancel_list(app, view.list_for("DC-B").list_id, "site closed this week")
    assert view.list_for("DC-B").status == "cancelled" and view.status == "draft"
    assert "site closed this week" in view.list_for("DC-B").note
    with pytest.raises(DomainError) as err:
        dist.set_requested(app, request_of(view, "DC-B", VAXIGRIP).request_id, 20)
    assert err.value.code == "distribution_not_draft"
    view = dist.dispatch(app, view.round_id)
    assert view.list_for("DC-B").status == "cancelled"
    assert ledger_size(app)[0] == before[0] + 2  # only VC-A's two lines
    for action in (
        lambda: dist.cancel_round(app, view.round_id, "x"),
        lambda: dist.cancel_list(app, view.list_for("VC-A").list_id, "x"),
    ):
        with pytest.raises(DomainError) as err:
            action()
        assert err.value.code == "distribution_dispatched_reverse"
        assert "reverse it instead" in err.value.text("en")
    other = plan(app)
    other = dist.cancel_round(app, other.round_id, "wrong day")
    assert other.status == "cancelled" and {lst.status for lst in other.lists} == {"cancelled"}
    with pytest.raises(DomainError):
        dist.dispatch(app, other.round_id)
    assert queries.check_ledger(app).ok


# --------------------------------------------------------------------------- dispatch and receipt


def test_dispatch_direct_posts_exactly_the_lines_then_a_short_receipt(
    app: App, paper: PaperLog, clock: Clock
) -> None:
    view = plan(app)
    count, _ = ledger_size(app)
    pharmacy_ca1 = balance(app, "RH-APO", paper.lots["CA1"])
    view = dist.dispatch(app, view.round_id)
    assert view.status == "dispatched" and view.dispatched_by == "tester"
    assert {lst.status for lst in view.lists} == {"dispatched"}
    with app.db.read() as s:
        posted = s.execute(
            sa.select(
                m.Movement.kind,
                m.Movement.reference,
                m.Lot.batch,
                m.Movement.doses,
                m.Location.code,
            )
            .join(m.Lot, m.Lot.id == m.Movement.lot_id)
            .join(m.Location, m.Location.id == m.Movement.to_location_id)
            .where(m.Movement.id > 0, m.Movement.reference.like("FL-%"))
            .order_by(m.Movement.id)
        ).all()
    assert [tuple(r) for r in posted] == [
        ("transfer", "FL-20261103-001", "CASOON", 60, "VC-A"),
        ("transfer", "FL-20261103-001", "CA1", 42, "VC-A"),
        ("transfer", "FL-20261103-002", "CA1", 6, "DC-B"),
        ("transfer", "FL-20261103-002", "VX1", 10, "DC-B"),
    ]
    assert ledger_size(app)[0] == count + 4
    assert balance(app, "RH-APO", paper.lots["CA1"]) == pharmacy_ca1 - 48
    assert balance(app, "VC-A", paper.lots["CASOON"]) == 60
    assert all(ln.dispatch_movement_id for lst in view.lists for ln in lst.lines)
    with pytest.raises(DomainError) as err:
        dist.dispatch(app, view.round_id)
    assert err.value.code == "distribution_dispatched_reverse"

    # DC-B counts 8 of the 10 syringes: 2 broken.  Direct mode: the stock is at the site
    # already; the 2 go from DC-B to WASTED as a discard with the reason.
    clock.set(datetime(2026, 11, 3, 10, 0, tzinfo=UTC))
    dcb = view.list_for("DC-B")
    vx = next(ln for ln in dcb.lines if ln.batch == "VX1")
    with pytest.raises(DomainError) as err:
        dist.confirm_receipt(app, dcb.list_id, {vx.line_id: 8})
    assert err.value.code == "distribution_discrepancy_reason_required"
    with pytest.raises(DomainError) as err:
        dist.confirm_receipt(app, dcb.list_id, {vx.line_id: 11}, reasons={vx.line_id: "?"})
    assert err.value.code == "distribution_received_invalid"
    got = dist.confirm_receipt(
        app,
        dcb.list_id,
        {vx.line_id: 8},
        reasons={vx.line_id: "2 syringes broken in the box"},
        reason_codes={vx.line_id: "BRUD"},
    )
    assert got.status == "received" and got.received_by == "tester"
    by_batch = {ln.batch: ln for ln in got.lines}
    assert (by_batch["VX1"].received_doses, by_batch["VX1"].discrepancy_reason) == (
        8,
        "2 syringes broken in the box",
    )
    assert (by_batch["CA1"].received_doses, by_batch["CA1"].discrepancy_reason) == (6, "")
    assert balance(app, "DC-B", paper.lots["VX1"]) == 4 + 10 - 2
    with app.db.read() as s:
        discard = s.scalars(
            sa.select(m.Movement).where(
                m.Movement.kind == "discard", m.Movement.reference == dcb.list_number
            )
        ).one()
        assert (discard.doses, discard.reason_code, discard.note) == (
            2,
            "BRUD",
            "2 syringes broken in the box",
        )
        assert discard.from_location.code == "DC-B" and discard.to_location.code == "WASTED"
    with pytest.raises(DomainError) as err:
        dist.confirm_receipt(app, dcb.list_id)
    assert err.value.code == "distribution_not_dispatched"
    with pytest.raises(DomainError) as err:
        dist.reverse_list(app, dcb.list_id, "mistake")
    assert err.value.code == "distribution_already_received"
    assert queries.check_ledger(app).ok


def test_dispatch_is_all_or_nothing_when_stock_vanished(app: App, paper: PaperLog) -> None:
    view = plan(app)
    # Between planning and dispatch, 5 vials of CASOON go elsewhere.
    stock.transfer(app, lot_id=paper.lots["CASOON"], from_code="RH-APO", to_code="MOB-C", doses=30)
    before = ledger_size(app)
    with pytest.raises(DomainError) as err:
        dist.dispatch(app, view.round_id)
    assert err.value.code == "distribution_lot_short"
    assert "Only 30 doses of lot CASOON" in err.value.text("en")
    assert ledger_size(app) == before
    assert dist.round_view(app, view.round_id).status == "draft"
    # Recomputed with the stock there is now, it goes.
    view = dist.reallocate(app, view.round_id)
    assert lines_of(view, "VC-A") == [("CASOON", 30), ("CA1", 72)]
    assert dist.dispatch(app, view.round_id).status == "dispatched"
    assert queries.check_ledger(app).ok


def test_dispatch_refuses_a_lot_recalled_after_planning(app: App, paper: PaperLog) -> None:
    view = plan(app)
    with app.db.write() as s:
        s.get(m.Lot, paper.lots["CASOON"]).recalled_at = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    before = ledger_size(app)
    with pytest.raises(DomainError) as err:
        dist.dispatch(app, view.round_id)
    assert [p.code for p in err.value.problems] == ["distribution_lot_not_pickable"]
    assert "recalled" in err.value.text("en")
    assert ledger_size(app) == before


def test_in_transit_full_and_short_receipt(app: App, paper: PaperLog, clock: Clock) -> None:
    view = dist.dispatch(app, plan(app, mode="in_transit").round_id)
    soon = paper.lots["CASOON"]
    assert balance(app, "IN_TRANSIT", soon) == 60
    assert balance(app, "VC-A", soon) == 0
    clock.set(datetime(2026, 11, 3, 8, 0, tzinfo=UTC))
    vca = dist.confirm_receipt(app, view.list_for("VC-A").list_id)
    assert vca.status == "received"
    assert [ln.received_doses for ln in vca.lines] == [60, 42]
    assert all(ln.receive_movement_id for ln in vca.lines)
    assert balance(app, "VC-A", soon) == 60 and balance(app, "IN_TRANSIT", soon) == 0

    # DC-B: one vial of CA1 arrived warm.  6 doses dispatched, 0 received.
    dcb = view.list_for("DC-B")
    ca = next(ln for ln in dcb.lines if ln.batch == "CA1")
    with pytest.raises(DomainError) as err:
        dist.confirm_receipt(app, dcb.list_id, {ca.line_id: 3}, reasons={ca.line_id: "half"})
    assert err.value.code == "quantity_not_whole_units"
    with pytest.raises(DomainError) as err:
        dist.confirm_receipt(
            app,
            dcb.list_id,
            {ca.line_id: 0},
            reasons={ca.line_id: "warm"},
            reason_codes={ca.line_id: "NOPE"},
        )
    assert err.value.code == "reason_unknown"
    with pytest.raises(DomainError) as err:
        dist.confirm_receipt(app, dcb.list_id, {999999: 1})
    assert err.value.code == "distribution_line_not_on_list"
    dcb_ca1 = balance(app, "DC-B", paper.lots["CA1"])
    got = dist.confirm_receipt(
        app,
        dcb.list_id,
        {ca.line_id: 0},
        reasons={ca.line_id: "logger showed 14 °C"},
        reason_codes={ca.line_id: "TEMPERATURSVIGT"},
    )
    assert {ln.batch: ln.received_doses for ln in got.lines} == {"CA1": 0, "VX1": 10}
    assert balance(app, "DC-B", paper.lots["CA1"]) == dcb_ca1
    assert balance(app, "IN_TRANSIT", paper.lots["CA1"]) == 0
    with app.db.read() as s:
        discard = s.scalars(
            sa.select(m.Movement).where(
                m.Movement.kind == "discard", m.Movement.reference == dcb.list_number
            )
        ).one()
        assert (discard.from_location.code, discard.to_location.code, discard.doses) == (
            "IN_TRANSIT",
            "WASTED",
            6,
        )
        assert (discard.reason_code, discard.note) == ("TEMPERATURSVIGT", "logger showed 14 °C")
    assert queries.check_ledger(app).ok


def test_reverse_a_dispatched_list(app: App, paper: PaperLog) -> None:
    view = dist.dispatch(app, plan(app, mode="in_transit").round_id)
    pharmacy = balance(app, "RH-APO", paper.lots["CASOON"])
    vca = view.list_for("VC-A")
    with pytest.raises(DomainError) as err:
        dist.reverse_list(app, vca.list_id, " ")
    assert err.value.code == "distribution_reverse_note_required"
    back = dist.reverse_list(app, vca.list_id, "van broke down; packed again tomorrow")
    assert back.status == "cancelled"
    assert balance(app, "RH-APO", paper.lots["CASOON"]) == pharmacy + 60
    assert balance(app, "IN_TRANSIT", paper.lots["CASOON"]) == 0
    with app.db.read() as s:
        reversals = s.scalars(sa.select(m.Movement).where(m.Movement.kind == "reversal")).all()
        assert sorted(r.reverses_id for r in reversals) == sorted(
            ln.dispatch_movement_id for ln in vca.lines
        )
    with pytest.raises(DomainError) as err:
        dist.confirm_receipt(app, vca.list_id)
    assert err.value.code == "distribution_not_dispatched"
    assert dist.round_view(app, view.round_id).status == "dispatched"  # DC-B is still on its way
    dist.reverse_list(app, view.list_for("DC-B").list_id, "whole round called back")
    assert dist.round_view(app, view.round_id).status == "cancelled"
    assert queries.check_ledger(app).ok


def test_visits_only_for_mobile_units(app: App, paper: PaperLog) -> None:
    view = plan(app, site_codes=["MOB-C", "VC-A"], product_ids=[product_id(app, COMIRNATY)])
    mob = view.list_for("MOB-C")
    view = dist.add_visit(
        app,
        mob.list_id,
        visit_date=date(2026, 11, 4),
        institution="Plejehjemmet Solbakken",
        institution_kind="plejehjem",
        programme_code="covid-19",
        doses=18,
    )
    view = dist.add_visit(
        app,
        mob.list_id,
        visit_date=date(2026, 11, 3),
        institution="Herberg Nord",
        institution_kind="herberg",
        programme_code="covid-19",
        doses=6,
    )
    visits = view.list_for("MOB-C").visits
    assert [(v.visit_date, v.institution, v.doses) for v in visits] == [
        (date(2026, 11, 3), "Herberg Nord", 6),
        (date(2026, 11, 4), "Plejehjemmet Solbakken", 18),
    ]
    assert view.list_for("MOB-C").visit_doses() == {"covid-19": 24}
    with pytest.raises(DomainError) as err:
        dist.add_visit(
            app,
            view.list_for("VC-A").list_id,
            visit_date=TOMORROW,
            institution="X",
            institution_kind="",
            programme_code="covid-19",
            doses=6,
        )
    assert err.value.code == "distribution_visit_mobile_only"
    with pytest.raises(DomainError) as err:
        dist.add_visit(
            app,
            mob.list_id,
            visit_date=date(2026, 11, 2),
            institution=" ",
            institution_kind="",
            programme_code="nope",
            doses=0,
        )
    assert {p.code for p in err.value.problems} == {
        "value_required",
        "value_invalid",
        "quantity_not_positive",
        "distribution_visit_before_round",
    }
    view = dist.remove_visit(app, visits[0].visit_id)
    assert [v.institution for v in view.list_for("MOB-C").visits] == ["Plejehjemmet Solbakken"]
    # The coordinator asks doses for the unit by hand: no rate, only the days-left rule.
    view = dist.add_request(app, mob.list_id, product_id(app, COMIRNATY), 24)
    req = request_of(view, "MOB-C", COMIRNATY)
    assert (req.requested, req.allocated) == (24, 24)
    # No rate: CA3D (3 days left) is fine for it and goes first.
    assert lines_of(view, "MOB-C") == [("CA3D", 24)]


def test_site_candidates(app: App, paper: PaperLog) -> None:
    sites = dist.site_candidates(app)
    assert [(s.code, s.kind_code, s.cover_days) for s in sites] == [
        ("VC-A", "central", 14),
        ("DC-B", "decentral", 7),
        ("MOB-C", "mobile", 7),
    ]


# --------------------------------------------------------------------------- the demo region


@pytest.mark.slow
def test_a_full_round_to_every_demo_site(tmp_path: Path) -> None:
    from pharmacy_app.services import demo

    when = datetime(2026, 11, 26, 7, 0, tzinfo=UTC)
    app = open_app(f"sqlite:///{tmp_path / 'demo.db'}", user="coordinator", clock=lambda: when)
    try:
        demo.generate(app, seed=3, until=date(2026, 11, 25))
        sites = dist.site_candidates(app)
        assert len(sites) >= 20
        view = dist.plan_round(
            app,
            planned_for=date(2026, 11, 26),
            site_codes=[s.code for s in sites],
            mode="in_transit",
        )
        assert len(view.lists) == len(sites)
        assert view.doses > 0
        for lst in view.lists:
            for req in lst.requests:
                assert req.allocated + req.short == req.requested
                assert req.requested % req.doses_per_unit == 0
            for line in lst.lines:
                assert line.doses % (line.doses // line.units) == 0 and line.use_by >= date(
                    2026, 11, 26
                )
        view = dist.dispatch(app, view.round_id)
        sent = [lst for lst in view.lists if lst.status == "dispatched"]
        assert sent
        for lst in sent:
            dist.confirm_receipt(app, lst.list_id)
        final = dist.round_view(app, view.round_id)
        assert all(lst.status in ("received", "cancelled") for lst in final.lists)
        with app.db.read() as s:
            transit = reference.virtual(s, reference.VirtualLocation.IN_TRANSIT)
            left = s.scalar(
                sa.select(sa.func.sum(m.StockBalance.doses)).where(
                    m.StockBalance.location_id == transit.id
                )
            )
        assert not left
        assert queries.check_ledger(app).ok
    finally:
        app.close()



def test_one_visit_with_several_programmes_is_saved_whole(app: App, paper: PaperLog) -> None:
    view = plan(app, site_codes=["MOB-C"], product_ids=[product_id(app, COMIRNATY)])
    mob = view.list_for("MOB-C")
    view = dist.add_visits(
        app,
        mob.list_id,
        visit_date=date(2026, 11, 4),
        institution="Bostedet Lyngen",
        institution_kind="botilbud",
        doses_by_programme={"covid-19": 12, "influenza": 10},
    )
    assert view.list_for("MOB-C").visit_doses() == {"covid-19": 12, "influenza": 10}
    # One bad programme: none of the visit's rows are saved.
    with pytest.raises(DomainError) as err:
        dist.add_visits(
            app,
            mob.list_id,
            visit_date=date(2026, 11, 5),
            institution="Fængslet",
            institution_kind="fængsel",
            doses_by_programme={"covid-19": 6, "nope": 3},
        )
    assert [p.code for p in err.value.problems] == ["value_invalid"]
    assert dist.round_view(app, view.round_id).list_for("MOB-C").visit_doses() == {
        "covid-19": 12,
        "influenza": 10,
    }


def test_a_mobile_units_visits_decide_what_it_gets(app: App, paper: PaperLog) -> None:
    # MOB-C has no history: the rate gives nothing, the visits decide.  Two COVID-19
    # products are on its list; the pharmacy has only the first.
    single = "412346"
    view = plan(
        app, site_codes=["MOB-C"], product_ids=[product_id(app, COMIRNATY), product_id(app, single)]
    )
    mob = view.list_for("MOB-C")
    assert sorted((r.varenummer, r.requested) for r in mob.requests) == [(COMIRNATY, 0), (single, 0)]
    view = dist.add_visits(
        app, mob.list_id, visit_date=date(2026, 11, 4), institution="Plejehjemmet Solbakken",
        institution_kind="plejehjem", doses_by_programme={"covid-19": 18, "influenza": 10},
    )  # fmt: skip
    view = dist.add_visits(
        app, mob.list_id, visit_date=date(2026, 11, 8), institution="Herberg Nord",
        institution_kind="herberg", doses_by_programme={"covid-19": 4},
    )  # fmt: skip
    mob = view.list_for("MOB-C")
    # COVID-19: 18 + 4 = 22 doses, none held: 4 vials of 6 = 24 of the product the
    # pharmacy has; the other COVID-19 product asks for none.  Influenza: 10 Vaxigrip (the
    # influenza product the pharmacy has), one dose a syringe.
    assert sorted((r.varenummer, r.proposed, r.requested) for r in mob.requests) == [
        (VAXIGRIP, 10, 10),
        (COMIRNATY, 24, 24),
        (single, 0, 0),
    ]
    other = next(r for r in mob.requests if r.varenummer == single)
    assert other.basis_en.startswith("The visit plan's COVID-19 doses are asked for as Comirnaty")
    covid = next(r for r in mob.requests if r.varenummer == COMIRNATY)
    assert covid.basis_en == "Visits plan 22 doses of COVID-19 (2 visits); holds 0; proposed 24 (4 vials of 6)."
    assert covid.basis_da == "Besøgene kræver 22 doser Covid-19 (2 besøg); har 0; foreslået 24 (4 hætteglas à 6)."
    # The last COVID-19 visit is on 11-08: CA3D (use-by 11-06) would expire before it.
    assert sorted(lines_of(view, "MOB-C")) == [("CASOON", 24), ("VX1", 10)]
    # Without the 11-08 visit, 18 doses (3 vials) for 11-04: CA3D is good for that.
    herberg = next(v for v in mob.visits if v.institution == "Herberg Nord")
    view = dist.remove_visit(app, herberg.visit_id)
    assert sorted(lines_of(view, "MOB-C")) == [("CA3D", 18), ("VX1", 10)]
    # No COVID-19 visits left: back to the proposal from the rate of use (none: 0).
    solbakken = view.list_for("MOB-C").visits
    for visit in solbakken:
        if visit.programme == "covid-19":
            view = dist.remove_visit(app, visit.visit_id)
    assert sorted((r.varenummer, r.requested) for r in view.list_for("MOB-C").requests) == [
        (VAXIGRIP, 10),
        (COMIRNATY, 0),
        (single, 0),
    ]
    assert all(
        not r.basis_en.startswith(("Visits plan", "The visit plan"))
        for r in view.list_for("MOB-C").requests
        if r.programme == "covid-19"
    )


def test_a_round_in_the_past_is_refused(app: App, paper: PaperLog) -> None:
    with pytest.raises(DomainError) as err:
        plan(app, planned_for=date(2026, 11, 1))
    assert err.value.code == "distribution_date_past"
    assert err.value.text("da") == (
        "En runde kan ikke planlægges til 01-11-2026: det er før i dag (02-11-2026)."
    )
    assert dist.list_rounds(app) == []
