"""What the benchmark measures: one function per row of its table.

Each case gets a :class:`Context` (the working database, the benchmarks' day, a lot
with a long history, the sites) and does the work a user waits for, through the same
service functions the window and the command line call.  The cases that write (a
round planned, a delivery note posted, a day's consumption recorded before each
incremental check) come last and leave their work in the working copy only.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import sqlalchemy as sa

from pharmacy_app.db import models as m
from pharmacy_app.services import (
    consumption,
    distribution,
    expiry,
    ledger_check,
    queries,
    rebalance,
    receiving_import,
    ssi_report,
)
from pharmacy_app.services.app import App
from pharmacy_app.ui.stock.history_model import HISTORY_PAGE
from pharmacy_app.ui.stock.model import PAGE_SIZE

NOTE_LINES = 10_000
NOTE_HEADER = [
    "Følgeseddelnr", "Leveringsdato", "Varenummer", "GTIN", "Vaccine", "Batch",
    "Udløbsdato", "Antal pakninger", "Doser pr. pakning", "Opbevaring", "Bemærkning",
]  # fmt: skip
NOTE_PRODUCTS = (
    ("412345", "07046264123454", "-90/-60"),
    ("123456", "07046261234566", "2-8"),
    ("345678", "07046263456782", "2-8"),
    ("412350", "07046264123508", "-25/-15"),
)
ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Context:
    app: App
    url: str
    work: Path  # a folder for files the cases write
    today: date
    lot_id: int  # the lot with the most movements
    sites: list[str]
    runs: int = 0  # runs so far, of every case: numbers the delivery notes
    notes: dict[str, str] = field(default_factory=dict)  # remarks printed under the table
    note: Path | None = None  # the delivery note the next run posts, written untimed
    after: list[Callable[[], object]] = field(default_factory=list)  # untimed clean-up


def prepare(app: App, url: str, work: Path, today: date) -> Context:
    with app.db.read() as s:
        lot_id = s.scalar(
            sa.select(m.Movement.lot_id)
            .group_by(m.Movement.lot_id)
            .order_by(sa.func.count().desc(), m.Movement.lot_id)
            .limit(1)
        )
    sites = [site.code for site in distribution.site_candidates(app)]
    return Context(app, url, work, today, int(lot_id or 0), sites)


def _last_month(ctx: Context) -> str:
    return f"{ctx.today.replace(day=1) - timedelta(days=1):%Y-%m}"


def monthly_workbook(ctx: Context) -> None:
    """Last month's workbook, as every month after the first: the month before's closing
    stock is stored.  The first workbook on a database walks back over its years once
    and stores each month's closing stock; that is timed once, untimed here, and noted
    (:func:`_first_workbook`)."""
    ssi_report.write(ctx.app, _last_month(ctx), ctx.work)


def monthly_workbook_years_before(ctx: Context) -> None:
    """The same calendar month four years earlier: in the large demo as busy a month
    (November 2022: 109,297 movements; November 2026: 101,638) with four years less
    ledger before it, so the two figures side by side show whether the workbook's cost
    grows with the history.  (The default demo has no movements that month.)"""
    month = _last_month(ctx)
    ssi_report.write(ctx.app, f"{int(month[:4]) - 4}{month[4:]}", ctx.work)


def _first_workbook(ctx: Context) -> None:
    name = "monthly SSI workbook"
    if name in ctx.notes:
        return
    started = time.perf_counter()
    ssi_report.build(ctx.app, _last_month(ctx))
    ctx.notes[name] = f"the first one, storing the month-end snapshots: {time.perf_counter() - started:.1f} s"


def check(ctx: Context) -> None:
    """``check``: what changed since the checkpoint, after a day's work (a day's
    consumption at the sites, posted untimed before each run by :func:`_days_work`)."""
    report = queries.check_ledger(ctx.app, full=False)
    assert report.ok and not report.full, report


def check_full(ctx: Context) -> None:
    """``check --full``: every balance and every running balance of the whole ledger."""
    assert queries.check_ledger(ctx.app, full=True).ok


DAYS_WORK = 1_000  # movements: about a day of the large demo's five years


def _days_work(ctx: Context) -> None:
    """A day's consumption, posted untimed: one dose given at each of ``DAYS_WORK`` site
    balances (lots in use, with their real histories)."""
    if ledger_check.checkpoint(ctx.app) is None:
        assert queries.check_ledger(ctx.app, full=True).ok
    with ctx.app.db.read() as s:
        rows = s.execute(
            sa.select(m.Location.code, m.StockBalance.lot_id)
            .join(m.Location, m.Location.id == m.StockBalance.location_id)
            .join(m.Lot, m.Lot.id == m.StockBalance.lot_id)
            .where(
                m.StockBalance.doses > 0,
                m.Location.code.in_(ctx.sites),
                m.Lot.use_by > ctx.today,
                m.Lot.expiry > ctx.today,
                m.Lot.recalled_at.is_(None),
            )
            .order_by(m.StockBalance.location_id, m.StockBalance.lot_id)
            .limit(DAYS_WORK)
        ).all()
    entries = [consumption.ConsumptionEntry(code, ctx.today, lot_id, 1) for code, lot_id in rows]
    consumption.record(ctx.app, entries)
    ctx.notes["check"] = f"after {len(entries)} movements posted since the checkpoint"


def at_risk(ctx: Context) -> None:
    expiry.at_risk_report(ctx.app)


def rebalance_proposals(ctx: Context) -> None:
    rebalance.proposals(ctx.app)


def stock_first_page(ctx: Context) -> None:
    """What the Stock page reads before it shows rows: the totals and the first page."""
    queries.stock_summary(ctx.app)
    queries.stock_page(ctx.app, limit=PAGE_SIZE)


def lot_history(ctx: Context) -> None:
    """What the history pane reads when a row is chosen: the lot and its first page of
    movements (the rest as the pane scrolls)."""
    queries.lot_history(ctx.app, ctx.lot_id, limit=HISTORY_PAGE)


def expiry_overview(ctx: Context) -> None:
    expiry.expiry_overview(ctx.app)


def wastage_per_site(ctx: Context) -> None:
    expiry.wastage_figures(ctx.app, ctx.today - timedelta(days=365), ctx.today, "site")


def fefo_round(ctx: Context) -> None:
    """Plan and allocate a round to every site (timed), then cancel it (not timed)."""
    view = distribution.plan_round(
        ctx.app, planned_for=ctx.today + timedelta(days=1), site_codes=ctx.sites
    )
    ctx.notes["FEFO round"] = f"{len(ctx.sites)} sites"
    ctx.after.append(lambda: distribution.cancel_round(ctx.app, view.round_id))


def delivery_note(ctx: Context) -> None:
    """Preview and post a 10,000-line note (written before the clock starts)."""
    path = ctx.note
    assert path is not None
    preview = receiving_import.preview(ctx.app, path)
    assert preview.ok, preview
    receiving_import.import_note(ctx.app, path)


def cold_start(ctx: Context) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.cold_start", ctx.url],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    if not proc.stdout.startswith("filled"):
        raise RuntimeError(f"cold start failed:\n{proc.stdout}\n{proc.stderr}")
    _, _rows, peak_kib = proc.stdout.split()
    ctx.notes["cold start"] = f"peak {int(peak_kib) // 1024} MB"


def _write_note(ctx: Context, run: int) -> Path:
    number = f"FS-{ctx.today.year}-{9000 + run}"
    day = f"{ctx.today:%d-%m-%Y}"
    path = ctx.work / f"note-{run}.csv"
    with path.open("w", encoding="cp1252", newline="") as fh:
        out = csv.writer(fh, delimiter=";")
        out.writerow(NOTE_HEADER)
        for i in range(NOTE_LINES):
            varenummer, gtin, storage = NOTE_PRODUCTS[i % len(NOTE_PRODUCTS)]
            out.writerow(
                [number, day, varenummer, gtin, "", f"BM{run}{i:05d}", "30-06-2027",
                 str(1 + i % 3), "", storage, ""]
            )  # fmt: skip
    return path


# The table's rows in order: read-only work first, then what writes.
CASES: list[tuple[str, Callable[[Context], None]]] = [
    ("monthly SSI workbook", monthly_workbook),
    ("monthly SSI workbook, 4 years before", monthly_workbook_years_before),
    ("check full", check_full),
    ("at-risk report", at_risk),
    ("rebalance proposals", rebalance_proposals),
    ("Stock page first page", stock_first_page),
    ("lot history", lot_history),
    ("expiry overview", expiry_overview),
    ("wastage per site, 12 months", wastage_per_site),
    ("cold start to a filled Stock page", cold_start),
    ("FEFO round to all sites", fefo_round),
    ("10,000-line delivery note", delivery_note),
    ("check", check),
]


def run(name: str, fn: Callable[[Context], None], ctx: Context) -> float:
    """One timed run of a case, in seconds."""
    if fn is delivery_note:
        ctx.note = _write_note(ctx, ctx.runs)
    elif fn in (monthly_workbook, monthly_workbook_years_before):
        _first_workbook(ctx)
    elif fn is check:
        _days_work(ctx)
    started = time.perf_counter()
    fn(ctx)
    elapsed = time.perf_counter() - started
    while ctx.after:
        ctx.after.pop()()
    ctx.runs += 1
    return elapsed
