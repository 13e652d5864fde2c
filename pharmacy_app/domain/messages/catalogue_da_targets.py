"""The Danish text of the messages about stock targets per site and product and the
days between rounds (a data table, part of :mod:`.catalogue_da`, kept apart so each
table stays readable).  The same rules as there: ``str.format`` fields, written by
:mod:`.render`.
"""

from __future__ import annotations

from pharmacy_app.domain.messages.codes import Code

TEXTS: dict[Code, str] = {
    Code.TARGET_INVALID: (
        "{location}, {product}: målet skal have et minimum på 0 eller mere og et maksimum over 0 og mindst lig minimum, højst {most} (fik {minimum} og {maximum} {unit})."
    ),
    Code.TARGET_NOT_A_SITE: (
        "{location} er ikke et vaccinationssted; mål sættes for steder, der giver vacciner."
    ),
    Code.TARGET_NOT_SET: (
        "{location} har intet mål for {product}; det følger stedtypens standard."
    ),
    Code.ROUND_INTERVAL_INVALID: (
        "Dage mellem runderne skal være et helt tal fra 1 til {most} (fik {value})."
    ),
}
