"""``pharmacy-app --db FILE simulate``: the season simulator from the command line.

The database ``--db`` names is a scratch file that must be new or empty (the simulator
refuses anything else, naming the file); it is never opened as the pharmacy's database.
Numbers are checked here and by the simulator: bad input is exit 1 with the reason,
and nothing is written.  The comparison table and the targets go to the output,
progress to the error stream.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from sqlalchemy.engine import make_url

from pharmacy_app.db.engine import normalise_url
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.messages.codes import Code
from pharmacy_app.services import simulation

MAX_JOBS = 16
FIGURE_COLUMNS = (
    ("received", "received"),
    ("given", "given"),
    ("wasted_expired", "expired"),
    ("wasted_open_vial", "open vial"),
    ("wasted_thawed", "thawed"),
    ("wasted_temperature", "temp."),
    ("wasted_other", "other"),
    ("waste_percent", "waste %"),
    ("expiry_waste_percent_of_received", "expiry % rcvd"),
    ("stockout_site_days", "stock-out days"),
    ("stockout_percent", "stock-out %"),
    ("unmet_doses", "unmet"),
    ("moved_by_rebalancing", "rebalanced"),
    ("seconds", "s/run"),
)


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    names = ", ".join(p.name for p in simulation.policies())
    sm = sub.add_parser(
        "simulate",
        help="play an autumn season day by day on a new scratch database (--db FILE, new or "
        "empty) and compare the policies",
        description="Plays a whole autumn season (1 October on) of the demo region day by day "
        "on a scratch database: SSI's deliveries, demand per site and day, and the app's own "
        "services deciding rounds, FEFO, rebalancing, discards.  --db must name a new or empty "
        "SQLite file; the last run's ledger stays there, the others beside it as "
        "FILE-stem.POLICY.SEED.sqlite.  Prints the comparison and the targets; writes "
        "simulation.xlsx and comparison.png into --out.",
    )
    sm.add_argument("--season", required=True, metavar="YYYY", help="the autumn season's year")
    sm.add_argument(
        "--seed", dest="seeds", action="append", default=None, metavar="N",
        help="a seed (repeat for several; default: 1)",
    )  # fmt: skip
    sm.add_argument(
        "--seeds", dest="seed_range", default=None, metavar="A-B",
        help="a range of seeds, e.g. 1-10 (with --seed: both)",
    )  # fmt: skip
    sm.add_argument(
        "--policy", dest="policies", action="append", default=None, metavar="NAME",
        help=f"a policy (repeat for several; default: all): {names}",
    )  # fmt: skip
    sm.add_argument(
        "--sites", nargs="+", default=None, metavar="CODE", help="only these sites (default: all)"
    )
    sm.add_argument(
        "--cover-days", default=None, metavar="N", help="days of cover for every kind of site "
        "(default: the app's per kind)",
    )  # fmt: skip
    sm.add_argument(
        "--round-every", default=None, metavar="DAYS",
        help="days between rounds (default: the app's setting, 7)",
    )  # fmt: skip
    sm.add_argument(
        "--days", default=None, metavar="N", help="only the first N days (default: to 31 January)"
    )
    sm.add_argument("--region", default=None, metavar="CODE", help="region (default: 1084)")
    sm.add_argument("--out", type=Path, default=None, metavar="DIR", help="write the files here")
    sm.add_argument(
        "--jobs", default="1", metavar="N",
        help="play N runs at once in separate processes (default: 1)",
    )  # fmt: skip


def db_path(url: str | None) -> Path:
    """The SQLite file ``--db`` names (a URL or a plain path); required."""
    if not url:
        raise fail(Code.SIMULATION_DB_REQUIRED)
    if "://" not in url:
        return Path(url).expanduser().resolve()
    parsed = make_url(normalise_url(url))
    if (
        parsed.get_backend_name() != "sqlite"
        or not parsed.database
        or parsed.database == ":memory:"
    ):
        raise fail(Code.SIMULATION_DB_NOT_SQLITE, path=url)
    return Path(parsed.database).expanduser().resolve()


def _whole(name: str, text: str | None) -> int | None:
    if text is None:
        return None
    try:
        return int(text)
    except ValueError:
        raise fail(
            Code.SIMULATION_NUMBER_INVALID, field=name, value=text, low=1, high="…"
        ) from None


def _seeds(args: argparse.Namespace) -> tuple[int, ...]:
    seeds = [_whole("--seed", s) or 0 for s in args.seeds or ()]
    if args.seed_range:
        first, _, last = str(args.seed_range).partition("-")
        a, b = _whole("--seeds", first), _whole("--seeds", last or first)
        if a is None or b is None or a > b:
            raise fail(Code.SIMULATION_NUMBER_INVALID, field="--seeds", value=args.seed_range,
                       low=1, high="…")  # fmt: skip
        seeds += range(a, b + 1)
    return tuple(dict.fromkeys(seeds)) or (1,)


def settings_of(args: argparse.Namespace) -> simulation.SimulationSettings:
    season = _whole("--season", args.season)
    return simulation.SimulationSettings(
        season=season if season is not None else 0,
        seeds=_seeds(args),
        policies=tuple(args.policies or ()),
        site_codes=tuple(args.sites or ()),
        cover_days=_whole("--cover-days", args.cover_days),
        round_every=_whole("--round-every", args.round_every),
        region_code=args.region,
        days=_whole("--days", args.days),
    )


def simulate_command(url: str | None, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    settings = settings_of(args)
    path = db_path(url)
    last_shown = [-1]

    def progress(done: int, total: int, text: str) -> None:
        percent = 100 * done // max(total, 1)
        if percent != last_shown[0] and (percent % 5 == 0 or done == total):
            last_shown[0] = percent
            print(f"{percent:3d} %  {text}", file=err, flush=True)

    jobs = _whole("--jobs", args.jobs) or 1
    if not 1 <= jobs <= MAX_JOBS:
        raise fail(Code.SIMULATION_NUMBER_INVALID, field="--jobs", value=jobs, low=1, high=MAX_JOBS)
    comparison = simulation.run(
        settings, db_path=path, out_dir=args.out, progress=progress, language=args.lang, jobs=jobs
    )
    print_comparison(comparison, out, args.lang)
    return 0


def print_comparison(comparison: simulation.Comparison, out: TextIO, language: str) -> None:
    """The comparison table (mean ± standard deviation over the seeds), the targets, the
    assumptions and the files written."""
    seeds = ", ".join(str(s) for s in comparison.settings.seeds)
    print(
        f"Season {comparison.settings.season}, seeds {seeds} (mean ± sd over the seeds)", file=out
    )
    header = ["policy", *(label for _f, label in FIGURE_COLUMNS)]
    rows = [header]
    for s in comparison.summary:
        row = [s.policy]
        for f, _label in FIGURE_COLUMNS:
            spread = s.figures[f]
            digits = 2 if f.endswith("percent") or f.endswith("received") or f == "seconds" else 0
            row.append(
                f"{spread.mean:.{digits}f}±{spread.sd:.{digits}f}"
                if len(comparison.settings.seeds) > 1
                else f"{spread.mean:.{digits}f}"
            )
        rows.append(row)
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for row in rows:
        print(
            "  ".join(
                c.rjust(w) if i else c.ljust(w)
                for i, (c, w) in enumerate(zip(row, widths, strict=True))
            ),
            file=out,
        )
    print("", file=out)
    for t in comparison.targets:
        mark = "MET   " if t.met else "MISSED"
        print(f"{mark} {t.text.text(language)}", file=out)
    print("", file=out)
    for a in comparison.assumptions:
        print(f"- {a.text(language)}", file=out)
    for path in (*comparison.files, *comparison.databases[-1:]):
        print(f"wrote {path}", file=out)
