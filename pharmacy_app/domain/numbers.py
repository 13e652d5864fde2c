"""Whole numbers as people and files write them, read without guessing.

Every count an importer reads (packs, doses, doses per pack) is a whole number.  What
must hold:

* Only the ASCII digits 0-9 count as digits.  Python's ``int()`` and ``\\d`` also accept
  Arabic-Indic (``١٢``), full-width (``１２``) and other scripts' digits, and
  ``str.isdigit`` accepts superscripts that ``int()`` then refuses; such text is refused
  with its own reason instead of being read one way or another.
* Separators are read only where the file's locale says what they are.  In a Danish
  file (the layout of SSI's delivery note and the app's own files) ``1.200`` and
  ``1 200`` are twelve hundred (groups of exactly three digits), and ``12,0`` or
  ``12,00`` is twelve (as a spreadsheet writes a number cell formatted with decimals).
  ``1,5`` is not whole; ``1,000`` is refused (one in Danish, a thousand in English);
  ``1.5`` and ``10.0`` are neither Danish thousands nor whole, so they are refused
  rather than read as 15 or 100.  In any other file only plain digits are read.
  Exponents (``1e3``), underscores (``1_000``) and words are refused everywhere.
* A number cell (int, or a float with no fraction) from a workbook is a number; NaN,
  infinity and fractions are refused.
* More than :data:`MAX_DIGITS` digits is refused as too large before Python converts
  it (``int()`` of a long enough text raises ValueError, and no count needs it).
"""

from __future__ import annotations

import math
import re
import unicodedata

MAX_DIGITS = 15

# Reasons a text is not a whole number, used as the ``reason`` of a problem.
NOT_WHOLE = "not_whole"
NOT_ASCII_DIGITS = "not_ascii_digits"
TOO_LARGE = "too_large"

_PLAIN = re.compile(r"[+-]?[0-9]+")
# Danish thousands: a point, a space or a no-break space between groups of three.
_DANISH_GROUPS = re.compile(
    r"[+-]?(?:[0-9]+|[0-9]{1,3}(?:([. \u00a0\u202f])[0-9]{3})(?:\1[0-9]{3})*)(?:,0{1,2})?"
)
_SPACES = " \t\u00a0\u202f"


class NotAWholeNumber(ValueError):
    """``reason`` is one of NOT_WHOLE, NOT_ASCII_DIGITS, TOO_LARGE."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def has_foreign_digits(text: str) -> bool:
    """True when the text holds a digit that is not one of ASCII 0-9."""
    if text.isascii():  # the common case, at once: every digit in ASCII is 0-9
        return False
    return any(
        not ("0" <= ch <= "9") and (ch.isdigit() or unicodedata.category(ch) == "Nd")
        for ch in text
    )


def whole_number(text: str, *, danish: bool) -> int:
    """The whole number ``text`` writes, or :class:`NotAWholeNumber` saying why not."""
    t = text.strip(_SPACES)
    if has_foreign_digits(t):
        raise NotAWholeNumber(NOT_ASCII_DIGITS)
    if _PLAIN.fullmatch(t):
        digits = t.lstrip("+-")
    elif danish and _DANISH_GROUPS.fullmatch(t):
        digits = re.sub(r"[. \u00a0\u202f+-]", "", t.split(",")[0])
    else:
        raise NotAWholeNumber(NOT_WHOLE)
    if len(digits.lstrip("0")) > MAX_DIGITS:
        raise NotAWholeNumber(TOO_LARGE)
    value = int(digits)
    return -value if t.startswith("-") else value


def cell_whole_number(value: object, *, danish: bool) -> int:
    """A workbook or CSV cell as a whole number: number cells as they are, text by
    :func:`whole_number`."""
    if isinstance(value, bool):
        raise NotAWholeNumber(NOT_WHOLE)
    if isinstance(value, int):
        if len(str(abs(value))) > MAX_DIGITS:
            raise NotAWholeNumber(TOO_LARGE)
        return value
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            raise NotAWholeNumber(NOT_WHOLE)
        if abs(value) >= 10**MAX_DIGITS:
            raise NotAWholeNumber(TOO_LARGE)
        return int(value)
    return whole_number(str(value), danish=danish)


def ascii_digits(text: str) -> bool:
    """True for a non-empty text of the ASCII digits 0-9 only (a GTIN, an item number)."""
    return bool(text) and text.isascii() and text.isdigit()
