"""The monthly SSI workbook from stored month-end snapshots gives the same numbers as a
replay of the whole ledger, on every month of the demo, and follows a back-dated
movement into an earlier month.

The reference is the report as it was computed before snapshots existed: every
movement of the region up to the month's end, replayed in Python (:func:`replayed`)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy import func, or_, select
from sqlalchemy.orm import aliased

from pharmacy_app.db import models as m
from pharmacy_app.domain import report_period as rp
from pharmacy_app.domain import ssi_report as dr
from pharmacy_app.domain.localtime import at_local
from pharmacy_app.domain.types import MovementKind
from pharmacy_app.reports import ssi_workbook
from pharmacy_app.services import demo, in_transit, ledger, month_end, reference, ssi_report
from pharmacy_app.services.app import App, open_app
from tests.pgserver import fresh_database

UNTIL = date(2026, 11, 25)
NEXT_MORNING = datetime(2026, 11, 26, 7, 0, tzinfo=UTC)


def replayed(app: App, period: str) -> dr.ReportData:
    """The report's data by the full replay: the whole history up to the month's end."""
    p = rp.parse_period(period)
    with app.db.read() as s:
        sc = month_end.home_scope(s)
        products = {
            p.id: dr.ProductRecord(p.id, p.varenummer, p.name, name_da, p.doses_per_unit * p.units_per_pack)
            for p, name_da in s.execute(
                select(m.Product, m.Programme.name_da).join(m.Programme, m.Programme.code == m.Product.programme_code)
            )
        }
        lots = {
            lot.id: dr.LotRecord(lot.id, lot.product_id, lot.batch, lot.expiry, lot.use_by)
            for lot in s.scalars(select(m.Lot))
        }
        mv, original = m.Movement, aliased(m.Movement)
        rows = s.execute(
            select(
                mv.id, mv.kind, mv.lot_id, mv.from_location_id, mv.to_location_id, mv.doses,
                mv.occurred_at, mv.reverses_id, func.coalesce(mv.reason_code, original.reason_code),
                mv.note, in_transit.destination_column(mv, sc.transit_id),
            )
            .outerjoin(original, original.id == mv.reverses_id)
            .outerjoin(m.DistributionList, in_transit.destination_join(mv))
            .where(
                or_(mv.from_location_id.in_(sc.region_ids), mv.to_location_id.in_(sc.region_ids)),
                mv.occurred_at < p.end,
            )
        )  # fmt: skip
        movements = [
            dr.MovementRecord(i, k, lot, a, b, d, at, rev, reason, note or "", to)
            for i, k, lot, a, b, d, at, rev, reason, note, to in rows
        ]
    return dr.compute(p, movements, sc.locations, lots, products, rp.counted_from(p, app.today()))


def _months(first: date, last: date) -> list[str]:
    out, p = [], rp.parse_period(f"{first:%Y-%m}")
    while p.first_day <= last:
        out.append(p.text)
        p = p.next()
    return out


def _snapshots(app: App) -> dict[str, int]:
    with app.db.read() as s:
        return dict(s.execute(select(m.MonthEndSnapshot.period, m.MonthEndSnapshot.watermark)).all())


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def demo_app(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[App]:
    """The default demo (a year of a region), once per engine for the module; movements
    may be dated up to a year back."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('snap') / 'demo.db'}"
        app = _demo(url)
        yield app
        app.close()
        return
    with fresh_database(request.getfixturevalue("pg_server")) as url:
        app = _demo(url)
        yield app
        app.close()


def _demo(url: str) -> App:
    app = open_app(url, user="tester", clock=lambda: NEXT_MORNING)
    demo.generate(app, seed=1, until=UNTIL)
    reference.save_settings(app, replace(reference.read_settings(app), backdate_window_days=366))
    return app


def test_every_month_of_the_demo_is_the_same_as_the_full_replay(demo_app: App) -> None:
    with demo_app.db.read() as s:
        first = s.scalar(select(func.min(m.Movement.occurred_at)))
    assert first is not None
    months = _months(first.date() - timedelta(days=31), UNTIL + timedelta(days=40))
    assert len(months) >= 14
    # The last ended month first: it walks back over the whole year once and stores
    # every month on the way; the others then start from their month before.
    ssi_report.build(demo_app, "2026-10")
    stored = _snapshots(demo_app)
    assert set(months[1:-3]) <= set(stored) and "2026-11" not in stored  # November has not ended
    for period in months:
        report = ssi_report.build(demo_app, period)
        reference = replayed(demo_app, period)
        assert report.data == reference, period
        # The same workbook, cell by cell, as the one made from the full replay.
        tables = ssi_workbook.read(ssi_workbook.to_bytes(report))
        assert tables == ssi_workbook.read(ssi_workbook.to_bytes(replace(report, data=reference))), period
    assert any(r.primo for r in ssi_report.build(demo_app, "2026-09").data.summary)


def test_a_rebuilt_snapshot_gives_the_same_report_and_checksum(demo_app: App) -> None:
    before = ssi_report.build(demo_app, "2026-08")
    with demo_app.db.write() as s:
        s.execute(sa.delete(m.MonthEndBalance))
        s.execute(sa.delete(m.MonthEndSnapshot))
    after = ssi_report.build(demo_app, "2026-08")
    assert after.data == before.data and after.checksum == before.checksum


def _backdate(app: App, when: datetime, doses: int) -> None:
    """Receive ``doses`` more of a lot at the home pharmacy, dated ``when`` (a receipt
    booked late: it can never make a balance negative)."""
    with app.db.write() as s:
        home = s.scalar(select(m.Location).where(m.Location.code == "RH-APO"))
        supplier = s.scalar(select(m.Location).where(m.Location.code == "SSI"))
        lot = s.scalars(select(m.Lot).order_by(m.Lot.id)).first()
        assert home is not None and supplier is not None and lot is not None
        ledger.post(
            s, kind=MovementKind.RECEIPT, lot=lot, source=supplier, destination=home,
            doses=doses, user="tester", now=app.now(), occurred_at=when, reference="FS-LATE",
        )  # fmt: skip


def test_a_back_dated_movement_changes_the_later_months_openings(demo_app: App) -> None:
    for period in ("2026-07", "2026-08", "2026-09", "2026-10"):
        ssi_report.build(demo_app, period)  # every snapshot stored and up to date
    before = {p: ssi_report.build(demo_app, p) for p in ("2026-07", "2026-08", "2026-09", "2026-10")}
    _backdate(demo_app, at_local(date(2026, 7, 20), time(12)), 3)

    for period in ("2026-07", "2026-08", "2026-09", "2026-10"):
        after = ssi_report.build(demo_app, period)
        assert after.data == replayed(demo_app, period), period
        assert after.checksum != before[period].checksum, period
    july = ssi_report.build(demo_app, "2026-07").data.summary
    assert sum(r.received_ssi for r in july) == sum(r.received_ssi for r in before["2026-07"].data.summary) + 3
    for period in ("2026-08", "2026-09", "2026-10"):
        old = {r.varenummer: r for r in before[period].data.summary}
        new = {r.varenummer: r for r in ssi_report.build(demo_app, period).data.summary}
        assert sum(r.primo for r in new.values()) == sum(r.primo for r in old.values()) + 3, period
    # The stored snapshots were brought up to date, and past the back-dated movement.
    with demo_app.db.read() as s:
        newest = s.scalar(select(func.max(m.Movement.id)))
    assert all(_snapshots(demo_app)[p] == newest for p in ("2026-06", "2026-07", "2026-08", "2026-09"))


def test_a_snapshot_left_behind_is_still_not_trusted_beyond_its_watermark(demo_app: App) -> None:
    """A snapshot not yet brought up to date is read with what was recorded after it
    (the scan of ids past its watermark), so even a read that stores nothing is right."""
    ssi_report.build(demo_app, "2026-09")
    before = ssi_report.build(demo_app, "2026-09")
    _backdate(demo_app, at_local(date(2026, 6, 10), time(9)), 2)
    with demo_app.db.read() as s:
        sc = month_end.home_scope(s)
        opening = month_end.closing(s, sc, rp.parse_period("2026-08"))  # read only: nothing stored
    assert sum(opening.values()) == sum(r.primo for r in before.data.summary) + 2
    assert ssi_report.build(demo_app, "2026-09").data == replayed(demo_app, "2026-09")
