"""Recall of a batch: mark it, find every location holding it, list what comes back.

A recall is of a *batch*: the lot received from SSI and every thawed part of it (all
lots of the same product and batch) are marked recalled together, with who and when.
From then on ``services.stock`` refuses to send the batch to a site, give it or thaw
it (problem ``lot_recalled``); it may still be returned to a pharmacy and discarded
(reason ``TILBAGEKALDT``).

:func:`bring_back_list` is what the sites must return to the pharmacy; its PDF
(:func:`bring_back_pdf`) has a check column and a signature line.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain import formats
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.roles import Role
from pharmacy_app.domain.stock_rules import recalled_before, refuse
from pharmacy_app.domain.types import PHARMACY_KIND, QUARANTINE_KIND, VirtualLocation
from pharmacy_app.reports.recall_list import RecallListData, RecallListLine, write_recall_list
from pharmacy_app.services import activity, in_transit
from pharmacy_app.services.app import App
from pharmacy_app.services.documents import imprint
from pharmacy_app.services.permissions import requires
from pharmacy_app.services.records import lot_record
from pharmacy_app.services.reference import (
    SETTING_HOME_LOCATION,
    get_setting,
    home_pharmacy,
    product_by_key,
)


@dataclass(frozen=True)
class HolderView:
    location_code: str
    location_name: str
    location_kind: str  # kind code ("" for in-transit stock)
    address: str  # street, postcode and town (for stock in transit: of where it is going)
    lot_id: int
    use_by: date
    thawed_on: date | None
    doses: int
    vials: int  # vials (syringes, applicators) holding the doses; a part vial counts as one
    # Stock in transit: the place it is going to (where it is to be brought back from).
    going_to_code: str = ""
    going_to_name: str = ""

    @property
    def at_pharmacy(self) -> bool:
        return self.location_kind in (PHARMACY_KIND, QUARANTINE_KIND)

    @property
    def in_transit(self) -> bool:
        return self.location_code == VirtualLocation.IN_TRANSIT


@dataclass(frozen=True)
class RecallView:
    lot_id: int  # the lot as received (the parent of any thawed parts)
    lot_ids: tuple[int, ...]  # every lot of the batch
    product_id: int
    product: str
    varenummer: str
    batch: str
    expiry: date
    reason: str
    recalled_by: str
    recalled_at: datetime
    holders: tuple[HolderView, ...]

    @property
    def doses(self) -> int:
        return sum(h.doses for h in self.holders)


@dataclass(frozen=True)
class BringBack:
    """What the sites must bring back to the pharmacy."""

    recall: RecallView
    pharmacy_code: str
    pharmacy_name: str
    lines: tuple[HolderView, ...]

    @property
    def doses(self) -> int:
        return sum(h.doses for h in self.lines)

    @property
    def vials(self) -> int:
        return sum(h.vials for h in self.lines)


def _family(session: Session, lot_id: int) -> list[m.Lot]:
    """Every lot of the same product and batch as ``lot_id``, the received one first."""
    lot = session.get(m.Lot, lot_id)
    if lot is None:
        raise fail("lot_unknown", lot=lot_id)
    lots = list(
        session.scalars(
            select(m.Lot).where(m.Lot.product_id == lot.product_id, m.Lot.batch == lot.batch)
        )
    )
    lots.sort(key=lambda x: (x.thawed_on is not None, x.thawed_on or date.min, x.id))
    return lots


def _holders(session: Session, lots: list[m.Lot]) -> tuple[HolderView, ...]:
    per_unit = lots[0].product.doses_per_unit
    by_id = {lot.id: lot for lot in lots}
    rows = session.execute(
        select(m.StockBalance.lot_id, m.StockBalance.doses, m.Location)
        .join(m.Location, m.Location.id == m.StockBalance.location_id)
        .where(m.StockBalance.lot_id.in_(list(by_id)), m.StockBalance.doses > 0)
    )
    out = []
    for lot_id, doses, loc in rows:
        lot = by_id[lot_id]
        parts: list[tuple[int, m.Location | None]] = [(int(doses), None)]
        if loc.code == VirtualLocation.IN_TRANSIT:
            parts = _going_to(session, lot_id, int(doses))
        for part_doses, going_to in parts:
            where = going_to or loc
            out.append(
                HolderView(
                    loc.code, loc.name, loc.kind_code or "",
                    formats.address_line(where.address, where.city), lot_id, lot.use_by,
                    lot.thawed_on, part_doses, math.ceil(part_doses / per_unit),
                    going_to.code if going_to else "", going_to.name if going_to else "",
                )
            )  # fmt: skip
    out.sort(
        key=lambda h: (h.at_pharmacy, h.location_name, h.going_to_name, h.location_code, h.lot_id)
    )
    return tuple(out)


def _going_to(session: Session, lot_id: int, doses: int) -> list[tuple[int, m.Location | None]]:
    """The doses of a lot in transit, per place it is going to (``None``: not known)."""
    parts: list[tuple[int, m.Location | None]] = []
    for (_lot, destination), part in sorted(
        in_transit.on_the_way(session, [lot_id]).items(), key=lambda item: item[0][1] or 0
    ):
        parts.append((part, session.get(m.Location, destination) if destination else None))
    known = sum(part for part, _where in parts)
    if known < doses:
        parts.append((doses - known, None))
    return parts


def _view(session: Session, lots: list[m.Lot]) -> RecallView:
    first = lots[0]
    if first.recalled_at is None:
        raise fail("lot_not_recalled", batch=first.batch, product=first.product.name)
    return RecallView(
        first.id, tuple(x.id for x in lots), first.product_id, first.product.name,
        first.product.varenummer, first.batch, first.expiry, first.recall_reason or "",
        first.recalled_by or "", first.recalled_at, _holders(session, lots),
    )


def find_lot(app: App, varenummer: str, batch: str) -> int:
    """The lot id of a batch of a product (the lot as received), by item number and batch."""
    with app.db.read() as s:
        product = product_by_key(s, varenummer.strip())
        lot_id = s.scalars(
            select(m.Lot.id)
            .where(m.Lot.product_id == product.id, m.Lot.batch == batch.strip())
            .order_by(m.Lot.thawed_on.is_not(None), m.Lot.id)
            .limit(1)
        ).first()
        if lot_id is None:
            raise fail("recall_batch_unknown", batch=batch.strip(), product=product.name)
        return int(lot_id)


@requires(Role.COORDINATOR)
@declares(Change.RECALL | Change.STOCK)
def recall_lot(app: App, lot_id: int, reason: str) -> RecallView:
    """Mark the batch of ``lot_id`` (every lot of that product and batch) recalled, with
    the reason, the user and the time; return it with every location holding it."""
    reason = (reason or "").strip()
    if not reason:
        raise fail("recall_reason_required")
    now = app.now()
    with app.db.write() as s:
        lots = _family(s, lot_id)
        refuse(recalled_before([lot_record(lot) for lot in lots]))
        for lot in lots:
            lot.recalled_at = now
            lot.recalled_by = app.user
            lot.recall_reason = reason
        s.flush()
        first = lots[0]
        subject = f"{first.product.varenummer} {first.batch}"
        activity.record(s, app, activity.Kind.RECALL, subject, None, {"lots": [lot.id for lot in lots]}, reason, now=now)
        return _view(s, lots)


def recalled_lots(app: App) -> list[RecallView]:
    """Every recalled batch, the latest recall first."""
    with app.db.read() as s:
        recalled = s.scalars(select(m.Lot).where(m.Lot.recalled_at.is_not(None)))
        families: dict[tuple[int, str], int] = {}
        for lot in recalled:
            families.setdefault((lot.product_id, lot.batch), lot.id)
        views = [_view(s, _family(s, lot_id)) for lot_id in families.values()]
    views.sort(key=lambda v: (v.recalled_at, v.lot_id), reverse=True)
    return views


def holders(app: App, lot_id: int) -> list[HolderView]:
    """Every location holding any lot of ``lot_id``'s batch (recalled or not): sites
    first by name, then the pharmacy and its quarantine."""
    with app.db.read() as s:
        return list(_holders(s, _family(s, lot_id)))


def bring_back_list(app: App, lot_id: int) -> BringBack:
    """The holders of a recalled batch other than the pharmacy (and its quarantine)."""
    with app.db.read() as s:
        view = _view(s, _family(s, lot_id))
        if get_setting(s, SETTING_HOME_LOCATION):
            pharmacy = home_pharmacy(s)
            code, name = pharmacy.code, pharmacy.name
        else:
            code, name = "", ""
    lines = tuple(h for h in view.holders if not h.at_pharmacy)
    return BringBack(view, code, name, lines)


def bring_back_data(app: App, lot_id: int) -> RecallListData:
    back = bring_back_list(app, lot_id)
    r = back.recall
    return RecallListData(
        product=r.product,
        varenummer=r.varenummer,
        batch=r.batch,
        expiry=r.expiry,
        reason=r.reason,
        recalled_by=r.recalled_by,
        recalled_at=r.recalled_at,
        pharmacy_code=back.pharmacy_code,
        pharmacy_name=back.pharmacy_name,
        imprint=imprint(app),
        lines=tuple(
            RecallListLine(
                location_code=h.going_to_code if h.in_transit else h.location_code,
                location_name=h.going_to_name if h.in_transit else h.location_name,
                address=h.address,
                use_by=h.use_by,
                thawed_on=h.thawed_on,
                doses=h.doses,
                vials=h.vials,
                in_transit=h.in_transit,
            )
            for h in back.lines
        ),
    )


def bring_back_pdf(app: App, lot_id: int, language: str = "da") -> bytes:
    """The bring-back list of a recalled batch as a PDF."""
    buffer = io.BytesIO()
    write_recall_list(bring_back_data(app, lot_id), buffer, language=language)
    return buffer.getvalue()
