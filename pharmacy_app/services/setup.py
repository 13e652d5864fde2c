"""Setting up a new installation: home pharmacy, the region's sites, the first delivery.

The steps and their order are in :mod:`pharmacy_app.domain.first_run`.  Each function
here is one use case in one transaction and returns plain data; the window's set-up
guide and the Receiving page call them, and so can a script.

What must hold: choosing the home pharmacy accepts only a pharmacy; loading the
catalogue's sites adds the missing ones all at once and never changes a site that is
already there (edits made in Settings stay).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.first_run import SetupState, SiteProposal, catalogue_centres
from pharmacy_app.domain.messages.terms import Term
from pharmacy_app.domain.roles import Role
from pharmacy_app.domain.types import MovementKind
from pharmacy_app.services import reference
from pharmacy_app.services.app import App
from pharmacy_app.services.permissions import requires

# Kinds of location that are the pharmacy itself, not a site it supplies.
_NOT_SITES = ("pharmacy", "quarantine")


@dataclass(frozen=True)
class PharmacyChoice:
    code: str
    name: str
    city: str
    region_code: str
    region_name: str


@dataclass(frozen=True)
class CatalogueSite:
    """A site the catalogue suggests for the home region, and whether it is there."""

    code: str
    name: str
    kind_code: str
    city: str
    place: str
    exists: bool


def pharmacy_choices(app: App) -> list[PharmacyChoice]:
    """Every pharmacy in use, by region (the catalogue's, and any added in Settings)."""
    with app.db.read() as s:
        rows = s.execute(
            select(m.Location, m.Region.name)
            .join(m.Region, m.Region.code == m.Location.region_code)
            .where(m.Location.kind_code == "pharmacy", m.Location.active.is_(True))
            .order_by(m.Region.code, m.Location.name)
        )
        return [
            PharmacyChoice(loc.code, loc.name, loc.city, loc.region_code or "", region_name)
            for loc, region_name in rows
        ]


def _state(s: Session) -> SetupState:
    code = reference.get_setting(s, reference.SETTING_HOME_LOCATION)
    home = (
        s.scalars(select(m.Location).where(m.Location.code == code)).one_or_none() if code else None
    )
    region = s.get(m.Region, home.region_code) if home is not None and home.region_code else None
    sites = 0
    if region is not None:
        sites = int(
            s.scalar(
                select(func.count())
                .select_from(m.Location)
                .where(
                    m.Location.region_code == region.code,
                    m.Location.is_virtual.is_(False),
                    m.Location.active.is_(True),
                    m.Location.kind_code.not_in(_NOT_SITES),
                )
            )
            or 0
        )
    return SetupState(
        home_code=home.code if home is not None else None,
        home_name=home.name if home is not None else "",
        region_code=region.code if region is not None else None,
        region_name=region.name if region is not None else "",
        sites=sites,
        received=bool(
            s.scalar(select(exists().where(m.Movement.kind == MovementKind.RECEIPT.value)))
        ),
        has_movements=bool(s.scalar(select(exists().where(m.Movement.id.is_not(None))))),
    )


def setup_state(app: App) -> SetupState:
    with app.db.read() as s:
        return _state(s)


@requires(Role.ADMINISTRATOR)
@declares(Change.SETTINGS)
def choose_home_pharmacy(app: App, code: str) -> SetupState:
    """Make ``code`` the home pharmacy (and so its region the home region)."""
    with app.db.write() as s:
        loc = reference.location_by_code(s, code)
        if loc.kind_code != "pharmacy" or not loc.active:
            raise fail("value_invalid", field=Term.FIELD_HOME_PHARMACY, value=code, why="not a pharmacy in use")
        reference.set_home_location(s, loc.code, app)
        s.flush()
        return _state(s)


def _proposals(s: Session) -> tuple[SiteProposal, ...]:
    home = reference.home_pharmacy(s)
    region = next(
        (r for r in reference.load_catalog()["regions"] if r["code"] == home.region_code), None
    )
    if region is None:  # a region added by hand: the catalogue knows none of its sites
        return ()
    return catalogue_centres(home.code, region.get("central_centre_cities", []))


def _existing_codes(s: Session, proposals: tuple[SiteProposal, ...]) -> set[str]:
    codes = [p.code for p in proposals]
    return set(s.scalars(select(m.Location.code).where(m.Location.code.in_(codes))))


def catalogue_sites(app: App) -> list[CatalogueSite]:
    """The catalogue's sites for the home region; refused while no home pharmacy is chosen."""
    with app.db.read() as s:
        proposals = _proposals(s)
        known = _existing_codes(s, proposals)
        return [
            CatalogueSite(p.code, p.name, p.kind_code, p.city, p.place, p.code in known)
            for p in proposals
        ]


@requires(Role.ADMINISTRATOR)
@declares(Change.REFERENCE)
def load_catalogue_sites(app: App) -> list[CatalogueSite]:
    """Add the home region's catalogue sites that are not there yet; return those added."""
    with app.db.write() as s:
        home = reference.home_pharmacy(s)
        proposals = _proposals(s)
        known = _existing_codes(s, proposals)
        added = [p for p in proposals if p.code not in known]
        s.add_all(
            m.Location(
                code=p.code,
                name=p.name,
                kind_code=p.kind_code,
                region_code=home.region_code,
                is_virtual=False,
                holds_stock=True,
                address="",
                city=p.city,
                active=True,
            )
            for p in added
        )
        s.flush()
        return [CatalogueSite(p.code, p.name, p.kind_code, p.city, p.place, True) for p in added]
