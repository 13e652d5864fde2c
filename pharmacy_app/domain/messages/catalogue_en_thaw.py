"""The English text of the messages about a round and the sites' storage: thaw on
dispatch and the room left in the sites' equipment (part of :mod:`.catalogue_en`).
"""

from __future__ import annotations

from pharmacy_app.domain.messages.codes import Code

TEXTS: dict[Code, str] = {
    Code.SHORT_ROOM_PACKS: (
        "Capacity: {place} has room for {packs:pack|packs} more ({doses:dose|doses} of this "
        "product)."
    ),
    Code.SHORT_ROOM_LITRES: (
        "Capacity: {place} has room for {litres:tenths} litres more ({doses:dose|doses} of "
        "this product)."
    ),
    Code.SHORT_ROOM_SHARED: (
        "Capacity: {place} has room for {percent} % of what the site's products need; each "
        "gets that share ({doses:dose|doses} of this product)."
    ),
    Code.SHORT_CANNOT_KEEP: (
        "Storage: the site has no frozen or cold storage that suits {product}; nothing is sent."
    ),
    Code.FROZEN_TO_PLACE_WITHOUT_STORAGE: (
        "{location} cannot keep {product} (neither frozen nor at 2–8 °C); batch {batch} is "
        "not sent there."
    ),
}
