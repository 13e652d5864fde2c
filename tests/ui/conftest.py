"""Fixtures for the window tests: offscreen Qt, settings in a temporary folder, and a
real SQLite database filled through the services."""

import os

# Before any Qt import: never open a real display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402

from pharmacy_app.paths import APP_NAME  # noqa: E402
from pharmacy_app.services.app import App, open_app  # noqa: E402
from pharmacy_app.ui import fmt  # noqa: E402
from pharmacy_app.ui.i18n import install_language, remove_translators  # noqa: E402
from tests.ui.data import SMALL_LOG, StepClock, apply_log, utc  # noqa: E402

TEMPLATE_START = utc(2026, 10, 5, 8)  # the paper log is posted from here, a minute a line
TEST_START = utc(2026, 10, 6, 9)  # tests run "the next day"
BIG_ROWS = 2_000


@pytest.fixture(autouse=True)
def qt_settings(tmp_path: Path, qapp: object) -> Iterator[Path]:
    """QSettings in a temporary folder, so no test reads or writes the user's settings."""
    folder = tmp_path / "qsettings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QSettings().clear()
    yield folder


@pytest.fixture(autouse=True)
def english(qapp: object) -> Iterator[None]:
    """Tests read the English UI unless they ask for Danish (the ``danish`` fixture)."""
    translators = install_language(qapp, "en")  # type: ignore[arg-type]
    yield
    remove_translators(qapp, translators)  # type: ignore[arg-type]
    fmt.set_language(fmt.DEFAULT_LANGUAGE)


@pytest.fixture
def danish(qapp: object, english: None) -> Iterator[None]:
    translators = install_language(qapp, "da")  # type: ignore[arg-type]
    yield
    remove_translators(qapp, translators)  # type: ignore[arg-type]


def _copy_db(template: Path, dest: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        src = template.with_name(template.name + suffix)
        if src.exists():
            shutil.copy(src, dest.with_name(dest.name + suffix))
    return dest


@pytest.fixture(scope="session")
def small_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "ui.db"
    app = open_app(f"sqlite:///{path}", user="tester", clock=StepClock(TEMPLATE_START))
    try:
        apply_log(app, SMALL_LOG)
    finally:
        app.close()
    return path


@pytest.fixture(scope="session")
def big_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two thousand balance rows: one receipt of a new lot per row."""
    from datetime import date

    from pharmacy_app.services import stock

    path = tmp_path_factory.mktemp("big") / "big.db"
    app = open_app(f"sqlite:///{path}", user="tester", clock=StepClock(TEMPLATE_START))
    try:
        for i in range(BIG_ROWS):
            stock.receive(
                app,
                product="412346" if i % 2 else "123456",
                batch=f"B{i:05d}",
                expiry=date(2027, 1 + i % 12, 28),
                packs=1 + i % 3,
                reference=f"FS-{i}",
                to_location="RH-APO",
            )
    finally:
        app.close()
    return path


def _open_copy(template: Path, tmp_path: Path) -> App:
    db = _copy_db(template, tmp_path / template.name)
    return open_app(f"sqlite:///{db}", user="tester", clock=StepClock(TEST_START))


@pytest.fixture
def app(small_template: Path, tmp_path: Path) -> Iterator[App]:
    a = _open_copy(small_template, tmp_path)
    yield a
    a.close()


@pytest.fixture
def big_app(big_template: Path, tmp_path: Path) -> Iterator[App]:
    a = _open_copy(big_template, tmp_path)
    yield a
    a.close()


def wait_idle(qtbot: object, window: object, timeout: int = 30_000) -> None:
    """Until no operation runs, no search is pending and the stock table is loaded."""
    page = window.stock_page  # type: ignore[attr-defined]
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: window.ops.is_idle()  # type: ignore[attr-defined]
        and not page._search_timer.isActive()
        and not page.model.is_loading,
        timeout=timeout,
    )


@pytest.fixture
def window(qtbot: object, app: App) -> Iterator[object]:
    from pharmacy_app.ui.main_window import MainWindow

    w = MainWindow(app)
    qtbot.addWidget(w)  # type: ignore[attr-defined]
    w.resize(1400, 850)
    w.show()
    wait_idle(qtbot, w)
    yield w
    w.close()
