"""Rebalancing: proposals to move stock at risk of expiring to where it will be used.

:func:`proposals` reads the region's stock at risk (``services.expiry.at_risk_report``),
every site's consumption rate and stock, and lets ``domain.rebalance`` propose moves
(the stock and the consumption history are read once, for both);
:func:`accept` turns one proposal into a transfer after checking it still holds, and
:func:`accept_to_region` sends an ``other_region`` proposal's doses to another region's
pharmacy with the lot passport.  Recalled lots are neither proposed nor counted as a
receiver's stock (they will not be given).  Read-only except those two.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from pharmacy_app.db import models as m
from pharmacy_app.domain import expiry_risk as er
from pharmacy_app.domain import rebalance as rb
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.expiry import is_expired
from pharmacy_app.domain.ledger import check_doses
from pharmacy_app.domain.localtime import local_day
from pharmacy_app.domain.messages.codes import Code
from pharmacy_app.domain.messages.sentence import Sentence
from pharmacy_app.domain.roles import Role
from pharmacy_app.domain.ssi_report import CONSUMPTION_WINDOW_DAYS
from pharmacy_app.domain.stock_rules import refuse
from pharmacy_app.domain.types import PHARMACY_KIND, MovementKind
from pharmacy_app.services import ledger, national, stock, transfers
from pharmacy_app.services.app import App
from pharmacy_app.services.expiry import RiskRow, at_risk_report, rates_of, read_risk
from pharmacy_app.services.permissions import requires
from pharmacy_app.services.records import product_record
from pharmacy_app.services.reference import (
    SETTING_HOME_LOCATION,
    get_setting,
    home_pharmacy,
    location_by_code,
)
from pharmacy_app.services.stock import Posted

SITE, PHARMACY, OTHER_REGION = rb.SITE, rb.PHARMACY, rb.OTHER_REGION
# The transfer an accepted proposal makes keeps its sentence as its note, in English
# as it always has (a note is stored text, not rendered again).
NOTE_LANGUAGE = "en"
OTHER_REGION_CODE = rb.OTHER_REGION_CODE


@dataclass(frozen=True, kw_only=True)
class ProposalView(rb.Proposal):
    """A proposal with the names a person reads and the sentence that explains it.

    ``to_name`` is empty for ``other_region`` (the region to send to is chosen then),
    unless the regions' workbooks loaded this session name the region that needs it
    (``to_region_code``, :mod:`.national`)."""

    product: str
    varenummer: str
    from_name: str
    to_name: str
    explanation: Sentence
    product_short: str = ""  # the short display name; ``product`` is the full one
    to_region_code: str = ""  # for ``other_region``: the region that needs it, if known

    def to_proposal(self) -> rb.Proposal:
        return rb.Proposal(**_proposal_fields(self))

    def sentence(self, language: str = "da") -> str:
        """The explanation in ``language`` (the window's, the command line's)."""
        return self.explanation.text(language)


def _proposal_fields(p: rb.Proposal) -> dict[str, Any]:
    return {f.name: getattr(p, f.name) for f in dataclasses.fields(rb.Proposal)}


def _view(p: rb.Proposal, product: m.Product | None, names: dict[str, str]) -> ProposalView:
    name = product.name if product else ""
    short = product.short_name if product else ""
    return ProposalView(
        **_proposal_fields(p),
        product=name,
        product_short=short,
        varenummer=product.varenummer if product else "",
        from_name=names.get(p.from_code, p.from_code),
        to_name="" if p.kind == OTHER_REGION else names.get(p.to_code, p.to_code),
        explanation=rb.explanation(p, product=short or name, names=names),
    )


def _pharmacy(region: dict[int, m.Location], home_code: str | None) -> m.Location | None:
    """The home pharmacy when it is in the region, else the region's only pharmacy."""
    pharmacies = [loc for loc in region.values() if loc.kind_code == PHARMACY_KIND and loc.active]
    for loc in pharmacies:
        if loc.code == home_code:
            return loc
    return pharmacies[0] if len(pharmacies) == 1 else None


def proposals(app: App, today: date | None = None) -> list[ProposalView]:
    """Ranked proposals for the region's stock at risk (most doses saved first)."""
    return risk_and_proposals(app, today)[1]


def risk_and_proposals(
    app: App, today: date | None = None
) -> tuple[list[RiskRow], list[ProposalView]]:
    """The region's stock at risk (:func:`services.expiry.at_risk_report`) and the ranked
    proposals for it, from one reading of the stock and of the consumption history."""
    today = today or app.today()
    with app.db.read() as s:
        reading = read_risk(s, today)
        region, holdings, risks = reading.region, reading.stock, reading.risks
        if not risks:
            return risks, []
        # Receivers are the active sites; a new one's rate is the average of its kind
        # among those (an inactive site neither gives nor takes doses).
        sites = {i: loc for i, loc in reading.sites.items() if loc.active}
        rates = rates_of(reading.history, sites)
        recalled = set(s.scalars(select(m.Lot.id).where(m.Lot.recalled_at.is_not(None))))
        products = {p.id: p for p in s.scalars(select(m.Product))}
        pharmacy = _pharmacy(region, get_setting(s, SETTING_HOME_LOCATION))
        names = {loc.code: loc.name for loc in region.values()}

        donors = [
            rb.Donor(
                r.location_code, r.location_kind, r.product_id, r.lot_id, r.batch, r.use_by,
                r.at_risk, products[r.product_id].doses_per_unit,
            )
            for r in risks
            if r.lot_id not in recalled and r.location_id in sites
            and _judged(rates, r, today)
        ]
        own: dict[tuple[int, int], list[rb.Stock]] = defaultdict(list)
        for h in holdings:
            if h.location_id in sites and h.lot_id not in recalled and not is_expired(h.use_by, today):
                own[(h.location_id, h.product_id)].append(rb.Stock(h.use_by, h.doses))
        receivers = [
            rb.Receiver(
                sites[loc_id].code, sites[loc_id].kind_code or "", pid, rate.per_day,
                tuple(own.get((loc_id, pid), ())),
            )
            for (loc_id, pid), rate in sorted(rates.items())
            if rate.per_day > 0
        ]
        found = rb.propose(donors, receivers, today, pharmacy.code if pharmacy else None)
        views = [_view(p, products.get(p.product_id), names) for p in found]
        home_region = pharmacy.region_code if pharmacy else None
        return risks, [_named_region(app, v, home_region) for v in views]


def _judged(rates: dict[tuple[int, int], er.Rate], risk: RiskRow, today: date) -> bool:
    """Whether the site's use of the product is known well enough to offer its stock
    elsewhere.  A site that has had the product for less than the rate's four weeks, with
    no established site of its kind to take a rate from, has only its own few days to go
    by (after one quiet day, 0): its stock is offered only when it would expire before
    four weeks could tell (a lot with a later use-by waits; otherwise a new site's first
    quiet day would send away all it was just given)."""
    rate = rates.get((risk.location_id, risk.product_id))
    if rate is None or rate.source != er.RATE_SHORT:
        return True
    return (risk.use_by - today).days < CONSUMPTION_WINDOW_DAYS


def _named_region(app: App, view: ProposalView, home_region: str | None) -> ProposalView:
    """An ``other_region`` proposal named with the region that needs it, when the regions'
    workbooks have been loaded this session (``services.national``)."""
    if view.kind != OTHER_REGION or not home_region:
        return view
    offer = national.offer_for(app, view.varenummer, view.batch, home_region)
    if offer is None:
        return view
    return dataclasses.replace(
        view,
        to_name=offer.region_name,
        to_region_code=offer.region_code,
        explanation=Sentence(Code.NATIONAL_OFFER, {**view.explanation.params, **offer.params()}),
    )


def _still_holds(app: App, proposal: ProposalView, doses: int | None, today: date) -> int:
    """The doses to move (``doses``, else the proposal's) once checked: whole doses, whole
    vials, and no more than the donor still has at risk of this lot ``today``.  Refusals:
    ``quantity_not_positive``, ``quantity_not_whole_units``, ``rebalance_stale``."""
    n = proposal.doses if doses is None else doses
    check_doses(n)
    with app.db.read() as s:
        lot = s.get(m.Lot, proposal.lot_id)
        if lot is not None:
            # Unopened vials travel whole, between sites too.
            refuse(product_record(lot.product).whole_units_problems(n))
    current = next(
        (
            r for r in at_risk_report(app, today)
            if r.lot_id == proposal.lot_id and r.location_code == proposal.from_code
        ),
        None,
    )
    at_risk = current.at_risk if current is not None else 0
    if n > at_risk:
        raise fail(
            "rebalance_stale",
            doses=n,
            batch=proposal.batch,
            product=proposal.product,
            location=proposal.from_name,
            at_risk=at_risk,
            on_hand=current.doses if current is not None else 0,
        )
    return n


@requires(Role.COORDINATOR)
@declares(Change.STOCK)
def accept(app: App, proposal: ProposalView, *, doses: int | None = None) -> Posted:
    """Make a proposal a transfer (``doses`` to move fewer or more than proposed, at most
    what is still at risk).  Refused when the stock has moved or is no longer at risk,
    and for a proposal to another region, which is sent as such instead."""
    if proposal.kind == OTHER_REGION:
        raise fail(
            "rebalance_other_region",
            doses=proposal.doses,
            batch=proposal.batch,
            product=proposal.product,
            location=proposal.from_name,
        )
    now = app.now()  # one reading: the stock at risk, the reference and the movement agree
    today = local_day(now)
    n = _still_holds(app, proposal, doses, today)
    explanation = proposal.explanation
    if n != proposal.doses:
        changed = dataclasses.replace(proposal.to_proposal(), doses=n, doses_saved=n)
        names = {proposal.from_code: proposal.from_name, proposal.to_code: proposal.to_name}
        explanation = rb.explanation(changed, product=proposal.product, names=names)
    return stock.transfer(
        app,
        lot_id=proposal.lot_id,
        from_code=proposal.from_code,
        to_code=proposal.to_code,
        doses=n,
        thaw_on_the_way=True,
        reference=f"REB-{proposal.batch}-{today.isoformat()}",
        note=explanation.text(NOTE_LANGUAGE),
        now=now,
    )


@requires(Role.COORDINATOR)
@declares(Change.STOCK)
def accept_to_region(
    app: App,
    proposal: ProposalView,
    *,
    region_code: str,
    reference: str,
    doses: int | None = None,
    note: str = "",
) -> transfers.RegionShipment:
    """Send the doses of an ``other_region`` proposal to another region's pharmacy, in one
    transaction: from a site they first come back to the home pharmacy (a TRANSFER under
    the shipment's reference), then leave it for ``OTHER_REGION`` exactly as
    :func:`services.transfers.send_to_region` sends them, with the lot passport.

    Refused, with nothing written, when the proposal no longer holds (see :func:`accept`),
    for part of a vial, an unknown region or the pharmacy's own, no reference, and a
    recalled or expired lot."""
    if proposal.kind != OTHER_REGION:
        raise fail(
            "rebalance_not_other_region",
            batch=proposal.batch,
            product=proposal.product,
            location=proposal.from_name,
            to=proposal.to_name or proposal.to_code,
        )
    now = app.now()  # one reading: the stock at risk, the movements and the shipment agree
    n = _still_holds(app, proposal, doses, local_day(now))
    with app.db.write() as s:
        home = home_pharmacy(s)
        region, lot, reference = transfers.check_region_shipment(
            s, home, lot_id=proposal.lot_id, doses=n, region_code=region_code,
            reference=reference, now=now,
        )
        if proposal.from_code != home.code:
            donor = location_by_code(s, proposal.from_code)
            if donor.is_virtual or not donor.holds_stock:
                raise fail("location_unknown", location=proposal.from_code)
            ledger.post(
                s,
                kind=MovementKind.TRANSFER,
                lot=lot,
                source=donor,
                destination=home,
                doses=n,
                user=app.user,
                now=now,
                reference=reference,
                note=(
                    f"On its way to region {region.code} ({region.name}) via {home.name}: "
                    "nothing in the region can use it before its use-by."
                ),
            )
        return transfers.send_to_region_in_session(
            s, app, lot_id=lot.id, doses=n, region_code=region.code, reference=reference,
            now=now, note=note,
        )
