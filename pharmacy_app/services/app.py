"""Opening the application's database: connect, upgrade the schema, load reference data.

:class:`App` is what the window and the command line hold: the database, who is
working, and the clock.  Every service takes it.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from pharmacy_app.db import migrate, statistics
from pharmacy_app.db.engine import Database
from pharmacy_app.domain.limits import MAX_USER_NAME, check_text_length
from pharmacy_app.domain.localtime import LOCAL_TZ
from pharmacy_app.domain.messages.terms import Term
from pharmacy_app.domain.roles import Role
from pharmacy_app.paths import default_database_url, default_signing_key_file
from pharmacy_app.services.chain import this_host

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
    # The private key that signs shipment files to other regions (services.signing_keys).
    key_file: Path = field(default_factory=default_signing_key_file)
    # Who signed in (services.users.sign_in).  A database with no users yet has no one to
    # sign in: ``user`` is then the name given and may do everything (services.permissions).
    role: Role = Role.ADMINISTRATOR
    signed_in: bool = False
    # This machine, as the audit chain records it with each movement and activity entry.
    workstation: str = field(default_factory=this_host)

    def __post_init__(self) -> None:
        self.db.workstation = self.workstation

    def now(self) -> datetime:
        """This moment, timezone-aware (UTC from the system clock): what movements store."""
        return self.clock()

    def local_now(self) -> datetime:
        """This moment in Copenhagen: what a person reads on a clock in the pharmacy."""
        moment = self.clock()
        if moment.tzinfo is None:  # a clock must be aware; stored moments are UTC
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone(LOCAL_TZ)

    def today(self) -> date:
        """The pharmacy's calendar day (Copenhagen), whatever the machine's time zone."""
        return self.local_now().date()

    def close(self) -> None:
        self.db.dispose()


def open_app(
    url: str | None = None,
    user: str | None = None,
    clock: Clock | None = None,
    *,
    upgrade: bool = True,
    key_file: Path | None = None,
) -> App:
    """Connect to ``url`` (default: the user's SQLite file), upgrade and seed it."""
    from pharmacy_app.services import reference

    user = user or current_user()
    check_text_length(Term.FIELD_USER, user, MAX_USER_NAME)
    db = Database(url or default_database_url())
    try:
        app = App(
            db=db,
            user=user,
            clock=clock or system_clock,
            key_file=key_file or default_signing_key_file(),
        )
        if upgrade:
            # One workstation at a time creates or upgrades the schema and the catalogue.
            with migrate.setup_lock(db.write_engine):
                upgraded = migrate.upgrade(db.write_engine)
                reference.seed(app)
            # The planners' statistics: new indexes have none (see db.statistics).
            if upgraded and db.is_sqlite:
                statistics.analyze(db)
            else:
                statistics.refresh_if_stale(db)
        else:
            migrate.check_not_newer(db.write_engine)
    except Exception:
        db.dispose()
        raise
    return app
