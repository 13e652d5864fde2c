"""Is the database still there?  Telling a lost connection from other errors, and a ping.

A connection is lost when the server went away (restarted, the backend terminated, the
network dropped) or cannot be reached: SQLAlchemy marks such an error
``connection_invalidated``, or psycopg raises an ``OperationalError`` with no SQL state or
one of the connection classes (``08…``, ``57P01``-``57P03``).  Other operational errors
(a lock timeout, a cancelled statement) are not a lost connection.  The window shows a
banner and retries for the first kind only (``ui.reconnect``).
"""

from __future__ import annotations

import sqlite3

import psycopg
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from pharmacy_app.services.app import App

_GONE_STATES = {"57P01", "57P02", "57P03"}


def is_connection_lost(err: BaseException) -> bool:
    """``err`` came from a connection that is gone or could not be made."""
    if not isinstance(err, DBAPIError):
        return False
    if err.connection_invalidated:
        return True
    orig = err.orig
    if isinstance(orig, psycopg.OperationalError):
        state = orig.sqlstate
        return state is None or state.startswith("08") or state in _GONE_STATES
    # A SQLite file on a share that went away: the file cannot be opened.
    return isinstance(orig, sqlite3.OperationalError) and "unable to open" in str(orig)


def ping(app: App) -> None:
    """One round trip to the database; raises as a query would if it is not reachable."""
    with app.db.read() as s:
        s.execute(sa.text("SELECT 1"))
