"""Physical plausibility limits: the largest quantities and texts the ledger accepts.

A number above these is a typing, scanning or file error (or an attack), never a real
delivery, so it is refused with a message before anything is written, and the database
refuses it again by a CHECK constraint.  The limits are far above anything a region
handles and far below where integers stop being exact anywhere the numbers travel
(SQLite INTEGER, PostgreSQL integer, Python float in pandas/openpyxl).

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
"""

from __future__ import annotations

MAX_DOSES_PER_MOVEMENT = 1_000_000
MAX_PACKS_PER_LINE = 10_000
MAX_BALANCE_DOSES = 1_000_000_000

# Text lengths, the same on SQLite and PostgreSQL (the columns are declared with them).
MAX_USER_NAME = 100
MAX_REFERENCE = 100
