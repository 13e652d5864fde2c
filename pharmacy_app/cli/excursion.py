"""``excursion``: temperature excursions on the command line.

``record`` (typed in: place, from, to, lowest and highest °C), ``import`` (a logger
file: every excursion it shows at the place), ``decide`` (one held lot: release with a
reason, a shorter use-by, or discard), ``report`` (the excursion report PDF) and
``list``.  Times are Copenhagen time, ``dd-mm-åååå tt:mm`` or ISO; temperatures may
have a decimal comma.  Bad input exits 1 with the reason on stderr, nothing written.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TextIO

from pharmacy_app.cli.output import print_table
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.excursions import Decision, parse_celsius
from pharmacy_app.domain.localtime import local_moment
from pharmacy_app.domain.time_text import parse_moment
from pharmacy_app.reports.pdf_common import write_bytes
from pharmacy_app.services import excursion_views, excursions
from pharmacy_app.services.app import App

CLASSES = ("ultralow", "freezer", "fridge", "coolbox")


def _moment(text: str, field: str) -> datetime:
    found = parse_moment(text)
    if found is None:
        raise fail("excursion_time_invalid", field=field, value=text)
    return found


def _celsius(text: str, field: str) -> float:
    found = parse_celsius(text)
    if found is None:
        raise fail("excursion_temperature_invalid", field=field, value=text)
    return found


def _when(moment: datetime) -> str:
    return local_moment(moment).strftime("%d-%m-%Y %H:%M")


def excursion_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    return _ACTIONS[args.excursion_action](app, args, out)


def _record(app: App, args: argparse.Namespace, out: TextIO) -> int:
    done = excursions.record(
        app, location_code=args.location, start=_moment(args.start, "--from"), end=_moment(args.end, "--to"),
        lowest=_celsius(args.lowest, "--min"), highest=_celsius(args.highest, "--max"),
        storage_class=args.storage_class, note=args.note,
    )  # fmt: skip
    print(f"excursion {done.excursion_id} recorded at {args.location}: {done.lots_held} lot(s) held", file=out)
    return 0


def _import(app: App, args: argparse.Namespace, out: TextIO) -> int:
    done = excursions.import_logger(
        app, location_code=args.location, path=args.file, storage_class=args.storage_class, note=args.note
    )
    if not done:
        print(f"{args.file.name}: no readings outside the range at {args.location}; nothing recorded", file=out)
    for d in done:
        print(f"excursion {d.excursion_id} recorded at {args.location}: {d.lots_held} lot(s) held", file=out)
    return 0


def _decide(app: App, args: argparse.Namespace, out: TextIO) -> int:
    lot_id = excursion_views.held_lot_id(app, args.excursion_id, args.varenummer, args.lot_batch)
    if args.release is not None:
        decision, reason, use_by = Decision.RELEASED, args.release, None
    elif args.use_by is not None:
        decision, reason, use_by = Decision.SHORTENED, args.reason, args.use_by
    else:
        decision, reason, use_by = Decision.DISCARDED, args.reason, None
    n = excursions.decide(
        app, excursion_id=args.excursion_id, lot_id=lot_id, decision=decision, reason=reason, use_by=use_by
    )
    print(f"excursion {args.excursion_id} batch {args.lot_batch}: {decision.value} ({n} movement(s))", file=out)
    return 0


def _report(app: App, args: argparse.Namespace, out: TextIO) -> int:
    write_bytes(args.out, excursion_views.report_pdf(app, args.excursion_id, language=args.document_lang))
    print(f"excursion report {args.excursion_id} written to {args.out}", file=out)
    return 0


def _list(app: App, args: argparse.Namespace, out: TextIO) -> int:
    rows = excursion_views.excursions(app, args.location)
    header = ("id", "place", "storage", "from", "to", "min °C", "max °C", "source", "held", "lots")
    table = [
        (str(r.excursion_id), r.location_code, r.storage_class, _when(r.start), _when(r.end), f"{r.lowest:.1f}",
         f"{r.highest:.1f}", r.file_name or r.source, str(r.undecided), str(r.lots))
        for r in rows
    ]  # fmt: skip
    print_table(header, table, {5, 6, 8, 9}, out)
    return 0


_ACTIONS: dict[str, Callable[[App, argparse.Namespace, TextIO], int]] = {
    "record": _record,
    "import": _import,
    "decide": _decide,
    "report": _report,
    "list": _list,
}


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser], day: Callable[[str], date]) -> None:
    ex = sub.add_parser("excursion", help="temperature excursions: record, import a logger file, decide, report")
    ex_sub = ex.add_subparsers(dest="excursion_action", metavar="ACTION", required=True)

    def place(p: argparse.ArgumentParser) -> None:
        p.add_argument("--location", required=True, metavar="CODE", help="the place (location code)")
        p.add_argument("--class", dest="storage_class", choices=CLASSES, default=None,
                       help="the storage it happened in (default: the place's fridge or cool box)")  # fmt: skip
        p.add_argument("--note", default="", help="a note kept with the excursion")

    rec = ex_sub.add_parser("record", help="record an excursion typed in; holds the lots at the place")
    place(rec)
    rec.add_argument("--from", dest="start", required=True, metavar="T", help="start (dd-mm-åååå tt:mm)")
    rec.add_argument("--to", dest="end", required=True, metavar="T", help="end (dd-mm-åååå tt:mm)")
    rec.add_argument("--min", dest="lowest", required=True, metavar="C", help="lowest °C")
    rec.add_argument("--max", dest="highest", required=True, metavar="C", help="highest °C")

    imp = ex_sub.add_parser("import", help="record the excursions a data logger's CSV file shows")
    place(imp)
    imp.add_argument("file", type=Path, metavar="FILE.csv")

    dec = ex_sub.add_parser("decide", help="decide on one held lot")
    dec.add_argument("excursion_id", type=int, metavar="ID")
    dec.add_argument("--lot-batch", required=True, metavar="B")
    dec.add_argument("--varenummer", required=True, metavar="V")
    how = dec.add_mutually_exclusive_group(required=True)
    how.add_argument("--release", metavar="REASON", help="release it, with the reason")
    how.add_argument("--use-by", type=day, metavar="DATE", help="shorten its use-by to this day (dd-mm-åååå)")
    how.add_argument("--discard", action="store_true", help="discard it as TEMPERATURSVIGT")
    dec.add_argument("--reason", default="", help="why (for --use-by and --discard)")

    rep = ex_sub.add_parser("report", help="write the excursion report (PDF)")
    rep.add_argument("excursion_id", type=int, metavar="ID")
    rep.add_argument("--out", type=Path, required=True, metavar="F.pdf")
    rep.add_argument("--lang", dest="document_lang", choices=("da", "en"), default="da",
                     help="language of the report (default: da)")  # fmt: skip

    ls = ex_sub.add_parser("list", help="the excursions, newest first")
    ls.add_argument("--location", default=None, metavar="CODE", help="only at this place")
