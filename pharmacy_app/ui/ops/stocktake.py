"""Writes of the Stocktake page: start a count, enter counts (typed, scanned or from a
file), post the differences, cancel.

The stocktake services are imported when used: the page module is imported as the
window starts its later pages, and the scan brings the GS1 parser with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from pharmacy_app.ui.ops.service_op import ServiceOp

if TYPE_CHECKING:
    from pharmacy_app.services.stocktake import CountEntry, StocktakeView
    from pharmacy_app.services.stocktake_scan import CountScan


def start(
    parent: QWidget,
    location_code: str,
    *,
    programme: str | None = None,
    product: str | None = None,
    storage: str | None = None,
    blind: bool = False,
) -> ServiceOp[int]:
    from pharmacy_app.services import stocktake

    return ServiceOp.call(
        parent,
        stocktake.start,
        location_code,
        programme=programme,
        product=product,
        storage=storage,
        blind=blind,
    )


def start_cycle(parent: QWidget, location_code: str, lots: Sequence[int]) -> ServiceOp[int]:
    """A cycle count: exactly ``lots`` at the place."""
    from pharmacy_app.services import stocktake

    return ServiceOp.call(parent, stocktake.start, location_code, lots=list(lots))


def record_counts(
    parent: QWidget, stocktake_id: int, entries: Sequence[CountEntry]
) -> ServiceOp[StocktakeView]:
    from pharmacy_app.services import stocktake

    return ServiceOp.call(parent, stocktake.record_counts, stocktake_id, list(entries))


def scan(parent: QWidget, stocktake_id: int, text: str) -> ServiceOp[CountScan]:
    from pharmacy_app.services import stocktake_scan

    return ServiceOp.call(parent, stocktake_scan.scan, stocktake_id, text)


def import_counts(parent: QWidget, stocktake_id: int, path: Path) -> ServiceOp[StocktakeView]:
    from pharmacy_app.services import stocktake

    return ServiceOp.call(parent, stocktake.import_counts, stocktake_id, path)


def post(parent: QWidget, stocktake_id: int, approved_by: str | None) -> ServiceOp[StocktakeView]:
    from pharmacy_app.services import stocktake

    return ServiceOp.call(parent, stocktake.post, stocktake_id, approved_by=approved_by)


def cancel(parent: QWidget, stocktake_id: int) -> ServiceOp[StocktakeView]:
    from pharmacy_app.services import stocktake

    return ServiceOp.call(parent, stocktake.cancel, stocktake_id)
