"""Returns to SSI: ``return-to-ssi`` (send doses of a batch back under SSI's reference,
writing the return note) and ``return-note`` (print a return's note again).

``return-to-ssi`` prints the return's id as the last word of its last line, so a script
can chain ``return-note``; refused, it writes nothing (not even the note) and exits 1.
"""

from __future__ import annotations

import argparse
from typing import TextIO

from pharmacy_app.reports.pdf_common import write_bytes
from pharmacy_app.services import ssi_return
from pharmacy_app.services.app import App


def return_to_ssi_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    line = ssi_return.ReturnLine(
        varenummer=args.varenummer, batch=args.lot_batch, doses=args.doses, thawed_on=args.thawed_on
    )
    view = ssi_return.return_to_ssi(
        app,
        reference=args.reference,
        reason=args.reason,
        lines=[line],
        from_location=args.from_code,
        closed_month_reason=args.closed_month_reason,
    )
    for returned in view.lines:
        recalled = " (recalled)" if returned.recalled else ""
        print(
            f"returned {returned.doses} doses of {returned.product} batch {returned.batch}"
            f"{recalled} from {view.from_code} to SSI, reference {view.reference} "
            f"(movement {returned.movement_id})",
            file=out,
        )
    if args.out is not None:
        write_bytes(args.out, ssi_return.return_note_pdf(app, view.id, language=args.document_lang))
        print(f"return note written to {args.out}", file=out)
    print(f"return to SSI {view.id}", file=out)
    return 0


def return_note_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    pdf = ssi_return.return_note_pdf(app, args.return_id, language=args.document_lang)
    write_bytes(args.out, pdf)
    print(f"return note {args.return_id} written to {args.out}", file=out)
    return 0
