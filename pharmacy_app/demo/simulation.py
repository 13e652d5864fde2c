"""Twelve months of a region's vaccine logistics, simulated day by day: :func:`simulate`.

Every pharmacy day runs receipts, the pharmacy's discards, returns, the last day's
planned work and distribution; then every open site registers its vaccinations and its
waste.  The year is built (:class:`~pharmacy_app.demo.state.Year`) and its incidents
planned (:func:`~pharmacy_app.demo.incidents.plan_incidents`) before the first day, so
the random numbers are drawn in one fixed order.  The result is cut at ``cutoff``,
renumbered to the lots it uses and replayed (:func:`~pharmacy_app.demo.replay.verify`)
before it is returned.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime

from pharmacy_app.demo.consumption import administer
from pharmacy_app.demo.days import in_season, year_before
from pharmacy_app.demo.distribution import distribute
from pharmacy_app.demo.incidents import end_state, plan_incidents
from pharmacy_app.demo.plan import Plan, PlannedLot, ProductSpec, SiteSpec, Surge
from pharmacy_app.demo.recalls import plan_recalls, recall
from pharmacy_app.demo.receipts import receipts
from pharmacy_app.demo.replay import project, verify
from pharmacy_app.demo.returns import returns
from pharmacy_app.demo.state import Progress, Year
from pharmacy_app.demo.waste import pharmacy_discards, site_waste
from pharmacy_app.domain.localtime import LOCAL_TZ


def simulate(
    products: Sequence[ProductSpec],
    pharmacy_code: str,
    sites: Sequence[SiteSpec],
    *,
    region_code: str,
    seed: int,
    until: date,
    all_year_programmes: frozenset[str] = frozenset({"pneumococcal"}),
    cutoff: datetime | None = None,
    taken_batches: frozenset[tuple[str, str]] = frozenset(),
    progress: Progress | None = None,
    start: date | None = None,
    surge: Surge | None = None,
    recalls: int = 0,
    target_groups: Mapping[str, Sequence[str]] | None = None,
    demand_factor: float = 1.0,
) -> Plan:
    """Twelve months (or from ``start``) of receipts, distribution, consumption and
    wastage ending on ``until``.

    ``cutoff`` (an aware datetime) drops whatever would happen after it, so a ledger
    that ends today holds nothing in the future.  ``surge`` raises one programme's
    demand for some weeks; ``recalls`` batches are recalled on days spread over the
    period; ``target_groups`` (by varenummer) has doses registered per target group.
    ``demand_factor`` scales the region's doses.  The result has passed :func:`verify`.
    """
    year = Year(
        products,
        pharmacy_code,
        sites,
        region_code=region_code,
        seed=seed,
        start=start or year_before(until),
        until=until,
        all_year_programmes=all_year_programmes,
        taken_batches=taken_batches,
        progress=progress,
        surge=surge,
        demand_factor=demand_factor,
        target_groups={
            p: tuple(target_groups[prod.varenummer])
            for p, prod in enumerate(products)
            if target_groups and target_groups.get(prod.varenummer)
        },
    )
    year.incidents = plan_incidents(year)
    if recalls:
        year.recall_days = plan_recalls(year, recalls)
    _run(year)
    plan = _result(year, cutoff)
    verify(plan, products)
    return plan


def _run(year: Year) -> None:
    for i in range(year.n_days):
        if year.pharmacy_open(i):
            if year.receipt_day(i):
                receipts(year, i)
            pharmacy_discards(year, i)
            returns(year, i)
            if i in year.recall_days:
                recall(year, i)
            end_state(year, i)
            distribute(year, i)
        for s in range(len(year.sites)):
            if year.open[s][i]:
                site_waste(year, s, i, administer(year, s, i))
        if year.progress and i % 7 == 0:
            year.progress(i, year.n_days)


def _result(year: Year, cutoff: datetime | None) -> Plan:
    """The year as a :class:`Plan`: movements in time order up to ``cutoff`` (a movement
    recorded after it is recorded at it), lots renumbered to those the movements use."""
    ordered = sorted(year.ledger.moves, key=lambda mv: (mv.occurred_at, mv.seq))
    if cutoff is not None:
        kept = []
        for mv in ordered:
            if mv.occurred_at > cutoff:
                break
            kept.append(mv if mv.recorded_at <= cutoff else replace(mv, recorded_at=cutoff))
        ordered = kept
    lots_info = year.ledger.lots
    used = sorted({mv.lot for mv in ordered})
    renumber = {old: new for new, old in enumerate(used)}
    lots = tuple(
        PlannedLot(
            renumber[k],
            year.products[lots_info[k].product].varenummer,
            lots_info[k].batch,
            lots_info[k].expiry,
            lots_info[k].created_at,
            *year.recalled.get(k, (None, None, None)),
        )
        for k in used
    )
    movements = tuple(replace(mv, lot=renumber[mv.lot]) for mv in ordered)
    balances = project(movements, year.holders)
    closed = tuple(
        site.spec.code
        for site in year.sites
        if site.spec.kind_code == "temporary"
        and not in_season(year.until)
        and not any(balances.get((site.spec.code, lot.index)) for lot in lots)
    )
    first = movements[0].occurred_at.astimezone(LOCAL_TZ).date() if movements else year.start
    last = movements[-1].occurred_at.astimezone(LOCAL_TZ).date() if movements else year.start
    return Plan(
        pharmacy_code=year.pharmacy,
        sites=tuple(site.spec for site in year.sites),
        lots=lots,
        movements=movements,
        balances=balances,
        closed_sites=closed,
        first_day=first,
        last_day=last,
    )
