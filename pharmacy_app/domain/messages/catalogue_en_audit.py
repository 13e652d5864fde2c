"""The English text of the messages about the audit chain and the audit list (a data
table, part of :mod:`.catalogue_en`).  The same rules as there: ``str.format`` fields,
written by :mod:`.render`.
"""

from __future__ import annotations

from pharmacy_app.domain.messages.codes import Code

TEXTS: dict[Code, str] = {
    Code.CHAIN_MOVEMENT_CHANGED: (
        "Movement {ident} ({when}): its content does not match its chain hash — doses, user "
        "or time were changed after posting (chain no. {number})."
    ),
    Code.CHAIN_ACTIVITY_CHANGED: (
        "Activity {ident} ({when}): its content does not match its chain hash — who, when, "
        "before or after were changed after it was written (chain no. {number})."
    ),
    Code.CHAIN_MISSING: (
        "Missing: chain no. {number} does not exist — a movement or activity entry was "
        "deleted (the next is no. {next})."
    ),
    Code.CHAIN_DUPLICATE: (
        "Chain no. {number} exists twice — an entry was inserted around the application."
    ),
    Code.CHAIN_MOVEMENT_UNCHAINED: (
        "Movement {ident} ({when}) has no place in the chain — it was inserted around the "
        "application."
    ),
    Code.CHAIN_ACTIVITY_UNCHAINED: (
        "Activity {ident} ({when}) has no place in the chain — it was inserted around the "
        "application."
    ),
    Code.CHAIN_HEAD_MISMATCH: (
        "The end of the chain does not match: the stored end is no. {number}, but the last "
        "entry is no. {last} — entries at the end were deleted or added around the application."
    ),
    Code.CHAIN_INTACT: "The chain is intact: {entries} entries checked.",
    Code.AUDIT_PERIOD_INVALID: "The period ends ({end}) before it starts ({start}).",
    Code.AUDIT_EXPORT_FORMAT: "{path}: can only be saved as .xlsx or .csv.",
}
