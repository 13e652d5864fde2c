"""What a round proposes to send a site: the rate-based proposal and its sentence.

A request's proposal is the site's recent consumption rate x its kind's days of cover,
less the usable stock it holds (what it will use before the use-by at that rate),
rounded to whole vials and capped at what one movement may carry.  A site without a
rate of its own takes the average of the established sites of its kind (as
:func:`services.expiry.consumption_rates` does); a site with no rate at all, or a rate
of 0, gets a proposal of 0 and only the days-left rule limits what is picked for a
figure the coordinator types in (a site starting a campaign has no history to judge by).

On the forecast basis (the setting ``round_use_basis``) the rate is the forecast's doses
a day over the days the round covers, where it has any (:mod:`.use_basis` gives such
:class:`Rates` and what the basis keeps of the forecast: its weeks and doses).

The numbers behind each proposal (rate, cover days, usable stock, proposal, doses per
unit; for a mobile unit its visits) are stored with the request as JSON
(:func:`stored_basis`) and turned into a sentence (:func:`basis`, a catalogue code and
its parameters) that the window, the command line and the documents write in their
language; a reallocation uses those stored numbers, so a draft's picks do
not drift with the clock.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import insert, literal_column, select
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain import allocation as al
from pharmacy_app.domain import expiry_risk as er
from pharmacy_app.domain import use_basis as ub
from pharmacy_app.domain.catalog import UNIT_NAMES
from pharmacy_app.domain.limits import MAX_DOSES_PER_MOVEMENT
from pharmacy_app.domain.localtime import at_local
from pharmacy_app.domain.messages.codes import Code
from pharmacy_app.domain.messages.sentence import Sentence
from pharmacy_app.domain.messages.terms import Name
from pharmacy_app.services.distribution.sites import cover_days_of, region_sites
from pharmacy_app.services.distribution.views import DISPATCHED
from pharmacy_app.services.expiry import consumption_rates

# "The products a site uses": anything moved in or out of it in the last 8 weeks (or
# asked for in a round of those weeks).
USED_WITHIN_DAYS = 56
# A lot must have at least this many days left when it reaches the site.
MIN_DAYS_LEFT = 1


class Rates:
    """Consumption rates of the region's sites, with the kind average for a site that
    never had a product."""

    def __init__(self, s: Session, home: m.Location, today: date):
        self.sites = region_sites(s, home)
        self.rates = consumption_rates(s, self.sites, today) if self.sites else {}
        peers: dict[tuple[str, int], list[float]] = defaultdict(list)
        for (loc_id, pid), rate in self.rates.items():
            if rate.source == er.RATE_OWN:
                peers[(self.sites[loc_id].kind_code or "", pid)].append(rate.per_day)
        self.kind_average = {k: sum(v) / len(v) for k, v in peers.items()}

    def rate(self, site: m.Location, product_id: int) -> er.Rate:
        found = self.rates.get((site.id, product_id))
        if found is not None:
            return found
        average = self.kind_average.get((site.kind_code or "", product_id))
        if average is not None:
            return er.Rate(average, er.RATE_KIND)
        return er.Rate(0.0, er.RATE_NONE)

    def basis_extra(self, site: m.Location, product_id: int) -> dict[str, Any]:
        """What else a request's stored basis keeps about where its rate came from
        (nothing for the recent rate: :mod:`.use_basis` adds the forecast's)."""
        return {}


def site_holdings(
    s: Session, site_ids: Sequence[int], on: date
) -> dict[tuple[int, int], list[er.Holding]]:
    """Usable stock (not expired on ``on``, not recalled) per (site, product)."""
    out: dict[tuple[int, int], list[er.Holding]] = defaultdict(list)
    if not site_ids:
        return out
    q = (
        select(
            m.StockBalance.location_id,
            m.Lot.product_id,
            m.Lot.id,
            m.Lot.use_by,
            m.StockBalance.doses,
        )
        .join(m.Lot, m.Lot.id == m.StockBalance.lot_id)
        .where(
            m.StockBalance.location_id.in_(site_ids),
            m.StockBalance.doses > 0,
            m.Lot.recalled_at.is_(None),
            m.Lot.use_by >= on,
        )
    )
    for loc_id, pid, lot_id, use_by, doses in s.execute(q):
        out[(loc_id, pid)].append(er.Holding(lot_id, use_by, int(doses)))
    return out


def usable_on_hand(holdings: Sequence[er.Holding], rate: float | None, on: date) -> int:
    """Doses a site holds that it will use before their use-by at ``rate`` (counted from
    ``on``); with no rate (or 0) every unexpired dose counts."""
    total = sum(h.doses for h in holdings)
    if not rate or rate <= 0:
        return total
    return total - sum(r.at_risk for r in er.at_risk(holdings, rate, on))


def proposal_basis(
    rate: er.Rate, cover_days: int, on_hand: int, product: m.Product
) -> tuple[int, dict[str, Any]]:
    per_day = None if rate.source == er.RATE_NONE else rate.per_day
    proposed = al.propose_doses(per_day, cover_days, on_hand, product.doses_per_unit)
    basis = {
        "rate": per_day,
        "rate_source": rate.source,
        "cover_days": cover_days,
        "on_hand": on_hand,
        "proposed": proposed,
        "unit": product.doses_per_unit,
    }
    return proposed, basis


def stored_basis(req: m.DistributionRequest) -> dict[str, Any]:
    try:
        data = json.loads(req.basis) if req.basis else {}
    except ValueError:
        data = {}
    return data if isinstance(data, dict) else {}


def basis(req: m.DistributionRequest) -> Sentence | None:
    """The sentence that says how the proposal was reached; none for a proposal that is
    not whole units (a product whose doses per unit changed since)."""
    data = stored_basis(req)
    product = req.product
    unit = int(data.get("unit") or product.doses_per_unit)
    proposed = int(data.get("proposed", req.proposed_doses))
    if proposed % unit:
        return None
    if data.get("covered_by") is not None:
        main = (
            next((r.product for r in req.list.requests if r.product_id == data["covered_by"]), None)
            if req.list is not None
            else None
        )
        return Sentence(
            Code.BASIS_COVERED_BY,
            {
                "programme": _programme(product),
                "product": main.name if main is not None else "?",
            },
        )
    if data.get("visits") is not None:
        return al.visits_basis(
            _programme(product),
            int(data["visits"]),
            int(data.get("visit_count", 0)),
            int(data.get("on_hand", 0)),
            proposed,
            unit,
            UNIT_NAMES.get(product.form, ("unit", "enheder")),
        )
    rate = data.get("rate")
    numbers = (
        float(rate) if rate is not None else None,
        int(data.get("cover_days", 0)),
        int(data.get("on_hand", 0)),
        proposed,
        unit,
        UNIT_NAMES.get(product.form, ("unit", "enheder")),
    )
    if data.get("use_basis") == ub.FORECAST:  # the forecast's weeks, or its fall-back
        return ub.forecast_basis(data.get("forecast"), *numbers)
    return al.rate_basis(*numbers)

def _programme(product: m.Product) -> Name:
    return Name(da=product.programme.name_da, en=product.programme.name_en)


def need_rate(req: m.DistributionRequest) -> float | None:
    rate = stored_basis(req).get("rate")
    if rate is None or float(rate) <= 0:
        return None
    return float(rate)


def min_days_left(req: m.DistributionRequest, arrival: date) -> int:
    """Days a lot must have left on arrival: one, or for doses asked for by a mobile
    unit's visits, enough to be given on the last visit (not on its use-by day)."""
    last = stored_basis(req).get("last_visit")
    if not last:
        return MIN_DAYS_LEFT
    return max(MIN_DAYS_LEFT, (date.fromisoformat(last) - arrival).days + 1)


def used_products(s: Session, site_ids: Sequence[int], today: date) -> dict[int, set[int]]:
    """Per site: the active products moved in or out of it in the last 8 weeks, held, or
    asked for in a round dispatched in those weeks."""
    since = at_local(today - timedelta(days=USED_WITHIN_DAYS - 1))
    mv = m.Movement
    out: dict[int, set[int]] = defaultdict(set)
    active = {
        lot: pid
        for lot, pid in s.execute(
            select(m.Lot.id, m.Lot.product_id)
            .join(m.Product, m.Product.id == m.Lot.product_id)
            .where(m.Product.active.is_(True))
        )
    }
    # The lots moved into and out of the sites, each side read from its location-and-
    # time index alone (which holds the lot: migration 0011); lots to products here.
    # The lot is distinct as ``lot_id + 0``: on the bare column SQLite would rather walk
    # a (location, lot) index for its order, i.e. each site's whole history.
    lot = (mv.lot_id + literal_column("0")).label("lot")
    for loc_col in (mv.to_location_id, mv.from_location_id):
        moved = (
            select(loc_col, lot)
            .where(loc_col.in_(site_ids), mv.occurred_at >= since)
            .distinct()
        )
        for loc, lot_id in s.execute(moved):
            pid = active.get(lot_id)
            if pid is not None:
                out[loc].add(pid)
    held = (
        select(m.StockBalance.location_id, m.Lot.product_id)
        .join(m.Lot, m.Lot.id == m.StockBalance.lot_id)
        .join(m.Product, m.Product.id == m.Lot.product_id)
        .where(
            m.StockBalance.location_id.in_(site_ids),
            m.StockBalance.doses > 0,
            m.Product.active.is_(True),
        )
        .distinct()
    )
    for loc, pid in s.execute(held):
        out[loc].add(pid)
    # Asked for in a dispatched round and not sent (the fridge was full, the pharmacy had
    # none): the site still uses the product, and the next round proposes it again.
    asked = (
        select(m.DistributionList.location_id, m.DistributionRequest.product_id)
        .join(m.DistributionRequest, m.DistributionRequest.list_id == m.DistributionList.id)
        .join(m.DistributionRound, m.DistributionRound.id == m.DistributionList.round_id)
        .join(m.Product, m.Product.id == m.DistributionRequest.product_id)
        .where(
            m.DistributionList.location_id.in_(site_ids),
            m.DistributionRound.status == DISPATCHED,
            m.DistributionRound.planned_for >= today - timedelta(days=USED_WITHIN_DAYS - 1),
            m.DistributionRequest.requested_doses > 0,
            m.Product.active.is_(True),
        )
        .distinct()
    )
    for loc, pid in s.execute(asked):
        out[loc].add(pid)
    return out


def request_row(
    list_id: int,
    site: m.Location,
    product: m.Product,
    rates: Rates,
    holdings: Mapping[tuple[int, int], Sequence[er.Holding]],
    planned_for: date,
    requested: int | None = None,
) -> dict[str, Any]:
    """The request row for ``product`` on the list ``list_id`` to ``site``: the proposal
    and the numbers behind it."""
    rate = rates.rate(site, product.id)
    on_hand = usable_on_hand(holdings.get((site.id, product.id), ()), rate.per_day, planned_for)
    proposed, basis = proposal_basis(rate, cover_days_of(site.kind), on_hand, product)
    basis.update(rates.basis_extra(site, product.id))
    # A proposal is capped at what one movement may carry (whole vials), as a figure
    # typed by a person is (planning).
    cap = MAX_DOSES_PER_MOVEMENT - MAX_DOSES_PER_MOVEMENT % product.doses_per_unit
    proposed = min(proposed, cap)
    return {
        "list_id": list_id,
        "product_id": product.id,
        "proposed_doses": proposed,
        "requested_doses": proposed if requested is None else requested,
        "basis": json.dumps(basis, sort_keys=True),
    }


def add_requests(s: Session, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert request rows (:func:`request_row`) in one statement; they are read back
    (``rounds.round_lists``) when the round is allocated."""
    if rows:
        s.execute(insert(m.DistributionRequest), list(rows))
