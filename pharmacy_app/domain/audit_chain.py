"""The audit chain: one SHA-256 hash chain over the ledger's movements and the activity log.

Every movement and every activity entry has a place in one sequence (``chain_seq``, 1, 2,
3, ... with no gaps) and a hash over its own content and the hash of the entry before it:

    hash(n) = sha256(canonical(entry n) + hash(n - 1)), hash(0) = GENESIS

so an entry edited, deleted or inserted after the fact no longer matches (its own hash, a
gap in the sequence, or the next entry's link), even when balances are edited to agree.

The canonical form is fixed: a UTF-8 JSON array (no spaces, non-ASCII kept as is) of the
entry's table name, then its fields in the order of :data:`MOVEMENT_FIELDS` or
:data:`ACTIVITY_FIELDS`.  Integers are JSON numbers, texts JSON strings, missing values
``null``, moments UTC ISO 8601 with microseconds and a ``Z``
(``2026-03-12T09:15:00.000000Z``).  The row id is not part of it: ``chain_seq`` is the
entry's place.  Changing any of this invalidates every stored chain (a migration would
have to re-chain).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

GENESIS = "0" * 64
MOVEMENT = "movement"
ACTIVITY = "activity"

MOVEMENT_FIELDS = (
    "chain_seq", "kind", "lot_id", "from_location_id", "to_location_id", "doses",
    "occurred_at", "recorded_at", "user_name", "workstation", "reference", "reason_code",
    "note", "reverses_id", "target_group",
)  # fmt: skip
ACTIVITY_FIELDS = (
    "chain_seq", "occurred_at", "user_name", "workstation", "kind", "subject", "before",
    "after", "note",
)  # fmt: skip
FIELDS = {MOVEMENT: MOVEMENT_FIELDS, ACTIVITY: ACTIVITY_FIELDS}
_TIMES = frozenset({"occurred_at", "recorded_at"})
_DUMPS = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def utc_text(moment: datetime | str) -> str:
    """A moment as the chain writes it: UTC, microseconds, ``Z``.  A naive moment (or the
    text SQLite stores) is taken as UTC, as the database stores them."""
    if isinstance(moment, str):
        if len(moment) == 26 and moment[10] == " ":  # SQLite's text: already UTC, microseconds
            return f"{moment[:10]}T{moment[11:]}Z"
        moment = datetime.fromisoformat(moment)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat(timespec="microseconds") + "Z"


def canonical(table: str, values: Sequence[object]) -> bytes:
    """The canonical bytes of an entry of ``table`` whose field values are ``values`` in
    the table's field order (moments already as :func:`utc_text`)."""
    return _DUMPS([table, *values]).encode("utf-8")


def ordered(table: str, row: dict[str, object]) -> list[object]:
    """A row's values in the table's field order, moments written as :func:`utc_text`."""
    out: list[object] = []
    for name in FIELDS[table]:
        value = row.get(name)
        if name in _TIMES and value is not None:
            value = utc_text(value)  # type: ignore[arg-type]
        out.append(value)
    return out


def link(table: str, values: Sequence[object], previous: str) -> str:
    """The hash of an entry (values in field order) that follows one hashed ``previous``."""
    return hashlib.sha256(canonical(table, values) + previous.encode("ascii")).hexdigest()


@dataclass
class Head:
    """The end of the chain: the last place given and its hash (0 and GENESIS if none)."""

    seq: int = 0
    hash: str = GENESIS

    def append(self, table: str, row: dict[str, object]) -> None:
        """Give ``row`` the next place and its hash (in the row), and move the head on."""
        self.seq += 1
        row["chain_seq"] = self.seq
        self.hash = link(table, ordered(table, row), self.hash)
        row["hash"] = self.hash


@dataclass(frozen=True)
class Flaw:
    """The first entry where the chain does not hold.

    ``what`` is one of ``content`` (the entry's stored hash is not that of its content and
    the previous hash: edited), ``gap`` (no entry has place ``seq``: deleted),
    ``duplicate`` (two entries share a place), ``unchained`` (an entry without a place:
    inserted around the application), ``head`` (the stored head does not match the last
    entry: entries at the end removed or added)."""

    what: str
    seq: int
    table: str | None = None
    row_id: int | None = None
    occurred_at: datetime | None = None
    next_seq: int | None = None  # a gap: the place found instead; the head: the last place


@dataclass(frozen=True)
class Entry:
    table: str
    row_id: int
    seq: int | None
    values: Sequence[object]  # in the table's field order, moments as utc_text
    stored_hash: str | None
    occurred_at: datetime | None = None


def verify(entries: Iterable[Entry], head: Head | None) -> tuple[int, Flaw | None]:
    """Walk ``entries`` in ``chain_seq`` order (unchained ones, seq None, first) and
    return how many were checked and the first flaw, if any."""
    expected = 1
    previous = GENESIS
    count = 0
    for e in entries:
        count += 1
        if e.seq is None:
            return count, Flaw("unchained", 0, e.table, e.row_id, e.occurred_at)
        if e.seq < expected:
            return count, Flaw("duplicate", e.seq, e.table, e.row_id, e.occurred_at)
        if e.seq > expected:
            return count, Flaw("gap", expected, e.table, e.row_id, e.occurred_at, e.seq)
        computed = link(e.table, e.values, previous)
        if computed != e.stored_hash:
            return count, Flaw("content", e.seq, e.table, e.row_id, e.occurred_at)
        previous = computed
        expected += 1
    if head is not None and (head.seq != expected - 1 or head.hash != previous):
        return count, Flaw("head", head.seq, next_seq=expected - 1)
    return count, None
