"""``stocktake``: count the stock at a place and post the differences.

``start`` (prints the new count's id as its last word; ``--lots ID,...`` or ``--cycle``
for a cycle count of chosen or today's suggested lots), ``suggest`` (the lots to count
today at a place, ``services.cycle_counts``), ``count ID FILE.csv`` (a count
file, ``importers.stocktake_count``), ``post ID [--approved-by USER]``, ``list``,
``show ID`` (the lines as a table; a blind count's expected figures only with
``--reveal``, the reviewer's view), ``cancel ID``, and ``sheet ID --out F.pdf`` /
``report ID --out F.pdf`` (the count sheet, blind on a blind count, and the report;
``--lang da|en``, Danish by default).  A refusal prints every problem
and writes nothing (``cli.parser.run``).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from pharmacy_app.cli.output import print_table
from pharmacy_app.domain.localtime import local_minute
from pharmacy_app.domain.stocktake_reasons import reason_label
from pharmacy_app.services import cycle_counts, stocktake, stocktake_documents
from pharmacy_app.services.app import App


def stocktake_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    action = args.stocktake_action
    if action == "start":
        lots = args.lots
        if args.cycle:
            lots = [x.lot_id for x in cycle_counts.suggest(app, args.location)]
        new_id = stocktake.start(
            app,
            args.location,
            programme=args.programme,
            product=args.product,
            storage=args.storage,
            blind=args.blind,
            lots=lots,
        )
        shown = stocktake.view(app, new_id)
        kind = (", cycle count" if shown.cycle else "") + (", blind" if shown.blind else "")
        print(f"{len(shown.lines)} lots to count at {shown.location_code}{kind}", file=out)
        print(f"stocktake started: {new_id}", file=out)
    elif action == "suggest":
        _suggest(app, args.location, args.limit, out)
    elif action == "count":
        shown = stocktake.import_counts(app, args.id, args.file)
        counted = len(shown.lines) - shown.uncounted
        print(
            f"{args.file.name}: stocktake {shown.id} has {counted} of {len(shown.lines)} lots "
            f"counted ({shown.uncounted} still to count)",
            file=out,
        )
    elif action == "post":
        shown = stocktake.post(app, args.id, approved_by=args.approved_by)
        moved = [line for line in shown.lines if line.movement_id is not None]
        net = sum(line.difference_doses or 0 for line in moved)
        approved = f", approved by {shown.approved_by}" if shown.approved_by else ""
        print(
            f"stocktake {shown.id} posted: {len(moved)} adjustments, net {net:+d} doses{approved}",
            file=out,
        )
    elif action == "cancel":
        shown = stocktake.cancel(app, args.id)
        print(f"stocktake {shown.id} cancelled", file=out)
    elif action == "list":
        _list(app, out)
    elif action in ("sheet", "report"):
        _document(app, action, args.id, args.out, args.document_lang)
        print(f"stocktake {action} {args.id} written to {args.out}", file=out)
    else:
        _show(app, args.id, args.reveal, args.lang, out)
    return 0


def _document(app: App, kind: str, stocktake_id: int, path: Path, language: str) -> None:
    """Write the count sheet or the report through the service that the window uses too
    (stamped with who printed it; a refusal leaves no file)."""
    if kind == "sheet":
        stocktake_documents.count_sheet_pdf(app, stocktake_id, path, language)
    else:
        stocktake_documents.report_pdf(app, stocktake_id, path, language)


def _list(app: App, out: TextIO) -> None:
    header = ("Id", "Location", "Scope", "Blind", "Status", "Started", "By", "Counted")
    rows = [
        (
            str(s.id),
            s.location_code,
            "cycle" if s.cycle else "/".join(x for x in (s.programme_code, s.varenummer, s.storage) if x) or "all",
            "yes" if s.blind else "",
            s.status,
            local_minute(s.started_at),
            s.started_by,
            f"{s.counted}/{s.lines}",
        )
        for s in stocktake.list_stocktakes(app)
    ]
    print_table(header, rows, {0}, out)


_REASON_WORDS = {
    "most_moved": "most moved",
    "largest_value": "largest value",
    "not_counted_recently": "not counted recently",
}


def _suggest(app: App, location: str, limit: int, out: TextIO) -> None:
    header = ("Lot id", "Varenr", "Product", "Batch", "Thawed", "Expiry", "Doses", "Moves 30d",
              "Last counted", "Why")  # fmt: skip
    rows = [
        (
            str(x.lot_id),
            x.varenummer,
            x.product[:30],
            x.batch,
            x.thawed_on.isoformat() if x.thawed_on else "",
            x.expiry.isoformat(),
            str(x.doses),
            str(x.movements_30d),
            x.last_counted.isoformat() if x.last_counted else "never",
            ", ".join(_REASON_WORDS[r] for r in x.reasons),
        )
        for x in cycle_counts.suggest(app, location, limit=limit)
    ]
    print_table(header, rows, {0, 6, 7}, out)
    print(f"{len(rows)} lots suggested; count them with: stocktake start --location {location} --cycle",
          file=out)  # fmt: skip


def _show(app: App, stocktake_id: int, reveal: bool, language: str, out: TextIO) -> None:
    shown = stocktake.view(app, stocktake_id, reveal=reveal)

    def figure(value: int | None) -> str:
        return "" if value is None else str(value)

    header = ("Varenr", "Product", "Batch", "Thawed", "Expected", "Moved", "Units", "Counted",
              "Diff", "Reason", "By", "Movement")  # fmt: skip
    rows = [
        (
            line.varenummer,
            line.product[:30] + (" (found)" if line.unexpected else ""),
            line.batch,
            line.thawed_on.isoformat() if line.thawed_on else "",
            "hidden" if not shown.revealed else figure(line.expected_doses),
            figure(line.moved_during_doses),
            figure(line.counted_units),
            figure(line.counted_doses),
            figure(line.difference_doses),
            " ".join(
                x for x in (reason_label(line.reason_code, language) if line.reason_code else "",
                            line.reason_text) if x
            ),  # fmt: skip
            line.counted_by or "",
            figure(line.movement_id),
        )
        for line in shown.lines
    ]
    print(
        f"stocktake {shown.id} at {shown.location_code} ({shown.location_name}), {shown.status}, "
        f"started {local_minute(shown.started_at)} by {shown.started_by}"
        + (", blind" if shown.blind else ""),
        file=out,
    )
    print_table(header, rows, {4, 5, 6, 7, 8, 11}, out)
