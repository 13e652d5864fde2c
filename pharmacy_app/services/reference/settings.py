"""The installation's settings: the back-dating window and the home pharmacy (the one
receiving from SSI, which also sets the region the app works for).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.errors import DomainError, Problem, fail
from pharmacy_app.domain.ledger import DEFAULT_BACKDATE_DAYS
from pharmacy_app.domain.messages.terms import Term
from pharmacy_app.domain.roles import Role
from pharmacy_app.services import activity
from pharmacy_app.services.app import App
from pharmacy_app.services.permissions import requires
from pharmacy_app.services.reference.lookups import location_by_code

SETTING_BACKDATE_DAYS = "backdate_window_days"
SETTING_HOME_LOCATION = "home_location_code"


def get_setting(session: Session, key: str, default: str | None = None) -> str | None:
    row = session.get(m.Setting, key)
    return row.value if row is not None else default


def backdate_window_days(session: Session) -> int:
    return int(get_setting(session, SETTING_BACKDATE_DAYS, str(DEFAULT_BACKDATE_DAYS)) or 0)


@dataclass(frozen=True)
class Settings:
    backdate_window_days: int
    home_location_code: str | None


def read_settings(app: App) -> Settings:
    with app.db.read() as s:
        return Settings(
            backdate_window_days=backdate_window_days(s),
            home_location_code=get_setting(s, SETTING_HOME_LOCATION),
        )


@requires(Role.ADMINISTRATOR)
@declares(Change.SETTINGS)
def save_settings(app: App, settings: Settings) -> None:
    problems: list[Problem] = []
    if not 0 <= settings.backdate_window_days <= 366:
        problems.append(
            Problem(
                "value_invalid",
                {"field": Term.FIELD_BACKDATE_WINDOW, "value": settings.backdate_window_days, "why": Term.WHY_BACKDATE_RANGE},
            )
        )
    with app.db.write() as s:
        if settings.home_location_code:
            loc = location_by_code(s, settings.home_location_code)
            if loc.kind_code != "pharmacy":
                problems.append(
                    Problem(
                        "value_invalid",
                        {"field": Term.FIELD_HOME_PHARMACY, "value": loc.code, "why": Term.WHY_NOT_A_PHARMACY},
                    )
                )
        if problems:
            raise DomainError(problems)
        _put(s, SETTING_BACKDATE_DAYS, str(settings.backdate_window_days), app)
        if settings.home_location_code:
            _put(s, SETTING_HOME_LOCATION, settings.home_location_code, app)


def put_setting(session: Session, key: str, value: str, app: App) -> None:
    """Store one setting, added or replaced, in the caller's transaction; a change is
    written to the activity log (who and when, before and after)."""
    _put(session, key, value, app)


def _put(session: Session, key: str, value: str, app: App | None = None) -> None:
    row = session.get(m.Setting, key)
    before = row.value if row is not None else None
    if row is None:
        session.add(m.Setting(key=key, value=value))
    else:
        row.value = value
    if app is not None and before != value:
        session.flush()
        activity.record(session, app, activity.Kind.SETTING, key, before, value)


def set_home_location(session: Session, code: str, app: App | None = None) -> None:
    _put(session, SETTING_HOME_LOCATION, code, app)


def home_pharmacy(session: Session) -> m.Location:
    """The pharmacy this installation works for (the one receiving from SSI)."""
    code = get_setting(session, SETTING_HOME_LOCATION)
    if not code:
        raise fail("home_pharmacy_unset")
    return location_by_code(session, code)


def region_locations(session: Session) -> dict[int, m.Location]:
    """Real locations of the home pharmacy's region (all real ones when none is set)."""
    q = select(m.Location).where(m.Location.is_virtual.is_(False))
    code = get_setting(session, SETTING_HOME_LOCATION)
    if code:
        home = session.scalars(select(m.Location).where(m.Location.code == code)).one_or_none()
        if home is not None and home.region_code:
            q = q.where(m.Location.region_code == home.region_code)
    return {loc.id: loc for loc in session.scalars(q)}
