"""Moved to :mod:`pharmacy_app.ui.setup`; kept for the pages that still import the home
pharmacy gate from here."""

from pharmacy_app.ui.setup.home_gate import HomeGate

__all__ = ["HomeGate"]
