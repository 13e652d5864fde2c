"""Expected deliveries: SSI's announced deliveries and the pharmacy's orders, and how the
deliveries received differ from them.

:func:`add_expected` records one (a pack count becomes doses), :func:`cancel_expected`
takes one back (the row stays, with who and when); both are logged in the activity log.
:func:`delivery_lines` pairs the open expectations with the deliveries received, read
from the ledger (RECEIPT movements from SSI, per delivery note and product, on the
Danish day they were posted), by :func:`pharmacy_app.domain.deliveries.match`, and
says in a sentence per line what came, what was expected and how they differ.
:func:`pending` is what the projection counts on: the expectations not yet received.

What must hold: nothing is deleted; a delivery received is never counted twice (it is
used by at most one expectation); an expectation received stops being pending.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain import deliveries as dl
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.localtime import at_local, local_day
from pharmacy_app.domain.messages.codes import Code
from pharmacy_app.domain.messages.sentence import Sentence
from pharmacy_app.domain.roles import Role
from pharmacy_app.domain.types import MovementKind, VirtualLocation
from pharmacy_app.services import activity
from pharmacy_app.services.app import App
from pharmacy_app.services.permissions import requires
from pharmacy_app.services.reference import product_by_key, virtual

SOURCES = ("ssi", "order")
# How far back received deliveries are read: an expectation older than this that never
# came is overdue, and a delivery older than this is history.
LOOK_BACK_DAYS = 90


@dataclass(frozen=True)
class ExpectedView:
    id: int
    product_id: int
    varenummer: str
    product: str
    doses: int
    packs: float  # doses / doses per pack
    expected_on: date
    reference: str
    source: str
    note: str
    created_by: str
    cancelled: bool


@dataclass(frozen=True)
class DeliveryLine:
    """An expectation and what came for it (either may be missing), and the sentences
    that say how they differ."""

    status: dl.Status
    varenummer: str
    product: str
    expected_id: int | None
    expected_doses: int | None
    expected_on: date | None
    reference: str
    note: str  # the delivery note that brought it
    received_doses: int | None
    received_on: date | None
    more: int
    less: int
    days_late: int
    sentences: tuple[Sentence, ...]

    def text(self, language: str = "en") -> str:
        return " ".join(s.text(language) for s in self.sentences)


def _doses_per_pack(p: m.Product) -> int:
    return p.doses_per_unit * p.units_per_pack


def _view(row: m.ExpectedDelivery, p: m.Product) -> ExpectedView:
    return ExpectedView(
        row.id, p.id, p.varenummer, p.short_name or p.name, row.doses,
        row.doses / _doses_per_pack(p), row.expected_on, row.reference, row.source, row.note,
        row.created_by, row.cancelled_at is not None,
    )  # fmt: skip


def _as_logged(row: m.ExpectedDelivery, p: m.Product) -> dict[str, object]:
    return {
        "varenummer": p.varenummer, "doses": row.doses, "expected_on": row.expected_on,
        "reference": row.reference, "source": row.source, "note": row.note,
    }  # fmt: skip


@requires(Role.COORDINATOR)
@declares(Change.EXPECTED_DELIVERIES)
def add_expected(
    app: App,
    *,
    product: str,
    expected_on: date,
    packs: int | None = None,
    doses: int | None = None,
    reference: str = "",
    source: str = "ssi",
    note: str = "",
) -> ExpectedView:
    """Record doses of ``product`` (varenummer or GTIN) expected on ``expected_on``:
    ``packs`` whole packs or ``doses`` doses, exactly one of them above 0."""
    if (packs is None) == (doses is None) or (packs or doses or 0) < 1:
        raise fail("expected_delivery_quantity")
    if source not in SOURCES:
        raise fail("value_invalid", field="source", value=source, why=", ".join(SOURCES))
    now = app.now()
    with app.db.write() as s:
        p = product_by_key(s, product)
        row = m.ExpectedDelivery(
            product_id=p.id,
            doses=doses if doses is not None else (packs or 0) * _doses_per_pack(p),
            expected_on=expected_on,
            reference=reference.strip()[:40],
            source=source,
            note=note.strip(),
            created_by=app.user,
            created_at=now,
        )
        s.add(row)
        s.flush()
        activity.record(
            s, app, activity.Kind.EXPECTED_DELIVERY, f"{row.id}", None, _as_logged(row, p), now=now
        )
        return _view(row, p)


@requires(Role.COORDINATOR)
@declares(Change.EXPECTED_DELIVERIES)
def cancel_expected(app: App, expected_id: int, *, note: str = "") -> ExpectedView:
    """An expected delivery that will not come: kept, marked cancelled."""
    now = app.now()
    with app.db.write() as s:
        row = s.get(m.ExpectedDelivery, expected_id)
        if row is None:
            raise fail("expected_delivery_unknown", ident=expected_id)
        if row.cancelled_at is not None:
            raise fail(
                "expected_delivery_cancelled", ident=expected_id, by=row.cancelled_by or "",
                at=row.cancelled_at,
            )  # fmt: skip
        p = s.get_one(m.Product, row.product_id)
        before = _as_logged(row, p)
        row.cancelled_by, row.cancelled_at = app.user, now
        activity.record(
            s, app, activity.Kind.EXPECTED_DELIVERY, f"{row.id}", before, None, note, now=now
        )
        return _view(row, p)


def list_expected(app: App, *, include_cancelled: bool = False) -> list[ExpectedView]:
    """Every expected delivery, the earliest day first."""
    with app.db.read() as s:
        q = (
            select(m.ExpectedDelivery, m.Product)
            .join(m.Product, m.Product.id == m.ExpectedDelivery.product_id)
            .order_by(m.ExpectedDelivery.expected_on, m.ExpectedDelivery.id)
        )
        if not include_cancelled:
            q = q.where(m.ExpectedDelivery.cancelled_at.is_(None))
        return [_view(row, p) for row, p in s.execute(q)]


def received_since(session: Session, first: date) -> list[dl.Received]:
    """What came from SSI from ``first`` on: per delivery note, product and Danish day."""
    mv = m.Movement
    ssi = virtual(session, VirtualLocation.SSI).id
    q = (
        select(mv.reference, m.Lot.product_id, mv.occurred_at, func.sum(mv.doses))
        .join(m.Lot, m.Lot.id == mv.lot_id)
        .where(
            mv.kind == MovementKind.RECEIPT.value,
            mv.from_location_id == ssi,
            mv.occurred_at >= at_local(first),
        )
        .group_by(mv.reference, m.Lot.product_id, mv.occurred_at)
    )
    total: dict[tuple[str, int, date], int] = defaultdict(int)
    for reference, product_id, moment, doses in session.execute(q):
        total[(reference or "", product_id, local_day(moment))] += int(doses)
    return [dl.Received(ref, pid, doses, day) for (ref, pid, day), doses in total.items()]


def _open_expected(session: Session) -> list[dl.Expected]:
    rows = session.scalars(
        select(m.ExpectedDelivery).where(m.ExpectedDelivery.cancelled_at.is_(None))
    )
    return [
        dl.Expected(r.id, r.product_id, r.doses, r.expected_on, r.reference, local_day(r.created_at))
        for r in rows
    ]


def _recording_since(session: Session) -> date | None:
    """The day the pharmacy recorded its first expected delivery (cancelled ones too)."""
    first = session.scalar(select(func.min(m.ExpectedDelivery.created_at)))
    return local_day(first) if first is not None else None


def lines_in(session: Session, today: date) -> list[dl.Line]:
    """The pairing of every open expectation with the deliveries of the last
    :data:`LOOK_BACK_DAYS` days (and those of the expectations' days).  A delivery
    received before the pharmacy recorded any expected delivery is not "unexpected":
    nothing was recorded then, so it is left out rather than listed as a difference."""
    expected = _open_expected(session)
    first = min(
        [today - timedelta(days=LOOK_BACK_DAYS)]
        + [e.expected_on - timedelta(days=dl.MATCH_DAYS) for e in expected]
    )
    since = _recording_since(session)
    return [
        line
        for line in dl.match(expected, received_since(session, first), today)
        if not (
            line.status is dl.Status.UNEXPECTED
            and line.received is not None
            and (since is None or line.received.received_on < since)
        )
    ]


def pending(session: Session, today: date) -> list[dl.Expected]:
    """The expectations not received yet (open or overdue): what is still to come."""
    return [
        line.expected
        for line in lines_in(session, today)
        if line.expected is not None and line.received is None
    ]


def delivery_lines(app: App, today: date | None = None) -> list[DeliveryLine]:
    """Expected and received deliveries side by side, with how each differs."""
    today = today or app.today()
    with app.db.read() as s:
        products = {p.id: p for p in s.scalars(select(m.Product))}
        return [_line(x, products[x.product_id]) for x in lines_in(s, today)]


def _line(x: dl.Line, p: m.Product) -> DeliveryLine:
    e, r = x.expected, x.received
    name = p.short_name or p.name
    params: dict[str, object] = {"product": name}
    if e is not None:
        params |= {
            "expected": e.doses,
            "expected_on": e.expected_on,
            "reference": e.reference or "-",
        }
    if r is not None:
        params |= {"received": r.doses, "received_on": r.received_on, "note": r.reference or "-"}
    first = {
        dl.Status.AS_EXPECTED: Code.DELIVERY_AS_EXPECTED,
        dl.Status.DIFFERS: Code.DELIVERY_MATCHED,
        dl.Status.UNEXPECTED: Code.DELIVERY_UNEXPECTED,
        dl.Status.OVERDUE: Code.DELIVERY_OVERDUE,
        dl.Status.OPEN: Code.DELIVERY_OPEN,
    }[x.status]
    sentences = [Sentence(first, params)]
    if x.status is dl.Status.DIFFERS:
        if x.more:
            sentences.append(Sentence(Code.DELIVERY_MORE, {"doses": x.more}))
        if x.less:
            sentences.append(Sentence(Code.DELIVERY_LESS, {"doses": x.less}))
        if x.days_late:
            sentences.append(Sentence(Code.DELIVERY_LATE, {"days": x.days_late}))
    return DeliveryLine(
        x.status, p.varenummer, name,
        e.id if e else None, e.doses if e else None, e.expected_on if e else None,
        e.reference if e else "", r.reference if r else "",
        r.doses if r else None, r.received_on if r else None,
        x.more, x.less, x.days_late, tuple(sentences),
    )  # fmt: skip
