"""The English text of the messages about a place's storage equipment (a data table, part
of :mod:`.catalogue_en`, kept apart so each table stays readable).  The same rules as
there: ``str.format`` fields, written by :mod:`.render`.
"""

from __future__ import annotations

from pharmacy_app.domain.messages.codes import Code

TEXTS: dict[Code, str] = {
    Code.STORAGE_CLASS_UNKNOWN: (
        "The storage class {value!r} is not known; use one of {known}."
    ),
    Code.STORAGE_CLASSES_EMPTY: (
        "{location} must have at least one class of storage equipment (ultra-low freezer, "
        "freezer, fridge or cool box)."
    ),
    Code.STORAGE_CLASS_TWICE: (
        "{location}: {storage} is given twice; give each class once, with its capacity."
    ),
    Code.STORAGE_CAPACITY_NEGATIVE: (
        "{location}: the capacity of the {storage} must not be negative (got {value})."
    ),
    Code.STORAGE_VIRTUAL_LOCATION: (
        "{location} is a virtual place with no physical stock and has no storage equipment."
    ),
}
