"""Posting movements: the one place that writes the ledger and the balance table.

Every service that changes stock calls :func:`post_many` (or :func:`post`, for one
movement) inside its transaction.  For each posting, in order, it

1. refuses doses, a balance, a user name or a reference past ``domain.limits``, a naive
   datetime, the same location on both sides and a time outside the back-dating window,
   with a message instead of a database error or a TypeError;
2. refuses a movement into a month whose report to SSI is marked as sent, unless the
   caller gives a reason (``closed_month_reason``), which then goes into the note (each
   month looked up once per call);
3. refuses taking stock held in place after a temperature excursion until a pharmacist
   decides (``domain.stock_rules.held_after_excursion``; a discard as a cold-chain break
   may), then takes the doses off the sending location's balance, refused if it does
   not hold them then, and adds them to the receiving location's, refused past ``MAX_BALANCE_DOSES``;
4. for a back-dated movement, replays the sending location's history of that lot (once
   per location and lot) and refuses it if the balance would have been negative at any
   moment after its date.

All of this is checked before anything is written, on the balances as read and locked
(``SELECT ... FOR UPDATE`` on PostgreSQL; a SQLite write transaction holds the database
from ``BEGIN IMMEDIATE``), and the refusal raised is the one posting the movements one by
one would have met first.  Then it writes in bulk: each balance changes by its net, a
balance taken from by a conditional UPDATE (``... WHERE doses >= n``) that refuses
rather than go negative, the others by one executemany UPDATE and one upsert; the
movements by one executemany INSERT (``db.bulk``), each with its workstation, its place
in the audit chain and its hash (``services.chain``: its head is locked first).  The CHECK constraints on the balance
table are the backstop.  Any refusal raises :class:`DomainError`; the caller's
transaction then rolls back whole.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import Row, Table, bindparam, case, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from pharmacy_app.db import guards
from pharmacy_app.db import models as m
from pharmacy_app.db.bulk import insert_returning_ids
from pharmacy_app.domain.audit_chain import MOVEMENT, Head
from pharmacy_app.domain.errors import DomainError, fail
from pharmacy_app.domain.ledger import (
    Step,
    check_aware,
    check_doses,
    check_occurred,
    first_negative,
)
from pharmacy_app.domain.limits import (
    MAX_BALANCE_DOSES,
    MAX_REFERENCE,
    MAX_USER_NAME,
    check_text_length,
)
from pharmacy_app.domain.localtime import local_day, local_minute
from pharmacy_app.domain.messages.terms import Term
from pharmacy_app.domain.report_period import period_of
from pharmacy_app.domain.stock_rules import held_after_excursion, leaves_hold
from pharmacy_app.domain.types import MovementKind
from pharmacy_app.services import chain
from pharmacy_app.services.records import location_record, lot_record
from pharmacy_app.services.reference import backdate_window_days

# A movement dated this much before it was recorded counts as back-dated.
BACKDATE_SLACK = timedelta(minutes=1)
_CHUNK = 500  # (location, lot) pairs or rows per statement, well under SQLite's limit
# Replayed after every stored movement at the same moment, as their ids would be.
_OURS = 2**62

Key = tuple[int, int]  # (location id, lot id): one balance


def on_hand(session: Session, location_id: int, lot_id: int) -> int:
    value = session.scalar(
        select(m.StockBalance.doses).where(
            m.StockBalance.location_id == location_id, m.StockBalance.lot_id == lot_id
        )
    )
    return int(value or 0)


def history_steps(session: Session, location_id: int, lot_id: int) -> list[Step]:
    """The signed doses of every movement of ``lot_id`` in or out of ``location_id``."""
    delta = case(
        (m.Movement.to_location_id == location_id, m.Movement.doses),
        else_=-m.Movement.doses,
    )
    rows = session.execute(
        select(m.Movement.occurred_at, m.Movement.id, delta).where(
            m.Movement.lot_id == lot_id,
            or_(m.Movement.from_location_id == location_id, m.Movement.to_location_id == location_id),
        )
    )
    return [Step(occurred, seq, int(d)) for occurred, seq, d in rows]



@dataclass(frozen=True)
class Posting:
    """One movement to post; the user and the moment of recording are the whole call's."""

    kind: MovementKind
    lot: m.Lot
    source: m.Location
    destination: m.Location
    doses: int
    occurred_at: datetime | None = None
    reference: str = ""
    reason_code: str | None = None
    note: str = ""
    reverses_id: int | None = None
    target_group: str | None = None

    # The balances it takes from and gives to (none for a place that holds no stock),
    # worked out once: the checks look at them many times over 10,000 postings.
    taking: Key | None = field(init=False, repr=False)
    giving: Key | None = field(init=False, repr=False)

    def __post_init__(self) -> None:
        lot_id = self.lot.id
        source, destination = self.source, self.destination
        object.__setattr__(self, "taking", (source.id, lot_id) if source.holds_stock else None)
        giving = (destination.id, lot_id) if destination.holds_stock else None
        object.__setattr__(self, "giving", giving)


@dataclass(frozen=True, order=True)
class _Refusal:
    """The first refusal of a posting; ``stage`` orders those of one posting as
    :func:`post` met them one by one (checks, take, give, texts, back-dating)."""

    index: int
    stage: int
    error: DomainError = field(compare=False)


_CHECKS, _TAKE, _GIVE, _TEXTS, _BACKDATED = range(5)


@dataclass
class _Balance:
    """One (location, lot) balance through the postings: as read, lowest, highest, last."""

    start: int
    exists: bool
    low: int = 0
    high: int = 0
    now: int = 0

    def __post_init__(self) -> None:
        self.low = self.high = self.now = self.start

    @property
    def net(self) -> int:
        return self.now - self.start


def post(
    session: Session,
    *,
    kind: MovementKind,
    lot: m.Lot,
    source: m.Location,
    destination: m.Location,
    doses: int,
    user: str,
    now: datetime,
    occurred_at: datetime | None = None,
    reference: str = "",
    reason_code: str | None = None,
    note: str = "",
    reverses_id: int | None = None,
    closed_month_reason: str | None = None,
    target_group: str | None = None,
) -> m.Movement:
    """Post one movement: :func:`post_many` with one posting; the movement written."""
    posting = Posting(
        kind, lot, source, destination, doses, occurred_at, reference, reason_code, note,
        reverses_id, target_group,
    )  # fmt: skip
    (movement_id,) = post_many(
        session, [posting], user=user, now=now, closed_month_reason=closed_month_reason
    )
    return session.get_one(m.Movement, movement_id)


def post_many(
    session: Session,
    postings: Sequence[Posting],
    *,
    user: str,
    now: datetime,
    closed_month_reason: str | None = None,
) -> list[int]:
    """Post ``postings`` in their order inside the caller's transaction, all or none,
    and return the ids of their movements in that order.

    Everything is checked before anything is written, and the refusal raised is the one
    posting them one by one would have met first."""
    if not postings:
        return []
    # The chain's head first, before any balance: whoever posts takes the locks in the
    # same order (head, then balances in key order), so no two can wait for each other.
    head = chain.take_head(session)
    rows, refusals = _checked_rows(session, postings, user, now, closed_month_reason)
    valid = postings[: len(rows)]
    balances = _locked_balances(session, valid)
    simulated = _simulate(valid, balances)
    if simulated is not None:
        refusals.append(simulated)
        valid = valid[: simulated.index + 1]
    refusals += _text_refusals(rows[: len(valid)])
    refusals += _hold_refusals(session, valid)
    refusals += _backdated_refusals(session, valid, now)
    if refusals:
        raise min(refusals).error

    _write_balances(session, valid, balances)
    _chain(session, head, rows)
    # Core, not the ORM's bulk insert: ids back without 10,000 objects made on the way.
    return insert_returning_ids(session, _MOVEMENT_TABLE, rows)


def _chain(session: Session, head: Head, rows: list[dict[str, object]]) -> None:
    """Give each movement its workstation, its place in the audit chain and its hash."""
    here = chain.workstation(session)
    for row in rows:
        row["workstation"] = here
        head.append(MOVEMENT, row)
    chain.put_head(session, head)


def _checked_rows(
    session: Session,
    postings: Sequence[Posting],
    user: str,
    now: datetime,
    closed_month_reason: str | None,
) -> tuple[list[dict[str, object]], list[_Refusal]]:
    """The movement row of each posting up to the first refused by the checks that need
    no balance, and that refusal."""
    window = backdate_window_days(session)
    sent: dict[str, Row[datetime, str] | None] = {}
    rows: list[dict[str, object]] = []
    for index, p in enumerate(postings):
        try:
            check_doses(p.doses)
            check_aware(now, "now")
            check_aware(p.occurred_at, "occurred_at")
            check_text_length(Term.FIELD_USER, user, MAX_USER_NAME)
            check_text_length(Term.FIELD_REFERENCE, p.reference.strip(), MAX_REFERENCE)
            if p.source.id == p.destination.id:
                raise fail("same_location", location=p.source.name)
            occurred = p.occurred_at or now
            check_occurred(occurred, now, window)
            note = _closed_month_note(session, occurred, p.note, closed_month_reason, sent)
        except DomainError as err:
            return rows, [_Refusal(index, _CHECKS, err)]
        rows.append(
            {
                "kind": p.kind.value,
                "lot_id": p.lot.id,
                "from_location_id": p.source.id,
                "to_location_id": p.destination.id,
                "doses": p.doses,
                "occurred_at": occurred,
                "recorded_at": now,
                "user_name": user,
                "reference": p.reference.strip(),
                "reason_code": p.reason_code,
                "note": note.strip(),
                "reverses_id": p.reverses_id,
                "target_group": p.target_group,
            }
        )
    return rows, []


def _closed_month_note(
    session: Session,
    occurred: datetime,
    note: str,
    reason: str | None,
    sent: dict[str, Row[datetime, str] | None],
) -> str:
    """Refuse a movement into a month whose SSI report was sent, unless a reason is given;
    with a reason the movement goes in and its note says why.  ``sent`` keeps what was
    looked up, so each month is looked up once per call."""
    period = period_of(occurred).text
    if period not in sent:
        sent[period] = session.execute(
            select(m.ReportArchive.sent_at, m.ReportArchive.sent_by)
            .where(m.ReportArchive.period == period)
            .order_by(m.ReportArchive.version.desc())
            .limit(1)
        ).first()
    closed = sent[period]
    if closed is None:
        return note
    reason = (reason or "").strip()
    if not reason:
        raise fail(
            "month_closed",
            period=period,
            when=local_minute(closed.sent_at),
            by=closed.sent_by,
        )
    return f"{note.strip()} [efter lukning: {reason}]".strip()


def _hold_refusals(session: Session, postings: Sequence[Posting]) -> list[_Refusal]:
    """The first posting that takes stock held after a temperature excursion (an
    undecided ``excursion_lot``), read after the chain's head is locked, so a hold
    recorded by another workstation is seen once it is committed."""
    taking = {
        p.taking for p in postings if p.taking is not None and not leaves_hold(p.kind, p.reason_code)
    }
    if not taking:
        return []
    h = m.ExcursionLot
    places = sorted({location_id for location_id, _lot in taking})
    holds: dict[Key, int] = {}
    for i in range(0, len(places), _CHUNK):
        for location_id, lot_id, excursion_id in session.execute(
            select(h.location_id, h.lot_id, h.excursion_id).where(
                h.decision == "none", h.location_id.in_(places[i : i + _CHUNK])
            )
        ):
            holds[(location_id, lot_id)] = excursion_id
    if not holds:
        return []
    for index, p in enumerate(postings):
        if p.taking in holds and not leaves_hold(p.kind, p.reason_code):
            problems = held_after_excursion(lot_record(p.lot), location_record(p.source), holds[p.taking])
            return [_Refusal(index, _TAKE, DomainError(problems))]
    return []


def _keys(postings: Sequence[Posting]) -> list[Key]:
    keys = {k for p in postings for k in (p.taking, p.giving) if k is not None}
    return sorted(keys)


def _locked_balances(session: Session, postings: Sequence[Posting]) -> dict[Key, _Balance]:
    """Every balance the postings touch, read and (on PostgreSQL) locked in key order, so
    that nothing changes them before they are written; those not there yet start at 0."""
    keys = _keys(postings)
    lots: dict[int, list[int]] = defaultdict(list)
    for location_id, lot_id in keys:
        lots[location_id].append(lot_id)
    found: dict[Key, int] = {}
    # Per location, its lots (in key order): a walk of the balance table's primary key.
    for location_id, of_location in lots.items():
        for i in range(0, len(of_location), _CHUNK):
            rows = session.execute(
                select(m.StockBalance.lot_id, m.StockBalance.doses)
                .where(
                    m.StockBalance.location_id == location_id,
                    m.StockBalance.lot_id.in_(of_location[i : i + _CHUNK]),
                )
                .order_by(m.StockBalance.lot_id)
                .with_for_update()
            )
            found.update({(location_id, lot): int(doses) for lot, doses in rows})
    return {k: _Balance(found.get(k, 0), k in found) for k in keys}


def _simulate(postings: Sequence[Posting], balances: dict[Key, _Balance]) -> _Refusal | None:
    """Run the postings over the balances in order; the first that would take more than
    is there or give past ``MAX_BALANCE_DOSES`` is refused, as :func:`post` would."""
    for index, p in enumerate(postings):
        if p.taking is not None:
            b = balances[p.taking]
            if b.now < p.doses:
                error = fail(
                    "insufficient_stock",
                    on_hand=b.now,
                    requested=p.doses,
                    batch=p.lot.batch,
                    product=p.lot.product.name,
                    location=p.source.name,
                )
                return _Refusal(index, _TAKE, error)
            b.now -= p.doses
            b.low = min(b.low, b.now)
        if p.giving is not None:
            b = balances[p.giving]
            if b.now > MAX_BALANCE_DOSES - p.doses:
                return _Refusal(index, _GIVE, _too_large(p))
            b.now += p.doses
            b.high = max(b.high, b.now)
    return None


def _too_large(p: Posting) -> DomainError:
    return fail(
        "balance_too_large",
        doses=p.doses,
        batch=p.lot.batch,
        location=p.destination.name,
        max=MAX_BALANCE_DOSES,
    )


def _text_refusals(rows: list[dict[str, object]]) -> list[_Refusal]:
    """Texts too long for their columns (the ORM's flush guard does not see a bulk insert)."""
    for index, row in enumerate(rows):
        problems = guards.row_problems(m.Movement, [row])
        if problems:
            return [_Refusal(index, _TEXTS, DomainError(problems))]
    return []


def _backdated_refusals(
    session: Session, postings: Sequence[Posting], now: datetime
) -> list[_Refusal]:
    """Replay, once per (location, lot), the history of each balance a back-dated posting
    takes from, with the postings before it; the first that would have made it negative
    at some moment after its date is refused."""
    late: dict[Key, list[int]] = defaultdict(list)
    for index, p in enumerate(postings):
        if p.taking is not None and (p.occurred_at or now) < now - BACKDATE_SLACK:
            late[p.taking].append(index)
    refusals: list[_Refusal] = []
    for key, indexes in late.items():
        location_id, lot_id = key
        before = history_steps(session, location_id, lot_id)
        # This call's movements come after every stored one in the order of equal times.
        ours = [
            (j, Step(p.occurred_at or now, _OURS + j, p.doses if p.giving == key else -p.doses))
            for j, p in enumerate(postings)
            if key in (p.taking, p.giving)
        ]
        for index in indexes:
            breach = first_negative(before + [step for j, step in ours if j <= index])
            if breach is not None:
                step, balance = breach
                p = postings[index]
                error = fail(
                    "balance_would_go_negative",
                    occurred=local_day(p.occurred_at or now),
                    location=p.source.name,
                    balance=balance,
                    batch=p.lot.batch,
                    when=local_minute(step.occurred),
                )
                refusals.append(_Refusal(index, _BACKDATED, error))
                break
    return refusals


def _write_balances(
    session: Session, postings: Sequence[Posting], balances: dict[Key, _Balance]
) -> None:
    """Change each balance by its net.  One taken from is a conditional UPDATE of its own
    that refuses if it no longer holds what the postings take; those only added to are
    one executemany UPDATE (those there) and an upsert (those new)."""
    grown: list[dict[str, int]] = []
    for key, b in balances.items():
        if b.exists and b.low < b.start:
            _take(session, postings, key, b)
        elif b.exists and b.net:
            cap = MAX_BALANCE_DOSES - (b.high - b.start)
            grown.append({"b_loc": key[0], "b_lot": key[1], "b_net": b.net, "b_cap": cap})
    if grown:
        # Through the connection: a Core executemany, not the ORM's bulk UPDATE by key.
        result = session.connection().execute(_GROW, grown)
        if result.rowcount != len(grown):
            _refuse_give(postings, [(g["b_loc"], g["b_lot"]) for g in grown])
    new = [(k, b) for k, b in balances.items() if not b.exists]
    if new:
        _upsert(session, postings, new)


def _take(session: Session, postings: Sequence[Posting], key: Key, b: _Balance) -> None:
    """Change a balance by its net only if it still holds what the postings take before
    they give back, and stays within the limit at its highest."""
    location_id, lot_id = key
    result = session.execute(
        update(m.StockBalance)
        .where(
            m.StockBalance.location_id == location_id,
            m.StockBalance.lot_id == lot_id,
            m.StockBalance.doses >= b.start - b.low,
            m.StockBalance.doses <= MAX_BALANCE_DOSES - (b.high - b.start),
        )
        .values(doses=m.StockBalance.doses + b.net)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        p = next(p for p in postings if p.taking == key)
        raise fail(
            "insufficient_stock",
            on_hand=on_hand(session, location_id, lot_id),
            requested=p.doses,
            batch=p.lot.batch,
            product=p.lot.product.name,
            location=p.source.name,
        )


def _upsert(session: Session, postings: Sequence[Posting], new: list[tuple[Key, _Balance]]) -> None:
    """Insert balances that were not there when read (one executemany); one made
    meanwhile by another workstation is added to, unless that passes the limit (then
    that row is not written and the count falls short: refused)."""
    dialect = session.get_bind().dialect.name
    stmt = (pg_insert if dialect == "postgresql" else sqlite_insert)(_BALANCE_TABLE)
    upsert = stmt.on_conflict_do_update(
        index_elements=[_BALANCE.location_id, _BALANCE.lot_id],
        set_={"doses": _BALANCE.doses + stmt.excluded.doses},
        where=_BALANCE.doses <= MAX_BALANCE_DOSES - stmt.excluded.doses,
    ).execution_options(preserve_rowcount=True)  # an INSERT's count is not kept otherwise
    rows = [{"location_id": k[0], "lot_id": k[1], "doses": b.net} for k, b in new]
    if session.connection().execute(upsert, rows).rowcount != len(rows):
        _refuse_give(postings, [k for k, _b in new])


def _refuse_give(postings: Sequence[Posting], keys: list[Key]) -> None:
    """A balance changed since it was read so that adding to it passes the limit: refuse
    the first posting that adds to one of ``keys``."""
    refused = set(keys)
    raise _too_large(next(p for p in postings if p.giving in refused))


_MOVEMENT_TABLE = cast(Table, m.Movement.__table__)
_BALANCE_TABLE = cast(Table, m.StockBalance.__table__)
_BALANCE = _BALANCE_TABLE.c
_GROW = (
    update(_BALANCE_TABLE)
    .where(
        _BALANCE.location_id == bindparam("b_loc"),
        _BALANCE.lot_id == bindparam("b_lot"),
        _BALANCE.doses <= bindparam("b_cap"),
    )
    .values(doses=_BALANCE.doses + bindparam("b_net"))
)
