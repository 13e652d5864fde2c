"""Moved to :mod:`pharmacy_app.ui.common.flow_layout`; kept for the pages that still import it from here."""
from pharmacy_app.ui.common.flow_layout import *  # noqa: F403
