"""Benchmark: the Stock page's queries on 100,000 stock rows, and posting throughput.

Run: ``python -m tests.benchmarks.bench_stock [--rows 100000] [--db URL]``

Reports each timing and its ratio to loading every row at once, measured in the same
run, so the figures compare on a shared, noisy machine.  The data is consistent: one
receipt movement per balance row, so ``pharmacy-app check`` passes on it.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from pharmacy_app.db import models as m
from pharmacy_app.services import queries, reference, stock
from pharmacy_app.services.app import App, open_app
from pharmacy_app.services.queries import StockColumn, StockFilter

PAGE = 500


def build(app: App, rows: int) -> None:
    sites = 50
    now = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
    with app.db.write() as s:
        reference.set_home_location(s, "RH-APO")
        kinds = ["central", "decentral", "temporary", "mobile"]
        s.execute(
            insert(m.Location),
            [
                dict(
                    code=f"B-{i:03}",
                    name=f"Bench site {i:03}",
                    kind_code=kinds[i % 4],
                    region_code="1084",
                    is_virtual=False,
                    holds_stock=True,
                    address="",
                    city="",
                    active=True,
                )
                for i in range(sites)
            ],
        )
        loc_ids = list(s.scalars(select(m.Location.id).where(m.Location.code.like("B-%"))))
        ssi = s.scalar(select(m.Location.id).where(m.Location.code == "SSI"))
        products = list(s.scalars(select(m.Product.id)))
        lots = rows // sites
        s.execute(
            insert(m.Lot),
            [
                dict(
                    product_id=products[i % len(products)],
                    batch=f"BN{i:06}",
                    expiry=date(2026, 12, 1) + timedelta(days=i % 400),
                    use_by=date(2026, 12, 1) + timedelta(days=i % 400),
                    thawed_on=None,
                    parent_lot_id=None,
                    created_at=now,
                )
                for i in range(lots)
            ],
        )
        lot_ids = list(s.scalars(select(m.Lot.id).where(m.Lot.batch.like("BN%"))))
        movements, balances = [], []
        for li, lot in enumerate(lot_ids):
            for si, loc in enumerate(loc_ids):
                doses = 10 + (li * 7 + si * 13) % 500
                movements.append(
                    dict(
                        kind="receipt",
                        lot_id=lot,
                        from_location_id=ssi,
                        to_location_id=loc,
                        doses=doses,
                        occurred_at=now,
                        recorded_at=now,
                        user_name="bench",
                        reference="BENCH",
                        reason_code=None,
                        note="",
                        reverses_id=None,
                    )
                )
                balances.append(dict(location_id=loc, lot_id=lot, doses=doses))
        s.execute(insert(m.Movement), movements)
        s.execute(insert(m.StockBalance), balances)


def timed(fn: Callable[[], object], repeat: int = 5) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--db", default=None, help="database URL (default: a new SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'bench.db'}"
        app = open_app(url, user="bench")
        t0 = time.perf_counter()
        build(app, args.rows)
        print(
            f"database: {app.db.dialect}, built {queries.stock_summary(app).rows} stock rows "
            f"in {time.perf_counter() - t0:.1f} s"
        )

        everything = timed(lambda: queries.stock_rows(app), repeat=3)
        cases = {
            "first page, sorted by use-by": lambda: queries.stock_rows(app, limit=PAGE),
            "page 100 (offset 49,500)": lambda: queries.stock_rows(
                app, offset=99 * PAGE, limit=PAGE
            ),
            "first page, sorted by doses desc": lambda: queries.stock_rows(
                app, sort=StockColumn.DOSES, descending=True, limit=PAGE
            ),
            "first page, text filter 'bench site 01'": lambda: queries.stock_rows(
                app, StockFilter(text="bench site 01"), limit=PAGE
            ),
            "row count and totals": lambda: queries.stock_summary(app),
            "row count, programme filter": lambda: queries.stock_summary(
                app, StockFilter(programme_code="influenza")
            ),
        }
        print(f"{'all rows at once':42} {everything * 1000:9.1f} ms   1.000")
        for name, fn in cases.items():
            t = timed(fn)
            print(f"{name:42} {t * 1000:9.1f} ms   {t / everything:.3f}")

        lot = queries.stock_rows(app, sort=StockColumn.DOSES, descending=True, limit=1)[0]
        n = 200
        start = time.perf_counter()
        for _ in range(n):
            stock.administer(app, lot_id=lot.lot_id, site_code=lot.location_code, doses=1)
        per = (time.perf_counter() - start) / n
        print(
            f"{'post one movement (doses given)':42} {per * 1000:9.2f} ms   {per / everything:.3f}"
        )
        start = time.perf_counter()
        report = queries.check_ledger(app)
        print(
            f"{'ledger check (' + str(report.movements) + ' movements)':42} "
            f"{(time.perf_counter() - start) * 1000:9.1f} ms   ok={report.ok}"
        )
        app.close()


if __name__ == "__main__":
    main()
