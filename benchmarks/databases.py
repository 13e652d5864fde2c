"""The demo databases the benchmarks measure: built once per engine, scale and seed,
cached, and copied to a working database for each benchmark run.

A cached database is built under a temporary name and renamed only when complete, so a
build cut short is built again next time.  The working copy takes what the benchmark
writes (a delivery note posted, a round planned), so the cached one stays as built.
Every demo ends on :data:`UNTIL` and the benchmarks' clock stands at :data:`NOW`, so
the same seed gives the same database and the same figures' work on any day.
"""

from __future__ import annotations

import shutil
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

import sqlalchemy as sa

from pharmacy_app.demo.large import LargeScale
from pharmacy_app.services import demo
from pharmacy_app.services.app import App, open_app

UNTIL = date(2026, 11, 30)
NOW = datetime(2026, 12, 1, 7, 0, tzinfo=UTC)  # 08:00 in Copenhagen, the morning after
SCALES: dict[str, LargeScale | None] = {"default": None, "large": LargeScale()}


def open_bench(url: str) -> App:
    return open_app(url, user="bench", clock=lambda: NOW)


def _build(url: str, scale: str, seed: int) -> None:
    started = time.perf_counter()
    shown = [-10]

    def progress(done: int, total: int) -> None:
        pct = 100 * done // max(total, 1)
        if pct >= shown[0] + 10:
            shown[0] = pct
            print(f"  building {scale} demo: {pct} %", file=sys.stderr, flush=True)

    app = open_bench(url)
    try:
        summary = demo.generate(
            app, seed=seed, until=UNTIL, progress=progress, large=SCALES[scale]
        )
    finally:
        app.close()
    print(
        f"  built in {time.perf_counter() - started:.0f} s: {summary.movements:,} movements",
        file=sys.stderr,
    )


def sqlite_copy(cache: Path, scale: str, seed: int, work: Path) -> str:
    """URL of a working copy of the cached SQLite demo (built first if missing)."""
    cached = cache / f"sqlite-{scale}-seed{seed}.db"
    if not cached.exists():
        partial = cached.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        _build(f"sqlite:///{partial}", scale, seed)
        partial.rename(cached)
    copy = work / cached.name
    shutil.copyfile(cached, copy)
    return f"sqlite:///{copy}"


def pg_copy(server_url: str, scale: str, seed: int) -> str:
    """URL of a working copy of the cached PostgreSQL demo (built first if missing)."""
    name = f"{scale}_seed{seed}"
    admin = sa.create_engine(server_url + "postgres", isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as c:
            names = set(c.scalars(sa.text("SELECT datname FROM pg_database")))
            if name not in names:
                c.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}_partial"'))
                c.execute(sa.text(f'CREATE DATABASE "{name}_partial"'))
                _build(server_url + f"{name}_partial", scale, seed)
                c.execute(sa.text(f'ALTER DATABASE "{name}_partial" RENAME TO "{name}"'))
            c.execute(sa.text(f'DROP DATABASE IF EXISTS "work_{name}"'))
            c.execute(sa.text(f'CREATE DATABASE "work_{name}" TEMPLATE "{name}"'))
    finally:
        admin.dispose()
    return server_url + f"work_{name}"


def pg_drop(server_url: str, url: str) -> None:
    name = url.rsplit("/", 1)[1]
    admin = sa.create_engine(server_url + "postgres", isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as c:
            c.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"'))
    finally:
        admin.dispose()
