"""The Danish text of the messages about the audit chain and the audit list (a data
table, part of :mod:`.catalogue_da`).  The same rules as there: ``str.format`` fields,
written by :mod:`.render`.
"""

from __future__ import annotations

from pharmacy_app.domain.messages.codes import Code

TEXTS: dict[Code, str] = {
    Code.CHAIN_MOVEMENT_CHANGED: (
        "Bevægelse {ident} ({when}): indholdet passer ikke med dens kædehash — doser, "
        "bruger eller tid er ændret efter bogføring (kæde nr. {number})."
    ),
    Code.CHAIN_ACTIVITY_CHANGED: (
        "Aktivitet {ident} ({when}): indholdet passer ikke med dens kædehash — hvem, hvornår, "
        "før eller efter er ændret efter den blev skrevet (kæde nr. {number})."
    ),
    Code.CHAIN_MISSING: (
        "Mangler: kæde nr. {number} findes ikke — en bevægelse eller aktivitet er slettet "
        "(næste er nr. {next})."
    ),
    Code.CHAIN_DUPLICATE: (
        "Kæde nr. {number} findes to gange — en post er indsat uden om programmet."
    ),
    Code.CHAIN_MOVEMENT_UNCHAINED: (
        "Bevægelse {ident} ({when}) har ingen plads i kæden — den er indsat uden om programmet."
    ),
    Code.CHAIN_ACTIVITY_UNCHAINED: (
        "Aktivitet {ident} ({when}) har ingen plads i kæden — den er indsat uden om programmet."
    ),
    Code.CHAIN_HEAD_MISMATCH: (
        "Kædens slutning passer ikke: den gemte ende er nr. {number}, men den sidste post er "
        "nr. {last} — poster i enden er slettet eller tilføjet uden om programmet."
    ),
    Code.CHAIN_INTACT: "Kæden er hel: {entries} poster kontrolleret.",
    Code.AUDIT_PERIOD_INVALID: "Perioden slutter ({end}) før den begynder ({start}).",
    Code.AUDIT_EXPORT_FORMAT: "{path}: kan kun gemmes som .xlsx eller .csv.",
}
