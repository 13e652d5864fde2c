"""Planning rounds on SQLite and PostgreSQL: proposals worked out by hand, FEFO picks,
what is never picked, shortage and the fair split, overrides, reserved stock, the sites
a round may go to."""

from __future__ import annotations

from datetime import date

import pytest

from pharmacy_app.domain.errors import DomainError
from pharmacy_app.services import distribution as dist
from pharmacy_app.services import reference
from pharmacy_app.services.app import App
from tests.paperlog import PaperLog
from tests.services.distribution.conftest import (
    COMIRNATY,
    TOMORROW,
    VAXIGRIP,
    lines_of,
    plan,
    product_id,
    request_of,
)


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
    assert ca.basis.text("en") == (
        "Uses 9.5 doses a day; 14 days of cover is 133 doses; holds 34; proposed 102 (17 vials of 6)."
    )
    assert ca.basis.text("da").startswith(
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
    assert mob.basis.text("en") == "No consumption recorded yet; enter the doses needed."
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


def test_lines_are_numbered_by_product_use_by_and_batch_with_a_chosen_lot_kept_first(
    app: App, paper: PaperLog
) -> None:
    view = plan(app)
    ca1_line = next(ln for ln in view.list_for("VC-A").lines if ln.batch == "CA1")
    dist.override_line(app, ca1_line.line_id, paper.lots["CALATE"], "one batch for the week")
    # Asking for more than the chosen lot's 42: the new lines are numbered with the kept
    # one, which stays ahead of a new line from the same lot.
    ca = request_of(dist.round_view(app, view.round_id), "VC-A", COMIRNATY)
    view = dist.set_requested(app, ca.request_id, 600)
    lines = view.list_for("VC-A").lines
    assert lines_of(view, "VC-A") == [
        ("CASOON", 60), ("CA1", 252), ("CALATE", 42), ("CALATE", 78),
    ]  # fmt: skip
    assert [ln.line_no for ln in lines] == [1, 2, 3, 4]
    assert [ln.override_reason for ln in lines[2:]] == ["one batch for the week", ""]
    assert lines[2].line_id < lines[3].line_id
    for lst in view.lists:
        assert [ln.line_no for ln in lst.lines] == list(range(1, len(lst.lines) + 1))


def test_another_draft_reserves_its_stock(app: App, paper: PaperLog) -> None:
    first = plan(app, site_codes=["VC-A"])
    assert lines_of(first, "VC-A") == [("CASOON", 60), ("CA1", 42)]
    second = plan(app, site_codes=["VC-A"])
    assert second.number == "R-20261103-02"
    assert second.list_for("VC-A").list_number == "FL-20261103-002"
    assert lines_of(second, "VC-A") == [("CA1", 102)]
    dist.cancel_round(app, first.round_id, "planned twice")
    assert lines_of(dist.reallocate(app, second.round_id), "VC-A") == [("CASOON", 60), ("CA1", 42)]


def test_site_candidates(app: App, paper: PaperLog) -> None:
    sites = dist.site_candidates(app)
    assert [(s.code, s.kind_code, s.cover_days) for s in sites] == [
        ("VC-A", "central", 14),
        ("DC-B", "decentral", 7),
        ("MOB-C", "mobile", 7),
    ]


def test_a_round_in_the_past_is_refused(app: App, paper: PaperLog) -> None:
    with pytest.raises(DomainError) as err:
        plan(app, planned_for=date(2026, 11, 1))
    assert err.value.code == "distribution_date_past"
    assert err.value.text("da") == (
        "En runde kan ikke planlægges til 01-11-2026: det er før i dag (02-11-2026)."
    )
    assert dist.list_rounds(app) == []


def test_a_product_asked_for_and_not_sent_is_proposed_again(app: App, paper: PaperLog) -> None:
    # VC-A asks for Pneumovax, which the pharmacy does not have: the round goes with the
    # Comirnaty alone, and the Pneumovax is short.
    pneumovax = "345678"
    asked = {("VC-A", product_id(app, COMIRNATY)): 6, ("VC-A", product_id(app, pneumovax)): 10}
    sent = plan(app, site_codes=["VC-A"], requested=asked, dispatch=True)
    assert sent.status == "dispatched"
    assert [(site, need, got) for site, _name, need, got in sent.shortfalls] == [("VC-A", 10, 0)]
    # The next round still lists it for VC-A (nothing was moved or held, but it was asked
    # for), so the coordinator sees it again instead of the site silently dropping it.
    view = plan(app, site_codes=["VC-A"])
    assert [r.varenummer for r in view.list_for("VC-A").requests] == [COMIRNATY, pneumovax]
    # A round planned but not dispatched does not count: DC-B asks for Pneumovax in a
    # draft, and its next proposal knows only what it moved.
    plan(app, site_codes=["DC-B"], requested={("DC-B", product_id(app, pneumovax)): 4})
    assert pneumovax not in [r.varenummer for r in plan(app, site_codes=["DC-B"]).list_for("DC-B").requests]
