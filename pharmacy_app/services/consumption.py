"""Recording consumption: the doses a site gave, day by day, lot by lot.

A batch of entries (a week grid being saved, or an imported consumption sheet) is
recorded in ONE transaction.  Each entry becomes an ``administer`` movement site →
ADMINISTERED, dated 12:00 Copenhagen time on its day (today's entries recorded before
noon are dated now, so they are never in the future), with the reference
``FORBRUG <site> <yyyy-mm-dd>`` and the target group (målgruppe) it was given to.

What must hold:

* Everything is checked before anything is written, and every problem is reported at
  once in one :class:`DomainError` (row, field, reason).  A refused batch writes nothing.
* A batch never makes a site's balance of a lot negative at any moment: the entries are
  added to the site's history of that lot in day order, and what was entered on a day is
  compared with the most that could still be given then (the lowest balance from that
  moment on).  The first day that runs short is reported with the numbers.
* Movements are posted through :func:`pharmacy_app.services.ledger.post`, which checks
  the back-dating window and the balance again inside the same transaction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from pharmacy_app.db import models as m
from pharmacy_app.domain import formats
from pharmacy_app.domain.errors import DomainError, Problem, fail
from pharmacy_app.domain.expiry import is_expired
from pharmacy_app.domain.ledger import Step
from pharmacy_app.domain.limits import MAX_DOSES_PER_MOVEMENT
from pharmacy_app.domain.localtime import at_local, local_day
from pharmacy_app.domain.types import QUARANTINE_KIND, MovementKind, VirtualLocation
from pharmacy_app.services import ledger
from pharmacy_app.services.app import App
from pharmacy_app.services.reference import (
    backdate_window_days,
    load_catalog,
    location_by_code,
    virtual,
)

RECORDED_AT = time(12, 0)
REFERENCE_PREFIX = "FORBRUG"

# Field names used in problems when entries come from code or the grid.
ENTRY_FIELDS: Mapping[str, str] = {
    "site": "site_code",
    "day": "day",
    "lot": "lot_id",
    "doses": "doses",
    "target_group": "target_group",
}


@dataclass(frozen=True)
class ConsumptionEntry:
    """Doses of one lot given at one site on one day (optionally to one target group)."""

    site_code: str
    day: date
    lot_id: int
    doses: int
    target_group: str | None = None
    row: int | None = None  # where the entry came from (sheet row, grid row); default its index + 1


@dataclass(frozen=True)
class RecordResult:
    movement_ids: tuple[int, ...]
    doses: int
    sites: tuple[str, ...]
    first_day: date
    last_day: date

    @property
    def entries(self) -> int:
        return len(self.movement_ids)

    def summary(self, language: str = "en") -> str:
        span = formats.date_text(self.first_day, language)
        if self.last_day != self.first_day:
            span += f" – {formats.date_text(self.last_day, language)}"
        sites = ", ".join(self.sites)
        if language == "da":
            return (
                f"Registreret {formats.count(self.entries, 'linje', 'linjer', language)}: "
                f"{formats.count(self.doses, 'dosis', 'doser', language)} givet på {sites}, {span}."
            )
        return (
            f"Recorded {formats.count(self.entries, 'entry', 'entries', language)}: "
            f"{formats.count(self.doses, 'dose', 'doses', language)} given at {sites}, {span}."
        )


# --------------------------------------------------------------------------- time


def day_start_utc(day: date) -> datetime:
    return at_local(day)


def occurred_for(day: date, now: datetime) -> datetime:
    """12:00 local time on ``day`` in UTC; never later than ``now``."""
    return min(at_local(day, RECORDED_AT), now)


def earliest_day(now: datetime, window_days: int) -> date:
    """The first day whose entries still fall inside the back-dating window."""
    limit = now - timedelta(days=window_days)
    day = local_day(limit)
    if occurred_for(day, now) < limit:
        day += timedelta(days=1)
    return day


# --------------------------------------------------------------------------- target groups


def target_groups() -> tuple[str, ...]:
    """The catalogue's target groups, in its order."""
    return tuple(load_catalog().get("target_groups", ()))


def normalise_target_group(value: str | None) -> str | None:
    """The catalogue's spelling of ``value`` (case and spaces ignored); ``None`` for blank.

    Raises ``KeyError`` when ``value`` is not in the catalogue."""
    if value is None or not str(value).strip():
        return None
    wanted = " ".join(str(value).split()).casefold()
    for group in target_groups():
        if group.casefold() == wanted:
            return group
    raise KeyError(value)


# --------------------------------------------------------------------------- recording


@dataclass
class _Checked:
    entry: ConsumptionEntry
    row: int
    site: m.Location
    lot: m.Lot
    occurred: datetime
    target_group: str | None


def record(
    app: App,
    entries: Sequence[ConsumptionEntry],
    *,
    closed_month_reason: str | None = None,
) -> RecordResult:
    """Record every entry in one transaction, or refuse them all with every problem.

    ``closed_month_reason`` lets entries into a month already reported to SSI."""
    now = app.now()
    with app.db.write() as s:
        return _record(
            s,
            app.user,
            now,
            list(entries),
            ENTRY_FIELDS,
            [],
            closed_month_reason=closed_month_reason,
        )


def _record(
    session: Session,
    user: str,
    now: datetime,
    entries: list[ConsumptionEntry],
    fields: Mapping[str, str],
    problems: list[Problem],
    note: str = "",
    closed_month_reason: str | None = None,
) -> RecordResult:
    if not entries and not problems:
        raise fail("consumption_empty")
    checked = _check_entries(session, now, entries, fields, problems)
    _check_balances(session, checked, problems)
    if problems:
        raise DomainError(problems)

    administered = virtual(session, VirtualLocation.ADMINISTERED)
    ids: list[int] = []
    for c in sorted(checked, key=lambda c: (c.occurred, c.row)):
        mv = ledger.post(
            session,
            kind=MovementKind.ADMINISTER,
            lot=c.lot,
            source=c.site,
            destination=administered,
            doses=c.entry.doses,
            user=user,
            now=now,
            occurred_at=c.occurred,
            reference=f"{REFERENCE_PREFIX} {c.site.code} {c.entry.day.isoformat()}",
            note=note,
            closed_month_reason=closed_month_reason,
            target_group=c.target_group,
        )
        ids.append(mv.id)
    days = [c.entry.day for c in checked]
    return RecordResult(
        movement_ids=tuple(ids),
        doses=sum(c.entry.doses for c in checked),
        sites=tuple(sorted({c.site.code for c in checked})),
        first_day=min(days),
        last_day=max(days),
    )


def _check_entries(
    session: Session,
    now: datetime,
    entries: list[ConsumptionEntry],
    fields: Mapping[str, str],
    problems: list[Problem],
) -> list[_Checked]:
    today = local_day(now)
    window = backdate_window_days(session)
    first_open = earliest_day(now, window)
    sites: dict[str, m.Location | None] = {}
    lots: dict[int, m.Lot | None] = {}
    seen_at: dict[tuple[int, int], bool] = {}
    groups = target_groups()
    out: list[_Checked] = []

    for index, e in enumerate(entries):
        row = e.row if e.row is not None else index + 1
        n_before = len(problems)

        def add(code: str, key: str, **params: Any) -> None:
            problems.append(Problem(code, {"row": row, "field": fields[key], **params}))  # noqa: B023

        code = (e.site_code or "").strip()
        if code not in sites:
            sites[code] = session.scalars(
                select(m.Location).where(m.Location.code == code)
            ).one_or_none()
        site = sites[code]
        if site is None:
            add("consumption_site_unknown", "site", site=code or "''")
        elif site.is_virtual or not site.holds_stock:
            add(
                "consumption_site_not_allowed",
                "site",
                site=site.name,
                why_en="not a real place",
                why_da="ikke et fysisk sted",
            )
        elif not site.active:
            add(
                "consumption_site_not_allowed",
                "site",
                site=site.name,
                why_en="no longer in use",
                why_da="ikke længere i brug",
            )
        elif site.kind_code == QUARANTINE_KIND:
            add("consumption_held_stock", "site", site=site.name)

        lot: m.Lot | None = None
        if isinstance(e.lot_id, int) and not isinstance(e.lot_id, bool):
            if e.lot_id not in lots:
                lots[e.lot_id] = session.get(m.Lot, e.lot_id)
            lot = lots[e.lot_id]
        if lot is None:
            add("consumption_lot_unknown", "lot", lot=e.lot_id)

        if isinstance(e.doses, bool) or not isinstance(e.doses, int) or e.doses <= 0:
            add("consumption_doses_invalid", "doses", value=e.doses)
        elif e.doses > MAX_DOSES_PER_MOVEMENT:
            add("consumption_doses_too_large", "doses", value=e.doses, max=MAX_DOSES_PER_MOVEMENT)

        group: str | None = None
        try:
            group = normalise_target_group(e.target_group)
        except KeyError:
            add(
                "consumption_target_group_unknown",
                "target_group",
                value=e.target_group,
                allowed=", ".join(groups),
            )

        day_ok = isinstance(e.day, date) and not isinstance(e.day, datetime)
        if not day_ok:
            add("consumption_day_in_future", "day", day=str(e.day))
        elif e.day > today:
            add("consumption_day_in_future", "day", day=e.day)
        elif e.day < first_open:
            add(
                "consumption_day_too_old",
                "day",
                day=e.day,
                days=window,
                earliest=first_open,
            )
        elif lot is not None and is_expired(lot.use_by, e.day):
            add(
                "consumption_lot_expired",
                "lot",
                batch=lot.batch,
                product=lot.product.name,
                use_by=lot.use_by,
                day=e.day,
            )

        if site is not None and lot is not None and len(problems) == n_before:
            key = (site.id, lot.id)
            if key not in seen_at:
                seen_at[key] = _has_history(session, site.id, lot.id)
            if not seen_at[key]:
                add(
                    "consumption_lot_not_at_site",
                    "lot",
                    site=site.name,
                    batch=lot.batch,
                    product=lot.product.name,
                )
        if len(problems) == n_before:
            assert site is not None and lot is not None
            out.append(_Checked(e, row, site, lot, occurred_for(e.day, now), group))
    return out


def _has_history(session: Session, location_id: int, lot_id: int) -> bool:
    return (
        session.scalar(
            select(m.Movement.id)
            .where(
                m.Movement.lot_id == lot_id,
                (m.Movement.to_location_id == location_id)
                | (m.Movement.from_location_id == location_id),
            )
            .limit(1)
        )
        is not None
    )


def available_at(steps: Sequence[Step], moment: datetime) -> int:
    """The most that can leave at ``moment`` without the balance going negative then or
    at any later step: the lowest running balance from ``moment`` on."""
    balance = 0
    lowest: int | None = None
    for step in sorted(steps, key=lambda s: (s.occurred, s.seq)):
        if step.occurred > moment and lowest is None:
            lowest = balance
        balance += step.delta
        if lowest is not None:
            lowest = min(lowest, balance)
    if lowest is None:
        lowest = balance
    return max(lowest, 0)


def _check_balances(session: Session, checked: list[_Checked], problems: list[Problem]) -> None:
    groups: dict[tuple[int, int], list[_Checked]] = defaultdict(list)
    for c in checked:
        groups[(c.site.id, c.lot.id)].append(c)
    for (site_id, lot_id), items in groups.items():
        steps = ledger.history_steps(session, site_id, lot_id)
        seq = 1 << 60  # after every movement already in the ledger
        by_day: dict[date, list[_Checked]] = defaultdict(list)
        for c in items:
            by_day[c.entry.day].append(c)
        for day in sorted(by_day):
            todays = by_day[day]
            moment = todays[0].occurred
            entered = sum(c.entry.doses for c in todays)
            available = available_at(steps, moment)
            if entered > available:
                site, lot = todays[0].site, todays[0].lot
                problems.append(
                    Problem(
                        "consumption_over_stock",
                        {
                            "site": site.name,
                            "site_code": site.code,
                            "batch": lot.batch,
                            "product": lot.product.name,
                            "day": day,
                            "on_hand": available,
                            "entered": entered,
                            "rows": ", ".join(
                                str(c.row) for c in sorted(todays, key=lambda c: c.row)
                            ),
                        },
                    )
                )
                break
            seq += 1
            steps.append(Step(moment, seq, -entered))


# --------------------------------------------------------------------------- import


SHEET_FIELDS: Mapping[str, str] = {
    "site": "Stedkode",
    "day": "Dato",
    "lot": "Batch",
    "doses": "Givne doser",
    "target_group": "Målgruppe",
}


def import_sheet(
    app: App, path: str | Path, *, closed_month_reason: str | None = None
) -> RecordResult:
    """Read a consumption sheet (``resources/docs/forbrugsark.md``) and record every row,
    or refuse the whole sheet with every problem (row and column)."""
    from pharmacy_app.importers import consumption_sheet

    path = Path(path)
    parsed = consumption_sheet.parse(path)
    problems = list(parsed.problems)
    if not parsed.rows:
        raise DomainError(problems or [Problem("sheet_no_rows", {"file": path.name})])
    now = app.now()
    with app.db.write() as s:
        entries = _entries_for_rows(s, parsed.rows, problems)
        return _record(
            s,
            app.user,
            now,
            entries,
            SHEET_FIELDS,
            problems,
            note=f"Forbrugsark {path.name}",
            closed_month_reason=closed_month_reason,
        )


@dataclass(frozen=True)
class SheetPreview:
    """What importing a sheet would do: rows, doses and every problem; nothing written."""

    file: str
    rows: int
    doses: int
    sites: tuple[str, ...]
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems and self.rows > 0


def preview_sheet(app: App, path: str | Path) -> SheetPreview:
    """Check a consumption sheet exactly as :func:`import_sheet` would, writing nothing."""
    from pharmacy_app.importers import consumption_sheet

    path = Path(path)
    parsed = consumption_sheet.parse(path)
    problems = list(parsed.problems)
    if not parsed.rows:
        return SheetPreview(
            path.name, 0, 0, (), tuple(problems or [Problem("sheet_no_rows", {"file": path.name})])
        )
    now = app.now()
    with app.db.read() as s:
        entries = _entries_for_rows(s, parsed.rows, problems)
        checked = _check_entries(s, now, entries, SHEET_FIELDS, problems)
        _check_balances(s, checked, problems)
    return SheetPreview(
        file=path.name,
        rows=len(parsed.rows),
        doses=sum(r.doses for r in parsed.rows),
        sites=tuple(sorted({r.site_code for r in parsed.rows})),
        problems=tuple(problems),
    )


def _entries_for_rows(
    session: Session, rows: Sequence[Any], problems: list[Problem]
) -> list[ConsumptionEntry]:
    products: dict[str, m.Product | None] = {}
    entries: list[ConsumptionEntry] = []
    for r in rows:
        if r.varenummer not in products:
            products[r.varenummer] = session.scalars(
                select(m.Product).where(
                    (m.Product.varenummer == r.varenummer) | (m.Product.gtin == r.varenummer)
                )
            ).first()
        product = products[r.varenummer]
        if product is None:
            problems.append(
                Problem(
                    "sheet_product_unknown",
                    {"row": r.row, "column": "Varenummer", "value": r.varenummer},
                )
            )
            continue
        candidates = list(
            session.scalars(
                select(m.Lot)
                .where(m.Lot.product_id == product.id, m.Lot.batch == r.batch)
                .order_by(m.Lot.thawed_on.is_not(None), m.Lot.use_by, m.Lot.id)
            )
        )
        if not candidates:
            problems.append(
                Problem(
                    "sheet_batch_unknown",
                    {"row": r.row, "column": "Batch", "value": r.batch, "product": product.name},
                )
            )
            continue
        lot = _lot_held_at(session, r.site_code, candidates)
        entries.append(
            ConsumptionEntry(
                site_code=r.site_code,
                day=r.day,
                lot_id=lot.id,
                doses=r.doses,
                target_group=r.target_group,
                row=r.row,
            )
        )
    return entries


def _lot_held_at(session: Session, site_code: str, candidates: list[m.Lot]) -> m.Lot:
    """The lot of that batch the site holds: the unthawed lot or a thawed part of it.

    ``candidates`` come unthawed first.  When the site holds several, the earliest use-by
    (the one being used first) is taken; when it holds none, the one it has held, else
    the unthawed lot (the balance check then reports the shortfall)."""
    site = session.scalars(select(m.Location).where(m.Location.code == site_code)).one_or_none()
    if site is None or len(candidates) == 1:
        return candidates[0]
    held = [lot for lot in candidates if ledger.on_hand(session, site.id, lot.id) > 0]
    if held:
        return min(held, key=lambda lot: (lot.use_by, lot.id))
    for lot in candidates:
        if _has_history(session, site.id, lot.id):
            return lot
    return candidates[0]


# --------------------------------------------------------------------------- the week grid


@dataclass(frozen=True)
class GridRow:
    lot_id: int
    product: str
    varenummer: str
    programme: str
    batch: str
    expiry: date
    use_by: date
    thawed_on: date | None
    on_hand: int
    # Doses already recorded this week: (day, target group or None) -> doses.
    recorded: Mapping[tuple[date, str | None], int] = field(default_factory=dict)
    # A recalled lot is not given any more (``stock.administer`` refuses it).
    recalled_at: datetime | None = None
    recall_reason: str = ""

    product_short: str = ""  # the short display name; ``product`` is the full one

    @property
    def recalled(self) -> bool:
        return self.recalled_at is not None

    def recorded_on(
        self, day: date, target_group: str | None = None, *, any_group: bool = True
    ) -> int:
        if any_group and target_group is None:
            return sum(v for (d, _g), v in self.recorded.items() if d == day)
        return int(self.recorded.get((day, target_group), 0))


@dataclass(frozen=True)
class GridData:
    site_code: str
    site_name: str
    week_start: date
    days: tuple[date, ...]
    rows: tuple[GridRow, ...]
    target_groups: tuple[str, ...]
    today: date
    first_open_day: date

    def is_open(self, day: date) -> bool:
        """Whether new consumption may be entered for ``day``."""
        return self.first_open_day <= day <= self.today


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_grid(app: App, site_code: str, week_start: date) -> GridData:
    """What a site's week of consumption looks like: the lots that can be entered and the
    doses already recorded per day and target group."""
    start = monday_of(week_start)
    days = tuple(start + timedelta(days=i) for i in range(7))
    lo, hi = day_start_utc(start), day_start_utc(start + timedelta(days=7))
    now = app.now()
    with app.db.read() as s:
        site = location_by_code(s, site_code)
        rev = aliased(m.Movement)
        recorded_rows = s.execute(
            select(
                m.Movement.lot_id, m.Movement.occurred_at, m.Movement.target_group, m.Movement.doses
            )
            .outerjoin(rev, rev.reverses_id == m.Movement.id)
            .where(
                m.Movement.kind == MovementKind.ADMINISTER.value,
                m.Movement.from_location_id == site.id,
                m.Movement.occurred_at >= lo,
                m.Movement.occurred_at < hi,
                rev.id.is_(None),
            )
        ).all()
        recorded: dict[int, dict[tuple[date, str | None], int]] = defaultdict(
            lambda: defaultdict(int)
        )
        for lot_id, occurred, group, doses in recorded_rows:
            recorded[lot_id][(local_day(occurred), group)] += int(doses)
        balances = {
            int(lot_id): int(doses)
            for lot_id, doses in s.execute(
                select(m.StockBalance.lot_id, m.StockBalance.doses).where(
                    m.StockBalance.location_id == site.id
                )
            )
        }
        lot_ids = {lot for lot, doses in balances.items() if doses > 0} | set(recorded)
        rows: list[GridRow] = []
        if lot_ids:
            lots = s.scalars(select(m.Lot).where(m.Lot.id.in_(lot_ids))).all()
            for lot in lots:
                p = lot.product
                rows.append(
                    GridRow(
                        lot_id=lot.id,
                        product=p.name,
                        varenummer=p.varenummer,
                        programme=p.programme_code,
                        batch=lot.batch,
                        expiry=lot.expiry,
                        use_by=lot.use_by,
                        thawed_on=lot.thawed_on,
                        on_hand=int(balances.get(lot.id, 0)),
                        recorded={k: v for k, v in recorded.get(lot.id, {}).items()},
                        recalled_at=lot.recalled_at,
                        recall_reason=lot.recall_reason or "",
                        product_short=p.short_name,
                    )
                )
        rows.sort(key=lambda r: (r.product, r.use_by, r.batch, r.lot_id))
        return GridData(
            site_code=site.code,
            site_name=site.name,
            week_start=start,
            days=days,
            rows=tuple(rows),
            target_groups=target_groups(),
            today=local_day(now),
            first_open_day=earliest_day(now, backdate_window_days(s)),
        )


@dataclass(frozen=True)
class SiteChoice:
    code: str
    name: str


def consumption_sites(app: App) -> list[SiteChoice]:
    """The places where doses are given: active, real, not pharmacies or quarantine."""
    with app.db.read() as s:
        locs = s.scalars(
            select(m.Location)
            .where(
                m.Location.is_virtual.is_(False),
                m.Location.active.is_(True),
                m.Location.holds_stock.is_(True),
                m.Location.kind_code.not_in(["pharmacy", QUARANTINE_KIND]),
            )
            .order_by(m.Location.name, m.Location.code)
        )
        return [SiteChoice(loc.code, loc.name) for loc in locs]


# --------------------------------------------------------------------------- export rows


CONSUMPTION_EXPORT_COLUMNS = (
    "day",
    "site_code",
    "site",
    "programme",
    "varenummer",
    "product",
    "batch",
    "use_by",
    "target_group",
    "doses",
    "movement_id",
    "user",
    "reference",
)


@dataclass(frozen=True)
class ConsumptionRow:
    day: date
    site_code: str
    site: str
    programme: str
    varenummer: str
    product: str
    batch: str
    use_by: date
    target_group: str | None
    doses: int
    movement_id: int
    user: str
    reference: str

    def values(self) -> tuple[object, ...]:
        return (
            self.day,
            self.site_code,
            self.site,
            self.programme,
            self.varenummer,
            self.product,
            self.batch,
            self.use_by,
            self.target_group or "",
            self.doses,
            self.movement_id,
            self.user,
            self.reference,
        )


def consumption_rows(
    app: App, period_start: date, period_end: date, site: str | None = None
) -> list[ConsumptionRow]:
    """Doses given from ``period_start`` to ``period_end`` (both included, local days),
    one row per movement that has not been reversed, in day, site, product, batch order."""
    lo, hi = day_start_utc(period_start), day_start_utc(period_end + timedelta(days=1))
    loc, rev = aliased(m.Location), aliased(m.Movement)
    q = (
        select(
            m.Movement.occurred_at,
            loc.code,
            loc.name,
            m.Product.programme_code,
            m.Product.varenummer,
            m.Product.name,
            m.Lot.batch,
            m.Lot.use_by,
            m.Movement.target_group,
            m.Movement.doses,
            m.Movement.id,
            m.Movement.user_name,
            m.Movement.reference,
        )
        .join(loc, loc.id == m.Movement.from_location_id)
        .join(m.Lot, m.Lot.id == m.Movement.lot_id)
        .join(m.Product, m.Product.id == m.Lot.product_id)
        .outerjoin(rev, rev.reverses_id == m.Movement.id)
        .where(
            m.Movement.kind == MovementKind.ADMINISTER.value,
            m.Movement.occurred_at >= lo,
            m.Movement.occurred_at < hi,
            rev.id.is_(None),
        )
        .order_by(m.Movement.occurred_at, loc.code, m.Product.name, m.Lot.batch, m.Movement.id)
    )
    with app.db.read() as s:
        if site:
            q = q.where(m.Movement.from_location_id == location_by_code(s, site).id)
        rows = [ConsumptionRow(local_day(occurred), *rest) for occurred, *rest in s.execute(q)]
    rows.sort(key=lambda r: (r.day, r.site_code, r.product, r.batch, r.movement_id))
    return rows
