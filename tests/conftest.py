import os

# Qt must never try to open a real display in the test run.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.pgserver"]

from datetime import UTC, datetime  # noqa: E402

import pytest  # noqa: E402

from tests.paperlog import Clock  # noqa: E402

START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def signing_key_file(tmp_path, monkeypatch: pytest.MonkeyPatch):
    """Each test's own shipment signing key (made on first use), never the user's."""
    path = tmp_path / "keys" / "shipment-signing-key.pem"
    monkeypatch.setenv("PHARMACY_SIGNING_KEY", str(path))
    return path


@pytest.fixture(autouse=True)
def user_data_home(tmp_path, monkeypatch: pytest.MonkeyPatch):
    """Each test's own user data folder (platformdirs reads XDG_DATA_HOME): the window's
    backups on close land there, never in the user's."""
    path = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(path))
    return path


@pytest.fixture(autouse=True)
def user_config_home(tmp_path, monkeypatch: pytest.MonkeyPatch):
    """Each test's own config folder (platformdirs reads XDG_CONFIG_HOME): a database
    chosen in Settings is kept there, never in the user's."""
    path = tmp_path / "xdg-config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(path))
    return path


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path) -> str:
    """The same test on a real SQLite file and on the test run's PostgreSQL server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def app(db_url: str, clock: Clock):
    from pharmacy_app.services.app import open_app

    application = open_app(db_url, user="tester", clock=clock)
    yield application
    application.close()
