"""SSI's words in the monthly workbook (sheets, columns, cover labels) as the window
shows them, and a workbook cell as the UI writes numbers and dates.

In Danish the window uses the file's own words (they are SSI's), in English their
English names (:data:`WORKBOOK_ENGLISH`); the workbook itself always keeps SSI's Danish
layout.  Long one-word Danish column names break in two so number columns stay narrow.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from pharmacy_app.ui import fmt

SUMMARY_SHEET = "Opsummering"
RECONCILED_COLUMN = "Afstemt"
SHORT_HASH = 12

# SSI's words in the workbook (sheets, columns, cover labels) as the English window says them.
WORKBOOK_ENGLISH = {
    # sheets
    "Forside": "Cover", "Opsummering": "Summary", "Forbrug": "Consumption",
    "Kassation": "Wastage", "Lager": "Stock", "Udløb": "Expiring",
    # columns
    "Program": "Programme", "Vaccine": "Vaccine", "Varenummer": "Item no.",
    "Primo": "Opening stock", "Modtaget fra SSI": "Received from SSI",
    "Modtaget fra anden region": "Received from other regions",
    "Afgivet til anden region": "Sent to other regions", "Returneret til SSI": "Returned to SSI",
    "Givet": "Administered", "Kasseret": "Wasted", "Lagerregulering": "Stock adjustment",
    "Ultimo": "Closing stock", "Spildprocent": "Wastage %", "Afstemt": "Reconciled",
    "Periode": "Period", "Stedkode": "Site code", "Sted": "Site", "Stedtype": "Site type",
    "Batch": "Batch", "Givne doser": "Doses given", "Årsag": "Reason", "Doser": "Doses",
    "Bemærkning": "Note", "Udløbsdato": "Expiry", "Anvendes senest": "Use by",
    "Pakninger": "Packs", "Dage til udløb": "Days to expiry",
    "Forventet forbrug før udløb": "Expected use before expiry",
    # the cover, and how it reads back
    "Felt": "Field", "Værdi": "Value", "Region": "Region", "Regionskode": "Region code",
    "Sygehusapotek": "Hospital pharmacy", "Periode fra": "Period from", "Periode til": "Period to",
    "Dannet": "Made", "Dannet af": "Made by", "Layoutversion": "Layout version",
    "Kontrolsum": "Checksum", "Status": "Status", "Version": "Version",
    "Foreløbig": "Provisional", "Endelig": "Final",
}  # fmt: skip



def workbook_word(name: str) -> str:
    """A sheet's, column's or cover label's name as the window shows it."""
    return name if fmt.language() == "da" else WORKBOOK_ENGLISH.get(name, name)


def value_text(value: object, decimals: int | None = None) -> str:
    """A workbook cell as the UI writes numbers and dates."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return fmt.integer(value)
    if isinstance(value, float):
        if decimals is None:
            text = repr(value)
            decimals = len(text.split(".", 1)[1]) if "." in text and "e" not in text else 2
        return fmt.number(value, decimals)
    if isinstance(value, datetime):
        if value.hour == value.minute == value.second == 0:
            return fmt.date_text(value.date())
        return fmt.datetime_text(value)
    if isinstance(value, date):
        return fmt.date_text(value)
    if isinstance(value, Mapping):
        return "; ".join(
            f"{workbook_word(str(k))}: {value_text(v)}" for k, v in value.items() if v not in (None, "")
        )
    return str(value)


# Where a long one-word column name breaks (Danish compounds), so number columns stay narrow.
BREAKS = {"Lagerregulering": "Lager-\nregulering", "Spildprocent": "Spild-\nprocent"}


def two_lines(title: str, longer_than: int = 12) -> str:
    """A long column name broken at the space nearest its middle, so numbers stay narrow."""
    if title in BREAKS:
        return BREAKS[title]
    if len(title) <= longer_than or " " not in title:
        return title
    middle = len(title) / 2
    cut = min((i for i, ch in enumerate(title) if ch == " "), key=lambda i: abs(i - middle))
    return title[:cut] + "\n" + title[cut + 1 :]


def short_hash(text: str) -> str:
    return text if len(text) <= SHORT_HASH else text[:SHORT_HASH] + "…"
