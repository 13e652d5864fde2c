"""``stock-outs`` and ``target``: sites that will run out, and their targets, on the
command line.

``stock-outs [--csv]`` lists the sites that will run out before their next round or are
below their minimum (:func:`pharmacy_app.services.stock_outs.stock_outs`), the same rows
as the Expiry page's Stock-outs tab.  ``target set SITE VARENUMMER (--min-doses N
--max-doses N | --min-days N --max-days N)`` records a site's target for a product,
``target clear SITE VARENUMMER`` removes it (the kind's default applies again) and
``target list [--site CODE]`` shows every site's effective targets.
"""

from __future__ import annotations

import argparse
from typing import TextIO

from pharmacy_app.cli.output import print_table
from pharmacy_app.domain import stock_targets as st
from pharmacy_app.services import stock_outs
from pharmacy_app.services.app import App
from pharmacy_app.services.stock_outs import StockOutRow, TargetRow


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    so = sub.add_parser(
        "stock-outs",
        help="sites that will run out before their next round or are below their minimum",
    )
    so.add_argument("--csv", action="store_true", help="comma-separated values with a header")

    tg = sub.add_parser("target", help="a site's stock target per product (min/max)")
    tg_sub = tg.add_subparsers(dest="target_action", metavar="ACTION", required=True)
    ts = tg_sub.add_parser(
        "set",
        help="record a site's target for a product, in doses or in days of cover",
        description="Give either --min-doses and --max-doses, or --min-days and --max-days.",
    )
    ts.add_argument("site", metavar="SITE", help="the site's code")
    ts.add_argument("varenummer", metavar="VARENUMMER", help="the product's SSI item number")
    for flag in ("--min-doses", "--max-doses", "--min-days", "--max-days"):
        ts.add_argument(flag, type=int, default=None, metavar="N")
    tc = tg_sub.add_parser("clear", help="remove a site's target: its kind's default applies")
    tc.add_argument("site", metavar="SITE")
    tc.add_argument("varenummer", metavar="VARENUMMER")
    tl = tg_sub.add_parser("list", help="every site's effective target per product")
    tl.add_argument("--site", default=None, metavar="CODE", help="one site only")


def stock_outs_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pharmacy_app.reports.csv_export import write_csv

    rows = stock_outs.stock_outs(app)
    if args.csv:
        write_csv(out, stock_outs.STOCK_OUT_COLUMNS, (stock_outs.stock_out_values(r) for r in rows))
        return 0
    header = (
        "Site", "Product", "Stock", "Rate/day", "From", "Cover days", "Runs out", "Next round",
        "Why",
    )  # fmt: skip
    table = [
        (
            r.location_code, r.label[:30], str(r.status.usable), f"{r.status.daily_use:.2f}",
            r.rate_source, _days(r.status.cover_days), _day(r.status.run_out), r.status.next_round.isoformat(),
            explain(r),
        )  # fmt: skip
        for r in rows
    ]
    print_table(header, table, {2, 3, 5}, out)
    print(
        f"{stock_outs.shortage_count(rows)} sites will run out before their next round; "
        f"{len({r.location_code for r in rows if r.status.below_minimum})} below their minimum",
        file=out,
    )
    return 0


def explain(r: StockOutRow) -> str:
    """One line on why the row is there."""
    s = r.status
    parts = []
    if s.runs_out and s.run_out is not None:
        parts.append(
            f"runs out {s.run_out.isoformat()}, {(s.next_round - s.run_out).days} days before "
            f"the next round"
        )
    if s.below_minimum:
        parts.append(f"{s.usable} usable doses, below the minimum of {s.min_doses}")
    return "; ".join(parts)


def target_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.target_action == "clear":
        stock_outs.clear_target(app, args.site, args.varenummer)
        print(f"{args.site} {args.varenummer}: the kind's default applies", file=out)
        return 0
    if args.target_action == "list":
        print_targets(stock_outs.targets(app, args.site), out)
        return 0
    doses = (args.min_doses, args.max_doses)
    days = (args.min_days, args.max_days)
    if None not in doses and days == (None, None):
        unit, (low, high) = st.DOSES, doses
    elif None not in days and doses == (None, None):
        unit, (low, high) = st.DAYS, days
    else:
        print("give --min-doses and --max-doses, or --min-days and --max-days", file=err)
        return 2
    print_targets([stock_outs.set_target(app, args.site, args.varenummer, unit, low, high)], out)
    return 0


def print_targets(rows: list[TargetRow], out: TextIO) -> None:
    header = ("Site", "Varenummer", "Product", "Min", "Max", "Unit", "From")
    table = [
        (
            r.location_code, r.varenummer, r.product[:30], str(r.target.minimum),
            str(r.target.maximum), r.target.unit,
            f"set by {r.set_by}" if r.set_by else f"default of {r.location_kind}",
        )  # fmt: skip
        for r in rows
    ]
    print_table(header, table, {3, 4}, out)


def _days(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def _day(value: object) -> str:
    return "-" if value is None else value.isoformat()  # type: ignore[attr-defined]
