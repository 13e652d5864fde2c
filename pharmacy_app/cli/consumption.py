"""``consumption import``: record a consumption sheet, every row or none;
``consumption correct``: correct a saved day's figure (its last line ends with the id of
the last movement it posted)."""

from __future__ import annotations

import argparse
from typing import TextIO

from pharmacy_app.domain import formats
from pharmacy_app.services.app import App


def consumption_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.action == "correct":
        return consumption_correct_command(app, args, out, err)
    return consumption_import_command(app, args, out, err)


def consumption_import_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pharmacy_app.services import consumption

    result = consumption.import_sheet(
        app, args.file, closed_month_reason=args.closed_month_reason
    )
    print(f"{args.file.name}: {result.summary(args.lang)}", file=out)
    return 0


def consumption_correct_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pharmacy_app.services.consumption import correction

    lot_id = correction.saved_lot(
        app, site_code=args.site, day=args.day, varenummer=args.varenummer, batch=args.batch
    )
    result = correction.correct_day(
        app,
        site_code=args.site,
        day=args.day,
        lot_id=lot_id,
        doses=args.doses,
        reason=args.reason,
        closed_month_reason=args.closed_month_reason,
    )
    day = formats.date_text(result.day, args.lang)
    last = result.movement_id if result.movement_id is not None else result.reversal_ids[-1]
    if args.lang == "da":
        print(
            f"{result.batch} på {result.site_code} den {day}: {result.doses} doser i stedet for "
            f"{result.was}; tilbageført {', '.join(map(str, result.reversal_ids))}; sidste bevægelse {last}",
            file=out,
        )
    else:
        print(
            f"{result.batch} at {result.site_code} on {day}: {result.doses} doses instead of "
            f"{result.was}; reversed {', '.join(map(str, result.reversal_ids))}; last movement {last}",
            file=out,
        )
    return 0
