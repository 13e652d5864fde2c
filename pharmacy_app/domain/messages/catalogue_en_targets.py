"""The English text of the messages about stock targets per site and product and the
days between rounds (a data table, part of :mod:`.catalogue_en`, kept apart so each
table stays readable).  The same rules as there: ``str.format`` fields, written by
:mod:`.render`.
"""

from __future__ import annotations

from pharmacy_app.domain.messages.codes import Code

TEXTS: dict[Code, str] = {
    Code.TARGET_INVALID: (
        "{location}, {product}: a target needs a minimum of 0 or more and a maximum above 0 and at least the minimum, at most {most} (got {minimum} and {maximum} {unit})."
    ),
    Code.TARGET_NOT_A_SITE: (
        "{location} is not a vaccination site; targets are set for places that give vaccines."
    ),
    Code.TARGET_NOT_SET: (
        "{location} has no target for {product}; it follows its kind's default."
    ),
    Code.ROUND_INTERVAL_INVALID: (
        "The days between rounds must be a whole number from 1 to {most} (got {value})."
    ),
}
