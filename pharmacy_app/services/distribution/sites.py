"""The sites a round may go to, and how many days of stock each kind should hold.

A round goes to a real, active place of the home pharmacy's region that is neither a
pharmacy nor quarantine (the pure rules ``stock_rules.round_site`` and
``why_not_round_site`` say why not; :func:`site_problem` applies them to a row); the
region's sites, active or not, are also the population the consumption rates and their
kind averages come from (:func:`region_sites`).
"""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain.messages.terms import Phrase, Term
from pharmacy_app.domain.stock_rules import why_not_round_site
from pharmacy_app.domain.types import PHARMACY_KIND, QUARANTINE_KIND
from pharmacy_app.services.app import App
from pharmacy_app.services.distribution.views import SiteView
from pharmacy_app.services.records import location_record
from pharmacy_app.services.reference import home_pharmacy

# Days of stock a site should hold when its kind does not say.
DEFAULT_COVER_DAYS = {"central": 14}
OTHER_COVER_DAYS = 7
NOT_SITE_KINDS = (PHARMACY_KIND, QUARANTINE_KIND)


def cover_days_of(kind: m.LocationKind | None) -> int:
    """Days of stock a site of this kind should hold after a round."""
    if kind is not None and kind.target_cover_days:
        return int(kind.target_cover_days)
    code = kind.code if kind is not None else ""
    return DEFAULT_COVER_DAYS.get(code, OTHER_COVER_DAYS)


def site_problem(loc: m.Location, home: m.Location) -> Term | Phrase | None:
    """Why a round may not go to ``loc``; ``None`` when it may
    (:func:`~pharmacy_app.domain.stock_rules.why_not_round_site` on its record)."""
    return why_not_round_site(location_record(loc), home.region_code)


def region_sites(s: Session, home: m.Location) -> dict[int, m.Location]:
    """Every location of the home region that holds and gives stock (active or not):
    the population the consumption rates and their kind averages come from."""
    q = select(m.Location).where(
        m.Location.is_virtual.is_(False),
        m.Location.holds_stock.is_(True),
        or_(m.Location.kind_code.is_(None), m.Location.kind_code.not_in(NOT_SITE_KINDS)),
    )
    if home.region_code:
        q = q.where(m.Location.region_code == home.region_code)
    return {loc.id: loc for loc in s.scalars(q)}


def site_candidates(app: App) -> list[SiteView]:
    """The region's active sites a round can go to, by kind then name."""
    with app.db.read() as s:
        home = home_pharmacy(s)
        out = []
        for loc in region_sites(s, home).values():
            if site_problem(loc, home) is not None:
                continue
            kind = loc.kind
            out.append(
                SiteView(
                    location_id=loc.id,
                    code=loc.code,
                    name=loc.name,
                    kind_code=loc.kind_code or "",
                    kind_name=kind.name_da if kind else "",
                    kind_name_en=kind.name_en if kind else "",
                    cover_days=cover_days_of(kind),
                    address=loc.address,
                    city=loc.city,
                )
            )
        order = {"central": 0, "decentral": 1, "temporary": 2, "mobile": 3}
        out.sort(key=lambda v: (order.get(v.kind_code, 9), v.name, v.code))
        return out
