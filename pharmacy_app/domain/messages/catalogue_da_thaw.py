"""The Danish text of the messages about a round and the sites' storage: thaw on
dispatch and the room left in the sites' equipment (part of :mod:`.catalogue_da`).
"""

from __future__ import annotations

from pharmacy_app.domain.messages.codes import Code

TEXTS: dict[Code, str] = {
    Code.SHORT_ROOM_PACKS: (
        "Kapacitet: {place} har plads til {packs:pakning|pakninger} mere "
        "({doses:dosis|doser} af denne vare)."
    ),
    Code.SHORT_ROOM_LITRES: (
        "Kapacitet: {place} har plads til {litres:tenths} liter mere "
        "({doses:dosis|doser} af denne vare)."
    ),
    Code.SHORT_ROOM_SHARED: (
        "Kapacitet: {place} har plads til {percent} % af det, stedets varer skal bruge; hver "
        "vare får den andel ({doses:dosis|doser} af denne vare)."
    ),
    Code.SHORT_CANNOT_KEEP: (
        "Opbevaring: stedet har hverken frost eller køl, der passer til {product}; der sendes intet."
    ),
    Code.FROZEN_TO_PLACE_WITHOUT_STORAGE: (
        "{location} kan ikke opbevare {product} (hverken frosset eller ved 2–8 °C); "
        "batch {batch} sendes ikke dertil."
    ),
}
