"""Eight workstations starting the program at the same moment on an empty database.

Each start upgrades the schema and loads the catalogue (``services.app.open_app``);
done together on an empty PostgreSQL database they used to collide while creating the
same tables and rows.  Now every start succeeds and the result is one schema at the
head revision and one catalogue, on PostgreSQL and on one SQLite file.
"""

from __future__ import annotations

import traceback

import pytest
import sqlalchemy as sa

from pharmacy_app.db import migrate
from pharmacy_app.db import models as m
from pharmacy_app.services import queries, reference
from pharmacy_app.services.app import open_app
from tests.helpers import at_once

STARTS = 8


def start(url: str, name: str, barrier, results) -> None:
    try:
        barrier.wait(timeout=120)
        app = open_app(url, user=name)
        app.close()
        results.put((name, ""))
    except Exception:  # reported to the parent, which fails the test
        results.put((name, traceback.format_exc()))


@pytest.mark.slow
def test_eight_first_starts_at_once_give_one_schema_and_one_catalogue(db_url: str) -> None:
    outcomes = at_once(start, [(db_url, f"ws{i}") for i in range(STARTS)], timeout=600)
    failed = [(name, error) for name, error in outcomes if error]
    assert failed == [], "\n".join(error for _name, error in failed)

    app = open_app(db_url, user="verify")
    try:
        engine = app.db.write_engine
        assert migrate.current_revision(engine) == migrate.head_revision()
        catalog = reference.load_catalog()
        with app.db.read() as s:
            assert s.scalar(sa.text("select count(*) from alembic_version")) == 1
            varenumre = list(s.scalars(sa.select(m.Product.varenummer)))
            codes = list(s.scalars(sa.select(m.Location.code)))
            regions = list(s.scalars(sa.select(m.Region.code)))
        assert sorted(varenumre) == sorted(p["varenummer"] for p in catalog["products"])
        assert len(codes) == len(set(codes))
        assert sorted(regions) == sorted(r["code"] for r in catalog["regions"])
        assert queries.check_ledger(app).ok
    finally:
        app.close()


@pytest.mark.postgres
def test_a_start_waiting_too_long_for_another_set_up_gives_a_message(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pharmacy_app.domain.errors import DomainError

    monkeypatch.setattr(migrate, "SETUP_LOCK_TIMEOUT_S", 1)
    other = sa.create_engine(pg_url)
    try:
        with other.connect() as conn:  # another workstation, stuck in its set-up
            conn.execute(sa.text("select pg_advisory_lock(:k)"), {"k": migrate.SETUP_LOCK_KEY})
            with pytest.raises(DomainError) as err:
                open_app(pg_url, user="waiting")
            assert err.value.code == "database_setup_busy"
            assert "1 seconds" in err.value.text("en") and "1 sekunder" in err.value.text("da")
            conn.execute(sa.text("select pg_advisory_unlock(:k)"), {"k": migrate.SETUP_LOCK_KEY})
        open_app(pg_url, user="later").close()  # once it is done, the start goes through
    finally:
        other.dispose()
