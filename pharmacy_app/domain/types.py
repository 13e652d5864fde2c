"""Typed identifiers and the small vocabularies the ledger speaks.

Quantities in the ledger are always whole doses (``int``); packs and vials are shown
by converting with the product's explicit factors, never stored as floats.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NewType

LotId = NewType("LotId", int)
LocationId = NewType("LocationId", int)
ProductId = NewType("ProductId", int)
MovementId = NewType("MovementId", int)


class MovementKind(StrEnum):
    """What a movement is.  Every kind moves doses of one lot between two locations."""

    RECEIPT = "receipt"  # SSI -> pharmacy
    TRANSFER = "transfer"  # real -> real (distribution, return, between sites)
    ADMINISTER = "administer"  # site -> ADMINISTERED
    DISCARD = "discard"  # location -> WASTED, with a reason
    STOCKTAKE = "stocktake"  # STOCKTAKE <-> location
    REVERSAL = "reversal"  # undoes one earlier movement, pointing at it
    THAW = "thaw"  # frozen lot -> THAW and THAW -> its thawed part, at one location
    RELEASE = "release"  # quarantine -> its pharmacy, once a pharmacist clears held stock


class VirtualLocation(StrEnum):
    """Locations that are not shelves: the other side of receipts, use and waste.

    ``IN_TRANSIT`` holds stock (it must never go negative); the others are sources or
    sinks whose running total is meaningless as stock.
    """

    SSI = "SSI"
    ADMINISTERED = "ADMINISTERED"
    WASTED = "WASTED"
    STOCKTAKE = "STOCKTAKE"
    OTHER_REGION = "OTHER_REGION"
    IN_TRANSIT = "IN_TRANSIT"
    THAW = "THAW"

    @property
    def holds_stock(self) -> bool:
        return self is VirtualLocation.IN_TRANSIT


PHARMACY_KIND = "pharmacy"
QUARANTINE_KIND = "quarantine"
