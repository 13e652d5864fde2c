"""``report ssi``: the monthly workbook to SSI, optionally archived as sent."""

from __future__ import annotations

import argparse
from typing import TextIO

from pharmacy_app.services.app import App


def report_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
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
