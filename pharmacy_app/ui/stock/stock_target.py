"""The stock a dialog acts on (one lot at one location), whether it can be thawed, and
whether it can go back to SSI.

Frozen stock is thawed where it is; the thawed part gets its own, shorter use-by and is
never refrozen.  Held stock is not thawed until it is released.  Stock goes back to SSI
from the pharmacy or its quarantine only (a site returns it to the pharmacy first).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pharmacy_app.domain.types import PHARMACY_KIND, QUARANTINE_KIND
from pharmacy_app.services.queries import StockRow
from pharmacy_app.services.reference import ProductInfo
from pharmacy_app.ui.stock.marks import is_held


def is_frozen_product(product: ProductInfo | None) -> bool:
    return (
        product is not None
        and product.frozen_min_c is not None
        and product.thawed_shelf_life_days is not None
    )


def can_thaw(row: StockRow, product: ProductInfo | None) -> bool:
    """Frozen stock of a frozen product, not held: thawing starts its shorter clock."""
    return row.thawed_on is None and not is_held(row) and is_frozen_product(product)


def can_return_to_ssi(row: StockRow) -> bool:
    """Stock at the pharmacy or its quarantine, recalled and held stock included."""
    return row.location_kind_code in (PHARMACY_KIND, QUARANTINE_KIND)


@dataclass(frozen=True)
class StockTarget:
    """The stock a dialog acts on: one lot at one location."""

    lot_id: int
    location_code: str
    location_name: str
    product: str
    batch: str
    expiry: date
    doses: int
    doses_per_unit: int
    doses_per_pack: int
    thawed_shelf_life_days: int | None = None
    varenummer: str = ""
    thawed_on: date | None = None
    recalled: bool = False

    @classmethod
    def from_row(cls, row: StockRow, product: ProductInfo | None = None) -> StockTarget:
        return cls(
            lot_id=row.lot_id,
            location_code=row.location_code,
            location_name=row.location_name,
            product=row.product,
            batch=row.batch,
            expiry=row.expiry,
            doses=row.doses,
            doses_per_unit=row.doses_per_unit,
            doses_per_pack=row.doses_per_pack,
            thawed_shelf_life_days=product.thawed_shelf_life_days if product else None,
            varenummer=row.varenummer,
            thawed_on=row.thawed_on,
            recalled=row.recalled,
        )
