"""Permissions are enforced in the services: every writing service requires a role, each
role is tried against each, and a viewer cannot change stock (SQLite and PostgreSQL)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

import pharmacy_app.services as services_package
from pharmacy_app.db import models as m
from pharmacy_app.domain.changes import changes_of
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.domain.roles import ORDER, Role
from pharmacy_app.services import permissions, receiving, stock, transfers, users
from pharmacy_app.services.app import App, open_app
from tests.helpers import set_home
from tests.paperlog import Clock, PaperLog

PW = "long enough"


def _writing_services() -> Iterator[tuple[str, Callable[..., Any]]]:
    """Every function in pharmacy_app.services that declares what it changes."""
    seen: set[int] = set()
    for info in pkgutil.walk_packages(services_package.__path__, "pharmacy_app.services."):
        module = importlib.import_module(info.name)
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ != module.__name__ or id(fn) in seen:
                continue
            try:
                changes_of(fn)
            except TypeError:
                continue  # reads, helpers
            seen.add(id(fn))
            yield f"{module.__name__}.{name}", fn


WRITES = sorted(_writing_services(), key=lambda pair: pair[0])


def test_every_writing_service_requires_a_role() -> None:
    assert len(WRITES) >= 55
    missing = [name for name, fn in WRITES if permissions.required_role(fn) is None]
    assert missing == []


@pytest.fixture
def signed(db_url: str, clock: Clock) -> Iterator[dict[Role, App]]:
    """One app per role, each signed in as a user with that role."""
    apps = {role: open_app(db_url, user="x", clock=clock) for role in ORDER}
    admin = apps[Role.ADMINISTRATOR]
    users.add_user(admin, "admin", Role.ADMINISTRATOR, PW)
    users.sign_in(admin, "admin", PW)
    for role in ORDER[:-1]:
        users.add_user(admin, role.value, role, PW)
        users.sign_in(apps[role], role.value, PW)
    yield apps
    for app in apps.values():
        app.close()


def test_each_role_against_each_writing_service(signed: dict[Role, App]) -> None:
    for name, fn in WRITES:
        needed = permissions.required_role(fn)
        assert needed is not None
        for role, app in signed.items():
            if role.rank < needed.rank:
                # Refused before the body runs: the placeholder arguments are never read.
                with pytest.raises(DomainError) as err:
                    fn(app, None, None)
                assert err.value.code == "role_required", name
                assert err.value.problems[0].params["needed"] == needed.term, name
                assert role.term.value in err.value.problems[0].params["role"].value
            else:
                permissions.check(app, needed)  # allowed: no refusal


def test_the_refusal_names_the_role_in_both_languages(signed: dict[Role, App]) -> None:
    with pytest.raises(DomainError) as err:
        stock.reverse_one(signed[Role.STAFF], None, None)  # type: ignore[arg-type]
    assert err.value.text("da") == "Kræver rollen koordinator (du er personale)."
    assert err.value.text("en") == "Needs the role coordinator (you are staff)."


def test_not_signed_in_disabled_and_no_users(db_url: str, clock: Clock) -> None:
    app = open_app(db_url, user="anyone", clock=clock)
    try:
        permissions.check(app, Role.ADMINISTRATOR)  # no users yet: everything allowed
        users.add_user(app, "admin", Role.ADMINISTRATOR, PW)
        with pytest.raises(DomainError) as err:
            permissions.check(app, Role.VIEWER)  # users now: sign in first
        assert err.value.code == "sign_in_required"
        users.sign_in(app, "admin", PW)
        users.add_user(app, "bo", Role.STAFF, PW)
        other = open_app(db_url, user="x", clock=clock)
        try:
            users.sign_in(other, "bo", PW)
            permissions.check(other, Role.STAFF)
            users.set_disabled(app, "bo", True)  # meanwhile, by the administrator
            with pytest.raises(DomainError) as gone:
                permissions.check(other, Role.VIEWER)
            assert gone.value.code == "signed_in_user_disabled"
        finally:
            other.close()
    finally:
        app.close()


LOG = """
2026-10-01 receive 412345 FX1 exp 2027-03-31 2 packs
2026-10-01 site VC-A central "Vaccinationscenter A"
2026-10-01 site VC-B central "Vaccinationscenter B"
2026-10-01 transfer FX1 RH-APO -> VC-A 30
"""


def _stock_state(app: App) -> tuple[int, int, int]:
    with app.db.read() as s:
        return (
            s.execute(select(func.count(m.Movement.id))).scalar_one(),
            s.execute(select(func.coalesce(func.sum(m.StockBalance.doses), 0))).scalar_one(),
            s.execute(select(func.count(m.Receipt.id)).where(m.Receipt.status == "posted")).scalar_one(),
        )


def test_a_viewer_cannot_change_stock(app: App, clock: Clock) -> None:
    set_home(app)
    paper = PaperLog(app, clock)
    paper.run(LOG)
    draft = receiving.start(app, "NOTE-1")
    draft = receiving.add_line(app, draft.id, product="412345", batch="FX2", expiry=date(2027, 3, 31), packs=1)
    users.add_user(app, "admin", Role.ADMINISTRATOR, PW)
    users.sign_in(app, "admin", PW)
    users.add_user(app, "vera", Role.VIEWER, PW)
    users.sign_in(app, "vera", PW)
    before = _stock_state(app)
    lot = paper.lots["FX1"]
    attempts: list[Callable[[], object]] = [
        lambda: receiving.post(app, draft.id),
        lambda: stock.discard(app, lot_id=lot, location_code="RH-APO", doses=6, reason_code="BRUD"),
        lambda: transfers.transfer_between_sites(app, lot_id=lot, from_code="VC-A", to_code="VC-B", doses=6),
    ]
    for attempt in attempts:
        with pytest.raises(DomainError) as err:
            attempt()
        assert err.value.code == "role_required"
    assert _stock_state(app) == before
    # The same calls go through for a coordinator: the refusal was the role, nothing else.
    users.sign_in(app, "admin", PW)
    users.add_user(app, "cora", Role.COORDINATOR, PW)
    users.sign_in(app, "cora", PW)
    for attempt in attempts:
        attempt()
    assert _stock_state(app) != before
