"""Starting a database: ``init`` (create or upgrade it, choose the home pharmacy),
``demo`` (fill an empty one with a demo region) and ``demo-note`` (a demo delivery note
and its pack scans to receive).
"""

from __future__ import annotations

import argparse
from typing import TextIO

from pharmacy_app.services import reference
from pharmacy_app.services.app import App


def init_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
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


def demo_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pharmacy_app.services import demo

    summary = demo.generate(app, region_code=args.region, seed=args.seed, until=args.until)
    print(summary.text(), file=out)
    return 0


def demo_note_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
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
