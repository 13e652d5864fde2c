"""Which database a workstation opens, as a person chooses it (Settings, Database).

A :class:`ConnectionChoice` is a SQLite file or a PostgreSQL server; for a server it says
how the password is found (:class:`PasswordSource`), never the password itself.  It is
kept per workstation as JSON (``paths.connection_settings_file``) and turned into the URL
the app opens (:meth:`ConnectionChoice.url`):

* ``pgpass``: ``postgresql://user@host:port/db``; libpq reads ``~/.pgpass``/``PGPASSFILE``.
* ``service``: ``postgresql://?service=NAME``; libpq reads ``pg_service.conf``.
* ``keyring``: ``postgresql://user@host:port/db?keyring=1``; the app reads the password
  from the operating system's keyring at connect time (``db.connection``).

What must hold: nothing here holds or writes a password.  Pure.
"""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

DEFAULT_PORT = 5432


class DatabaseKind(enum.StrEnum):
    SQLITE = "sqlite"
    POSTGRESQL = "postgresql"


class PasswordSource(enum.StrEnum):
    PGPASS = "pgpass"
    SERVICE = "service"
    KEYRING = "keyring"


@dataclass(frozen=True)
class ConnectionChoice:
    kind: DatabaseKind
    path: str = ""  # SQLite: the file
    host: str = ""
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""
    password_source: PasswordSource = PasswordSource.PGPASS
    service: str = ""  # PasswordSource.SERVICE: the service's name in pg_service.conf

    def url(self) -> str:
        """The URL the app opens; it never carries a password."""
        if self.kind is DatabaseKind.SQLITE:
            return "sqlite:///" + str(Path(self.path).expanduser())
        if self.password_source is PasswordSource.SERVICE:
            return "postgresql://?service=" + quote(self.service, safe="")
        login = f"{quote(self.user, safe='')}@" if self.user else ""
        url = f"postgresql://{login}{self.host}:{self.port}/{quote(self.database, safe='')}"
        if self.password_source is PasswordSource.KEYRING:
            url += "?keyring=1"
        return url

    def missing(self) -> list[str]:
        """The fields this choice still needs (their names as in :meth:`to_dict`)."""
        if self.kind is DatabaseKind.SQLITE:
            return [] if self.path.strip() else ["path"]
        if self.password_source is PasswordSource.SERVICE:
            return [] if self.service.strip() else ["service"]
        needed = ("host", "database", "user")
        return [name for name in needed if not str(getattr(self, name)).strip()]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["kind"] = self.kind.value
        data["password_source"] = self.password_source.value
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ConnectionChoice:
        """A choice from stored JSON; raises ``ValueError`` (or ``KeyError``) if malformed."""
        return cls(
            kind=DatabaseKind(data["kind"]),
            path=str(data.get("path", "")),
            host=str(data.get("host", "")),
            port=int(data.get("port", DEFAULT_PORT)),
            database=str(data.get("database", "")),
            user=str(data.get("user", "")),
            password_source=PasswordSource(data.get("password_source", PasswordSource.PGPASS)),
            service=str(data.get("service", "")),
        )
