"""The monthly report to SSI: gather a month from the ledger, write it, archive it, close it.

* :func:`build` reads the home pharmacy's region, its stock at the month's start (the
  stored month-end snapshot of the month before, :mod:`.month_end`) and the movements
  of its locations in the month (and the four weeks before, for the rate of use) in one
  read transaction, and computes the report with :mod:`pharmacy_app.domain.ssi_report`
  (plain data, no file).  Its cost follows the month, not the years before it.
* :func:`write` lays it out as ``SSI_<regionskode>_<ÅÅÅÅ-MM>.xlsx`` (``_v2``… for a
  correction of a month already sent, ``_foreloebig`` for a month not yet ended).
* :func:`mark_sent` stores the file exactly as sent, with its SHA-256 and Kontrolsum;
  from then on the month is closed (``ledger.post`` refuses movements into it unless
  given a reason).  Marking again adds a version and keeps the old ones.  The current
  or a future month (Copenhagen calendar) is never marked (``month_not_ended``), nor a
  workbook that is provisional or carries another version than the one it would get.
* :func:`changes_since_sent` compares a fresh build with the last version sent, cell by
  cell, by reading the stored workbook back.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session, aliased, defer

from pharmacy_app.db import models as m
from pharmacy_app.domain import changes as screens
from pharmacy_app.domain import report_period as rp
from pharmacy_app.domain import ssi_report as dr
from pharmacy_app.domain import workbook_diff as wd
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.localtime import local_day
from pharmacy_app.domain.report_period import Period, parse_period
from pharmacy_app.domain.roles import Role
from pharmacy_app.domain.ssi_report import SsiReport
from pharmacy_app.domain.types import MovementKind, VirtualLocation
from pharmacy_app.domain.workbook_diff import Change
from pharmacy_app.reports import ssi_layout, ssi_workbook
from pharmacy_app.services import activity, in_transit, month_end
from pharmacy_app.services.app import App
from pharmacy_app.services.permissions import requires
from pharmacy_app.services.reference import home_pharmacy

Progress = Callable[[int, int], None]

__all__ = [
    "ArchivedReport",
    "Change",
    "SsiReport",
    "archive",
    "archived_file",
    "build",
    "changes_since_sent",
    "check_can_mark_sent",
    "mark_sent",
    "write",
]


@dataclass(frozen=True)
class ArchivedReport:
    id: int
    period: str
    version: int
    region_code: str
    layout_version: int
    file_name: str
    size: int
    file_sha256: str
    checksum: str
    sent_by: str
    sent_at: datetime


# --------------------------------------------------------------------------- building


def _gather(
    session: Session, period: Period, count_from: date
) -> tuple[m.Location, m.Region, dr.ReportData, str]:
    if session.get_bind().dialect.name == "postgresql":
        # Every query below sees the same snapshot of the ledger.
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
    home = home_pharmacy(session)
    region = session.get(m.Region, home.region_code)
    if region is None:
        raise fail("region_unknown", region=home.region_code)
    scope = month_end.scope(session, region.code)
    locations = scope.locations

    products = {
        p.id: dr.ProductRecord(p.id, p.varenummer, p.name, name_da, p.doses_per_unit * p.units_per_pack)
        for p, name_da in session.execute(
            select(m.Product, m.Programme.name_da).join(
                m.Programme, m.Programme.code == m.Product.programme_code
            )
        )
    }
    lots = {
        lot.id: dr.LotRecord(lot.id, lot.product_id, lot.batch, lot.expiry, lot.use_by)
        for lot in session.scalars(select(m.Lot))
    }
    # The stock at the month's start, from the stored month-end snapshot of the month before.
    opening = month_end.closing(session, scope, period.previous())

    groups = _month_groups(session, scope, period, count_from)
    movements = [record for record, _ in groups]
    data = dr.compute(period, movements, locations, lots, products, count_from, opening)
    window = dr.window_start(period, count_from)
    checksum = dr.checksum(
        (
            dr.ChecksumGroup(
                kind=r.kind,
                batch=lots[r.lot_id].batch,
                varenummer=products[lots[r.lot_id].product_id].varenummer,
                from_code=locations[r.from_id].code,
                to_code=locations[r.to_id].code,
                reason=r.reason_code or "",
                note=r.note,
                going_to_code=locations[r.transit_to].code if r.transit_to is not None else "",
                in_month=r.occurred_at >= period.start,
                in_window=r.occurred_at >= window,
                count=count,
                doses=r.doses,
                first_id=r.id,
                last_id=last_id,
            )
            for r, (count, last_id) in groups
        ),
        month_end.opening_rows(scope, opening, lots, products),
    )
    return home, region, data, checksum


def _month_groups(
    session: Session, scope: month_end.Scope, period: Period, count_from: date
) -> list[tuple[dr.MovementRecord, tuple[int, int]]]:
    """The region's movements the report reads (the month, and the four weeks before
    the day counted from), summed in SQL over movements alike in all the report uses.

    Each group comes back as one record standing for all of them: its doses the sum,
    its id the lowest (the order notes are listed in), its time one inside the same
    part (the month, the rate-of-use window, or both); and with its count and highest
    id, for the checksum.  The note is kept only where the workbook shows it (a
    discard, not a reversal), so other notes do not split the groups."""
    mv = m.Movement
    original = aliased(m.Movement)
    start = period.start
    window = dr.window_start(period, count_from)
    wasted = next(i for i, loc in scope.locations.items() if loc.code == VirtualLocation.WASTED)
    reversal = MovementKind.REVERSAL.value
    rows = (
        select(
            mv.id.label("id"),
            mv.kind.label("kind"),
            mv.lot_id.label("lot_id"),
            mv.from_location_id.label("src"),
            mv.to_location_id.label("dst"),
            mv.doses.label("doses"),
            func.coalesce(mv.reason_code, original.reason_code, "").label("reason"),
            case(
                (and_(mv.to_location_id == wasted, mv.kind != reversal), func.coalesce(mv.note, "")),
                else_="",
            ).label("note"),
            func.coalesce(in_transit.destination_column(mv, scope.transit_id), 0).label("going_to"),
            case((mv.occurred_at >= start, 1), else_=0).label("in_month"),
            case((mv.occurred_at >= window, 1), else_=0).label("in_window"),
        )
        .outerjoin(original, original.id == mv.reverses_id)
        .outerjoin(m.DistributionList, in_transit.destination_join(mv))
        .where(
            month_end.in_region(mv, scope),
            mv.occurred_at >= dr.reads_from(period, count_from),
            mv.occurred_at < period.end,
        )
        .subquery()
    )
    keys = (
        rows.c.kind, rows.c.lot_id, rows.c.src, rows.c.dst, rows.c.reason, rows.c.note,
        rows.c.going_to, rows.c.in_month, rows.c.in_window,
    )  # fmt: skip
    result = session.execute(
        select(*keys, func.sum(rows.c.doses), func.count(), func.min(rows.c.id), func.max(rows.c.id))
        .group_by(*keys)
    )
    out = []
    for kind, lot_id, src, dst, reason, note, going_to, in_month, in_window, doses, count, first, last in result:
        # A moment inside the same part of the reading as every movement of the group.
        occurred = (max(start, window) if in_window else start) if in_month else window
        record = dr.MovementRecord(
            id=int(first),
            kind=kind,
            lot_id=lot_id,
            from_id=src,
            to_id=dst,
            doses=int(doses),
            occurred_at=occurred,
            reason_code=reason or None,
            note=note or "",
            transit_to=going_to or None,
        )
        out.append((record, (int(count), int(last))))
    return out


def _next_version(session: Session, period: Period) -> int:
    latest = session.scalar(
        select(func.max(m.ReportArchive.version)).where(m.ReportArchive.period == period.text)
    )
    return int(latest or 0) + 1


def _refuse_unfinished(period: Period, today: date) -> None:
    if not rp.has_ended(period, today):
        raise fail(
            "month_not_ended",
            period=period.text,
            today=today.strftime("%d-%m-%Y"),
            first=period.next().first_day.strftime("%d-%m-%Y"),
        )


def check_can_mark_sent(app: App, period: str) -> None:
    """Refuse (``month_not_ended``) the current or a future month before anything is written."""
    _refuse_unfinished(parse_period(period), app.today())


def build(app: App, period: str) -> SsiReport:
    """The report for ``period`` (``ÅÅÅÅ-MM``) as plain data; nothing is written.

    A month not yet ended gives a provisional report counted up to today; the version is
    the one the workbook gets when it is marked as sent (the month's reports so far + 1).
    """
    p = parse_period(period)
    local_now = app.local_now()  # one reading: the time it was made and its day agree
    made_at = local_now.isoformat(timespec="seconds")
    today = local_now.date()
    provisional = not rp.has_ended(p, today)
    # Store the opening stock first (once; then only what was recorded since is read) ...
    month_end.prepare(app, p.previous(), local_now)
    with app.db.read() as s:
        home, region, data, checksum = _gather(s, p, rp.counted_from(p, today))
        version = _next_version(s, p)
        cover = dr.Cover(
            region_name=region.name,
            region_code=region.code,
            pharmacy_name=home.name,
            period=p.text,
            first_day=p.first_day,
            last_day=p.last_day,
            made_at=made_at,
            made_by=app.user,
            checksum=checksum,
            version=version,
            status=rp.PROVISIONAL if provisional else rp.FINAL,
        )
    if not provisional:
        month_end.prepare(app, p, local_now)  # ... and this month's closing stock, next month's opening
    name = ssi_layout.file_name(region.code, p.text, version, provisional)
    return SsiReport(cover=cover, data=data, file_name=name)


@requires(Role.COORDINATOR)
@screens.declares(screens.Change.NONE)
def write(app: App, period: str, out_dir: Path, progress: Progress | None = None) -> Path:
    """Build the report and write ``out_dir/SSI_<regionskode>_<ÅÅÅÅ-MM>.xlsx``."""
    report = build(app, period)
    return ssi_workbook.write(report, Path(out_dir) / report.file_name, progress)


# --------------------------------------------------------------------------- archive


def _archived(row: m.ReportArchive, size: int) -> ArchivedReport:
    return ArchivedReport(
        id=row.id,
        period=row.period,
        version=row.version,
        region_code=row.region_code,
        layout_version=row.layout_version,
        file_name=row.file_name,
        size=size,
        file_sha256=row.file_sha256,
        checksum=row.checksum,
        sent_by=row.sent_by,
        sent_at=row.sent_at,
    )


def _cover_value(tables: ssi_workbook.Tables, label: str) -> object:
    for row in tables.get(ssi_layout.COVER_SHEET, []):
        if row.get(ssi_workbook.COVER_HEADERS[0]) == label:
            return row.get(ssi_workbook.COVER_HEADERS[1])
    return None


@requires(Role.COORDINATOR)
@screens.declares(screens.Change.REPORTS)
def mark_sent(app: App, period: str, path: Path) -> ArchivedReport:
    """Archive the workbook at ``path`` as sent to SSI for ``period``; the month closes.

    Refused for the current or a future month (``month_not_ended``), and for a file that
    is not this month's final workbook with the version it would get."""
    p = parse_period(period)
    now = app.now()  # one reading: the month's end is checked on the day the report is archived
    _refuse_unfinished(p, local_day(now))
    path = Path(path)
    content = path.read_bytes()
    try:
        tables = ssi_workbook.read(content)
    except Exception as err:  # not a workbook at all
        raise fail("report_file_mismatch", file=path.name, period=p.text, why="not a workbook") from err
    shown = _cover_value(tables, "Periode")
    if shown != p.text:
        raise fail("report_file_mismatch", file=path.name, period=p.text, why=f"Periode is {shown}")
    if _cover_value(tables, "Status") == rp.PROVISIONAL:
        raise fail(
            "report_file_mismatch",
            file=path.name,
            period=p.text,
            why=f"Status is {rp.PROVISIONAL}: made before the month ended; make it again",
        )
    with app.db.write() as s:
        home = home_pharmacy(s)
        if _cover_value(tables, "Regionskode") != home.region_code:
            raise fail(
                "report_file_mismatch",
                file=path.name,
                period=p.text,
                why=f"Regionskode is {_cover_value(tables, 'Regionskode')}",
            )
        layout_version = _cover_value(tables, "Layoutversion")
        version = _next_version(s, p)
        shown_version = _cover_value(tables, "Version")
        if shown_version is not None and shown_version != version:
            # Two workbooks marked "version 1" would leave SSI unable to tell them apart.
            raise fail(
                "report_file_mismatch",
                file=path.name,
                period=p.text,
                why=f"Version is {shown_version}, this would be version {version}; make it again",
            )
        row = m.ReportArchive(
            period=p.text,
            version=version,
            region_code=str(home.region_code),
            layout_version=layout_version if isinstance(layout_version, int) else 0,
            file_name=path.name,
            content=content,
            file_sha256=hashlib.sha256(content).hexdigest(),
            checksum=str(_cover_value(tables, "Kontrolsum") or ""),
            sent_by=app.user,
            sent_at=now,
        )
        s.add(row)
        s.flush()
        activity.record(
            s, app, activity.Kind.MONTH_CLOSE, p.text, None,
            {"version": version, "file": path.name, "sha256": row.file_sha256}, now=now,
        )  # fmt: skip
        return _archived(row, len(content))


def archive(app: App) -> list[ArchivedReport]:
    """Every report marked as sent, newest month and version first."""
    with app.db.read() as s:
        rows = s.execute(
            select(m.ReportArchive, func.length(m.ReportArchive.content))
            .options(defer(m.ReportArchive.content))
            .order_by(m.ReportArchive.period.desc(), m.ReportArchive.version.desc())
        )
        return [_archived(row, int(size or 0)) for row, size in rows]


def archived_file(app: App, archive_id: int) -> bytes:
    """The bytes of an archived workbook, exactly as sent."""
    with app.db.read() as s:
        content = s.scalar(select(m.ReportArchive.content).where(m.ReportArchive.id == archive_id))
    if content is None:
        raise fail("value_invalid", field="Archived report", value=archive_id, why="not in the archive")
    return bytes(content)


def changes_since_sent(app: App, period: str) -> list[Change]:
    """The cells and rows that differ between a fresh report and the last one sent."""
    p = parse_period(period)
    with app.db.read() as s:
        content = s.scalar(
            select(m.ReportArchive.content)
            .where(m.ReportArchive.period == p.text)
            .order_by(m.ReportArchive.version.desc())
            .limit(1)
        )
    if content is None:
        raise fail("report_not_sent", period=p.text)
    sent = ssi_workbook.read(bytes(content))
    fresh = ssi_workbook.read(ssi_workbook.to_bytes(build(app, p.text)))
    return wd.diff_tables(
        sent,
        fresh,
        ssi_workbook.keys(),
        ignore={ssi_layout.COVER_SHEET: ssi_layout.COVER_MAKING},
    )
