"""Small helpers the service and report tests share."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from pharmacy_app.db import models as m
from pharmacy_app.db.engine import Database
from pharmacy_app.services import reference
from pharmacy_app.services.app import App
from tests.paperlog import Clock, PaperLog

# Where the clock fixture stands: 2026-11-02 09:00 UTC, 10:00 in Copenhagen.
NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def pdftext(path: Path, page: int | None = None) -> str:
    """The text of a PDF (of one page when given) as poppler's ``pdftotext -layout`` reads it."""
    exe = shutil.which("pdftotext")
    assert exe, "pdftotext (poppler-utils) is not installed: run `bash .ci/bootstrap --test`"
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(
        [exe, "-layout", "-enc", "UTF-8", *pages, str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
    ).stdout


def balance(app: App, code: str, lot_id: int) -> int:
    """Doses of ``lot_id`` the location ``code`` holds, from the stock balance table."""
    with app.db.read() as s:
        loc = reference.location_by_code(s, code)
        return int(
            s.scalar(
                sa.select(m.StockBalance.doses).where(
                    m.StockBalance.location_id == loc.id, m.StockBalance.lot_id == lot_id
                )
            )
            or 0
        )


def set_home(app: App, code: str = "RH-APO") -> None:
    """Make ``code`` the home pharmacy, keeping the other settings."""
    current = reference.read_settings(app)
    reference.save_settings(
        app, reference.Settings(current.backdate_window_days, home_location_code=code)
    )


def give_storage(
    app: App, code: str, *classes: str, packs: int | None = None, litres: float | None = None
) -> None:
    """Record the location's storage equipment (replacing what it had); a capacity given
    is the last class's."""
    with app.db.write() as s:
        loc = reference.location_by_code(s, code)
        s.execute(sa.delete(m.LocationStorage).where(m.LocationStorage.location_id == loc.id))
        for i, cls in enumerate(classes, start=1):
            last = i == len(classes)
            s.add(
                m.LocationStorage(
                    location_id=loc.id,
                    storage_class=cls,
                    capacity_packs=packs if last else None,
                    capacity_litres=litres if last else None,
                )
            )


def home_log(app: App, clock: Clock, log: str, *, then: datetime = NOW) -> PaperLog:
    """Run a paper log, make RH-APO the home pharmacy, and set the clock to ``then``."""
    paper = PaperLog(app, clock)
    paper.run(log)
    set_home(app)
    clock.set(then)
    return paper


def at_once(target: Callable[..., None], calls: list[tuple[object, ...]], timeout: float = 300) -> list:
    """Run ``target(*args, barrier, results)`` in one new process per entry of ``calls``
    (workstations), all let go at the same moment by the barrier; return what each put
    on ``results``."""
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(len(calls))
    results = ctx.Queue()
    procs = [ctx.Process(target=target, args=(*args, barrier, results)) for args in calls]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=timeout) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    return outcomes


def workstation(
    url: str, name: str, now: datetime, barrier, results, act: Callable[[App], tuple[str, object]]
) -> None:
    """One workstation of an :func:`at_once` race, inside its own process: open the app as
    ``name``, wait at the barrier with the others, run ``act`` and report ``(name,
    *act(app))``; a refusal as ``(name, code, English text)``, anything else as ``(name,
    "error", traceback)`` so the test shows what went wrong instead of hanging."""
    import traceback

    from pharmacy_app.domain.errors import DomainError
    from pharmacy_app.services.app import open_app

    try:
        app = open_app(url, user=name, clock=Clock(now))
    except Exception:
        results.put((name, "error", traceback.format_exc()))
        return
    try:
        barrier.wait(timeout=120)
        results.put((name, *act(app)))
    except DomainError as err:
        results.put((name, str(err.code), err.text("en")))
    except Exception:
        results.put((name, "error", traceback.format_exc()))
    finally:
        app.close()


def table_digest(app: App, skip: tuple[str, ...] = ()) -> str:
    """A SHA-256 over every row of every table (but those named in ``skip``): equal
    before and after means nothing was written.  The keys of actions done
    (``posting_key``) are not counted: a restore records its own action's key in the
    database it restored."""
    import hashlib

    digest = hashlib.sha256()
    with app.db.read() as s:
        for table in m.Base.metadata.sorted_tables:
            if table.name in skip or table.name == m.PostingKey.__tablename__:
                continue
            order = list(table.primary_key.columns) or list(table.columns)
            for row in s.execute(sa.select(table).order_by(*order)):
                digest.update(repr((table.name, tuple(row))).encode())
    return digest.hexdigest()


def trust_sender(receiver: App, sender: App, region: str = "1084") -> None:
    """Make ``receiver`` trust ``sender``'s shipment signing key for ``region``, as the
    two pharmacies do once by exchanging public keys."""
    from pharmacy_app.services import signing_keys

    own = signing_keys.own_key(sender)
    signing_keys.trust(receiver, region_code=region, key_text=own.public_key_pem, label="test")


def iso_days_from(today: date) -> Callable[[int], str]:
    """``d(n)``: the ISO date ``n`` days after ``today``, for a log written relative to it."""

    def d(n: int) -> str:
        return (today + timedelta(days=n)).isoformat()

    return d


def fingerprint(db: Database) -> dict[str, str]:
    """A SHA-256 of every table's rows (in key order), by table: equal before and after
    means nothing at all was written."""
    out: dict[str, str] = {}
    with db.read() as s:
        for table in m.Base.metadata.sorted_tables:
            order = list(table.primary_key.columns) or list(table.columns)
            digest = hashlib.sha256()
            for row in s.execute(sa.select(table).order_by(*order)):
                digest.update(repr(tuple(row)).encode())
            out[table.name] = digest.hexdigest()
    return out
