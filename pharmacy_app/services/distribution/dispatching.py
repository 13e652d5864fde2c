"""A round's life after planning: dispatch, receipt at the site, reversal, cancellation.

* Dispatch posts every line of the round in one transaction (all or nothing): TRANSFER
  from the home pharmacy to the site (mode ``direct``) or to IN_TRANSIT (mode
  ``in_transit``), reference = the list number.  A list without lines is cancelled then.
  Every site, lot and balance is checked again first, and every problem is reported.
  Frozen stock for a site that keeps it only cold is thawed at the pharmacy as part of
  the dispatch (THAW movements dated the dispatch moment into the thawed part of that
  day, :mod:`.cold`), the thawed part is sent and the line names it; a site that cannot
  keep the product at all is refused.
* Receipt records what arrived per line; doses missing are a DISCARD to WASTED with a
  reason code and the reason as note (from IN_TRANSIT, or from the site in direct mode).
* Before dispatch a round or list is cancelled; after dispatch, before receipt, a list is
  reversed (every dispatch movement gets its reversal); after receipt stock goes back as
  a return (:mod:`services.transfers`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import datetime

from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain import cold_chain as cc
from pharmacy_app.domain.changes import Change, declares
from pharmacy_app.domain.errors import DomainError, Problem, fail
from pharmacy_app.domain.localtime import local_day
from pharmacy_app.domain.messages.terms import Phrase, Term
from pharmacy_app.domain.roles import Role
from pharmacy_app.domain.stock_rules import round_site, why_not_pickable
from pharmacy_app.domain.types import MovementKind, VirtualLocation
from pharmacy_app.services import ledger, lots
from pharmacy_app.services.app import App
from pharmacy_app.services.distribution import cold
from pharmacy_app.services.distribution.rounds import (
    get_list,
    get_round,
    list_view_of,
    require_draft_list,
    require_draft_round,
    round_view_of,
    whole_doses,
)
from pharmacy_app.services.distribution.views import (
    CANCELLED,
    DISPATCHED,
    DRAFT,
    RECEIVED,
    ListView,
    RoundView,
)
from pharmacy_app.services.permissions import requires
from pharmacy_app.services.records import location_record, lot_record, product_record
from pharmacy_app.services.reference import home_pharmacy, virtual
from pharmacy_app.services.stock import reversal
from pharmacy_app.services.thaw_on_the_way import thaw_postings

# A missing dose needs a reason; without a code it is recorded as "other".
DEFAULT_DISCREPANCY_CODE = "ANDET"


def _with_reason(note: str, reason: str) -> str:
    reason = (reason or "").strip()
    return f"{note.strip()}\n{reason}".strip() if reason else note


@requires(Role.COORDINATOR)
@declares(Change.DISTRIBUTION)
def cancel_round(app: App, round_id: int, reason: str = "") -> RoundView:
    """Cancel a draft round and its lists; a dispatched round is reversed list by list."""
    with app.db.write() as s:
        rnd = get_round(s, round_id)
        require_draft_round(rnd)
        for lst in rnd.lists:
            if lst.status == DRAFT:
                lst.status = CANCELLED
                lst.note = _with_reason(lst.note or "", reason)
        rnd.status = CANCELLED
        rnd.note = _with_reason(rnd.note or "", reason)
        return round_view_of(s, rnd)


@requires(Role.COORDINATOR)
@declares(Change.DISTRIBUTION)
def cancel_list(app: App, list_id: int, reason: str = "") -> RoundView:
    """Cancel one site's draft list; the round is cancelled with its last list."""
    with app.db.write() as s:
        lst = get_list(s, list_id)
        require_draft_list(lst)
        lst.status = CANCELLED
        lst.note = _with_reason(lst.note or "", reason)
        rnd = lst.round
        s.flush()
        if all(x.status == CANCELLED for x in rnd.lists):
            rnd.status = CANCELLED
        return round_view_of(s, rnd)


@requires(Role.COORDINATOR)
@declares(Change.DISTRIBUTION | Change.STOCK)
def dispatch(app: App, round_id: int) -> RoundView:
    """Post every line of the round in one transaction, or nothing."""
    now = app.now()
    with app.db.write() as s:
        rnd = get_round(s, round_id)
        dispatch_in_session(s, rnd, app.user, now)
        return round_view_of(s, rnd)


def dispatch_in_session(s: Session, rnd: m.DistributionRound, user: str, now: datetime) -> None:
    """Dispatch inside the caller's transaction (planning dispatches a new round so)."""
    today = local_day(now)
    require_draft_round(rnd)
    home = home_pharmacy(s)
    lists = [lst for lst in rnd.lists if lst.status == DRAFT]
    if not any(lst.lines for lst in lists):
        raise fail("distribution_round_empty", number=rnd.number)
    on = max(rnd.planned_for, today)
    problems: list[Problem] = []
    needed: dict[int, int] = defaultdict(int)
    picked: dict[int, m.Lot] = {}
    storage = cold.site_storage(s, [lst.location for lst in lists])
    for lst in lists:
        site = lst.location
        if lst.lines:
            problems += round_site(location_record(site), home.region_code)
        for line in lst.lines:
            lot = line.lot
            picked[lot.id] = lot
            if storage.keeping(site.id, lot.product) == cc.Keeping.NONE:
                problems.append(
                    Problem(
                        "frozen_to_place_without_storage",
                        {"location": site.name, "product": lot.product.name, "batch": lot.batch},
                    )
                )
            rec = lot_record(lot)
            why = why_not_pickable(rec, on)
            if why is not None:
                problems.append(
                    Problem(
                        "distribution_lot_not_pickable",
                        {
                            "batch": lot.batch,
                            "product": lot.product.name,
                            "why": Phrase(Term.WHY_IN_LIST, {"why": why, "list": lst.list_number}),
                        },
                    )
                )
            problems.extend(rec.product.whole_units_problems(line.doses))
            needed[lot.id] += line.doses
    for lot_id, doses in needed.items():
        have = ledger.on_hand(s, home.id, lot_id)
        if have < doses:
            lot = picked[lot_id]
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
    thawing = [
        line
        for lst in lists
        for line in lst.lines
        if storage.thaws_lot(lst.location_id, line.lot)
    ]
    thawed = dict(
        zip(
            (line.id for line in thawing),
            lots.thawed_lots(s, [(line.lot, today) for line in thawing], now),
            strict=True,
        )
    )
    sink = virtual(s, VirtualLocation.THAW) if thawing else None
    sent: list[tuple[m.DistributionLine, int]] = []  # line, the index of its dispatch posting
    postings: list[ledger.Posting] = []
    for lst in lists:
        if not lst.lines:
            lst.status = CANCELLED
            lst.note = _with_reason(lst.note or "", "Intet at sende / nothing to send")
            continue
        dest = transit or lst.location
        for line in lst.lines:
            lot = line.lot
            part = thawed.get(line.id)
            if part is not None and sink is not None:
                postings += thaw_postings(lot, part, home, sink, line.doses, lst.list_number)
                line.lot_id, line.lot = part.id, part
                lot = part
            sent.append((line, len(postings)))
            postings.append(
                ledger.Posting(
                    kind=MovementKind.TRANSFER,
                    lot=lot,
                    source=home,
                    destination=dest,
                    doses=line.doses,
                    reference=lst.list_number,
                    note=f"{rnd.number} -> {lst.location.code}",
                )
            )
        lst.status = DISPATCHED
    movement_ids = ledger.post_many(s, postings, user=user, now=now)
    for line, index in sent:
        line.dispatch_movement_id = movement_ids[index]
    rnd.status = DISPATCHED
    rnd.dispatched_by = user
    rnd.dispatched_at = now


@requires(Role.STAFF)
@declares(Change.DISTRIBUTION | Change.STOCK)
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
        lst = get_list(s, list_id)
        if lst.status != DISPATCHED:
            raise fail(
                "distribution_not_dispatched",
                number=lst.list_number,
                status=lst.status,
                action=Term.ACTION_CONFIRMED_RECEIVED,
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
            if not whole_doses(got) or not 0 <= got <= line.doses:
                problems.append(
                    Problem(
                        "distribution_received_invalid",
                        {**where, "received": got, "sent": line.doses},
                    )
                )
                continue
            part_of_unit = product_record(line.lot.product).whole_units_problems(got)
            if part_of_unit:
                problems.extend(part_of_unit)
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
        postings: list[ledger.Posting] = []
        arriving: list[tuple[m.DistributionLine, int]] = []  # line, its posting's index
        for line, got, short, text, code in plan:
            if transit is not None and got:
                arriving.append((line, len(postings)))
                postings.append(
                    ledger.Posting(
                        kind=MovementKind.TRANSFER,
                        lot=line.lot,
                        source=transit,
                        destination=site,
                        doses=got,
                        reference=lst.list_number,
                        note=f"{rnd.number}: modtaget / received",
                    )
                )
            if short and code is not None:
                postings.append(
                    ledger.Posting(
                        kind=MovementKind.DISCARD,
                        lot=line.lot,
                        source=transit or site,
                        destination=wasted,
                        doses=short,
                        reference=lst.list_number,
                        reason_code=code.code,
                        note=text,
                    )
                )
            line.received_doses = got
            line.discrepancy_reason = text if short else ""
        movement_ids = ledger.post_many(s, postings, user=app.user, now=now)
        for line, index in arriving:
            line.receive_movement_id = movement_ids[index]
        lst.status = RECEIVED
        lst.received_by = app.user
        lst.received_at = now
        s.flush()
        s.expire(lst, ["lines"])
        return list_view_of(lst)


@requires(Role.COORDINATOR)
@declares(Change.DISTRIBUTION | Change.STOCK)
def reverse_list(app: App, list_id: int, note: str) -> ListView:
    """Undo a dispatched list before it is received: every dispatch movement is
    reversed (stock back at the pharmacy) and the list is cancelled."""
    now = app.now()
    with app.db.write() as s:
        lst = get_list(s, list_id)
        if lst.status == RECEIVED:
            when = local_day(lst.received_at).strftime("%d-%m-%Y") if lst.received_at else "-"
            raise fail("distribution_already_received", number=lst.list_number, when=when)
        if lst.status != DISPATCHED:
            raise fail(
                "distribution_not_dispatched",
                number=lst.list_number,
                status=lst.status,
                action=Term.ACTION_REVERSED,
            )
        if not note or not note.strip():
            raise fail("distribution_reverse_note_required", number=lst.list_number)
        postings = []
        for line in sorted(lst.lines, key=lambda ln: ln.line_no):
            if line.dispatch_movement_id is None:
                continue
            original = s.get(m.Movement, line.dispatch_movement_id)
            assert original is not None
            postings.append(reversal(s, original, note=note.strip()))
        ledger.post_many(s, postings, user=app.user, now=now)
        lst.status = CANCELLED
        lst.note = _with_reason(lst.note or "", note)
        rnd = lst.round
        s.flush()
        if all(x.status == CANCELLED for x in rnd.lists):
            rnd.status = CANCELLED
        s.expire(lst, ["lines"])
        return list_view_of(lst)
