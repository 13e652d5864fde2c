"""What a write use case changes, as flags the screens subscribe to.

Every service function that changes data declares, with :func:`declares`, which of the
things the screens show it changes.  The UI's op factories (``pharmacy_app/ui/ops/``) read
that declaration with :func:`changes_of`, the operations helper broadcasts it once the work
has succeeded, and each page reloads only when a flag it shows is set.  This is the
counterpart of Anki's ``OpChanges``: the caller never guesses what a service changed.

What must hold: a write's declaration names everything it changes that some screen shows
(a page showing it would otherwise go stale), and a page subscribes to every flag whose data
it shows.  :func:`changes_of` refuses a function that declares nothing, so a new write use
case cannot be run without saying what it changes.  Pure: no Qt, no database.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_ATTRIBUTE = "__pharmacy_changes__"


class Change(enum.Flag):
    """What a write changed; combine with ``|``, test with ``&`` or ``in``."""

    NONE = 0
    #: Lots on hand, balances and ledger movements (receipts posted, discards, transfers,
    #: consumption, dispatch).
    STOCK = enum.auto()
    #: Receipts as a whole: started, posted, cancelled, released or thawed lots.
    RECEIVING = enum.auto()
    #: The lines of a draft receipt.  Only the Receiving page shows them, and it shows the
    #: view the write returns, so no page reloads for this flag.
    RECEIPT_DRAFT = enum.auto()
    #: Rounds, lists, requests, visits and picks.
    DISTRIBUTION = enum.auto()
    #: Recalled batches.
    RECALL = enum.auto()
    #: SSI reports marked as sent (the month is then closed).
    REPORTS = enum.auto()
    #: Products, locations and the other reference data.
    REFERENCE = enum.auto()
    #: Settings: the home pharmacy, expiry windows, trusted shipment keys.
    SETTINGS = enum.auto()
    #: Stocktakes: started, counted, cancelled or posted (posting also changes STOCK).
    STOCKTAKE = enum.auto()
    #: Users: added, disabled or enabled, a role or password changed.
    USERS = enum.auto()
    #: Temperature excursions: recorded or imported (stock held), a held lot decided.
    EXCURSIONS = enum.auto()
    #: Expected deliveries (SSI's announcements, the pharmacy's orders): added or cancelled.
    EXPECTED_DELIVERIES = enum.auto()


def declares(change: Change) -> Callable[[F], F]:
    """Mark a write use case with what it changes; the function itself is unchanged."""
    if not isinstance(change, Change):
        raise TypeError(f"a write declares a Change, not {change!r}")

    def mark(fn: F) -> F:
        setattr(fn, _ATTRIBUTE, change)
        return fn

    return mark


def changes_of(*fns: Callable[..., Any]) -> Change:
    """What running all of ``fns`` changes; a function that declares nothing is refused."""
    total = Change.NONE
    for fn in fns:
        declared = getattr(fn, _ATTRIBUTE, None)
        if not isinstance(declared, Change):
            name = getattr(fn, "__qualname__", repr(fn))
            raise TypeError(f"{name} does not declare what it changes (use @declares)")
        total |= declared
    return total
