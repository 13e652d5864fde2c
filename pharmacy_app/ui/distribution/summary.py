"""What a distribution round adds up to, for the screens that show it: its totals, who is
short of what, what a dispatch sends, what a site confirmed.

Pure arithmetic over the views the distribution service returns (``RoundView``,
``ListView``, ``RequestView``, ``LineView``), with no Qt, so it is tested without a
window.  What must hold: a cancelled list counts for nothing (not in a total, not short,
not sent); doses are whole numbers and a requested figure is rounded up to whole vials.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:  # the views are only named here: the arithmetic needs no service
    from pharmacy_app.services.distribution.views import (
        LineView,
        ListView,
        RequestView,
        RoundSummary,
        RoundView,
    )

# Round and list statuses, and how a dispatch posts, as the service stores them.
DRAFT, DISPATCHED, RECEIVED, CANCELLED, REVERSED = "draft", "dispatched", "received", "cancelled", "reversed"
DIRECT, IN_TRANSIT = "direct", "in_transit"
MOBILE_KIND = "mobile"
# The most doses a figure may be typed as (a request, a visit's doses).
MAX_DOSES = 999_999


def vials(doses: int, doses_per_unit: int) -> int:
    """Whole vials (or syringes) for ``doses``: a part vial counts as one."""
    per = max(1, int(doses_per_unit))
    return -(-int(doses) // per)


def whole_vials(doses: int, doses_per_unit: int) -> int:
    """``doses`` rounded up to whole vials, in doses (what a requested figure becomes)."""
    return vials(doses, doses_per_unit) * max(1, int(doses_per_unit))


def per_unit(line: LineView) -> int:
    """Doses per vial of a picked line."""
    units = int(line.units)
    return max(1, int(line.doses) // units) if units else 1


def is_mobile(lst: ListView) -> bool:
    return str(getattr(lst, "site_kind", "")) == MOBILE_KIND


def list_doses(lst: ListView) -> int:
    """What a list sends: its picked doses, or (before picking) what is allocated."""
    if lst.lines:
        return sum(int(line.doses) for line in lst.lines)
    return sum(int(r.allocated) for r in lst.requests)


def live_lists(view: RoundView | None) -> list[ListView]:
    """The round's lists that are not cancelled (none without a round)."""
    return [lst for lst in (view.lists if view is not None else []) if lst.status != CANCELLED]


def shown_lists(view: RoundView | None, list_id: int | None) -> list[ListView]:
    """The lists the tables show: the one chosen (even cancelled), or all that are not cancelled."""
    if view is None:
        return []
    if list_id is None:
        return live_lists(view)
    return [lst for lst in view.lists if lst.list_id == list_id]


@dataclass(frozen=True)
class RoundTotals:
    """The round in numbers: sites, doses picked (or allocated), units, doses requested,
    and how many sites have confirmed their receipt."""

    sites: int
    doses: int
    units: int
    requested: int
    received: int


def round_totals(view: RoundView | None) -> RoundTotals:
    live = live_lists(view)
    return RoundTotals(
        sites=len(live),
        doses=sum(list_doses(lst) for lst in live),
        units=sum(int(line.units) for lst in live for line in lst.lines),
        requested=sum(int(r.requested) for lst in live for r in lst.requests),
        received=sum(1 for lst in live if lst.status == RECEIVED),
    )


class Shortage(NamedTuple):
    """A product the pharmacy cannot cover: its name, the doses short, and for each site
    short of it (site, doses it gets, doses it asked for)."""

    product: str
    short: int
    who: list[tuple[str, int, int]]


def shortage_lines(view: RoundView | None) -> list[Shortage]:
    """Per product that is short, the largest shortage first."""
    by_product: dict[int, list[tuple[ListView, RequestView]]] = defaultdict(list)
    for lst in live_lists(view):
        for r in lst.requests:
            by_product[r.product_id].append((lst, r))
    out = []
    for pairs in by_product.values():
        short = sum(int(r.short) for _lst, r in pairs)
        if short <= 0:
            continue
        who = [(lst.site_name, int(r.allocated), int(r.requested)) for lst, r in pairs if int(r.short) > 0]
        first = pairs[0][1]
        out.append(Shortage(first.product_short or first.product, short, who))
    out.sort(key=lambda x: -x.short)
    return out


def storage_reasons(view: RoundView | None) -> list[tuple[str, str, Any]]:
    """(site, product, reason sentence) for every request its site's storage cuts (no room
    in its equipment, or it cannot keep the product), in the lists' order."""
    return [
        (lst.site_name, r.product_short or r.product, reason)
        for lst in live_lists(view)
        for r in lst.requests
        if int(r.short) > 0 and (reason := getattr(r, "short_reason", None)) is not None
    ]


@dataclass(frozen=True)
class Dispatch:
    """What dispatching a round sends: to how many sites, doses and units; the requested
    doses that cannot be sent; the sites that get nothing."""

    sites: int
    doses: int
    units: int
    short: int
    empty_sites: list[str]


def dispatch_of(view: RoundView | None) -> Dispatch:
    live = live_lists(view)
    sent = [lst for lst in live if lst.lines]
    return Dispatch(
        sites=len(sent),
        doses=sum(list_doses(lst) for lst in sent),
        units=sum(int(line.units) for lst in sent for line in lst.lines),
        short=sum(s.short for s in shortage_lines(view)),
        empty_sites=[lst.site_name for lst in live if not lst.lines],
    )


def received_of(lst: ListView, received: dict[int, int] | None = None) -> tuple[int, int]:
    """(doses dispatched, doses received) of a list: as confirmed, or as ``received``
    (line id to doses) says while a receipt is being typed."""
    sent = sum(int(line.doses) for line in lst.lines)
    if received is None:
        got = sum(int(line.received_doses or 0) for line in lst.lines)
    else:
        got = sum(received.values())
    return sent, got


def visit_list(view: RoundView | None, selected: ListView | None) -> ListView | None:
    """The mobile list visits are added to: the one selected, or the round's only one
    (``None`` when it is not a draft mobile list, or there is no single one)."""
    if selected is not None:
        return selected if is_mobile(selected) and selected.status == DRAFT else None
    mobiles = [x for x in (view.lists if view else []) if is_mobile(x) and x.status == DRAFT]
    return mobiles[0] if len(mobiles) == 1 else None


def updated_summary(old: RoundSummary, view: RoundView) -> RoundSummary:
    """A round's line in the list (a ``RoundSummary``) brought up to date from the round
    the service just returned, without asking for the list again."""
    live = live_lists(view)
    return replace(
        old,
        number=view.number,
        planned_for=view.planned_for,
        mode=view.mode,
        status=view.status,
        sites=len(live),
        doses=sum(list_doses(lst) for lst in live),
        created_by=view.created_by or old.created_by,
    )
