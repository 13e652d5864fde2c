"""The Danish text of the messages about a place's storage equipment (a data table, part
of :mod:`.catalogue_da`, kept apart so each table stays readable).  The same rules as
there: ``str.format`` fields, written by :mod:`.render`.
"""

from __future__ import annotations

from pharmacy_app.domain.messages.codes import Code

TEXTS: dict[Code, str] = {
    Code.STORAGE_CLASS_UNKNOWN: (
        "Opbevaringsklassen {value!r} kendes ikke; brug en af {known}."
    ),
    Code.STORAGE_CLASSES_EMPTY: (
        "{location} skal have mindst én klasse af opbevaringsudstyr (ultrafryser, fryser, "
        "køleskab eller køleboks)."
    ),
    Code.STORAGE_CLASS_TWICE: (
        "{location}: {storage} er angivet to gange; angiv hver klasse én gang med dens kapacitet."
    ),
    Code.STORAGE_CAPACITY_NEGATIVE: (
        "{location}: kapaciteten for {storage} må ikke være negativ (fik {value})."
    ),
    Code.STORAGE_VIRTUAL_LOCATION: (
        "{location} er et virtuelt sted uden fysisk lager og har intet opbevaringsudstyr."
    ),
}
