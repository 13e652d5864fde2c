"""Moved to :mod:`pharmacy_app.ui.stock` (the model to ``stock.model``, the colours and
use-by state to ``stock.marks``); kept for the pages that still import these from here."""

from pharmacy_app.ui.stock.marks import (
    EXPIRED_BG,
    EXPIRED_FG,
    MUTED_FG,
    SOON_BG,
    SOON_FG,
    use_by_state,
)
from pharmacy_app.ui.stock.model import StockModel
from pharmacy_app.ui.table_models import ROW_ROLE

__all__ = ["EXPIRED_BG", "EXPIRED_FG", "MUTED_FG", "ROW_ROLE", "SOON_BG", "SOON_FG", "StockModel", "use_by_state"]
