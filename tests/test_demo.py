"""Demo data: a year of a realistic region that keeps every rule of the ledger."""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from pharmacy_app.db import models as m
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.domain.localtime import LOCAL_TZ
from pharmacy_app.services import (
    demo,
    expiry,
    queries,
    rebalance,
    reference,
    stock,
    storage_settings,
    waste,
)
from pharmacy_app.services.app import App, open_app

UNTIL = date(2026, 11, 25)
SEED = 3
# The clock stands after the last day, so nothing of the year is cut off as "future".
NEXT_MORNING = datetime(2026, 11, 26, 7, 0, tzinfo=UTC)
COLUMNS = queries.MOVEMENT_EXPORT_COLUMNS


def _open(url: str, clock: datetime = NEXT_MORNING) -> App:
    return open_app(url, user="tester", clock=lambda: clock)


def _sqlite(directory: Path, name: str) -> str:
    return f"sqlite:///{directory / name}"


def _counts(app: App) -> tuple[int, ...]:
    with app.db.read() as s:
        return tuple(
            int(s.execute(sa.text(f"select count(*) from {table}")).scalar_one())
            for table in ("movement", "lot", "location", "stock_balance", "setting")
        )


@dataclass(frozen=True)
class Generated:
    url: str
    summary: demo.DemoSummary
    ledger: list[tuple[object, ...]]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    url = _sqlite(tmp_path_factory.mktemp("demo"), "demo.db")
    app = _open(url)
    calls: list[tuple[int, int]] = []
    summary = demo.generate(app, seed=SEED, until=UNTIL, progress=lambda d, t: calls.append((d, t)))
    ledger = list(queries.iter_movements(app))
    app.close()
    assert calls and calls[-1][0] == calls[-1][1], "progress ends at its total"
    assert [d for d, _ in calls] == sorted(d for d, _ in calls), "progress only moves forward"
    yield Generated(url, summary, ledger)


@pytest.fixture
def app(generated: Generated) -> Iterator[App]:
    application = _open(generated.url)
    yield application
    application.close()


def rows(ledger: list[tuple[object, ...]]) -> list[dict[str, Any]]:
    return [dict(zip(COLUMNS, row, strict=True)) for row in ledger]


# --------------------------------------------------------------------------- the result


def test_the_ledger_checks_out_and_is_the_size_of_a_region(app: App, generated: Generated) -> None:
    report = queries.check_ledger(app)
    assert report.ok, [b.text() for b in report.breaches[:5]]
    summary = generated.summary
    assert report.movements == summary.movements == len(generated.ledger)
    assert 25_000 <= summary.movements <= 60_000
    assert summary.sites == 25
    assert summary.products == 11
    assert summary.receipts > 300 and summary.transfers > 3000
    assert 0.5 < summary.wastage_pct < 6
    assert summary.text().startswith("Demo data for Region Hovedstaden (RH-APO)")


def test_the_region_has_its_pharmacy_and_sites_of_every_kind(app: App) -> None:
    assert reference.read_settings(app).home_location_code == "RH-APO"
    sites = [
        loc
        for loc in reference.list_locations(app)
        if loc.region_code == "1084" and loc.kind_code != "pharmacy"
    ]
    kinds = Counter(loc.kind_code for loc in sites)
    assert 22 <= len(sites) <= 30
    assert kinds["central"] == 6  # one per central-centre city of the region
    assert kinds["decentral"] >= 8
    assert 3 <= kinds["temporary"] <= 4
    assert 3 <= kinds["mobile"] <= 4
    prefix = {
        "central": "RH-VC-",
        "decentral": "RH-DC-",
        "temporary": "RH-TMP-",
        "mobile": "RH-MOB-",
    }
    for loc in sites:
        assert loc.code.startswith(prefix[str(loc.kind_code)]), loc.code
        assert re.fullmatch(r"[A-Z0-9][A-Z0-9\-]{0,39}", loc.code), loc.code
        assert loc.name and loc.city and loc.address
        assert loc.holds_stock and not loc.is_virtual
        assert loc.active  # 25 November is in the season, so the pop-up sites are open
    assert "RH-VC-HERLEV" in {loc.code for loc in sites}


def test_the_demo_places_have_their_storage_equipment(app: App) -> None:
    """Most sites a fridge (their kind's default), pop-ups and mobile units a cool box,
    the pharmacy every freezer, one centre an ultra-low freezer too, and two small
    clinics a fridge with a capacity in packs, so a round meets a cap."""
    places = {p.code: p for p in storage_settings.storage_summaries(app)}

    def classes(code: str) -> list[tuple[str, int | None]]:
        return [(e.storage_class.value, e.capacity_packs) for e in places[code].equipment]

    assert classes("RH-APO") == [("ultralow", None), ("freezer", None), ("fridge", None)]
    assert places["RH-APO"].recorded
    assert classes("RH-VC-HERLEV") == [("ultralow", None), ("fridge", None)]
    assert classes("RH-DC-VALBY") == [("fridge", 40)] and classes("RH-DC-NEXOE") == [("fridge", 45)]
    with_ultralow = [
        code for code, p in places.items()
        if p.kind_code == "central" and any(e.storage_class.value == "ultralow" for e in p.equipment)
    ]  # fmt: skip
    assert with_ultralow == ["RH-VC-HERLEV"]
    recorded = {code for code, p in places.items() if p.recorded}
    assert recorded == {"RH-APO", "RH-VC-HERLEV", "RH-DC-VALBY", "RH-DC-NEXOE"}
    for code, place in places.items():
        if place.kind_code in ("temporary", "mobile"):
            assert classes(code) == [("coolbox", None)], code
        elif code not in recorded and place.kind_code in ("central", "decentral"):
            assert classes(code) == [("fridge", None)], code


def test_twelve_months_of_every_kind_of_movement_ending_on_the_last_day(
    generated: Generated,
) -> None:
    ledger = rows(generated.ledger)
    local = [r["occurred_at"].astimezone(LOCAL_TZ) for r in ledger]
    first_day = UNTIL - timedelta(days=364)
    assert first_day <= local[0].date() <= first_day + timedelta(days=4)
    assert UNTIL - timedelta(days=2) <= local[-1].date() <= UNTIL
    assert generated.summary.first_day == local[0].date()
    assert generated.summary.last_day == local[-1].date()
    kinds = Counter(r["kind"] for r in ledger)
    assert set(kinds) == {"receipt", "transfer", "administer", "discard", "reversal"}
    assert kinds["reversal"] == 2
    months = Counter(t.strftime("%Y-%m") for t in local)
    assert len(months) == 13 and min(months.values()) > 500

    given: Counter[int] = Counter()
    for r, t in zip(ledger, local, strict=True):
        if r["kind"] == "administer":
            given[t.month] += int(r["doses"])
    assert given[10] + given[11] > 10 * (given[6] + given[7]), "the autumn campaign is the peak"
    assert given[6] > 0, "some vaccination off season too"

    reasons = Counter(r["reason_code"] for r in ledger if r["kind"] == "discard")
    assert {"ANBRUDT_HETTEGLAS", "UDLOEBET", "BRUD"} <= set(reasons)
    returns = [r for r in ledger if r["kind"] == "transfer" and r["to_code"] == "RH-APO"]
    assert returns, "some sites return stock to the pharmacy"


def test_every_movement_keeps_the_rules_of_the_services(app: App, generated: Generated) -> None:
    products = {p.varenummer: p for p in reference.list_products(app)}
    reasons = {r.code: r for r in reference.list_discard_reasons(app)}
    ledger = rows(generated.ledger)
    by_id = {r["movement_id"]: r for r in ledger}
    previous = None
    batches: dict[tuple[object, object], object] = {}
    for r in ledger:
        occurred, recorded = r["occurred_at"], r["recorded_at"]
        assert isinstance(occurred, datetime) and isinstance(recorded, datetime)
        assert occurred.tzinfo is not None and recorded >= occurred
        assert previous is None or occurred >= previous, "ids ascend with time"
        previous = occurred
        assert 6 <= occurred.astimezone(LOCAL_TZ).hour < 18, "working hours"
        assert int(r["doses"]) > 0 and r["from_code"] != r["to_code"]
        assert r["user"] and r["user"] != "tester"
        product = products[str(r["varenummer"])]
        doses = int(r["doses"])
        expired = occurred.date() > r["expiry"]
        assert batches.setdefault((r["varenummer"], r["batch"]), r["expiry"]) == r["expiry"]
        assert re.fullmatch(r"[A-Za-z0-9]{1,20}", str(r["batch"]))
        if r["kind"] == "receipt":
            assert (r["from_code"], r["to_code"]) == ("SSI", "RH-APO")
            assert doses % product.doses_per_pack == 0 and not expired
            assert re.fullmatch(r"FS-\d{4}-\d{4}", str(r["reference"]))
        if "RH-APO" in (r["from_code"], r["to_code"]) and r["kind"] in ("transfer", "discard"):
            assert doses % product.doses_per_unit == 0, r
        if r["kind"] == "transfer" and r["from_code"] == "RH-APO":
            assert not expired and re.fullmatch(r"DL-\d{4}-\d{5}", str(r["reference"]))
        if r["kind"] == "administer":
            assert r["to_code"] == "ADMINISTERED" and not expired
        if r["kind"] == "discard":
            assert r["to_code"] == "WASTED" and r["reason_code"] in reasons
            assert r["note"] or not reasons[str(r["reason_code"])].requires_comment
            if r["reason_code"] == "UDLOEBET":
                assert expired
        else:
            assert r["reason_code"] is None
        if r["kind"] == "reversal":
            original = by_id[r["reverses_id"]]
            assert original["movement_id"] < r["movement_id"] and original["kind"] != "reversal"
            assert (original["from_code"], original["to_code"]) == (r["to_code"], r["from_code"])
            assert (original["batch"], original["doses"]) == (r["batch"], r["doses"])
            assert r["note"]
        else:
            assert r["reverses_id"] is None


def test_stock_is_left_at_the_pharmacy_and_the_sites_and_some_of_it_runs_out_soon(app: App) -> None:
    stock_rows = queries.stock_rows(app)
    kinds = {r.location_kind for r in stock_rows}
    assert {
        "Sygehusapotek",
        "Centralt vaccinationscenter",
        "Decentralt tilbud",
        "Udkørende enhed",
    } <= kinds
    assert all(r.doses > 0 for r in stock_rows)
    pharmacy = [r for r in stock_rows if r.location_code == "RH-APO"]
    assert all(r.doses % r.doses_per_unit == 0 for r in pharmacy), "the pharmacy holds whole vials"
    assert {r.programme for r in pharmacy} >= {"Covid-19", "Influenza", "Pneumokok"}
    soon = [r for r in stock_rows if (r.use_by - UNTIL).days <= 30]
    assert soon, "the expiry views have something to show"
    assert any(r.use_by - UNTIL > timedelta(days=180) for r in stock_rows)


# --------------------------------------------------------------------------- the last day's work

SECOND_UNTIL = date(2026, 6, 15)  # off season: little covid-19 and influenza is given


def _end_of(day: date) -> datetime:
    """17:00 UTC on ``day``: after the sites' last phase, still the same local day."""
    return datetime(day.year, day.month, day.day, 17, 0, tzinfo=UTC)


def _coordinator_works_through_the_last_day(app: App, today: date) -> None:
    """What the acceptance test asks of the demo region on its last day: it sees what
    will expire and what is at risk, accepts a proposal that saves doses and discards
    expired stock with a reason; the ledger checks out before and after."""
    report = queries.check_ledger(app)
    assert report.ok, [b.text() for b in report.breaches[:5]]
    buckets = expiry.bucket_totals(app, today)
    assert all(buckets[b] > 0 for b in ("≤7", "≤30", "≤60")), buckets

    risks = expiry.at_risk_report(app, today)
    assert risks, "some stock is at risk"
    slow = [
        r for r in risks if r.location_kind in ("decentral", "mobile") and 14 <= r.days_left <= 20
    ]
    assert slow and max(r.at_risk for r in slow) >= 30, "a slow site was sent too much"

    found = rebalance.proposals(app, today)
    movable = [p for p in found if p.kind != rebalance.OTHER_REGION]
    assert movable and movable[0].doses_saved >= 30, [(p.kind, p.doses_saved) for p in found[:5]]
    assert any(p.kind == rebalance.SITE and p.to_code.startswith("RH-VC-") for p in movable)

    expired = waste.expired_stock(app, today)
    at_sites = [e for e in expired if e.location_kind != "pharmacy"]
    assert at_sites, "a site's expired stock waits for its weekly round"
    assert any(1 <= (today - e.use_by).days <= 3 for e in at_sites)

    top = movable[0]
    moved = rebalance.accept(app, top)
    assert (moved.from_code, moved.to_code, moved.doses) == (top.from_code, top.to_code, top.doses)
    left = [
        r
        for r in expiry.at_risk_report(app, today)
        if (r.lot_id, r.location_code) == (top.lot_id, top.from_code)
    ]
    before = next(r for r in risks if (r.lot_id, r.location_code) == (top.lot_id, top.from_code))
    assert sum(r.at_risk for r in left) == before.at_risk - top.doses

    discarded = waste.discard_expired(app, today=today)
    assert {(d.lot_id, d.from_code) for d in discarded} == {
        (e.lot_id, e.location_code) for e in expired
    }
    assert all(d.to_code == "WASTED" for d in discarded)
    assert sum(d.doses for d in discarded) == sum(e.doses for e in expired)
    assert waste.expired_stock(app, today) == []
    with app.db.read() as s:
        reasons = {
            str(r)
            for (r,) in s.execute(
                sa.select(m.Movement.reason_code).where(
                    m.Movement.id.in_([d.movement_id for d in discarded])
                )
            )
        }
    assert reasons == {"UDLOEBET"}
    report = queries.check_ledger(app)
    assert report.ok, [b.text() for b in report.breaches[:5]]


def test_on_its_last_day_the_demo_shows_stock_at_risk_and_expired_stock(
    tmp_path: Path, generated: Generated
) -> None:
    copy = tmp_path / "last-day.db"
    source = sqlite3.connect(generated.url.removeprefix("sqlite:///"))
    with closing(source), closing(sqlite3.connect(copy)) as target:
        source.backup(target)
    app = _open(f"sqlite:///{copy}", clock=_end_of(UNTIL))
    try:
        _coordinator_works_through_the_last_day(app, UNTIL)
    finally:
        app.close()


def test_a_demo_ending_off_season_shows_them_too(db_url: str) -> None:
    app = _open(db_url, clock=_end_of(SECOND_UNTIL))
    try:
        summary = demo.generate(app, seed=SEED + 4)  # ends today, as the command does
        assert summary.last_day == SECOND_UNTIL
        _coordinator_works_through_the_last_day(app, SECOND_UNTIL)
    finally:
        app.close()


# --------------------------------------------------------------------------- determinism


def test_the_same_seed_and_end_date_give_the_same_ledger(
    tmp_path: Path, generated: Generated
) -> None:
    app = _open(_sqlite(tmp_path, "again.db"))
    try:
        again = demo.generate(app, seed=SEED, until=UNTIL)
        assert again == generated.summary
        assert list(queries.iter_movements(app)) == generated.ledger
    finally:
        app.close()


def test_another_seed_gives_another_ledger(tmp_path: Path, generated: Generated) -> None:
    app = _open(_sqlite(tmp_path, "other.db"))
    try:
        other = demo.generate(app, seed=SEED + 1, until=UNTIL)
        assert queries.check_ledger(app).ok
        ledger = list(queries.iter_movements(app))
    finally:
        app.close()
    assert other.sites == generated.summary.sites
    assert ledger != generated.ledger
    assert {r[7] for r in ledger} != {r[7] for r in generated.ledger}, "other batch numbers"


@pytest.mark.postgres
def test_postgresql_holds_the_same_ledger(pg_url: str, generated: Generated) -> None:
    app = _open(pg_url)
    try:
        summary = demo.generate(app, seed=SEED, until=UNTIL)
        report = queries.check_ledger(app)
        assert report.ok, [b.text() for b in report.breaches[:5]]
        assert summary == generated.summary
        assert list(queries.iter_movements(app)) == generated.ledger
    finally:
        app.close()


# --------------------------------------------------------------------------- refusals and edges


def test_a_database_with_movements_is_refused_and_nothing_is_written(app: App) -> None:
    before = _counts(app)
    with pytest.raises(DomainError) as info:
        demo.generate(app, seed=SEED, until=UNTIL)
    assert info.value.code == "database_empty_required"
    assert f"{before[0]:,} movements" in info.value.text("en")
    assert f"{before[0]:,}".replace(",", ".") + " bevægelser" in info.value.text("da")
    assert _counts(app) == before


def test_one_movement_is_enough_to_refuse(tmp_path: Path) -> None:
    app = _open(_sqlite(tmp_path, "one.db"))
    try:
        stock.receive(
            app,
            product="123456",
            batch="FL2026A",
            expiry=date(2027, 5, 31),
            packs=1,
            to_location="RH-APO",
        )
        before = _counts(app)
        with pytest.raises(DomainError) as info:
            demo.generate(app, until=UNTIL)
        assert info.value.code == "database_empty_required"
        assert _counts(app) == before
        with pytest.raises(DomainError) as unknown:
            demo.generate(app, region_code="9999", until=UNTIL)
        assert unknown.value.code == "region_unknown"
    finally:
        app.close()


def test_a_year_ending_today_stops_at_the_clock(tmp_path: Path) -> None:
    now = datetime(2026, 11, 25, 10, 30, tzinfo=UTC)  # 11:30 in Copenhagen
    app = _open(_sqlite(tmp_path, "today.db"), clock=now)
    try:
        summary = demo.generate(app, region_code="1081", seed=5)
        ledger = rows(list(queries.iter_movements(app)))
        assert queries.check_ledger(app).ok
    finally:
        app.close()
    assert summary.last_day == now.date() == UNTIL
    assert max(r["occurred_at"] for r in ledger) <= now
    assert max(r["recorded_at"] for r in ledger) <= now
    assert summary.text().startswith("Demo data for Region Nordjylland (NJ-APO)")
