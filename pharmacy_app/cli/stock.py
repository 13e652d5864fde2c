"""Stock and the ledger: ``stock`` (on hand per location and lot), ``export`` (movements,
stock or consumption to csv or xlsx), ``check`` (balances against the ledger, since the last
verified checkpoint or with ``--full`` everything; exit code 1 on any breach) and ``reverse``
(correct one movement by its mirror image; the new movement's id is the last word printed).
"""

from __future__ import annotations

import argparse
from typing import TextIO

from pharmacy_app.cli.output import print_table
from pharmacy_app.domain.localtime import local_minute
from pharmacy_app.domain.messages.render import render
from pharmacy_app.services import exports, queries, stock
from pharmacy_app.services.app import App


def stock_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.csv:
        exports.write_stock_csv(app, out)
        return 0
    rows = queries.stock_rows(app, sort=queries.StockColumn.LOCATION)
    header = ("Location", "Product", "Batch", "Expiry", "Use by", "Doses", "Packs", "Held")
    table = [
        (
            r.location_code,
            r.product[:40],
            r.batch,
            r.expiry.isoformat(),
            r.use_by.isoformat(),
            str(r.doses),
            f"{r.packs:.2f}",
            _held_text(r),
        )
        for r in rows
    ]
    print_table(header, table, {5, 6}, out)
    total = sum(r.doses for r in rows)
    print(f"{len(rows)} rows, {total} doses", file=out)
    return 0


def _held_text(r: queries.StockRow) -> str:
    """Why a row cannot be picked, given or sent: recalled, held after an excursion, or in
    quarantine; empty for stock that can be used."""
    if r.recalled:
        return "recalled"
    if r.excursion_hold is not None:
        return f"excursion #{r.excursion_hold}"
    return "quarantine" if r.held else ""


def export_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    dialect = exports.csv_dialect(args.dialect)
    if args.what == "stock":
        n = exports.export_stock(app, args.out, dialect=dialect)
        print(f"{n} stock rows written to {args.out}", file=out)
    elif args.what == "consumption":
        n = exports.export_consumption(
            app, args.out, args.start, args.end, args.site, dialect=dialect
        )
        print(f"{n} consumption rows written to {args.out}", file=out)
    else:
        n = exports.export_movements(app, args.out, dialect=dialect)
        print(f"{n} movements written to {args.out}", file=out)
    return 0


def check_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    report = queries.check_ledger(app, full=args.full)
    for breach in report.breaches:
        print(breach.text(), file=err)
    chain = report.chain
    if chain is not None and not chain.ok:
        print(render(chain.problem(), args.lang), file=err)
    flaws = len(report.breaches) + (0 if chain is None or chain.ok else 1)
    status = "OK" if report.ok else f"{flaws} BREACHES"
    if report.since is None:
        scope = f"{report.movements} movements, {report.balances} balances checked"
    else:
        since = report.since
        scope = (
            f"{report.movements} movements since the checkpoint (movement {since.movement_id}, "
            f"verified {local_minute(since.verified_at)} by {since.verified_by}), "
            f"{report.balances} balances checked; --full checks everything"
        )
    if chain is not None and chain.ok:
        scope += f"; audit chain intact ({chain.entries} entries)"
    print(f"{status}: {scope}", file=out)
    return 0 if report.ok else 1


def reverse_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    new_id = stock.reverse_one(app, args.movement_id, args.reason)
    print(f"movement {args.movement_id} reversed by movement {new_id}", file=out)
    return 0
