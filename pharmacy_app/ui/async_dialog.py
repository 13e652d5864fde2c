"""Moved to :mod:`pharmacy_app.ui.common.async_dialog`; kept for the pages that still import it from here."""
from pharmacy_app.ui.common.async_dialog import *  # noqa: F403
