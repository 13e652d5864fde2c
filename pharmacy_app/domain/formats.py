"""How numbers, counts, dates and addresses read in Danish and in English.

Every text a person reads that Qt does not draw (messages of typed problems, command
line summaries, PDFs) formats through here, so the window, the command line and the
documents agree:

* Danish: ``1.455`` and ``12,5`` (``.`` groups thousands, ``,`` is the decimal mark),
  dates ``dd-mm-åååå``; English: ``1,455`` and ``12.5``, ISO dates ``åååå-mm-dd``.  A
  day without its year follows the same order: ``30-11`` in Danish, ``11-30`` in English.
* A moment (a date and time) in English is ISO 8601 with its own offset, as a file
  carries it (``2026-12-06T04:10:00+00:00``); in Danish it is Copenhagen's wall time,
  ``06-12-2026 05:10``.  The day of a moment follows the same rule: its own date in
  English, the Copenhagen date in Danish.
* A count agrees with its noun: ``1 dosis``, ``2 doser``; ``1 dose``, ``2 doses``.
* A rate (doses a day) has at most one decimal, two below one dose a day
  (:func:`per_day`); a rate named in a rebalancing sentence one (:func:`tenths`).
* An address is the street (``address``) and the postcode and town (``city``) joined
  once: a street that already ends with the town is not followed by it again.

Identifiers that happen to be numbers (row and line numbers, ids, years, item numbers)
are not quantities and are never grouped.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from pharmacy_app.domain.localtime import local_day, local_moment

LANGUAGES = ("da", "en")


def integer(n: int, language: str) -> str:
    """``1.234.567`` in Danish, ``1,234,567`` in English."""
    text = f"{int(n):,}"
    return text.replace(",", ".") if language == "da" else text


def decimal(x: float | Decimal, places: int, language: str) -> str:
    """``x`` with exactly ``places`` decimals (half up), grouped: ``1.234,5`` / ``1,234.5``."""
    q = Decimal(1).scaleb(-places) if places else Decimal(1)
    value = Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP)
    text = f"{value:,.{places}f}"
    if language == "da":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def tenths(x: float, language: str) -> str:
    """``x`` to one decimal, a whole number without it: ``12,5`` / ``12.5``, ``3``."""
    text = decimal(x, 1, language)
    return text[:-2] if text.endswith((",0", ".0")) else text


def per_day(rate: float, language: str) -> str:
    """Doses a day with at most one decimal (two below one dose a day, so a slow site
    does not read as 0), trailing zeros dropped: ``12,5`` / ``12.5``, ``0,25``."""
    decimals = 1 if rate >= 1 or rate == 0 else 2
    text = f"{rate:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if language == "da":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def count(n: int, one: str, many: str, language: str) -> str:
    """The number and the noun that agrees with it: ``1 dosis``, ``1.455 doser``."""
    return f"{integer(n, language)} {one if abs(int(n)) == 1 else many}"


def date_text(d: date | None, language: str) -> str:
    """``31-03-2027`` in Danish, ``2027-03-31`` in English; a datetime by its own date."""
    if d is None:
        return ""
    if isinstance(d, datetime):
        d = d.date()
    return d.strftime("%d-%m-%Y") if language == "da" else d.isoformat()


def moment_text(moment: datetime, language: str) -> str:
    """``06-12-2026 05:10`` (Copenhagen) in Danish, ``2026-12-06T04:10:00+00:00`` in English."""
    if language == "da":
        return local_moment(moment).strftime("%d-%m-%Y %H:%M")
    return moment.isoformat()


def moment_day(moment: datetime, language: str) -> str:
    """The day of a moment: its Copenhagen date in Danish, its own date in English."""
    if language == "da":
        return date_text(local_day(moment), language)
    return moment.date().isoformat()


def day_month(d: date, language: str) -> str:
    """A day without its year, in the order of :func:`date_text`: ``30-11`` / ``11-30``."""
    return d.strftime("%d-%m") if language == "da" else d.strftime("%m-%d")


def address_line(address: str, city: str) -> str:
    """A location's street and its postcode and town on one line, the town once.

    ``("Arne Jacobsens Allé 12", "2300 København S")`` and
    ``("Arne Jacobsens Allé 12, 2300 København S", "København S")`` both give
    ``"Arne Jacobsens Allé 12, 2300 København S"``.
    """
    street, town = (address or "").strip().rstrip(","), (city or "").strip()
    if not street:
        return town
    if not town or street.casefold().endswith(town.casefold()):
        return street
    return f"{street}, {town}"
