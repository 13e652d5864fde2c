"""The suggested order to SSI for one product: whole packs that keep the region covered.

The region must meet its expected use until the next delivery after this one (the
delivery interval) and still hold its cover target then (the expected use of the
following cover days).  Against that need count the usable stock, less what of it will
expire before it is used, and the deliveries already expected in the interval.  The
shortfall, if any, is rounded **up** to whole packs: the pharmacy orders packs, and a
part pack short would leave the region under its target.

What must hold: pure; packs ≥ 0; packs × doses per pack ≥ the shortfall and less than
the shortfall plus one pack.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Suggestion:
    need: int  # use in the interval + the cover target
    available: int  # usable stock not expiring first + expected deliveries
    short: int  # doses the region lacks (0: none)
    packs: int
    doses: int  # packs × doses per pack


def suggest(
    use: int, cover: int, stock: int, expiring: int, expected: int, doses_per_pack: int
) -> Suggestion:
    need = max(0, use) + max(0, cover)
    available = max(0, stock - expiring) + max(0, expected)
    short = max(0, need - available)
    packs = -(-short // doses_per_pack) if doses_per_pack > 0 else 0
    return Suggestion(need, available, short, packs, packs * doses_per_pack)
