"""How a site's location code is made from its pharmacy and its place.

A region's sites share the prefix of its pharmacy's code (``RH-APO`` -> ``RH-``), then
the kind (``VC`` for a central vaccination centre) and the place, folded to the capital
ASCII letters, digits and hyphens a location code may hold: ``RH-VC-AMAGER``,
``SJ-VC-KOEGE``.  The set-up guide proposes the catalogue's centres with these codes and
the demo region uses them too, so the two always agree.
"""

from __future__ import annotations

_FOLD = str.maketrans({"Æ": "AE", "Ø": "OE", "Å": "AA", "É": "E", "Ü": "UE", "Ö": "OE", "Ä": "AE"})


def code_part(text: str) -> str:
    """A location-code fragment: ``"København (Amager)"`` -> ``"AMAGER"``, ``"Køge"`` -> ``"KOEGE"``."""
    if "(" in text and ")" in text:
        text = text[text.index("(") + 1 : text.index(")")]
    folded = text.upper().translate(_FOLD)
    out = "".join(c if c.isascii() and c.isalnum() else "-" for c in folded)
    return "-".join(part for part in out.split("-") if part)


def region_prefix(pharmacy_code: str) -> str:
    """The first part of a pharmacy's code, which its region's sites share: ``RH-APO`` -> ``RH``."""
    return pharmacy_code.split("-")[0].upper() or "DEMO"
