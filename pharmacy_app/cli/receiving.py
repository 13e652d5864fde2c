"""``receive``: receive an SSI delivery note file, every line or none; lots with too
little shelf life left need ``--confirm-short-dated``.
"""

from __future__ import annotations

import argparse
from typing import TextIO

from pharmacy_app.domain.errors import DomainError
from pharmacy_app.services.app import App


def receive_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pharmacy_app.domain.errors import Problem
    from pharmacy_app.services import receiving_import

    try:
        receipt = receiving_import.import_note(
            app, args.file, confirm_short_dated=args.confirm_short_dated
        )
    except DomainError as e:
        if e.code == "already_posted":  # an earlier run with this --key received it
            raise
        for p in e.problems:
            print(p.text(args.lang), file=err)
        short = sum(p.code == "note_short_dated" for p in e.problems)
        if short and not args.confirm_short_dated:
            print(Problem("note_confirm_short_dated", {"count": short}).text(args.lang), file=err)
        return 1
    print(receiving_import.summary(receipt, args.lang), file=out)
    return 0
