"""Recording consumption: the doses a site gave, day by day, lot by lot.

A batch of entries (a week grid being saved, or an imported consumption sheet) is
recorded in ONE transaction.  Each entry becomes an ``administer`` movement site →
ADMINISTERED, dated 12:00 Copenhagen time on its day (today's entries recorded before
noon are dated now, so they are never in the future: :mod:`domain.consumption`), with
the reference ``FORBRUG <site> <yyyy-mm-dd>`` and the target group (målgruppe) it was
given to.

What must hold:

* Everything is checked before anything is written, and every problem is reported at
  once in one :class:`DomainError` (row, field, reason).  A refused batch writes nothing.
* A batch never makes a site's balance of a lot negative at any moment: the entries are
  added to the site's history of that lot in day order, and what was entered on a day is
  compared with the most that could still be given then (the lowest balance from that
  moment on, :func:`domain.ledger.available_at`).  The first day that runs short is
  reported with the numbers.
* Movements are posted through :func:`pharmacy_app.services.ledger.post`, which checks
  the back-dating window and the balance again inside the same transaction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain import formats
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.consumption import earliest_day, occurred_for
from pharmacy_app.domain.errors import DomainError, Problem, fail
from pharmacy_app.domain.ledger import Step, available_at
from pharmacy_app.domain.limits import MAX_DOSES_PER_MOVEMENT
from pharmacy_app.domain.localtime import local_day
from pharmacy_app.domain.roles import Role
from pharmacy_app.domain.stock_rules import consumption_site, expired_when_given
from pharmacy_app.domain.types import MovementKind, VirtualLocation
from pharmacy_app.services import ledger
from pharmacy_app.services.app import App
from pharmacy_app.services.consumption.target_groups import normalise_target_group, target_groups
from pharmacy_app.services.permissions import requires
from pharmacy_app.services.records import location_record, lot_record
from pharmacy_app.services.reference import backdate_window_days, virtual

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


@dataclass
class CheckedEntry:
    entry: ConsumptionEntry
    row: int
    site: m.Location
    lot: m.Lot
    occurred: datetime
    target_group: str | None


@requires(Role.STAFF)
@declares(Change.STOCK)
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
        return record_entries(
            s,
            app.user,
            now,
            list(entries),
            ENTRY_FIELDS,
            [],
            closed_month_reason=closed_month_reason,
        )


def record_entries(
    session: Session,
    user: str,
    now: datetime,
    entries: list[ConsumptionEntry],
    fields: Mapping[str, str],
    problems: list[Problem],
    note: str = "",
    closed_month_reason: str | None = None,
) -> RecordResult:
    """Check and post ``entries`` inside the caller's transaction; ``problems`` found
    before (a sheet's unreadable rows) are reported with the entries' own."""
    if not entries and not problems:
        raise fail("consumption_empty")
    checked = check_entries(session, now, entries, fields, problems)
    check_balances(session, checked, problems)
    if problems:
        raise DomainError(problems)

    administered = virtual(session, VirtualLocation.ADMINISTERED)
    postings = [
        ledger.Posting(
            kind=MovementKind.ADMINISTER,
            lot=c.lot,
            source=c.site,
            destination=administered,
            doses=c.entry.doses,
            occurred_at=c.occurred,
            reference=f"{REFERENCE_PREFIX} {c.site.code} {c.entry.day.isoformat()}",
            note=note,
            target_group=c.target_group,
        )
        for c in sorted(checked, key=lambda c: (c.occurred, c.row))
    ]
    ids = ledger.post_many(
        session, postings, user=user, now=now, closed_month_reason=closed_month_reason
    )
    days = [c.entry.day for c in checked]
    return RecordResult(
        movement_ids=tuple(ids),
        doses=sum(c.entry.doses for c in checked),
        sites=tuple(sorted({c.site.code for c in checked})),
        first_day=min(days),
        last_day=max(days),
    )


def check_entries(
    session: Session,
    now: datetime,
    entries: list[ConsumptionEntry],
    fields: Mapping[str, str],
    problems: list[Problem],
) -> list[CheckedEntry]:
    """Each entry checked on its own (site, lot, doses, target group, day); the good
    ones come back, every problem is added to ``problems``."""
    today = local_day(now)
    window = backdate_window_days(session)
    first_open = earliest_day(now, window)
    sites: dict[str, m.Location | None] = {}
    lots: dict[int, m.Lot | None] = {}
    seen_at: dict[tuple[int, int], bool] = {}
    groups = target_groups()
    out: list[CheckedEntry] = []

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
        else:
            problems += consumption_site(location_record(site), row=row, field=fields["site"])

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
        elif lot is not None:
            problems += expired_when_given(lot_record(lot), e.day, row=row, field=fields["lot"])

        if site is not None and lot is not None and len(problems) == n_before:
            key = (site.id, lot.id)
            if key not in seen_at:
                seen_at[key] = has_history(session, site.id, lot.id)
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
            out.append(CheckedEntry(e, row, site, lot, occurred_for(e.day, now), group))
    return out


def has_history(session: Session, location_id: int, lot_id: int) -> bool:
    """Whether the lot was ever moved in or out of the location."""
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


def check_balances(session: Session, checked: list[CheckedEntry], problems: list[Problem]) -> None:
    """Add a problem for the first day on which a site is given more of a lot than
    it could still give then without its balance going negative."""
    groups: dict[tuple[int, int], list[CheckedEntry]] = defaultdict(list)
    for c in checked:
        groups[(c.site.id, c.lot.id)].append(c)
    for (site_id, lot_id), items in groups.items():
        steps = ledger.history_steps(session, site_id, lot_id)
        seq = 1 << 60  # after every movement already in the ledger
        by_day: dict[date, list[CheckedEntry]] = defaultdict(list)
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
