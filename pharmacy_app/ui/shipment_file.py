"""Moved to :mod:`pharmacy_app.ui.transfers.shipment_file`; kept for the pages that still import it from here."""
from pharmacy_app.ui.transfers.shipment_file import *  # noqa: F403
