"""A simulated season's figures, read from its ledger afterwards, and the comparison
of the policies over the seeds: the summaries and the three targets.

Received, given, wasted by reason and moved by rebalancing are sums of the ledger's
movements (receipts from SSI, doses to ADMINISTERED, discards by SSI reason code,
transfers with a rebalancing reference); the waste percent is the wastage tab's own
(:func:`services.expiry.wastage_figures`, WHO: wasted / (given + wasted)).  Unmet doses
and site-days are the world's record (:class:`.season.Tally`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select

from pharmacy_app.db import models as m
from pharmacy_app.domain import expiry_risk as er
from pharmacy_app.domain.messages.codes import Code
from pharmacy_app.domain.messages.sentence import Sentence
from pharmacy_app.domain.messages.terms import Name
from pharmacy_app.domain.types import MovementKind, VirtualLocation
from pharmacy_app.services.app import App
from pharmacy_app.services.expiry import wastage_figures
from pharmacy_app.services.reference import virtual
from pharmacy_app.services.simulation import policies as pol
from pharmacy_app.services.simulation.model import (
    FIGURES,
    WASTE_REASONS,
    PolicySummary,
    RunResult,
    Spread,
    Target,
)
from pharmacy_app.services.simulation.season import Tally

# SSI's discard reasons as the comparison groups them.
REASON_GROUP = {
    "UDLOEBET": "expired",
    "ANBRUDT_HETTEGLAS": "open_vial",
    "OPTOET_OVERSKREDET": "thawed",
    "TEMPERATURSVIGT": "temperature",
}
REBALANCING_REFERENCE = "REB-"

EXPIRY_LIMIT = 1.0  # percent of doses received
HALVED_LIMIT = 50.0  # percent of rounds' expiry waste
STOCKOUT_LIMIT = 0.5  # percent of open site-days


def run_result(
    app: App, policy: str, seed: int, first: date, last: date, tally: Tally, seconds: float
) -> RunResult:
    mv = m.Movement
    with app.db.read() as s:
        ssi = virtual(s, VirtualLocation.SSI).id
        wasted_at = virtual(s, VirtualLocation.WASTED).id
        given_to = virtual(s, VirtualLocation.ADMINISTERED).id
        received = int(
            s.scalar(
                select(func.coalesce(func.sum(mv.doses), 0)).where(
                    mv.kind == MovementKind.RECEIPT.value, mv.from_location_id == ssi
                )
            )
            or 0
        )
        given = int(
            s.scalar(
                select(func.coalesce(func.sum(mv.doses), 0)).where(mv.to_location_id == given_to)
            )
            or 0
        )
        by_reason = dict.fromkeys(WASTE_REASONS, 0)
        for reason, doses in s.execute(
            select(mv.reason_code, func.sum(mv.doses))
            .where(mv.to_location_id == wasted_at)
            .group_by(mv.reason_code)
        ):
            by_reason[REASON_GROUP.get(reason or "", "other")] += int(doses)
        moved = int(
            s.scalar(
                select(func.coalesce(func.sum(mv.doses), 0)).where(
                    mv.kind == MovementKind.TRANSFER.value,
                    mv.reference.startswith(REBALANCING_REFERENCE),
                )
            )
            or 0
        )
    rows = wastage_figures(app, first, last)
    rate = er.wastage_rate(sum(r.administered for r in rows), sum(r.wasted for r in rows))
    expiry = by_reason["expired"] + by_reason["thawed"]
    return RunResult(
        policy=policy,
        seed=seed,
        received=received,
        given=given,
        wasted_by_reason=by_reason,
        waste_percent=rate or 0.0,
        expiry_waste_percent_of_received=100.0 * expiry / received if received else 0.0,
        stockout_site_days=tally.stockout_site_days,
        open_site_days=tally.open_site_days,
        unmet_doses=tally.unmet_doses,
        moved_by_rebalancing=moved,
        seconds=seconds,
    )


def summaries(runs: Sequence[RunResult], order: Sequence[str]) -> tuple[PolicySummary, ...]:
    out = []
    for name in order:
        mine = [r for r in runs if r.policy == name]
        if not mine:
            continue
        out.append(
            PolicySummary(
                name,
                pol.label(name),
                len(mine),
                {f: Spread.of([r.figure(f) for r in mine]) for f in FIGURES},
            )
        )
    return tuple(out)


def targets(summary: Sequence[PolicySummary]) -> tuple[Target, ...]:
    """The issue's three targets, judged on the most complete policy run (and, for
    halving, against ``rounds`` when both ran)."""
    if not summary:
        return ()
    best = summary[-1]
    for s in summary:  # the policy highest in the order wins
        if pol.ORDER.index(s.policy) > pol.ORDER.index(best.policy):
            best = s
    name = best.policy
    label = pol.label(name)
    shown = Name(da=label.text("da"), en=label.text("en"))
    out: list[Target] = []
    expiry = best.mean("expiry_waste_percent_of_received")
    out.append(
        Target(
            "expiry_waste",
            Sentence(
                Code.SIM_TARGET_EXPIRY, {"limit": EXPIRY_LIMIT, "policy": shown, "value": expiry}
            ),
            expiry,
            EXPIRY_LIMIT,
            expiry <= EXPIRY_LIMIT,
            name,
        )
    )
    rounds = next((s for s in summary if s.policy == pol.ROUNDS), None)
    if rounds is not None and name != pol.ROUNDS:
        base = _expiry_doses(rounds)
        if base:
            value = 100.0 * _expiry_doses(best) / base
            sentence = Sentence(
                Code.SIM_TARGET_HALVED, {"limit": HALVED_LIMIT, "policy": shown, "value": value}
            )
            met = value <= HALVED_LIMIT
        else:  # nothing to halve: met when the policy lets none expire either
            expired = round(_expiry_doses(best))
            sentence = Sentence(Code.SIM_TARGET_HALVED_NONE, {"policy": shown, "doses": expired})
            met = expired == 0
            value = 0.0 if met else 100.0  # of rounds' (none): as good, or worse
        out.append(Target("halved", sentence, value, HALVED_LIMIT, met, name))
    open_days = best.mean("open_site_days")
    out_days = best.mean("stockout_site_days")
    share = 100.0 * out_days / open_days if open_days else 0.0
    out.append(
        Target(
            "stockouts",
            Sentence(
                Code.SIM_TARGET_STOCKOUTS, {"limit": STOCKOUT_LIMIT, "policy": shown, "value": share}
            ),
            share,
            STOCKOUT_LIMIT,
            share <= STOCKOUT_LIMIT,
            name,
        )
    )
    return tuple(out)


def _expiry_doses(summary: PolicySummary) -> float:
    return summary.mean("wasted_expired") + summary.mean("wasted_thawed")
