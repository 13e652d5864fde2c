"""How dates, times and numbers look on screen, in the UI language.

Danish: dates ``dd-mm-åååå``, ``.`` as thousands separator, ``,`` as decimal mark.
English: ISO dates (``yyyy-mm-dd``), which nobody misreads, and ``,``/``.`` for numbers.
A day without its year keeps the order of the language's date (``30-11`` / ``11-30``),
so a week's days read like the week's dates beside them.
Times stored in UTC are shown in Danish time (Europe/Copenhagen), the pharmacy's clock,
whatever the workstation's own time zone.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QLocale

from pharmacy_app.domain import formats
from pharmacy_app.domain.localtime import local_moment

LANGUAGES = ("da", "en")
DEFAULT_LANGUAGE = "da"

_language = DEFAULT_LANGUAGE
_locales: dict[str, QLocale] = {}


def set_language(lang: str) -> None:
    global _language
    _language = lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def language() -> str:
    """``"da"`` or ``"en"``: also the language handed to ``DomainError.text``."""
    return _language


def locale() -> QLocale:
    """The number formats of the UI language (cached: tables ask for every cell)."""
    found = _locales.get(_language)
    if found is None:
        if _language == "da":
            found = QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
        else:
            found = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        _locales[_language] = found
    return found


def date_text(d: date | None) -> str:
    if d is None:
        return ""
    if isinstance(d, datetime):
        d = local(d).date()
    return formats.date_text(d, _language)


def day_month(d: date) -> str:
    """A day without its year, in the order of :func:`date_text`: ``30-11`` / ``11-30``."""
    return formats.day_month(d, _language)


def local(dt: datetime) -> datetime:
    """A stored (UTC) time in Danish time; naive times are taken as UTC."""
    return local_moment(dt)


def datetime_text(dt: datetime | None) -> str:
    if dt is None:
        return ""
    t = local(dt)
    return t.strftime("%d-%m-%Y %H:%M") if _language == "da" else t.strftime("%Y-%m-%d %H:%M")


def integer(n: int) -> str:
    return locale().toString(int(n))


def number(x: float, decimals: int = 2) -> str:
    return locale().toString(float(x), "f", decimals)


def quantity(x: float, decimals: int = 2) -> str:
    """A whole number without decimals, anything else with ``decimals`` of them."""
    if float(x).is_integer():
        return integer(int(x))
    return number(x, decimals)
