"""Reading a pack's GS1 DataMatrix as a keyboard-wedge scanner types it.

The element string carries (01) GTIN, (17) expiry YYMMDD (day 00 = the month's last
day), (10) batch and (21) serial, with the group separator (ASCII 29) after variable
length fields and often a symbology prefix such as ``]d2``.  Some scanners are set to
type ``|`` or another visible character for the separator, which a text field keeps;
the human-readable form with brackets, ``(01)…(17)…``, is accepted too.

What must hold: a scan is used only when all of it is read.  Every element is read
with biip (``GS1ElementString.extract``, one at a time, so that where reading stopped
is known); characters left over, an application identifier biip does not know, a field
that does not match its format, a GTIN with a wrong check digit, a field given twice
with different values, or a missing GTIN, expiry or batch each come back as a typed
:class:`~pharmacy_app.domain.errors.Problem` with Danish and English text.  biip's own
messages (English, with regular expressions) never reach a person.  Digits other than
0-9 (biip reads full-width digits as digits) are refused, never guessed.  A scan without
a separator after the batch glues the serial onto it; such a batch is refused, never
received as a new lot.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from biip import ParseConfig, ParseError
from biip.gs1_application_identifiers import GS1ApplicationIdentifier
from biip.gs1_element_strings import GS1ElementString

from pharmacy_app.domain.errors import Problem
from pharmacy_app.domain.messages.terms import Phrase, Term
from pharmacy_app.domain.numbers import has_foreign_digits

GS = "\x1d"
# Separators a scanner may be configured to type instead of GS; none of them may occur
# inside a GS1 batch or serial (AI 10/21 use a subset of ISO 646 without these).
SEPARATORS = (GS, "|", "~", "^")
SYMBOLOGY_PREFIXES = ("]d2", "]C1", "]Q3", "]e0", "]J1")
_CONFIG = ParseConfig(separator_chars=list(SEPARATORS))
# The fields of a pack code, as a person calls them (the catalogue words them).
FIELD_NAMES = {
    "01": Term.GS1_GTIN,
    "17": Term.GS1_EXPIRY,
    "10": Term.GS1_BATCH,
    "21": Term.GS1_SERIAL,
}
_HRI = re.compile(r"\((\d{2,4})\)([^()]*)")
SERIAL_AI = "21"
BATCH_MAX = 20  # AI 10 holds up to 20 characters


@dataclass(frozen=True)
class PackScan:
    gtin: str
    expiry: date
    batch: str
    serial: str | None
    raw: str


def looks_like_scan(text: str) -> bool:
    """A line typed at the receiving page that should be read as a barcode."""
    t = text.strip()
    return (
        t.startswith(SYMBOLOGY_PREFIXES)
        or t.startswith("(01)")
        or (t.startswith("01") and len(t) >= 16 and t[2:16].isdigit())
    )


def _field_name(ai: str) -> Term | Phrase:
    return FIELD_NAMES.get(ai) or Phrase(Term.GS1_FIELD, {"ai": ai})


def _known_ai(text: str) -> str | None:
    """The application identifier ``text`` starts with, if biip knows one."""
    try:
        return GS1ApplicationIdentifier.extract(text).ai
    except ParseError:
        return None


def _field_text(ai: str, text: str) -> str:
    """The part of ``text`` that a field of ``ai`` spans: its fixed length (``N2+N6``), or
    up to the next separator."""
    fixed = re.fullmatch(r"N\d+\+[NX](\d+)", GS1ApplicationIdentifier.extract(ai).format)
    if fixed:
        return text[: int(fixed.group(1))]
    for separator in SEPARATORS:
        text = text.split(separator, 1)[0]
    return text


def _not_valid(raw: str, ai: str, value: str) -> Problem:
    return Problem(
        "scan_field_invalid",
        {"scan": _visible(raw), "ai": ai, "field": _field_name(ai), "value": _as_typed(value)},
    )


def _left_over(raw: str, read: list[GS1ElementString], rest: str) -> Problem:
    if not read:
        return Problem("scan_unreadable", {"scan": _visible(raw)})
    return Problem(
        "scan_left_over",
        {
            "scan": _visible(raw),
            "read": tuple(_field_name(e.ai.ai) for e in read),
            "value": _as_typed(rest),
        },
    )


def _elements(text: str, raw: str) -> list[GS1ElementString] | Problem:
    """Every element of a scanned element string, or why it cannot all be read."""
    read: list[GS1ElementString] = []
    rest = text
    while rest:
        try:
            element = GS1ElementString.extract(rest, config=_CONFIG)
        except ParseError:
            ai = _known_ai(rest)
            if ai is None:  # not a field at all: left over, or an unknown AI
                return _left_over(raw, read, rest)
            return _not_valid(raw, ai, _field_text(ai, rest[len(ai) :]))
        read.append(element)
        rest = rest[len(element) :]
        while rest.startswith(SEPARATORS):
            rest = rest[1:]
    return read


def _hri_elements(text: str, raw: str) -> list[GS1ElementString] | Problem:
    """The elements of the bracketed form, ``(01)…(17)…(10)…``."""
    hri = "".join(text.split())
    pairs = _HRI.findall(hri)
    if "".join(f"({ai}){value}" for ai, value in pairs) != hri:
        return Problem("scan_unreadable", {"scan": _visible(raw)})
    read: list[GS1ElementString] = []
    for ai, value in pairs:
        if _known_ai(ai) != ai:
            return _left_over(raw, read, f"({ai}){value}")
        try:
            read.append(GS1ElementString.parse(ai + value, config=_CONFIG))
        except ParseError:
            return _not_valid(raw, ai, value)
    return read


def interpret(text: str) -> PackScan | Problem:
    raw = text
    t = text.strip()
    if not t:
        return Problem("scan_empty", {})
    for prefix in SYMBOLOGY_PREFIXES:
        if t.startswith(prefix):
            t = t[len(prefix) :]
            break
    if has_foreign_digits(t):  # biip reads full-width digits as digits: never guess
        return Problem("scan_unreadable", {"scan": _visible(raw)})
    elements = _hri_elements(t, raw) if t.startswith("(") else _elements(t, raw)
    if isinstance(elements, Problem):
        return elements
    if not elements:
        return Problem("scan_unreadable", {"scan": _visible(raw)})
    fields: dict[str, str] = {}
    expiry: date | None = None
    for element in elements:
        ai = element.ai.ai
        if ai == "01" and element.gtin_error:
            return Problem("scan_bad_gtin", {"gtin": element.value})
        if fields.get(ai, element.value) != element.value:
            return Problem(
                "scan_field_twice", {"scan": _visible(raw), "ai": ai, "field": _field_name(ai)}
            )
        if ai == "17":
            expiry = element.date
        fields[ai] = element.value
    missing = tuple(
        name for ai, name in FIELD_NAMES.items() if ai in ("01", "17", "10") and ai not in fields
    )
    if missing:
        return Problem("scan_missing", {"scan": _visible(raw), "missing": missing})
    if expiry is None:  # biip checks the date of AI 17; kept for the type checker
        return _not_valid(raw, "17", fields["17"])
    batch = fields["10"]
    if SERIAL_AI not in fields and (SERIAL_AI in batch or len(batch) == BATCH_MAX):
        # Without a separator after the batch, AI 21 and the serial are read as the rest
        # of the batch (AI 10 runs to 20 characters or the end, and what is past the 20th
        # is read as another AI): a lot that does not exist, on a line of its own.  A
        # batch without a serial that holds "21" or fills all 20 characters cannot be
        # told apart from that, so it is refused too; the line can be typed.
        return Problem("scan_batch_implausible", {"scan": _visible(raw), "batch": batch})
    return PackScan(
        gtin=fields["01"], expiry=expiry, batch=fields["10"], serial=fields.get("21"), raw=raw
    )


def broken_scan(text: str, limit: int | None = None) -> Problem:
    """Why a scanner's input was not read: cut off by another key, or over ``limit`` long."""
    if limit is not None:
        return Problem("scan_too_long", {"limit": str(limit)})
    return Problem("scan_interrupted", {"scan": _visible(text)})


def _visible(text: str) -> str:
    return text.strip().replace(GS, "<GS>")[:80]


def _as_typed(text: str) -> str:
    """Part of a scan as it was typed (spaces kept), the separator made visible."""
    return text.replace(GS, "<GS>")[:40]
