"""Distribution to the sites (09:30-12:00 on a pharmacy day), in whole vials or packs.

On its delivery day a site is sent what it will use until the delivery after next (at
least its kind's cover days), times its own generosity, less what it holds.  On another
open day it is sent only what is about to run out.  Lots are picked FEFO from the
pharmacy, never one about to expire and never more of a lot than the site can use
before its use-by.
"""

from __future__ import annotations

import math
from datetime import timedelta
from functools import partial

from pharmacy_app.demo.days import DISTRIBUTION, at_phase, in_season
from pharmacy_app.demo.ledger import TRANSFER
from pharmacy_app.demo.state import Year
from pharmacy_app.domain.expiry import is_expired

MIN_DAYS_LEFT_TO_SEND = 3
PICK_OPTIMISM = 1.25  # a short-dated lot is sent for the site's forecast use, and a bit more


def distribute(year: Year, i: int) -> None:
    rng, day, ledger = year.rng, year.days[i], year.ledger
    for s, site in enumerate(year.sites):
        if site.spec.kind_code == "temporary" and not in_season(day):
            continue
        code = site.spec.code
        scheduled = year.scheduled(s, i)
        if scheduled:
            gap = year.next(i, partial(year.delivery_day, s))
            window = max(site.spec.cover_days, gap + 2)
        elif year.open[s][i]:
            window = 0  # ad hoc: only what is about to run out
        else:
            continue
        wanted: list[tuple[int, int]] = []
        for p in site.products:
            prod = year.products[p]
            held = ledger.held(code, p, day + timedelta(days=1))
            if window:
                need = year.demand.expected(s, p, i, window) * site.generosity - held
            else:
                soon = year.demand.expected(s, p, i, 2)
                if soon < 1 or held >= 0.8 * soon:
                    continue
                need = year.demand.expected(s, p, i, max(site.spec.cover_days // 2, 3)) * 1.1 - held
            if need < max(1.0, prod.doses_per_unit / 2):
                continue
            units = math.ceil(need / prod.doses_per_unit)
            if units >= prod.units_per_pack:
                units = math.ceil(units / prod.units_per_pack) * prod.units_per_pack
            wanted.append((p, units))
        if not wanted:
            continue
        clock = DISTRIBUTION[0] + site.route_minute * 60 + rng.randint(0, 59)
        user = year.pharmacist()
        ref = ""
        for p, units in wanted:
            for lot, n in pick(year, s, p, i, units):
                ref = ref or ledger.number("DL", day, 5)
                ledger.move(
                    TRANSFER,
                    lot,
                    year.pharmacy,
                    code,
                    n * year.products[p].doses_per_unit,
                    at_phase(day, clock, DISTRIBUTION),
                    user,
                    delay=rng.randint(0, 300),
                    reference=ref,
                )
                clock += rng.randint(5, 30)


def pick(year: Year, s: int, p: int, i: int, units: int) -> list[tuple[int, int]]:
    """FEFO from the pharmacy: earliest use-by first, never more of a lot than the site
    can use before it expires, never a lot about to expire.  (lot, units) pairs."""
    day = year.days[i]
    prod = year.products[p]
    code = year.sites[s].spec.code
    picked: list[tuple[int, int]] = []
    site_entries = year.ledger.entries(code, p)
    already = 0
    for use_by, lot, doses in year.ledger.entries(year.pharmacy, p):
        if units <= 0:
            break
        if (use_by - day).days < max(prod.min_remaining_shelf_life_days, MIN_DAYS_LEFT_TO_SEND):
            continue
        usable = year.demand.expected(s, p, i, (use_by - day).days + 1)
        before = sum(e[2] for e in site_entries if e[0] <= use_by and not is_expired(e[0], day))
        cap_units = int((usable * PICK_OPTIMISM - before - already) // prod.doses_per_unit)
        n = min(doses // prod.doses_per_unit, units, cap_units)
        if n <= 0:
            continue
        picked.append((lot, n))
        units -= n
        already += n * prod.doses_per_unit
    return picked
