"""A round after planning, on SQLite and PostgreSQL: cancel before dispatch, dispatch all
or nothing, receipt with discrepancies (direct and in transit), reversal, and a round
to every site of the demo region."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from pharmacy_app.db import models as m
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.domain.types import VirtualLocation
from pharmacy_app.services import distribution as dist
from pharmacy_app.services import queries, reference, stock
from pharmacy_app.services.app import App, open_app
from tests.helpers import balance
from tests.paperlog import Clock, PaperLog
from tests.services.distribution.conftest import (
    VAXIGRIP,
    ledger_size,
    lines_of,
    plan,
    request_of,
)


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
        thawing = [ln for lst in view.lists for ln in lst.lines if ln.thaws_on is not None]
        view = dist.dispatch(app, view.round_id)
        sent = [lst for lst in view.lists if lst.status == "dispatched"]
        assert sent
        # The demo's sites without an ultra-low freezer get their frozen mRNA stock thawed
        # today, with the thawed use-by; no line to them travels frozen.
        assert thawing
        lines = {ln.line_id: ln for lst in view.lists for ln in lst.lines}
        for before in thawing:
            after = lines[before.line_id]
            assert after.thawed_on == date(2026, 11, 26) and after.use_by == before.thawed_use_by
        for lst in sent:
            dist.confirm_receipt(app, lst.list_id)
        final = dist.round_view(app, view.round_id)
        assert all(lst.status in ("received", "cancelled") for lst in final.lists)
        with app.db.read() as s:
            transit = reference.virtual(s, VirtualLocation.IN_TRANSIT)
            left = s.scalar(
                sa.select(sa.func.sum(m.StockBalance.doses)).where(
                    m.StockBalance.location_id == transit.id
                )
            )
        assert not left
        assert queries.check_ledger(app).ok
    finally:
        app.close()
