"""Correcting a saved consumption figure: the doses of one lot given at one site on one day.

A saved day is never edited.  :func:`correct_day` posts, in ONE transaction through
``ledger.post_many``, a reversal of each saved ``administer`` movement of that site,
lot and day (each pointing at its original) and, unless the right figure is 0, one new
``administer`` movement with the right figure.  The history then shows the originals
as reversed and the new movement beside them.

Dating: each reversal is dated at its original's moment and the new movement at the
day's consumption stamp (12:00 Copenhagen, :func:`domain.consumption.occurred_for`), so
the corrected figure counts on the consumption day and in that day's month of the SSI
workbook, which is where the doses were given.  A correction is therefore a back-dated
change like a late entry for that day, under the same rules: the day must lie inside
the back-dating window, and if that month's report was marked as sent the ledger refuses
it (``month_closed``) unless ``closed_month_reason`` is given, exactly as recording the
day late would be (the Consumption page then asks for that reason).

What must hold: a refusal writes nothing; stock never goes negative at any moment: a
higher figure than the site could give on that day (the lowest balance from then on,
with the saved doses given back) is refused naming the figure and what was there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from pharmacy_app.db import models as m
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.consumption import occurred_for
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.ledger import Step, available_at
from pharmacy_app.domain.limits import MAX_DOSES_PER_MOVEMENT
from pharmacy_app.domain.localtime import at_local
from pharmacy_app.domain.roles import Role
from pharmacy_app.domain.types import MovementKind, VirtualLocation
from pharmacy_app.services import ledger
from pharmacy_app.services.app import App
from pharmacy_app.services.consumption.recording import REFERENCE_PREFIX
from pharmacy_app.services.permissions import requires
from pharmacy_app.services.reference import location_by_code, virtual
from pharmacy_app.services.stock import reversal

# Replayed after every stored movement at the same moment (as ledger.post_many does).
_OURS = 2**62


@dataclass(frozen=True)
class DayCorrection:
    """What a correction wrote: the figure before and after, the reversals and the new one."""

    site_code: str
    day: date
    lot_id: int
    batch: str
    was: int
    doses: int
    reversal_ids: tuple[int, ...]
    movement_id: int | None  # the new ``administer`` movement; None when corrected to 0


@requires(Role.COORDINATOR)
@declares(Change.STOCK)
def correct_day(
    app: App,
    *,
    site_code: str,
    day: date,
    lot_id: int,
    doses: int,
    reason: str,
    target_group: str | None = None,
    every_group: bool = True,
    closed_month_reason: str | None = None,
) -> DayCorrection:
    """Replace the doses of ``lot_id`` saved for ``site_code`` on ``day`` by ``doses``.

    ``every_group``: the day's figure over all target groups (the grid without the
    split), corrected into one movement keeping the target group if all had the same;
    otherwise only the figure saved for ``target_group`` (None: not stated)."""
    now = app.now()
    with app.db.write() as s:
        site = location_by_code(s, site_code)
        if not reason.strip():
            raise fail("correction_reason_required", site=site.name, day=day)
        if isinstance(doses, bool) or not isinstance(doses, int) or not 0 <= doses <= MAX_DOSES_PER_MOVEMENT:
            raise fail("correction_doses_invalid", value=doses, max=MAX_DOSES_PER_MOVEMENT)
        lot = s.get(m.Lot, lot_id)
        if lot is None:
            raise fail("lot_unknown", lot=lot_id)
        saved = _saved(s, site, lot, day, target_group, every_group)
        if not saved:
            raise fail("correction_nothing_saved", site=site.name, batch=lot.batch, day=day)
        was = sum(mv.doses for mv in saved)
        if doses == was:
            raise fail("correction_unchanged", doses=was, site=site.name, batch=lot.batch, day=day)
        note = reason.strip()
        postings = [reversal(s, mv, note=note, occurred_at=mv.occurred_at) for mv in saved]
        if doses:
            moment = occurred_for(day, now)
            _check_stock(s, site, lot, day, saved, moment, doses)
            groups = {mv.target_group for mv in saved}
            group = target_group if not every_group else (groups.pop() if len(groups) == 1 else None)
            postings.append(
                ledger.Posting(
                    kind=MovementKind.ADMINISTER,
                    lot=lot,
                    source=site,
                    destination=virtual(s, VirtualLocation.ADMINISTERED),
                    doses=doses,
                    occurred_at=moment,
                    reference=f"{REFERENCE_PREFIX} {site.code} {day.isoformat()}",
                    note=note,
                    target_group=group,
                )
            )
        ids = ledger.post_many(
            s, postings, user=app.user, now=now, closed_month_reason=closed_month_reason
        )
        return DayCorrection(
            site_code=site.code,
            day=day,
            lot_id=lot.id,
            batch=lot.batch,
            was=was,
            doses=doses,
            reversal_ids=tuple(ids[: len(saved)]),
            movement_id=ids[-1] if doses else None,
        )


def saved_lot(
    app: App, *, site_code: str, day: date, varenummer: str, batch: str | None = None
) -> int:
    """The lot of item ``varenummer`` (and ``batch``) whose doses are saved for the site on
    ``day``: what the command line corrects; refused when none is, or several and no batch."""
    mv, lot, product, rev = m.Movement, m.Lot, m.Product, aliased(m.Movement)
    with app.db.read() as s:
        site = location_by_code(s, site_code)
        q = (
            select(lot.id, lot.batch)
            .join(mv, mv.lot_id == lot.id)
            .join(product, product.id == lot.product_id)
            .outerjoin(rev, rev.reverses_id == mv.id)
            .where(
                mv.kind == MovementKind.ADMINISTER.value,
                mv.from_location_id == site.id,
                mv.occurred_at >= at_local(day),
                mv.occurred_at < at_local(day + timedelta(days=1)),
                rev.id.is_(None),
                product.varenummer == varenummer.strip(),
            )
            .distinct()
            .order_by(lot.batch, lot.id)
        )
        if batch:
            q = q.where(lot.batch == batch.strip())
        found = list(s.execute(q))
        if not found:
            shown = f" batch {batch.strip()}" if batch else ""
            raise fail("correction_product_not_saved", varenummer=varenummer, batch=shown, site=site.name, day=day)
        if len(found) > 1:
            batches = ", ".join(b for _id, b in found)
            raise fail("correction_batch_needed", varenummer=varenummer, site=site.name, day=day, batches=batches)
        return int(found[0][0])


def _saved(
    session: Session,
    site: m.Location,
    lot: m.Lot,
    day: date,
    target_group: str | None,
    every_group: bool,
) -> list[m.Movement]:
    """The ``administer`` movements of the lot at the site on ``day`` not reversed yet."""
    mv, rev = m.Movement, aliased(m.Movement)
    q = (
        select(mv)
        .outerjoin(rev, rev.reverses_id == mv.id)
        .where(
            mv.kind == MovementKind.ADMINISTER.value,
            mv.from_location_id == site.id,
            mv.lot_id == lot.id,
            mv.occurred_at >= at_local(day),
            mv.occurred_at < at_local(day + timedelta(days=1)),
            rev.id.is_(None),
        )
        .order_by(mv.occurred_at, mv.id)
    )
    if not every_group:
        q = q.where(mv.target_group.is_(None) if target_group is None else mv.target_group == target_group)
    return list(session.scalars(q))


def _check_stock(
    session: Session,
    site: m.Location,
    lot: m.Lot,
    day: date,
    saved: list[m.Movement],
    moment: datetime,
    doses: int,
) -> None:
    """Refuse a figure the site could not have given on ``day``: with the saved doses
    given back, at most the lowest balance from that moment on."""
    steps = ledger.history_steps(session, site.id, lot.id)
    steps += [Step(mv.occurred_at, _OURS + i, mv.doses) for i, mv in enumerate(saved)]
    available = available_at(steps, moment)
    if doses > available:
        raise fail(
            "correction_over_stock",
            site=site.name,
            batch=lot.batch,
            day=day,
            on_hand=available,
            entered=doses,
        )
