"""Schema migrations: fresh upgrade, models equal migrations, a newer database refused."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from pharmacy_app.db import migrate
from pharmacy_app.db.engine import Database
from pharmacy_app.db.models import Base
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.services.app import open_app


def test_upgrade_creates_the_schema_and_is_idempotent(db_url: str) -> None:
    db = Database(db_url)
    try:
        assert migrate.current_revision(db.write_engine) is None
        assert migrate.upgrade(db.write_engine) is True
        assert migrate.current_revision(db.write_engine) == migrate.head_revision()
        assert migrate.upgrade(db.write_engine) is False
        tables = set(sa.inspect(db.write_engine).get_table_names())
        assert {"movement", "stock_balance", "lot", "product", "location", "setting"} <= tables
    finally:
        db.dispose()


def test_the_models_match_the_migrations(db_url: str) -> None:
    db = Database(db_url)
    try:
        migrate.upgrade(db.write_engine)
        with db.write_engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == []
    finally:
        db.dispose()


def test_a_database_from_a_newer_program_is_refused(db_url: str) -> None:
    app = open_app(db_url, user="t")
    app.close()
    db = Database(db_url)
    with db.write() as s:
        s.execute(sa.text("update alembic_version set version_num = '9999_future'"))
    db.dispose()
    with pytest.raises(DomainError) as err:
        open_app(db_url, user="t")
    assert err.value.code == "schema_newer"
    assert "9999_future" in err.value.text("en")
    assert "nyere version" in err.value.text("da")


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'x' / 'new.db'}")  # the folder is created too
    try:
        with db.read() as s:
            assert s.execute(sa.text("pragma journal_mode")).scalar() == "wal"
            assert s.execute(sa.text("pragma foreign_keys")).scalar() == 1
    finally:
        db.dispose()


def test_seeding_adds_the_catalogue_once_and_keeps_edits(db_url: str) -> None:
    from pharmacy_app.services import reference

    app = open_app(db_url, user="t")
    try:
        products = reference.list_products(app)
        assert len(products) == len(reference.load_catalog()["products"])
        first = products[0]
        from dataclasses import replace

        reference.save_product(app, replace(first, name=first.name + " (ny)"))
    finally:
        app.close()
    app = open_app(db_url, user="t")  # seeds again on start
    try:
        again = reference.list_products(app)
        assert len(again) == len(products)
        assert any(p.name == first.name + " (ny)" for p in again)
        kinds = {k.code for k in reference.list_location_kinds(app)}
        assert kinds == {"pharmacy", "central", "decentral", "temporary", "mobile", "quarantine"}
        assert len(reference.list_regions(app)) == 5
        pharmacies = [loc for loc in reference.list_locations(app) if loc.kind_code == "pharmacy"]
        assert len(pharmacies) == 6
    finally:
        app.close()


def test_upgrading_a_database_with_a_ledger_keeps_it_whole(db_url: str) -> None:
    """A database made by the first release, with stock in it, upgrades to head intact."""
    from alembic import command

    from pharmacy_app.services import queries

    db = Database(db_url)
    command.upgrade(migrate.alembic_config(db.write_engine), "0001")
    with db.write() as s:
        for statement in (
            "insert into programme (code, name_da, name_en, active) "
            "values ('influenza', 'Influenza', 'Influenza', true)",
            "insert into product (varenummer, programme_code, name, manufacturer, form, "
            "doses_per_unit, units_per_pack, min_remaining_shelf_life_days, note, active) "
            "values ('123456', 'influenza', 'Vaxigrip', 'Sanofi', 'prefilled syringe', 1, 10, "
            "30, '', true)",
            "insert into location (code, name, is_virtual, holds_stock, address, city, active) "
            "values ('SSI', 'SSI', true, false, '', '', true)",
            "insert into location (code, name, is_virtual, holds_stock, address, city, active) "
            "values ('RH-APO', 'Apoteket', false, true, '', '', true)",
        ):
            s.execute(sa.text(statement))
        s.execute(
            sa.text(
                "insert into lot (product_id, batch, expiry, use_by, created_at) "
                "select id, 'OLD1', '2027-01-31', '2027-01-31', '2026-11-01 08:00:00' "
                "from product where varenummer = '123456'"
            )
        )
        s.execute(
            sa.text(
                "insert into movement (kind, lot_id, from_location_id, to_location_id, doses, "
                "occurred_at, recorded_at, user_name, reference, note) "
                "select 'receipt', lot.id, ssi.id, apo.id, 40, '2026-11-01 08:00:00', "
                "'2026-11-01 08:00:00', 'old', 'FS-OLD', '' "
                "from lot, location ssi, location apo where ssi.code = 'SSI' and apo.code = 'RH-APO'"
            )
        )
        s.execute(
            sa.text(
                "insert into stock_balance (location_id, lot_id, doses) "
                "select to_location_id, lot_id, doses from movement"
            )
        )
    db.dispose()
    app = open_app(db_url, user="t")  # upgrades to head on start
    try:
        assert migrate.current_revision(app.db.write_engine) == migrate.head_revision()
        report = queries.check_ledger(app)
        assert report.ok and report.movements == 1
        # Migration 0016 chained the movement that was there: the chain holds it.
        assert report.chain is not None and report.chain.ok and report.chain.entries == 1
        [row] = queries.stock_rows(app)
        assert (row.location_code, row.batch, row.doses) == ("RH-APO", "OLD1", 40)
    finally:
        app.close()


def test_upgrading_to_0007_gives_every_product_a_unique_short_name(db_url: str) -> None:
    """A database from before short names gets the catalogue's, or ones made from the
    full name; two that would read alike are told apart by item number."""
    from alembic import command

    from pharmacy_app.services import reference

    db = Database(db_url)
    command.upgrade(migrate.alembic_config(db.write_engine), "0006")
    with db.write() as s:
        s.execute(
            sa.text(
                "insert into programme (code, name_da, name_en, active) "
                "values ('covid-19', 'Covid-19', 'COVID-19', true)"
            )
        )
        for varenummer, name in (
            ("412345", "Comirnaty (variant-adapted) 30 µg/dosis, multidosis"),
            ("900001", "Testvax (Tetra) fyldt injektionssprøjte"),
            ("900002", "Testvax (Tetra), adjuveret, fyldt injektionssprøjte"),
        ):
            s.execute(
                sa.text(
                    "insert into product (varenummer, programme_code, name, manufacturer, form, "
                    "doses_per_unit, units_per_pack, min_remaining_shelf_life_days, note, active) "
                    "values (:v, 'covid-19', :n, '', 'vial', 1, 10, 30, '', true)"
                ),
                {"v": varenummer, "n": name},
            )
    db.dispose()
    app = open_app(db_url, user="t")  # upgrades to head, then seeds what is missing
    try:
        short = {p.varenummer: p.short_name for p in reference.list_products(app)}
        assert short["412345"] == "Comirnaty 30 µg multidosis"  # from the catalogue
        assert short["900001"] == "Testvax Tetra"  # made from the name
        assert short["900002"] == "Testvax Tetra (900002)"  # made unique
        assert short["345679"] == "Prevenar 20"  # seeded afterwards, from the catalogue
        assert len(set(short.values())) == len(short)
    finally:
        app.close()
