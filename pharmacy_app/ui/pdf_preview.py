"""Moved to :mod:`pharmacy_app.ui.common.pdf_preview`; kept for the pages that still import it from here."""
from pharmacy_app.ui.common.pdf_preview import *  # noqa: F403
