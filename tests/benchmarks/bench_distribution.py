"""Benchmark: a distribution round to every site of the demo region, and the expiry views.

Run: ``python -m tests.benchmarks.bench_distribution [--db URL] [--until YYYY-MM-DD]``

Builds the demo region (a year of movements), then times planning a round for all
sites, printing its lists, dispatching it and confirming every list, and the expiry,
at-risk, rebalancing and wastage queries.  Each figure is also given as a ratio to
loading every stock row once, measured in the same run, so figures compare across a
shared, noisy machine.  Ends with the ledger check.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from pharmacy_app.domain.localtime import local_day
from pharmacy_app.services import demo, distribution, documents, expiry, queries, rebalance, waste
from pharmacy_app.services.app import open_app
from tests.benchmarks.bench_stock import timed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=None, help="database URL (default: a new SQLite file)")
    parser.add_argument("--until", default=None, help="demo end date (default: today)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'bench.db'}"
        app = open_app(url, user="bench")
        until = date.fromisoformat(args.until) if args.until else None
        t0 = time.perf_counter()
        summary = demo.generate(app, until=until) if until else demo.generate(app)
        print(f"database: {app.db.dialect}; demo region built in {time.perf_counter() - t0:.1f} s: {summary}")

        everything = timed(lambda: queries.stock_rows(app), repeat=3)
        print(f"{'all stock rows at once':44} {everything * 1000:9.1f} ms   1.000")

        def report(name: str, seconds: float) -> None:
            print(f"{name:44} {seconds * 1000:9.1f} ms   {seconds / everything:.3f}")

        today = local_day(app.now())
        report("expiry overview (whole region)", timed(lambda: expiry.expiry_overview(app)))
        report("at-risk stock", timed(lambda: expiry.at_risk_report(app), repeat=3))
        report("rebalancing proposals", timed(lambda: rebalance.proposals(app), repeat=3))
        report("expired stock to discard", timed(lambda: waste.expired_stock(app)))
        report(
            "wastage per site, last 12 months",
            timed(lambda: expiry.wastage_figures(app, today - timedelta(days=365), today, "site")),
        )

        sites = [s.code for s in distribution.site_candidates(app)]
        start = time.perf_counter()
        view = distribution.plan_round(app, planned_for=today + timedelta(days=1), site_codes=sites)
        report(f"plan + allocate a round to {len(sites)} sites", time.perf_counter() - start)
        lines = sum(len(lst.lines) for lst in view.lists)
        start = time.perf_counter()
        pdf = documents.distribution_round_pdf(app, view.round_id)
        report(f"distribution lists PDF ({lines} lines, {len(pdf) // 1024} KiB)", time.perf_counter() - start)
        start = time.perf_counter()
        view = distribution.dispatch(app, view.round_id)
        report(f"dispatch ({lines} movements, one transaction)", time.perf_counter() - start)
        start = time.perf_counter()
        for lst in view.lists:
            if lst.status == "dispatched":
                distribution.confirm_receipt(app, lst.list_id, {})
        report("confirm receipt of every list", time.perf_counter() - start)
        start = time.perf_counter()
        check = queries.check_ledger(app)
        print(f"{'ledger check (' + str(check.movements) + ' movements)':44} {(time.perf_counter() - start) * 1000:9.1f} ms   ok={check.ok}")
        app.close()


if __name__ == "__main__":
    main()
