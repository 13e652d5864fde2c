"""The English text of the messages about temperature excursions: held stock, decisions,
logger files, each product's stability rule and why a decision is suggested (a data
table, part of :mod:`.catalogue_en`).  The same rules as there: ``str.format`` fields,
written by :mod:`.render`.
"""

from __future__ import annotations

from pharmacy_app.domain.messages.codes import Code

TEXTS: dict[Code, str] = {
    Code.EXCURSION_HELD_STOCK: (
        "Batch {batch} ({product}) at {location} is held after temperature excursion "
        "#{excursion}; a pharmacist must decide first."
    ),
    Code.EXCURSION_UNKNOWN: "Temperature excursion #{excursion} is not known.",
    Code.EXCURSION_PERIOD_INVALID: (
        "The excursion must end at or after its start (from {start}, to {end})."
    ),
    Code.EXCURSION_IN_FUTURE: "The excursion cannot end in the future ({end}).",
    Code.EXCURSION_TEMPERATURES_INVALID: (
        "The lowest temperature ({lowest:tenths} °C) must not be above the highest "
        "({highest:tenths} °C)."
    ),
    Code.EXCURSION_NOT_OUTSIDE: (
        "{lowest:tenths}–{highest:tenths} °C is within the storage's {low}–{high} °C "
        "({storage}); that is not an excursion."
    ),
    Code.EXCURSION_CLASS_NOT_AT_PLACE: "{location} has no storage of class {storage}.",
    Code.EXCURSION_PLACE_HOLDS_NO_STOCK: "{location} holds no stock of its own.",
    Code.EXCURSION_NONE_FOUND: (
        "The logger file {file} has no readings outside {low}–{high} °C "
        "({readings:reading|readings})."
    ),
    Code.EXCURSION_LOT_NOT_HELD: (
        "Batch {batch} of item {varenummer} is not held by temperature excursion #{excursion}."
    ),
    Code.EXCURSION_ALREADY_DECIDED: (
        "Batch {batch} of temperature excursion #{excursion} was already decided ({decision}) "
        "by {by} {when}."
    ),
    Code.EXCURSION_REASON_REQUIRED: "Releasing needs a reason.",
    Code.EXCURSION_USE_BY_INVALID: (
        "The new use-by {use_by} must be today ({today}) or later and before the current "
        "one ({current})."
    ),
    Code.EXCURSION_DECISION_UNKNOWN: (
        "The decision {decision!r} is not known; use release, shorten or discard."
    ),
    Code.EXCURSION_TIME_INVALID: (
        "{field}: {value!r} is not a time (use e.g. 31-12-2026 14:30 or 2026-12-31T14:30)."
    ),
    Code.EXCURSION_TEMPERATURE_INVALID: "{field}: {value!r} is not a temperature in °C.",
    Code.LOGGER_FILE_UNREADABLE: "The logger file {file} cannot be read: {reason}",
    Code.LOGGER_NO_ROWS: "The logger file {file} has no readings.",
    Code.LOGGER_COLUMN_MISSING: (
        "The logger file {file} has no column for {what} (found: {columns}); use e.g. {names}."
    ),
    Code.LOGGER_BAD_TIME: (
        "Row {row}, column {column}: {value!r} is not a time (use e.g. 31-12-2026 14:30 or "
        "2026-12-31T14:30)."
    ),
    Code.LOGGER_BAD_TEMPERATURE: (
        "Row {row}, column {column}: {value!r} is not a temperature in °C."
    ),
    Code.EXCURSION_RULE_WARM: (
        "May be at {top}–{warm_max!s} °C for at most {hours!s} hours in total."
    ),
    Code.EXCURSION_RULE_NO_WARM: "Must not be above {top} °C.",
    Code.EXCURSION_RULE_FREEZING: "Freezing destroys it: frozen vaccine is discarded.",
    Code.EXCURSION_RULE_NO_REFREEZE: "Thawed vaccine must not be refrozen.",
    Code.EXCURSION_WHY_FROZEN: "It was below 0 °C and does not tolerate freezing.",
    Code.EXCURSION_WHY_TOO_WARM: "It reached {highest:tenths} °C, above {warm_max!s} °C.",
    Code.EXCURSION_WHY_WARM_TOO_LONG: (
        "Above {top} °C for {hours:tenths} hours, more than the {allowed!s} allowed."
    ),
    Code.EXCURSION_WHY_MILD: "A short, mild excursion within the stability rule.",
    Code.EXCURSION_WHY_WARM_PART: (
        "Above {top} °C for {hours:tenths} of the {allowed!s} hours allowed: a shorter use-by."
    ),
    Code.EXCURSION_WHY_STILL_FROZEN: "Still within the product's frozen range.",
    Code.EXCURSION_WHY_THAWED: "Thawed during the excursion: used as thawed from its start.",
}
