"""The audit list: every movement and every activity entry, newest first, filtered.

:func:`audit_page` returns one page of plain :class:`AuditRow` s and the key to the next
page (keyset paging: ``(time, table, id)`` of the last row, never an OFFSET), so the
Audit page reads a screenful at a time however long the ledger is: each table is read
with ``ORDER BY occurred_at DESC, id DESC LIMIT n`` (the indexes on ``occurred_at``) and
the two are merged.  Filters: user (exact name), period (Copenhagen days, both ends
included), lot (batch text, any part, any case), location (code: a movement from or to
it, an activity entry about it) and kind (a movement kind, an activity kind, or
``movement`` / ``activity`` for all of one table).  :func:`export_audit` writes the
whole filtered list to .xlsx or .csv page by page.
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import and_, false, func, or_, select
from sqlalchemy.orm import Session, aliased

from pharmacy_app.db import models as m
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.localtime import at_local
from pharmacy_app.domain.roles import Role
from pharmacy_app.domain.types import MovementKind
from pharmacy_app.reports.csv_export import MACHINE, CsvDialect
from pharmacy_app.services.activity import Kind
from pharmacy_app.services.app import App
from pharmacy_app.services.exports import export_table, local_time_header
from pharmacy_app.services.permissions import requires

MOVEMENTS, ACTIVITIES = "movement", "activity"  # the two tables; also kind filters
PAGE = 200
MOVEMENT_KINDS = tuple(k.value for k in MovementKind)
ACTIVITY_KINDS = tuple(k.value for k in Kind)

Progress = Callable[[int, int], None]
Key = tuple[datetime, int, int]  # (time, table rank, id) of a row: the page's order


@dataclass(frozen=True)
class AuditFilter:
    user: str | None = None
    start: date | None = None
    end: date | None = None
    batch: str | None = None
    location: str | None = None  # a location code
    kind: str | None = None


@dataclass(frozen=True)
class AuditRow:
    table: str  # movement | activity
    id: int
    when: datetime  # aware UTC; shown in Copenhagen time
    user: str
    workstation: str
    kind: str
    subject: str  # a movement's batch and product ("FX1234 · Comirnaty"); an entry's subject
    change: str  # "from → to" or "before → after"
    doses: int | None
    note: str
    reference: str
    # An activity entry's before and after as stored (parsed JSON), for the window to
    # name the fields in its language; None for movements.
    before: Any = None
    after: Any = None

    @property
    def key(self) -> Key:
        return (self.when, _RANK[self.table], self.id)


@dataclass(frozen=True)
class AuditRowsPage:
    rows: list[AuditRow]
    next_key: Key | None  # None: this was the last page


_RANK = {MOVEMENTS: 0, ACTIVITIES: 1}


def audit_page(app: App, flt: AuditFilter, after: Key | None = None, limit: int = PAGE) -> AuditRowsPage:
    """The ``limit`` newest rows matching ``flt`` that come after ``after`` (the previous
    page's ``next_key``)."""
    _check(flt)
    with app.db.read() as s:
        rows = _page(s, flt, after, limit + 1)
    more = len(rows) > limit
    rows = rows[:limit]
    return AuditRowsPage(rows, rows[-1].key if more and rows else None)


def kinds() -> tuple[str, ...]:
    """Every kind the list can be filtered by: movement kinds, then activity kinds."""
    return MOVEMENT_KINDS + ACTIVITY_KINDS


def users(app: App) -> list[str]:
    """The user names found in the activity log and the ledger's latest movements."""
    with app.db.read() as s:
        found = set(s.scalars(select(m.Activity.user_name).distinct()))
        recent = select(m.Movement.user_name).order_by(m.Movement.id.desc()).limit(50_000).subquery()
        found |= set(s.scalars(select(recent.c.user_name).distinct()))
    return sorted(found, key=str.lower)


def _check(flt: AuditFilter) -> None:
    if flt.start is not None and flt.end is not None and flt.end < flt.start:
        raise fail("audit_period_invalid", start=flt.start, end=flt.end)


def _page(s: Session, flt: AuditFilter, after: Key | None, n: int) -> list[AuditRow]:
    wanted = (flt.kind or "").strip()
    parts: list[list[AuditRow]] = []
    if wanted in ("", MOVEMENTS) or wanted in MOVEMENT_KINDS:
        parts.append(_movements(s, flt, after, n, wanted if wanted in MOVEMENT_KINDS else None))
    if wanted in ("", ACTIVITIES) or wanted in ACTIVITY_KINDS:
        parts.append(_activities(s, flt, after, n, wanted if wanted in ACTIVITY_KINDS else None))
    merged = heapq.merge(*parts, key=lambda r: r.key, reverse=True)
    return [row for row, _ in zip(merged, range(n), strict=False)]


def _after(time_col: Any, id_col: Any, rank: int, after: Key | None) -> Any:
    """Rows of the table ranked ``rank`` that come after ``after`` in the newest-first order."""
    if after is None:
        return None
    t, r, i = after
    same_time = id_col < i if rank == r else (false() if rank > r else None)
    if same_time is None:  # a lower rank comes after every row of a higher one at that time
        return time_col <= t
    return or_(time_col < t, and_(time_col == t, same_time))


def _period(col: Any, flt: AuditFilter) -> list[Any]:
    out = []
    if flt.start is not None:
        out.append(col >= at_local(flt.start))
    if flt.end is not None:
        out.append(col < at_local(flt.end + timedelta(days=1)))
    return out


def _movements(s: Session, flt: AuditFilter, after: Key | None, n: int, kind: str | None) -> list[AuditRow]:
    mv, src, dst = m.Movement, aliased(m.Location), aliased(m.Location)
    where: list[Any] = _period(mv.occurred_at, flt)
    if kind:
        where.append(mv.kind == kind)
    if flt.user:
        where.append(mv.user_name == flt.user.strip())
    if flt.batch and flt.batch.strip():
        lots = select(m.Lot.id).where(func.lower(m.Lot.batch).contains(flt.batch.strip().lower()))
        where.append(mv.lot_id.in_(lots.scalar_subquery()))
    if flt.location and flt.location.strip():
        place = select(m.Location.id).where(m.Location.code == flt.location.strip()).scalar_subquery()
        where.append(or_(mv.from_location_id == place, mv.to_location_id == place))
    later = _after(mv.occurred_at, mv.id, _RANK[MOVEMENTS], after)
    if later is not None:
        where.append(later)
    newest = select(mv.id).where(*where).order_by(mv.occurred_at.desc(), mv.id.desc()).limit(n).subquery()
    q = (
        select(
            mv.id, mv.occurred_at, mv.user_name, mv.workstation, mv.kind, m.Product.name, m.Lot.batch,
            src.code, dst.code, mv.doses, mv.note, mv.reference, mv.reason_code, mv.reverses_id,
        )  # fmt: skip
        .join(newest, newest.c.id == mv.id)
        .join(m.Lot, m.Lot.id == mv.lot_id)
        .join(m.Product, m.Product.id == m.Lot.product_id)
        .join(src, src.id == mv.from_location_id)
        .join(dst, dst.id == mv.to_location_id)
        .order_by(mv.occurred_at.desc(), mv.id.desc())
    )
    out = []
    for r in s.execute(q):
        note = " · ".join(x for x in (r.reason_code or "", r.note or "") if x)
        if r.reverses_id is not None:
            note = f"↶ #{r.reverses_id} {note}".strip()
        out.append(
            AuditRow(
                MOVEMENTS, int(r.id), r.occurred_at, r.user_name, r.workstation or "", r.kind,
                f"{r.batch} · {r[5]}", f"{r[7]} → {r[8]}", int(r.doses), note, r.reference or "",
            )  # fmt: skip
        )
    return out


def _activities(s: Session, flt: AuditFilter, after: Key | None, n: int, kind: str | None) -> list[AuditRow]:
    a = m.Activity
    where: list[Any] = _period(a.occurred_at, flt)
    if kind:
        where.append(a.kind == kind)
    if flt.user:
        where.append(a.user_name == flt.user.strip())
    if flt.batch and flt.batch.strip():
        where.append(func.lower(a.subject).contains(flt.batch.strip().lower()))
    if flt.location and flt.location.strip():
        where.append(a.subject == flt.location.strip())
    later = _after(a.occurred_at, a.id, _RANK[ACTIVITIES], after)
    if later is not None:
        where.append(later)
    q = select(a).where(*where).order_by(a.occurred_at.desc(), a.id.desc()).limit(n)
    return [
        AuditRow(
            ACTIVITIES, e.id, e.occurred_at, e.user_name, e.workstation, e.kind, e.subject,
            f"{_readable(e.before)} → {_readable(e.after)}", None, e.note, "",
            _parsed(e.before), _parsed(e.after),
        )  # fmt: skip
        for e in s.scalars(q)
    ]


def _parsed(stored: str | None) -> Any:
    """A stored before/after value as data (a text that is not JSON as it is)."""
    if stored is None:
        return None
    try:
        return json.loads(stored)
    except ValueError:
        return stored


def _readable(stored: str | None) -> str:
    """A before/after value as a person reads it: a text as it is, a record as
    ``name: value; …``, nothing as a dash (the stored JSON is in the export's note)."""
    if stored is None:
        return "–"
    try:
        value = json.loads(stored)
    except ValueError:
        return stored
    if isinstance(value, dict):  # what is empty says nothing: left out
        return "; ".join(f"{k}: {_scalar(v)}" for k, v in value.items() if v not in ("", None, []))
    return _scalar(value)


def _scalar(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "✓" if value else "✗"  # the same in both languages
    if isinstance(value, list):
        return ", ".join(_scalar(v) for v in value)
    return str(value)


def iter_audit(app: App, flt: AuditFilter, page: int = 5_000) -> Iterator[AuditRow]:
    """Every row matching ``flt``, newest first, read a page at a time."""
    after: Key | None = None
    while True:
        got = audit_page(app, flt, after, page)
        yield from got.rows
        if got.next_key is None:
            return
        after = got.next_key


AUDIT_COLUMNS = (
    "time", "table", "id", "user", "workstation", "kind", "subject", "change", "doses", "note",
    "reference",
)  # fmt: skip
AUDIT_HEADER = local_time_header(AUDIT_COLUMNS, frozenset({"time"}))


@requires(Role.VIEWER)
@declares(Change.NONE)
def export_audit(
    app: App,
    out: Path,
    flt: AuditFilter,
    *,
    dialect: CsvDialect = MACHINE,
    progress: Progress | None = None,
) -> int:
    """Write the filtered list to ``out`` (.xlsx or .csv by its suffix); the rows written."""
    if Path(out).suffix.lower() not in (".xlsx", ".csv"):
        raise fail("audit_export_format", path=Path(out).name)
    _check(flt)
    rows = (
        (r.when, r.table, r.id, r.user, r.workstation, r.kind, r.subject, r.change, r.doses, r.note, r.reference)
        for r in iter_audit(app, flt)
    )
    return export_table(out, AUDIT_HEADER, rows, "Revision", dialect=dialect, progress=progress)
