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
from typing import Any, TextIO

from pharmacy_app import __version__
from pharmacy_app.domain import formats
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
    # Opens the window, reports once it is on the screen, and closes it (tests, support).
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = sub.add_parser("init", help="create or upgrade the database schema and reference data")
    init.add_argument("--pharmacy", metavar="CODE", help="set the home pharmacy, e.g. RH-APO")

    dm = sub.add_parser("demo", help="fill an empty database with a demo region")
    dm.add_argument("--seed", type=int, default=1, help="random seed (default: 1)")
    dm.add_argument("--until", type=_date, default=None, help="last day (default: today)")
    dm.add_argument("--region", default="1084", help="region code, 1081-1085 (default: 1084)")

    st = sub.add_parser("stock", help="print stock on hand per location and lot")
    st.add_argument("--csv", action="store_true", help="comma-separated values with a header")

    ex = sub.add_parser(
        "export", help="write data to a .csv or .xlsx file (chosen by the file's suffix)"
    )
    ex_sub = ex.add_subparsers(dest="what", metavar="WHAT", required=True)
    mv = ex_sub.add_parser("movements", help="the whole movement ledger")
    mv.add_argument("--out", type=Path, required=True, metavar="FILE.(csv|xlsx)")
    es = ex_sub.add_parser("stock", help="stock on hand per location and lot")
    es.add_argument("--out", type=Path, required=True, metavar="FILE.(csv|xlsx)")
    ec = ex_sub.add_parser("consumption", help="doses given per day, site, lot and target group")
    ec.add_argument("--from", dest="start", type=_date, required=True, metavar="DATE")
    ec.add_argument("--to", dest="end", type=_date, required=True, metavar="DATE")
    ec.add_argument("--site", default=None, metavar="CODE", help="one site only")
    ec.add_argument("--out", type=Path, required=True, metavar="FILE.(csv|xlsx)")
    for export_parser in (mv, es, ec):
        export_parser.add_argument(
            "--dialect",
            choices=("machine", "da"),
            default="machine",
            help="CSV layout: machine (comma, ISO dates; the default) or da (for a Danish "
            "Excel or LibreOffice: semicolons, decimal commas, dd-mm-yyyy, byte-order mark)",
        )

    co = sub.add_parser("consumption", help="record doses given at the sites")
    co_sub = co.add_subparsers(dest="action", metavar="ACTION", required=True)
    ci = co_sub.add_parser(
        "import", help="record a consumption sheet (.xlsx or .csv): all rows or none"
    )
    ci.add_argument("file", type=Path, metavar="FILE")
    ci.add_argument(
        "--closed-month-reason",
        default=None,
        metavar="TEXT",
        help="why entries go into a month already reported to SSI",
    )

    rc = sub.add_parser(
        "receive", help="receive an SSI delivery note file (.xlsx or .csv): every line or none"
    )
    rc.add_argument("file", type=Path, metavar="FILE")
    rc.add_argument(
        "--confirm-short-dated",
        action="store_true",
        help="also receive lots with less than the product's minimum remaining shelf life",
    )

    dnote = sub.add_parser(
        "demo-note",
        help="write a demo SSI delivery note (.xlsx, .csv) and its pack scans for the home pharmacy",
    )
    dnote.add_argument("--out", type=Path, required=True, metavar="DIR")
    dnote.add_argument(
        "--note", default=None, metavar="NUMBER", help="delivery note number (default: FS-YYYY-MMDD)"
    )
    dnote.add_argument(
        "--date", type=_date, default=None, metavar="YYYY-MM-DD", help="delivery date (default: today)"
    )

    sub.add_parser("check", help="verify balances against the ledger; non-zero exit on any breach")

    xp = sub.add_parser(
        "expiry", help="stock whose use-by is within N days, already expired included"
    )
    xp.add_argument("--days", type=int, default=30, metavar="N", help="days ahead (default: 30)")
    xp.add_argument("--csv", action="store_true", help="comma-separated values with a header")

    ar = sub.add_parser(
        "at-risk", help="stock that at its location's rate of use will not be used before use-by"
    )
    ar.add_argument("--csv", action="store_true", help="comma-separated values with a header")

    rp = sub.add_parser("report", help="write a report file")
    rp_sub = rp.add_subparsers(dest="report", metavar="REPORT", required=True)
    ssi = rp_sub.add_parser("ssi", help="the monthly workbook to SSI: SSI_<region>_<YYYY-MM>.xlsx")
    ssi.add_argument("--month", required=True, metavar="YYYY-MM", help="the month, e.g. 2026-10")
    ssi.add_argument("--out", type=Path, default=Path("."), metavar="DIR", help="folder (default: .)")
    ssi.add_argument(
        "--mark-sent",
        action="store_true",
        help="also archive the file as sent to SSI, which closes the month for postings "
        "(only once the month has ended)",
    )
    rb = sub.add_parser(
        "rebalance", help="proposals to move stock at risk of expiring to where it is used in time"
    )
    rb.add_argument("--csv", action="store_true", help="comma-separated values with a header")
    rb.add_argument(
        "--send-to-region",
        type=int,
        default=None,
        metavar="N",
        help="send proposal N (an other_region one, numbered as printed) to another region; "
        "needs --region, --reference and --out",
    )
    rb.add_argument("--region", default=None, metavar="CODE", help="the receiving region, e.g. 1082")
    rb.add_argument("--reference", default=None, metavar="REF", help="the shipment's reference")
    rb.add_argument("--note", default="", metavar="TEXT")
    rb.add_argument("--out", type=Path, default=None, metavar="FILE.json")

    rcl = sub.add_parser(
        "recall", help="recall a batch: mark it, list who holds it, write the bring-back list"
    )
    rcl.add_argument("--lot-batch", required=True, metavar="BATCH", help="the batch number")
    rcl.add_argument("--varenummer", required=True, metavar="V", help="the product's item number")
    rcl.add_argument("--reason", required=True, metavar="TEXT", help="why the batch is recalled")
    rcl.add_argument(
        "--out", type=Path, default=None, metavar="FILE.pdf", help="write the bring-back list PDF"
    )
    _document_language(rcl, "document_lang", "the bring-back list")

    dx = sub.add_parser(
        "discard-expired", help="list expired stock; with --yes discard it all in one step"
    )
    dx.add_argument("--location", default=None, metavar="CODE", help="one location only")
    dx.add_argument("--yes", action="store_true", help="discard what is listed (else only list)")
    ds = sub.add_parser(
        "distribute",
        help="plan and allocate a distribution round; write its lists (PDF) and lines (CSV)",
    )
    ds_sites = ds.add_mutually_exclusive_group(required=True)
    ds_sites.add_argument(
        "--site", action="append", metavar="CODE", help="a site of the round (repeat for more)"
    )
    ds_sites.add_argument(
        "--all-sites", action="store_true", help="every active site of the region"
    )
    ds_sites.add_argument(
        "--round",
        type=Path,
        metavar="FILE",
        help="a round file (CSV site;varenummer;doses) with the doses to send instead of proposals",
    )
    ds.add_argument(
        "--date", type=_date, default=None, metavar="YYYY-MM-DD", help="round date (default: today)"
    )
    ds.add_argument(
        "--product", action="append", metavar="VARENR", help="only these products (repeatable)"
    )
    ds.add_argument("--mode", choices=("direct", "in_transit"), default="direct")
    ds.add_argument(
        "--fair-split", action="store_true", help="share short stock in proportion to the requests"
    )
    ds.add_argument("--dispatch", action="store_true", help="also dispatch the round")
    _document_language(ds, "list_lang", "the lists and the summary")
    ds.add_argument("--out", type=Path, required=True, metavar="DIR")

    sr = sub.add_parser(
        "send-to-region",
        help="send whole vials of a lot to another region; writes its lot passport",
    )
    sr.add_argument("--lot-batch", required=True, metavar="BATCH")
    sr.add_argument("--varenummer", required=True, metavar="V")
    sr.add_argument(
        "--thawed-on", type=_date, default=None, metavar="YYYY-MM-DD", help="the lot's thawed part"
    )
    sr.add_argument("--doses", type=int, required=True, metavar="N")
    sr.add_argument(
        "--region", required=True, metavar="CODE", help="the receiving region, e.g. 1082"
    )
    sr.add_argument("--reference", required=True, metavar="REF", help="the shipment's reference")
    sr.add_argument("--note", default="", metavar="TEXT")
    sr.add_argument("--out", type=Path, required=True, metavar="FILE.json")

    rr = sub.add_parser(
        "receive-from-region",
        help="receive a lot sent by another region, from its signed shipment file",
    )
    rr.add_argument("file", type=Path, metavar="FILE.json")

    ky = sub.add_parser("keys", help="the keys that sign shipment files between regions")
    ky_sub = ky.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    ks = ky_sub.add_parser("show", help="this pharmacy's public key, to give to other regions")
    ks.add_argument("--out", type=Path, default=None, metavar="FILE.pem", help="also write it here")
    kt = ky_sub.add_parser("trust", help="trust another region's public key for its shipments")
    kt.add_argument("--region", required=True, metavar="CODE", help="its region, e.g. 1082")
    kt.add_argument("--label", default="", metavar="TEXT", help="e.g. the pharmacy and workstation")
    kt.add_argument("key", metavar="FILE|KEY", help="the .pem file it gave you, or the key's text")
    ky_sub.add_parser("list", help="the keys trusted for other regions")
    kr = ky_sub.add_parser("revoke", help="stop trusting a key")
    kr.add_argument("fingerprint", metavar="FINGERPRINT", help="at least its first 16 characters")
    return parser


def _document_language(command: argparse.ArgumentParser, dest: str, what: str) -> None:
    """A command's ``--lang`` for the documents it writes: Danish unless asked otherwise
    (the global ``--lang`` is the language of messages)."""
    command.add_argument(
        "--lang", dest=dest, choices=("da", "en"), default="da", help=f"language of {what} (default: da)"
    )


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
            if p.code == "home_pharmacy_unset":  # the command line's own way to choose it
                print("pharmacy-app init --pharmacy CODE  (e.g. RH-APO)", file=err)
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


def _consumption(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pharmacy_app.services import consumption

    result = consumption.import_sheet(
        app, args.file, closed_month_reason=args.closed_month_reason
    )
    print(f"{args.file.name}: {result.summary(args.lang)}", file=out)
    return 0


def _check(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    report = queries.check_ledger(app)
    for breach in report.breaches:
        print(breach.text(), file=err)
    status = "OK" if report.ok else f"{len(report.breaches)} BREACHES"
    print(f"{status}: {report.movements} movements, {report.balances} balances checked", file=out)
    return 0 if report.ok else 1


def _print_table(
    header: tuple[str, ...], table: list[tuple[str, ...]], numeric: set[int], out: TextIO
) -> None:
    widths = [max([len(h)] + [len(row[i]) for row in table]) for i, h in enumerate(header)]
    for row in [header, *table]:
        print(
            "  ".join(
                c.rjust(widths[i]) if i in numeric else c.ljust(widths[i]) for i, c in enumerate(row)
            ).rstrip(),
            file=out,
        )


def _expiry(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pharmacy_app.domain.errors import fail
    from pharmacy_app.reports.csv_export import write_csv
    from pharmacy_app.services import expiry

    if args.days < 0:
        raise fail("expiry_days_invalid", days=args.days)
    rows = [r for r in expiry.expiry_overview(app) if r.days_left <= args.days]
    if args.csv:
        write_csv(out, expiry.EXPIRY_COLUMNS, (expiry.expiry_values(r) for r in rows))
        return 0
    header = ("Location", "Product", "Batch", "Use by", "Days left", "Bucket", "Doses")
    table = [
        (
            r.location_code,
            r.product[:40],
            r.batch,
            r.use_by.isoformat(),
            str(r.days_left),
            r.bucket,
            str(r.doses),
        )
        for r in rows
    ]
    _print_table(header, table, {4, 6}, out)
    print(f"{len(rows)} rows, {sum(r.doses for r in rows)} doses", file=out)
    return 0


def _at_risk(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pharmacy_app.reports.csv_export import write_csv
    from pharmacy_app.services import expiry

    rows = expiry.at_risk_report(app)
    if args.csv:
        write_csv(out, expiry.RISK_COLUMNS, (expiry.risk_values(r) for r in rows))
        return 0
    header = ("Location", "Product", "Batch", "Use by", "Days left", "Doses", "At risk", "Rate/day")
    table = [
        (
            r.location_code,
            r.product[:40],
            r.batch,
            r.use_by.isoformat(),
            str(r.days_left),
            str(r.doses),
            str(r.at_risk),
            f"{r.rate_per_day:.2f} ({r.rate_source})",
        )
        for r in rows
    ]
    _print_table(header, table, {4, 5, 6}, out)
    print(f"{len(rows)} rows, {sum(r.at_risk for r in rows)} doses at risk", file=out)
    return 0


def _report(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pharmacy_app.services import ssi_report

    if args.mark_sent:
        ssi_report.check_can_mark_sent(app, args.month)  # before a provisional file is written
    path = ssi_report.write(app, args.month, args.out)
    print(f"report written to {path}", file=out)
    if args.mark_sent:
        sent = ssi_report.mark_sent(app, args.month, path)
        print(
            f"archived as sent: {sent.period} version {sent.version}, SHA-256 {sent.file_sha256}",
            file=out,
        )
    return 0


def _receive(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pharmacy_app.domain.errors import Problem
    from pharmacy_app.services import receiving_import

    try:
        receipt = receiving_import.import_note(
            app, args.file, confirm_short_dated=args.confirm_short_dated
        )
    except DomainError as e:
        for p in e.problems:
            print(p.text(args.lang), file=err)
        short = sum(p.code == "note_short_dated" for p in e.problems)
        if short and not args.confirm_short_dated:
            print(Problem("note_confirm_short_dated", {"count": short}).text(args.lang), file=err)
        return 1
    print(receiving_import.summary(receipt, args.lang), file=out)
    return 0


def _demo_note(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pharmacy_app.services import demo_note

    note = demo_note.write(app, args.out, note_number=args.note, on=args.date)
    print(
        f"wrote {note.note_number} for {note.location_code}: {len(note.lines)} rows, "
        f"{note.packs:,} packs, {note.doses:,} doses (lot {note.short_dated_batch} is short-dated)",
        file=out,
    )
    for path in (note.xlsx, note.csv, note.scans):
        print(path, file=out)
    return 0


def _rebalance(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pharmacy_app.reports.csv_export import write_csv
    from pharmacy_app.services import rebalance

    found = rebalance.proposals(app)
    if args.send_to_region is not None:
        return _rebalance_send(app, args, found, out)
    if args.csv:
        columns = (
            "kind", "from_code", "from_name", "to_code", "to_name", "varenummer", "product",
            "batch", "use_by", "doses", "receiver_rate", "receiver_days_left", "explanation",
        )
        write_csv(
            out,
            columns,
            (
                (
                    p.kind, p.from_code, p.from_name, p.to_code, p.to_name, p.varenummer,
                    p.product, p.batch, p.use_by, p.doses, round(p.receiver_rate, 2),
                    p.receiver_days_left, p.sentence(args.lang),
                )
                for p in found
            ),
        )
        return 0
    for i, p in enumerate(found, start=1):
        print(f"{i:>3}. [{p.kind}] {p.sentence(args.lang)}", file=out)
    print(f"{len(found)} proposals, {sum(p.doses_saved for p in found)} doses", file=out)
    return 0


def _rebalance_send(app: App, args: argparse.Namespace, found: list[Any], out: TextIO) -> int:
    from pharmacy_app.domain.errors import DomainError, Problem, fail
    from pharmacy_app.services import rebalance

    problems = [
        Problem("value_required", {"field": flag})
        for flag, value in (("--region", args.region), ("--reference", args.reference), ("--out", args.out))
        if value is None or not str(value).strip()
    ]
    if problems:
        raise DomainError(problems)
    n = args.send_to_region
    if not 1 <= n <= len(found):
        raise fail(
            "value_invalid",
            field="--send-to-region",
            value=n,
            why=f"1-{len(found)}",
        )
    shipment = rebalance.accept_to_region(
        app, found[n - 1], region_code=args.region, reference=args.reference, note=args.note
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(shipment.document)
    p = shipment.posted
    print(
        f"sent {p.doses} doses of {p.product} batch {p.batch} to region {shipment.region_code} "
        f"(reference {shipment.reference})",
        file=out,
    )
    print(args.out, file=out)
    return 0


def _recall(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pharmacy_app.reports.pdf_common import write_bytes
    from pharmacy_app.services import recall

    lot_id = recall.find_lot(app, args.varenummer, args.lot_batch)
    view = recall.recall_lot(app, lot_id, args.reason)
    print(
        f"recalled {view.product} batch {view.batch} ({len(view.lot_ids)} lots): {view.reason}",
        file=out,
    )
    header = ("Location", "Name", "Kind", "Address", "Doses", "Units")
    table = [
        (
            h.location_code,
            (f"{h.location_name} -> {h.going_to_code}" if h.going_to_code else h.location_name)[:40],
            h.location_kind, h.address[:50], str(h.doses), str(h.vials),
        )
        for h in view.holders
    ]  # fmt: skip
    _print_table(header, table, {4, 5}, out)
    back = recall.bring_back_list(app, lot_id)
    print(
        f"{len(view.holders)} locations hold {view.doses} doses; "
        f"{len(back.lines)} must bring back {back.doses} doses",
        file=out,
    )
    if args.out is not None:
        write_bytes(args.out, recall.bring_back_pdf(app, lot_id, language=args.document_lang))
        print(f"bring-back list written to {args.out}", file=out)
    return 0


def _discard_expired(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pharmacy_app.services import waste

    rows = waste.expired_stock(app, location_code=args.location)
    header = ("Location", "Product", "Batch", "Use by", "Reason", "Doses")
    table = [
        (r.location_code, r.product[:40], r.batch, r.use_by.isoformat(), r.reason_code, str(r.doses))
        for r in rows
    ]
    _print_table(header, table, {5}, out)
    total = sum(r.doses for r in rows)
    if not args.yes or not rows:
        print(f"{len(rows)} expired holdings, {total} doses", file=out)
        if rows:
            print("nothing discarded; rerun with --yes to discard them", file=out)
        return 0
    posted = waste.discard_expired(app, [(r.lot_id, r.location_code) for r in rows])
    print(f"discarded {len(posted)} holdings, {sum(p.doses for p in posted)} doses", file=out)
    return 0


def _distribute(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pharmacy_app.reports.csv_export import write_csv
    from pharmacy_app.reports.round_csv import ROUND_CSV_COLUMNS, round_lines_csv_rows
    from pharmacy_app.services import distribution, documents

    lang = args.list_lang
    planned_for = args.date or app.today()
    product_ids = distribution.product_ids_for(app, args.product) if args.product else None
    requested = None
    if args.round is not None:
        from pharmacy_app.services.round_file import read_round_file

        round_file = read_round_file(app, args.round)
        sites = list(round_file.site_codes)
        requested = round_file.requested
    elif args.all_sites:
        sites = [s.code for s in distribution.site_candidates(app)]
    else:
        sites = args.site
    view = distribution.plan_round(
        app,
        planned_for=planned_for,
        site_codes=sites,
        product_ids=product_ids,
        mode=args.mode,
        fair_split=args.fair_split,
        requested=requested,
        dispatch=args.dispatch,
    )
    pdf = documents.distribution_round_pdf(app, view.round_id, lang)
    args.out.mkdir(parents=True, exist_ok=True)
    pdf_path = args.out / f"{view.number}.pdf"
    csv_path = args.out / f"{view.number}.csv"
    pdf_path.write_bytes(pdf)
    with csv_path.open("w", encoding="utf-8", newline="") as fh:
        write_csv(fh, ROUND_CSV_COLUMNS, round_lines_csv_rows(view))
    da = lang == "da"
    status = {"draft": "kladde", "dispatched": "afsendt"}.get(view.status, view.status)

    def num(n: int) -> str:
        return formats.integer(n, lang)

    sites_text = formats.count(len(view.lists), *(("sted", "steder") if da else ("site", "sites")), lang)
    doses_text = formats.count(view.doses, *(("dosis", "doser") if da else ("dose", "doses")), lang)
    print(
        f"{'Runde' if da else 'Round'} {view.number} {formats.date_text(planned_for, lang)} "
        f"({view.mode}, {status if da else view.status}): {sites_text}, {doses_text}",
        file=out,
    )
    for lst in view.lists:
        print(f"{lst.site_code}  {lst.site_name}  {lst.list_number}  [{lst.status}]", file=out)
        for req in lst.requests:
            if not req.requested and not req.allocated:
                continue
            units = req.allocated // req.doses_per_unit
            print(
                f"  {req.varenummer}  {req.product[:45]}: {num(req.allocated)} "
                f"{'doser' if da else 'doses'} ({num(units)} x {num(req.doses_per_unit)})",
                file=out,
            )
    for site, product, asked, got in view.shortfalls:
        if da:
            line = f"MANGEL {site} {product}: bedt om {num(asked)}, får {num(got)} ({num(asked - got)} mangler)"
        else:
            line = f"SHORT {site} {product}: requested {num(asked)}, allocated {num(got)}"
            line += f" ({num(asked - got)} short)"
        print(line, file=out)
    print(pdf_path, file=out)
    print(csv_path, file=out)
    return 0


def _send_to_region(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pharmacy_app.services import transfers

    lot_id = transfers.find_lot(app, args.varenummer, args.lot_batch, args.thawed_on)
    shipment = transfers.send_to_region(
        app,
        lot_id=lot_id,
        doses=args.doses,
        region_code=args.region,
        reference=args.reference,
        note=args.note,
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(shipment.document)
    p = shipment.posted
    print(
        f"sent {p.doses} doses of {p.product} batch {p.batch} to region {shipment.region_code} "
        f"(movement {p.movement_id}, reference {shipment.reference})",
        file=out,
    )
    print(args.out, file=out)
    return 0


def _receive_from_region(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pharmacy_app.services import transfers

    p = transfers.receive_from_region(app, transfers.read_shipment_file(args.file))
    print(
        f"received {p.doses} doses of {p.product} batch {p.batch} into {p.to_code} "
        f"(movement {p.movement_id})",
        file=out,
    )
    return 0


def _keys(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pharmacy_app.services import signing_keys

    if args.keys_command == "show":
        own = signing_keys.own_key(app)
        print(f"region {own.region_code or '-'}, pharmacy {own.pharmacy_code or '-'}", file=out)
        print(f"fingerprint {own.shown_fingerprint}", file=out)
        print(f"private key {own.key_file} (stays here)", file=out)
        print(own.public_key_pem, end="", file=out)
        if args.out is not None:
            args.out.parent.mkdir(parents=True, exist_ok=True)
            args.out.write_text(own.public_key_pem, encoding="ascii")
            print(args.out, file=out)
        return 0
    if args.keys_command == "trust":
        text = args.key
        try:  # a file name, or else the key's text itself
            is_file = len(text) < 1024 and Path(text).is_file()
        except (OSError, ValueError):
            is_file = False
        if is_file:
            try:
                text = Path(text).read_bytes()[: signing_keys.MAX_KEY_FILE_BYTES].decode("ascii")
            except (OSError, UnicodeDecodeError) as e:
                print(f"{args.key}: {getattr(e, 'strerror', None) or e}", file=err)
                return 1
        key = signing_keys.trust(app, region_code=args.region, key_text=text, label=args.label)
        print(f"trusted for region {key.region_code}: {key.shown_fingerprint}", file=out)
        print("compare this fingerprint with the other pharmacy before receiving", file=out)
        return 0
    if args.keys_command == "revoke":
        key = signing_keys.revoke(app, args.fingerprint)
        print(f"revoked for region {key.region_code}: {key.shown_fingerprint}", file=out)
        return 0
    from pharmacy_app.domain.localtime import local_day

    for key in signing_keys.list_trusted(app):
        state = "trusted"
        if key.revoked_at is not None:
            state = f"revoked {local_day(key.revoked_at):%d-%m-%Y} by {key.revoked_by}"
        print(
            f"{key.region_code}  {key.shown_fingerprint}  {key.label or '-'}  "
            f"added {local_day(key.added_at):%d-%m-%Y} by {key.added_by}  {state}",
            file=out,
        )
    return 0


_COMMANDS = {
    "init": _init,
    "demo": _demo,
    "stock": _stock,
    "export": _export,
    "consumption": _consumption,
    "check": _check,
    "receive": _receive,
    "demo-note": _demo_note,
    "report": _report,
    "expiry": _expiry,
    "at-risk": _at_risk,
    "rebalance": _rebalance,
    "recall": _recall,
    "discard-expired": _discard_expired,
    "distribute": _distribute,
    "send-to-region": _send_to_region,
    "receive-from-region": _receive_from_region,
    "keys": _keys,
}

__all__ = ["build_parser", "default_database_url", "parse_args", "run"]
