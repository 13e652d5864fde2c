"""Moved to :mod:`pharmacy_app.ui.common.column_fit`; kept for the pages that still import it from here."""
from pharmacy_app.ui.common.column_fit import *  # noqa: F403
