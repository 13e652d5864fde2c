"""``consumption import``: record a consumption sheet, every row or none."""

from __future__ import annotations

import argparse
from typing import TextIO

from pharmacy_app.services.app import App


def consumption_import_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pharmacy_app.services import consumption

    result = consumption.import_sheet(
        app, args.file, closed_month_reason=args.closed_month_reason
    )
    print(f"{args.file.name}: {result.summary(args.lang)}", file=out)
    return 0
