"""Looking ahead on the command line: ``forecast`` (the doses each site will give, week
by week, and with ``--backtest`` how well that method did over the last season) and
``expected-delivery`` (add, list, cancel SSI's announced deliveries and the pharmacy's
orders; ``differences``: the deliveries received against them).

Read-only commands; ``--csv`` writes comma-separated values with a header (one row per
series and week), otherwise an aligned table.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from pharmacy_app.cli.output import print_table
from pharmacy_app.services.app import App


def _weeks(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 26:
        raise argparse.ArgumentTypeError(f"not a number of weeks from 1 to 26: {text!r}")
    return int(text)


def _weeks_12(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 12:
        raise argparse.ArgumentTypeError(f"not a number of weeks from 1 to 12: {text!r}")
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
    _add_expected_parser(sub)
    pr = sub.add_parser(
        "projection",
        help="projected stock per place and product, week by week: use, rounds, deliveries, "
        "expiry losses, stock-out day",
    )
    pr.add_argument(
        "--site", default=None, metavar="CODE",
        help="one place: a site's or the pharmacy's code, or REGION (default: every place; "
        "without --csv one line per place and product)",
    )  # fmt: skip
    pr.add_argument(
        "--weeks", type=_weeks_12, default=8, metavar="N", help="weeks ahead, 1-12 (default: 8)"
    )
    pr.add_argument("--csv", action="store_true", help="comma-separated values, one row per week")
    pr.add_argument(
        "--chart", type=Path, default=None, metavar="FILE.png",
        help="also write the chart of one product (--varenummer) at the --site",
    )  # fmt: skip
    pr.add_argument("--varenummer", default=None, metavar="V", help="the product of the chart")
    op = sub.add_parser(
        "order-proposal",
        help="the suggested order to SSI per product, in whole packs, each line explained",
    )
    op.add_argument("--csv", action="store_true", help="comma-separated values with a header")
    op.add_argument(
        "--out", type=Path, default=None, metavar="F.xlsx",
        help="also write the workbook for SSI (the order and the forecast)",
    )  # fmt: skip
    pr.add_argument(
        "--chart-lang",
        choices=("da", "en"),
        default="da",
        help="language of the chart (default: da)",
    )


def _add_expected_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from pharmacy_app.cli.parser import _day

    ed = sub.add_parser(
        "expected-delivery", help="deliveries expected from SSI (announced or ordered)"
    )
    ed_sub = ed.add_subparsers(dest="expected_action", metavar="ACTION", required=True)
    add = ed_sub.add_parser("add", help="record a delivery expected on a day; prints its id")
    add.add_argument("--varenummer", required=True, metavar="V", help="the SSI item number")
    quantity = add.add_mutually_exclusive_group(required=True)
    quantity.add_argument("--packs", type=int, metavar="N", help="whole packs expected")
    quantity.add_argument("--doses", type=int, metavar="N", help="doses expected")
    add.add_argument(
        "--date", dest="day", type=_day, required=True, metavar="dd-mm-åååå", help="expected day"
    )
    add.add_argument("--reference", default="", metavar="R", help="SSI's or the order's reference")
    add.add_argument(
        "--source", choices=("ssi", "order"), default="ssi",
        help="ssi: announced by SSI; order: the pharmacy's own order (default: ssi)",
    )  # fmt: skip
    add.add_argument("--note", default="", metavar="TEXT")
    ls = ed_sub.add_parser("list", help="the expected deliveries, the earliest first")
    ls.add_argument("--all", action="store_true", help="cancelled ones too")
    ls.add_argument("--csv", action="store_true", help="comma-separated values with a header")
    cancel = ed_sub.add_parser("cancel", help="an expected delivery that will not come")
    cancel.add_argument("id", type=int, metavar="ID")
    cancel.add_argument("--note", default="", metavar="TEXT", help="why")
    diff = ed_sub.add_parser(
        "differences",
        help="the deliveries received against the expected ones: more, less, late, unexpected, overdue",
    )
    diff.add_argument("--csv", action="store_true", help="comma-separated values with a header")


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


def expected_delivery_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pharmacy_app.reports.csv_export import write_csv
    from pharmacy_app.services import expected_deliveries as ed

    if args.expected_action == "add":
        v = ed.add_expected(
            app, product=args.varenummer, expected_on=args.day, packs=args.packs,
            doses=args.doses, reference=args.reference, source=args.source, note=args.note,
        )  # fmt: skip
        print(v.id, file=out)
        return 0
    if args.expected_action == "cancel":
        v = ed.cancel_expected(app, args.id, note=args.note)
        print(
            f"cancelled {v.id}: {v.doses} doses of {v.product} expected {v.expected_on}", file=out
        )
        return 0
    if args.expected_action == "list":
        rows = ed.list_expected(app, include_cancelled=args.all)
        columns = ("id", "varenummer", "product", "doses", "packs", "expected_on", "reference",
                   "source", "cancelled", "note")  # fmt: skip
        values = [
            (v.id, v.varenummer, v.product, v.doses, round(v.packs, 2), v.expected_on.isoformat(),
             v.reference, v.source, "yes" if v.cancelled else "", v.note)
            for v in rows
        ]  # fmt: skip
        if args.csv:
            write_csv(out, columns, values)
        else:
            print_table(columns, [tuple(str(c) for c in row) for row in values], {0, 3, 4}, out)
        return 0
    lines = ed.delivery_lines(app)
    if args.csv:
        write_csv(
            out,
            ("status", "varenummer", "product", "expected_id", "expected_doses", "expected_on",
             "reference", "delivery_note", "received_doses", "received_on", "more", "less",
             "days_late", "explanation"),
            (
                (x.status.value, x.varenummer, x.product, x.expected_id, x.expected_doses,
                 x.expected_on, x.reference, x.note, x.received_doses, x.received_on, x.more,
                 x.less, x.days_late, x.text(args.lang))
                for x in lines
            ),
        )  # fmt: skip
        return 0
    for x in lines:
        print(f"[{x.status.value}] {x.text(args.lang)}", file=out)
    print(f"{len(lines)} lines", file=out)
    return 0


def projection_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pharmacy_app.domain.errors import fail
    from pharmacy_app.reports.csv_export import write_csv
    from pharmacy_app.services import projection

    lines = projection.projection(app, site=args.site, weeks=args.weeks)
    if args.chart is not None:
        if args.site is None or args.varenummer is None:
            raise fail("value_required", field="--site, --varenummer")
        chosen = [x for x in lines if x.varenummer == args.varenummer]
        if not chosen:
            raise fail("product_unknown", product=args.varenummer)
        projection.write_chart(chosen[0], args.chart, args.chart_lang)
        print(f"chart written to {args.chart}", file=err)
    if args.csv:
        write_csv(
            out,
            ("place", "kind", "varenummer", "product", "monday", "start", "incoming", "outgoing",
             "expected_use", "used", "short", "expired", "end", "stock_out"),
            (
                (x.place_code, x.place_kind, x.varenummer, x.product, w.week.isoformat(), w.start,
                 w.incoming, w.outgoing, w.use, w.used, w.short, w.expired, w.end,
                 x.projection.stock_out.isoformat() if x.projection.stock_out else "")
                for x in lines
                for w in x.projection.weeks
            ),
        )  # fmt: skip
        return 0
    if args.site is not None:
        for x in lines:
            print(f"{x.place_code} {x.product} ({x.varenummer}): {x.stock_now} doses now", file=out)
            header = ("Week", "Monday", "Start", "In", "Out", "Use", "Short", "Expired", "End")
            table = [
                (str(w.week.isocalendar().week), w.week.isoformat(), str(w.start), str(w.incoming),
                 str(w.outgoing), str(w.use), str(w.short), str(w.expired), str(w.end))
                for w in x.projection.weeks
            ]  # fmt: skip
            print_table(header, table, set(range(2, 9)), out)
            so = x.projection.stock_out
            print(f"stock-out: {so.isoformat() if so else 'none in these weeks'}", file=out)
            print(file=out)
        return 0
    header = ("Place", "Product", "Now", "In", "Out", "Use", "Expired", "End", "Stock-out")
    table = [
        (
            x.place_code, x.product[:30], str(x.stock_now),
            str(sum(w.incoming for w in x.projection.weeks)),
            str(sum(w.outgoing for w in x.projection.weeks)),
            str(sum(w.use for w in x.projection.weeks)), str(x.projection.expired),
            str(x.projection.weeks[-1].end),
            x.projection.stock_out.isoformat() if x.projection.stock_out else "",
        )
        for x in lines
    ]  # fmt: skip
    print_table(header, table, set(range(2, 8)), out)
    print(f"{len(lines)} lines over {args.weeks} weeks", file=out)
    return 0


def order_proposal_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pharmacy_app.reports.csv_export import write_csv
    from pharmacy_app.services import ssi_order

    proposal = ssi_order.order_proposal(app)
    if args.out is not None:
        ssi_order.write_workbook(proposal, args.out)
        print(f"workbook written to {args.out}", file=err)
    if args.csv:
        write_csv(
            out,
            ("varenummer", "product", "packs", "doses", "doses_per_pack", "use", "cover", "stock",
             "expiring", "expected", "short", "explanation"),
            (
                (x.varenummer, x.product, x.packs, x.doses, x.doses_per_pack, x.use, x.cover,
                 x.stock, x.expiring, x.expected, x.short, x.sentence(args.lang))
                for x in proposal.lines
            ),
        )  # fmt: skip
        return 0
    s = proposal.settings
    print(f"delivery interval {s.interval_days} days, cover target {s.cover_days} days", file=out)
    for x in proposal.lines:
        print(f"{x.varenummer}  {x.packs:>6} packs  {x.sentence(args.lang)}", file=out)
    print(f"{len(proposal.lines)} products, {proposal.packs} packs", file=out)
    return 0
