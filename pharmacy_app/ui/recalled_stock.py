"""Moved to :mod:`pharmacy_app.ui.stock.marks`; kept for the pages that still import the
recalled marks from here."""

from pharmacy_app.ui.stock.marks import (
    RECALLED_BG,
    RECALLED_FG,
    recalled_icon,
    recalled_legend,
    recalled_tooltip,
)

__all__ = ["RECALLED_BG", "RECALLED_FG", "recalled_icon", "recalled_legend", "recalled_tooltip"]
