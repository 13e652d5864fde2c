"""The command line: the same use cases as the window, for scripts and scheduled jobs.

``pharmacy-app [--db URL] [--user NAME] COMMAND``.  Without ``--db`` the database is
``PHARMACY_DB_URL`` or the user's SQLite file.  Exit codes: 0 done, 1 refused or the
check found breaches (every problem is printed, one per line, on stderr), 2 bad usage.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TextIO

from pharmacy_app import __version__
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.paths import default_database_url
from pharmacy_app.services import exports, queries, reference
from pharmacy_app.services.app import App, open_app


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from err


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pharmacy-app",
        description="Vaccine lot logistics for hospital pharmacies. "
        "Without a command the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        default=None,
        help="database URL, e.g. sqlite:///stock.db or postgresql://user@host/db "
        "(default: $PHARMACY_DB_URL or the SQLite file in your data folder)",
    )
    parser.add_argument(
        "--user", default=None, help="name recorded on movements (default: $PHARMACY_USER or login)"
    )
    parser.add_argument(
        "--lang", choices=("da", "en"), default="en", help="language of messages (default: en)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = sub.add_parser("init", help="create or upgrade the database schema and reference data")
    init.add_argument("--pharmacy", metavar="CODE", help="set the home pharmacy, e.g. RH-APO")

    dm = sub.add_parser("demo", help="fill an empty database with a demo region")
    dm.add_argument("--seed", type=int, default=1, help="random seed (default: 1)")
    dm.add_argument("--until", type=_date, default=None, help="last day (default: today)")
    dm.add_argument("--region", default="1084", help="region code, 1081-1085 (default: 1084)")

    st = sub.add_parser("stock", help="print stock on hand per location and lot")
    st.add_argument("--csv", action="store_true", help="comma-separated values with a header")

    ex = sub.add_parser("export", help="write data to a file")
    ex_sub = ex.add_subparsers(dest="what", metavar="WHAT", required=True)
    mv = ex_sub.add_parser("movements", help="the whole movement ledger as CSV")
    mv.add_argument("--out", type=Path, required=True, metavar="FILE.csv")

    sub.add_parser("check", help="verify balances against the ledger; non-zero exit on any breach")
    return parser


def parse_args(argv: list[str]) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        app = open_app(args.db, args.user)
    except DomainError as e:
        for p in e.problems:
            print(p.text(args.lang), file=err)
        return 1
    try:
        return _COMMANDS[args.command](app, args, out, err)
    except DomainError as e:
        for p in e.problems:
            print(p.text(args.lang), file=err)
        return 1
    finally:
        app.close()


def _init(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.pharmacy:
        current = reference.read_settings(app)
        reference.save_settings(
            app,
            reference.Settings(
                backdate_window_days=current.backdate_window_days,
                home_location_code=args.pharmacy,
            ),
        )
    from pharmacy_app.db.migrate import current_revision

    rev = current_revision(app.db.write_engine)
    print(f"database ready: {app.db.display_url()} (schema {rev})", file=out)
    return 0


def _demo(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pharmacy_app.services import demo

    summary = demo.generate(app, region_code=args.region, seed=args.seed, until=args.until)
    print(summary.text(), file=out)
    return 0


def _stock(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.csv:
        exports.write_stock_csv(app, out)
        return 0
    rows = queries.stock_rows(app, sort=queries.StockColumn.LOCATION)
    header = ("Location", "Product", "Batch", "Expiry", "Use by", "Doses", "Packs")
    table = [
        (
            r.location_code,
            r.product[:40],
            r.batch,
            r.expiry.isoformat(),
            r.use_by.isoformat(),
            str(r.doses),
            f"{r.packs:.2f}",
        )
        for r in rows
    ]
    widths = [max([len(h)] + [len(row[i]) for row in table]) for i, h in enumerate(header)]
    numeric = {5, 6}
    for row in [header, *table]:
        print(
            "  ".join(
                c.rjust(widths[i]) if i in numeric else c.ljust(widths[i]) for i, c in enumerate(row)
            ).rstrip(),
            file=out,
        )
    total = sum(r.doses for r in rows)
    print(f"{len(rows)} rows, {total} doses", file=out)
    return 0


def _export(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    n = exports.export_movements(app, args.out)
    print(f"{n} movements written to {args.out}", file=out)
    return 0


def _check(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    report = queries.check_ledger(app)
    for breach in report.breaches:
        print(breach.text(), file=err)
    status = "OK" if report.ok else f"{len(report.breaches)} BREACHES"
    print(f"{status}: {report.movements} movements, {report.balances} balances checked", file=out)
    return 0 if report.ok else 1


_COMMANDS = {
    "init": _init,
    "demo": _demo,
    "stock": _stock,
    "export": _export,
    "check": _check,
}

__all__ = ["build_parser", "default_database_url", "parse_args", "run"]
