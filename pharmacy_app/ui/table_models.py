"""Moved to :mod:`pharmacy_app.ui.common.table_models`; kept for the pages that still import it from here."""
from pharmacy_app.ui.common.table_models import *  # noqa: F403
