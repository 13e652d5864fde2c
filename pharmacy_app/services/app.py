"""Opening the application's database: connect, upgrade the schema, load reference data.

:class:`App` is what the window and the command line hold: the database, who is
working, and the clock.  Every service takes it.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from pharmacy_app.db import migrate
from pharmacy_app.db.engine import Database
from pharmacy_app.paths import default_database_url

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


def current_user() -> str:
    """The acting user: ``PHARMACY_USER`` if set, else the operating-system login."""
    env = os.environ.get("PHARMACY_USER")
    if env:
        return env
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers): still record something honest
        return "unknown"


@dataclass
class App:
    db: Database
    user: str = field(default_factory=current_user)
    clock: Clock = system_clock

    def now(self) -> datetime:
        return self.clock()

    def close(self) -> None:
        self.db.dispose()


def open_app(
    url: str | None = None,
    user: str | None = None,
    clock: Clock | None = None,
    *,
    upgrade: bool = True,
) -> App:
    """Connect to ``url`` (default: the user's SQLite file), upgrade and seed it."""
    from pharmacy_app.services import reference

    db = Database(url or default_database_url())
    try:
        if upgrade:
            migrate.upgrade(db.write_engine)
        else:
            migrate.check_not_newer(db.write_engine)
        app = App(db=db, user=user or current_user(), clock=clock or system_clock)
        if upgrade:
            reference.seed(app)
    except Exception:
        db.dispose()
        raise
    return app
