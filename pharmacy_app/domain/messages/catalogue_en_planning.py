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
}
