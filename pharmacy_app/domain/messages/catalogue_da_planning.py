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
    Code.ORDER_LINE: (
        "Bestil {packs:pakning|pakninger} ({doses:dosis|doser}): regionen ventes at bruge "
        "{use:dosis|doser} på {interval:dag|dage} og skal derefter have {cover:dosis|doser} "
        "til {cover_days:dag|dage}; den har {stock:dosis|doser} brugbart lager ({expiring} "
        "udløber før brug) og venter {expected:dosis|doser} fra SSI."
    ),
    Code.ORDER_NOTHING: (
        "Ingen bestilling: {stock:dosis|doser} brugbart lager ({expiring} udløber før brug) og "
        "{expected:dosis|doser} ventet fra SSI dækker forbruget på {use:dosis|doser} i "
        "{interval:dag|dage} og {cover:dosis|doser} til {cover_days:dag|dage} derefter."
    ),
    Code.ORDER_SETTINGS_INVALID: (
        "Leveringsintervallet skal være 1-90 dage og dækningsmålet 0-90 dage (fik {interval} og "
        "{cover})."
    ),
}
