"""``python -m benchmarks``: the table of medians, default demo against large demo, on
SQLite and PostgreSQL.  ``--help`` lists the options; the README says more."""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

from benchmarks import cases, databases, pg

CACHE = Path(__file__).resolve().parent / ".cache"
ENGINES = ("sqlite", "postgresql")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--runs", type=int, default=3, help="runs of each case (default: 3)")
    parser.add_argument(
        "--budget", type=float, default=120.0, metavar="SECONDS",
        help="no further run of a case once its runs took this long (default: 120)",
    )  # fmt: skip
    parser.add_argument("--seed", type=int, default=1, help="demo seed (default: 1)")
    parser.add_argument(
        "--engines", default=",".join(ENGINES), help="sqlite, postgresql or both (default)"
    )
    parser.add_argument(
        "--scales", default="default,large", help="default, large or both (default)"
    )
    parser.add_argument(
        "--cases", default="", help="only the cases whose names contain one of these words, "
        "comma-separated (default: all)"
    )  # fmt: skip
    parser.add_argument(
        "--cache", type=Path, default=CACHE,
        help=f"where the demo databases are kept between runs (default: {CACHE})",
    )  # fmt: skip
    args = parser.parse_args(argv)
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    scales = [e.strip() for e in args.scales.split(",") if e.strip()]
    wanted = [w.strip().lower() for w in args.cases.split(",") if w.strip()]
    chosen = [(n, f) for n, f in cases.CASES if not wanted or any(w in n.lower() for w in wanted)]
    args.cache.mkdir(parents=True, exist_ok=True)
    results: dict[tuple[str, str, str], float] = {}
    runs: dict[tuple[str, str, str], int] = {}
    notes: dict[tuple[str, str], str] = {}
    with ExitStack() as stack:
        work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-")))
        for engine in engines:
            server = ""
            if engine == "postgresql":
                server = stack.enter_context(pg.server(args.cache / "postgresql"))
            for scale in scales:
                print(f"{engine}, {scale} demo (seed {args.seed}):", file=sys.stderr, flush=True)
                if engine == "sqlite":
                    url = databases.sqlite_copy(args.cache, scale, args.seed, work)
                else:
                    url = databases.pg_copy(server, scale, args.seed)
                app = databases.open_bench(url)
                try:
                    ctx = cases.prepare(app, url, work, databases.NOW.date())
                    for name, fn in chosen:
                        times: list[float] = []
                        while len(times) < args.runs and sum(times) < args.budget:
                            times.append(cases.run(name, fn, ctx))
                        results[(name, engine, scale)] = statistics.median(times)
                        runs[(name, engine, scale)] = len(times)
                        print(f"  {name}: {_fmt(statistics.median(times))}", file=sys.stderr)
                    for name, note in ctx.notes.items():
                        notes[(name, f"{engine} {scale}")] = note
                finally:
                    app.close()
                if engine == "postgresql":
                    databases.pg_drop(server, url)
    _table(chosen, engines, results, args.runs)
    fewer = sorted({(n, e, sc, k) for (n, e, sc), k in runs.items() if k < args.runs})
    for name, engine, scale, k in fewer:
        print(f"  {name}, {engine} {scale}: {k} run(s) only (over the {args.budget:.0f} s budget)")
    for (name, where), note in sorted(notes.items()):
        print(f"  {name}, {where}: {note}")
    return 0


def _fmt(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def _table(
    chosen: list[tuple[str, object]],
    engines: list[str],
    results: dict[tuple[str, str, str], float],
    runs: int,
) -> None:
    header = [f"median of {runs} runs"]
    for engine in engines:
        header += [f"{engine} default", f"{engine} large", "large/default"]
    rows = [header]
    for name, _fn in chosen:
        row = [name]
        for engine in engines:
            small = results.get((name, engine, "default"))
            large = results.get((name, engine, "large"))
            row += [
                _fmt(small) if small is not None else "-",
                _fmt(large) if large is not None else "-",
                f"{large / small:.1f}" if small and large is not None else "-",
            ]
        rows.append(row)
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    print(time.strftime("benchmarks, %Y-%m-%d %H:%M"))
    for r in rows:
        print(
            "  ".join(c.ljust(widths[i]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(r))
        )


if __name__ == "__main__":
    sys.exit(main())
