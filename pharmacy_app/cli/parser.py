"""The command line: the same use cases as the window, for scripts and scheduled jobs.

``pharmacy-app [--db URL] [--user NAME] COMMAND``.  Without ``--db`` the database is
``PHARMACY_DB_URL`` or the user's SQLite file.  Once the database has users, every
command signs in first as ``--user`` (``cli/users.py``).  Exit codes: 0 done, 1 refused or the
check found breaches (every problem is printed, one per line, on stderr), 2 bad usage.

This module holds every command's arguments (one parser, so ``--help`` lists the
commands in one order) and runs a parsed command: it opens the database, calls the
command's function from its group's module, prints what a service refused and closes
the database.  A command's function takes ``(app, args, out, err)`` and returns the
exit code.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TextIO

from pharmacy_app import __version__
from pharmacy_app.cli import audit, location, planning, simulate, stock_outs, use_basis
from pharmacy_app.cli.backup import backup_command, restore_command
from pharmacy_app.cli.consumption import consumption_command
from pharmacy_app.cli.demo import demo_command, demo_note_command, init_command
from pharmacy_app.cli.distribution import (
    distribute_command,
    keys_command,
    receive_from_region_command,
    send_to_region_command,
)
from pharmacy_app.cli.excursion import add_parser as add_excursion_parser
from pharmacy_app.cli.excursion import excursion_command
from pharmacy_app.cli.expiry import (
    at_risk_command,
    discard_expired_command,
    expiry_command,
    rebalance_command,
    recall_command,
)
from pharmacy_app.cli.national import national_command
from pharmacy_app.cli.receiving import receive_command
from pharmacy_app.cli.report import report_command
from pharmacy_app.cli.returns import return_note_command, return_to_ssi_command
from pharmacy_app.cli.stock import check_command, export_command, reverse_command, stock_command
from pharmacy_app.cli.stocktake import stocktake_command
from pharmacy_app.cli.users import add_parser as add_user_parser
from pharmacy_app.cli.users import guard_restore, sign_in, user_command
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.paths import default_database_url
from pharmacy_app.services import actions
from pharmacy_app.services.app import App, open_app


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"not a whole number of 1 or more: {text!r}")
    return value


def _lot_ids(text: str) -> list[int]:
    """``ID,ID,...``: lot ids (the ``lot_id`` of ``stocktake suggest`` or ``stock``)."""
    return [_positive(part.strip()) for part in text.split(",") if part.strip()]


def _share(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not 0 < value <= 1:
        raise argparse.ArgumentTypeError(f"not a number above 0 and at most 1: {text!r}")
    return value


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from err


def _day(text: str) -> date:
    """A day as Danish staff write it (dd-mm-åååå), or ISO."""
    parts = text.strip().split("-")
    try:
        if len(parts) == 3 and len(parts[2]) == 4:
            return date(int(parts[2]), int(parts[1]), int(parts[0]))
        return date.fromisoformat(text.strip())
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (dd-mm-åååå)") from err


def _doses(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"not a whole number of doses (0 or more): {text!r}")
    return int(text)


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
        "--user",
        default=None,
        help="the user who signs in once the database has users (password: $PHARMACY_PASSWORD "
        "or asked); without users, the name recorded on movements (default: $PHARMACY_USER or login)",
    )
    parser.add_argument(
        "--lang", choices=("da", "en"), default="en", help="language of messages (default: en)"
    )
    parser.add_argument(
        "--key",
        default=None,
        metavar="K",
        help="this run's action key (default: a new one); a scheduled job that may run again "
        "passes the same key, and a rerun whose key has posted does nothing",
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
    dm.add_argument(
        "--scale",
        choices=("default", "large"),
        default="default",
        help="default: about 25 sites, one year; large: about 150 sites, several years, "
        "a surge season, millions of movements (default: default)",
    )
    dm.add_argument(
        "--years", type=_positive, default=None, metavar="N", help="years of a large demo (default: 5)"
    )
    dm.add_argument(
        "--sites", type=_positive, default=None, metavar="N", help="sites of a large demo (default: 150)"
    )
    dm.add_argument(
        "--doses",
        type=_share,
        default=None,
        metavar="F",
        help="a large demo's doses as a share of the busiest year's, 0-1 (default: 1)",
    )

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
    cc = co_sub.add_parser(
        "correct",
        help="correct a saved day's figure (reversals and the right figure, dated that day); "
        "prints the last new movement's id",
    )
    cc.add_argument("--site", required=True, metavar="CODE")
    cc.add_argument("--date", dest="day", type=_day, required=True, metavar="dd-mm-åååå")
    cc.add_argument("--varenummer", required=True, metavar="V", help="the SSI item number")
    cc.add_argument("--batch", default=None, metavar="B", help="needed when several batches were given")
    cc.add_argument("--doses", type=_doses, required=True, metavar="N", help="the right figure (0: none given)")
    cc.add_argument("--reason", required=True, metavar="TEXT", help="why it is corrected")
    cc.add_argument(
        "--closed-month-reason",
        default=None,
        metavar="TEXT",
        help="why the day is corrected in a month already reported to SSI",
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

    chk = sub.add_parser(
        "check",
        help="verify balances against the ledger since the last verified checkpoint; "
        "non-zero exit on any breach",
    )
    chk.add_argument(
        "--full", action="store_true",
        help="verify the whole ledger, not only what changed since the checkpoint",
    )  # fmt: skip

    audit.add_parser(sub, _day)
    location.add_parser(sub)
    add_excursion_parser(sub, _day)
    stock_outs.add_parser(sub)
    use_basis.add_parser(sub)
    planning.add_parser(sub)

    bk = sub.add_parser(
        "backup", help="write a verified copy of the SQLite database (PostgreSQL: pg_dump, see README)"
    )
    bk.add_argument("--out", type=Path, required=True, metavar="FILE", help="the copy to write")
    rs = sub.add_parser(
        "restore",
        help="replace the SQLite database with a backup after checking it; the replaced one is kept",
    )
    rs.add_argument("file", type=Path, metavar="FILE", help="a file written by `backup`")
    rs.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    rv = sub.add_parser(
        "reverse", help="correct one movement by posting its mirror image; prints the new id"
    )
    rv.add_argument(
        "movement_id", type=_positive, metavar="MOVEMENT_ID",
        help="the movement_id of `export movements`",
    )  # fmt: skip
    rv.add_argument("--reason", required=True, metavar="TEXT", help="why it is reversed")

    sk = sub.add_parser("stocktake", help="count the stock at a place and post the differences")
    sk_sub = sk.add_subparsers(dest="stocktake_action", metavar="ACTION", required=True)
    sks = sk_sub.add_parser("start", help="start a count (freezes the expected figures); prints its id")
    sks.add_argument("--location", required=True, metavar="CODE", help="a pharmacy, its quarantine or a site")
    sks.add_argument("--programme", default=None, metavar="P", help="only this programme's lots")
    sks.add_argument("--product", default=None, metavar="VARENUMMER", help="only this product's lots")
    sks.add_argument("--storage", choices=("frozen", "fridge"), default=None, help="only lots kept so")
    sks.add_argument("--blind", action="store_true", help="hide the expected figures from the counter")
    sks_lots = sks.add_mutually_exclusive_group()
    sks_lots.add_argument(
        "--lots", type=_lot_ids, default=None, metavar="ID,ID,...",
        help="a cycle count of exactly these lots (their ids, as `stocktake suggest` shows)",
    )  # fmt: skip
    sks_lots.add_argument(
        "--cycle", action="store_true", help="a cycle count of today's suggested lots"
    )  # fmt: skip
    skg = sk_sub.add_parser("suggest", help="the lots to count today at a place (a cycle count)")
    skg.add_argument("--location", required=True, metavar="CODE", help="a pharmacy, its quarantine or a site")
    skg.add_argument("--limit", type=_positive, default=10, metavar="N", help="at most N lots (default 10)")
    skc = sk_sub.add_parser(
        "count", help="enter counts from a CSV file (Varenummer;Batch;Optalt[;Optøet;Årsag;Bemærkning])"
    )
    skc.add_argument("id", type=_positive, metavar="ID")
    skc.add_argument("file", type=Path, metavar="FILE.csv")
    skp = sk_sub.add_parser("post", help="post the differences as stock adjustments")
    skp.add_argument("id", type=_positive, metavar="ID")
    skp.add_argument(
        "--approved-by", default=None, metavar="USER",
        help="the second person approving differences above the thresholds",
    )  # fmt: skip
    sk_sub.add_parser("list", help="every stocktake, the newest first")
    skw = sk_sub.add_parser("show", help="a stocktake's lines as a table")
    skw.add_argument("id", type=_positive, metavar="ID")
    skw.add_argument("--reveal", action="store_true", help="a blind count's expected figures (reviewer)")
    skx = sk_sub.add_parser("cancel", help="cancel an open stocktake; nothing is posted")
    skx.add_argument("id", type=_positive, metavar="ID")
    for name, what in (
        ("sheet", "the count sheet (lots by storage place, blank count boxes)"),
        ("report", "the stocktake report (expected, counted, difference, reason, who)"),
    ):
        skd = sk_sub.add_parser(name, help=f"write {what} as a PDF")
        skd.add_argument("id", type=_positive, metavar="ID")
        skd.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
        _document_language(skd, "document_lang", f"the {name}")

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
    nat = sub.add_parser(
        "national",
        help="the national picture from the regions' monthly SSI workbooks, with proposals "
        "to move surplus between regions",
    )
    nat.add_argument("workbooks", nargs="+", type=Path, metavar="WORKBOOK", help="SSI_<region>_<YYYY-MM>.xlsx")
    nat.add_argument("--out", type=Path, required=True, metavar="FILE", help="the overview workbook (.xlsx)")
    nat.add_argument("--pdf", type=Path, default=None, metavar="FILE", help="also the printable overview")
    _document_language(nat, "document_lang", "the PDF")
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

    rts = sub.add_parser(
        "return-to-ssi",
        help="send doses of a batch back to SSI from the pharmacy or its quarantine; "
        "prints the return's id",
    )
    rts.add_argument("--lot-batch", required=True, metavar="BATCH", help="the batch number")
    rts.add_argument("--varenummer", required=True, metavar="V", help="the product's item number")
    rts.add_argument(
        "--thawed-on",
        type=_day,
        default=None,
        metavar="dd-mm-åååå",
        help="the thaw date of the lot's thawed part (ISO also taken)",
    )
    rts.add_argument("--doses", type=_positive, required=True, metavar="N")
    rts.add_argument(
        "--reference", required=True, metavar="REF", help="SSI's return or call-back reference"
    )
    rts.add_argument("--reason", required=True, metavar="TEXT", help="why the stock goes back")
    rts.add_argument(
        "--from", dest="from_code", default=None, metavar="CODE",
        help="the pharmacy or its quarantine, e.g. RH-APO-KAR (default: the home pharmacy)",
    )  # fmt: skip
    rts.add_argument(
        "--closed-month-reason", default=None, metavar="TEXT",
        help="why it goes into a month already reported to SSI",
    )  # fmt: skip
    rts.add_argument(
        "--out", type=Path, default=None, metavar="FILE.pdf", help="write the return note PDF"
    )
    _document_language(rts, "document_lang", "the return note")
    rtn = sub.add_parser("return-note", help="write the note of a return to SSI again")
    rtn.add_argument("return_id", type=_positive, metavar="ID", help="the id return-to-ssi printed")
    rtn.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    _document_language(rtn, "document_lang", "the return note")

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
    add_user_parser(sub)
    simulate.add_parser(sub)
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
    if args.command in URL_COMMANDS or args.command in SCRATCH_COMMANDS:
        # these must work on a database that does not open (or does not exist yet)
        try:
            if args.command in SCRATCH_COMMANDS:  # never the default (a pharmacy's) database
                return SCRATCH_COMMANDS[args.command](args.db, args, out, err)
            url = args.db or default_database_url()
            guard_restore(url, args)
            return URL_COMMANDS[args.command](url, args, out, err)
        except DomainError as e:
            for p in e.problems:
                print(p.text(args.lang), file=err)
            return 1
    try:
        app = open_app(args.db, args.user)
    except DomainError as e:
        for p in e.problems:
            print(p.text(args.lang), file=err)
        return 1
    try:
        # Once the database has users, every command signs in first (cli/users.py).
        args.signed_in_password = sign_in(app, args)
        # One action per command: its first write takes the key (domain.actions).
        with actions.acting(actions.action(app, args.key, what=str(args.command))):
            return COMMANDS[args.command](app, args, out, err)
    except DomainError as e:
        if actions.is_already_posted(e):  # done by an earlier run of this job: success
            print(e.text(args.lang), file=err)
            return 0
        for p in e.problems:
            print(p.text(args.lang), file=err)
            if p.code == "home_pharmacy_unset":  # the command line's own way to choose it
                print("pharmacy-app init --pharmacy CODE  (e.g. RH-APO)", file=err)
        return 1
    finally:
        app.close()


# Commands that take the database's URL, not an open database: (url, arguments,
# output, errors) -> exit code.  A restore replaces a database that may no longer open.
URL_COMMANDS: dict[str, Callable[[str, argparse.Namespace, TextIO, TextIO], int]] = {
    "restore": restore_command,
}

# Commands that write only into a new scratch database ``--db`` names (no default).
SCRATCH_COMMANDS: dict[str, Callable[[str | None, argparse.Namespace, TextIO, TextIO], int]] = {
    "simulate": simulate.simulate_command,
}

# What runs each command: (app, arguments, output, errors) -> exit code.
COMMANDS: dict[str, Callable[[App, argparse.Namespace, TextIO, TextIO], int]] = {
    "init": init_command,
    "demo": demo_command,
    "stock": stock_command,
    "export": export_command,
    "consumption": consumption_command,
    "check": check_command,
    "audit": audit.audit_command,
    "location": location.location_command,
    "backup": backup_command,
    "reverse": reverse_command,
    "stocktake": stocktake_command,
    "receive": receive_command,
    "demo-note": demo_note_command,
    "report": report_command,
    "national": national_command,
    "expiry": expiry_command,
    "at-risk": at_risk_command,
    "stock-outs": stock_outs.stock_outs_command,
    "target": stock_outs.target_command,
    "round-basis": use_basis.round_basis_command,
    "forecast": planning.forecast_command,
    "expected-delivery": planning.expected_delivery_command,
    "projection": planning.projection_command,
    "order-proposal": planning.order_proposal_command,
    "rebalance": rebalance_command,
    "recall": recall_command,
    "excursion": excursion_command,
    "return-to-ssi": return_to_ssi_command,
    "return-note": return_note_command,
    "discard-expired": discard_expired_command,
    "distribute": distribute_command,
    "send-to-region": send_to_region_command,
    "receive-from-region": receive_from_region_command,
    "keys": keys_command,
    "user": user_command,
}
