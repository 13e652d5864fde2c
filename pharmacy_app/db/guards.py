"""Text lengths checked before anything is written, the same on SQLite and PostgreSQL.

PostgreSQL refuses a text longer than its ``VARCHAR(n)`` with a raw DataError; SQLite
stores it.  So that both refuse the same texts, and with a message instead of a
traceback, every write session checks, before each flush, every string attribute of
every new or changed row against its column's declared length, and raises
:class:`~pharmacy_app.domain.errors.DomainError` (``text_too_long``, naming table and
column) for each one too long.  The transaction then rolls back whole.

Services check the texts a person types (user name, reference) themselves, with the
field as the person knows it; this is the net under them for every other column.
Statements that bypass the ORM write no text (the balance upsert) or check their rows
with :func:`row_problems` (the ledger's bulk insert).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from sqlalchemy import String, Table, event, inspect
from sqlalchemy.orm import Mapper, Session, sessionmaker

from pharmacy_app.domain.errors import DomainError, Problem


@cache
def _string_columns(mapper: Mapper[Any]) -> tuple[tuple[str, str, int], ...]:
    """(attribute key, "table.column", length) of every length-limited string column."""
    out = []
    for attr in mapper.column_attrs:
        for column in attr.columns:
            length = getattr(column.type, "length", None)
            if isinstance(column.type, String) and length and isinstance(column.table, Table):
                out.append((attr.key, f"{column.table.name}.{column.name}", int(length)))
    return tuple(out)


def text_problems(session: Session) -> list[Problem]:
    """A ``text_too_long`` problem for every too long text about to be written."""
    problems: list[Problem] = []
    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        loaded = state.dict  # only what is loaded or set: never triggers a query
        for key, field, length in _string_columns(state.mapper):
            value = loaded.get(key)
            if isinstance(value, str) and len(value) > length:
                problems.append(
                    Problem("text_too_long", {"field": field, "length": len(value), "max": length})
                )
    return problems


def row_problems(model: type[Any], rows: Iterable[Mapping[str, object]]) -> list[Problem]:
    """The same check for rows written in bulk, as dicts of attribute values, past the
    unit of work (``services.ledger.post_many``): one problem per too long text."""
    columns = _string_columns(inspect(model))
    problems: list[Problem] = []
    for row in rows:
        for key, field, length in columns:
            value = row.get(key)
            if isinstance(value, str) and len(value) > length:
                problems.append(
                    Problem("text_too_long", {"field": field, "length": len(value), "max": length})
                )
    return problems


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    problems = text_problems(session)
    if problems:
        raise DomainError(problems)


def install(sessions: sessionmaker[Session]) -> None:
    """Check text lengths before every flush of the sessions ``sessions`` makes."""
    event.listen(sessions, "before_flush", _before_flush)
