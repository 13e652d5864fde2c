"""Why a counted figure differs from the ledger: the reason codes a stocktake difference
must carry, and their names in Danish and English.

The codes are stored on stocktake lines and printed on the stocktake report; ``ANDET``
(other) needs a text as well.  Pure: no Qt, no database.
"""

from __future__ import annotations

from enum import StrEnum


class StocktakeReason(StrEnum):
    TAELLEFEJL = "TAELLEFEJL"
    BRUD_FUNDET = "BRUD_FUNDET"
    UDLOEBET_FUNDET = "UDLOEBET_FUNDET"
    IKKE_REGISTRERET_FORBRUG = "IKKE_REGISTRERET_FORBRUG"
    SVIND = "SVIND"
    ANDET = "ANDET"

    @property
    def needs_text(self) -> bool:
        return self is StocktakeReason.ANDET


_LABELS: dict[StocktakeReason, tuple[str, str]] = {
    StocktakeReason.TAELLEFEJL: ("Tællefejl", "Counting error"),
    StocktakeReason.BRUD_FUNDET: ("Brud fundet", "Breakage found"),
    StocktakeReason.UDLOEBET_FUNDET: ("Udløbet fundet", "Expired found"),
    StocktakeReason.IKKE_REGISTRERET_FORBRUG: ("Ikke registreret forbrug", "Unrecorded use"),
    StocktakeReason.SVIND: ("Svind", "Loss"),
    StocktakeReason.ANDET: ("Andet", "Other"),
}


def reason_label(code: str | StocktakeReason, language: str) -> str:
    """The reason's name in ``language`` ("da" Danish, anything else English); an unknown
    code is shown as it is."""
    try:
        da, en = _LABELS[StocktakeReason(code)]
    except ValueError:
        return str(code)
    return da if language == "da" else en
