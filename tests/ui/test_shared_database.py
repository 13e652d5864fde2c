"""Two workstations on one database: the open window hears the other's writes, and a
lost connection shows a bar, retries, and resumes the interrupted action once.

Real processes (the other workstation is a subprocess), real SQLite files and the test
run's PostgreSQL server, real widgets offscreen.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from sqlalchemy.engine import make_url

from pharmacy_app.db import models as m
from pharmacy_app.domain.changes import Change
from pharmacy_app.services import stock
from pharmacy_app.services.app import App, open_app
from pharmacy_app.ui.main_window import MainWindow
from pharmacy_app.ui.ops.service_op import ServiceOp
from tests.helpers import set_home
from tests.ui.conftest import TEST_START, wait_idle
from tests.ui.data import StepClock

ROOT = Path(__file__).resolve().parents[2]
OTHER_WORKSTATION = """
import sys
from datetime import date
from pharmacy_app.services import stock
from pharmacy_app.services.app import open_app
app = open_app(sys.argv[1], user="kollega", upgrade=False)
try:
    stock.receive(app, product="123456", batch=sys.argv[2], expiry=date(2027, 6, 30), packs=1,
                  to_location="RH-APO")
finally:
    app.close()
"""


def other_workstation_receives(url: str, batch: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PHARMACY_DB_URL"}
    done = subprocess.run(
        [sys.executable, "-c", OTHER_WORKSTATION, url, batch],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def batches(window: MainWindow) -> set[str]:
    return {row.batch for row in window.stock_page.model.rows()}


def test_sqlite_the_open_stock_page_shows_another_process_receipt(qtbot, window, app: App) -> None:
    assert len(batches(window)) == 3
    # The listener has read data_version once: what is committed after it is news.
    qtbot.waitUntil(lambda: bool(window.change_listener._feed and window.change_listener._feed._versions), timeout=30_000)
    other_workstation_receives(str(app.db.url), "OTHER1")
    qtbot.waitUntil(lambda: "OTHER1" in batches(window), timeout=30_000)


def test_sqlite_own_writes_are_not_heard_again(qtbot, window, app: App) -> None:
    heard: list[object] = []
    window.change_listener.heard.connect(heard.append)
    stock.receive(app, product="123456", batch="MINE1", expiry=date(2027, 6, 30), packs=1, to_location="RH-APO")
    qtbot.wait(2600)  # longer than one poll
    assert heard == []


@pytest.fixture
def pg_app(pg_url: str) -> Iterator[App]:
    application = open_app(pg_url, user="tester", clock=StepClock(TEST_START))
    set_home(application)
    yield application
    application.close()


@pytest.fixture
def pg_window(qtbot, pg_app: App) -> Iterator[MainWindow]:
    w = MainWindow(pg_app)
    qtbot.addWidget(w)
    w.resize(1400, 850)
    w.show()
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.change_listener._thread is not None, timeout=30_000)
    yield w
    w.close()


@pytest.mark.postgres
def test_postgresql_the_open_stock_page_shows_another_process_receipt(qtbot, pg_window, pg_app, pg_url) -> None:
    assert batches(pg_window) == set()
    qtbot.wait(500)  # the listener's LISTEN is in place
    other_workstation_receives(pg_url, "PGOTHER")
    qtbot.waitUntil(lambda: "PGOTHER" in batches(pg_window), timeout=30_000)


def _movements(url: str) -> int:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as c:
            return int(c.execute(sa.select(sa.func.count()).select_from(m.Movement)).scalar_one())
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_postgresql_a_lost_connection_shows_the_bar_and_resumes_the_action_once(
    qtbot, pg_window: MainWindow, pg_app: App, pg_url: str
) -> None:
    name = make_url(pg_url).database
    admin = sa.create_engine(make_url(pg_url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as c:
            c.execute(sa.text(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS false'))
            c.execute(
                sa.text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :d"),
                {"d": name},
            )
        banner = pg_window.connection_banner
        done: list[stock.Posted] = []
        op = ServiceOp(
            pg_window,
            lambda a: stock.receive(a, product="123456", batch="LOST1", expiry=date(2027, 6, 30), packs=1),
            Change.STOCK,
        )
        op.success(done.append).run(pg_window.ops)
        qtbot.waitUntil(banner.isVisible, timeout=30_000)
        assert "The connection to the database is broken" in banner.text_label.text()
        assert pg_window.ops.open_message_boxes() == []  # the bar, not an error box
        with admin.connect() as c:
            c.execute(sa.text(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS true'))
        qtbot.mouseClick(banner.retry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not banner.isVisible(), timeout=30_000)
        qtbot.waitUntil(lambda: len(done) == 1, timeout=30_000)
        qtbot.waitUntil(lambda: "LOST1" in batches(pg_window), timeout=30_000)
        assert _movements(pg_url) == 1
    finally:
        with admin.connect() as c:
            c.execute(sa.text(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS true'))
        admin.dispose()


def test_an_action_whose_answer_was_lost_is_resumed_and_not_done_twice(qtbot, window, app: App) -> None:
    """The receipt commits, then the connection drops before the answer arrives: the bar
    shows, *Try now* reruns it with the same key, and the database says it was done."""
    runs: list[int] = []

    def receive_then_lose_the_answer(a: App) -> stock.Posted:
        runs.append(1)
        posted = stock.receive(
            a, product="123456", batch="ONCE1", expiry=date(2027, 6, 30), packs=1, to_location="RH-APO"
        )
        if len(runs) == 1:
            raise sa.exc.OperationalError("COMMIT", {}, Exception("server closed the connection"), connection_invalidated=True)
        return posted

    refreshed: list[Change] = []
    window.ops.changed.connect(refreshed.append)
    infos: list[str] = []
    window.ops.info_shown.connect(infos.append)
    before = _movements(str(app.db.url))
    ServiceOp(window, receive_then_lose_the_answer, Change.STOCK).run(window.ops)
    banner = window.connection_banner
    qtbot.waitUntil(banner.isVisible, timeout=30_000)
    qtbot.mouseClick(banner.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: infos != [], timeout=30_000)
    assert infos == ["The action had already been completed; it was not done again."]
    assert not banner.isVisible()
    assert len(runs) == 2
    assert _movements(str(app.db.url)) == before + 1
    qtbot.waitUntil(lambda: "ONCE1" in batches(window), timeout=30_000)
    assert any(c & Change.STOCK for c in refreshed)
    for box in window.ops.open_message_boxes():
        box.close()

