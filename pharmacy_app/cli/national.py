"""``national WORKBOOK... --out national.xlsx [--pdf national.pdf]``: the national picture
from the regions' monthly SSI workbooks, and the proposals to move surplus between them."""

from __future__ import annotations

import argparse
from typing import TextIO

from pharmacy_app.services.app import App


def national_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pharmacy_app.services import national

    overview = national.load(app, args.workbooks)
    names = ", ".join(f"{r.region_name} ({r.region_code})" for r in overview.regions)
    print(f"{overview.period}: {names}", file=out)
    path = national.write_workbook(overview, args.out)
    print(f"overview written to {path}", file=out)
    if args.pdf is not None:
        pdf = national.write_pdf(app, overview, args.pdf, args.document_lang)
        print(f"PDF written to {pdf}", file=out)
    for p in overview.proposals:
        print(p.sentence(args.lang), file=out)
    if not overview.proposals:
        print("no surplus another region can use before it expires", file=out)
    return 0
