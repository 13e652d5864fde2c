"""Moved to :mod:`pharmacy_app.ui.common.widgets`; kept for the pages that still import it from here."""
from pharmacy_app.ui.common.widgets import *  # noqa: F403
