"""Reading a pack's GS1 DataMatrix as a keyboard-wedge scanner types it.

The element string carries (01) GTIN, (17) expiry YYMMDD (day 00 = the month's last
day), (10) batch and (21) serial, with the group separator (ASCII 29) after variable
length fields and often a symbology prefix such as ``]d2``.  Some scanners are set to
type ``|`` or another visible character for the separator, which a text field keeps;
the human-readable form with brackets, ``(01)…(17)…``, is accepted too.

Parsing uses biip, which never raises; everything wrong comes back as a
:class:`~pharmacy_app.domain.errors.Problem`.  A scan without a separator after the
batch glues the serial onto it; such a batch is refused, never received as a new lot.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from biip import ParseConfig
from biip import parse as biip_parse
from biip.gs1_messages import GS1Message

from pharmacy_app.domain.errors import Problem
from pharmacy_app.domain.numbers import has_foreign_digits

GS = "\x1d"
# Separators a scanner may be configured to type instead of GS; none of them may occur
# inside a GS1 batch or serial (AI 10/21 use a subset of ISO 646 without these).
SEPARATORS = (GS, "|", "~", "^")
SYMBOLOGY_PREFIXES = ("]d2", "]C1", "]Q3", "]e0", "]J1")
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
    return t.startswith(SYMBOLOGY_PREFIXES) or t.startswith("(01)") or (
        t.startswith("01") and len(t) >= 16 and t[2:16].isdigit()
    )


def _message(text: str) -> tuple[GS1Message | None, str | None]:
    t = text.strip()
    if t.startswith("("):
        try:
            return GS1Message.parse_hri(t), None
        except Exception as err:  # biip raises ParseError on malformed HRI
            return None, str(err)
    result = biip_parse(t, config=ParseConfig(separator_chars=list(SEPARATORS)))
    return result.gs1_message, result.gs1_message_error


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
        return Problem("scan_unreadable", {"scan": _visible(raw), "why": "digits other than 0-9"})
    message, error = _message(t)
    if message is None:
        return Problem("scan_unreadable", {"scan": _visible(raw), "why": error or ""})
    fields: dict[str, str] = {}
    expiry: date | None = None
    for element in message.element_strings:
        ai = element.ai.ai
        if ai == "01" and element.gtin_error:
            return Problem("scan_bad_gtin", {"gtin": element.value})
        if ai == "17":
            expiry = element.date
        fields[ai] = element.value
    names = (("01", "GTIN", "GTIN"), ("17", "expiry", "udløbsdato"), ("10", "batch", "batch"))
    missing = [(en, da) for ai, en, da in names if ai not in fields]
    if missing:
        return Problem(
            "scan_missing",
            {
                "scan": _visible(raw),
                "missing_en": ", ".join(en for en, _ in missing),
                "missing_da": ", ".join(da for _, da in missing),
            },
        )
    if expiry is None:
        return Problem("scan_unreadable", {"scan": _visible(raw), "why": "expiry"})
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


def _visible(text: str) -> str:
    return text.strip().replace(GS, "<GS>")[:80]
