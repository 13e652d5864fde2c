"""Starting a database: ``init`` (create or upgrade it, choose the home pharmacy),
``demo`` (fill an empty one with a demo region) and ``demo-note`` (a demo delivery note
and its pack scans to receive).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
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
    from pharmacy_app.demo.large import LARGE_YEARS, LargeScale
    from pharmacy_app.demo.large_sites import LARGE_SITES
    from pharmacy_app.services import demo

    large = None
    if args.scale == "large":
        large = LargeScale(args.years or LARGE_YEARS, args.sites or LARGE_SITES, args.doses or 1.0)
    elif args.years or args.sites or args.doses:
        print("demo: --years, --sites and --doses are for --scale large", file=err)
        return 2
    summary = demo.generate(
        app,
        region_code=args.region,
        seed=args.seed,
        until=args.until,
        progress=_progress(err) if large else None,
        large=large,
    )
    print(summary.text(), file=out)
    return 0


def _progress(err: TextIO) -> Callable[[int, int], None]:
    """Prints how far a long demo is, on ``err``: each new per cent on a terminal (on one
    line), every tenth otherwise."""
    from pharmacy_app.services.demo import SIMULATION_PART

    step = 1 if err.isatty() else 10
    shown = [-step]

    def show(done: int, total: int) -> None:
        pct = 100 * done // max(total, 1)
        if pct >= shown[0] + step or (pct == 100 and shown[0] < 100):
            shown[0] = pct
            phase = "simulating" if done < SIMULATION_PART else "writing"
            end = "\r" if step == 1 and pct < 100 else "\n"
            print(f"demo: {pct:3d} % ({phase})", end=end, file=err, flush=True)

    return show


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
