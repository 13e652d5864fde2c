"""Actions that change stock, one transaction each.

Each returns a :class:`Posted` record of what was written.  A refusal raises
:class:`~pharmacy_app.domain.errors.DomainError` and writes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.ledger import check_aware, check_doses, check_packs
from pharmacy_app.domain.localtime import local_day
from pharmacy_app.domain.messages.terms import Name, Phrase, Term
from pharmacy_app.domain.roles import Role
from pharmacy_app.domain.stock_rules import expired, held, recalled, refuse, site_allowed
from pharmacy_app.domain.stock_rules import whole_units_at_pharmacy as whole_units
from pharmacy_app.domain.types import PHARMACY_KIND, QUARANTINE_KIND, MovementKind, VirtualLocation
from pharmacy_app.domain.waste_units import (
    OPEN_VIAL_REASON,
    check_discard_units,
    open_vial_problems,
)
from pharmacy_app.services import ledger, lots
from pharmacy_app.services.app import App
from pharmacy_app.services.permissions import requires
from pharmacy_app.services.records import location_record, lot_record, product_record
from pharmacy_app.services.reference import (
    home_pharmacy,
    location_by_code,
    product_by_key,
    virtual,
)
from pharmacy_app.services.thaw_on_the_way import on_the_way


@dataclass(frozen=True)
class Posted:
    movement_id: int
    kind: str
    lot_id: int
    batch: str
    product: str
    from_code: str
    to_code: str
    doses: int
    occurred_at: datetime
    recorded_at: datetime
    user: str


def posted_record(mv: m.Movement, lot: m.Lot, source: m.Location, dest: m.Location) -> Posted:
    """What a service returns about a movement it wrote."""
    return Posted(
        movement_id=mv.id,
        kind=mv.kind,
        lot_id=lot.id,
        batch=lot.batch,
        product=lot.product.name,
        from_code=source.code,
        to_code=dest.code,
        doses=mv.doses,
        occurred_at=mv.occurred_at,
        recorded_at=mv.recorded_at,
        user=mv.user_name,
    )


def _lot(session: Session, lot_id: int) -> m.Lot:
    lot = session.get(m.Lot, lot_id)
    if lot is None:
        raise fail("lot_unknown", lot=lot_id)
    return lot


def _real(session: Session, code: str) -> m.Location:
    loc = location_by_code(session, code)
    if loc.is_virtual:
        raise fail("location_unknown", location=code)
    if not loc.active:
        raise fail("location_inactive", location=loc.name)
    return loc


def _reason_name(reason: m.DiscardReason) -> Name:
    return Name(da=reason.name_da, en=reason.name_en)


def find_or_create_lot(
    session: Session, product: m.Product, batch: str, expiry: date, now: datetime
) -> m.Lot:
    """The unthawed lot (product, batch); a known batch must carry the same expiry."""
    return lots.find_or_create_lots(session, [(product, batch, expiry)], now)[0]


def receive(
    app: App,
    *,
    product: str | int,
    batch: str,
    expiry: date,
    packs: int,
    reference: str = "",
    to_location: str | None = None,
    occurred_at: datetime | None = None,
    note: str = "",
    closed_month_reason: str | None = None,
) -> Posted:
    """Receive whole packs of a lot from SSI into a pharmacy (default: the home pharmacy)."""
    check_aware(occurred_at, "occurred_at")
    check_packs(packs)
    now = app.now()
    day = local_day(occurred_at or now)  # the day the doses move, for the expiry rules
    with app.db.write() as s:
        prod = product_by_key(s, product)
        if not prod.active:
            raise fail("product_inactive", product=prod.name)
        dest = _real(s, to_location) if to_location else home_pharmacy(s)
        refuse(site_allowed(location_record(dest), {PHARMACY_KIND}, Term.ACTION_RECEIVING_FROM_SSI))
        lot = find_or_create_lot(s, prod, batch, expiry, now)
        refuse(expired(lot_record(lot), day, Term.ACTION_RECEIVED))
        source = virtual(s, VirtualLocation.SSI)
        mv = ledger.post(
            s,
            kind=MovementKind.RECEIPT,
            lot=lot,
            source=source,
            destination=dest,
            doses=packs * prod.doses_per_unit * prod.units_per_pack,
            user=app.user,
            now=now,
            occurred_at=occurred_at,
            reference=reference,
            note=note,
            closed_month_reason=closed_month_reason,
        )
        return posted_record(mv, lot, source, dest)


def transfer(
    app: App,
    *,
    lot_id: int,
    from_code: str,
    to_code: str,
    doses: int,
    reference: str = "",
    occurred_at: datetime | None = None,
    note: str = "",
    closed_month_reason: str | None = None,
    now: datetime | None = None,
    thaw_on_the_way: bool = False,
) -> Posted:
    """Move doses of a lot between two real locations (distribution, return, site to site).
    With ``thaw_on_the_way`` (the use cases of :mod:`.transfers` and :mod:`.rebalance`)
    a frozen lot going where it can only be kept cold is thawed on the way
    (:mod:`.thaw_on_the_way`) and the record names the thawed part; without, the lot
    moves as it is (a record of what happened, as the test logs write history).

    ``now`` is the moment a calling use case has read already (one clock reading per
    use case); by default the clock is read here."""
    check_aware(occurred_at, "occurred_at")
    check_doses(doses)
    now = now or app.now()
    day = local_day(occurred_at or now)  # the day the doses move, for the expiry rules
    with app.db.write() as s:
        lot = _lot(s, lot_id)
        source = _real(s, from_code)
        dest = _real(s, to_code)
        rec, here, there = lot_record(lot), location_record(source), location_record(dest)
        refuse(held(rec, here))
        refuse(held(rec, there))
        refuse(whole_units(rec.product, doses, here, there))
        if not there.is_pharmacy:
            sent_to = Phrase(Term.ACTION_SENT_TO, {"destination": dest.name})
            refuse(expired(rec, day, sent_to))
            refuse(recalled(rec, sent_to))
        # Frozen stock for a place that keeps it only cold goes as its thawed part.
        sent, thawing = (
            on_the_way(
                s, lot, source, dest, doses, day, now, reference=reference, occurred_at=occurred_at
            )
            if thaw_on_the_way
            else (lot, [])
        )
        sending = ledger.Posting(
            MovementKind.TRANSFER, sent, source, dest, doses, occurred_at, reference, note=note
        )
        *_, movement_id = ledger.post_many(
            s, [*thawing, sending], user=app.user, now=now, closed_month_reason=closed_month_reason
        )
        return posted_record(s.get_one(m.Movement, movement_id), sent, source, dest)


def administer(
    app: App,
    *,
    lot_id: int,
    site_code: str,
    doses: int,
    reference: str = "",
    occurred_at: datetime | None = None,
    note: str = "",
    closed_month_reason: str | None = None,
) -> Posted:
    """Record doses given at a site."""
    check_aware(occurred_at, "occurred_at")
    check_doses(doses)
    now = app.now()
    day = local_day(occurred_at or now)  # the day the doses move, for the expiry rules
    with app.db.write() as s:
        lot = _lot(s, lot_id)
        site = _real(s, site_code)
        rec = lot_record(lot)
        refuse(held(rec, location_record(site)))
        refuse(expired(rec, day, Term.ACTION_GIVEN))
        refuse(recalled(rec, Term.ACTION_GIVEN))
        dest = virtual(s, VirtualLocation.ADMINISTERED)
        mv = ledger.post(
            s,
            kind=MovementKind.ADMINISTER,
            lot=lot,
            source=site,
            destination=dest,
            doses=doses,
            user=app.user,
            now=now,
            occurred_at=occurred_at,
            reference=reference,
            note=note,
            closed_month_reason=closed_month_reason,
        )
        return posted_record(mv, lot, site, dest)


@requires(Role.STAFF)
@declares(Change.STOCK)
def discard(
    app: App,
    *,
    lot_id: int,
    location_code: str,
    doses: int,
    reason_code: str,
    note: str = "",
    reference: str = "",
    occurred_at: datetime | None = None,
    closed_month_reason: str | None = None,
) -> Posted:
    """Record wasted doses (kassation) with an SSI reason code."""
    return _discard_all(
        app,
        [Discard(lot_id, location_code, doses, reason_code, note, reference, occurred_at)],
        closed_month_reason,
    )[0]


@dataclass(frozen=True)
class Discard:
    """Doses of one lot at one place wasted for one reason (:func:`discard_many`)."""

    lot_id: int
    location_code: str
    doses: int
    reason_code: str
    note: str = ""
    reference: str = ""
    occurred_at: datetime | None = None


@requires(Role.STAFF)
@declares(Change.STOCK)
def discard_many(
    app: App, items: Sequence[Discard], *, closed_month_reason: str | None = None
) -> list[Posted]:
    """Record several discards (each checked as :func:`discard` checks one) in one
    transaction: all are posted or none (a site's day of open vials at once)."""
    return _discard_all(app, items, closed_month_reason)


def _discard_all(
    app: App, items: Sequence[Discard], closed_month_reason: str | None
) -> list[Posted]:
    for item in items:
        check_aware(item.occurred_at, "occurred_at")
        check_doses(item.doses)
    now = app.now()
    with app.db.write() as s:
        dest = virtual(s, VirtualLocation.WASTED)
        postings: list[ledger.Posting] = []
        for item in items:
            if not item.reason_code:
                raise fail("reason_required")
            reason = s.get(m.DiscardReason, item.reason_code)
            if reason is None:
                raise fail("reason_unknown", reason=item.reason_code)
            if reason.requires_comment and not item.note.strip():
                raise fail("comment_required", reason=reason.code, reason_name=_reason_name(reason))
            lot = _lot(s, item.lot_id)
            source = _real(s, item.location_code)
            product = product_record(lot.product)
            # A broken or warmed unopened vial is lost whole; only open-vial waste is part
            # of one.  (Each item against the balance as it is: post_many then refuses
            # items that together take more than it holds.)
            check_discard_units(
                product,
                item.doses,
                ledger.on_hand(s, source.id, lot.id),
                reason.code,
                _reason_name(reason),
            )
            if reason.code == OPEN_VIAL_REASON:
                refuse(open_vial_problems(product, location_record(source), item.doses))
            postings.append(
                ledger.Posting(
                    MovementKind.DISCARD, lot, source, dest, item.doses, item.occurred_at,
                    reference=item.reference, reason_code=reason.code, note=item.note,
                )  # fmt: skip
            )
        ids = ledger.post_many(
            s, postings, user=app.user, now=now, closed_month_reason=closed_month_reason
        )
        return [
            Posted(
                movement_id=mv_id, kind=p.kind.value, lot_id=p.lot.id, batch=p.lot.batch,
                product=p.lot.product.name, from_code=p.source.code, to_code=p.destination.code,
                doses=p.doses, occurred_at=p.occurred_at or now, recorded_at=now, user=app.user,
            )  # fmt: skip
            for mv_id, p in zip(ids, postings, strict=True)
        ]


def reverse(
    app: App,
    *,
    movement_id: int,
    note: str = "",
    occurred_at: datetime | None = None,
    closed_month_reason: str | None = None,
) -> Posted:
    """Undo a movement by posting its mirror image, pointing at the original."""
    check_aware(occurred_at, "occurred_at")
    now = app.now()
    with app.db.write() as s:
        original = s.get(m.Movement, movement_id)
        if original is None:
            raise fail("movement_unknown", movement=movement_id)
        mv = reverse_movement(
            s,
            original,
            user=app.user,
            now=now,
            note=note,
            occurred_at=occurred_at,
            closed_month_reason=closed_month_reason,
        )
        return posted_record(mv, original.lot, original.to_location, original.from_location)


@requires(Role.COORDINATOR)
@declares(Change.STOCK)
def reverse_one(
    app: App, movement_id: int, reason: str, *, closed_month_reason: str | None = None
) -> int:
    """Correct one mistaken movement: post its mirror image, pointing at it, with
    ``reason`` as its note; the new movement's id.

    Dated now, as a distribution list's reversal is, so the correction counts in the
    month it is made and never needs a back-dating window.  Refused, writing nothing,
    without a reason, for an unknown movement, a reversal, a thaw, a movement reversed already,
    a recalled lot that would go back to a site, or when the place the doses go back
    from no longer holds them."""
    if not reason.strip():
        raise fail("reversal_reason_required", movement=movement_id)
    posted = reverse(
        app,
        movement_id=movement_id,
        note=reason.strip(),
        closed_month_reason=closed_month_reason,
    )
    return posted.movement_id


def reverse_movement(
    session: Session,
    original: m.Movement,
    *,
    user: str,
    now: datetime,
    note: str = "",
    occurred_at: datetime | None = None,
    closed_month_reason: str | None = None,
) -> m.Movement:
    """Inside the caller's transaction: post the mirror image of ``original``, pointing at it."""
    posting = reversal(session, original, note=note, occurred_at=occurred_at)
    (movement_id,) = ledger.post_many(
        session, [posting], user=user, now=now, closed_month_reason=closed_month_reason
    )
    return session.get_one(m.Movement, movement_id)


def reversal(
    session: Session, original: m.Movement, *, note: str = "", occurred_at: datetime | None = None
) -> ledger.Posting:
    """The mirror image of ``original`` to post (with others: ``ledger.post_many``);
    refused for a reversal, a thaw, a movement reversed already, or a recalled lot that
    would go back to a site."""
    if original.reverses_id is not None:
        raise fail("cannot_reverse_reversal", movement=original.id)
    if original.kind == MovementKind.THAW:
        # One leg alone would make or lose doses of a lot; and thawed stock stays thawed.
        raise fail("cannot_reverse_thaw", movement=original.id)
    existing = session.scalars(
        select(m.Movement).where(m.Movement.reverses_id == original.id)
    ).one_or_none()
    if existing is not None:
        raise fail("already_reversed", movement=original.id, by=existing.id)
    back_to = location_record(original.from_location)
    if not back_to.is_virtual and back_to.kind_code not in (PHARMACY_KIND, QUARANTINE_KIND):
        # Undoing a return or a discard would put a recalled lot back at a site (the
        # pharmacy's quarantine is no site: a return to SSI from there may be undone).
        put_back = Phrase(Term.ACTION_PUT_BACK_AT, {"destination": back_to.name})
        refuse(recalled(lot_record(original.lot), put_back))
    return ledger.Posting(
        kind=MovementKind.REVERSAL,
        lot=original.lot,
        source=original.to_location,
        destination=original.from_location,
        doses=original.doses,
        occurred_at=occurred_at,
        reference=original.reference,
        reason_code=None,
        note=note or f"reverses movement {original.id}",
        reverses_id=original.id,
    )
