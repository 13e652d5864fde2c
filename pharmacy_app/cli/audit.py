"""``audit list``: the audit list (movements and activity entries, newest first) on the
command line, filtered as on the Audit page; ``--out F.xlsx|F.csv`` writes the whole
filtered list, otherwise the newest ``--limit`` rows are printed (times in Copenhagen
time, dd-mm-åååå tt:mm)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TextIO

from pharmacy_app.cli.output import print_table
from pharmacy_app.domain.localtime import local_moment
from pharmacy_app.services import audit_views
from pharmacy_app.services.app import App


def audit_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    flt = audit_views.AuditFilter(
        user=args.user, start=args.start, end=args.end, batch=args.lot, location=args.location, kind=args.kind
    )
    if args.out is not None:
        n = audit_views.export_audit(app, args.out, flt)
        print(f"{n} audit rows written to {args.out}", file=out)
        return 0
    page = audit_views.audit_page(app, flt, limit=args.limit)
    header = ("time", "user", "workstation", "kind", "lot/subject", "change", "doses", "note", "reference")
    table = [
        (
            local_moment(r.when).strftime("%d-%m-%Y %H:%M"), r.user, r.workstation, r.kind, r.subject,
            r.change, "" if r.doses is None else str(r.doses), r.note, r.reference,
        )  # fmt: skip
        for r in page.rows
    ]
    print_table(header, table, {6}, out)
    if page.next_key is not None:
        print(f"(the newest {len(page.rows)} shown; --limit or --out for more)", file=out)
    return 0


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser], day: Callable[[str], date]) -> None:
    au = sub.add_parser("audit", help="the audit list: every movement and activity entry")
    au_sub = au.add_subparsers(dest="audit_action", metavar="ACTION", required=True)
    ls = au_sub.add_parser("list", help="newest first, filtered; --out writes .xlsx or .csv")
    ls.add_argument("--user", default=None, metavar="NAME", help="only what this user did")
    ls.add_argument("--from", dest="start", type=day, default=None, metavar="DATE", help="first day (dd-mm-åååå)")
    ls.add_argument("--to", dest="end", type=day, default=None, metavar="DATE", help="last day (dd-mm-åååå)")
    ls.add_argument("--lot", default=None, metavar="BATCH", help="batch text (any part)")
    ls.add_argument("--location", default=None, metavar="CODE", help="movements from or to it, entries about it")
    ls.add_argument(
        "--kind", default=None, choices=(audit_views.MOVEMENTS, audit_views.ACTIVITIES, *audit_views.kinds()),
        metavar="KIND", help="a movement or activity kind, or movement / activity",
    )  # fmt: skip
    ls.add_argument("--limit", type=int, default=50, metavar="N", help="rows to print (default 50)")
    ls.add_argument("--out", type=Path, default=None, metavar="FILE", help="write the whole list (.xlsx or .csv)")
