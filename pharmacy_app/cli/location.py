"""``location storage CODE``: a place's storage equipment on the command line.

With ``--class`` (repeatable) it replaces the place's whole equipment
(:func:`pharmacy_app.services.storage_settings.set_storage`); ``--capacity-packs`` and
``--capacity-litres`` apply to each class given.  Without ``--class`` it shows the
equipment: each class with its range and capacity, what it holds and how full it is,
and the lots in it.  A refused change (an unknown class, a negative capacity) changes
nothing; the problems go to stderr and the exit code is 1.
"""

from __future__ import annotations

import argparse
from typing import TextIO

from pharmacy_app.cli.output import print_table
from pharmacy_app.domain import cold_chain as cc
from pharmacy_app.services import storage_settings
from pharmacy_app.services.app import App
from pharmacy_app.services.storage_settings import StorageView


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    loc = sub.add_parser("location", help="a place's settings on the command line")
    loc_sub = loc.add_subparsers(dest="location_action", metavar="ACTION", required=True)
    classes = ", ".join(c.value for c in cc.ORDER)
    st = loc_sub.add_parser(
        "storage",
        help="show a place's storage equipment and what it holds; with --class, replace it",
        description="Without --class: show the place's storage equipment, what each class "
        "holds and its fill level.  With --class: replace the place's whole equipment with "
        f"the classes given ({classes}); --capacity-packs and --capacity-litres apply to "
        "each class given.",
    )
    st.add_argument("code", metavar="CODE", help="the place, e.g. RH-DC-GLOSTRUP")
    st.add_argument(
        "--class", dest="classes", action="append", default=None, metavar="CLASS",
        help=f"a class of equipment the place has ({classes}); repeat for more",
    )  # fmt: skip
    st.add_argument(
        "--capacity-packs", type=int, default=None, metavar="N",
        help="the capacity in packs of each class given (default: no limit)",
    )  # fmt: skip
    st.add_argument(
        "--capacity-litres", type=float, default=None, metavar="L",
        help="the capacity in litres of each class given (counted with each product's pack volume)",
    )  # fmt: skip


def location_command(app: App, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.classes is None:
        if args.capacity_packs is not None or args.capacity_litres is not None:
            print("a capacity needs the classes it applies to (--class CLASS)", file=err)
            return 2
        print_storage(storage_settings.storage_view(app, args.code), out)
        return 0
    view = storage_settings.set_storage(
        app,
        args.code,
        [(c, args.capacity_packs, args.capacity_litres) for c in args.classes],
    )
    print_storage(view, out)
    return 0


def print_storage(view: StorageView, out: TextIO) -> None:
    place = view.place
    where = "recorded" if place.recorded else f"the default of {place.kind_en or 'its kind'}"
    print(f"{place.code}  {place.name} ({place.kind_en}); equipment: {where}", file=out)
    header = ("class", "range", "capacity", "stored", "fill")
    rows = [
        (
            c.storage_class.value if c.installed else f"({c.storage_class.value}: not at the place)",
            f"{c.low_c}/{c.high_c} °C",
            _capacity(c.capacity_packs, c.capacity_litres),
            f"{c.packs:.1f} packs" + (f", {c.litres:.2f} l" if c.litres else ""),
            "" if c.fill is None else f"{round(c.fill * 100)} %",
        )
        for c in view.classes
    ]
    print_table(header, rows, {3, 4}, out)
    for c in view.classes:
        for lot in c.lots:
            thawed = (
                f"thawed {lot.thawed_on.isoformat()}, use by {lot.use_by.isoformat()}"
                if lot.thawed_on is not None
                else f"expiry {lot.expiry.isoformat()}"
            )
            print(
                f"  {c.storage_class.value}: {lot.product} ({lot.varenummer}) batch {lot.batch}, "
                f"{lot.doses} doses, {thawed}",
                file=out,
            )


def _capacity(packs: int | None, litres: float | None) -> str:
    parts = []
    if packs is not None:
        parts.append(f"{packs} packs")
    if litres is not None:
        parts.append(f"{litres:g} l")
    return ", ".join(parts) or "no limit"
