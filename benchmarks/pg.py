"""A private PostgreSQL server for the benchmarks, its cluster kept in the cache folder.

Started from the machine's own binaries (found as the tests find them) on a free port
of 127.0.0.1 with trust authentication and the server's ordinary durability settings,
so that what is measured is what a pharmacy's server does.  The cluster stays in the
cache between runs (the demo databases in it are the expensive part); the server is
stopped when the benchmark ends.  As root, ``initdb`` and ``pg_ctl`` run as the
``postgres`` system user.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shlex
import shutil
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

from tests.pgserver import find_bin_dir

SERVER_USER = "postgres"
HOST = "127.0.0.1"


def _as_server_user(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    return [shutil.which("runuser") or "/usr/sbin/runuser", "-u", SERVER_USER, "--", *cmd]


def _run(cmd: list[str], cwd: Path) -> None:
    proc = subprocess.run(
        _as_server_user(cmd), cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True, text=True
    )
    if proc.returncode:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{proc.stdout}\n{proc.stderr}")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _own(*paths: Path) -> None:
    if os.geteuid() == 0:
        entry = pwd.getpwnam(SERVER_USER)
        for path in paths:
            os.chown(path, entry.pw_uid, entry.pw_gid)


@contextlib.contextmanager
def server(base: Path) -> Iterator[str]:
    """A server on the cluster in ``base`` (made on first use); yields the URL of its
    ``postgres`` database without the database name: ``postgresql+psycopg://...:PORT/``."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL binaries not found: run `bash .ci/bootstrap --test`")
    data, sock, log = base / "data", base / "sock", base / "server.log"
    base.mkdir(parents=True, exist_ok=True)
    os.chmod(base, 0o755)
    if not (data / "PG_VERSION").exists():
        shutil.rmtree(data, ignore_errors=True)
        data.mkdir(mode=0o700)
        _own(data)
        _run([str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", SERVER_USER,
              "--encoding=UTF8", "--locale=C"], base)  # fmt: skip
    sock.mkdir(mode=0o755, exist_ok=True)
    log.touch(mode=0o644)
    _own(sock, log)
    port = _free_port()
    options = f"-p {port} -k {shlex.quote(str(sock))} -c listen_addresses={HOST}"
    pg_ctl = str(bin_dir / "pg_ctl")
    _run([pg_ctl, "-w", "-t", "120", "-D", str(data), "-l", str(log), "-o", options, "start"], base)
    try:
        yield f"postgresql+psycopg://{SERVER_USER}@{HOST}:{port}/"
    finally:
        _run([pg_ctl, "-w", "-t", "120", "-D", str(data), "stop", "-m", "fast"], base)
