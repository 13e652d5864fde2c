"""Looking ahead on the command line: ``forecast`` (the doses each site will give, week
by week, and with ``--backtest`` how well that method did over the last season).

Read-only commands; ``--csv`` writes comma-separated values with a header (one row per
series and week), otherwise an aligned table.
"""

from __future__ import annotations

import argparse
from typing import TextIO

from pharmacy_app.cli.output import print_table
from pharmacy_app.services.app import App


def _weeks(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 26:
        raise argparse.ArgumentTypeError(f"not a number of weeks from 1 to 26: {text!r}")
    return int(text)


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    fo = sub.add_parser(
        "forecast",
        help="doses each site is expected to give per product and week (from earlier seasons)",
        description="The coming weeks' doses per programme, product and site: the same weeks "
        "of earlier seasons scaled to this season's uptake so far, or the recent weekly "
        "average when there is no earlier season.",
    )
    fo.add_argument(
        "--weeks", type=_weeks, default=8, metavar="N", help="weeks ahead, 1-26 (default: 8)"
    )
    fo.add_argument("--csv", action="store_true", help="comma-separated values with a header")
    fo.add_argument(
        "--backtest", action="store_true",
        help="instead: each week of the last season forecast from what was known before it, "
        "and the mean absolute percentage error (MAPE) per programme",
    )  # fmt: skip


def forecast_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pharmacy_app.reports.csv_export import write_csv
    from pharmacy_app.services import forecast

    if args.backtest:
        return _backtest(app, args, out)
    result = forecast.forecast(app, args.weeks)
    if args.csv:
        write_csv(
            out,
            ("programme", "varenummer", "product", "site", "week", "monday", "doses", "method", "ratio"),
            (
                (
                    s.programme_code, s.varenummer, s.product, s.site_code,
                    f"{w.isocalendar().year}-W{w.isocalendar().week:02d}", w.isoformat(), d,
                    s.method.value, round(s.ratio, 3),
                )
                for line in result.lines
                for s in (line.series,)
                for w, d in line.weeks
            ),
        )  # fmt: skip
        return 0
    header = (
        "Programme", "Product", "Site", "Method",
        *(f"W{w.isocalendar().week:02d}" for w in result.weeks), "Total",
    )  # fmt: skip
    table = [
        (
            line.series.programme, line.series.product[:30], line.series.site_code,
            f"{line.series.method.value} x{line.series.ratio:.2f}",
            *(str(d) for _w, d in line.weeks), str(line.total),
        )
        for line in result.lines
    ]  # fmt: skip
    print_table(header, table, set(range(4, len(header))), out)
    total = sum(line.total for line in result.lines)
    print(
        f"{len(result.lines)} series, {total} doses expected in {len(result.weeks)} weeks "
        f"from {result.weeks[0].isoformat()}",
        file=out,
    )
    return 0


def _backtest(app: App, args: argparse.Namespace, out: TextIO) -> int:
    from pharmacy_app.reports.csv_export import write_csv
    from pharmacy_app.services import forecast

    rows = forecast.backtest(app)
    if args.csv:
        write_csv(
            out,
            ("programme", "season", "monday", "forecast", "actual"),
            (
                (
                    r.programme_code,
                    r.season,
                    w.week.isoformat(),
                    round(w.forecast, 1),
                    round(w.actual),
                )
                for r in rows
                for w in r.weeks
            ),
        )
        return 0
    header = ("Programme", "Season", "Weeks", "Forecast", "Given", "MAPE %")
    table = [
        (
            r.programme, r.season, str(len(r.weeks)), f"{r.forecast:.0f}", f"{r.actual:.0f}",
            "-" if r.mape is None else f"{r.mape:.1f}",
        )
        for r in rows
    ]  # fmt: skip
    print_table(header, table, {2, 3, 4, 5}, out)
    print(
        "each week forecast one week ahead from what was known before it; "
        "MAPE over the weeks with doses given",
        file=out,
    )
    return 0
