"""The shipment file between regions (the lot passport): its format, and every check on
it that needs no database.

A pharmacy that sends whole vials of a lot to another region writes a JSON document
that travels with the box::

    {"format": "pharmacy-app/lot-passport", "version": 2,
     "shipment_id": "<UUID>", "reference": "OV-2026-17",
     "from": {"region", "region_name", "pharmacy_code", "pharmacy_name"},
     "to": {"region", "region_name"},
     "product": {"varenummer", "gtin", "name", "doses_per_unit"},
     "lot": {"batch", "expiry", "thawed_on", "use_by"},
     "doses": 12, "sent_at": "<ISO moment with zone>", "sent_by": "...", "note": "...",
     "history": [{"occurred_at", "kind", "from", "to", "doses", "user", "reference",
                  "reason", "note", "batch_part"}, ...],
     "signature": {"algorithm": "Ed25519", "key": "<fingerprint>", "value": "<base64>"}}

What must hold:

* :func:`parse` accepts exactly this format: every member known, of its type and
  within its bounds, dates real dates, the history in time order.  Anything else is
  refused with typed problems naming the field (``lot.expiry``, ``history[3].doses``);
  at most :data:`MAX_PROBLEMS` of them, so that a garbage file still gets a readable
  answer.  Duplicate keys, ``NaN`` and floats are refused, so the signed canonical
  bytes (``domain.signing``) are exactly what is read and booked.
* After the signature is checked: :func:`check_consistent` (the file agrees with
  itself: dates in order, and the history ends with this shipment leaving the sending
  pharmacy, no place in it giving away more doses of the lot than came in),
  :func:`check_dates` and :func:`check_product` (the receiving pharmacy's clock and
  catalogue).  Nothing here writes anything or reads a file.
"""

from __future__ import annotations

import contextlib
import json
import re
import unicodedata
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from pharmacy_app.domain import signing
from pharmacy_app.domain.catalog import Product, check_batch
from pharmacy_app.domain.errors import DomainError, Problem
from pharmacy_app.domain.expiry import effective_use_by
from pharmacy_app.domain.ledger import CLOCK_TOLERANCE
from pharmacy_app.domain.limits import MAX_DOSES_PER_MOVEMENT, MAX_REFERENCE, MAX_USER_NAME
from pharmacy_app.domain.localtime import local_day
from pharmacy_app.domain.messages.terms import Phrase, Term
from pharmacy_app.domain.types import MovementKind, VirtualLocation

FORMAT = "pharmacy-app/lot-passport"
VERSION = 2
# A lot's history at a region is at most some thousands of movements (a few hundred
# bytes each); far above that is not a shipment file.
MAX_HISTORY_ENTRIES = 100_000
MAX_DOCUMENT_BYTES = 32 * 1024 * 1024
MAX_PROBLEMS = 20
MAX_CODE = 40  # a location code (``location.code``)
MAX_NAME = 200
MAX_NOTE = 2_000
MAX_REASON = 32
MAX_REGION = 8
# No vaccine is made with more than a few years of shelf life; an expiry further away
# is a typing error or a forgery.
MAX_EXPIRY_YEARS = 5
# A shipment is received within days; one sent more than a year ago is not believable.
MAX_AGE = timedelta(days=365)
EARLIEST = date(2000, 1, 1)
THAWED = "thawed"

OTHER_REGION = VirtualLocation.OTHER_REGION.value
# Sources and sinks: their running totals are not stock and may be anything.
_NOT_STOCK = frozenset(v.value for v in VirtualLocation if not v.holds_stock)
_KINDS = frozenset(k.value for k in MovementKind)
_DAY_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_MOMENT_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+(Z|[+-][0-9]{2}:[0-9]{2})$")


@dataclass(frozen=True)
class HistoryEntry:
    occurred_at: datetime
    kind: str
    from_code: str
    to_code: str
    doses: int
    user: str
    reference: str
    reason: str
    note: str
    batch_part: str = ""  # "thawed" for the thawed part of the lot, else ""


@dataclass(frozen=True)
class Shipment:
    """A shipment file as read: every field checked for type and bounds."""

    shipment_id: str
    reference: str
    from_region: str
    from_region_name: str
    from_pharmacy: str
    from_pharmacy_name: str
    to_region: str
    to_region_name: str
    varenummer: str
    gtin: str | None
    product_name: str
    doses_per_unit: int
    batch: str
    expiry: date
    thawed_on: date | None
    use_by: date
    doses: int
    sent_at: datetime
    sent_by: str
    note: str
    history: tuple[HistoryEntry, ...]
    key_fingerprint: str
    signature: str
    signed_bytes: bytes  # what the signature covers (``signing.canonical_bytes``)


Why = Term | Phrase  # why a field is refused, worded in the catalogue (``Term.SH_*``)


def invalid(field: str, why: Why) -> Problem:
    """The problem for one field of a shipment file."""
    return Problem("shipment_field_invalid", {"field": field, "why": why})


def unreadable(why: Why) -> DomainError:
    return DomainError(Problem("shipment_file_unreadable", {"why": why}))


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


# --------------------------------------------------------------------------- writing


def clean(text: str | None, max_len: int, *, lines: bool = False) -> str:
    """``text`` as a shipment file carries it: control characters (a stray CR in a user
    name or note) become spaces and it is cut to ``max_len``, so that what one pharmacy
    writes the other can read (:func:`parse` refuses both)."""
    allowed = "\n\t" if lines else ""
    out = "".join(
        " " if unicodedata.category(c) in ("Cc", "Cs") and c not in allowed else c
        for c in (text or "")
    )
    return out if len(out) <= max_len else out[: max_len - 1] + "…"


def entry_json(e: HistoryEntry) -> dict[str, Any]:
    return {
        "occurred_at": e.occurred_at.isoformat(),
        "kind": e.kind,
        "from": e.from_code,
        "to": e.to_code,
        "doses": e.doses,
        "user": clean(e.user, MAX_USER_NAME),
        "reference": clean(e.reference, MAX_REFERENCE),
        "reason": e.reason,
        "note": clean(e.note, MAX_NOTE, lines=True),
        "batch_part": e.batch_part,
    }


def to_bytes(document: dict[str, Any]) -> bytes:
    """The file's bytes: readable JSON (the signature does not depend on the layout)."""
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


# --------------------------------------------------------------------------- reading


class _Enough(Exception):
    """Raised when :data:`MAX_PROBLEMS` are found: the rest would not be read anyway."""


class _Problems:
    def __init__(self) -> None:
        self.items: list[Problem] = []

    def add(self, field: str, why: Why) -> None:
        self.items.append(invalid(field, why))
        if len(self.items) >= MAX_PROBLEMS:
            raise _Enough()


class _Object:
    """One JSON object of the file, read member by member; unknown members are refused."""

    def __init__(self, data: dict[str, Any], where: str, out: _Problems):
        self.data = data
        self.where = where
        self.out = out
        self.seen: set[str] = set()

    def field(self, key: str) -> str:
        return f"{self.where}{key}"

    def bad(self, key: str, why: Why) -> None:
        self.out.add(self.field(key), why)

    def raw(self, key: str) -> Any:
        self.seen.add(key)
        if key not in self.data:
            self.bad(key, Term.SH_MISSING)
            return _MISSING
        return self.data[key]

    def text(
        self,
        key: str,
        max_len: int,
        *,
        empty: bool = False,
        null: bool = False,
        lines: bool = False,
    ) -> str | None:
        value = self.raw(key)
        if value is _MISSING or (value is None and null):
            return None
        if not isinstance(value, str):
            self.bad(key, Phrase(Term.SH_NOT_TEXT, {"shown": _show(value)}))
            return None
        if not empty and not value.strip():
            self.bad(key, Term.SH_EMPTY)
            return None
        if len(value) > max_len:
            self.bad(key, Phrase(Term.SH_TOO_LONG, {"max_len": max_len}))
            return None
        allowed = "\n\t" if lines else ""
        if any(unicodedata.category(c) in ("Cc", "Cs") and c not in allowed for c in value):
            self.bad(key, Term.SH_CONTROL_CHARACTERS)
            return None
        return value

    def whole(self, key: str, low: int, high: int) -> int | None:
        value = self.raw(key)
        if value is _MISSING:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.bad(key, Phrase(Term.SH_NOT_WHOLE_NUMBER, {"shown": _show(value)}))
            return None
        if not low <= value <= high:
            self.bad(key, Phrase(Term.SH_NOT_BETWEEN, {"number": value, "low": low, "high": high}))
            return None
        return value

    def day(self, key: str, *, null: bool = False) -> date | None:
        value = self.raw(key)
        if value is _MISSING or (value is None and null):
            return None
        try:
            if not isinstance(value, str) or not _DAY_RE.match(value):
                raise ValueError
            day = date.fromisoformat(value)
        except ValueError:
            self.bad(key, Phrase(Term.SH_NOT_A_DATE, {"shown": _show(value)}))
            return None
        if day < EARLIEST:
            self.bad(key, Phrase(Term.SH_BEFORE_YEAR, {"written": value, "year": EARLIEST.year}))
            return None
        return day

    def moment(self, key: str) -> datetime | None:
        value = self.raw(key)
        if value is _MISSING:
            return None
        try:
            if not isinstance(value, str) or not _MOMENT_RE.match(value):
                raise ValueError
            moment = datetime.fromisoformat(value)
            if moment.tzinfo is None:
                raise ValueError
        except ValueError:
            self.bad(key, Phrase(Term.SH_NOT_A_MOMENT, {"shown": _show(value)}))
            return None
        if moment.date() < EARLIEST:
            self.bad(key, Phrase(Term.SH_BEFORE_YEAR, {"written": value, "year": EARLIEST.year}))
            return None
        return moment.astimezone(UTC)

    def child(self, key: str) -> _Object | None:
        value = self.raw(key)
        if value is _MISSING:
            return None
        if not isinstance(value, dict):
            self.bad(key, Term.SH_NOT_A_GROUP)
            return None
        return _Object(value, f"{self.field(key)}.", self.out)

    def finish(self) -> None:
        for key in self.data:
            if key not in self.seen:
                self.bad(str(key)[:40], Term.SH_UNKNOWN_FIELD)


_MISSING = object()


class _DuplicateKey(ValueError):
    def __init__(self, key: str):
        super().__init__(key)
        self.key = key


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key)
        out[key] = value
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def load_json(document: bytes) -> Any:
    """The JSON value of ``document``; refused when it is too big, not UTF-8 JSON, has a
    key twice in one object, ``NaN``/``Infinity``, or is nested too deep."""
    if len(document) > MAX_DOCUMENT_BYTES:
        raise unreadable(
            Phrase(Term.SH_TOO_BIG, {"megabytes": MAX_DOCUMENT_BYTES // (1024 * 1024)})
        )
    try:
        text = document.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise unreadable(Term.SH_NOT_UTF8) from None
    try:
        return json.loads(text, object_pairs_hook=_pairs, parse_constant=_no_constant)
    except _DuplicateKey as dup:
        raise unreadable(Phrase(Term.SH_KEY_TWICE, {"shown": _show(dup.key)})) from None
    except (ValueError, RecursionError):
        raise unreadable(Term.SH_NOT_JSON) from None


def parse(document: bytes) -> Shipment:
    """The shipment file's fields, or every problem found (at most :data:`MAX_PROBLEMS`)."""
    data = load_json(document)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise unreadable(Phrase(Term.SH_NOT_A_SHIPMENT_FILE, {"format": FORMAT}))
    version = data.get("version")
    if version == 1:
        raise DomainError(invalid("version", Term.SH_UNSIGNED))
    if version != VERSION:
        why = Phrase(Term.SH_VERSION, {"shown": _show(version), "version": VERSION})
        raise DomainError(invalid("version", why))
    out = _Problems()
    try:
        shipment = _read(data, out)
    except _Enough:
        shipment = None
    if out.items or shipment is None:
        raise DomainError(out.items)
    return shipment


def _read(data: dict[str, Any], out: _Problems) -> Shipment | None:
    top = _Object(data, "", out)
    top.raw("format")
    top.raw("version")
    shipment_id = top.text("shipment_id", 36)
    if shipment_id is not None and not _is_uuid(shipment_id):
        top.bad("shipment_id", Term.SH_NOT_A_SHIPMENT_ID)
        shipment_id = None
    reference = top.text("reference", MAX_REFERENCE)
    sender, receiver, product, lot = (top.child(k) for k in ("from", "to", "product", "lot"))
    doses = top.whole("doses", 1, MAX_DOSES_PER_MOVEMENT)
    sent_at = top.moment("sent_at")
    sent_by = top.text("sent_by", MAX_USER_NAME)
    note = top.text("note", MAX_NOTE, empty=True, lines=True)
    history = _history(top, out)
    signature = top.child("signature")
    top.finish()

    f: dict[str, Any] = {}
    for part, fields in (
        (
            sender,
            (
                ("region", MAX_REGION),
                ("region_name", MAX_NAME),
                ("pharmacy_code", MAX_CODE),
                ("pharmacy_name", MAX_NAME),
            ),
        ),
        (receiver, (("region", MAX_REGION), ("region_name", MAX_NAME))),
    ):
        if part is not None:
            for name, size in fields:
                f[f"{part.where}{name}"] = part.text(name, size, empty=name.endswith("name"))
            part.finish()
    if product is not None:
        f["varenummer"] = product.text("varenummer", 20)
        f["gtin"] = product.text("gtin", 14, null=True)
        f["product_name"] = product.text("name", MAX_NAME, empty=True)
        f["doses_per_unit"] = product.whole("doses_per_unit", 1, MAX_DOSES_PER_MOVEMENT)
        product.finish()
    if lot is not None:
        batch = lot.text("batch", 20)
        if batch is not None:
            try:
                batch = check_batch(batch)
            except DomainError:
                lot.bad("batch", Phrase(Term.SH_NOT_A_BATCH, {"shown": _show(batch)}))
                batch = None
        f["batch"] = batch
        f["expiry"] = lot.day("expiry")
        f["thawed_on"] = lot.day("thawed_on", null=True)
        f["use_by"] = lot.day("use_by")
        lot.finish()
    key: str | None = None
    value: str | None = None
    if signature is not None:
        algorithm = signature.text("algorithm", 20)
        if algorithm is not None and algorithm != signing.ALGORITHM:
            signature.bad(
                "algorithm",
                Phrase(
                    Term.SH_NOT_THE_ALGORITHM,
                    {"shown": _show(algorithm), "algorithm": signing.ALGORITHM},
                ),
            )
        key = signature.text("key", 64)
        if key is not None and not signing.is_fingerprint(key):
            signature.bad("key", Term.SH_NOT_A_FINGERPRINT)
            key = None
        value = signature.text("value", 200)
        signature.finish()
    if out.items:
        return None
    shipment = Shipment(
        shipment_id=shipment_id or "",
        reference=reference or "",
        from_region=f["from.region"],
        from_region_name=f["from.region_name"],
        from_pharmacy=f["from.pharmacy_code"],
        from_pharmacy_name=f["from.pharmacy_name"],
        to_region=f["to.region"],
        to_region_name=f["to.region_name"],
        varenummer=f["varenummer"],
        gtin=f["gtin"] or None,
        product_name=f["product_name"],
        doses_per_unit=f["doses_per_unit"],
        batch=f["batch"],
        expiry=f["expiry"],
        thawed_on=f["thawed_on"],
        use_by=f["use_by"],
        doses=doses or 0,
        sent_at=sent_at or datetime.min.replace(tzinfo=UTC),
        sent_by=sent_by or "",
        note=note or "",
        history=tuple(history),
        key_fingerprint=key or "",
        signature=value or "",
        signed_bytes=signing.canonical_bytes(data),
    )
    return shipment


def _is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


def _history(top: _Object, out: _Problems) -> list[HistoryEntry]:
    value = top.raw("history")
    if value is _MISSING:
        return []
    if not isinstance(value, list) or not value:
        top.bad("history", Term.SH_NOT_A_HISTORY)
        return []
    if len(value) > MAX_HISTORY_ENTRIES:
        top.bad("history", Phrase(Term.SH_HISTORY_TOO_LONG, {"entries": MAX_HISTORY_ENTRIES}))
        return []
    entries: list[HistoryEntry] = []
    for i, item in enumerate(value):
        where = f"history[{i + 1}]"
        if not isinstance(item, dict):
            out.add(where, Term.SH_NOT_A_MOVEMENT)
            continue
        e = _Object(item, f"{where}.", out)
        fields = (
            e.moment("occurred_at"),
            e.text("kind", 20),
            e.text("from", MAX_CODE),
            e.text("to", MAX_CODE),
            e.whole("doses", 1, MAX_DOSES_PER_MOVEMENT),
            e.text("user", MAX_USER_NAME, empty=True),
            e.text("reference", MAX_REFERENCE, empty=True),
            e.text("reason", MAX_REASON, empty=True),
            e.text("note", MAX_NOTE, empty=True, lines=True),
            e.text("batch_part", 10, empty=True),
        )
        e.finish()
        if any(v is None for v in fields):
            continue
        entry = HistoryEntry(*fields)  # type: ignore[arg-type]
        if entry.kind not in _KINDS:
            e.bad("kind", Phrase(Term.SH_NOT_A_KIND, {"shown": _show(entry.kind)}))
        if entry.batch_part not in ("", THAWED):
            shown = _show(entry.batch_part)
            e.bad(
                "batch_part", Phrase(Term.SH_NOT_A_BATCH_PART, {"shown": shown, "thawed": THAWED})
            )
        if entry.from_code == entry.to_code:
            e.bad("to", Term.SH_SAME_PLACE)
        if entries and entry.occurred_at < entries[-1].occurred_at:
            e.bad("occurred_at", Term.SH_OUT_OF_ORDER)
        entries.append(entry)
    return entries


def check_consistent(s: Shipment) -> list[Problem]:
    """Dates that contradict each other, and a history that does not add up to the
    shipped doses.  Checked after the signature: a file edited on its way is refused
    as such, before what the edit broke."""
    out = _Problems()
    with contextlib.suppress(_Enough):  # enough said
        _consistent(s, out)
    return out.items


def _consistent(s: Shipment, out: _Problems) -> None:
    if s.from_region == s.to_region:
        out.add("to.region", Term.SH_SENDING_REGION)
    if s.use_by > s.expiry:
        out.add("lot.use_by", Phrase(Term.SH_AFTER_EXPIRY, {"day": s.use_by, "expiry": s.expiry}))
    if s.thawed_on is not None:
        if s.thawed_on > s.expiry:
            after = Phrase(Term.SH_AFTER_EXPIRY, {"day": s.thawed_on, "expiry": s.expiry})
            out.add("lot.thawed_on", after)
        if s.thawed_on > local_day(s.sent_at):
            out.add("lot.thawed_on", Phrase(Term.SH_AFTER_SENT_DAY, {"day": s.thawed_on}))
        if s.use_by < s.thawed_on:
            out.add("lot.use_by", Phrase(Term.SH_BEFORE_THAW, {"day": s.use_by}))
    part = THAWED if s.thawed_on is not None else ""
    history = s.history
    for i, e in enumerate(history):
        if e.batch_part == THAWED and s.thawed_on is None:
            out.add(f"history[{i + 1}].batch_part", Term.SH_THAWED_PART_NOT_THAWED)
        if e.occurred_at > s.sent_at + CLOCK_TOLERANCE:
            out.add(f"history[{i + 1}].occurred_at", Term.SH_AFTER_SENT)
    last = history[-1]
    shipped = (
        MovementKind.TRANSFER.value,
        s.from_pharmacy,
        OTHER_REGION,
        s.doses,
        s.reference,
        part,
    )
    if (
        last.kind,
        last.from_code,
        last.to_code,
        last.doses,
        last.reference,
        last.batch_part,
    ) != shipped:
        out.add(
            f"history[{len(history)}]",
            Phrase(
                Term.SH_NOT_THIS_SHIPMENT,
                {
                    "doses": s.doses,
                    "sender": s.from_pharmacy,
                    "receiver": OTHER_REGION,
                    "reference": s.reference,
                },
            ),
        )
        return
    # No place gives away more of the lot than came in (in any order: the sender's own
    # ledger refused stock going negative at any moment), so the shipped doses were there.
    held: dict[tuple[str, str], int] = defaultdict(int)
    for e in history:
        held[(e.batch_part, e.from_code)] -= e.doses
        held[(e.batch_part, e.to_code)] += e.doses
    for (batch_part, code), doses in sorted(held.items()):
        if doses < 0 and code not in _NOT_STOCK:
            what = Term.SH_THE_THAWED_PART if batch_part else Term.SH_THE_LOT
            out.add(
                "history",
                Phrase(Term.SH_GIVES_AWAY, {"place": code, "doses": -doses, "what": what}),
            )


# --------------------------------------------------------------------------- against here


def check_dates(s: Shipment, now: datetime) -> list[Problem]:
    """The shipment's moments and dates against the receiving pharmacy's clock."""
    today = local_day(now)
    problems = []
    if s.sent_at > now + CLOCK_TOLERANCE:
        problems.append(invalid("sent_at", Phrase(Term.SH_IN_FUTURE, {"when": s.sent_at})))
    elif s.sent_at < now - MAX_AGE:
        problems.append(invalid("sent_at", Phrase(Term.SH_YEAR_AGO, {"sent_at": s.sent_at})))
    if s.thawed_on is not None and s.thawed_on > today:
        problems.append(invalid("lot.thawed_on", Phrase(Term.SH_IN_FUTURE, {"when": s.thawed_on})))
    latest = today + timedelta(days=round(365.25 * MAX_EXPIRY_YEARS))
    if s.expiry > latest:
        too_far = Phrase(Term.SH_EXPIRY_TOO_FAR, {"day": s.expiry, "years": MAX_EXPIRY_YEARS})
        problems.append(invalid("lot.expiry", too_far))
    if s.use_by < today:
        problems.append(invalid("lot.use_by", Phrase(Term.SH_USE_BY_PASSED, {"day": s.use_by})))
    return problems


def check_product(s: Shipment, product: Product) -> list[Problem]:
    """The shipment against the receiving pharmacy's catalogue entry for its product."""
    problems = []
    if s.gtin and product.gtin and s.gtin != product.gtin:
        other = {"gtin": s.gtin, "product": product.name, "here": product.gtin}
        problems.append(invalid("product.gtin", Phrase(Term.SH_OTHER_GTIN, other)))
    if s.doses_per_unit != product.doses_per_unit:
        per_unit = {
            "written": s.doses_per_unit,
            "product": product.name,
            "here": product.doses_per_unit,
        }
        problems.append(
            invalid("product.doses_per_unit", Phrase(Term.SH_OTHER_DOSES_PER_UNIT, per_unit))
        )
    elif s.doses % product.doses_per_unit:
        units = {"doses": s.doses, "unit": product.unit_name, "per_unit": product.doses_per_unit}
        problems.append(invalid("doses", Phrase(Term.SH_NOT_WHOLE_UNITS, units)))
    if s.thawed_on is not None and product.thawed_shelf_life_days is None:
        not_frozen = Phrase(Term.SH_NOT_FROZEN, {"product": product.name})
        problems.append(invalid("lot.thawed_on", not_frozen))
    else:
        use_by = effective_use_by(s.expiry, s.thawed_on, product.thawed_shelf_life_days)
        if s.use_by != use_by:
            other_use_by = Phrase(Term.SH_OTHER_USE_BY, {"day": s.use_by, "use_by": use_by})
            problems.append(invalid("lot.use_by", other_use_by))
    return problems
