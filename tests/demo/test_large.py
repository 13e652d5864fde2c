"""The large-region demo at a reduced size: every kind of movement, a surge season,
recalls, a ledger that passes ``check`` on both engines, the same ledger for a seed."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from pharmacy_app.db import models as m
from pharmacy_app.demo.large import LargeScale, period, surge
from pharmacy_app.demo.large_sites import large_region_sites
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.domain.localtime import LOCAL_TZ
from pharmacy_app.services import demo, queries, reference
from pharmacy_app.services.app import App, open_app

UNTIL = date(2026, 3, 31)  # one year holding a whole autumn season
NEXT_MORNING = datetime(2026, 4, 1, 6, 0, tzinfo=UTC)
SMALL = LargeScale(years=1, sites=30, doses=0.02)
SEED = 4


def _open(url: str) -> App:
    return open_app(url, user="tester", clock=lambda: NEXT_MORNING)


def _generate(url: str, seed: int = SEED) -> demo.DemoSummary:
    app = _open(url)
    try:
        return demo.generate(app, seed=seed, until=UNTIL, large=SMALL)
    finally:
        app.close()


def _ledger(url: str) -> list[tuple[object, ...]]:
    app = _open(url)
    try:
        return list(queries.iter_movements(app))
    finally:
        app.close()


def test_the_large_network_has_every_kind_of_site_with_new_codes_and_names() -> None:
    region = next(r for r in reference.load_catalog()["regions"] if r["code"] == "1084")
    sites = large_region_sites("1084", "RH-APO", region["central_centre_cities"])
    assert len(sites) == 150
    assert len({s.code for s in sites}) == len({s.name for s in sites}) == 150
    assert max(len(s.code) for s in sites) <= 32
    types = Counter(s.site_type for s in sites)
    assert set(types) == {"central", "hospital", "health_house", "gp", "temporary", "mobile"}
    assert types["gp"] > types["health_house"] > types["hospital"]
    assert all(s.address and s.city[:4].isdigit() for s in sites)
    # The same count gives the same network; a smaller one is its beginning.
    again = large_region_sites("1084", "RH-APO", region["central_centre_cities"])
    assert again == sites
    small = large_region_sites("1084", "RH-APO", region["central_centre_cities"], count=40)
    assert len(small) == 40 and small[:25] == sites[:25]


def test_period_and_surge_season() -> None:
    start = period(date(2026, 11, 30), 5)
    assert start == date(2021, 12, 1)
    season = surge(start, date(2026, 11, 30))
    assert season is not None and season.first == date(2025, 10, 15)  # the last autumn but one
    one = surge(period(UNTIL, 1), UNTIL)
    assert one is not None and one.first == date(2025, 10, 15)
    assert surge(date(2026, 1, 1), date(2026, 9, 30)) is None


def test_the_same_seed_gives_the_same_ledger(tmp_path: Path) -> None:
    first, second, other = (f"sqlite:///{tmp_path / name}" for name in ("a.db", "b.db", "c.db"))
    summary = _generate(first)
    assert _generate(second) == summary
    assert _ledger(first) == _ledger(second)
    _generate(other, seed=SEED + 1)
    assert _ledger(other) != _ledger(first)


def test_large_demo_holds_every_kind_of_movement_and_passes_check(db_url: str) -> None:
    summary = _generate(db_url)
    assert summary.sites == SMALL.sites
    assert summary.first_day >= period(UNTIL, 1) and summary.last_day <= UNTIL
    app = _open(db_url)
    try:
        report = queries.check_ledger(app)
        assert report.ok, report
        assert report.movements == summary.movements
        with app.db.read() as s:
            kinds = set(s.scalars(sa.select(m.Movement.kind).distinct()))
            assert kinds == {"receipt", "transfer", "administer", "discard", "reversal"}
            recalled = s.scalars(sa.select(m.Lot).where(m.Lot.recalled_at.is_not(None))).all()
            assert len(recalled) == SMALL.recalls
            for lot in recalled:
                assert lot.recalled_by and lot.recall_reason
                # Brought back from the sites and discarded at the pharmacy; nothing left.
                after = s.scalars(
                    sa.select(m.Movement).where(
                        m.Movement.lot_id == lot.id, m.Movement.occurred_at >= lot.recalled_at
                    )
                ).all()
                assert {mv.kind for mv in after} == {"transfer", "discard"}
                assert sum(mv.doses for mv in after if mv.reason_code == "TILBAGEKALDT") > 0
                held = s.scalar(
                    sa.select(sa.func.coalesce(sa.func.sum(m.StockBalance.doses), 0)).where(
                        m.StockBalance.lot_id == lot.id
                    )
                )
                assert held == 0
            # Doses are registered per target group.
            groups = set(
                s.scalars(
                    sa.select(m.Movement.target_group)
                    .where(m.Movement.kind == "administer")
                    .distinct()
                )
            )
            assert {"65+", "risikogrupper"} <= groups
            assert groups <= set(reference.load_catalog()["target_groups"]) | {None}
            # The surge: covid-19 doses a day in the surge weeks against the weeks after.
            season = surge(period(UNTIL, 1), UNTIL)
            assert season is not None
            covid = (
                sa.select(m.Movement.occurred_at, m.Movement.doses)
                .join(m.Lot, m.Lot.id == m.Movement.lot_id)
                .join(m.Product, m.Product.id == m.Lot.product_id)
                .where(m.Product.programme_code == "covid-19", m.Movement.kind == "administer")
            )
            per_day: Counter[date] = Counter()
            for at, doses in s.execute(covid):
                per_day[at.astimezone(LOCAL_TZ).date()] += doses
            weeks = timedelta(days=21)
            during = sum(n for d, n in per_day.items() if season.last - weeks < d <= season.last)
            after_ = sum(n for d, n in per_day.items() if season.last < d <= season.last + weeks)
            assert during > 2 * after_ > 0
    finally:
        app.close()


def test_large_demo_refuses_a_database_with_movements(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'full.db'}"
    _generate(url)
    with pytest.raises(DomainError) as refused:
        _generate(url, seed=SEED + 1)
    assert refused.value.problems[0].code == "database_empty_required"
