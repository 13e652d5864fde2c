"""Backup and restore of an SQLite database: ``backup --out FILE`` and ``restore FILE``.

``backup`` prints the file written as the last word of its line, so a script can use it.
``restore`` replaces the whole database, so on a terminal it asks first (``--yes``
answers for a scheduled job; without a terminal and without ``--yes`` it does nothing);
refused (not a sound database, a newer schema, a ledger that fails the check, the
database open elsewhere) it changes nothing and exits 1.  ``restore`` does not open the
current database first, so it also replaces one that no longer opens.  PostgreSQL is backed up with ``pg_dump`` (README).
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from pharmacy_app.services import backup
from pharmacy_app.services.app import App


def backup_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    info = backup.backup(app, args.out)
    print(f"backup of schema {info.revision}, {info.size} bytes, written to {info.path}", file=out)
    return 0


def restore_command(url: str, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Restore into the database at ``url``, which is not opened first: a database that
    no longer opens (damaged, deleted) is what a restore is for."""
    current = backup.sqlite_file(url)
    if not args.yes:
        if not sys.stdin.isatty():
            print("restore replaces the whole database; add --yes to do it without asking", file=err)
            return 1
        print(f"This replaces the database {current} with {args.file}.", file=out)
        print("The current database is kept beside it as a .replaced-<time> file.", file=out)
        answer = input("Restore? [y/N] ")
        if answer.strip().lower() not in ("y", "yes", "j", "ja"):
            print("nothing restored", file=out)
            return 1
    info = backup.restore(url, args.file)
    if info.replaced is not None:
        print(f"the replaced database is kept as {info.replaced}", file=out)
    upgraded = f" upgraded to {info.revision}" if info.revision != info.file_revision else ""
    print(
        f"restored {info.movements} movements (ledger checked; schema {info.file_revision}{upgraded}) "
        f"into {info.database}",
        file=out,
    )
    return 0
