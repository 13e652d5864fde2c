"""Printing for the command line: plain-text tables in aligned columns, and what a
shipment to another region sent."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from pharmacy_app.services.transfers import RegionShipment


def print_table(
    header: tuple[str, ...], table: Sequence[tuple[str, ...]], numeric: set[int], out: TextIO
) -> None:
    """The header and rows in columns as wide as their widest cell; the ``numeric``
    columns aligned right."""
    widths = [max([len(h)] + [len(row[i]) for row in table]) for i, h in enumerate(header)]
    for row in [header, *table]:
        print(
            "  ".join(
                c.rjust(widths[i]) if i in numeric else c.ljust(widths[i]) for i, c in enumerate(row)
            ).rstrip(),
            file=out,
        )


def write_shipment(
    shipment: RegionShipment, path: Path, out: TextIO, *, movement: bool = False
) -> None:
    """Write a shipment's signed file for the receiving region and say what was sent
    (with ``movement``, also the movement that sent it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(shipment.document)
    p = shipment.posted
    detail = f"movement {p.movement_id}, " if movement else ""
    print(
        f"sent {p.doses} doses of {p.product} batch {p.batch} to region {shipment.region_code} "
        f"({detail}reference {shipment.reference})",
        file=out,
    )
    print(path, file=out)
