"""Receiving deliveries from SSI: draft receipts, scanning, posting, quarantine, thawing.

A receipt is a draft (its lines are not stock) until :func:`post` puts every line into
the ledger in one transaction.  Lines can come from scanned packs, typed lines or an
imported delivery note.  A line whose cold chain is in doubt is received *on hold*: it
goes to the pharmacy's quarantine location, which is in the ledger but cannot be picked
until released (:func:`release`) or discarded.  A frozen product can be received
frozen or already thawed; :func:`thaw` later moves doses of a frozen lot to its thawed
part, which carries its own use-by date.  Thawed stock is never refrozen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain import gs1
from pharmacy_app.domain.catalog import check_batch
from pharmacy_app.domain.errors import DomainError, Problem, fail
from pharmacy_app.domain.expiry import days_left, effective_use_by, is_expired
from pharmacy_app.domain.ledger import check_aware, check_doses, check_packs
from pharmacy_app.domain.limits import implausible_expiry
from pharmacy_app.domain.localtime import local_day
from pharmacy_app.domain.types import QUARANTINE_KIND, MovementKind, VirtualLocation
from pharmacy_app.services import ledger
from pharmacy_app.services.app import App
from pharmacy_app.services.reference import (
    home_pharmacy,
    location_by_code,
    product_by_key,
    to_domain_product,
    virtual,
)
from pharmacy_app.services.stock import Posted, find_or_create_lot, posted_record, refuse_recalled

FROZEN, FRIDGE = "frozen", "fridge"
CONDITIONS = (FROZEN, FRIDGE)
DRAFT, POSTED, CANCELLED = "draft", "posted", "cancelled"


# --------------------------------------------------------------------------- views


@dataclass(frozen=True)
class LineView:
    id: int
    line_no: int
    product_id: int
    varenummer: str
    gtin: str | None
    product: str
    programme_code: str
    batch: str
    expiry: date
    packs: int
    doses_per_pack: int
    condition: str
    thawed_on: date | None
    use_by: date
    hold: bool
    hold_reason: str
    note: str
    scans: int
    problems: tuple[Problem, ...] = ()  # refuse posting
    warnings: tuple[Problem, ...] = ()  # need confirmation (short-dated)
    lot_id: int | None = None  # once posted
    location_code: str | None = None  # where a posted line went: the pharmacy or its quarantine
    product_short: str = ""  # the short display name; ``product`` (full) is for documents

    @property
    def doses(self) -> int:
        return self.packs * self.doses_per_pack


@dataclass(frozen=True)
class ReceiptView:
    id: int
    note_number: str
    delivered_on: date
    status: str
    source: str
    location_code: str
    location_name: str
    created_by: str
    created_at: datetime
    posted_by: str | None
    posted_at: datetime | None
    comment: str
    lines: list[LineView] = field(default_factory=list)

    @property
    def doses(self) -> int:
        return sum(line.doses for line in self.lines)

    @property
    def packs(self) -> int:
        return sum(line.packs for line in self.lines)

    @property
    def problems(self) -> list[Problem]:
        return [p for line in self.lines for p in line.problems]

    @property
    def warnings(self) -> list[Problem]:
        return [p for line in self.lines for p in line.warnings]


@dataclass(frozen=True)
class ScanOutcome:
    """What a scan did: the line it added a pack to, or the problem (nothing written)."""

    receipt: ReceiptView | None
    line_id: int | None = None
    problem: Problem | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


# --------------------------------------------------------------------------- rules


def line_checks(
    session: Session, line: m.ReceiptLine, on: date
) -> tuple[list[Problem], list[Problem]]:
    """Problems that refuse a line, and warnings that need confirmation, as of ``on``."""
    problems: list[Problem] = []
    warnings: list[Problem] = []
    product = line.product
    if not product.active:
        problems.append(Problem("product_inactive", {"product": product.name}))
    frozen_product = product.frozen_min_c is not None and product.thawed_shelf_life_days is not None
    if (line.condition == FROZEN or line.thawed_on is not None) and not frozen_product:
        problems.append(Problem("not_a_frozen_product", {"product": product.name}))
    known = session.scalars(
        select(m.Lot).where(
            m.Lot.product_id == product.id, m.Lot.batch == line.batch, m.Lot.thawed_on.is_(None)
        )
    ).one_or_none()
    if known is not None and known.expiry != line.expiry:
        problems.append(
            Problem(
                "lot_expiry_mismatch",
                {
                    "batch": line.batch,
                    "product": product.name,
                    "known": known.expiry.isoformat(),
                    "given": line.expiry.isoformat(),
                },
            )
        )
    use_by = _use_by(line)
    implausible = implausible_expiry(line.expiry, on, batch=line.batch, product=product.name)
    if implausible is not None:
        problems.append(implausible)
    elif is_expired(use_by, on):
        problems.append(
            Problem(
                "lot_expired",
                {
                    "batch": line.batch,
                    "product": product.name,
                    "use_by": use_by.isoformat(),
                    "when": on.isoformat(),
                    "action_en": "received",
                    "action_da": "modtages",
                },
            )
        )
    elif days_left(line.expiry, on) < product.min_remaining_shelf_life_days:
        warnings.append(
            Problem(
                "short_dated",
                {
                    "batch": line.batch,
                    "product": product.name,
                    "expiry": line.expiry.isoformat(),
                    "days": days_left(line.expiry, on),
                    "minimum": product.min_remaining_shelf_life_days,
                },
            )
        )
    if line.hold and not line.hold_reason.strip():
        problems.append(Problem("hold_reason_required", {}))
    return problems, warnings


def _use_by(line: m.ReceiptLine) -> date:
    return effective_use_by(line.expiry, line.thawed_on, line.product.thawed_shelf_life_days)


def default_condition(product: m.Product) -> str:
    return FROZEN if product.frozen_min_c is not None and product.thawed_shelf_life_days else FRIDGE


# --------------------------------------------------------------------------- reading


def view(session: Session, receipt: m.Receipt, on: date) -> ReceiptView:
    scan_counts = dict(
        session.execute(
            select(m.ReceiptScan.line_id, func.count())
            .where(m.ReceiptScan.receipt_id == receipt.id)
            .group_by(m.ReceiptScan.line_id)
        ).all()
    )
    lines = []
    for line in receipt.lines:
        p = line.product
        problems, warnings = line_checks(session, line, on) if receipt.status == DRAFT else ([], [])
        lines.append(
            LineView(
                id=line.id,
                line_no=line.line_no,
                product_id=p.id,
                varenummer=p.varenummer,
                gtin=p.gtin,
                product=p.name,
                programme_code=p.programme_code,
                batch=line.batch,
                expiry=line.expiry,
                packs=line.packs,
                doses_per_pack=p.doses_per_unit * p.units_per_pack,
                condition=line.condition,
                thawed_on=line.thawed_on,
                use_by=_use_by(line),
                hold=line.hold,
                hold_reason=line.hold_reason,
                note=line.note,
                scans=int(scan_counts.get(line.id, 0)),
                problems=tuple(problems),
                warnings=tuple(warnings),
                lot_id=line.lot_id,
                location_code=_posted_to(session, line),
                product_short=p.short_name,
            )
        )
    return ReceiptView(
        id=receipt.id,
        note_number=receipt.note_number,
        delivered_on=receipt.delivered_on,
        status=receipt.status,
        source=receipt.source,
        location_code=receipt.location.code,
        location_name=receipt.location.name,
        created_by=receipt.created_by,
        created_at=receipt.created_at,
        posted_by=receipt.posted_by,
        posted_at=receipt.posted_at,
        comment=receipt.comment,
        lines=lines,
    )


def _posted_to(session: Session, line: m.ReceiptLine) -> str | None:
    if line.movement_id is None:
        return None
    mv = session.get(m.Movement, line.movement_id)
    return mv.to_location.code if mv is not None else None


def get(app: App, receipt_id: int) -> ReceiptView:
    with app.db.read() as s:
        return view(s, _receipt(s, receipt_id), app.today())


def list_receipts(app: App, status: str | None = None, limit: int = 200) -> list[ReceiptView]:
    """Receipts, newest first, without checking their lines (cheap, for lists)."""
    with app.db.read() as s:
        q = (
            select(m.Receipt)
            .order_by(m.Receipt.created_at.desc(), m.Receipt.id.desc())
            .limit(limit)
        )
        if status:
            q = q.where(m.Receipt.status == status)
        return [view(s, r, app.today()) for r in s.scalars(q)]


def _receipt(session: Session, receipt_id: int) -> m.Receipt:
    receipt = session.get(m.Receipt, receipt_id)
    if receipt is None:
        raise fail("receipt_unknown", receipt=receipt_id)
    return receipt


def _draft(session: Session, receipt_id: int) -> m.Receipt:
    receipt = _receipt(session, receipt_id)
    if receipt.status != DRAFT:
        raise fail("receipt_not_draft", note=receipt.note_number, status=receipt.status)
    return receipt


def refuse_received_note(session: Session, note_number: str) -> None:
    done = session.scalars(
        select(m.Receipt).where(m.Receipt.note_number == note_number, m.Receipt.status == POSTED)
    ).first()
    if done is not None:
        raise fail(
            "note_already_received",
            note=note_number,
            when=local_day(done.posted_at or done.created_at).isoformat(),
            by=done.posted_by or done.created_by,
        )


# --------------------------------------------------------------------------- drafts


def start(
    app: App,
    note_number: str,
    delivered_on: date | None = None,
    location_code: str | None = None,
    source: str = "typed",
) -> ReceiptView:
    """Start (or reopen) the draft receipt for a delivery note number."""
    note_number = note_number.strip()
    if not 0 < len(note_number) <= 40:
        raise fail("note_number_invalid")
    now = app.now()
    with app.db.write() as s:
        refuse_received_note(s, note_number)
        existing = s.scalars(
            select(m.Receipt).where(m.Receipt.note_number == note_number, m.Receipt.status == DRAFT)
        ).first()
        if existing is not None:
            return view(s, existing, local_day(now))
        pharmacy = location_by_code(s, location_code) if location_code else home_pharmacy(s)
        if pharmacy.kind_code != "pharmacy":
            raise fail(
                "location_not_allowed",
                location=pharmacy.name,
                kind=pharmacy.kind_code,
                action_en="Receiving from SSI",
                action_da="Modtagelse fra SSI",
            )
        receipt = m.Receipt(
            note_number=note_number,
            delivered_on=delivered_on or local_day(now),
            location_id=pharmacy.id,
            location=pharmacy,
            status=DRAFT,
            source=source,
            created_by=app.user,
            created_at=now,
            comment="",
        )
        s.add(receipt)
        s.flush()
        return view(s, receipt, local_day(now))


def new_line(
    session: Session,
    receipt: m.Receipt,
    product: m.Product,
    batch: str,
    expiry: date,
    packs: int,
    condition: str | None,
    thawed_on: date | None,
    hold: bool,
    hold_reason: str,
    note: str,
) -> m.ReceiptLine:
    check_packs(packs)
    condition = condition or default_condition(product)
    if condition not in CONDITIONS:
        raise fail("condition_unknown", condition=condition)
    if condition == FRIDGE and thawed_on is None and default_condition(product) == FROZEN:
        thawed_on = receipt.delivered_on  # a frozen product arriving at 2-8 °C is thawed
    line_no = 1 + max((line.line_no for line in receipt.lines), default=0)
    line = m.ReceiptLine(
        receipt=receipt,
        line_no=line_no,
        product_id=product.id,
        product=product,
        batch=check_batch(batch),
        expiry=expiry,
        packs=packs,
        condition=condition,
        thawed_on=thawed_on,
        hold=hold,
        hold_reason=hold_reason.strip(),
        note=note.strip(),
    )
    session.add(line)
    session.flush()
    return line


def add_line(
    app: App,
    receipt_id: int,
    *,
    product: str | int,
    batch: str,
    expiry: date,
    packs: int,
    condition: str | None = None,
    thawed_on: date | None = None,
    hold: bool = False,
    hold_reason: str = "",
    note: str = "",
) -> ReceiptView:
    """Add a typed line (or merge into an identical one)."""
    with app.db.write() as s:
        receipt = _draft(s, receipt_id)
        prod = product_by_key(s, product)
        new_line(
            s, receipt, prod, batch, expiry, packs, condition, thawed_on, hold, hold_reason, note
        )
        s.refresh(receipt)
        return view(s, receipt, app.today())


def update_line(
    app: App,
    line_id: int,
    *,
    packs: int | None = None,
    condition: str | None = None,
    hold: bool | None = None,
    hold_reason: str | None = None,
    note: str | None = None,
) -> ReceiptView:
    with app.db.write() as s:
        line = s.get(m.ReceiptLine, line_id)
        if line is None:
            raise fail("line_unknown", line=line_id)
        receipt = _draft(s, line.receipt_id)
        if packs is not None:
            check_packs(packs)
            scanned = s.scalar(
                select(func.count())
                .select_from(m.ReceiptScan)
                .where(m.ReceiptScan.line_id == line.id)
            )
            line.packs = packs
            if scanned and packs < scanned:
                # Fewer packs than scanned: forget the last scans so each pack is counted once.
                extra = s.scalars(
                    select(m.ReceiptScan)
                    .where(m.ReceiptScan.line_id == line.id)
                    .order_by(m.ReceiptScan.id.desc())
                    .limit(scanned - packs)
                ).all()
                for scan in extra:
                    s.delete(scan)
        if condition is not None:
            if condition not in CONDITIONS:
                raise fail("condition_unknown", condition=condition)
            line.condition = condition
            frozen_product = default_condition(line.product) == FROZEN
            line.thawed_on = (
                receipt.delivered_on if (condition == FRIDGE and frozen_product) else None
            )
        if hold is not None:
            line.hold = hold
        if hold_reason is not None:
            line.hold_reason = hold_reason.strip()
        if note is not None:
            line.note = note.strip()
        s.flush()
        s.refresh(receipt)
        return view(s, receipt, app.today())


def remove_line(app: App, line_id: int) -> ReceiptView:
    with app.db.write() as s:
        line = s.get(m.ReceiptLine, line_id)
        if line is None:
            raise fail("line_unknown", line=line_id)
        receipt = _draft(s, line.receipt_id)
        for scan in s.scalars(select(m.ReceiptScan).where(m.ReceiptScan.line_id == line.id)):
            s.delete(scan)
        s.flush()
        receipt.lines.remove(line)
        s.flush()
        s.refresh(receipt)
        return view(s, receipt, app.today())


def cancel(app: App, receipt_id: int) -> ReceiptView:
    """Abandon a draft; its scanned serials are freed for another receipt."""
    with app.db.write() as s:
        receipt = _draft(s, receipt_id)
        for scan in s.scalars(select(m.ReceiptScan).where(m.ReceiptScan.receipt_id == receipt.id)):
            s.delete(scan)
        receipt.status = CANCELLED
        s.flush()
        return view(s, receipt, app.today())


# --------------------------------------------------------------------------- scanning


def scan(app: App, receipt_id: int, text: str) -> ScanOutcome:
    """Add one scanned pack.  Never raises for a bad scan: the problem is returned and
    nothing is written."""
    parsed = gs1.interpret(text)
    if isinstance(parsed, Problem):
        return ScanOutcome(None, problem=parsed)
    now = app.now()
    try:
        with app.db.write() as s:
            receipt = _draft(s, receipt_id)
            product = s.scalars(select(m.Product).where(m.Product.gtin == parsed.gtin)).first()
            if product is None:
                return ScanOutcome(
                    view(s, receipt, local_day(now)),
                    problem=Problem("scan_unknown_gtin", {"gtin": parsed.gtin}),
                )
            if parsed.serial:
                seen = s.scalars(
                    select(m.ReceiptScan).where(
                        m.ReceiptScan.product_id == product.id,
                        m.ReceiptScan.serial == parsed.serial,
                    )
                ).first()
                if seen is not None:
                    note = s.get(m.Receipt, seen.receipt_id)
                    return ScanOutcome(
                        view(s, receipt, local_day(now)),
                        problem=Problem(
                            "scan_duplicate_serial",
                            {"serial": parsed.serial, "note": note.note_number if note else "?"},
                        ),
                    )
            implausible = implausible_expiry(
                parsed.expiry, local_day(now), batch=parsed.batch, product=product.name
            )
            if implausible is not None:
                return ScanOutcome(view(s, receipt, local_day(now)), problem=implausible)
            if is_expired(parsed.expiry, local_day(now)):
                return ScanOutcome(
                    view(s, receipt, local_day(now)),
                    problem=Problem(
                        "lot_expired",
                        {
                            "batch": parsed.batch,
                            "product": product.name,
                            "use_by": parsed.expiry.isoformat(),
                            "when": local_day(now).isoformat(),
                            "action_en": "received",
                            "action_da": "modtages",
                        },
                    ),
                )
            condition = default_condition(product)
            match = next(
                (
                    line
                    for line in receipt.lines
                    if line.product_id == product.id
                    and line.batch == parsed.batch
                    and line.expiry == parsed.expiry
                    and line.condition == condition
                    and not line.hold
                ),
                None,
            )
            if match is None:
                match = new_line(
                    s,
                    receipt,
                    product,
                    parsed.batch,
                    parsed.expiry,
                    1,
                    condition,
                    None,
                    False,
                    "",
                    "",
                )
            else:
                match.packs += 1
            if parsed.serial:
                s.add(
                    m.ReceiptScan(
                        receipt_id=receipt.id,
                        line_id=match.id,
                        product_id=product.id,
                        serial=parsed.serial,
                        scanned_at=now,
                        scanned_by=app.user,
                    )
                )
            s.flush()
            s.refresh(receipt)
            return ScanOutcome(view(s, receipt, local_day(now)), line_id=match.id)
    except DomainError as err:
        return ScanOutcome(None, problem=err.problems[0])
    except IntegrityError:  # the same serial scanned at the same moment on another workstation
        return ScanOutcome(
            None, problem=Problem("scan_duplicate_serial", {"serial": parsed.serial, "note": "?"})
        )


# --------------------------------------------------------------------------- posting


def quarantine_for(session: Session, pharmacy: m.Location) -> m.Location:
    """The pharmacy's quarantine location, created the first time stock is held."""
    code = f"{pharmacy.code}-KAR"
    loc = session.scalars(select(m.Location).where(m.Location.code == code)).one_or_none()
    if loc is None:
        loc = m.Location(
            code=code,
            name=f"Karantæne – {pharmacy.name}",
            kind_code=QUARANTINE_KIND,
            region_code=pharmacy.region_code,
            is_virtual=False,
            holds_stock=True,
            address=pharmacy.address,
            city=pharmacy.city,
            active=True,
            parent_id=pharmacy.id,
        )
        session.add(loc)
        session.flush()
    return loc


def _thawed_lot(session: Session, parent: m.Lot, thawed_on: date, now: datetime) -> m.Lot:
    lot = session.scalars(
        select(m.Lot).where(
            m.Lot.product_id == parent.product_id,
            m.Lot.batch == parent.batch,
            m.Lot.thawed_on == thawed_on,
        )
    ).one_or_none()
    if lot is None:
        lot = m.Lot(
            product_id=parent.product_id,
            product=parent.product,
            batch=parent.batch,
            expiry=parent.expiry,
            use_by=effective_use_by(
                parent.expiry, thawed_on, parent.product.thawed_shelf_life_days
            ),
            thawed_on=thawed_on,
            parent_lot_id=parent.id,
            created_at=now,
        )
        session.add(lot)
        session.flush()
    return lot


thawed_lot = _thawed_lot  # the thawed part of a lot, found or created (also for transfers)


def post(app: App, receipt_id: int, *, confirm_short_dated: bool = False) -> ReceiptView:
    """Put every line into stock in one transaction, or nothing if any line is refused."""
    now = app.now()
    with app.db.write() as s:
        receipt = _draft(s, receipt_id)
        post_in_session(s, receipt, user=app.user, now=now, confirm_short_dated=confirm_short_dated)
        return view(s, receipt, local_day(now))


def post_in_session(
    s: Session, receipt: m.Receipt, *, user: str, now: datetime, confirm_short_dated: bool
) -> None:
    """Post a draft inside the caller's transaction (the importer creates and posts in one)."""
    refuse_received_note(s, receipt.note_number)
    if not receipt.lines:
        raise fail("receipt_empty", note=receipt.note_number)
    problems: list[Problem] = []
    warnings: list[Problem] = []
    for line in receipt.lines:
        p, w = line_checks(s, line, local_day(now))
        problems += p
        warnings += w
    if problems:
        raise DomainError(problems)
    if warnings and not confirm_short_dated:
        raise DomainError(warnings)
    ssi = virtual(s, VirtualLocation.SSI)
    pharmacy = receipt.location
    for line in receipt.lines:
        lot = find_or_create_lot(s, line.product, line.batch, line.expiry, now)
        if line.thawed_on is not None:
            lot = _thawed_lot(s, lot, line.thawed_on, now)
        destination = quarantine_for(s, pharmacy) if line.hold else pharmacy
        mv = ledger.post(
            s,
            kind=MovementKind.RECEIPT,
            lot=lot,
            source=ssi,
            destination=destination,
            doses=line.packs * line.product.doses_per_unit * line.product.units_per_pack,
            user=user,
            now=now,
            reference=receipt.note_number,
            note=line.hold_reason if line.hold else line.note,
        )
        line.lot_id = lot.id
        line.movement_id = mv.id
    receipt.status = POSTED
    receipt.posted_by = user
    receipt.posted_at = now
    s.flush()


# --------------------------------------------------------------------------- held stock


def release(app: App, *, lot_id: int, quarantine_code: str, doses: int, note: str) -> Posted:
    """A pharmacist releases held stock to the pharmacy's shelves, with a reason."""
    check_doses(doses)
    if not note.strip():
        raise fail("hold_reason_required")
    now = app.now()
    with app.db.write() as s:
        held = location_by_code(s, quarantine_code)
        if held.kind_code != QUARANTINE_KIND or held.parent_id is None:
            raise fail("not_quarantine", location=held.name)
        pharmacy = s.get(m.Location, held.parent_id)
        assert pharmacy is not None
        lot = s.get(m.Lot, lot_id)
        if lot is None:
            raise fail("lot_unknown", lot=lot_id)
        to_domain_product(lot.product).check_whole_units(doses)
        mv = ledger.post(
            s,
            kind=MovementKind.RELEASE,
            lot=lot,
            source=held,
            destination=pharmacy,
            doses=doses,
            user=app.user,
            now=now,
            note=note,
        )
        return posted_record(mv, lot, held, pharmacy)


# --------------------------------------------------------------------------- thawing


def thaw(
    app: App,
    *,
    lot_id: int,
    location_code: str,
    doses: int,
    thawed_at: datetime | None = None,
) -> Posted:
    """Thaw doses of a frozen lot where they are; the thawed part gets its own use-by."""
    check_doses(doses)
    check_aware(thawed_at, "thawed_at")
    now = app.now()
    with app.db.write() as s:
        lot = s.get(m.Lot, lot_id)
        if lot is None:
            raise fail("lot_unknown", lot=lot_id)
        if lot.thawed_on is not None:
            raise fail("already_thawed", batch=lot.batch, thawed_on=lot.thawed_on.isoformat())
        refuse_recalled(lot, "thawed", "optøs")
        product = lot.product
        if default_condition(product) != FROZEN:
            raise fail("not_a_frozen_product", product=product.name)
        place = location_by_code(s, location_code)
        if place.is_virtual:
            raise fail("location_unknown", location=location_code)
        if place.kind_code == QUARANTINE_KIND:
            raise fail("held_stock", batch=lot.batch, location=place.name)
        if place.kind_code == "pharmacy":
            to_domain_product(product).check_whole_units(doses)
        when = thawed_at or now
        thawed = _thawed_lot(s, lot, local_day(when), now)
        sink = virtual(s, VirtualLocation.THAW)
        ledger.post(
            s,
            kind=MovementKind.THAW,
            lot=lot,
            source=place,
            destination=sink,
            doses=doses,
            user=app.user,
            now=now,
            occurred_at=thawed_at,
        )
        mv = ledger.post(
            s,
            kind=MovementKind.THAW,
            lot=thawed,
            source=sink,
            destination=place,
            doses=doses,
            user=app.user,
            now=now,
            occurred_at=thawed_at,
            note=f"thawed from lot {lot.id}",
        )
        return posted_record(mv, thawed, place, place)
