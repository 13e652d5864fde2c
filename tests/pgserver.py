"""A private PostgreSQL server for the test run.

Loaded as a pytest plugin (``pytest_plugins = ["tests.pgserver"]``). It gives:

* ``pg_server`` (session): a throwaway PostgreSQL cluster started from the
  machine's own PostgreSQL binaries on a free port on 127.0.0.1, with trust
  authentication and durability switched off for speed. It is stopped and its
  files removed at the end of the session, whether the tests passed or not.
* ``pg_url`` (function): a fresh, empty database on that server for one test,
  dropped afterwards; the fixture value is its SQLAlchemy URL
  (``postgresql+psycopg://postgres@127.0.0.1:PORT/t_N``).

The binaries come from ``pg_config --bindir`` when that directory has
``initdb``, else from the newest ``/usr/lib/postgresql/*/bin``. ``bash
.ci/bootstrap --test`` installs them. ``initdb`` and ``pg_ctl`` refuse to run
as root, so as root they run as the ``postgres`` system user via ``runuser``.
"""

from __future__ import annotations

import contextlib
import glob
import inspect
import itertools
import os
import re
import shlex
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

_SERVER_USER = "postgres"
_HOST = "127.0.0.1"
_BOOTSTRAP_HINT = "run `bash .ci/bootstrap --test` to install the PostgreSQL server"


@dataclass(frozen=True)
class PgServer:
    """Where the test run's PostgreSQL server listens."""

    host: str
    port: int
    user: str
    bin_dir: Path

    def url(self, dbname: str) -> str:
        """SQLAlchemy URL of database ``dbname`` on this server."""
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{dbname}"


# --------------------------------------------------------------------- binaries


def _version_key(bin_dir: str) -> tuple[int, ...]:
    version = Path(bin_dir).parent.name  # /usr/lib/postgresql/<version>/bin
    return tuple(int(part) for part in re.findall(r"\d+", version)) or (0,)


def find_bin_dir() -> Path | None:
    """The directory holding initdb and pg_ctl, or None when there is none."""
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, check=True, timeout=30
            ).stdout.strip()
            if out and (Path(out) / "initdb").is_file() and (Path(out) / "pg_ctl").is_file():
                return Path(out)
    candidates = [
        d
        for d in glob.glob("/usr/lib/postgresql/*/bin")
        if (Path(d) / "initdb").is_file() and (Path(d) / "pg_ctl").is_file()
    ]
    if candidates:
        return Path(max(candidates, key=_version_key))
    return None


# ---------------------------------------------------------------------- helpers


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((_HOST, 0))
        return sock.getsockname()[1]


def _as_server_user(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    runuser = shutil.which("runuser") or "/usr/sbin/runuser"
    return [runuser, "-u", _SERVER_USER, "--", *cmd]


def _run(cmd: list[str], cwd: Path, what: str, timeout: float = 120) -> None:
    proc = subprocess.run(
        _as_server_user(cmd),
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(
            f"{what} failed (exit {proc.returncode}): {' '.join(cmd)}\n"
            f"--- stdout ---\n{proc.stdout}\n--- stderr ---\n{proc.stderr}"
        )


def _read(path: Path) -> str:
    try:
        return path.read_text(errors="replace")
    except OSError:
        return "(no log)"


def _give_to_server_user(*paths: Path) -> None:
    if os.geteuid() != 0:
        return
    import pwd

    try:
        entry = pwd.getpwnam(_SERVER_USER)
    except KeyError:
        pytest.fail(
            f"running as root, but there is no {_SERVER_USER!r} system user to run "
            f"PostgreSQL as; {_BOOTSTRAP_HINT}",
            pytrace=False,
        )
    for path in paths:
        os.chown(path, entry.pw_uid, entry.pw_gid)


@contextlib.contextmanager
def running_server(password: str | None = None) -> Iterator[PgServer]:
    """Start a private PostgreSQL server; stop it and delete its files on exit.

    With ``password`` the server asks for it (scram-sha-256) instead of trusting every
    local connection (tests of how the app finds a password)."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        pytest.fail(
            "PostgreSQL server binaries (initdb, pg_ctl) not found: neither "
            "`pg_config --bindir` nor /usr/lib/postgresql/*/bin has them; " + _BOOTSTRAP_HINT,
            pytrace=False,
        )
    initdb = str(bin_dir / "initdb")
    pg_ctl = str(bin_dir / "pg_ctl")

    base = Path(tempfile.mkdtemp(prefix="pgtest-"))
    started = False
    data_dir = base / "data"
    sock_dir = base / "sock"
    log_file = base / "server.log"
    try:
        # The server user must be able to reach its directories inside base.
        os.chmod(base, 0o755)
        data_dir.mkdir(mode=0o700)
        sock_dir.mkdir(mode=0o755)
        log_file.touch(mode=0o644)
        _give_to_server_user(data_dir, sock_dir, log_file)
        auth = ["-A", "trust"]
        if password is not None:
            pw_file = base / "pw"
            pw_file.write_text(password + "\n")
            os.chmod(pw_file, 0o644)
            auth = ["-A", "scram-sha-256", f"--pwfile={pw_file}"]

        _run(
            [
                initdb,
                "-D",
                str(data_dir),
                *auth,
                "-U",
                _SERVER_USER,
                "--encoding=UTF8",
                "--locale=C",
                "--no-sync",
            ],
            cwd=base,
            what="initdb",
        )

        last_error: Exception | None = None
        for _attempt in range(3):  # another process may grab the port first
            port = _free_port()
            options = (
                f"-p {port} -k {shlex.quote(str(sock_dir))} -c listen_addresses={_HOST} "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                "-c max_connections=100"
            )
            try:
                _run(
                    [
                        pg_ctl,
                        "-w",
                        "-t",
                        "60",
                        "-D",
                        str(data_dir),
                        "-l",
                        str(log_file),
                        "-o",
                        options,
                        "start",
                    ],
                    cwd=base,
                    what="pg_ctl start",
                )
            except RuntimeError as exc:
                last_error = exc
                continue
            started = True
            break
        if not started:
            pytest.fail(
                f"could not start PostgreSQL from {bin_dir}:\n{last_error}\n"
                f"--- server log ---\n{_read(log_file)}",
                pytrace=False,
            )

        yield PgServer(host=_HOST, port=port, user=_SERVER_USER, bin_dir=bin_dir)
    finally:
        try:
            if started:
                _run(
                    [pg_ctl, "-w", "-t", "60", "-D", str(data_dir), "stop", "-m", "fast"],
                    cwd=base,
                    what="pg_ctl stop",
                )
        finally:
            shutil.rmtree(base, ignore_errors=True)


# --------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """The test run's private PostgreSQL server."""
    with running_server() as server:
        yield server


def _janitor_kwargs(server: PgServer, dbname: str) -> dict[str, object]:
    from pytest_postgresql.janitor import DatabaseJanitor

    kwargs: dict[str, object] = {
        "user": server.user,
        "host": server.host,
        "port": server.port,
        "dbname": dbname,
    }
    # pytest-postgresql < 10 requires `version`; 10 deprecates it.
    version_param = inspect.signature(DatabaseJanitor.__init__).parameters.get("version")
    if version_param is not None and version_param.default is inspect.Parameter.empty:
        kwargs["version"] = _server_version(server)
    return kwargs


def _server_version(server: PgServer) -> str:
    import psycopg

    with psycopg.connect(
        host=server.host, port=server.port, user=server.user, dbname="postgres"
    ) as conn:
        major, minor = divmod(conn.info.server_version, 10000)
        return f"{major}.{minor}"


_db_numbers = itertools.count(1)


@contextlib.contextmanager
def fresh_database(server: PgServer) -> Iterator[str]:
    """SQLAlchemy URL of a fresh, empty database, dropped when the block ends."""
    from pytest_postgresql.janitor import DatabaseJanitor

    dbname = f"t_{next(_db_numbers)}"
    with DatabaseJanitor(**_janitor_kwargs(server, dbname)):
        yield server.url(dbname)


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """SQLAlchemy URL of a fresh, empty database, dropped after the test."""
    with fresh_database(pg_server) as url:
        yield url
