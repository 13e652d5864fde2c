"""The real window opens on X11, not only offscreen.

The test starts its own virtual X server (Xvfb, installed by ``.ci/bootstrap --test``),
then runs the program as a person would, ``python -m pharmacy_app.main``, with
``QT_QPA_PLATFORM=xcb`` on a new SQLite database.  The hidden ``--smoke-test`` option
makes the program report once the window system shows its main window and then close
it the ordinary way.  It fails when a system library of Qt's xcb plugin is missing
(``Could not load the Qt platform plugin "xcb"``), which is what ``.ci/bootstrap``
must install.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture
def x_display(tmp_path: Path) -> Iterator[str]:
    """A private Xvfb server; its display name (":N", a free number Xvfb picks itself)."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed: run `bash .ci/bootstrap --test` (Debian package xvfb)")
    read_fd, write_fd = os.pipe()
    log = (tmp_path / "xvfb.log").open("wb")
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_fd), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    os.close(write_fd)
    try:
        number = b""
        deadline = time.monotonic() + 20
        with os.fdopen(read_fd, "rb") as pipe:
            while not number.endswith(b"\n") and time.monotonic() < deadline:
                chunk = pipe.read(1)
                if not chunk:
                    break
                number += chunk
        if not number.strip():
            pytest.fail(f"Xvfb did not start: {(tmp_path / 'xvfb.log').read_text(errors='replace')}")
        yield ":" + number.decode().strip()
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def test_the_window_opens_on_a_real_x_server(x_display: str, tmp_path: Path) -> None:
    home = tmp_path / "home"
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700, parents=True)
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "PHARMACY_DB_URL"}
    }
    env.update(
        QT_QPA_PLATFORM="xcb",
        DISPLAY=x_display,
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_RUNTIME_DIR=str(runtime),
        PHARMACY_USER="tester",
    )
    db = tmp_path / "first.db"
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "pharmacy_app.main", "--db", f"sqlite:///{db}", "--smoke-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    elapsed = time.monotonic() - started
    report = f"exit {result.returncode}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    assert "Could not load the Qt platform plugin" not in result.stderr, report
    assert result.returncode == 0, report
    assert "smoke-test: window exposed on xcb:" in result.stdout, report
    assert elapsed < 60, f"the window took {elapsed:.1f} s to appear"
    # The database was created and migrated, and the window closed the ordinary way:
    # closing it remembered its geometry in the user's settings.
    assert db.stat().st_size > 0
    ini = home / ".config" / "pharmacy-app" / "pharmacy-app.conf"
    assert ini.exists(), sorted(str(p) for p in home.rglob("*"))
    conf = configparser.ConfigParser(interpolation=None)
    conf.read(ini, encoding="utf-8")
    assert conf.has_option("main", "geometry"), ini.read_text(errors="replace")
