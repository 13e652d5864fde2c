"""``round-basis [recent|forecast]``: what round proposals and stock-out warnings size a
site's use by, on the command line.

Without an argument it prints the basis in force; with one it stores it (administrators
only, written to the activity log), as Settings › General does
(:mod:`pharmacy_app.services.distribution.use_basis`).
"""

from __future__ import annotations

import argparse
from typing import TextIO

from pharmacy_app.domain import use_basis as ub
from pharmacy_app.services.app import App
from pharmacy_app.services.distribution import use_basis

_MEANING = {
    ub.RECENT: "each site's use over the last 4 weeks",
    ub.FORECAST: "the demand forecast over the days a round covers (the 4-week rate where it has nothing)",
}


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rb = sub.add_parser(
        "round-basis",
        help="show or set what round proposals and stock-outs size a site's use by",
    )
    rb.add_argument(
        "basis", nargs="?", choices=ub.BASES, default=None,
        help="recent: the last 4 weeks' rate (default); forecast: the demand forecast",
    )  # fmt: skip


def round_basis_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    basis = (
        use_basis.save_use_basis(app, args.basis)
        if args.basis is not None
        else use_basis.use_basis(app)
    )
    print(f"round_use_basis: {basis} ({_MEANING[basis]})", file=out)
    return 0
