"""Every file of the fuzz corpus is refused, naming row and field, with nothing written
and no traceback: through the services and through the command line, on SQLite and
PostgreSQL.

The corpus (``corpus/cases.toml``) holds the delivery notes, consumption sheets and round
files of issue 20 and more of the same kind; ``corpus/scans.txt`` the scans.  Each case
must be refused with (at least) the problems the manifest names, each message naming the
row (and the column or field); a hash of every table's rows must be the same before and
after.  One database per engine is set up for the whole module, as nothing is written.

The command line runs every case, on a database of its own, in one subprocess (``cli_driver``: ``main(argv)`` per
case, as ``python -m pharmacy_app`` runs it) on the real clock, and a few headline cases
also as their own ``python -m pharmacy_app`` process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from pharmacy_app.domain.errors import DomainError, Problem
from pharmacy_app.services import consumption, receiving, receiving_import, reference
from pharmacy_app.services.app import App, open_app
from pharmacy_app.services.round_file import read_round_file
from tests.conftest import START
from tests.fuzz import corpus
from tests.fuzz.corpus import Case
from tests.helpers import fingerprint
from tests.paperlog import Clock, PaperLog

ROOT = Path(__file__).resolve().parents[2]
ALL = [c for kind in corpus.KINDS for c in corpus.cases(kind)]


def history(today: date) -> str:
    """A site of the region holding a lot, so that the good rows of every sheet and round
    file are good: what is refused is refused for the case's own fault."""
    d = lambda n: (today - timedelta(days=n)).isoformat()  # noqa: E731
    return f"""
        {d(12)} receive 412345 FZSITE exp {(today + timedelta(days=300)).isoformat()} 10 packs
        {d(12)} site VC-FUZZ central "Vaccinationscenter Fuzz"
        {d(11)} transfer FZSITE RH-APO -> VC-FUZZ 120
    """


def set_up(url: str, clock: Clock) -> App:
    app = open_app(url, user="fuzzer", clock=clock)
    today = clock().date()
    PaperLog(app, clock).run(history(today))
    current = reference.read_settings(app)
    reference.save_settings(app, reference.Settings(current.backdate_window_days, "RH-APO"))
    return app


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def fuzz_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'fuzz.db'}"
        return
    from tests.pgserver import fresh_database

    with fresh_database(request.getfixturevalue("pg_server")) as url:
        yield url


@dataclass
class Stocked:
    app: App
    clock: Clock


@pytest.fixture(scope="module")
def stocked(fuzz_url: str) -> Iterator[Stocked]:
    clock = Clock(START - timedelta(days=13))
    app = set_up(fuzz_url, clock)
    clock.set(START)
    yield Stocked(app, clock)
    app.close()


# --------------------------------------------------------------------------- checks


def names_row(text: str, row: int, file: str) -> bool:
    """The message names the row (or, for a problem with the whole file, the file)."""
    lowered = text.lower()
    if row == 0:
        return file.lower() in lowered
    return any(f"{word} {row}" in lowered for word in ("row", "rows", "række"))


def names_row_and_field(text: str, row: int, field: str, file: str) -> bool:
    return names_row(text, row, file) and field.lower() in text.lower()


def missing_expected(case: Case, problems: list[Problem], file: str) -> list[object]:
    """Expected (code, row, field) not found among the problems, each as the message says."""
    missing: list[object] = []
    for code, row, field in case.expect:
        found = [
            p
            for p in problems
            if p.code == code
            and int(p.params.get("row") or 0) == row
            and names_row_and_field(p.text("en"), row, field, file)
            and names_row(p.text("da"), row, file)
        ]
        if not found:
            missing.append((code, row, field))
    return missing


def refuse(stocked: Stocked, case: Case, path: Path) -> list[Problem]:
    app = stocked.app
    if case.kind == "note":
        preview = receiving_import.preview(app, path)
        assert not preview.ok, "the preview must refuse it too"
        with pytest.raises(DomainError) as info:
            receiving_import.import_note(app, path)
    elif case.kind == "sheet":
        with pytest.raises(DomainError) as info:
            consumption.import_sheet(app, path)
    else:
        with pytest.raises(DomainError) as info:
            read_round_file(app, path)
    return list(info.value.problems)


# --------------------------------------------------------------------------- services


@pytest.mark.parametrize("case", ALL, ids=lambda c: f"{c.kind}-{c.name}")
def test_refused_by_the_service(stocked: Stocked, case: Case, tmp_path: Path) -> None:
    path = corpus.materialise(case, tmp_path, stocked.clock().date())
    before = fingerprint(stocked.app.db)
    problems = refuse(stocked, case, path)  # anything but DomainError fails the test
    assert fingerprint(stocked.app.db) == before, "a refused file wrote something"
    assert not missing_expected(case, problems, path.name), [p.text() for p in problems]


@pytest.mark.parametrize(("code", "scan"), corpus.scans(), ids=lambda v: str(v)[:24])
def test_scans_are_refused(stocked: Stocked, code: str, scan: str) -> None:
    app = stocked.app
    draft = receiving.start(app, "FS-FUZZ-SCANS")
    before = fingerprint(app.db)
    outcome = receiving.scan(app, draft.id, corpus.render_scan(scan, stocked.clock().date()))
    assert fingerprint(app.db) == before, "a refused scan wrote something"
    assert outcome.problem is not None and outcome.problem.code == code, outcome.problem
    assert outcome.problem.text("en") != outcome.problem.text("da")


# --------------------------------------------------------------------------- command line


def command(case: Case, url: str, path: Path, out: Path) -> list[str]:
    if case.kind == "note":
        return ["--db", url, "receive", str(path)]
    if case.kind == "sheet":
        return ["--db", url, "consumption", "import", str(path)]
    return ["--db", url, "distribute", "--round", str(path), "--out", str(out / case.name)]


def cli_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PHARMACY_DB_URL"}
    env["PHARMACY_USER"] = "fuzzer"
    return env


def expected_lines_missing(case: Case, stderr: str, file: str) -> list[object]:
    lines = stderr.splitlines()
    return [
        (code, row, field)
        for code, row, field in case.expect
        if not any(names_row_and_field(line, row, field, file) for line in lines)
    ]


def test_refused_by_the_command_line(db_url: str, tmp_path: Path) -> None:
    """Every case through ``main(argv)`` in one subprocess on the real clock: exit 1, a
    message naming row and field on stderr, no traceback, nothing written."""
    now = datetime.now(UTC)
    app = set_up(db_url, Clock(now - timedelta(days=13)))
    app.close()
    today = now.date()
    paths = [corpus.materialise(case, tmp_path / "files", today) for case in ALL]
    commands = [command(c, db_url, p, tmp_path / "out") for c, p in zip(ALL, paths, strict=True)]
    spec = tmp_path / "commands.json"
    spec.write_text(json.dumps(commands), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "tests.fuzz.cli_driver", db_url, str(spec)],
        cwd=ROOT,
        env=cli_env(),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(results) == len(ALL)
    failures = []
    for case, path, result in zip(ALL, paths, results, strict=True):
        wrong = []
        if result["traceback"] or "Traceback" in result["stderr"]:
            wrong.append(result["traceback"] or result["stderr"])
        if result["code"] != 1 or not result["stderr"].strip():
            wrong.append(f"exit {result['code']}: {result['stderr']!r}")
        if result["written"]:
            wrong.append(f"wrote {result['written']}")
        if missing := expected_lines_missing(case, result["stderr"], path.name):
            wrong.append(f"no message for {missing} in {result['stderr']!r}")
        if wrong:
            failures.append((case.kind, case.name, wrong))
    assert failures == []
    assert not any((tmp_path / "out").glob("*/*")), "a refused round file wrote a list"


HEADLINE = ("stray_quote", "packs_1e17", "doses_1_5", "givne_doser_twice", "note_xlsx_zip_bomb")


@pytest.mark.slow
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_headline_cases_as_their_own_process(db_url: str, tmp_path: Path) -> None:
    """``python -m pharmacy_app`` itself, once per file, for the issue's headline cases."""
    now = datetime.now(UTC)
    app = set_up(db_url, Clock(now - timedelta(days=13)))
    app.close()
    chosen = [c for c in ALL if c.name in HEADLINE and (c.kind, c.name) != ("round", "stray_quote")]
    assert len(chosen) == 6  # the stray quote note and sheet, and four more
    for case in chosen:
        path = corpus.materialise(case, tmp_path / "files", now.date())
        done = subprocess.run(
            [sys.executable, "-m", "pharmacy_app", *command(case, db_url, path, tmp_path)],
            cwd=ROOT,
            env=cli_env(),
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 1, (case.name, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr
        assert not expected_lines_missing(case, done.stderr, path.name), done.stderr
