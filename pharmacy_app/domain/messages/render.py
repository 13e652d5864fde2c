"""The one place a message becomes Danish or English text.

:func:`render` takes a problem (a :class:`~.codes.Code` and its parameters) and a
language and fills the language's text from :mod:`.catalogue_da` / :mod:`.catalogue_en`
(the words for its parameters from :mod:`.terms_da` / :mod:`.terms_en`).
Parameters stay data until here: an ``int`` is written as the language groups it
(``1.455`` / ``1,455``) unless it names something (:data:`IDENTIFIERS`: rows, ids,
years), a :class:`~datetime.date` as ``31-03-2027`` / ``2027-03-31``, a
:class:`~datetime.datetime` as ``06-12-2026 05:10`` (Copenhagen) /
``2026-12-06T04:10:00+00:00`` (``{sent_at:day}`` its day alone), ``{n!s}`` a number as
it was written (a limit or a count read from a file, not grouped), a ``float`` under a
noun (``{rate:dosis|doser}``) a rate of doses a day (``12,5 doser``, ``1 dosis``) and
``{rate:tenths}`` one to one decimal, and
``{doses:dosis|doser}`` is the number with the noun that agrees with it (``{n:|is|are}``
the word alone); a :class:`~.terms.Term` is the catalogue's word for it, a
:class:`~.terms.Phrase` a term filled with its own parameters, a
:class:`~.terms.Name` the reference data's name in the language, and a tuple of them
a list.  The window, the command line and the PDFs render problems through here, so
they say the same thing the same way.
"""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from pharmacy_app.domain import formats
from pharmacy_app.domain.messages import catalogue_da, catalogue_en, terms_da, terms_en
from pharmacy_app.domain.messages.codes import Code
from pharmacy_app.domain.messages.terms import Name, Phrase, Term

if TYPE_CHECKING:
    from pharmacy_app.domain.errors import Problem

CATALOGUES: Mapping[str, Mapping[Code, str]] = {"da": catalogue_da.TEXTS, "en": catalogue_en.TEXTS}
TERMS: Mapping[str, Mapping[Term, str]] = {"da": terms_da.TERMS, "en": terms_en.TERMS}

# Parameters that are words rather than data, written in the message's language; a
# tuple of them is a list ("GTIN, batch").
WORDS = (Term, Phrase, Name)

# Parameters that are numbers but name something (a row, a line, an id): never grouped.
IDENTIFIERS = frozenset(
    {
        "row", "rows", "first_row", "line", "line_no", "movement", "lot", "list", "number",
        "receipt", "column", "visit", "ident", "db_rev", "serial", "scan", "region", "gtin",
        "varenummer", "year", "period", "stocktake", "next", "last",
    }
)  # fmt: skip


class _MessageFormatter(string.Formatter):
    """``str.format`` that writes quantities and dates as the language does: ``{doses}``
    is ``1.455`` in Danish, ``{doses:dosis|doser}`` the number with the noun that agrees
    with it (``1 dosis``, ``1.455 doser``; ``{doses:|is|are}`` the word alone), and a
    date ``31-03-2027`` / ``2027-03-31``."""

    def __init__(self, language: str):
        super().__init__()
        self.language = "da" if language == "da" else "en"

    def get_value(self, key: int | str, args: Sequence[Any], kwargs: Mapping[str, Any]) -> Any:
        value = super().get_value(key, args, kwargs)
        if isinstance(value, tuple) and all(isinstance(v, WORDS) for v in value):
            return ", ".join(self.words(v) for v in value)  # "GTIN, batch"
        if isinstance(value, WORDS):
            return self.words(value)
        if key in IDENTIFIERS and _is_int(value):
            return str(value)
        return value

    def words(self, value: Term | Phrase | Name) -> str:
        if isinstance(value, Term):
            return TERMS[self.language][value]
        if isinstance(value, Phrase):
            return self.vformat(TERMS[self.language][value.term], (), value.params)
        return value.da if self.language == "da" else value.en

    def format_field(self, value: Any, format_spec: str) -> str:
        if "|" in format_spec:
            one, _, many = format_spec.partition("|")
            word_only = not one  # "{n:|is|are}": the word that agrees, without the number
            if word_only:
                one, _, many = many.partition("|")
            if isinstance(value, float):  # a rate: "12,5 doser", "1 dosis"
                text = formats.per_day(value, self.language)
                word = one if text == "1" else many
                return word if word_only else f"{text} {word}"
            if _is_int(value) or (isinstance(value, str) and value.lstrip("-").isdigit()):
                if word_only:
                    return one if abs(int(value)) == 1 else many
                return formats.count(int(value), one, many, self.language)
            return many if word_only else f"{value} {many}"
        if _is_int(value) and not format_spec:
            return formats.integer(value, self.language)
        if format_spec == "tenths":  # "{rate:tenths}": to one decimal, "12,5" / "12.5"
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                return formats.tenths(value, self.language)
            return str(value)
        if isinstance(value, datetime) and format_spec in ("", "day"):
            if format_spec == "day":
                return formats.moment_day(value, self.language)
            return formats.moment_text(value, self.language)
        if format_spec == "day":  # a day, or a value that is not a moment: as it is
            return (
                formats.date_text(value, self.language) if isinstance(value, date) else str(value)
            )
        if isinstance(value, date) and not format_spec:
            return formats.date_text(value, self.language)
        return str(super().format_field(value, format_spec))


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def template(code: str, language: str) -> str | None:
    """The text of ``code`` in ``language`` (Danish for ``"da"``, else English), unfilled."""
    catalogue = CATALOGUES["da" if language == "da" else "en"]
    try:
        return catalogue[Code(code)]
    except ValueError:
        return None


def message(code: Code, language: str, **params: Any) -> str:
    """``code`` filled with ``params`` in ``language``: a line that is not a problem
    (a summary, a heading) but is worded in the catalogue all the same."""
    return fill(code, params, language)


def fill(code: str, params: Mapping[str, Any], language: str) -> str:
    text = template(code, language)
    if text is None:
        return f"{code}: {dict(params)}"
    try:
        return _MessageFormatter(language).vformat(text, (), params)
    except (KeyError, IndexError):
        return f"{text} {dict(params)}"


def render(problem: Problem, language: str = "en") -> str:
    """``problem`` as a person reads it in ``language`` (``"da"`` or ``"en"``)."""
    return fill(problem.code, problem.params, language)
