"""Receiving deliveries from SSI: draft receipts, scanning, posting, quarantine, thawing.

A receipt is a draft (its lines are not stock) until :func:`post` puts every line into
the ledger in one transaction.  Lines can come from scanned packs (:mod:`.scanning`),
typed lines (:mod:`.drafts`) or an imported delivery note
(:mod:`services.receiving_import`).  A line whose cold chain is in doubt is received
*on hold*: it goes to the pharmacy's quarantine location, which is in the ledger but
cannot be picked until released (:mod:`.quarantine`) or discarded.  A frozen product can
be received frozen or already thawed; :func:`thaw` later moves doses of a frozen lot to
its thawed part, which carries its own use-by date (:mod:`.thawing`).  Thawed stock is
never refrozen.  What refuses a line is in :mod:`.rules`, the records returned in
:mod:`.views`, reading receipts in :mod:`.queries`.

The names below are those the window and the command line call as
``receiving.start(...)``; new code imports from the module that holds a thing.
"""

from pharmacy_app.services.receiving.drafts import (
    add_line,
    cancel,
    draft_receipt,
    new_line,
    refuse_received_note,
    remove_line,
    start,
    update_line,
)
from pharmacy_app.services.receiving.posting import post, post_in_session
from pharmacy_app.services.receiving.quarantine import quarantine_for, release
from pharmacy_app.services.receiving.queries import get, get_receipt, list_receipts, view
from pharmacy_app.services.receiving.rules import default_condition, line_checks
from pharmacy_app.services.receiving.scanning import scan
from pharmacy_app.services.receiving.thawing import thaw, thawed_lot
from pharmacy_app.services.receiving.views import (
    CANCELLED,
    CONDITIONS,
    DRAFT,
    FRIDGE,
    FROZEN,
    POSTED,
    LineView,
    ReceiptView,
    ScanOutcome,
)

__all__ = [
    "CANCELLED",
    "CONDITIONS",
    "DRAFT",
    "FRIDGE",
    "FROZEN",
    "POSTED",
    "LineView",
    "ReceiptView",
    "ScanOutcome",
    "add_line",
    "cancel",
    "default_condition",
    "draft_receipt",
    "get",
    "get_receipt",
    "line_checks",
    "list_receipts",
    "new_line",
    "post",
    "post_in_session",
    "quarantine_for",
    "refuse_received_note",
    "release",
    "remove_line",
    "scan",
    "start",
    "thaw",
    "thawed_lot",
    "update_line",
    "view",
]
