"""Which use a round proposal and the stock-out warnings size a site by: the setting,
and the forecast's use for a round's sites (the rules are in
:mod:`pharmacy_app.domain.use_basis`).

* :func:`use_basis` / :func:`save_use_basis`: the setting ``round_use_basis``
  (``recent`` until saved; the change is written to the activity log by
  :func:`~pharmacy_app.services.reference.settings.put_setting`).
* :func:`round_rates`: the rates a round's proposals are made from.  On the forecast
  basis a :class:`ForecastRates` computes the forecast once for all the round's sites
  (one read of their history) and gives each (site, product) the forecast's doses a day
  over the days the round must cover (from the round's day, the site kind's cover days),
  falling back to the four-week rate where the forecast has nothing; what was used is
  kept with the request's basis (:meth:`ForecastRates.basis_extra`).
* :func:`forecast_daily_use`: the same for the stock-out warnings, over the days to the
  next round (the round interval), keyed as their ``daily_use`` seam wants.

What must hold: the recent basis gives exactly the proposals and stored bases it always
did; a round reads the forecast once, not per site, and not at all while the history it
is made from is unchanged (:mod:`pharmacy_app.services.forecast_memo`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain import expiry_risk as er
from pharmacy_app.domain import use_basis as ub
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.roles import Role
from pharmacy_app.services.app import App
from pharmacy_app.services.distribution.proposals import Rates
from pharmacy_app.services.distribution.sites import cover_days_of
from pharmacy_app.services.forecast_memo import forecasts
from pharmacy_app.services.permissions import requires
from pharmacy_app.services.reference import get_setting
from pharmacy_app.services.reference.settings import put_setting

RATE_FORECAST = ub.RATE_FORECAST


def read_basis(s: Session) -> str:
    """The basis stored in the open session (``recent`` until saved)."""
    return ub.parse(get_setting(s, ub.SETTING_KEY))


def use_basis(app: App) -> str:
    """``recent`` or ``forecast``: what round proposals and stock-outs size a site's use by."""
    with app.db.read() as s:
        return read_basis(s)


@requires(Role.ADMINISTRATOR)
@declares(Change.SETTINGS)
def save_use_basis(app: App, basis: str) -> str:
    """Store the basis (``recent`` or ``forecast``); the change goes to the activity log."""
    if basis not in ub.BASES:
        raise fail("use_basis_invalid", value=basis, choices=", ".join(ub.BASES))
    with app.db.write() as s:
        put_setting(s, ub.SETTING_KEY, basis, app)
    return basis


def _weekly(
    s: Session, today: date, site_ids: Iterable[int]
) -> dict[tuple[int, int], dict[date, float]]:
    """The forecast's doses per week (this week first, to its horizon) for each (site,
    product) at ``site_ids``."""
    wanted = set(site_ids)
    found = forecasts(s, today)
    return {key: dict(f.weeks) for key, f in found.items() if key[0] in wanted}


class ForecastRates(Rates):
    """The region's rates, with the forecast's use over the round's cover period for the
    round's sites in place of the four-week rate where the forecast has any."""

    def __init__(
        self, s: Session, home: m.Location, today: date, planned_for: date,
        sites: Iterable[m.Location],
    ):  # fmt: skip
        super().__init__(s, home, today)
        sites = list(sites)
        cover = {loc.id: cover_days_of(loc.kind) for loc in sites}
        weekly = _weekly(s, today, cover)
        self.uses: dict[tuple[int, int], ub.ForecastUse | None] = {}
        for (loc_id, pid), weeks in weekly.items():
            self.uses[(loc_id, pid)] = ub.forecast_use(weeks, planned_for, cover[loc_id])

    def rate(self, site: m.Location, product_id: int) -> er.Rate:
        use = self.uses.get((site.id, product_id))
        if use is not None:
            return er.Rate(use.per_day, RATE_FORECAST)
        return super().rate(site, product_id)

    def basis_extra(self, site: m.Location, product_id: int) -> dict[str, Any]:
        use = self.uses.get((site.id, product_id))
        return {"use_basis": ub.FORECAST, "forecast": use.as_stored() if use else None}


def round_rates(
    s: Session, home: m.Location, today: date, planned_for: date, sites: Iterable[m.Location]
) -> Rates:
    """The rates a round on ``planned_for`` to ``sites`` proposes by, as the setting says."""
    if read_basis(s) == ub.FORECAST:
        return ForecastRates(s, home, today, planned_for, sites)
    return Rates(s, home, today)


def forecast_daily_use(
    s: Session, today: date, sites: Mapping[int, m.Location], days: int
) -> dict[tuple[str, str], float]:
    """Per (site code, varenummer): the forecast's doses a day over the ``days`` days
    from today, where the forecast expects any (the stock-outs' ``daily_use``)."""
    weekly = _weekly(s, today, sites)
    varenummer = {pid: v for pid, v in s.execute(select(m.Product.id, m.Product.varenummer))}
    out: dict[tuple[str, str], float] = {}
    for (loc_id, pid), weeks in weekly.items():
        use = ub.forecast_use(weeks, today, days)
        if use is not None:
            out[(sites[loc_id].code, varenummer[pid])] = use.per_day
    return out
