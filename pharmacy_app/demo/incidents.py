"""What goes wrong, or needs the coordinator, in the demo year: planned before day one.

* **Two corrected mistakes**: a receipt keyed in with the wrong number of packs
  (reversed and received again, in :mod:`.receipts`) and doses registered on the wrong
  lot (reversed and registered again, in :mod:`.consumption`); here only their days.
* **Cold-chain failures** at three decentral sites or mobile units (:mod:`.returns`).
* **Short-dated offers from SSI** now and then, at times more than can be used in time
  (:mod:`.receipts`).  The last two are of slow movers: one runs out within a month of
  the end, one ran out after the pharmacy's last expiry round and is still on the shelf.
* **The last day's work**, planned in :func:`plan_incidents` and carried out by
  :func:`end_state`:

  - *Over-supplied.*  A few days before the end SSI passes on a short-dated lot (use-by
    14-20 days after the end) and the pharmacy sends a slow decentral site or mobile
    unit its own use until the use-by, 15 % and 45-75 doses more: on the last day those
    doses are at risk, and a busy central centre that uses the product can take them.
  - *Expired, not yet cleared.*  Some weeks before the end a site is sent more of another
    short-dated lot than it uses; the lot's use-by passes 1-3 days before the end, after
    the site's last weekly expiry round, so its rest is still on the shelf (and the
    pharmacy's, when its own round has not come either).

  Two central centres are also sent short-dated lots they will use in time (use-by
  within a week and within two months of the end), so every expiry window has stock in
  it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta

from pharmacy_app.demo.days import DISTRIBUTION, RECEIPTS, at_phase
from pharmacy_app.demo.ledger import RECEIPT, SSI, TRANSFER
from pharmacy_app.demo.state import Year

SHORT_DATED_NOTE = "Kort udløb, omfordelt fra SSI"


@dataclass(frozen=True)
class EndIncident:
    """A short-dated lot received from SSI on ``day`` and sent to ``site`` the same day:
    the site's own use until ``use_by`` (``share`` of it after the last day) and
    ``extra_doses`` and ``margin`` x that use more."""

    site: int
    product: int
    day: int  # index into the simulation's days
    use_by: date
    extra_doses: int
    share: float = 1.0  # of the site's own use after the last day
    margin: float = 0.0  # sent on top, as a share of the site's own use


@dataclass
class Incidents:
    receipt_fix_day: int  # from this day, the next receipt of 4 packs or more is mis-keyed
    admin_fix_day: int  # from this day, the next fitting registration is on the wrong lot
    cold_chain: dict[int, int]  # day -> site whose stock is lost that morning
    offers: list[tuple[int, int, date | None]]  # (day, product, use-by if fixed) from SSI
    end_incidents: dict[int, list[EndIncident]] = field(default_factory=dict)  # by day
    receipt_fixed: bool = False
    admin_fixed: bool = False


def plan_incidents(year: Year) -> Incidents:
    rng = year.rng
    n = year.n_days
    receipt_fix_day = rng.randint(min(40, n - 1), max(min(40, n - 1), n - 60))
    admin_fix_day = rng.randint(min(30, n - 1), max(min(30, n - 1), n - 30))
    candidates = [
        s for s, site in enumerate(year.sites) if site.spec.kind_code in ("decentral", "mobile")
    ]
    cold_chain: dict[int, int] = {}
    for _ in range(3):
        if candidates and n > 20:
            cold_chain[rng.randint(10, n - 10)] = rng.choice(candidates)
    # SSI passes on short-dated stock now and then, at times more than can be used in time.
    offered = [p for p, prod in enumerate(year.products) if prod.programme_code == "covid-19"]
    offered = offered or list(range(len(year.products)))
    offers: list[tuple[int, int, date | None]] = []
    i = rng.randint(5, 30)
    while offered and i < n - 60:
        offers.append((i, rng.choice(offered), None))
        i += rng.randint(21, 35)
    # The last two offers are of slow movers: one runs out within a month of the end,
    # one ran out after the pharmacy's last expiry round and is still on the shelf.
    last_round = max(
        (j for j in range(n) if year.pharmacy_open(j) and year.expiry_round(j)), default=n - 1
    )
    ends = [year.until + timedelta(days=rng.randint(5, 28))]
    if last_round < n - 1:
        ends.append(year.days[rng.randint(last_round, n - 2)])
    for rank, expiry in enumerate(ends):
        arrival = (expiry - year.start).days - rng.randint(45, 60)
        if not offered or arrival <= 0:
            continue
        window = (expiry - year.days[arrival]).days
        demand = {p: year.demand.regional_expected(p, arrival, window) for p in offered}
        slow = sorted((p for p in offered if demand[p] >= 1), key=lambda p: (demand[p], p))
        if slow:
            offers.append((arrival, slow[min(rank, len(slow) - 1)], expiry))
    incidents = Incidents(
        receipt_fix_day=receipt_fix_day,
        admin_fix_day=admin_fix_day,
        cold_chain=cold_chain,
        offers=sorted(offers, key=lambda o: (o[0], o[1])),
    )
    _plan_end_state(year, incidents)
    return incidents


def _send_day(year: Year, s: int, first: int, last: int) -> int | None:
    """A working day of the pharmacy in ``first..last``, the site's delivery day if
    there is one."""
    window = range(max(first, 1), min(last, year.n_days - 1) + 1)
    days = [j for j in window if year.pharmacy_open(j)]
    scheduled = [j for j in days if year.scheduled(s, j)]
    return year.rng.choice(scheduled or days) if days else None


def _plan_end_state(year: Year, incidents: Incidents) -> None:
    """Choose the end-state incidents (see the module text) and two short-dated lots
    that central centres use in time; the quantities follow on the day."""
    rng, n = year.rng, year.n_days
    demand = year.demand
    slow_kinds = ("decentral", "mobile")
    late_cold_chain = {s for j, s in incidents.cold_chain.items() if j >= n - 35}

    def add(
        s: int,
        p: int,
        day: int | None,
        use_by: date,
        extra: int,
        share: float = 1.0,
        margin: float = 0.0,
    ) -> None:
        if day is not None:
            incident = EndIncident(s, p, day, use_by, extra, share, margin)
            incidents.end_incidents.setdefault(day, []).append(incident)

    # Over-supplied: the product a central centre will use most of before the use-by.
    left = rng.randint(14, 20)
    best: tuple[tuple[bool, float, int], int, list[int]] | None = None
    for p, prod in enumerate(year.products):
        busy = [
            min(demand.recent_use(s, p, n) * left, demand.expected(s, p, n, left))
            for s, site in enumerate(year.sites)
            if site.spec.kind_code == "central" and p in site.products
        ]
        slow = [
            s for s, site in enumerate(year.sites)
            if site.spec.kind_code in slow_kinds and p in site.products
            and s not in late_cold_chain and demand.recent_use(s, p, n) > 0
        ]  # fmt: skip
        if not busy or not slow:
            continue
        room = max(busy)
        seasonal = prod.programme_code in ("covid-19", "influenza")
        key = (seasonal and room >= 150, room, -p)
        if best is None or key > best[0]:
            best = (key, p, slow)
    over_supplied: tuple[int, int] | None = None
    if best is not None:
        _, p, slow = best
        slow.sort(key=lambda s: (demand.recent_use(s, p, n), s))
        s = rng.choice(slow[:3])
        over_supplied = (s, p)
        use_by = year.until + timedelta(days=left)
        day = _send_day(year, s, n - 8, n - 3)
        add(s, p, day, use_by, rng.randint(45, 75), margin=0.15)

    # Expired, not yet cleared: the lot's use-by passes after the site's last round.
    pairs: list[tuple[float, int, int, int, int]] = []  # (use, site, product, use-by range)
    for s, site in enumerate(year.sites):
        if site.spec.kind_code not in slow_kinds or s in late_cold_chain:
            continue
        if over_supplied is not None and s == over_supplied[0]:
            continue
        rounds = [
            j for j in range(n)
            if year.open[s][j] and year.days[j].weekday() == site.clinic_weekday
        ]  # fmt: skip
        first, last = max(rounds[-1] if rounds else 0, n - 4), n - 2
        if first > last:
            continue
        for p in site.products:
            use = demand.recent_use(s, p, first)
            if use > 0:
                pairs.append((use, s, p, first, last))
    if pairs:
        pairs.sort()
        _, s, p, first, last = rng.choice(pairs[:4])
        expires = rng.randint(first, last)
        extra = max(rng.randint(3, 6) * year.products[p].doses_per_unit, rng.randint(20, 30))
        add(s, p, _send_day(year, s, expires - 20, expires - 8), year.days[expires], extra)

    # Short-dated lots at central centres, which use them in time: one runs out within
    # a week of the last day, one within two months.
    busy_pairs = sorted(
        (-demand.recent_use(s, p, n), s, p)
        for s, site in enumerate(year.sites)
        if site.spec.kind_code == "central"
        for p in site.products
        if (over_supplied is None or p != over_supplied[1]) and demand.recent_use(s, p, n) > 0
    )
    for days in ((3, 7), (35, 55)):
        if not busy_pairs:
            break
        _, s, p = busy_pairs.pop(rng.randrange(min(5, len(busy_pairs))))
        use_by = year.until + timedelta(days=rng.randint(*days))
        add(s, p, _send_day(year, s, n - 10, n - 4), use_by, 0, rng.uniform(0.5, 0.8))


def end_state(year: Year, i: int) -> None:
    """Receive the day's planned short-dated lots from SSI and send each to its site:
    what the site will give of it until its use-by (after what it holds that runs out
    first), and the planned extra."""
    rng, day, ledger = year.rng, year.days[i], year.ledger
    for incident in year.incidents.end_incidents.get(i, []):
        s, p = incident.site, incident.product
        site, prod = year.sites[s], year.products[p]
        code = site.spec.code
        # Until the last day as planned; after it, at the rate of the last four weeks
        # as the expiry views will see it on the last day.
        to_end = min(incident.use_by, year.until)
        use = year.demand.expected(s, p, i, (to_end - day).days + 1) * year.demand.actual[p][i]
        if incident.use_by > year.until:
            given = year.given.get((s, p), [])[max(year.n_days - 28, 0) : i]
            rate = (sum(given) + use) / 28
            use += rate * (incident.use_by - year.until).days * incident.share
        first = sum(
            e[2] for e in ledger.entries(code, p) if e[0] <= incident.use_by and e[0] >= day
        )
        doses = max(use - first, 0.0) + incident.extra_doses + incident.margin * use
        units = math.ceil(doses / prod.doses_per_unit)
        if units <= 0:
            continue
        packs = math.ceil(units / prod.units_per_pack)
        user = year.pharmacist()
        at = at_phase(day, RECEIPTS[1] - rng.randint(0, 1200), RECEIPTS)
        lot = ledger.new_lot(rng, p, day, incident.use_by, at)
        ledger.move(
            RECEIPT,
            lot,
            SSI,
            year.pharmacy,
            packs * prod.doses_per_pack,
            at,
            user,
            delay=rng.randint(0, 900),
            reference=ledger.number("FS", day, 4),
            note=SHORT_DATED_NOTE,
        )
        clock = DISTRIBUTION[0] + site.route_minute * 60 + rng.randint(0, 59)
        ledger.move(
            TRANSFER,
            lot,
            year.pharmacy,
            code,
            units * prod.doses_per_unit,
            at_phase(day, clock, DISTRIBUTION),
            user,
            delay=rng.randint(0, 300),
            reference=ledger.number("DL", day, 5),
        )
