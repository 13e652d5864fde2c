"""Projected stock: for each site, the pharmacy and the region, per product, week by week.

The inputs, read in one session, and what each place counts:

* **stock now**: usable balances (not expired today, not recalled, not held in
  quarantine) per lot and its use-by;
* **expected use**: the demand forecast (:mod:`.forecast`) of each site, of the current
  week only its days from today on; the region's is the sum of its sites'; the
  pharmacy's is what its sites will lack each week after their own stock and planned
  rounds (the rounds not yet planned will have to bring it), so a pharmacy lot the
  region will use in time is not projected as lost;
* **planned rounds**: the lots picked on draft rounds, per list's site and the round's
  planned day: out of the pharmacy, into the site (the region: no change);
* **expected deliveries** not yet received (:func:`.expected_deliveries.pending`): into
  the pharmacy and the region, of no known use-by.

The week-by-week arithmetic is :func:`pharmacy_app.domain.projection.project`;
:data:`ASSUMPTIONS` says in words what the chart and the table assume.  Read-only.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain import forecast as fc
from pharmacy_app.domain import projection as pj
from pharmacy_app.domain.errors import fail
from pharmacy_app.domain.types import QUARANTINE_KIND
from pharmacy_app.reports.projection_chart import ChartData, projection_figure, write_png
from pharmacy_app.services import expected_deliveries, forecast
from pharmacy_app.services.app import App
from pharmacy_app.services.expiry import consuming_sites
from pharmacy_app.services.reference import get_setting, region_locations
from pharmacy_app.services.reference.settings import SETTING_HOME_LOCATION

MAX_WEEKS = 12
REGION = "REGION"  # the place code of the region as a whole

ASSUMPTIONS = {
    "en": (
        "Stock now: usable doses (not expired, recalled or in quarantine). Expected use: the "
        "demand forecast (earlier seasons scaled to this season's uptake, or the recent "
        "weekly average where no earlier season was recorded; of this week only "
        "the days from today). The pharmacy's use: what its sites will lack each week "
        "(the rounds still to be planned). Planned rounds: the "
        "lots picked on draft rounds, in the week they are planned for. Expected deliveries: "
        "those not yet received, in their week, without a use-by. Use is taken first-expiry-"
        "first; a lot is usable through the week its use-by falls in and what is left then "
        "is lost. A delivery or round overdue counts in the first week."
    ),
    "da": (
        "Lager nu: brugbare doser (ikke udløbet, tilbagekaldt eller i karantæne). Forventet "
        "forbrug: prognosen (tidligere sæsoner skaleret til denne sæsons tilslutning, eller det "
        "seneste ugegennemsnit, hvor ingen tidligere sæson er registreret; af denne "
        "uge kun dagene fra i dag). Apotekets forbrug: hvad stederne vil mangle hver uge "
        "(de runder, der endnu ikke er planlagt). Planlagte runder: de partier, der er plukket på kladderunder, i den uge de er planlagt til. "
        "Forventede leverancer: dem, der endnu ikke er modtaget, i deres uge, uden udløbsdato. "
        "Forbruget tages først-udløb-først; et parti kan bruges hele den uge, dets "
        "udløbsdato falder i, og hvad der er tilbage, går tabt. En forsinket levering eller "
        "runde tælles i første uge."
    ),
}


@dataclass(frozen=True)
class ProjectionLine:
    place_code: str
    place_name: str
    place_kind: str  # site | pharmacy | region
    product_id: int
    varenummer: str
    product: str
    stock_now: int
    projection: pj.Projection


@dataclass
class _Inputs:
    holdings: dict[tuple[int, int], list[pj.Holding]]  # (location, product)
    use: dict[tuple[int, int], dict[date, int]]  # (site, product)
    rounds_in: dict[tuple[int, int], list[pj.Flow]]  # to a site
    rounds_out: dict[int, list[pj.Flow]]  # from the pharmacy, per product
    deliveries: dict[int, list[pj.Flow]]  # per product


def _inputs(s: Session, today: date, weeks: int, region: dict[int, m.Location]) -> _Inputs:
    b, lot = m.StockBalance, m.Lot
    holdings: dict[tuple[int, int], list[pj.Holding]] = defaultdict(list)
    q = (
        select(b.location_id, lot.product_id, lot.id, lot.use_by, b.doses)
        .join(lot, lot.id == b.lot_id)
        .where(b.doses > 0, lot.use_by >= today, lot.recalled_at.is_(None))
    )
    for loc_id, pid, lot_id, use_by, doses in s.execute(q):
        loc = region.get(loc_id)
        if loc is not None and loc.kind_code != QUARANTINE_KIND:
            holdings[(loc_id, pid)].append(pj.Holding(lot_id, use_by, int(doses)))
    expected = forecast.forecast_in(s, today, weeks)
    # The current week is partly over: only its days from today on are still to come.
    left = (7 - today.weekday()) / 7
    this_week = fc.monday(today)
    use = {
        (x.series.site_id, x.series.product_id): {
            w: round(d * left) if w == this_week else d for w, d in x.weeks
        }
        for x in expected.lines
    }
    rounds_in: dict[tuple[int, int], list[pj.Flow]] = defaultdict(list)
    rounds_out: dict[int, list[pj.Flow]] = defaultdict(list)
    r, dlist, line = m.DistributionRound, m.DistributionList, m.DistributionLine
    q2 = (
        select(r.planned_for, dlist.location_id, lot.product_id, lot.id, lot.use_by, line.doses)
        .join(dlist, dlist.round_id == r.id)
        .join(line, line.list_id == dlist.id)
        .join(lot, lot.id == line.lot_id)
        .where(r.status == "draft", dlist.status == "draft")
    )
    for planned_for, site, pid, lot_id, use_by, doses in s.execute(q2):
        flow = pj.Flow(fc.monday(planned_for), int(doses), lot_id, use_by)
        rounds_in[(site, pid)].append(flow)
        rounds_out[pid].append(flow)
    deliveries: dict[int, list[pj.Flow]] = defaultdict(list)
    for e in expected_deliveries.pending(s, today):
        deliveries[e.product_id].append(pj.Flow(fc.monday(e.expected_on), e.doses))
    return _Inputs(holdings, use, rounds_in, rounds_out, deliveries)


def projection(
    app: App, *, site: str | None = None, weeks: int = 8, today: date | None = None
) -> list[ProjectionLine]:
    """Per place and product: the projection over ``weeks`` weeks (the current first).
    ``site`` is a site's or the pharmacy's code, or ``REGION``; without it, every place
    that holds, gives or expects a product."""
    if not 1 <= weeks <= MAX_WEEKS:
        raise fail("value_invalid", field="weeks", value=weeks, why=f"1-{MAX_WEEKS}")
    today = today or app.today()
    mondays = [fc.monday(today) + timedelta(weeks=k) for k in range(weeks)]
    with app.db.read() as s:
        region = region_locations(s)
        home_code = get_setting(s, SETTING_HOME_LOCATION)
        by_code = {loc.code: loc for loc in region.values()}
        if site is not None and site != REGION and site not in by_code:
            raise fail("location_unknown", location=site)
        inputs = _inputs(s, today, weeks, region)
        products = {p.id: p for p in s.scalars(select(m.Product))}
    home = by_code.get(home_code or "")
    lines: list[ProjectionLine] = []

    def add(code: str, name: str, kind: str, pid: int, result: pj.Projection, now: int) -> None:
        p = products[pid]
        lines.append(
            ProjectionLine(code, name, kind, pid, p.varenummer, p.short_name or p.name, now, result)
        )

    if site in (None, REGION):
        region_products = {pid for (_l, pid) in inputs.holdings} | {pid for (_s, pid) in inputs.use}
        region_products |= set(inputs.deliveries)
        for pid in sorted(region_products, key=lambda i: products[i].varenummer):
            held = [h for (_l, p), hs in inputs.holdings.items() if p == pid for h in hs]
            use: dict[date, int] = defaultdict(int)
            for (_s, p), weeks_use in inputs.use.items():
                if p == pid:
                    for w, d in weeks_use.items():
                        use[w] += d
            result = pj.project(held, mondays, use, inputs.deliveries.get(pid, ()))
            add(REGION, "Region", "region", pid, result, sum(h.doses for h in held))
    sites = consuming_sites(region)
    site_results: dict[tuple[int, int], pj.Projection] = {}
    for site_id, loc in sorted(sites.items(), key=lambda kv: kv[1].code):
        keys = {k for k in (*inputs.holdings, *inputs.use, *inputs.rounds_in) if k[0] == site_id}
        for _sid, pid in sorted(keys, key=lambda k: products[k[1]].varenummer):
            held = inputs.holdings.get((site_id, pid), [])
            result = pj.project(
                held,
                mondays,
                inputs.use.get((site_id, pid), {}),
                inputs.rounds_in.get((site_id, pid), ()),
            )
            site_results[(site_id, pid)] = result
            if site in (None, loc.code):
                add(loc.code, loc.name, "site", pid, result, sum(h.doses for h in held))
    if home is not None and site in (None, home.code):
        lacking: dict[int, dict[date, int]] = defaultdict(lambda: defaultdict(int))
        for (_sid, pid), result in site_results.items():
            for projected in result.weeks:
                lacking[pid][projected.week] += projected.short
        pids = {p for (loc, p) in inputs.holdings if loc == home.id}
        pids |= set(inputs.deliveries) | set(inputs.rounds_out)
        for pid in sorted(pids, key=lambda i: products[i].varenummer):
            held = inputs.holdings.get((home.id, pid), [])
            result = pj.project(
                held,
                mondays,
                lacking.get(pid, {}),
                inputs.deliveries.get(pid, ()),
                inputs.rounds_out.get(pid, ()),
            )
            add(home.code, home.name, "pharmacy", pid, result, sum(h.doses for h in held))
    order = ("region", "pharmacy", "site")
    lines.sort(key=lambda line: order.index(line.place_kind))  # stable: products keep theirs
    return lines


def chart_data(line: ProjectionLine, language: str = "da") -> ChartData:
    """What the chart of ``line`` plots, titled and with its assumptions."""
    weeks = line.projection.weeks
    place = (
        line.place_name
        if line.place_kind != "region"
        else ("Regionen" if language == "da" else "The region")
    )
    return ChartData(
        title=f"{line.product} — {place}",
        weeks=[w.week for w in weeks],
        start=line.stock_now,
        ends=[w.end for w in weeks],
        use=[w.use for w in weeks],
        incoming=[w.incoming for w in weeks],
        expired=[w.expired for w in weeks],
        stock_out=line.projection.stock_out,
        assumptions=ASSUMPTIONS["da" if language == "da" else "en"],
    )


def write_chart(line: ProjectionLine, path: Path, language: str = "da") -> Path:
    """The chart of ``line`` as a PNG file."""
    return write_png(projection_figure(chart_data(line, language), language), path)
