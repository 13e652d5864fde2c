"""Moving stock after a round: site to site, back to the pharmacy, and between regions.

* Site to site and returns are ordinary TRANSFER movements (:func:`services.stock.transfer`
  checks whole vials at a pharmacy, held and recalled stock, expiry and the balance).
* Another region: the home pharmacy sends whole vials to ``OTHER_REGION`` (TRANSFER) and
  gets a **lot passport**, a JSON document that travels with the box: who sent what,
  the lot's identity and dates, and its whole movement history at the sending region.
  The receiving region reads it with :func:`receive_from_region`: the lot is found or
  created (its thawed part when it was thawed), the doses come in from ``OTHER_REGION``
  as a TRANSFER (a receipt-kind movement is a delivery from SSI; this is stock moving
  between pharmacies, and the SSI report counts it as received from another region by
  its direction either way), and the history is kept as the lot's provenance.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from pharmacy_app.db import models as m
from pharmacy_app.domain.errors import DomainError, Problem, fail
from pharmacy_app.domain.ledger import check_doses
from pharmacy_app.domain.localtime import local_day, local_moment
from pharmacy_app.domain.types import PHARMACY_KIND, QUARANTINE_KIND, MovementKind, VirtualLocation
from pharmacy_app.services import ledger, stock
from pharmacy_app.services.app import App
from pharmacy_app.services.receiving import thawed_lot
from pharmacy_app.services.reference import (
    RegionInfo,
    home_pharmacy,
    location_by_code,
    to_domain_product,
    virtual,
)
from pharmacy_app.services.stock import Posted, find_or_create_lot, posted_record

PASSPORT_FORMAT = "pharmacy-app/lot-passport"
PASSPORT_VERSION = 1


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
class RegionShipment:
    posted: Posted
    region_code: str
    reference: str
    file_name: str  # a suggested name for the passport file
    document: bytes  # the lot passport, UTF-8 JSON


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


def _site(s: Session, code: str, home: m.Location) -> m.Location:
    loc = location_by_code(s, code)
    why: tuple[str, str] | None = None
    if loc.is_virtual or not loc.holds_stock:
        why = ("not a real place", "ikke et fysisk sted")
    elif loc.kind_code == PHARMACY_KIND:
        why = ("a pharmacy", "et apotek")
    elif loc.kind_code == QUARANTINE_KIND:
        why = ("quarantine", "karantæne")
    elif home.region_code and loc.region_code != home.region_code:
        why = (f"region {loc.region_code or '-'}", f"region {loc.region_code or '-'}")
    if why is not None:
        raise fail(
            "transfer_not_a_site", location=f"{loc.code} ({loc.name})", why_en=why[0], why_da=why[1]
        )
    return loc


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
        problems: list[Problem] = []
        for code in (from_code, to_code):
            try:
                _site(s, code, home)
            except DomainError as e:
                problems.extend(e.problems)
        if problems:
            raise DomainError(problems)
    return stock.transfer(
        app,
        lot_id=lot_id,
        from_code=from_code,
        to_code=to_code,
        doses=doses,
        reference=reference,
        note=note,
    )


def return_to_pharmacy(
    app: App, *, lot_id: int, from_code: str, doses: int, note: str = "", reference: str = ""
) -> Posted:
    """Send doses from a site back to the home pharmacy (whole vials; a recalled lot too)."""
    with app.db.read() as s:
        home = home_pharmacy(s)
        _site(s, from_code, home)
        home_code = home.code
    return stock.transfer(
        app,
        lot_id=lot_id,
        from_code=from_code,
        to_code=home_code,
        doses=doses,
        reference=reference,
        note=note,
    )


# --------------------------------------------------------------------------- other regions


def find_lot(app: App, varenummer: str, batch: str, thawed_on: date | None = None) -> int:
    """The lot id of a product's batch (its thawed part of ``thawed_on`` when given)."""
    with app.db.read() as s:
        product = s.scalars(
            select(m.Product).where(m.Product.varenummer == varenummer.strip())
        ).one_or_none()
        if product is None:
            raise fail("product_unknown", product=varenummer)
        q = select(m.Lot.id).where(m.Lot.product_id == product.id, m.Lot.batch == batch.strip())
        q = (
            q.where(m.Lot.thawed_on == thawed_on)
            if thawed_on
            else q.where(m.Lot.thawed_on.is_(None))
        )
        lot_id = s.scalars(q).one_or_none()
        if lot_id is None:
            label = f"{batch} ({product.name})" + (
                f", thawed {thawed_on.isoformat()}" if thawed_on else ""
            )
            raise fail("lot_unknown", lot=label)
        return int(lot_id)


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
            batch_part="thawed" if row.lot_id == lot.id and lot.thawed_on else "",
        )
        for row, from_code, to_code in s.execute(q)
    ]


def _entry_json(e: HistoryEntry) -> dict[str, Any]:
    return {
        "occurred_at": e.occurred_at.isoformat(),
        "kind": e.kind,
        "from": e.from_code,
        "to": e.to_code,
        "doses": e.doses,
        "user": e.user,
        "reference": e.reference,
        "reason": e.reason,
        "note": e.note,
        "batch_part": e.batch_part,
    }


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
    s: Session, home: m.Location, *, lot_id: int, doses: int, region_code: str, reference: str,
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
        problems.append(Problem("value_required", {"field": "Reference / Reference"}))
    lot = s.get(m.Lot, lot_id)
    if lot is None:
        problems.append(Problem("lot_unknown", {"lot": lot_id}))
    if problems:
        raise DomainError(problems)
    assert lot is not None and region is not None
    to_domain_product(lot.product).check_whole_units(doses)
    stock.refuse_recalled(lot, f"sent to region {region.code}", f"sendes til region {region.code}")
    stock.refuse_expired(
        lot, local_day(now), f"sent to region {region.code}", f"sendes til region {region.code}"
    )
    return region, lot, reference


def send_to_region(
    app: App, *, lot_id: int, doses: int, region_code: str, reference: str, note: str = ""
) -> RegionShipment:
    """Send whole vials of a lot from the home pharmacy to another region's pharmacy, in
    one transaction; returns the lot passport to send with it."""
    check_doses(doses)
    with app.db.write() as s:
        return send_to_region_in_session(
            s, app, lot_id=lot_id, doses=doses, region_code=region_code, reference=reference,
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
    note: str = "",
) -> RegionShipment:
    """:func:`send_to_region` inside the caller's write transaction (which a refusal, or
    anything the caller does after, rolls back with it)."""
    now = app.now()
    home = home_pharmacy(s)
    region, lot, reference = check_region_shipment(
        s, home, lot_id=lot_id, doses=doses, region_code=region_code, reference=reference, now=now
    )
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
    passport = {
        "format": PASSPORT_FORMAT,
        "version": PASSPORT_VERSION,
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
        "sent_by": app.user,
        "note": note.strip(),
        "history": [_entry_json(e) for e in _history(s, lot)],
    }
    document = json.dumps(passport, ensure_ascii=False, indent=2).encode("utf-8")
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in reference)
    return RegionShipment(
        posted=posted_record(mv, lot, home, dest),
        region_code=region.code,
        reference=reference,
        file_name=f"batchpas_{home.region_code or home.code}_{safe}.json",
        document=document,
    )


def _invalid(why: str) -> DomainError:
    return fail("passport_invalid", why=why)


def _text(data: dict[str, Any], key: str, where: str, *, required: bool = True) -> str:
    value = data.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise _invalid(f"{where}{key} is missing or not text")
    return value.strip()


def _day(data: dict[str, Any], key: str, where: str, *, required: bool = True) -> date | None:
    value = data.get(key)
    if value is None and not required:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise _invalid(f"{where}{key} {value!r} is not a date (YYYY-MM-DD)") from None


@dataclass(frozen=True)
class _Passport:
    reference: str
    from_region: str
    from_pharmacy: str
    to_region: str
    varenummer: str
    gtin: str
    name: str
    doses_per_unit: int | None
    batch: str
    expiry: date
    thawed_on: date | None
    doses: int
    history: list[dict[str, Any]]


def parse_passport(document: bytes) -> _Passport:
    """The passport's fields, or ``passport_invalid`` naming what is wrong."""
    try:
        data = json.loads(document.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        raise _invalid("not JSON text") from None
    if not isinstance(data, dict) or data.get("format") != PASSPORT_FORMAT:
        raise _invalid(f"format is not {PASSPORT_FORMAT}")
    if data.get("version") != PASSPORT_VERSION:
        raise _invalid(f"version {data.get('version')!r}, this program reads {PASSPORT_VERSION}")
    parts = {}
    for key in ("from", "to", "product", "lot"):
        part = data.get(key)
        if not isinstance(part, dict):
            raise _invalid(f"{key} is missing")
        parts[key] = part
    doses = data.get("doses")
    if not isinstance(doses, int) or isinstance(doses, bool) or doses <= 0:
        raise _invalid(f"doses {doses!r} is not a whole number above zero")
    history = data.get("history")
    if not isinstance(history, list) or not all(isinstance(h, dict) for h in history):
        raise _invalid("history is missing")
    per_unit = parts["product"].get("doses_per_unit")
    expiry = _day(parts["lot"], "expiry", "lot.")
    assert expiry is not None
    return _Passport(
        reference=_text(data, "reference", ""),
        from_region=_text(parts["from"], "region", "from."),
        from_pharmacy=_text(parts["from"], "pharmacy_code", "from."),
        to_region=_text(parts["to"], "region", "to."),
        varenummer=_text(parts["product"], "varenummer", "product."),
        gtin=_text(parts["product"], "gtin", "product.", required=False),
        name=_text(parts["product"], "name", "product.", required=False),
        doses_per_unit=per_unit
        if isinstance(per_unit, int) and not isinstance(per_unit, bool)
        else None,
        batch=_text(parts["lot"], "batch", "lot."),
        expiry=expiry,
        thawed_on=_day(parts["lot"], "thawed_on", "lot.", required=False),
        doses=doses,
        history=history,
    )


def receive_from_region(app: App, document: bytes) -> Posted:
    """Receive a lot sent by another region's pharmacy, from its lot passport, in one
    transaction: the lot (or its thawed part), the doses into the home pharmacy, and
    the provenance with the sending region's history."""
    p = parse_passport(document)
    now = app.now()
    with app.db.write() as s:
        home = home_pharmacy(s)
        if p.to_region != home.region_code:
            raise fail(
                "passport_wrong_region", to_region=p.to_region, region=home.region_code or "-"
            )
        if p.from_region == home.region_code:
            raise _invalid(f"it was sent from this region ({p.from_region})")
        seen = s.scalars(
            select(m.LotProvenance).where(
                m.LotProvenance.reference == p.reference,
                m.LotProvenance.from_region == p.from_region,
            )
        ).first()
        if seen is not None:
            raise fail(
                "passport_already_received",
                reference=p.reference,
                from_region=p.from_region,
                when=local_moment(seen.received_at).strftime("%d-%m-%Y %H:%M"),
            )
        product = s.scalars(
            select(m.Product).where(m.Product.varenummer == p.varenummer)
        ).one_or_none()
        if product is None and p.gtin:
            product = s.scalars(select(m.Product).where(m.Product.gtin == p.gtin)).one_or_none()
        if product is None:
            raise fail("product_unknown", product=f"{p.varenummer} ({p.name})".strip())
        if p.gtin and product.gtin and p.gtin != product.gtin:
            raise fail(
                "passport_product_mismatch",
                varenummer=p.varenummer,
                name=p.name,
                why=f"GTIN {p.gtin}, here {product.gtin}",
            )
        if p.doses_per_unit is not None and p.doses_per_unit != product.doses_per_unit:
            raise fail(
                "passport_product_mismatch",
                varenummer=p.varenummer,
                name=p.name,
                why=f"{p.doses_per_unit} doses a unit, here {product.doses_per_unit}",
            )
        to_domain_product(product).check_whole_units(p.doses)
        lot = find_or_create_lot(s, product, p.batch, p.expiry, now)
        if p.thawed_on is not None:
            lot = thawed_lot(s, lot, p.thawed_on, now)
        stock.refuse_recalled(lot, "received", "modtages")
        stock.refuse_expired(lot, local_day(now), "received", "modtages")
        source = virtual(s, VirtualLocation.OTHER_REGION)
        mv = ledger.post(
            s,
            kind=MovementKind.TRANSFER,
            lot=lot,
            source=source,
            destination=home,
            doses=p.doses,
            user=app.user,
            now=now,
            reference=p.reference,
            note=f"region {p.from_region} ({p.from_pharmacy})",
        )
        s.add(
            m.LotProvenance(
                lot_id=lot.id,
                from_region=p.from_region,
                from_location=p.from_pharmacy,
                reference=p.reference,
                received_by=app.user,
                received_at=now,
                history=json.dumps(p.history, ensure_ascii=False),
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
