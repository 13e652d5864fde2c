"""Running the simulator: the scratch databases, one season per (policy, seed), the
comparison, and the files.

What must hold: a simulation writes only into a database that is new or empty
(``db_path`` and every file beside it that a run keeps); anything else is refused,
naming the file, before anything is written.  The network is built once into a
template (migrations, the catalogue, the demo region's sites and equipment:
:func:`services.demo.set_up_network`) that each run copies, so every run starts from
the same fresh database.  The last run's ledger stays in ``db_path``; the others are
kept beside it as ``<stem>.<policy>.<seed>.sqlite``.  Cancelled (``cancelled()`` true
between days, or an exception from ``progress``), a simulation removes the databases
and files it wrote and raises ``simulation_cancelled`` (or lets the exception through).
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time as wall
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from datetime import UTC, date, datetime, timedelta
from multiprocessing import get_context
from pathlib import Path

from sqlalchemy import select

from pharmacy_app.db import models as m
from pharmacy_app.domain import cold_chain as cc
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.messages.codes import Code
from pharmacy_app.domain.messages.sentence import Sentence
from pharmacy_app.domain.stock_targets import DEFAULT_ROUND_INTERVAL_DAYS, MAX_ROUND_INTERVAL_DAYS
from pharmacy_app.services import activity, demo, stock_outs, storage_settings
from pharmacy_app.services.app import App, open_app
from pharmacy_app.services.reference.settings import get_setting, put_setting
from pharmacy_app.services.simulation import figures
from pharmacy_app.services.simulation import policies as pol
from pharmacy_app.services.simulation import world as w
from pharmacy_app.services.simulation.files import write_files
from pharmacy_app.services.simulation.model import Comparison, RunResult, SimulationSettings
from pharmacy_app.services.simulation.season import SimClock, play, read_setup
from pharmacy_app.services.simulation.world import SeasonWorld, World

DEMO_REGION = "1084"
SEASONS = (2000, 2100)
MAX_DAYS = 151  # 1 October to the end of February
MAX_COVER_DAYS = 90
USER = "simulation"

Progress = Callable[[int, int, str], None]


def run(
    settings: SimulationSettings,
    *,
    db_path: Path,
    out_dir: Path | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    language: str = "en",
    jobs: int = 1,
) -> Comparison:
    """Every chosen policy for every seed, each a season on its own scratch database;
    the comparison, and with ``out_dir`` the workbook and the chart written there (in
    ``language``).  ``progress(done, total, text)`` after each simulated day; with
    ``jobs`` > 1 the runs are played in that many processes at once (each on its own
    database), and progress comes as each run ends."""
    check(settings)
    chosen = pol.chosen(settings.policies)
    runs_wanted = [(p, seed) for p in chosen for seed in settings.seeds]
    paths = _run_paths(Path(db_path), [(p.name, seed) for p, seed in runs_wanted])
    for path in dict.fromkeys(paths):
        refuse_unless_empty(path)
    region = settings.region_code or DEMO_REGION
    days = settings.days or w.SEASON_DAYS
    total = len(runs_wanted) * days
    written: list[Path] = []
    try:
        with tempfile.TemporaryDirectory(prefix="pharmacy-sim-") as tmp:
            template = Path(tmp) / "template.sqlite"
            network, codes = prepare(template, settings, region)
            for path in paths:
                if path.exists():
                    path.unlink()  # new or empty, checked above
                shutil.copyfile(template, path)
                written.append(path)
            jobs_wanted = [
                (path, settings, network, codes, policy, seed)
                for (policy, seed), path in zip(runs_wanted, paths, strict=True)
            ]
            if jobs > 1 and len(jobs_wanted) > 1:
                played = _in_processes(jobs_wanted, jobs, days, total, progress, cancelled)
            else:
                played = []
                for k, job in enumerate(jobs_wanted):

                    def step(i: int, k: int = k, text: str = f"{job[4].name} {job[5]}") -> None:
                        if cancelled is not None and cancelled():
                            raise fail(Code.SIMULATION_CANCELLED)
                        if progress is not None:
                            progress(k * days + i + 1, total, text)

                    played.append(play_one(*job, step))
            results = [result for result, _read in played]
            reads_basis = all(read for _result, read in played)
        order = [p.name for p in chosen]
        summary = figures.summaries(results, order)
        comparison = Comparison(
            settings=settings,
            runs=tuple(results),
            summary=summary,
            targets=figures.targets(summary),
            assumptions=assumptions(settings, network, codes, chosen, reads_basis),
            databases=tuple(written),
        )
        if out_dir is not None:
            comparison = write_files(comparison, Path(out_dir), language)
        return comparison
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise


Job = tuple[Path, SimulationSettings, demo.Network, tuple[str, ...], pol.Policy, int]


def _quietly(job: Job) -> tuple[RunResult, bool]:
    """One run in a worker process (no progress from inside it)."""
    return play_one(*job, lambda _i: None)


def _in_processes(
    jobs_wanted: list[Job],
    jobs: int,
    days: int,
    total: int,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> list[tuple[RunResult, bool]]:
    done: dict[int, tuple[RunResult, bool]] = {}
    with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("spawn")) as pool:
        futures = {pool.submit(_quietly, job): k for k, job in enumerate(jobs_wanted)}
        try:
            for future in as_completed(futures):
                k = futures[future]
                done[k] = future.result()
                if cancelled is not None and cancelled():
                    raise fail(Code.SIMULATION_CANCELLED)
                if progress is not None:
                    job = jobs_wanted[k]
                    progress(len(done) * days, total, f"{job[4].name} {job[5]}")
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise
    return [done[k] for k in range(len(jobs_wanted))]


def check(settings: SimulationSettings) -> None:
    """Refuse settings no season can be played with (a typed problem naming the field)."""
    low, high = SEASONS
    if not isinstance(settings.season, int) or not low <= settings.season <= high:
        raise fail(Code.SIMULATION_SEASON_INVALID, season=settings.season, low=low, high=high)
    if not settings.seeds:
        raise fail(Code.SIMULATION_NO_SEEDS)
    for field, value, most in (
        ("cover_days", settings.cover_days, MAX_COVER_DAYS),
        ("round_every", settings.round_every, MAX_ROUND_INTERVAL_DAYS),
        ("days", settings.days, MAX_DAYS),
    ):
        if value is not None and (not isinstance(value, int) or not 1 <= value <= most):
            raise fail(Code.SIMULATION_NUMBER_INVALID, field=field, value=value, low=1, high=most)
    pol.chosen(settings.policies)


def refuse_unless_empty(path: Path) -> None:
    """``path`` must not exist, be an empty file, or be an SQLite database without a
    single table: anything else may be someone's data and is refused."""
    if not path.exists():
        if not path.parent.is_dir():
            raise fail(Code.SIMULATION_DB_NOT_SQLITE, path=str(path))
        return
    if not path.is_file():
        raise fail(Code.SIMULATION_DB_NOT_SQLITE, path=str(path))
    if path.stat().st_size == 0:
        return
    what = _tables_in(path)
    if what:
        raise fail(Code.SIMULATION_DB_NOT_EMPTY, path=str(path), what=what)


def _tables_in(path: Path) -> str:
    """'' for an SQLite file without tables, else what it holds (for the refusal)."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            names = [r[0] for r in con.execute("select name from sqlite_master where type='table'")]
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return "not an SQLite database"
    if not names:
        return ""
    return f"{len(names)} tables"


def _run_paths(db_path: Path, runs: list[tuple[str, int]]) -> list[Path]:
    """The last run in ``db_path``; the others beside it, ``<stem>.<policy>.<seed>.sqlite``."""
    out = [db_path.with_name(f"{db_path.stem}.{name}.{seed}.sqlite") for name, seed in runs[:-1]]
    return [*out, db_path]


def _url(path: Path) -> str:
    return "sqlite:///" + str(path)


def prepare(
    path: Path, settings: SimulationSettings, region: str
) -> tuple[demo.Network, tuple[str, ...]]:
    """Migrations, the catalogue and the region's network in a new file (the template
    each run copies); the network and the codes of the sites played."""
    start = datetime(settings.season, 9, 30, 12, tzinfo=UTC)
    app = open_app(_url(path), user=USER, clock=lambda: start)
    try:
        network = demo.set_up_network(app, region_code=region)
        known = [s.code for s in network.sites]
        for code in settings.site_codes:
            if code not in known:
                raise fail(Code.SIMULATION_SITE_UNKNOWN, site=code, region=region)
        codes = tuple(c for c in known if not settings.site_codes or c in settings.site_codes)
        if settings.cover_days is not None:
            _set_cover_days(app, settings.cover_days)
    finally:
        app.close()
    return network, codes


def _set_cover_days(app: App, days: int) -> None:
    """Every site kind's days of cover (reference data of the scratch database)."""
    with app.db.write() as s:
        for kind in s.scalars(select(m.LocationKind)):
            before = kind.target_cover_days
            kind.target_cover_days = days
            activity.record(s, app, "reference", f"kind {kind.code} cover days", before, days)


def play_one(
    path: Path,
    settings: SimulationSettings,
    network: demo.Network,
    codes: tuple[str, ...],
    policy: pol.Policy,
    seed: int,
    step: Callable[[int], None],
    *,
    world: SeasonWorld | None = None,
) -> tuple[RunResult, bool]:
    """One season on the copy of the template at ``path``: the policy's settings, then
    the days of ``world`` (default: the world of ``seed``); its result, and whether the
    app read the forecast setting."""
    began = wall.perf_counter()
    clock = SimClock(datetime(settings.season, 9, 30, 12, tzinfo=UTC))
    app = open_app(_url(path), user=USER, clock=clock, upgrade=False)
    try:
        if not policy.thaw_on_dispatch:
            _every_site_keeps_frozen(app, network, codes)
        if settings.round_every is not None:
            stock_outs.save_round_interval(app, settings.round_every)
        read = True
        if policy.forecast_rounds:
            with app.db.write() as s:
                put_setting(s, pol.SETTING_ROUND_BASIS, pol.FORECAST_BASIS, app)
                read = get_setting(s, pol.SETTING_ROUND_BASIS) == pol.FORECAST_BASIS
            read = read and _basis_is_read()
        setup = read_setup(app, codes, stock_outs.round_interval(app))
        world = world or World(
            [p for p in network.products if p.varenummer in setup.product_ids],
            network.sites,
            {code: network.classes(code) for code in network.equipment},
            region_code=network.region_code,
            season=settings.season,
            seed=seed,
            days=settings.days,
            played=frozenset(codes),
        )
        tally = play(app, clock, world, policy, setup, step=step)
        first, last = world.days[0], world.days[-1]
        result = figures.run_result(
            app, policy.name, seed, first, last, tally, wall.perf_counter() - began
        )
    finally:
        app.close()
    return result, read


def _basis_is_read() -> bool:
    """Whether this version of the app's round planning reads ``round_use_basis``."""
    from pharmacy_app.services.distribution import proposals

    return any(
        pol.SETTING_ROUND_BASIS in p.read_text(encoding="utf-8")
        for p in Path(proposals.__file__).parent.glob("*.py")
    )


def _every_site_keeps_frozen(app: App, network: demo.Network, codes: tuple[str, ...]) -> None:
    """The app is told every site played has every freezer class besides its own
    equipment, as it sent frozen stock before it knew equipment."""
    for code in codes:
        have = network.equipment.get(code, ())
        classes = {e.storage_class for e in have}
        extra = [
            (c, None, None)
            for c in (cc.StorageClass.ULTRALOW, cc.StorageClass.FREEZER)
            if c not in classes
        ]
        if not extra:
            continue
        storage_settings.set_storage(
            app,
            code,
            [*extra, *((e.storage_class, e.capacity_packs, e.capacity_litres) for e in have)],
        )


def assumptions(
    settings: SimulationSettings,
    network: demo.Network,
    codes: tuple[str, ...],
    chosen: list[pol.Policy],
    reads_basis: bool,
) -> tuple[Sentence, ...]:
    first = date(settings.season, 10, 1)
    days = settings.days or w.SEASON_DAYS
    cover = (
        str(settings.cover_days)
        if settings.cover_days is not None
        else ", ".join(
            f"{k} {v}"
            for k, v in sorted({s.kind_code: s.cover_days for s in network.sites}.items())
        )
    )
    out = [
        Sentence(Code.SIM_ASSUME_SEASON, {
            "first": first, "last": first + timedelta(days=days - 1), "days": days,
            "sites": len(codes), "region": network.region_code,
            "seeds": ", ".join(str(s) for s in settings.seeds),
        }),
        Sentence(Code.SIM_ASSUME_DELIVERIES, {
            "every": w.DELIVERY_EVERY, "first": first, "margin": w.DELIVERY_MARGIN,
            "short": w.SHORT_DATED_SHARE * 100, "low": w.SHORT_DATED[0], "high": w.SHORT_DATED[1],
        }),
        Sentence(Code.SIM_ASSUME_DEMAND, {"low": 70, "high": 110, "cancel": w.CANCEL_PERCENT}),
        Sentence(Code.SIM_ASSUME_START),
        Sentence(Code.SIM_ASSUME_ROUNDS, {
            "every": settings.round_every or DEFAULT_ROUND_INTERVAL_DAYS, "cover": cover,
        }),
        Sentence(Code.SIM_ASSUME_OPEN_VIAL, {"low": w.SESSION_DOSES[0], "high": w.SESSION_DOSES[1]}),
        Sentence(Code.SIM_ASSUME_COLD),
        Sentence(Code.SIM_ASSUME_EXCURSIONS, {"percent": w.EXCURSION_PER_MILLE / 10}),
        Sentence(Code.SIM_ASSUME_EXPIRY),
    ]  # fmt: skip
    if any(p.forecast_rounds for p in chosen) and not reads_basis:
        out.append(Sentence(Code.SIM_ASSUME_FORECAST_UNREAD))
    return tuple(out)
