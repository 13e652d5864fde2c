"""The test run's private PostgreSQL server works and gives each test its own database."""

from collections.abc import Iterator

import psycopg
import pytest

from tests.pgserver import PgServer

pytestmark = pytest.mark.postgres


def _dsn(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def test_server_is_private_fast_and_usable(pg_server: PgServer, pg_url: str) -> None:
    assert pg_url.startswith(f"postgresql+psycopg://postgres@127.0.0.1:{pg_server.port}/")
    assert pg_server.url("x") == f"postgresql+psycopg://postgres@127.0.0.1:{pg_server.port}/x"

    with psycopg.connect(_dsn(pg_url)) as conn:
        assert conn.execute("select 1").fetchone() == (1,)
        assert conn.execute("show fsync").fetchone() == ("off",)
        assert conn.execute("show server_encoding").fetchone() == ("UTF8",)

        conn.execute("create table lot (id serial primary key, code text not null)")
        conn.execute("insert into lot (code) values (%s), (%s)", ("A1", "Bæ2"))
        conn.commit()

    with psycopg.connect(_dsn(pg_url)) as conn:
        rows = conn.execute("select code from lot order by id").fetchall()
    assert rows == [("A1",), ("Bæ2",)]


@pytest.fixture
def other_pg_url(pg_url: str, pg_server: PgServer) -> Iterator[str]:
    """A second database in the same test, made the same way pg_url makes its own."""
    from pytest_postgresql.janitor import DatabaseJanitor

    from tests.pgserver import _janitor_kwargs

    with DatabaseJanitor(**_janitor_kwargs(pg_server, "t_other")):
        yield pg_server.url("t_other")


def test_each_pg_url_is_a_fresh_database(pg_url: str, other_pg_url: str) -> None:
    assert pg_url != other_pg_url

    with psycopg.connect(_dsn(pg_url)) as conn:
        conn.execute("create table only_here (x int)")
        conn.commit()
        names = {r[0] for r in conn.execute("select datname from pg_database")}
        assert {pg_url.rsplit("/", 1)[1], "t_other"} <= names

    with psycopg.connect(_dsn(other_pg_url)) as conn:
        tables = conn.execute(
            "select count(*) from information_schema.tables where table_schema = 'public'"
        ).fetchone()
    assert tables == (0,)


_seen_db: list[str] = []


@pytest.mark.parametrize("round_", [1, 2])
def test_databases_are_dropped_after_each_test(
    pg_server: PgServer, pg_url: str, round_: int
) -> None:
    dbname = pg_url.rsplit("/", 1)[1]
    with psycopg.connect(_dsn(pg_url)) as conn:
        existing = {r[0] for r in conn.execute("select datname from pg_database")}
        assert conn.execute(
            "select count(*) from information_schema.tables where table_schema = 'public'"
        ).fetchone() == (0,)
        conn.execute("create table leftover (x int)")
        conn.commit()
    for earlier in _seen_db:
        assert earlier not in existing, f"database {earlier} of an earlier test was not dropped"
    assert dbname not in _seen_db
    _seen_db.append(dbname)
