"""The Danish text of the messages about looking ahead: expected deliveries and how a
received delivery differs from them (part of :mod:`.catalogue_da`).
"""

from __future__ import annotations

from pharmacy_app.domain.messages.codes import Code

TEXTS: dict[Code, str] = {
    Code.EXPECTED_DELIVERY_UNKNOWN: "Der er ingen forventet levering nr. {ident}.",
    Code.EXPECTED_DELIVERY_CANCELLED: (
        "Den forventede levering nr. {ident} er allerede annulleret ({by}, {at:day})."
    ),
    Code.EXPECTED_DELIVERY_QUANTITY: (
        "Angiv enten antal pakninger eller antal doser over 0 for den forventede levering."
    ),
    Code.DELIVERY_AS_EXPECTED: (
        "{received:dosis|doser} {product} kom {received_on} med følgeseddel {note}, som forventet "
        "({reference})."
    ),
    Code.DELIVERY_MATCHED: (
        "{received:dosis|doser} {product} kom {received_on} med følgeseddel {note}; "
        "{expected:dosis|doser} var ventet {expected_on} ({reference})."
    ),
    Code.DELIVERY_MORE: "{doses:dosis|doser} mere end ventet.",
    Code.DELIVERY_LESS: "{doses:dosis|doser} mindre end ventet.",
    Code.DELIVERY_LATE: "{days:dag|dage} for sent.",
    Code.DELIVERY_UNEXPECTED: (
        "{received:dosis|doser} {product} kom {received_on} med følgeseddel {note} uden at "
        "være ventet."
    ),
    Code.DELIVERY_OVERDUE: (
        "{expected:dosis|doser} {product} var ventet {expected_on} ({reference}) og er ikke kommet."
    ),
    Code.DELIVERY_OPEN: "{expected:dosis|doser} {product} ventes {expected_on} ({reference}).",
}
