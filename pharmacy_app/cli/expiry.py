"""Expiry and waste: ``expiry`` (stock by days left), ``at-risk`` (stock that will not
be used in time), ``rebalance`` (proposals to move it; one sent to another region),
``recall`` (a batch, who holds it, the bring-back list) and ``discard-expired``.
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from pharmacy_app.cli.output import print_table, write_shipment
from pharmacy_app.services.app import App


def expiry_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pharmacy_app.domain.errors import fail
    from pharmacy_app.reports.csv_export import write_csv
    from pharmacy_app.services import expiry

    if args.days < 0:
        raise fail("expiry_days_invalid", days=args.days)
    rows = [r for r in expiry.expiry_overview(app) if r.days_left <= args.days]
    if args.csv:
        write_csv(out, expiry.EXPIRY_COLUMNS, (expiry.expiry_values(r) for r in rows))
        return 0
    header = ("Location", "Product", "Batch", "Use by", "Days left", "Bucket", "Doses")
    table = [
        (
            r.location_code,
            r.product[:40],
            r.batch,
            r.use_by.isoformat(),
            str(r.days_left),
            r.bucket,
            str(r.doses),
        )
        for r in rows
    ]
    print_table(header, table, {4, 6}, out)
    print(f"{len(rows)} rows, {sum(r.doses for r in rows)} doses", file=out)
    return 0


def at_risk_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pharmacy_app.reports.csv_export import write_csv
    from pharmacy_app.services import expiry

    rows = expiry.at_risk_report(app)
    if args.csv:
        write_csv(out, expiry.RISK_COLUMNS, (expiry.risk_values(r) for r in rows))
        return 0
    header = ("Location", "Product", "Batch", "Use by", "Days left", "Doses", "At risk", "Rate/day")
    table = [
        (
            r.location_code,
            r.product[:40],
            r.batch,
            r.use_by.isoformat(),
            str(r.days_left),
            str(r.doses),
            str(r.at_risk),
            f"{r.rate_per_day:.2f} ({r.rate_source})",
        )
        for r in rows
    ]
    print_table(header, table, {4, 5, 6}, out)
    print(f"{len(rows)} rows, {sum(r.at_risk for r in rows)} doses at risk", file=out)
    return 0


def rebalance_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pharmacy_app.reports.csv_export import write_csv
    from pharmacy_app.services import rebalance

    found = rebalance.proposals(app)
    if args.send_to_region is not None:
        return _rebalance_send(app, args, found, out)
    if args.csv:
        columns = (
            "kind", "from_code", "from_name", "to_code", "to_name", "varenummer", "product",
            "batch", "use_by", "doses", "receiver_rate", "receiver_days_left", "explanation",
        )
        write_csv(
            out,
            columns,
            (
                (
                    p.kind, p.from_code, p.from_name, p.to_code, p.to_name, p.varenummer,
                    p.product, p.batch, p.use_by, p.doses, round(p.receiver_rate, 2),
                    p.receiver_days_left, p.sentence(args.lang),
                )
                for p in found
            ),
        )
        return 0
    for i, p in enumerate(found, start=1):
        print(f"{i:>3}. [{p.kind}] {p.sentence(args.lang)}", file=out)
    print(f"{len(found)} proposals, {sum(p.doses_saved for p in found)} doses", file=out)
    return 0


def _rebalance_send(app: App, args: argparse.Namespace, found: list[Any], out: TextIO) -> int:
    from pharmacy_app.domain.errors import DomainError, Problem, fail
    from pharmacy_app.services import rebalance

    problems = [
        Problem("value_required", {"field": flag})
        for flag, value in (("--region", args.region), ("--reference", args.reference), ("--out", args.out))
        if value is None or not str(value).strip()
    ]
    if problems:
        raise DomainError(problems)
    n = args.send_to_region
    if not 1 <= n <= len(found):
        raise fail(
            "value_invalid",
            field="--send-to-region",
            value=n,
            why=f"1-{len(found)}",
        )
    shipment = rebalance.accept_to_region(
        app, found[n - 1], region_code=args.region, reference=args.reference, note=args.note
    )
    write_shipment(shipment, args.out, out)
    return 0


def recall_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pharmacy_app.reports.pdf_common import write_bytes
    from pharmacy_app.services import recall

    lot_id = recall.find_lot(app, args.varenummer, args.lot_batch)
    view = recall.recall_lot(app, lot_id, args.reason)
    print(
        f"recalled {view.product} batch {view.batch} ({len(view.lot_ids)} lots): {view.reason}",
        file=out,
    )
    header = ("Location", "Name", "Kind", "Address", "Doses", "Units")
    table = [
        (
            h.location_code,
            (f"{h.location_name} -> {h.going_to_code}" if h.going_to_code else h.location_name)[:40],
            h.location_kind, h.address[:50], str(h.doses), str(h.vials),
        )
        for h in view.holders
    ]  # fmt: skip
    print_table(header, table, {4, 5}, out)
    back = recall.bring_back_list(app, lot_id)
    print(
        f"{len(view.holders)} locations hold {view.doses} doses; "
        f"{len(back.lines)} must bring back {back.doses} doses",
        file=out,
    )
    if args.out is not None:
        write_bytes(args.out, recall.bring_back_pdf(app, lot_id, language=args.document_lang))
        print(f"bring-back list written to {args.out}", file=out)
    return 0


def discard_expired_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pharmacy_app.services import waste

    rows = waste.expired_stock(app, location_code=args.location)
    header = ("Location", "Product", "Batch", "Use by", "Reason", "Doses")
    table = [
        (r.location_code, r.product[:40], r.batch, r.use_by.isoformat(), r.reason_code, str(r.doses))
        for r in rows
    ]
    print_table(header, table, {5}, out)
    total = sum(r.doses for r in rows)
    if not args.yes or not rows:
        print(f"{len(rows)} expired holdings, {total} doses", file=out)
        if rows:
            print("nothing discarded; rerun with --yes to discard them", file=out)
        return 0
    posted = waste.discard_expired(app, [(r.lot_id, r.location_code) for r in rows])
    print(f"discarded {len(posted)} holdings, {sum(p.doses for p in posted)} doses", file=out)
    return 0
