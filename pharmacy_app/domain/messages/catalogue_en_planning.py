"""The English text of the messages about looking ahead: expected deliveries and how a
received delivery differs from them (part of :mod:`.catalogue_en`).
"""

from __future__ import annotations

from pharmacy_app.domain.messages.codes import Code

TEXTS: dict[Code, str] = {
    Code.EXPECTED_DELIVERY_UNKNOWN: "There is no expected delivery no. {ident}.",
    Code.EXPECTED_DELIVERY_CANCELLED: (
        "Expected delivery no. {ident} is already cancelled ({by}, {at:day})."
    ),
    Code.EXPECTED_DELIVERY_QUANTITY: (
        "Give either a number of packs or a number of doses above 0 for the expected delivery."
    ),
    Code.DELIVERY_AS_EXPECTED: (
        "{received:dose|doses} of {product} came on {received_on} with delivery note {note}, "
        "as expected ({reference})."
    ),
    Code.DELIVERY_MATCHED: (
        "{received:dose|doses} of {product} came on {received_on} with delivery note {note}; "
        "{expected:dose|doses} were expected on {expected_on} ({reference})."
    ),
    Code.DELIVERY_MORE: "{doses:dose|doses} more than expected.",
    Code.DELIVERY_LESS: "{doses:dose|doses} fewer than expected.",
    Code.DELIVERY_LATE: "{days:day|days} late.",
    Code.DELIVERY_UNEXPECTED: (
        "{received:dose|doses} of {product} came on {received_on} with delivery note {note} "
        "without being expected."
    ),
    Code.DELIVERY_OVERDUE: (
        "{expected:dose|doses} of {product} were expected on {expected_on} ({reference}) "
        "and have not come."
    ),
    Code.DELIVERY_OPEN: "{expected:dose|doses} of {product} are expected on {expected_on} ({reference}).",
    Code.ORDER_LINE: (
        "Order {packs:pack|packs} ({doses:dose|doses}): the region is expected to use "
        "{use:dose|doses} in {interval:day|days} and should then hold {cover:dose|doses} for "
        "{cover_days:day|days}; it has {stock:dose|doses} usable ({expiring} of them expire "
        "before use) and expects {expected:dose|doses} from SSI."
    ),
    Code.ORDER_NOTHING: (
        "No order: {stock:dose|doses} usable ({expiring} of them expire before use) and "
        "{expected:dose|doses} expected from SSI cover the use of {use:dose|doses} in "
        "{interval:day|days} and {cover:dose|doses} for {cover_days:day|days} after."
    ),
    Code.ORDER_SETTINGS_INVALID: (
        "The delivery interval must be 1-90 days and the cover target 0-90 days (got {interval} "
        "and {cover})."
    ),
}
