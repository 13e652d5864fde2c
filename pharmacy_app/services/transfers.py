"""Moving stock after a round: site to site, back to the pharmacy, and between regions.

* Site to site and returns are ordinary TRANSFER movements (:func:`services.stock.transfer`
  checks whole vials at a pharmacy, held and recalled stock, expiry and the balance).
* Another region: the home pharmacy sends whole vials to ``OTHER_REGION`` (TRANSFER) and
  gets a **shipment file** (lot passport, format in ``domain.shipment``) that travels
  with the box: a unique shipment id, who sent what, the lot's identity and dates, its
  whole movement history at the sending region, and the sending pharmacy's signature
  (``services.signing_keys``).  The receiving region reads it with
  :func:`receive_from_region`: the doses come in from ``OTHER_REGION`` as a TRANSFER (a
  receipt-kind movement is a delivery from SSI; this is stock moving between
  pharmacies, and the SSI report counts it as received from another region by its
  direction either way), into the lot (or its thawed part), found or created, and the
  history is kept as the lot's provenance.

What must hold for a received shipment: it is booked only when it is signed by a key
this pharmacy trusts for the sending region (so it is exactly what that pharmacy
wrote), it is meant for this region, its content fits this catalogue and calendar
(``domain.shipment``), and it is booked once: the database's unique shipment id
refuses a second booking, also from another workstation at the same moment, and that
refusal is a typed problem like every other.
"""

from __future__ import annotations

import base64
import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from pharmacy_app.db import models as m
from pharmacy_app.domain import shipment as sh
from pharmacy_app.domain import signing
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.errors import DomainError, Problem, fail
from pharmacy_app.domain.ledger import check_doses
from pharmacy_app.domain.limits import MAX_REFERENCE, MAX_USER_NAME
from pharmacy_app.domain.localtime import local_day, local_moment
from pharmacy_app.domain.messages.terms import Phrase, Term
from pharmacy_app.domain.roles import Role
from pharmacy_app.domain.shipment import HistoryEntry
from pharmacy_app.domain.stock_rules import expired, recalled, refuse, region_site
from pharmacy_app.domain.types import MovementKind, VirtualLocation
from pharmacy_app.services import ledger, lots, signing_keys, stock
from pharmacy_app.services.app import App
from pharmacy_app.services.permissions import requires
from pharmacy_app.services.receiving.thawing import thawed_lot
from pharmacy_app.services.records import location_record, lot_record, product_record
from pharmacy_app.services.reference import (
    RegionInfo,
    home_pharmacy,
    location_by_code,
    virtual,
)
from pharmacy_app.services.stock import Posted, find_or_create_lot, posted_record

PASSPORT_FORMAT = sh.FORMAT
PASSPORT_VERSION = sh.VERSION


@dataclass(frozen=True)
class RegionShipment:
    posted: Posted
    region_code: str
    reference: str
    file_name: str  # a suggested name for the shipment file
    document: bytes  # the signed shipment file, UTF-8 JSON
    shipment_id: str = ""


@dataclass(frozen=True)
class ProvenanceView:
    provenance_id: int
    lot_id: int
    from_region: str
    from_location: str
    reference: str
    received_by: str
    received_at: datetime
    history: tuple[HistoryEntry, ...]


# --------------------------------------------------------------------------- within the region


def _site_problems(s: Session, code: str, home: m.Location) -> list[Problem]:
    try:
        place = location_by_code(s, code)
    except DomainError as e:  # an unknown code is reported with the other side's problems
        return list(e.problems)
    return region_site(location_record(place), home.region_code)


@requires(Role.COORDINATOR)
@declares(Change.STOCK | Change.DISTRIBUTION)
def transfer_between_sites(
    app: App,
    *,
    lot_id: int,
    from_code: str,
    to_code: str,
    doses: int,
    note: str = "",
    reference: str = "",
) -> Posted:
    """Move doses of a lot from one site of the region to another (never a recalled lot)."""
    with app.db.read() as s:
        home = home_pharmacy(s)
        refuse(_site_problems(s, from_code, home) + _site_problems(s, to_code, home))
    return stock.transfer(
        app,
        lot_id=lot_id,
        from_code=from_code,
        to_code=to_code,
        doses=doses,
        thaw_on_the_way=True,
        reference=reference,
        note=note,
    )


@requires(Role.COORDINATOR)
@declares(Change.STOCK | Change.DISTRIBUTION)
def return_to_pharmacy(
    app: App, *, lot_id: int, from_code: str, doses: int, note: str = "", reference: str = ""
) -> Posted:
    """Send doses from a site back to the home pharmacy (whole vials; a recalled lot too)."""
    with app.db.read() as s:
        home = home_pharmacy(s)
        refuse(_site_problems(s, from_code, home))
        home_code = home.code
    return stock.transfer(
        app,
        lot_id=lot_id,
        from_code=from_code,
        to_code=home_code,
        doses=doses,
        thaw_on_the_way=True,
        reference=reference,
        note=note,
    )


# --------------------------------------------------------------------------- other regions


def find_lot(app: App, varenummer: str, batch: str, thawed_on: date | None = None) -> int:
    """The lot id of a product's batch (its thawed part of ``thawed_on`` when given)."""
    with app.db.read() as s:
        return lots.named_lot(s, varenummer, batch, thawed_on).id


def _history(s: Session, lot: m.Lot) -> list[HistoryEntry]:
    """Every movement of the lot (and of the lot it was thawed from), in order."""
    ids = [lot.id] + ([lot.parent_lot_id] if lot.parent_lot_id else [])
    src, dst = aliased(m.Location), aliased(m.Location)
    mv = m.Movement
    q = (
        select(mv, src.code, dst.code)
        .join(src, src.id == mv.from_location_id)
        .join(dst, dst.id == mv.to_location_id)
        .where(or_(*(mv.lot_id == i for i in ids)))
        .order_by(mv.occurred_at, mv.id)
    )
    return [
        HistoryEntry(
            occurred_at=row.occurred_at,
            kind=row.kind,
            from_code=from_code,
            to_code=to_code,
            doses=row.doses,
            user=row.user_name,
            reference=row.reference or "",
            reason=row.reason_code or "",
            note=row.note or "",
            batch_part=sh.THAWED if row.lot_id == lot.id and lot.thawed_on else "",
        )
        for row, from_code, to_code in s.execute(q)
    ]


def regions_to_send_to(app: App) -> list[RegionInfo]:
    """The catalogue's regions except the home pharmacy's own, by code."""
    with app.db.read() as s:
        own = home_pharmacy(s).region_code
        return [
            RegionInfo(r.code, r.name)
            for r in s.scalars(select(m.Region).order_by(m.Region.code))
            if r.code != own
        ]


def check_region_shipment(
    s: Session,
    home: m.Location,
    *,
    lot_id: int,
    doses: int,
    region_code: str,
    reference: str,
    now: datetime,
) -> tuple[m.Region, m.Lot, str]:
    """The receiving region, the lot and the trimmed reference of a shipment to another
    region, or every problem: unknown or own region, no reference, unknown lot, then part
    of a vial, a recalled or an expired lot.  Writes nothing."""
    check_doses(doses)
    problems: list[Problem] = []
    region = s.get(m.Region, region_code)
    if region is None:
        problems.append(Problem("region_unknown", {"region": region_code}))
    elif region.code == home.region_code:
        problems.append(Problem("region_same", {"region": region.code}))
    reference = (reference or "").strip()
    if not reference:
        problems.append(Problem("value_required", {"field": Term.FIELD_REFERENCE}))
    lot = s.get(m.Lot, lot_id)
    if lot is None:
        problems.append(Problem("lot_unknown", {"lot": lot_id}))
    if problems:
        raise DomainError(problems)
    assert lot is not None and region is not None
    rec = lot_record(lot)
    refuse(rec.product.whole_units_problems(doses))
    sent_to = Phrase(Term.ACTION_SENT_TO_REGION, {"region": region.code})
    refuse(recalled(rec, sent_to))
    refuse(expired(rec, local_day(now), sent_to))
    return region, lot, reference


@requires(Role.COORDINATOR)
@declares(Change.STOCK | Change.DISTRIBUTION)
def send_to_region(
    app: App, *, lot_id: int, doses: int, region_code: str, reference: str, note: str = ""
) -> RegionShipment:
    """Send whole vials of a lot from the home pharmacy to another region's pharmacy, in
    one transaction; returns the signed shipment file to send with it."""
    check_doses(doses)
    now = app.now()
    with app.db.write() as s:
        return send_to_region_in_session(
            s,
            app,
            now=now,
            lot_id=lot_id,
            doses=doses,
            region_code=region_code,
            reference=reference,
            note=note,
        )


def send_to_region_in_session(
    s: Session,
    app: App,
    *,
    lot_id: int,
    doses: int,
    region_code: str,
    reference: str,
    now: datetime,
    note: str = "",
) -> RegionShipment:
    """:func:`send_to_region` inside the caller's write transaction (which a refusal, or
    anything the caller does after, rolls back with it), at the caller's ``now`` (one
    clock reading per use case).  The key is read before anything is posted: without a
    signed file the stock does not leave."""
    key = signing_keys.private_key(app)
    home = home_pharmacy(s)
    region, lot, reference = check_region_shipment(
        s, home, lot_id=lot_id, doses=doses, region_code=region_code, reference=reference, now=now
    )
    reference = sh.clean(reference, MAX_REFERENCE)
    dest = virtual(s, VirtualLocation.OTHER_REGION)
    mv = ledger.post(
        s,
        kind=MovementKind.TRANSFER,
        lot=lot,
        source=home,
        destination=dest,
        doses=doses,
        user=app.user,
        now=now,
        reference=reference,
        note=f"region {region.code}: {note.strip()}".rstrip(": ").strip(),
    )
    home_region = s.get(m.Region, home.region_code) if home.region_code else None
    product = lot.product
    shipment_id = str(uuid.uuid4())
    document = {
        "format": sh.FORMAT,
        "version": sh.VERSION,
        "shipment_id": shipment_id,
        "reference": reference,
        "from": {
            "region": home.region_code or "",
            "region_name": home_region.name if home_region else "",
            "pharmacy_code": home.code,
            "pharmacy_name": home.name,
        },
        "to": {"region": region.code, "region_name": region.name},
        "product": {
            "varenummer": product.varenummer,
            "gtin": product.gtin,
            "name": product.name,
            "doses_per_unit": product.doses_per_unit,
        },
        "lot": {
            "batch": lot.batch,
            "expiry": lot.expiry.isoformat(),
            "thawed_on": lot.thawed_on.isoformat() if lot.thawed_on else None,
            "use_by": lot.use_by.isoformat(),
        },
        "doses": doses,
        "sent_at": now.isoformat(),
        "sent_by": sh.clean(app.user, MAX_USER_NAME),
        "note": sh.clean(note.strip(), sh.MAX_NOTE, lines=True),
        "history": [sh.entry_json(e) for e in _history(s, lot)],
    }
    document["signature"] = signing.sign(key, signing.canonical_bytes(document))
    data = sh.to_bytes(document)
    # Never send a file the other region's program would refuse to read.
    problems = sh.check_consistent(sh.parse(data))
    if problems:
        raise DomainError(problems)
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in reference)
    return RegionShipment(
        posted=posted_record(mv, lot, home, dest),
        region_code=region.code,
        reference=reference,
        file_name=f"batchpas_{home.region_code or home.code}_{safe}.json",
        document=data,
        shipment_id=shipment_id,
    )


def read_shipment_file(path: Path) -> bytes:
    """The bytes of a shipment file (no more than a shipment file can be), or a typed
    problem saying why it cannot be read."""
    try:
        with open(path, "rb") as f:
            return f.read(sh.MAX_DOCUMENT_BYTES + 1)  # more is refused by the parser
    except OSError as err:
        why = Phrase(Term.SH_CANNOT_OPEN, {"file": path.name, "error": str(err.strerror or err)})
        raise sh.unreadable(why) from None


@requires(Role.COORDINATOR)
@declares(Change.STOCK | Change.DISTRIBUTION)
def receive_from_region(app: App, document: bytes) -> Posted:
    """Receive a lot sent by another region's pharmacy, from its shipment file, in one
    transaction: the doses into the home pharmacy (the lot, or its thawed part, found or
    created), the shipment recorded as received, and the lot's provenance."""
    doc = sh.parse(document)
    now = app.now()
    for attempt in (1, 2):
        try:
            with app.db.write() as s:
                return _receive(s, app, doc, document, now)
        except IntegrityError as err:
            if _violates(err, "received_shipment.shipment_id", "uq_received_shipment_shipment_id"):
                # Received on another workstation at this very moment: it waited on the
                # unique index until that one committed.
                raise _already_received(app, doc) from None
            if attempt == 2 or not _violates(err, "lot.product_id", "uq_lot_product_batch"):
                raise
            # Another workstation created the same lot just now (another shipment or a
            # delivery of the same batch): the second attempt finds it.
    raise AssertionError("unreachable")


def _violates(err: IntegrityError, *names: str) -> bool:
    text = str(err.orig)
    return any(name in text for name in names)


def _already_received(app: App, doc: sh.Shipment) -> DomainError:
    with app.db.read() as s:
        seen = s.scalars(
            select(m.ReceivedShipment).where(m.ReceivedShipment.shipment_id == doc.shipment_id)
        ).one()
        return _received_before(seen)


def _received_before(seen: m.ReceivedShipment) -> DomainError:
    return fail(
        "shipment_already_received",
        reference=seen.reference,
        from_region=seen.from_region,
        shipment_id=seen.shipment_id,
        when=local_moment(seen.received_at).strftime("%d-%m-%Y %H:%M"),
        by=seen.received_by,
    )


def _receive(s: Session, app: App, doc: sh.Shipment, document: bytes, now: datetime) -> Posted:
    home = home_pharmacy(s)
    region = s.get(m.Region, doc.from_region)
    if region is None:
        raise DomainError(
            sh.invalid("from.region", Phrase(Term.SH_UNKNOWN_REGION, {"region": doc.from_region}))
        )
    if region.code == home.region_code:
        raise DomainError(
            sh.invalid("from.region", Phrase(Term.SH_OWN_REGION, {"region": region.code}))
        )
    if doc.to_region != home.region_code:
        raise fail("passport_wrong_region", to_region=doc.to_region, region=home.region_code or "-")
    key = signing_keys.trusted_key(s, region.code, doc.key_fingerprint)
    if key is None:
        raise fail(
            "shipment_key_untrusted",
            region=region.code,
            fingerprint=signing.show_fingerprint(doc.key_fingerprint),
        )
    if not signing.verify(base64.b64decode(key.public_key), doc.signed_bytes, doc.signature):
        raise fail("shipment_signature_invalid", region=region.code)

    # The file is what that pharmacy wrote; now, does it make sense here?
    problems = sh.check_consistent(doc) + sh.check_dates(doc, now)
    product = s.scalars(
        select(m.Product).where(m.Product.varenummer == doc.varenummer)
    ).one_or_none()
    if product is None:
        problems.append(
            sh.invalid(
                "product.varenummer",
                Phrase(
                    Term.SH_UNKNOWN_PRODUCT,
                    {"varenummer": doc.varenummer, "product": doc.product_name},
                ),
            )
        )
    else:
        problems += sh.check_product(doc, product_record(product))
    if problems:
        raise DomainError(problems)
    assert product is not None
    seen = s.scalars(
        select(m.ReceivedShipment).where(m.ReceivedShipment.shipment_id == doc.shipment_id)
    ).one_or_none()
    if seen is not None:
        raise _received_before(seen)
    # Written first: a second workstation receiving the same file now waits here.
    record = m.ReceivedShipment(
        shipment_id=doc.shipment_id,
        from_region=region.code,
        reference=doc.reference,
        key_id=key.id,
        received_by=app.user,
        received_at=now,
        document=document,
    )
    s.add(record)
    s.flush()

    lot = find_or_create_lot(s, product, doc.batch, doc.expiry, now)
    if doc.thawed_on is not None:
        lot = thawed_lot(s, lot, doc.thawed_on, now)
    rec = lot_record(lot)
    refuse(recalled(rec, Term.ACTION_RECEIVED))
    refuse(expired(rec, local_day(now), Term.ACTION_RECEIVED))
    source = virtual(s, VirtualLocation.OTHER_REGION)
    mv = ledger.post(
        s,
        kind=MovementKind.TRANSFER,
        lot=lot,
        source=source,
        destination=home,
        doses=doc.doses,
        user=app.user,
        now=now,
        reference=doc.reference,
        note=f"region {doc.from_region} ({doc.from_pharmacy})",
    )
    record.movement_id = mv.id
    s.add(
        m.LotProvenance(
            lot_id=lot.id,
            from_region=doc.from_region,
            from_location=doc.from_pharmacy,
            reference=doc.reference,
            received_by=app.user,
            received_at=now,
            history=json.dumps([sh.entry_json(e) for e in doc.history], ensure_ascii=False),
        )
    )
    s.flush()
    return posted_record(mv, lot, source, home)


def lot_provenance(app: App, lot_id: int) -> list[ProvenanceView]:
    """Where a lot came from when another region sent it (also for its thawed part)."""
    with app.db.read() as s:
        lot = s.get(m.Lot, lot_id)
        if lot is None:
            raise fail("lot_unknown", lot=lot_id)
        ids = [lot.id] + ([lot.parent_lot_id] if lot.parent_lot_id else [])
        rows = s.scalars(
            select(m.LotProvenance)
            .where(m.LotProvenance.lot_id.in_(ids))
            .order_by(m.LotProvenance.received_at, m.LotProvenance.id)
        )
        out = []
        for row in rows:
            try:
                raw = json.loads(row.history)
            except ValueError:
                raw = []
            history = []
            for h in raw if isinstance(raw, list) else []:
                try:
                    history.append(
                        HistoryEntry(
                            occurred_at=datetime.fromisoformat(str(h.get("occurred_at"))),
                            kind=str(h.get("kind", "")),
                            from_code=str(h.get("from", "")),
                            to_code=str(h.get("to", "")),
                            doses=int(h.get("doses", 0)),
                            user=str(h.get("user", "")),
                            reference=str(h.get("reference", "")),
                            reason=str(h.get("reason", "")),
                            note=str(h.get("note", "")),
                            batch_part=str(h.get("batch_part", "")),
                        )
                    )
                except (TypeError, ValueError):
                    continue
            out.append(
                ProvenanceView(
                    row.id,
                    row.lot_id,
                    row.from_region,
                    row.from_location,
                    row.reference,
                    row.received_by,
                    row.received_at,
                    tuple(history),
                )
            )
        return out
