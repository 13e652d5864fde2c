"""How a PostgreSQL connection finds its password without the app keeping one.

Three ways, all without a password in the URL or any file of the app:

* PostgreSQL's password file (``~/.pgpass`` or ``PGPASSFILE``; optionally ``?passfile=``
  in the URL): libpq reads it itself.
* A service of PostgreSQL's service file (``pg_service.conf``, ``PGSERVICEFILE``): the URL
  ``postgresql://?service=NAME`` (libpq reads host, port, database, user and, via the
  password file, the password).
* The operating system's keyring (the ``keyring`` package): the URL carries
  ``?keyring=1``; that marker is taken off before the URL reaches the driver, and at each
  connect the password stored under :data:`KEYRING_SERVICE` and :func:`keyring_account` is
  read and handed to psycopg as a connect argument.

What must hold: a password read from the keyring lives only in the connect call.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import URL, make_url

KEYRING_SERVICE = "pharmacy-app"
KEYRING_MARKER = "keyring"
CONNECT_TIMEOUT_S = 10


def keyring_account(user: str, host: str, port: int | None, database: str) -> str:
    """The keyring entry's name for one server login: ``user@host:port/db``."""
    return f"{user}@{host}:{port or 5432}/{database}"


def account_of(url: URL) -> str:
    return keyring_account(url.username or "", url.host or "", url.port, url.database or "")


def split_keyring(url: str) -> tuple[str, bool]:
    """``url`` without the keyring marker, and whether it had one."""
    if url.startswith("sqlite"):
        return url, False
    parsed = make_url(url)
    if KEYRING_MARKER not in parsed.query:
        return url, False
    return parsed.difference_update_query([KEYRING_MARKER]).render_as_string(hide_password=False), True


def connect_args() -> dict[str, Any]:
    """psycopg's arguments for every connection: no JIT (the app's queries are short) and
    a bound on how long a connect waits for a server that does not answer."""
    return {"options": "-c jit=off", "connect_timeout": CONNECT_TIMEOUT_S}


def password_from_keyring(engine: Engine) -> None:
    """Read the password from the keyring at each connect (SQLAlchemy's ``do_connect``)."""
    account = account_of(engine.url)

    @event.listens_for(engine, "do_connect")
    def _with_password(_dialect: Any, _record: Any, _cargs: Any, cparams: dict[str, Any]) -> None:
        import keyring

        password = keyring.get_password(KEYRING_SERVICE, account)
        if password is not None:
            cparams["password"] = password


def probe_engine(url: str, password: str | None = None) -> Engine:
    """An engine for one look at a database (no pool): ``password`` if given (typed, not
    yet in the keyring), else the keyring's when the URL says so, else libpq's own ways."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    bare, in_keyring = split_keyring(url)
    if bare.startswith("sqlite"):
        return create_engine(bare, poolclass=NullPool)
    args = connect_args()
    if password is not None:
        args["password"] = password
    engine = create_engine(bare, poolclass=NullPool, connect_args=args)
    if in_keyring and password is None:
        password_from_keyring(engine)
    return engine
