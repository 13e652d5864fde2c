"""The read paths made fast for a long ledger give the numbers they always gave.

The consumption rates, the stock at risk, the rebalancing proposals, the wastage
figures and a round's proposals were rewritten to read only their window of days
through indexes, and to do each piece of work once.  Here they are compared on the
default demo (seed 3, a year) with :data:`REFERENCE`: the same figures as the code
before the rewrite computed them (written by ``python -m tests.test_read_paths OUT``
on that code).  The rates are also compared with the way they were computed before,
kept here as :func:`old_consumption_rates`, on days when many sites were new.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain import expiry_risk as er
from pharmacy_app.domain.localtime import at_local, local_day
from pharmacy_app.domain.ssi_report import CONSUMPTION_WINDOW_DAYS
from pharmacy_app.domain.types import VirtualLocation
from pharmacy_app.services import demo, distribution, expiry, rebalance
from pharmacy_app.services.app import App, open_app
from pharmacy_app.services.reference import region_locations, virtual
from tests.helpers import give_storage

UNTIL = date(2026, 11, 25)
SEED = 3
NEXT_MORNING = datetime(2026, 11, 26, 7, 0, tzinfo=UTC)
TODAY = local_day(NEXT_MORNING)
# The last day, a day in spring, and days early in the year when sites were new.
RATE_DAYS = (TODAY, date(2026, 3, 10), date(2025, 12, 20), date(2025, 12, 5))
# The stock as it stands, seen on the last day and two weeks on (more of it at risk).
RISK_DAYS = (TODAY, TODAY + timedelta(days=14))
REFERENCE = Path(__file__).parent / "data" / "read_paths_demo_seed3.json"


def _consuming(app: App) -> dict[int, m.Location]:
    with app.db.read() as s:
        return {
            i: loc
            for i, loc in region_locations(s).items()
            if loc.holds_stock and loc.kind_code not in expiry.NOT_CONSUMING_KINDS
        }


def _rates(app: App, today: date) -> dict[str, list[Any]]:
    sites = _consuming(app)
    with app.db.read() as s:
        rates = expiry.consumption_rates(s, sites, today)
    return {f"{loc}/{pid}": [r.per_day, r.source] for (loc, pid), r in sorted(rates.items())}


def _plain(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def _round(app: App) -> list[list[Any]]:
    """Plan a round to every site for tomorrow, read its requests and picks, cancel it.

    The reference was written before places had storage equipment, when every site was
    sent frozen stock without a limit: each site gets every class without a capacity
    first, so the round compared is the same round (thaw on dispatch and capacity caps
    are tested in tests/services/distribution/test_thaw_on_dispatch.py)."""
    sites = [site.code for site in distribution.site_candidates(app)]
    for code in sites:
        give_storage(app, code, "ultralow", "freezer", "fridge")
    view = distribution.plan_round(app, planned_for=TODAY + timedelta(days=1), site_codes=sites)
    try:
        with app.db.read() as s:
            rows = s.execute(
                select(
                    m.Location.code, m.DistributionRequest.product_id,
                    m.DistributionRequest.proposed_doses, m.DistributionRequest.requested_doses,
                    m.DistributionRequest.basis,
                )
                .join(m.DistributionList, m.DistributionList.id == m.DistributionRequest.list_id)
                .join(m.Location, m.Location.id == m.DistributionList.location_id)
                .where(m.DistributionList.round_id == view.round_id)
                .order_by(m.Location.code, m.DistributionRequest.product_id)
            ).all()
            lines = s.execute(
                select(m.Location.code, m.Lot.batch, m.DistributionLine.doses)
                .join(m.DistributionList, m.DistributionList.id == m.DistributionLine.list_id)
                .join(m.Location, m.Location.id == m.DistributionList.location_id)
                .join(m.Lot, m.Lot.id == m.DistributionLine.lot_id)
                .where(m.DistributionList.round_id == view.round_id)
                .order_by(m.Location.code, m.Lot.batch)
            ).all()
    finally:
        distribution.cancel_round(app, view.round_id)
    return [list(r) for r in rows] + [list(r) for r in lines]


def snapshot(app: App) -> dict[str, Any]:
    """The figures compared: rates on :data:`RATE_DAYS`, the stock at risk and the
    proposals on :data:`RISK_DAYS`, and on :data:`TODAY` the status bar's counts, the
    wastage of the year in every grouping and a round to every site."""
    counts = expiry.expiry_counts(app, TODAY)
    year = TODAY - timedelta(days=365)
    # The pharmacy's own rows (measured against the region's use) came after the
    # reference was written: the sites' rows and counts are compared with it, and the
    # status bar's counts still add up every row.
    risks = expiry.at_risk_report(app, TODAY)
    assert counts.at_risk_doses == sum(r.at_risk for r in risks)
    sites_only = [r for r in risks if r.rate_source != er.RATE_REGION]
    return {
        "rates": {d.isoformat(): _rates(app, d) for d in RATE_DAYS},
        "at_risk": {
            d.isoformat(): [
                [_plain(v) for v in expiry.risk_values(r)] + [r.lot_id]
                for r in expiry.at_risk_report(app, d)
                if r.rate_source != er.RATE_REGION
            ]
            for d in RISK_DAYS
        },
        "proposals": {
            d.isoformat(): [
                [p.kind, p.from_code, p.to_code, p.lot_id, p.doses, p.doses_saved, p.sentence("en")]
                for p in rebalance.proposals(app, d)
            ]
            for d in RISK_DAYS
        },
        "counts": [
            counts.expired_doses, counts.expired_lots, counts.soon_doses, counts.soon_lots,
            sum(r.at_risk for r in sites_only), len({r.lot_id for r in sites_only}),
            [[s.lot_id, s.doses, s.locations] for s in counts.soonest],
        ],
        "wastage": {
            group: [
                [w.group, w.name, w.administered, w.wasted, w.closed_vial, w.open_vial]
                for w in expiry.wastage_figures(app, year, TODAY, group)
            ]
            for group in expiry.GROUP_BY
        },
        "round": _round(app),
    }  # fmt: skip


# --------------------------------------------------------------------------- the old way


def old_consumption_rates(
    session: Session, sites: dict[int, m.Location], today: date
) -> dict[tuple[int, int], er.Rate]:
    """The rates as computed before: every movement of the window one by one, and the
    first day from the whole history of receipts."""
    window = CONSUMPTION_WINDOW_DAYS
    window_start = today - timedelta(days=window - 1)
    site_ids = list(sites)
    administered = virtual(session, VirtualLocation.ADMINISTERED).id
    mv = m.Movement
    given: dict[tuple[int, int], dict[date, int]] = defaultdict(lambda: defaultdict(int))
    for src, dst, pid, occurred, doses in session.execute(
        select(mv.from_location_id, mv.to_location_id, m.Lot.product_id, mv.occurred_at, mv.doses)
        .join(m.Lot, m.Lot.id == mv.lot_id)
        .where(
            mv.occurred_at >= at_local(window_start),
            mv.occurred_at < at_local(today + timedelta(days=1)),
            or_(
                and_(mv.to_location_id == administered, mv.from_location_id.in_(site_ids)),
                and_(mv.from_location_id == administered, mv.to_location_id.in_(site_ids)),
            ),
        )
    ):
        if dst == administered:
            given[(src, pid)][local_day(occurred)] += doses
        else:
            given[(dst, pid)][local_day(occurred)] -= doses
    first_days = {
        (loc, pid): local_day(first)
        for loc, pid, first in session.execute(
            select(mv.to_location_id, m.Lot.product_id, func.min(mv.occurred_at))
            .join(m.Lot, m.Lot.id == mv.lot_id)
            .where(mv.to_location_id.in_(site_ids))
            .group_by(mv.to_location_id, m.Lot.product_id)
        )
    }
    history: dict[tuple[int, int], list[int]] = {}
    for key, first in first_days.items():
        start = max(first, window_start)
        per_day = given.get(key, {})
        history[key] = [per_day.get(start + timedelta(days=i), 0) for i in range((today - start).days + 1)]
    peers: dict[tuple[str, int], list[float]] = defaultdict(list)
    for (loc_id, pid), days in history.items():
        if len(days) >= window:
            peers[(sites[loc_id].kind_code or "", pid)].append(er.daily_rate(days, window))
    rates: dict[tuple[int, int], er.Rate] = {}
    for (loc_id, pid), days in history.items():
        kind_rates = peers.get((sites[loc_id].kind_code or "", pid))
        fallback = sum(kind_rates) / len(kind_rates) if kind_rates else None
        rates[(loc_id, pid)] = er.rate_with_source(days, window, fallback)
    return rates


# --------------------------------------------------------------------------- tests


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('read-paths') / 'demo.db'}"
    app = open_app(url, user="tester", clock=lambda: NEXT_MORNING)
    try:
        demo.generate(app, seed=SEED, until=UNTIL)
    finally:
        app.close()
    return url


@pytest.fixture
def demo_app(demo_url: str) -> Iterator[App]:
    app = open_app(demo_url, user="tester", clock=lambda: NEXT_MORNING)
    yield app
    app.close()


def test_the_figures_are_those_the_code_gave_before(demo_app: App) -> None:
    expected = json.loads(REFERENCE.read_text(encoding="utf-8"))
    got = json.loads(json.dumps(snapshot(demo_app), sort_keys=True))
    for part in expected:
        assert got[part] == expected[part], part


@pytest.mark.parametrize("day", RATE_DAYS + (date(2025, 11, 28), date(2026, 12, 31)))
def test_rates_over_the_window_equal_the_rates_from_the_whole_history(
    demo_app: App, day: date
) -> None:
    sites = _consuming(demo_app)
    with demo_app.db.read() as s:
        new = expiry.consumption_rates(s, sites, day)
        old = old_consumption_rates(s, sites, day)
    assert new == old
    assert {r.source for r in new.values()} <= {
        er.RATE_OWN, er.RATE_KIND, er.RATE_SHORT, er.RATE_NONE,
    }  # fmt: skip


if __name__ == "__main__":  # write the reference: python -m tests.test_read_paths OUT.db
    target = Path(sys.argv[1])
    url = f"sqlite:///{target}"
    application = open_app(url, user="tester", clock=lambda: NEXT_MORNING)
    try:
        demo.generate(application, seed=SEED, until=UNTIL)
        REFERENCE.parent.mkdir(exist_ok=True)
        REFERENCE.write_text(json.dumps(snapshot(application), sort_keys=True, indent=0) + "\n")
    finally:
        application.close()
