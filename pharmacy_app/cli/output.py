"""Printing for the command line: plain-text tables in aligned columns."""

from __future__ import annotations

from typing import TextIO


def print_table(
    header: tuple[str, ...], table: list[tuple[str, ...]], numeric: set[int], out: TextIO
) -> None:
    widths = [max([len(h)] + [len(row[i]) for row in table]) for i, h in enumerate(header)]
    for row in [header, *table]:
        print(
            "  ".join(
                c.rjust(widths[i]) if i in numeric else c.ljust(widths[i]) for i, c in enumerate(row)
            ).rstrip(),
            file=out,
        )
