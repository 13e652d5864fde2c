"""Distribution rounds: plan, allocate (FEFO), dispatch, confirm receipt, reverse.

A round is one or many sites' distribution lists, dispatched together.  Each list holds

* **requests**: per product, the doses the app proposes (the site's recent consumption
  rate x its kind's days of cover, less the usable stock it holds) and the doses the
  coordinator asks for;
* **lines**: the lots picked for the requests, whole vials, first-expiry-first-out from the
  home pharmacy's pickable stock (not held, not recalled, not expired when the round
  arrives, only what the site can use before the use-by at its rate); a line chosen
  against FEFO carries the reason;
* **visits** (mobile units): the institutions visited and the doses per programme.

The numbers behind each proposal (rate, cover days, usable stock, proposal, doses per
unit) are stored with the request as JSON and turned into a sentence when viewed; a
reallocation uses those stored numbers, so a draft's picks do not drift with the clock.

Rules worth knowing:

* A site without a consumption rate of its own takes the average of the established
  sites of its kind (as :func:`services.expiry.consumption_rates` does); a site with no
  rate at all, or a rate of 0, gets a proposal of 0 and only the days-left rule limits
  what is picked for a figure the coordinator types in (a site starting a campaign has
  no history to judge by).
* Stock on the lines of other draft rounds is reserved: it is not offered again.
* Dispatch posts every line of the round in one transaction (all or nothing): TRANSFER
  from the home pharmacy to the site (mode ``direct``) or to IN_TRANSIT (mode
  ``in_transit``), reference = the list number.  A list without lines is cancelled then.
* Receipt records what arrived per line; doses missing are a DISCARD to WASTED with a
  reason code and the reason as note (from IN_TRANSIT, or from the site in direct mode).
* Before dispatch a round or list is cancelled; after dispatch, before receipt, a list is
  reversed (every dispatch movement gets its reversal); after receipt stock goes back as
  a return (:mod:`services.transfers`).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain import allocation as al
from pharmacy_app.domain import expiry_risk as er
from pharmacy_app.domain.catalog import UNIT_NAMES
from pharmacy_app.domain.errors import DomainError, Problem, fail
from pharmacy_app.domain.expiry import is_expired
from pharmacy_app.domain.limits import MAX_DOSES_PER_MOVEMENT
from pharmacy_app.domain.localtime import at_local, local_day
from pharmacy_app.domain.types import (
    PHARMACY_KIND,
    QUARANTINE_KIND,
    MovementKind,
    VirtualLocation,
)
from pharmacy_app.services import ledger
from pharmacy_app.services.app import App
from pharmacy_app.services.expiry import consumption_rates
from pharmacy_app.services.reference import home_pharmacy, to_domain_product, virtual
from pharmacy_app.services.stock import reverse_movement

MODES = ("direct", "in_transit")
DRAFT, DISPATCHED, RECEIVED, CANCELLED = "draft", "dispatched", "received", "cancelled"
STATUSES = (DRAFT, DISPATCHED, RECEIVED, CANCELLED)
# Days of stock a site should hold when its kind does not say.
DEFAULT_COVER_DAYS = {"central": 14}
OTHER_COVER_DAYS = 7
# "The products a site uses": anything moved in or out of it in the last 8 weeks.
USED_WITHIN_DAYS = 56
# A lot must have at least this many days left when it reaches the site.
MIN_DAYS_LEFT = 1
MOBILE_KIND = "mobile"
# A missing dose needs a reason; without a code it is recorded as "other".
DEFAULT_DISCREPANCY_CODE = "ANDET"
NOT_SITE_KINDS = (PHARMACY_KIND, QUARANTINE_KIND)


# --------------------------------------------------------------------------- views


@dataclass(frozen=True)
class RequestView:
    request_id: int
    list_id: int
    product_id: int
    product: str
    varenummer: str
    programme: str  # programme code
    doses_per_unit: int
    proposed: int
    requested: int
    basis_da: str
    basis_en: str
    allocated: int
    short: int
    rate_per_day: float | None = None
    cover_days: int = 0
    on_hand: int = 0  # usable doses the site held when the proposal was made
    product_short: str = ""  # the short display name; ``product`` (full) is for documents

    @property
    def units_requested(self) -> int:
        return self.requested // self.doses_per_unit

    @property
    def units_allocated(self) -> int:
        return self.allocated // self.doses_per_unit


@dataclass(frozen=True)
class LineView:
    line_id: int
    list_id: int
    line_no: int
    lot_id: int
    product_id: int
    product: str
    varenummer: str
    batch: str
    expiry: date
    use_by: date
    thawed_on: date | None
    doses: int
    units: int  # vials (syringes, applicators)
    override_reason: str
    received_doses: int | None  # None until confirmed
    discrepancy_reason: str
    dispatch_movement_id: int | None = None
    receive_movement_id: int | None = None
    programme: str = ""
    # Recalled after it was picked: the list cannot be dispatched with it (change the lot).
    recalled_at: datetime | None = None
    recall_reason: str = ""
    product_short: str = ""

    @property
    def overridden(self) -> bool:
        return bool(self.override_reason)

    @property
    def recalled(self) -> bool:
        return self.recalled_at is not None


@dataclass(frozen=True)
class VisitView:
    visit_id: int
    list_id: int
    visit_date: date
    institution: str
    institution_kind: str
    programme: str  # programme code
    doses: int


@dataclass(frozen=True)
class ListView:
    list_id: int
    list_number: str
    round_id: int
    site_code: str
    site_name: str
    site_kind: str  # kind code
    address: str
    city: str
    status: str
    requests: tuple[RequestView, ...]
    lines: tuple[LineView, ...]
    visits: tuple[VisitView, ...]
    received_by: str | None
    received_at: datetime | None
    note: str = ""
    mode: str = "direct"

    @property
    def doses(self) -> int:
        return sum(line.doses for line in self.lines)

    def visit_doses(self) -> dict[str, int]:
        """Doses per programme code over the visit plan."""
        out: dict[str, int] = defaultdict(int)
        for v in self.visits:
            out[v.programme] += v.doses
        return dict(out)


@dataclass(frozen=True)
class RoundView:
    round_id: int
    number: str
    planned_for: date
    mode: str
    status: str
    created_by: str
    created_at: datetime
    dispatched_by: str | None
    dispatched_at: datetime | None
    note: str
    lists: tuple[ListView, ...]
    fair_split: bool = False  # short stock shared in proportion (else in the lists' order)

    @property
    def shortfalls(self) -> list[tuple[str, str, int, int]]:
        """(site code, product, requested, allocated) for every request not covered."""
        return [
            (lst.site_code, r.product, r.requested, r.allocated)
            for lst in self.lists
            if lst.status != CANCELLED
            for r in lst.requests
            if r.short > 0
        ]

    @property
    def doses(self) -> int:
        return sum(lst.doses for lst in self.lists if lst.status != CANCELLED)

    def list_for(self, site_code: str) -> ListView:
        for lst in self.lists:
            if lst.site_code == site_code:
                return lst
        raise KeyError(site_code)


@dataclass(frozen=True)
class RoundSummary:
    round_id: int
    number: str
    planned_for: date
    mode: str
    status: str
    sites: int
    doses: int
    created_by: str


@dataclass(frozen=True)
class StockLotView:
    lot_id: int
    product_id: int
    batch: str
    expiry: date
    use_by: date
    thawed_on: date | None
    on_hand: int
    doses: int  # free: on hand less the doses on draft lines
    doses_per_unit: int

    @property
    def units(self) -> int:
        return self.doses // self.doses_per_unit


@dataclass(frozen=True)
class SiteView:
    location_id: int
    code: str
    name: str
    kind_code: str
    kind_name: str  # Danish
    kind_name_en: str
    cover_days: int
    address: str = ""
    city: str = ""


# --------------------------------------------------------------------------- helpers


def cover_days_of(kind: m.LocationKind | None) -> int:
    """Days of stock a site of this kind should hold after a round."""
    if kind is not None and kind.target_cover_days:
        return int(kind.target_cover_days)
    code = kind.code if kind is not None else ""
    return DEFAULT_COVER_DAYS.get(code, OTHER_COVER_DAYS)


def _check_mode(mode: str) -> None:
    if mode not in MODES:
        raise fail("distribution_mode_unknown", mode=mode)


def _unknown(what_en: str, what_da: str, ident: object) -> DomainError:
    return fail("distribution_record_unknown", what_en=what_en, what_da=what_da, ident=ident)


def _round(s: Session, round_id: int) -> m.DistributionRound:
    rnd = s.get(m.DistributionRound, round_id)
    if rnd is None:
        raise _unknown("Distribution round", "Udleveringsrunden", round_id)
    return rnd


def _list(s: Session, list_id: int) -> m.DistributionList:
    lst = s.get(m.DistributionList, list_id)
    if lst is None:
        raise _unknown("Distribution list", "Udleveringslisten", list_id)
    return lst


def _draft_round(rnd: m.DistributionRound) -> None:
    if rnd.status == DRAFT:
        return
    if rnd.status == DISPATCHED:
        raise fail(
            "distribution_dispatched_reverse", what_en="Round", what_da="Runden", number=rnd.number
        )
    raise fail(
        "distribution_not_draft",
        what_en="Round",
        what_da="Runden",
        number=rnd.number,
        status=rnd.status,
    )


def _draft_list(lst: m.DistributionList) -> None:
    _draft_round(lst.round)
    if lst.status == DRAFT:
        return
    if lst.status in (DISPATCHED, RECEIVED):
        raise fail(
            "distribution_dispatched_reverse",
            what_en="List",
            what_da="Listen",
            number=lst.list_number,
        )
    raise fail(
        "distribution_not_draft",
        what_en="List",
        what_da="Listen",
        number=lst.list_number,
        status=lst.status,
    )


def _whole_doses(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _region_sites(s: Session, home: m.Location) -> dict[int, m.Location]:
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


class _Rates:
    """Consumption rates of the region's sites, with the kind average for a site that
    never had a product."""

    def __init__(self, s: Session, home: m.Location, today: date):
        self.sites = _region_sites(s, home)
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


def _site_holdings(
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


def _proposal_basis(
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


def _basis(req: m.DistributionRequest) -> dict[str, Any]:
    try:
        data = json.loads(req.basis) if req.basis else {}
    except ValueError:
        data = {}
    return data if isinstance(data, dict) else {}


def _basis_text(req: m.DistributionRequest, language: str) -> str:
    data = _basis(req)
    product = req.product
    unit = int(data.get("unit") or product.doses_per_unit)
    proposed = int(data.get("proposed", req.proposed_doses))
    if proposed % unit:
        return ""
    if data.get("covered_by") is not None:
        main = req.list and next(
            (r.product for r in req.list.requests if r.product_id == data["covered_by"]), None
        )
        name = main.name if main is not None else "?"
        if language == "da":
            return (
                f"Besøgsplanens doser af {product.programme.name_da} bestilles som {name}; "
                "skriv et tal for også at sende denne."
            )
        return (
            f"The visit plan's {product.programme.name_en} doses are asked for as {name}; "
            "type a figure to send this too."
        )
    if data.get("visits") is not None:
        programme = product.programme
        return al.visit_basis(
            programme.name_da if language == "da" else programme.name_en,
            int(data["visits"]),
            int(data.get("visit_count", 0)),
            int(data.get("on_hand", 0)),
            proposed,
            unit,
            language,
            UNIT_NAMES.get(product.form, ("unit", "enheder")),
        )
    rate = data.get("rate")
    return al.proposal_basis(
        float(rate) if rate is not None else None,
        int(data.get("cover_days", 0)),
        int(data.get("on_hand", 0)),
        proposed,
        unit,
        language,
        UNIT_NAMES.get(product.form, ("unit", "enheder")),
    )


def _need_rate(req: m.DistributionRequest) -> float | None:
    rate = _basis(req).get("rate")
    if rate is None or float(rate) <= 0:
        return None
    return float(rate)


def _min_days_left(req: m.DistributionRequest, arrival: date) -> int:
    """Days a lot must have left on arrival: one, or for doses asked for by a mobile
    unit's visits, enough to be given on the last visit (not on its use-by day)."""
    last = _basis(req).get("last_visit")
    if not last:
        return MIN_DAYS_LEFT
    return max(MIN_DAYS_LEFT, (date.fromisoformat(last) - arrival).days + 1)


def _reserved(
    s: Session, *, exclude_round_id: int | None = None, exclude_line_id: int | None = None
) -> dict[int, int]:
    """Doses per lot on the lines of draft lists of draft rounds."""
    q = (
        select(m.DistributionLine.lot_id, func.sum(m.DistributionLine.doses))
        .join(m.DistributionList, m.DistributionList.id == m.DistributionLine.list_id)
        .join(m.DistributionRound, m.DistributionRound.id == m.DistributionList.round_id)
        .where(m.DistributionList.status == DRAFT, m.DistributionRound.status == DRAFT)
        .group_by(m.DistributionLine.lot_id)
    )
    if exclude_round_id is not None:
        q = q.where(m.DistributionRound.id != exclude_round_id)
    if exclude_line_id is not None:
        q = q.where(m.DistributionLine.id != exclude_line_id)
    return {lot_id: int(doses) for lot_id, doses in s.execute(q)}


def _pharmacy_lots(
    s: Session, home: m.Location, product_ids: Sequence[int], on: date
) -> list[tuple[m.Lot, int]]:
    """Lots of the products on hand at the home pharmacy that may be picked on ``on``."""
    if not product_ids:
        return []
    q = (
        select(m.Lot, m.StockBalance.doses)
        .join(m.StockBalance, m.StockBalance.lot_id == m.Lot.id)
        .where(
            m.StockBalance.location_id == home.id,
            m.StockBalance.doses > 0,
            m.Lot.product_id.in_(list(product_ids)),
            m.Lot.recalled_at.is_(None),
            m.Lot.use_by >= on,
        )
    )
    return [(lot, int(doses)) for lot, doses in s.execute(q)]


def _stock_lot(lot: m.Lot, doses: int) -> al.StockLot:
    return al.StockLot(
        lot.id, lot.product_id, lot.batch, lot.use_by, lot.thawed_on is not None, doses
    )


def _number(s: Session, column: Any, prefix: str, width: int) -> str:
    taken = s.scalars(select(column).where(column.like(f"{prefix}%")))
    last = max((int(t[len(prefix) :]) for t in taken if t[len(prefix) :].isdigit()), default=0)
    return f"{prefix}{last + 1:0{width}d}"


def _renumber(s: Session, lst: m.DistributionList) -> None:
    lines = s.scalars(select(m.DistributionLine).where(m.DistributionLine.list_id == lst.id)).all()
    lines = sorted(
        lines,
        key=lambda ln: (
            ln.lot.product.programme_code,
            ln.lot.product.name,
            ln.lot.use_by,
            ln.lot.batch,
            ln.lot_id,
            ln.id,
        ),
    )
    for no, line in enumerate(lines, start=1):
        line.line_no = no
    s.flush()
    s.expire(lst, ["lines"])


def _allocate(
    s: Session, rnd: m.DistributionRound, today: date, fair_split: bool | None = None
) -> None:
    """Recompute the lines of a draft round's draft lists from their requests and the
    stock free now, splitting short stock as ``fair_split`` says (None: as the round
    last did, which is then kept with the round).  Lines chosen with a reason are kept
    (trimmed to the request) and their doses taken first."""
    home = home_pharmacy(s)
    lists = [lst for lst in rnd.lists if lst.status == DRAFT]
    on = max(rnd.planned_for, today)
    kept: dict[tuple[int, int], int] = defaultdict(int)
    kept_of_lot: dict[int, int] = defaultdict(int)
    for lst in lists:
        requested = {r.product_id: r.requested_doses for r in lst.requests}
        for line in list(lst.lines):
            pid = line.lot.product_id
            left = requested.get(pid, 0) - kept[(lst.id, pid)]
            if not line.override_reason or left <= 0:
                s.delete(line)
                continue
            if line.doses > left:
                line.doses = left
            kept[(lst.id, pid)] += line.doses
            kept_of_lot[line.lot_id] += line.doses
    s.flush()

    product_ids = sorted({r.product_id for lst in lists for r in lst.requests})
    reserved = _reserved(s, exclude_round_id=rnd.id)
    stock = []
    for lot, on_hand in _pharmacy_lots(s, home, product_ids, on):
        free = on_hand - reserved.get(lot.id, 0) - kept_of_lot.get(lot.id, 0)
        if free > 0:
            stock.append(_stock_lot(lot, free))
    needs = []
    list_of_site: dict[str, m.DistributionList] = {}
    for lst in lists:
        list_of_site[lst.location.code] = lst
        for req in lst.requests:
            doses = req.requested_doses - kept[(lst.id, req.product_id)]
            if doses <= 0:
                continue
            needs.append(
                al.Need(
                    site=lst.location.code,
                    product_id=req.product_id,
                    doses=doses,
                    unit_doses=req.product.doses_per_unit,
                    arrival=rnd.planned_for,
                    rate_per_day=_need_rate(req),
                    on_hand=int(_basis(req).get("on_hand", 0)),
                    min_days_left=_min_days_left(req, rnd.planned_for),
                )
            )
    if fair_split is not None:
        rnd.fair_split = fair_split
    result = al.allocate(needs, stock, fair_split=bool(rnd.fair_split))
    for pick in result.picks:
        lst = list_of_site[pick.site]
        s.add(m.DistributionLine(list_id=lst.id, line_no=0, lot_id=pick.lot_id, doses=pick.doses))
    s.flush()
    for lst in lists:
        _renumber(s, lst)


def _line_view(line: m.DistributionLine) -> LineView:
    lot = line.lot
    p = lot.product
    return LineView(
        line_id=line.id,
        list_id=line.list_id,
        line_no=line.line_no,
        lot_id=lot.id,
        product_id=p.id,
        product=p.name,
        varenummer=p.varenummer,
        batch=lot.batch,
        expiry=lot.expiry,
        use_by=lot.use_by,
        thawed_on=lot.thawed_on,
        doses=line.doses,
        units=line.doses // p.doses_per_unit,
        override_reason=line.override_reason or "",
        received_doses=line.received_doses,
        discrepancy_reason=line.discrepancy_reason or "",
        dispatch_movement_id=line.dispatch_movement_id,
        receive_movement_id=line.receive_movement_id,
        programme=p.programme_code,
        recalled_at=lot.recalled_at,
        recall_reason=lot.recall_reason or "",
        product_short=p.short_name,
    )


def _list_view(lst: m.DistributionList) -> ListView:
    lines = tuple(
        _line_view(line) for line in sorted(lst.lines, key=lambda ln: (ln.line_no, ln.id))
    )
    allocated: dict[int, int] = defaultdict(int)
    for line in lines:
        allocated[line.product_id] += line.doses
    requests = []
    for req in lst.requests:
        p = req.product
        data = _basis(req)
        got = allocated.get(p.id, 0)
        rate = data.get("rate")
        requests.append(
            RequestView(
                request_id=req.id,
                list_id=lst.id,
                product_id=p.id,
                product=p.name,
                varenummer=p.varenummer,
                programme=p.programme_code,
                doses_per_unit=p.doses_per_unit,
                proposed=req.proposed_doses,
                requested=req.requested_doses,
                basis_da=_basis_text(req, "da"),
                basis_en=_basis_text(req, "en"),
                allocated=got,
                short=max(0, req.requested_doses - got),
                rate_per_day=float(rate) if rate is not None else None,
                cover_days=int(data.get("cover_days", 0)),
                on_hand=int(data.get("on_hand", 0)),
                product_short=p.short_name,
            )
        )
    requests.sort(key=lambda r: (r.programme, r.product, r.request_id))
    visits = tuple(
        VisitView(
            v.id, lst.id, v.visit_date, v.institution, v.institution_kind, v.programme_code, v.doses
        )
        for v in sorted(lst.visits, key=lambda v: (v.visit_date, v.institution, v.id))
    )
    loc = lst.location
    return ListView(
        list_id=lst.id,
        list_number=lst.list_number,
        round_id=lst.round_id,
        site_code=loc.code,
        site_name=loc.name,
        site_kind=loc.kind_code or "",
        address=loc.address,
        city=loc.city,
        status=lst.status,
        requests=tuple(requests),
        lines=lines,
        visits=visits,
        received_by=lst.received_by,
        received_at=lst.received_at,
        note=lst.note or "",
        mode=lst.round.mode,
    )


def _round_view(s: Session, rnd: m.DistributionRound) -> RoundView:
    s.flush()
    s.expire(rnd, ["lists"])
    for lst in rnd.lists:
        s.expire(lst, ["lines", "requests", "visits"])
    return RoundView(
        round_id=rnd.id,
        number=rnd.number,
        planned_for=rnd.planned_for,
        mode=rnd.mode,
        status=rnd.status,
        created_by=rnd.created_by,
        created_at=rnd.created_at,
        dispatched_by=rnd.dispatched_by,
        dispatched_at=rnd.dispatched_at,
        note=rnd.note or "",
        lists=tuple(_list_view(lst) for lst in rnd.lists),
        fair_split=bool(rnd.fair_split),
    )


def site_problem(loc: m.Location, home: m.Location) -> tuple[str, str] | None:
    if loc.is_virtual or not loc.holds_stock:
        return ("it is not a real place", "det er ikke et fysisk sted")
    if not loc.active:
        return ("it is no longer in use", "det er ikke længere i brug")
    if loc.kind_code == PHARMACY_KIND:
        return ("it is a pharmacy", "det er et apotek")
    if loc.kind_code == QUARANTINE_KIND:
        return ("it holds quarantined stock", "det er karantæne")
    if home.region_code and loc.region_code != home.region_code:
        return (
            f"it belongs to region {loc.region_code or '-'}, not {home.region_code}",
            f"det hører til region {loc.region_code or '-'}, ikke {home.region_code}",
        )
    return None


def _sites(s: Session, home: m.Location, codes: Sequence[str]) -> list[m.Location]:
    """The round's sites in the order given; every bad code is reported at once."""
    codes = [c.strip() for c in codes if c and c.strip()]
    if not codes:
        raise fail("distribution_sites_required")
    problems: list[Problem] = []
    found = {
        loc.code: loc for loc in s.scalars(select(m.Location).where(m.Location.code.in_(codes)))
    }
    out: list[m.Location] = []
    seen: set[str] = set()
    for code in codes:
        if code in seen:
            problems.append(Problem("distribution_site_twice", {"site": code}))
            continue
        seen.add(code)
        loc = found.get(code)
        if loc is None:
            problems.append(Problem("location_unknown", {"location": code}))
            continue
        why = site_problem(loc, home)
        if why is not None:
            problems.append(
                Problem(
                    "distribution_site_not_allowed",
                    {"site": f"{loc.code} ({loc.name})", "why_en": why[0], "why_da": why[1]},
                )
            )
            continue
        out.append(loc)
    if problems:
        raise DomainError(problems)
    return out


def _products(s: Session, product_ids: Sequence[int]) -> list[m.Product]:
    problems: list[Problem] = []
    out = []
    for pid in dict.fromkeys(product_ids):
        p = s.get(m.Product, pid)
        if p is None:
            problems.append(Problem("product_unknown", {"product": pid}))
        elif not p.active:
            problems.append(Problem("product_inactive", {"product": p.name}))
        else:
            out.append(p)
    if problems:
        raise DomainError(problems)
    return out


def _used_products(s: Session, site_ids: Sequence[int], today: date) -> dict[int, set[int]]:
    """Per site: the active products moved in or out of it in the last 8 weeks, or held."""
    since = at_local(today - timedelta(days=USED_WITHIN_DAYS - 1))
    mv = m.Movement
    out: dict[int, set[int]] = defaultdict(set)
    moved = (
        select(mv.from_location_id, mv.to_location_id, m.Lot.product_id)
        .join(m.Lot, m.Lot.id == mv.lot_id)
        .join(m.Product, m.Product.id == m.Lot.product_id)
        .where(
            mv.occurred_at >= since,
            or_(mv.from_location_id.in_(site_ids), mv.to_location_id.in_(site_ids)),
            m.Product.active.is_(True),
        )
        .distinct()
    )
    ids = set(site_ids)
    for src, dst, pid in s.execute(moved):
        for loc in (src, dst):
            if loc in ids:
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
    return out


def _new_request(
    s: Session,
    lst: m.DistributionList,
    product: m.Product,
    rates: _Rates,
    holdings: Mapping[tuple[int, int], Sequence[er.Holding]],
    planned_for: date,
    requested: int | None = None,
) -> m.DistributionRequest:
    site = lst.location
    rate = rates.rate(site, product.id)
    on_hand = usable_on_hand(holdings.get((site.id, product.id), ()), rate.per_day, planned_for)
    proposed, basis = _proposal_basis(rate, cover_days_of(site.kind), on_hand, product)
    # A proposal is capped at what one movement may carry (whole vials), as a figure
    # typed by a person is (_check_requested).
    cap = MAX_DOSES_PER_MOVEMENT - MAX_DOSES_PER_MOVEMENT % product.doses_per_unit
    proposed = min(proposed, cap)
    req = m.DistributionRequest(
        list_id=lst.id,
        product_id=product.id,
        proposed_doses=proposed,
        requested_doses=proposed if requested is None else requested,
        basis=json.dumps(basis, sort_keys=True),
    )
    s.add(req)
    return req


def _check_requested(product: m.Product, site: m.Location, doses: object) -> int:
    if not _whole_doses(doses) or int(doses) < 0:  # type: ignore[call-overload]
        raise fail("distribution_doses_invalid", product=product.name, site=site.name, doses=doses)
    value = int(doses)  # type: ignore[call-overload]
    if value > MAX_DOSES_PER_MOVEMENT:
        raise fail("quantity_too_large", doses=value, max=MAX_DOSES_PER_MOVEMENT)
    to_domain_product(product).check_whole_units(value)
    return value


# --------------------------------------------------------------------------- planning


def plan_round(
    app: App,
    *,
    planned_for: date,
    site_codes: Sequence[str],
    product_ids: Sequence[int] | None = None,
    mode: str = "direct",
    fair_split: bool = False,
    note: str = "",
    requested: Mapping[tuple[str, int], int] | None = None,
    dispatch: bool = False,
) -> RoundView:
    """Plan a round for the sites (in priority order) and allocate it, in one transaction.

    ``product_ids`` None: every active product each site used in the last 8 weeks (or
    holds).  ``requested`` optionally gives the doses asked for per (site code, product
    id) instead of the proposals (a round file); without ``product_ids`` the requests are
    then exactly those.  ``dispatch`` also dispatches it in the same transaction, so a
    round that cannot be dispatched leaves nothing behind, not even a draft.
    """
    _check_mode(mode)
    now = app.now()
    today = local_day(now)
    if planned_for < today:
        raise fail(
            "distribution_date_past",
            planned=planned_for.strftime("%d-%m-%Y"),
            today=today.strftime("%d-%m-%Y"),
        )
    with app.db.write() as s:
        home = home_pharmacy(s)
        sites = _sites(s, home, site_codes)
        chosen = _products(s, product_ids) if product_ids is not None else None
        asked = dict(requested or {})
        asked_products = _products(s, sorted({pid for _, pid in asked}))
        by_id = {p.id: p for p in asked_products}
        problems: list[Problem] = []
        codes = {loc.code for loc in sites}
        for code in sorted({code for code, _ in asked} - codes):
            problems.append(
                Problem(
                    "value_invalid",
                    {"field": "Site / Sted", "value": code, "why": "not one of the round's sites"},
                )
            )
        if problems:
            raise DomainError(problems)

        rates = _Rates(s, home, today)
        holdings = _site_holdings(s, [loc.id for loc in sites], planned_for)
        # With a figure per (site, product) given, those are the requests; else every
        # product asked for, or the products each site uses.
        used = (
            _used_products(s, [loc.id for loc in sites], today)
            if chosen is None and not asked
            else {}
        )
        stamp = planned_for.strftime("%Y%m%d")
        rnd = m.DistributionRound(
            number=_number(s, m.DistributionRound.number, f"R-{stamp}-", 2),
            planned_for=planned_for,
            mode=mode,
            status=DRAFT,
            created_by=app.user,
            created_at=now,
            note=note.strip(),
        )
        s.add(rnd)
        s.flush()
        list_prefix = f"FL-{stamp}-"
        first = int(_number(s, m.DistributionList.list_number, list_prefix, 3)[len(list_prefix) :])
        for i, site in enumerate(sites):
            lst = m.DistributionList(
                round_id=rnd.id,
                location_id=site.id,
                location=site,
                list_number=f"{list_prefix}{first + i:03d}",
                status=DRAFT,
                note="",
            )
            s.add(lst)
            s.flush()
            if chosen is not None:
                products = list(chosen)
            else:
                products = [s.get(m.Product, pid) for pid in used.get(site.id, set())]  # type: ignore[misc]
            wanted = {pid: d for (code, pid), d in asked.items() if code == site.code}
            for pid in wanted:
                if all(p.id != pid for p in products):
                    products.append(by_id[pid])
            products.sort(key=lambda p: (p.programme_code, p.name, p.id))
            for product in products:
                doses = wanted.get(product.id)
                if doses is not None:
                    try:
                        doses = _check_requested(product, site, doses)
                    except DomainError as e:
                        problems.extend(e.problems)
                        continue
                _new_request(s, lst, product, rates, holdings, planned_for, doses)
        if problems:
            raise DomainError(problems)
        s.flush()
        s.expire(rnd, ["lists"])
        _allocate(s, rnd, today, fair_split)
        if dispatch:
            s.flush()
            s.expire(rnd, ["lists"])
            _dispatch(s, rnd, app.user, now)
        return _round_view(s, rnd)


def round_view(app: App, round_id: int) -> RoundView:
    with app.db.read() as s:
        return _round_view(s, _round(s, round_id))


def list_view(app: App, list_id: int) -> ListView:
    with app.db.read() as s:
        return _list_view(_list(s, list_id))


def list_rounds(app: App, status: str | None = None, limit: int = 200) -> list[RoundSummary]:
    """Rounds, the latest planned first."""
    r, lst, line = m.DistributionRound, m.DistributionList, m.DistributionLine
    sites = (
        select(func.count(lst.id))
        .where(lst.round_id == r.id, lst.status != CANCELLED)
        .correlate(r)
        .scalar_subquery()
    )
    doses = (
        select(func.coalesce(func.sum(line.doses), 0))
        .join(lst, lst.id == line.list_id)
        .where(lst.round_id == r.id, lst.status != CANCELLED)
        .correlate(r)
        .scalar_subquery()
    )
    q = select(r.id, r.number, r.planned_for, r.mode, r.status, sites, doses, r.created_by)
    if status:
        q = q.where(r.status == status)
    q = q.order_by(r.planned_for.desc(), r.id.desc()).limit(limit)
    with app.db.read() as s:
        return [
            RoundSummary(rid, number, planned, mode, st, int(n), int(d), by)
            for rid, number, planned, mode, st, n, d, by in s.execute(q)
        ]


def set_requested(
    app: App, request_id: int, doses: int, *, fair_split: bool | None = None
) -> RoundView:
    """Change the doses asked for (whole vials, zero or more) and reallocate the round."""
    with app.db.write() as s:
        req = s.get(m.DistributionRequest, request_id)
        if req is None:
            raise _unknown("Request", "Behovet", request_id)
        lst = req.list
        _draft_list(lst)
        req.requested_doses = _check_requested(req.product, lst.location, doses)
        s.flush()
        _allocate(s, lst.round, app.today(), fair_split)
        return _round_view(s, lst.round)


def add_request(
    app: App, list_id: int, product_id: int, doses: int, *, fair_split: bool | None = None
) -> RoundView:
    """Ask for a product on a list (or change the figure when it is there already)."""
    today = app.today()
    with app.db.write() as s:
        lst = _list(s, list_id)
        _draft_list(lst)
        (product,) = _products(s, [product_id])
        value = _check_requested(product, lst.location, doses)
        existing = next((r for r in lst.requests if r.product_id == product.id), None)
        if existing is not None:
            existing.requested_doses = value
        else:
            home = home_pharmacy(s)
            rates = _Rates(s, home, today)
            holdings = _site_holdings(s, [lst.location_id], lst.round.planned_for)
            _new_request(s, lst, product, rates, holdings, lst.round.planned_for, value)
        s.flush()
        s.expire(lst, ["requests"])
        _allocate(s, lst.round, today, fair_split)
        return _round_view(s, lst.round)


def reallocate(app: App, round_id: int, *, fair_split: bool | None = None) -> RoundView:
    """Recompute the lines from the requests with the stock free now, keeping the lines
    chosen with a reason (their doses are taken first)."""
    with app.db.write() as s:
        rnd = _round(s, round_id)
        _draft_round(rnd)
        _allocate(s, rnd, app.today(), fair_split)
        return _round_view(s, rnd)


def _pickable_problem(lot: m.Lot, on: date) -> tuple[str, str] | None:
    if lot.recalled_at is not None:
        return ("it is recalled", "den er tilbagekaldt")
    if is_expired(lot.use_by, on):
        return (
            f"it could be used until {lot.use_by.isoformat()}, the round is for {on.isoformat()}",
            f"den kunne anvendes til {lot.use_by.strftime('%d-%m-%Y')}, runden er til "
            f"{on.strftime('%d-%m-%Y')}",
        )
    return None


def override_line(app: App, line_id: int, lot_id: int, reason: str) -> RoundView:
    """Pick another lot of the same product for a line, against FEFO, with a reason."""
    today = app.today()
    with app.db.write() as s:
        line = s.get(m.DistributionLine, line_id)
        if line is None:
            raise _unknown("Line", "Linjen", line_id)
        lst = line.list
        _draft_list(lst)
        lot = s.get(m.Lot, lot_id)
        if lot is None:
            raise fail("lot_unknown", lot=lot_id)
        if not reason or not reason.strip():
            raise fail("distribution_override_reason_required", batch=lot.batch)
        current = line.lot
        if lot.product_id != current.product_id:
            raise fail(
                "distribution_override_product",
                batch=lot.batch,
                other=lot.product.name,
                product=current.product.name,
            )
        home = home_pharmacy(s)
        why = _pickable_problem(lot, max(lst.round.planned_for, today))
        if why is not None:
            raise fail(
                "distribution_lot_not_pickable",
                batch=lot.batch,
                product=lot.product.name,
                why_en=why[0],
                why_da=why[1],
            )
        free = ledger.on_hand(s, home.id, lot.id) - _reserved(s, exclude_line_id=line.id).get(
            lot.id, 0
        )
        if free < line.doses:
            raise fail(
                "distribution_lot_short",
                free=max(0, free),
                batch=lot.batch,
                product=lot.product.name,
                location=home.name,
                doses=line.doses,
            )
        other = next((ln for ln in lst.lines if ln.id != line.id and ln.lot_id == lot.id), None)
        line.lot_id = lot.id
        line.lot = lot
        line.override_reason = reason.strip()
        if other is not None:
            line.doses += other.doses
            s.delete(other)
        s.flush()
        _renumber(s, lst)
        return _round_view(s, lst.round)


def add_visit(
    app: App,
    list_id: int,
    *,
    visit_date: date,
    institution: str,
    institution_kind: str,
    programme_code: str,
    doses: int,
) -> RoundView:
    """A mobile unit's visit: an institution on a date and the doses of one programme."""
    return add_visits(
        app,
        list_id,
        visit_date=visit_date,
        institution=institution,
        institution_kind=institution_kind,
        doses_by_programme={programme_code: doses},
    )


def add_visits(
    app: App,
    list_id: int,
    *,
    visit_date: date,
    institution: str,
    institution_kind: str,
    doses_by_programme: Mapping[str, int],
) -> RoundView:
    """A mobile unit's visit to an institution on a date, with the doses of each programme
    given there (several programmes in one visit is normal): all rows or none."""
    with app.db.write() as s:
        lst = _list(s, list_id)
        _draft_list(lst)
        site = lst.location
        if site.kind_code != MOBILE_KIND:
            kind = site.kind.name_en if site.kind is not None else (site.kind_code or "-")
            raise fail("distribution_visit_mobile_only", site=site.name, kind=kind)
        problems: list[Problem] = []
        if not institution or not institution.strip():
            problems.append(Problem("value_required", {"field": "Institution"}))
        if not doses_by_programme:
            problems.append(Problem("value_required", {"field": "Programme"}))
        for programme_code, doses in doses_by_programme.items():
            programme = s.get(m.Programme, programme_code)
            if programme is None or not programme.active:
                problems.append(
                    Problem(
                        "value_invalid",
                        {
                            "field": "Programme",
                            "value": programme_code,
                            "why": "not a programme in use",
                        },
                    )
                )
            if not _whole_doses(doses) or doses <= 0:
                problems.append(Problem("quantity_not_positive", {"doses": doses}))
            elif doses > MAX_DOSES_PER_MOVEMENT:
                problems.append(
                    Problem("quantity_too_large", {"doses": doses, "max": MAX_DOSES_PER_MOVEMENT})
                )
        if visit_date < lst.round.planned_for:
            problems.append(
                Problem(
                    "distribution_visit_before_round",
                    {
                        "visit": visit_date.strftime("%d-%m-%Y"),
                        "planned": lst.round.planned_for.strftime("%d-%m-%Y"),
                    },
                )
            )
        if problems:
            raise DomainError(problems)
        for programme_code, doses in doses_by_programme.items():
            s.add(
                m.DistributionVisit(
                    list_id=lst.id,
                    visit_date=visit_date,
                    institution=institution.strip(),
                    institution_kind=(institution_kind or "").strip(),
                    programme_code=programme_code,
                    doses=int(doses),
                )
            )
        s.flush()
        s.expire(lst, ["visits"])
        today = app.today()
        _apply_visits(s, lst, today)
        _allocate(s, lst.round, today)
        return _round_view(s, lst.round)


def remove_visit(app: App, visit_id: int) -> RoundView:
    """Take a visit off a mobile unit's plan; its programme's request follows the plan."""
    today = app.today()
    with app.db.write() as s:
        visit = s.get(m.DistributionVisit, visit_id)
        if visit is None:
            raise _unknown("Visit", "Besøget", visit_id)
        lst = visit.list
        _draft_list(lst)
        s.delete(visit)
        s.flush()
        s.expire(lst, ["visits"])
        _apply_visits(s, lst, today)
        _allocate(s, lst.round, today)
        return _round_view(s, lst.round)


def _apply_visits(s: Session, lst: m.DistributionList, today: date) -> None:
    """A mobile unit's visit plan decides what it gets of each programme it covers.

    For each programme with planned visits, the doses the visits give minus the usable
    doses the unit holds of that programme's products, rounded up to whole vials, are
    asked for of the programme's main product at the unit (the one it uses most; else
    the first active product of the programme).  A programme whose visits are all gone
    goes back to the proposal from the unit's rate of use.
    """
    site = lst.location
    planned_for = lst.round.planned_for
    per_programme: dict[str, int] = defaultdict(int)
    count: dict[str, int] = defaultdict(int)
    last: dict[str, date] = {}
    for visit in lst.visits:
        per_programme[visit.programme_code] += visit.doses
        count[visit.programme_code] += 1
        last[visit.programme_code] = max(last.get(visit.programme_code, visit.visit_date), visit.visit_date)
    home = home_pharmacy(s)
    rates = _Rates(s, home, today)
    holdings = _site_holdings(s, [site.id], planned_for)
    cover = cover_days_of(site.kind)

    def usable(product_id: int) -> int:
        rate = rates.rate(site, product_id)
        per_day = None if rate.source == er.RATE_NONE else rate.per_day
        return usable_on_hand(holdings.get((site.id, product_id), ()), per_day, planned_for)

    def planned_by_visits(req: m.DistributionRequest) -> bool:
        data = _basis(req)
        return data.get("visits") is not None or data.get("covered_by") is not None

    from_visits = {r.product.programme_code for r in lst.requests if planned_by_visits(r)}
    for code in sorted(set(per_programme) | from_visits):
        requests = [r for r in lst.requests if r.product.programme_code == code]
        total = per_programme.get(code, 0)
        if total == 0:
            for req in requests:
                if not planned_by_visits(req):
                    continue
                proposed, basis = _proposal_basis(
                    rates.rate(site, req.product_id), cover, usable(req.product_id), req.product
                )
                req.proposed_doses = req.requested_doses = proposed
                req.basis = json.dumps(basis, sort_keys=True)
            continue
        candidates = [r.product for r in requests] or list(
            s.scalars(
                select(m.Product)
                .where(m.Product.programme_code == code, m.Product.active.is_(True))
                .order_by(m.Product.name, m.Product.id)
            )
        )
        if not candidates:
            continue
        # The product the unit uses most; among equals, the one the pharmacy has most of.
        in_stock: dict[int, int] = defaultdict(int)
        for lot, doses in _pharmacy_lots(s, home, [p.id for p in candidates], planned_for):
            in_stock[lot.product_id] += doses
        main = max(
            candidates, key=lambda p: (rates.rate(site, p.id).per_day, in_stock[p.id], -p.id)
        )
        ids = {p.id for p in candidates} | {pid for (_, pid) in holdings}
        on_hand = sum(usable(pid) for pid in ids if s.get(m.Product, pid).programme_code == code)  # type: ignore[union-attr]
        proposed = al.visit_proposal(total, on_hand, main.doses_per_unit)
        rate = rates.rate(site, main.id)
        basis = {
            "visits": total,
            "visit_count": count[code],
            "last_visit": last[code].isoformat(),
            "on_hand": on_hand,
            "proposed": proposed,
            "unit": main.doses_per_unit,
            "rate": None if rate.source == er.RATE_NONE else rate.per_day,
            "rate_source": rate.source,
        }
        req = next((r for r in requests if r.product_id == main.id), None)
        if req is None:
            req = m.DistributionRequest(list_id=lst.id, product_id=main.id, product=main)
            s.add(req)
        req.proposed_doses = req.requested_doses = proposed
        req.basis = json.dumps(basis, sort_keys=True)
        # The programme's other products: the visits' doses are asked for as ``main``.
        for other in requests:
            if other.product_id != main.id:
                other.proposed_doses = other.requested_doses = 0
                other.basis = json.dumps(
                    {"covered_by": main.id, "proposed": 0, "unit": other.product.doses_per_unit},
                    sort_keys=True,
                )
    s.flush()
    s.expire(lst, ["requests"])


def _with_reason(note: str, reason: str) -> str:
    reason = (reason or "").strip()
    return f"{note.strip()}\n{reason}".strip() if reason else note


def cancel_round(app: App, round_id: int, reason: str = "") -> RoundView:
    """Cancel a draft round and its lists; a dispatched round is reversed list by list."""
    with app.db.write() as s:
        rnd = _round(s, round_id)
        _draft_round(rnd)
        for lst in rnd.lists:
            if lst.status == DRAFT:
                lst.status = CANCELLED
                lst.note = _with_reason(lst.note or "", reason)
        rnd.status = CANCELLED
        rnd.note = _with_reason(rnd.note or "", reason)
        return _round_view(s, rnd)


def cancel_list(app: App, list_id: int, reason: str = "") -> RoundView:
    """Cancel one site's draft list; the round is cancelled with its last list."""
    with app.db.write() as s:
        lst = _list(s, list_id)
        _draft_list(lst)
        lst.status = CANCELLED
        lst.note = _with_reason(lst.note or "", reason)
        rnd = lst.round
        s.flush()
        if all(x.status == CANCELLED for x in rnd.lists):
            rnd.status = CANCELLED
        return _round_view(s, rnd)


# --------------------------------------------------------------------------- dispatch


def dispatch(app: App, round_id: int) -> RoundView:
    """Post every line of the round in one transaction, or nothing."""
    now = app.now()
    with app.db.write() as s:
        rnd = _round(s, round_id)
        _dispatch(s, rnd, app.user, now)
        return _round_view(s, rnd)


def _dispatch(s: Session, rnd: m.DistributionRound, user: str, now: datetime) -> None:
    today = local_day(now)
    _draft_round(rnd)
    home = home_pharmacy(s)
    lists = [lst for lst in rnd.lists if lst.status == DRAFT]
    if not any(lst.lines for lst in lists):
        raise fail("distribution_round_empty", number=rnd.number)
    on = max(rnd.planned_for, today)
    problems: list[Problem] = []
    needed: dict[int, int] = defaultdict(int)
    lots: dict[int, m.Lot] = {}
    for lst in lists:
        site = lst.location
        if lst.lines:
            why = site_problem(site, home)
            if why is not None:
                problems.append(
                    Problem(
                        "distribution_site_not_allowed",
                        {
                            "site": f"{site.code} ({site.name})",
                            "why_en": why[0],
                            "why_da": why[1],
                        },
                    )
                )
        for line in lst.lines:
            lot = line.lot
            lots[lot.id] = lot
            why = _pickable_problem(lot, on)
            if why is not None:
                problems.append(
                    Problem(
                        "distribution_lot_not_pickable",
                        {
                            "batch": lot.batch,
                            "product": lot.product.name,
                            "why_en": f"{why[0]} (list {lst.list_number})",
                            "why_da": f"{why[1]} (liste {lst.list_number})",
                        },
                    )
                )
            try:
                to_domain_product(lot.product).check_whole_units(line.doses)
            except DomainError as e:
                problems.extend(e.problems)
            needed[lot.id] += line.doses
    for lot_id, doses in needed.items():
        have = ledger.on_hand(s, home.id, lot_id)
        if have < doses:
            lot = lots[lot_id]
            problems.append(
                Problem(
                    "distribution_lot_short",
                    {
                        "free": have,
                        "batch": lot.batch,
                        "product": lot.product.name,
                        "location": home.name,
                        "doses": doses,
                    },
                )
            )
    if problems:
        raise DomainError(problems)

    transit = virtual(s, VirtualLocation.IN_TRANSIT) if rnd.mode == "in_transit" else None
    for lst in lists:
        if not lst.lines:
            lst.status = CANCELLED
            lst.note = _with_reason(lst.note or "", "Intet at sende / nothing to send")
            continue
        dest = transit or lst.location
        for line in lst.lines:
            mv = ledger.post(
                s,
                kind=MovementKind.TRANSFER,
                lot=line.lot,
                source=home,
                destination=dest,
                doses=line.doses,
                user=user,
                now=now,
                reference=lst.list_number,
                note=f"{rnd.number} -> {lst.location.code}",
            )
            line.dispatch_movement_id = mv.id
        lst.status = DISPATCHED
    rnd.status = DISPATCHED
    rnd.dispatched_by = user
    rnd.dispatched_at = now


def confirm_receipt(
    app: App,
    list_id: int,
    received: Mapping[int, int] | None = None,
    *,
    reasons: Mapping[int, str] | None = None,
    reason_codes: Mapping[int, str] | None = None,
) -> ListView:
    """The site confirms what arrived, per line id (default: everything sent).

    In transit: IN_TRANSIT -> site for the doses received.  Direct: the stock is at the
    site already.  Doses missing go to WASTED as a DISCARD with a reason code (default
    ANDET) and the reason as note; a reason is required for every line received short.
    """
    received = dict(received or {})
    reasons = dict(reasons or {})
    reason_codes = dict(reason_codes or {})
    now = app.now()
    with app.db.write() as s:
        lst = _list(s, list_id)
        if lst.status != DISPATCHED:
            raise fail(
                "distribution_not_dispatched",
                number=lst.list_number,
                status=lst.status,
                action_en="confirmed as received",
                action_da="kvitteres som modtaget",
            )
        rnd = lst.round
        site = lst.location
        lines = {line.id: line for line in lst.lines}
        problems: list[Problem] = []
        for line_id in sorted(set(received) | set(reasons) | set(reason_codes)):
            if line_id not in lines:
                problems.append(
                    Problem(
                        "distribution_line_not_on_list",
                        {"line": line_id, "number": lst.list_number},
                    )
                )
        plan: list[tuple[m.DistributionLine, int, int, str, m.DiscardReason | None]] = []
        for line in sorted(lines.values(), key=lambda ln: ln.line_no):
            got = received.get(line.id, line.doses)
            where = {"number": lst.list_number, "line_no": line.line_no, "batch": line.lot.batch}
            if not _whole_doses(got) or not 0 <= got <= line.doses:
                problems.append(
                    Problem(
                        "distribution_received_invalid",
                        {**where, "received": got, "sent": line.doses},
                    )
                )
                continue
            try:
                to_domain_product(line.lot.product).check_whole_units(got)
            except DomainError as e:
                problems.extend(e.problems)
                continue
            short = line.doses - got
            text = (reasons.get(line.id) or "").strip()
            code: m.DiscardReason | None = None
            if short:
                if not text:
                    problems.append(
                        Problem(
                            "distribution_discrepancy_reason_required", {**where, "short": short}
                        )
                    )
                code_text = (reason_codes.get(line.id) or DEFAULT_DISCREPANCY_CODE).strip()
                code = s.get(m.DiscardReason, code_text)
                if code is None:
                    problems.append(Problem("reason_unknown", {"reason": code_text}))
            plan.append((line, got, short, text, code))
        if problems:
            raise DomainError(problems)

        transit = virtual(s, VirtualLocation.IN_TRANSIT) if rnd.mode == "in_transit" else None
        wasted = virtual(s, VirtualLocation.WASTED)
        for line, got, short, text, code in plan:
            if transit is not None and got:
                mv = ledger.post(
                    s,
                    kind=MovementKind.TRANSFER,
                    lot=line.lot,
                    source=transit,
                    destination=site,
                    doses=got,
                    user=app.user,
                    now=now,
                    reference=lst.list_number,
                    note=f"{rnd.number}: modtaget / received",
                )
                line.receive_movement_id = mv.id
            if short and code is not None:
                ledger.post(
                    s,
                    kind=MovementKind.DISCARD,
                    lot=line.lot,
                    source=transit or site,
                    destination=wasted,
                    doses=short,
                    user=app.user,
                    now=now,
                    reference=lst.list_number,
                    reason_code=code.code,
                    note=text,
                )
            line.received_doses = got
            line.discrepancy_reason = text if short else ""
        lst.status = RECEIVED
        lst.received_by = app.user
        lst.received_at = now
        s.flush()
        s.expire(lst, ["lines"])
        return _list_view(lst)


def reverse_list(app: App, list_id: int, note: str) -> ListView:
    """Undo a dispatched list before it is received: every dispatch movement is
    reversed (stock back at the pharmacy) and the list is cancelled."""
    now = app.now()
    with app.db.write() as s:
        lst = _list(s, list_id)
        if lst.status == RECEIVED:
            when = local_day(lst.received_at).strftime("%d-%m-%Y") if lst.received_at else "-"
            raise fail("distribution_already_received", number=lst.list_number, when=when)
        if lst.status != DISPATCHED:
            raise fail(
                "distribution_not_dispatched",
                number=lst.list_number,
                status=lst.status,
                action_en="reversed",
                action_da="tilbageføres",
            )
        if not note or not note.strip():
            raise fail("distribution_reverse_note_required", number=lst.list_number)
        for line in sorted(lst.lines, key=lambda ln: ln.line_no):
            if line.dispatch_movement_id is None:
                continue
            original = s.get(m.Movement, line.dispatch_movement_id)
            assert original is not None
            reverse_movement(s, original, user=app.user, now=now, note=note.strip())
        lst.status = CANCELLED
        lst.note = _with_reason(lst.note or "", note)
        rnd = lst.round
        s.flush()
        if all(x.status == CANCELLED for x in rnd.lists):
            rnd.status = CANCELLED
        s.expire(lst, ["lines"])
        return _list_view(lst)


# --------------------------------------------------------------------------- pickers


def pickable_stock(app: App, product_id: int, on: date) -> list[StockLotView]:
    """The home pharmacy's pickable lots of a product on ``on``, FEFO order, with the
    doses free (on hand less the doses on draft lines)."""
    with app.db.read() as s:
        home = home_pharmacy(s)
        reserved = _reserved(s)
        rows = _pharmacy_lots(s, home, [product_id], on)
        rows.sort(key=lambda r: al.fefo_key(_stock_lot(r[0], r[1])))
        return [
            StockLotView(
                lot.id,
                lot.product_id,
                lot.batch,
                lot.expiry,
                lot.use_by,
                lot.thawed_on,
                on_hand,
                max(0, on_hand - reserved.get(lot.id, 0)),
                lot.product.doses_per_unit,
            )
            for lot, on_hand in rows
        ]


def site_candidates(app: App) -> list[SiteView]:
    """The region's active sites a round can go to, by kind then name."""
    with app.db.read() as s:
        home = home_pharmacy(s)
        out = []
        for loc in _region_sites(s, home).values():
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


def product_ids_for(app: App, varenumre: Sequence[str]) -> list[int]:
    """Product ids for item numbers (varenumre); every unknown one is reported at once."""
    with app.db.read() as s:
        problems: list[Problem] = []
        out: list[int] = []
        for v in varenumre:
            p = s.scalars(select(m.Product).where(m.Product.varenummer == v.strip())).one_or_none()
            if p is None:
                problems.append(Problem("product_unknown", {"product": v}))
            elif not p.active:
                problems.append(Problem("product_inactive", {"product": p.name}))
            else:
                out.append(p.id)
        if problems:
            raise DomainError(problems)
        return out


def round_lines_csv_rows(view: RoundView) -> list[tuple[object, ...]]:
    """One row per line of the round's lists (not cancelled), for a CSV."""
    rows: list[tuple[object, ...]] = []
    for lst in view.lists:
        if lst.status == CANCELLED:
            continue
        for line in lst.lines:
            rows.append(
                (
                    view.number,
                    lst.list_number,
                    lst.site_code,
                    lst.site_name,
                    line.line_no,
                    line.varenummer,
                    line.product,
                    line.batch,
                    line.expiry,
                    line.use_by,
                    line.thawed_on,
                    line.units,
                    line.doses,
                    line.override_reason,
                )
            )
    return rows


ROUND_CSV_COLUMNS = (
    "round",
    "list_number",
    "site_code",
    "site_name",
    "line_no",
    "varenummer",
    "product",
    "batch",
    "expiry",
    "use_by",
    "thawed_on",
    "units",
    "doses",
    "override_reason",
)

__all__ = [
    "MODES",
    "ListView",
    "LineView",
    "RequestView",
    "RoundSummary",
    "RoundView",
    "SiteView",
    "StockLotView",
    "VisitView",
    "add_request",
    "add_visit",
    "cancel_list",
    "cancel_round",
    "confirm_receipt",
    "dispatch",
    "list_rounds",
    "list_view",
    "override_line",
    "pickable_stock",
    "plan_round",
    "product_ids_for",
    "reallocate",
    "remove_visit",
    "reverse_list",
    "round_view",
    "set_requested",
    "site_candidates",
]
