"""Distribution and the other regions: ``distribute`` (plan a round, optionally dispatch
it, and write its lists and lines), ``send-to-region`` and ``receive-from-region``
(signed shipment files) and ``keys`` (the keys that sign them).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from pharmacy_app.cli.output import write_shipment
from pharmacy_app.domain.messages.codes import Code
from pharmacy_app.domain.messages.render import message
from pharmacy_app.domain.messages.terms import Term
from pharmacy_app.services.app import App

# A round's state as the summary names it; any other state is shown by its code.
_ROUND_STATES = {"draft": Term.STATUS_DRAFT, "dispatched": Term.STATUS_DISPATCHED}


def distribute_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pharmacy_app.reports.csv_export import write_csv
    from pharmacy_app.reports.round_csv import ROUND_CSV_COLUMNS, round_lines_csv_rows
    from pharmacy_app.services import distribution, documents

    lang = args.list_lang
    planned_for = args.date or app.today()
    product_ids = distribution.product_ids_for(app, args.product) if args.product else None
    requested = None
    if args.round is not None:
        from pharmacy_app.services.round_file import read_round_file

        round_file = read_round_file(app, args.round)
        sites = list(round_file.site_codes)
        requested = round_file.requested
    elif args.all_sites:
        sites = [s.code for s in distribution.site_candidates(app)]
    else:
        sites = args.site
    view = distribution.plan_round(
        app,
        planned_for=planned_for,
        site_codes=sites,
        product_ids=product_ids,
        mode=args.mode,
        fair_split=args.fair_split,
        requested=requested,
        dispatch=args.dispatch,
    )
    pdf = documents.distribution_round_pdf(app, view.round_id, lang)
    args.out.mkdir(parents=True, exist_ok=True)
    pdf_path = args.out / f"{view.number}.pdf"
    csv_path = args.out / f"{view.number}.csv"
    pdf_path.write_bytes(pdf)
    with csv_path.open("w", encoding="utf-8", newline="") as fh:
        write_csv(fh, ROUND_CSV_COLUMNS, round_lines_csv_rows(view))
    status = _ROUND_STATES.get(view.status, view.status)
    summary = message(
        Code.CLI_ROUND_SUMMARY, lang, number=view.number, planned_for=planned_for,
        mode=view.mode, status=status, sites=len(view.lists), doses=view.doses,
    )  # fmt: skip
    print(summary, file=out)
    for lst in view.lists:
        print(f"{lst.site_code}  {lst.site_name}  {lst.list_number}  [{lst.status}]", file=out)
        for req in lst.requests:
            if not req.requested and not req.allocated:
                continue
            line = message(
                Code.CLI_ROUND_REQUEST, lang, varenummer=req.varenummer, product=req.product[:45],
                doses=req.allocated, units=req.allocated // req.doses_per_unit,
                doses_per_unit=req.doses_per_unit,
            )  # fmt: skip
            print(line, file=out)
            if req.basis is not None:  # how the proposal was reached (rate or forecast)
                print(f"    {req.basis.text(lang)}", file=out)
            if req.short and req.short_reason is not None:  # the site's storage cut it
                print(f"    {req.short_reason.text(lang)}", file=out)
    for site, product, asked, got in view.shortfalls:
        line = message(
            Code.CLI_ROUND_SHORTFALL, lang, site=site, product=product, asked=asked, got=got,
            short=asked - got,
        )  # fmt: skip
        print(line, file=out)
    print(pdf_path, file=out)
    print(csv_path, file=out)
    return 0


def send_to_region_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pharmacy_app.services import transfers

    lot_id = transfers.find_lot(app, args.varenummer, args.lot_batch, args.thawed_on)
    shipment = transfers.send_to_region(
        app,
        lot_id=lot_id,
        doses=args.doses,
        region_code=args.region,
        reference=args.reference,
        note=args.note,
    )
    write_shipment(shipment, args.out, out, movement=True)
    return 0


def receive_from_region_command(
    app: App, args: argparse.Namespace, out: TextIO, err: TextIO
) -> int:
    from pharmacy_app.services import transfers

    p = transfers.receive_from_region(app, transfers.read_shipment_file(args.file))
    print(
        f"received {p.doses} doses of {p.product} batch {p.batch} into {p.to_code} "
        f"(movement {p.movement_id})",
        file=out,
    )
    return 0


def keys_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pharmacy_app.services import signing_keys

    if args.keys_command == "show":
        own = signing_keys.own_key(app)
        print(f"region {own.region_code or '-'}, pharmacy {own.pharmacy_code or '-'}", file=out)
        print(f"fingerprint {own.shown_fingerprint}", file=out)
        print(f"private key {own.key_file} (stays here)", file=out)
        print(own.public_key_pem, end="", file=out)
        if args.out is not None:
            args.out.parent.mkdir(parents=True, exist_ok=True)
            args.out.write_text(own.public_key_pem, encoding="ascii")
            print(args.out, file=out)
        return 0
    if args.keys_command == "trust":
        text = args.key
        try:  # a file name, or else the key's text itself
            is_file = len(text) < 1024 and Path(text).is_file()
        except (OSError, ValueError):
            is_file = False
        if is_file:
            try:
                text = Path(text).read_bytes()[: signing_keys.MAX_KEY_FILE_BYTES].decode("ascii")
            except (OSError, UnicodeDecodeError) as e:
                print(f"{args.key}: {getattr(e, 'strerror', None) or e}", file=err)
                return 1
        key = signing_keys.trust(app, region_code=args.region, key_text=text, label=args.label)
        print(f"trusted for region {key.region_code}: {key.shown_fingerprint}", file=out)
        print("compare this fingerprint with the other pharmacy before receiving", file=out)
        return 0
    if args.keys_command == "revoke":
        key = signing_keys.revoke(app, args.fingerprint)
        print(f"revoked for region {key.region_code}: {key.shown_fingerprint}", file=out)
        return 0
    from pharmacy_app.domain.localtime import local_day

    for key in signing_keys.list_trusted(app):
        state = "trusted"
        if key.revoked_at is not None:
            state = f"revoked {local_day(key.revoked_at):%d-%m-%Y} by {key.revoked_by}"
        print(
            f"{key.region_code}  {key.shown_fingerprint}  {key.label or '-'}  "
            f"added {local_day(key.added_at):%d-%m-%Y} by {key.added_by}  {state}",
            file=out,
        )
    return 0
