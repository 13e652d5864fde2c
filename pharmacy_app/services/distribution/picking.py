"""Picking a round: the lots each list gets from the home pharmacy's stock.

The lines are recomputed from the requests (:func:`allocate_round`), whole vials,
first-expiry-first-out (:func:`domain.allocation.allocate`) from the home pharmacy's
pickable stock (``domain/stock_rules.why_not_pickable``): not held, not recalled, not
expired when the round arrives, and only what the site can use before the use-by at its
rate.  Stock on the lines of other draft rounds is reserved (:func:`reserved_doses`): it
is not offered again.  A line chosen against FEFO carries its reason and is kept
(trimmed to the request), its doses taken first.  The sites' storage counts (:mod:`.cold`):
a site that keeps a frozen product only cold gets frozen lots by their thawed use-by
(thawed on dispatch), a site that cannot keep a product gets none, and equipment with a
capacity takes only what fits; why a request is cut is kept with it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, selectinload

from pharmacy_app.db import models as m
from pharmacy_app.domain import allocation as al
from pharmacy_app.domain import cold_chain as cc
from pharmacy_app.services.distribution import cold
from pharmacy_app.services.distribution.proposals import min_days_left, need_rate, stored_basis
from pharmacy_app.services.distribution.rounds import round_lists
from pharmacy_app.services.distribution.views import DRAFT
from pharmacy_app.services.holds import not_held
from pharmacy_app.services.reference import home_pharmacy
from pharmacy_app.services.thaw_on_the_way import is_frozen_lot


def reserved_doses(
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


def pharmacy_lots(
    s: Session, home: m.Location, product_ids: Sequence[int], on: date
) -> list[tuple[m.Lot, int]]:
    """Lots of the products on hand at the home pharmacy that may be picked on ``on``
    (not recalled, not past use-by, not held after a temperature excursion)."""
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
            not_held(m.StockBalance.location_id, m.StockBalance.lot_id),  # after an excursion
        )
    )
    return [(lot, int(doses)) for lot, doses in s.execute(q)]


def stock_lot(lot: m.Lot, doses: int, thaw_day: date | None = None) -> al.StockLot:
    """A lot as allocation sees it; with ``thaw_day`` a frozen lot also carries the
    use-by it gets when thawed on dispatch that day."""
    thawed_use_by = (
        cold.predicted_use_by(lot, thaw_day)
        if thaw_day is not None and is_frozen_lot(lot)
        else None
    )
    return al.StockLot(
        lot.id, lot.product_id, lot.batch, lot.use_by, lot.thawed_on is not None, doses,
        thawed_use_by,
    )  # fmt: skip


def line_order(lot: m.Lot) -> tuple[str, str, date, str, int]:
    """Where a lot's line goes on a list: by programme, product, use-by and batch (then
    the line's id, oldest first)."""
    return (lot.product.programme_code, lot.product.name, lot.use_by, lot.batch, lot.id)


def renumber(s: Session, lst: m.DistributionList) -> None:
    renumber_lists(s, [lst])


def renumber_lists(s: Session, lists: Sequence[m.DistributionList]) -> None:
    """Number each list's lines by programme, product, use-by and batch (one query for
    all the lists' lines, one for their lots and one for the lots' products)."""
    ids = [lst.id for lst in lists]
    if not ids:
        return
    found = s.scalars(
        select(m.DistributionLine)
        .where(m.DistributionLine.list_id.in_(ids))
        .options(selectinload(m.DistributionLine.lot).selectinload(m.Lot.product))
    ).all()
    of_list: dict[int, list[m.DistributionLine]] = defaultdict(list)
    for line in found:
        of_list[line.list_id].append(line)
    for lst in lists:
        lines = sorted(of_list[lst.id], key=lambda ln: (*line_order(ln.lot), ln.id))
        for no, line in enumerate(lines, start=1):
            line.line_no = no
    s.flush()
    for lst in lists:
        s.expire(lst, ["lines"])


def _keep_reason(req: m.DistributionRequest, why: dict[str, Any] | None) -> None:
    """Keep why the request is cut with its basis (or forget an old reason)."""
    data = stored_basis(req)
    if data.get("short") == why:
        return
    if why is None:
        data.pop("short", None)
    else:
        data["short"] = why
    req.basis = json.dumps(data, sort_keys=True)


def allocate_round(
    s: Session, rnd: m.DistributionRound, today: date, fair_split: bool | None = None
) -> None:
    """Recompute the lines of a draft round's draft lists from their requests and the
    stock free now, splitting short stock as ``fair_split`` says (None: as the round
    last did, which is then kept with the round).  Lines chosen with a reason are kept
    (trimmed to the request) and their doses taken first."""
    home = home_pharmacy(s)
    lists = [lst for lst in round_lists(s, rnd.id) if lst.status == DRAFT]
    on = max(rnd.planned_for, today)
    kept: dict[tuple[int, int], int] = defaultdict(int)
    kept_of_lot: dict[int, int] = defaultdict(int)
    kept_lines: dict[int, list[m.DistributionLine]] = defaultdict(list)
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
            kept_lines[lst.id].append(line)
    s.flush()

    product_ids = sorted({r.product_id for lst in lists for r in lst.requests})
    reserved = reserved_doses(s, exclude_round_id=rnd.id)
    stock = []
    lots: dict[int, m.Lot] = {}
    for lot, on_hand in pharmacy_lots(s, home, product_ids, on):
        free = on_hand - reserved.get(lot.id, 0) - kept_of_lot.get(lot.id, 0)
        if free > 0:
            stock.append(stock_lot(lot, free, on))
            lots[lot.id] = lot
    storage = cold.site_storage(s, [lst.location for lst in lists])
    needs = []
    list_of_site: dict[str, m.DistributionList] = {}
    why_short: dict[int, dict[str, Any]] = {}  # request id -> why it is cut
    request_of: dict[tuple[str, int], m.DistributionRequest] = {}
    kept_in: list[tuple[m.Location, cc.StorageClass]] = []
    for lst in lists:
        site = lst.location
        list_of_site[site.code] = lst
        for req in lst.requests:
            request_of[(site.code, req.product_id)] = req
            doses = req.requested_doses - kept[(lst.id, req.product_id)]
            if doses <= 0:
                continue
            product = req.product
            if storage.keeping(site.id, product) == cc.Keeping.NONE:
                why_short[req.id] = cold.cannot_keep_reason(storage.classes.get(site.id, ()))
                continue
            kept_as = storage.storing_class(site.id, product)
            limited = kept_as is not None and storage.limited(site.id, kept_as) is not None
            if limited and kept_as is not None:
                kept_in.append((site, kept_as))
            needs.append(
                al.Need(
                    site=site.code,
                    product_id=req.product_id,
                    doses=doses,
                    unit_doses=product.doses_per_unit,
                    arrival=rnd.planned_for,
                    rate_per_day=need_rate(req),
                    on_hand=int(stored_basis(req).get("on_hand", 0)),
                    min_days_left=min_days_left(req, rnd.planned_for),
                    thaws=storage.thaws(site.id, product),
                    room=kept_as if limited else None,
                    doses_per_pack=product.doses_per_unit * product.units_per_pack,
                    pack_volume_ml=product.pack_volume_ml,
                )
            )
    if fair_split is not None:
        rnd.fair_split = fair_split
    result = al.allocate(
        needs, stock, fair_split=bool(rnd.fair_split), rooms=cold.rooms(s, storage, kept_in)
    )
    for short in result.shortfalls:
        if short.room is not None:
            why_short[request_of[(short.site, short.product_id)].id] = cold.room_reason(short.room)
    for req in request_of.values():
        _keep_reason(req, why_short.get(req.id))
    # Each list's lines numbered here, as renumber_lists would number them once they
    # are in (a new line's id is larger than every kept line's, and grows in the order
    # of insertion), and the new ones inserted in one statement.
    picks_of: dict[int, list[al.Pick]] = defaultdict(list)
    for p in result.picks:
        picks_of[list_of_site[p.site].id].append(p)
    rows: list[dict[str, int]] = []
    for lst in lists:
        places: list[tuple[tuple[Any, ...], m.DistributionLine | al.Pick]] = [
            ((*line_order(ln.lot), 0, ln.id), ln) for ln in kept_lines[lst.id]
        ]
        places += [
            ((*line_order(lots[p.lot_id]), 1, i), p) for i, p in enumerate(picks_of[lst.id])
        ]
        places.sort(key=lambda place: place[0])
        for no, (_, entry) in enumerate(places, start=1):
            if isinstance(entry, m.DistributionLine):
                entry.line_no = no
            else:
                rows.append(
                    {"list_id": lst.id, "line_no": no, "lot_id": entry.lot_id, "doses": entry.doses}
                )
    s.flush()
    if rows:
        s.execute(insert(m.DistributionLine), rows)
    for lst in lists:
        s.expire(lst, ["lines"])
