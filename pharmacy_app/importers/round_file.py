"""Reading a round file: the doses to send per site and product, ``site;varenummer;doses``.

Danish CSV (``;``, UTF-8 with or without BOM, or Windows-1252); ``,`` and tab separate
too.  The header is the first non-blank row (row 1 as the file numbers it); its names
may be Danish (``sted;varenr;doser``).  This module only reads: whether a site or
product exists, and whether a site may get a round, is the service's
(``services.round_file``).  What must hold:

* Nothing here raises for what is in the file; every problem has its row.
* The file is read exactly or refused whole (``importers.tabular``): an unclosed quote,
  a row with more or fewer fields than the header, a value over several lines.
* Doses are a whole number of zero or more written with the digits 0-9, in the file's
  locale (``domain.numbers``): ``1.5`` or ``10.0`` is refused, never read as 15 or 100;
  Danish thousands (``1.200``) only in a ``;`` file.  At most
  :data:`~pharmacy_app.domain.limits.MAX_DOSES_PER_MOVEMENT` per row.
"""

from __future__ import annotations

from dataclasses import dataclass

from pharmacy_app.domain.errors import Problem
from pharmacy_app.domain.limits import MAX_DOSES_PER_MOVEMENT, MAX_FILE_BYTES
from pharmacy_app.domain.messages.terms import Phrase, Term
from pharmacy_app.domain.numbers import NOT_ASCII_DIGITS, TOO_LARGE, NotAWholeNumber, whole_number
from pharmacy_app.importers import tabular

ALIASES = {
    "site": ("site", "sted", "stedkode", "site_code", "kode"),
    "varenummer": ("varenummer", "varenr", "varenr.", "vnr", "item"),
    "doses": ("doses", "doser", "antal doser", "antal"),
}


@dataclass(frozen=True)
class RoundRow:
    row: int
    site_code: str
    varenummer: str
    doses: int | None  # None: unreadable (its problem is reported)


@dataclass(frozen=True)
class ParsedRoundFile:
    header_row: int
    rows: tuple[RoundRow, ...]
    problems: tuple[Problem, ...]


def row_problem(row: int, why: Term | Phrase) -> Problem:
    return Problem("round_file_problem", {"row": row, "why": why})


def _delimiter(text: str) -> str:
    first = next((line for line in text.splitlines() if line.strip()), "")
    return ";" if ";" in first else ("\t" if "\t" in first else ",")


def parse(data: bytes, file: str = "round file") -> ParsedRoundFile:
    """Read the file's rows; every problem found, each with its row."""

    def refused(*problems: Problem, header_row: int = 1) -> ParsedRoundFile:
        return ParsedRoundFile(header_row, (), problems)

    if len(data) > MAX_FILE_BYTES:
        return refused(
            tabular.problem("file_too_large", file, size=len(data), max=MAX_FILE_BYTES)
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return refused(row_problem(1, Term.RF_NOT_UTF8))
    if "\x00" in text:
        return refused(row_problem(1, Term.RF_NOT_TEXT))
    delimiter = _delimiter(text)
    try:
        rows = tabular.csv_rows(text, delimiter, file)
    except tabular.Refused as err:
        return refused(err.problem)
    if not rows:
        return refused(row_problem(1, Term.RF_EMPTY))
    header_row, header = rows[0]
    names = [str(h).strip().lower() for h in header]
    where: dict[str, int] = {}
    problems: list[Problem] = []
    for key, aliases in ALIASES.items():
        found = [i for i, n in enumerate(names) if n in aliases]
        if not found:
            problems.append(
                row_problem(header_row, Phrase(Term.RF_COLUMN_MISSING, {"column": key}))
            )
        elif len(found) > 1:
            problems.append(
                row_problem(
                    header_row, Phrase(Term.RF_COLUMN_TWICE, {"column": key, "times": len(found)})
                )
            )
        else:
            where[key] = found[0]
    if problems:
        return refused(*problems, header_row=header_row)
    if len(rows) == 1:
        return refused(
            row_problem(header_row, Term.RF_NO_ROWS),
            header_row=header_row,
        )
    table = tabular.Table(rows, delimiter=delimiter)
    shape = tabular.shape_problems(table, 0, file, [str(h).strip() for h in header])
    if shape:
        return refused(*shape, header_row=header_row)

    out: list[RoundRow] = []
    danish = delimiter == ";"
    for number, values in rows[1:]:

        def cell(key: str, values: tuple[object, ...] = values) -> str:
            i = where[key]
            return str(values[i]).strip() if i < len(values) else ""

        code, varenr, raw = cell("site"), cell("varenummer"), cell("doses")
        bad = False
        if not code:
            problems.append(row_problem(number, Term.RF_SITE_EMPTY))
            bad = True
        if not varenr:
            problems.append(row_problem(number, Term.RF_VARENUMMER_EMPTY))
            bad = True
        doses: int | None = None
        try:
            doses = whole_number(raw, danish=danish)
            if doses < 0:
                raise NotAWholeNumber("negative")
            if doses > MAX_DOSES_PER_MOVEMENT:
                raise NotAWholeNumber(TOO_LARGE)
        except NotAWholeNumber as err:
            problems.append(_doses_problem(number, raw, err.reason))
            doses = None
        if not bad:
            out.append(RoundRow(number, code, varenr, doses))
    return ParsedRoundFile(header_row, tuple(out), tuple(problems))


def _doses_problem(row: int, raw: str, reason: str) -> Problem:
    if reason == NOT_ASCII_DIGITS:
        return row_problem(row, Phrase(Term.RF_DOSES_NOT_ASCII, {"raw": raw}))
    if reason == TOO_LARGE:
        return row_problem(
            row, Phrase(Term.RF_DOSES_TOO_LARGE, {"raw": raw, "max": MAX_DOSES_PER_MOVEMENT})
        )
    return row_problem(row, Phrase(Term.RF_DOSES_INVALID, {"raw": raw}))
