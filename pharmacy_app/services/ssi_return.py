"""Returning stock to SSI: a recalled batch, SSI's call-back, a damaged delivery.

:func:`return_to_ssi` sends doses of one or more lots from the home pharmacy (or its
quarantine) back to SSI in one transaction: one ``TRANSFER`` movement per line, from
there to the SSI virtual location, carrying SSI's return reference and the reason, and
an ``ssi_return`` row with its lines naming those movements, so the return note can be
printed again (:func:`return_note_pdf`).

Why ``TRANSFER`` and no kind of its own: the monthly workbook classifies a movement by
the places on its two sides (a real place of the region to SSI is ``Returneret til
SSI``), the check, the exports and a reversal treat every kind alike, and the return's
own table says which movements were returns.  A reversal of a return (``stock.reverse_one``)
brings the doses back and counts negative in the same column.

What must hold: stock goes back to SSI only from the home pharmacy or its quarantine (a
site returns to the pharmacy first); a recalled or held lot may go back (that is the
point); whole vials/syringes only; never more than the place holds (the ledger refuses,
naming the doses there); an unknown lot, a missing reference or reason refuses the
whole return with nothing written.  The return is dated now, so a month already
reported to SSI is met only as the ledger meets any movement dated now
(``closed_month_reason``).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql.base import ExecutableOption

from pharmacy_app.db import models as m
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.ledger import check_doses
from pharmacy_app.domain.messages.terms import Name
from pharmacy_app.domain.roles import Role
from pharmacy_app.domain.stock_rules import refuse
from pharmacy_app.domain.types import QUARANTINE_KIND, MovementKind, VirtualLocation
from pharmacy_app.reports.return_note import ReturnNoteData, ReturnNoteLine, write_return_note
from pharmacy_app.services import ledger, lots
from pharmacy_app.services.app import App
from pharmacy_app.services.documents import imprint
from pharmacy_app.services.permissions import requires
from pharmacy_app.services.records import product_record
from pharmacy_app.services.reference import home_pharmacy, location_by_code, virtual


@dataclass(frozen=True)
class ReturnLine:
    """What to send back: doses of a product's batch (its thawed part of ``thawed_on``)."""

    varenummer: str
    batch: str
    doses: int
    thawed_on: date | None = None


@dataclass(frozen=True)
class ReturnedLine:
    line_no: int
    movement_id: int
    lot_id: int
    product: str
    varenummer: str
    batch: str
    expiry: date
    use_by: date
    thawed_on: date | None
    doses: int
    doses_per_unit: int
    doses_per_pack: int
    recalled: bool


@dataclass(frozen=True)
class ReturnView:
    id: int
    reference: str
    reason: str
    from_code: str
    from_name: str
    created_at: datetime
    created_by: str
    lines: tuple[ReturnedLine, ...]

    @property
    def doses(self) -> int:
        return sum(line.doses for line in self.lines)


@requires(Role.COORDINATOR)
@declares(Change.STOCK)
def return_to_ssi(
    app: App,
    *,
    reference: str,
    reason: str,
    lines: Sequence[ReturnLine],
    from_location: str | None = None,
    closed_month_reason: str | None = None,
) -> ReturnView:
    """Send ``lines`` back to SSI from ``from_location`` (default: the home pharmacy) in
    one transaction; the return as written.  Refused whole, writing nothing, as the
    module says."""
    reference, reason = (reference or "").strip(), (reason or "").strip()
    if not reference:
        raise fail("ssi_return_reference_required")
    if not reason:
        raise fail("ssi_return_reason_required")
    if not lines:
        raise fail("ssi_return_no_lines")
    for line in lines:
        check_doses(line.doses)
    now = app.now()
    with app.db.write() as s:
        source = _source(s, from_location)
        ssi = virtual(s, VirtualLocation.SSI)
        postings = []
        for line in lines:
            lot = lots.named_lot(s, line.varenummer, line.batch, line.thawed_on)
            refuse(product_record(lot.product).whole_units_problems(line.doses))
            postings.append(
                ledger.Posting(
                    kind=MovementKind.TRANSFER,
                    lot=lot,
                    source=source,
                    destination=ssi,
                    doses=line.doses,
                    reference=reference,
                    note=reason,
                )
            )
        ids = ledger.post_many(
            s, postings, user=app.user, now=now, closed_month_reason=closed_month_reason
        )
        record = m.SsiReturn(
            reference=reference,
            reason=reason,
            from_location_id=source.id,
            created_by=app.user,
            created_at=now,
        )
        s.add(record)
        s.flush()
        for no, (posting, movement_id) in enumerate(zip(postings, ids, strict=True), start=1):
            s.add(
                m.SsiReturnLine(
                    return_id=record.id,
                    line_no=no,
                    lot_id=posting.lot.id,
                    doses=posting.doses,
                    movement_id=movement_id,
                )
            )
        s.flush()
        return _view(_load(s, record.id))


def list_returns(app: App) -> list[ReturnView]:
    """Every return to SSI, the latest first."""
    with app.db.read() as s:
        rows = s.scalars(
            select(m.SsiReturn)
            .options(*_loading())
            .order_by(m.SsiReturn.created_at.desc(), m.SsiReturn.id.desc())
        )
        return [_view(r) for r in rows]


def get_return(app: App, return_id: int) -> ReturnView:
    with app.db.read() as s:
        return _view(_load(s, return_id))


def return_note(app: App, return_id: int) -> ReturnNoteData:
    """What the return note of ``return_id`` shows, stamped with who prints it and when."""
    view = get_return(app, return_id)
    with app.db.read() as s:
        pharmacy = home_pharmacy(s)
        pharmacy_code, pharmacy_name = pharmacy.code, pharmacy.name
    return ReturnNoteData(
        return_id=view.id,
        reference=view.reference,
        reason=view.reason,
        created_at=view.created_at,
        created_by=view.created_by,
        from_code=view.from_code,
        from_name=view.from_name,
        pharmacy_code=pharmacy_code,
        pharmacy_name=pharmacy_name,
        imprint=imprint(app),
        lines=tuple(
            ReturnNoteLine(
                product=line.product,
                varenummer=line.varenummer,
                batch=line.batch,
                expiry=line.expiry,
                thawed_on=line.thawed_on,
                doses=line.doses,
                units=_whole(line.doses, line.doses_per_unit),
                packs=_whole(line.doses, line.doses_per_pack),
                recalled=line.recalled,
            )
            for line in view.lines
        ),
    )


def return_note_pdf(app: App, return_id: int, language: str = "da") -> bytes:
    """The return note of ``return_id`` as a PDF (Danish or English)."""
    buffer = io.BytesIO()
    write_return_note(return_note(app, return_id), buffer, language=language)
    return buffer.getvalue()


# --------------------------------------------------------------------------- internals


def _whole(doses: int, per: int) -> int | None:
    """How many whole ``per``-dose units ``doses`` are, or ``None`` for a part of one."""
    return doses // per if per and doses % per == 0 else None


def _source(session: Session, code: str | None) -> m.Location:
    """The home pharmacy, or the place named: the home pharmacy or its quarantine."""
    pharmacy = home_pharmacy(session)
    if code is None or code == pharmacy.code:
        return pharmacy
    loc = location_by_code(session, code)
    if loc.is_virtual:
        raise fail("location_unknown", location=code)
    if not (loc.kind_code == QUARANTINE_KIND and loc.parent_id == pharmacy.id):
        kind = Name(loc.kind.name_da, loc.kind.name_en) if loc.kind else loc.kind_code or ""
        raise fail("ssi_return_not_from_pharmacy", location=f"{loc.name} ({loc.code})", kind=kind)
    return loc


def _loading() -> tuple[ExecutableOption, ...]:
    return (
        selectinload(m.SsiReturn.from_location),
        selectinload(m.SsiReturn.lines).selectinload(m.SsiReturnLine.lot).selectinload(m.Lot.product),
    )


def _load(session: Session, return_id: int) -> m.SsiReturn:
    record = session.scalars(
        select(m.SsiReturn).where(m.SsiReturn.id == return_id).options(*_loading())
    ).one_or_none()
    if record is None:
        raise fail("ssi_return_unknown", id=return_id)
    return record


def _view(record: m.SsiReturn) -> ReturnView:
    lines = []
    for line in record.lines:
        lot, p = line.lot, line.lot.product
        lines.append(
            ReturnedLine(
                line_no=line.line_no,
                movement_id=line.movement_id,
                lot_id=lot.id,
                product=p.name,
                varenummer=p.varenummer,
                batch=lot.batch,
                expiry=lot.expiry,
                use_by=lot.use_by,
                thawed_on=lot.thawed_on,
                doses=line.doses,
                doses_per_unit=p.doses_per_unit,
                doses_per_pack=p.doses_per_unit * p.units_per_pack,
                recalled=lot.recalled_at is not None,
            )
        )
    return ReturnView(
        id=record.id,
        reference=record.reference,
        reason=record.reason,
        from_code=record.from_location.code,
        from_name=record.from_location.name,
        created_at=record.created_at,
        created_by=record.created_by,
        lines=tuple(lines),
    )
