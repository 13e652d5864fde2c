"""Physical plausibility limits: the largest quantities, texts, files and dates accepted.

A number above these is a typing, scanning or file error (or an attack), never a real
delivery, so it is refused with a message before anything is written, and the database
refuses it again by a CHECK constraint (migration 0009).  The limits are far above
anything a region handles and far below where integers stop being exact anywhere the
numbers travel (SQLite INTEGER, PostgreSQL integer, Python float in pandas/openpyxl).

Why these figures:

* One movement moves at most ``MAX_DOSES_PER_MOVEMENT`` doses of one lot.  A vaccine
  batch from SSI to one region is at most a few hundred thousand doses; a surge season
  in the largest region gives about 20,000 doses a day in all.
* One line of a delivery note, a count or a round file carries at most
  ``MAX_PACKS_PER_LINE`` packs (10,000 packs of 10 vials of 10 doses is the per-movement
  limit).
* A balance row (one lot at one location, or the running total of a virtual location
  such as ADMINISTERED) never exceeds ``MAX_BALANCE_DOSES``: a hundred years of every
  vaccination in Denmark, and still inside a signed 32-bit integer.

Texts have the same length limits on SQLite and PostgreSQL: the columns are declared
with these constants, and every write is checked against the declared lengths before
it reaches the database (``db.guards``), so SQLite, which would store a longer text,
refuses it exactly as PostgreSQL would.

Dates a person or a file gives are plausible only in a window around today:

* A delivery note is dated at most ``MAX_DELIVERY_AGE_DAYS`` back: a note is received
  the day it arrives or soon after; one older than a year is an archived note imported
  by mistake, or a date a spreadsheet made from a blank or a two-digit year (1900).
* An expiry (use-by) is at most ``MAX_EXPIRY_YEARS`` ahead: no vaccine keeps for that
  long (frozen mRNA vaccines keep 18 months, the longest-lived vaccines about 4 years),
  and a placeholder such as 31-12-9999 would make a lot never expire, so it would never
  be picked first by first-expiry-first-out nor ever be flagged.
* No date before ``EARLIEST_DATE``: the ledger starts long after it, and earlier years
  are the 1900 of an empty spreadsheet date cell or a mistyped century.

Files read by the importers are bounded so that a hostile file cannot exhaust memory:
``MAX_FILE_BYTES`` on disk, ``MAX_UNPACKED_BYTES`` for the parts of an .xlsx workbook
once unzipped (a "zip bomb" is refused before it is unpacked), ``MAX_FILE_ROWS`` rows.
A 10,000-line delivery note is about 1 MB as CSV and 0.4 MB as .xlsx.
"""

from __future__ import annotations

from datetime import date, timedelta

from pharmacy_app.domain.errors import Problem, fail
from pharmacy_app.domain.messages.terms import Term

MAX_DOSES_PER_MOVEMENT = 1_000_000
MAX_PACKS_PER_LINE = 10_000
MAX_BALANCE_DOSES = 1_000_000_000

# Text lengths, the same on SQLite and PostgreSQL (the columns are declared with them).
MAX_USER_NAME = 100
MAX_WORKSTATION = 100  # a host name (RFC 1035 allows 63 per label; 100 is plenty)
MAX_REFERENCE = 100

EARLIEST_DATE = date(2000, 1, 1)
MAX_DELIVERY_AGE_DAYS = 366
MAX_EXPIRY_YEARS = 10

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 500 * 1024 * 1024
MAX_FILE_ROWS = 200_000


def latest_expiry(today: date) -> date:
    """The latest plausible expiry or use-by date as of ``today``."""
    try:
        return today.replace(year=today.year + MAX_EXPIRY_YEARS)
    except ValueError:  # 29 February
        return today.replace(year=today.year + MAX_EXPIRY_YEARS, day=28)


def earliest_delivery(today: date) -> date:
    """The earliest plausible delivery date of a note received ``today``."""
    return max(EARLIEST_DATE, today - timedelta(days=MAX_DELIVERY_AGE_DAYS))


def expiry_plausible(expiry: date, today: date) -> bool:
    return EARLIEST_DATE <= expiry <= latest_expiry(today)


def implausible_expiry(expiry: date, today: date, *, batch: str, product: str) -> Problem | None:
    """``expiry_implausible`` for a lot whose expiry is outside the plausible window."""
    if expiry_plausible(expiry, today):
        return None
    return Problem(
        "expiry_implausible",
        {
            "expiry": expiry.strftime("%d-%m-%Y"),
            "batch": batch,
            "product": product,
            "earliest": EARLIEST_DATE.strftime("%d-%m-%Y"),
            "latest": latest_expiry(today).strftime("%d-%m-%Y"),
        },
    )


def check_text_length(field: Term | str, text: str, most: int) -> str:
    """Refuse a text longer than its column holds (``text_too_long``), on every engine."""
    if len(text) > most:
        raise fail("text_too_long", field=field, length=len(text), max=most)
    return text
