"""Moved to :mod:`pharmacy_app.ui.stock` (the held marks to ``stock.marks``, the target
to ``stock.stock_target``, one module per dialog); kept for the pages that still import
these from here."""

from pharmacy_app.ui.stock.discard_dialog import DiscardDialog
from pharmacy_app.ui.stock.marks import HELD_BG, HELD_FG, held_tooltip
from pharmacy_app.ui.stock.release_dialog import ReleaseDialog
from pharmacy_app.ui.stock.stock_target import StockTarget, is_frozen_product
from pharmacy_app.ui.stock.thaw_dialog import ThawDialog

__all__ = [
    "HELD_BG",
    "HELD_FG",
    "DiscardDialog",
    "ReleaseDialog",
    "StockTarget",
    "ThawDialog",
    "held_tooltip",
    "is_frozen_product",
]
