"""Receipts from SSI at the pharmacy (07:00-08:15 on a receipt day).

The pharmacy orders what the region will use until the delivery after next, with
three weeks' margin, less what it and the sites hold that keeps long enough.  A large
order may come as two lots.  A lot received within three weeks of the last one of its
product is often the same lot again.  Shelf lives follow the programme: an influenza
season's vaccine runs out by summer, some covid-19 lots are short-dated.  SSI's offers
of short-dated stock (:mod:`.incidents`) arrive on the receipt day after their date.
"""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta

from pharmacy_app.demo.days import RECEIPTS, add_months, at_phase, local_time
from pharmacy_app.demo.incidents import SHORT_DATED_NOTE
from pharmacy_app.demo.ledger import RECEIPT, REVERSAL, SSI
from pharmacy_app.demo.products import profile
from pharmacy_app.demo.state import Year

SHORT_DATED_MAX_DOSES = 1500  # an offer of short-dated stock from SSI


def receipts(year: Year, i: int) -> None:
    rng, day, ledger = year.rng, year.days[i], year.ledger
    incidents = year.incidents
    gap = year.next(i, lambda j: year.pharmacy_open(j) and year.receipt_day(j))
    clock = rng.randint(RECEIPTS[0], RECEIPTS[0] + 1800)
    note_ref = ""
    user = year.pharmacist()
    for p, prod in enumerate(year.products):
        horizon = gap + 21
        demand = year.demand.regional_expected(p, i, horizon) * 1.1
        if demand < 1:
            continue
        still_sendable = day + timedelta(days=prod.min_remaining_shelf_life_days + 7)
        held = ledger.held(year.pharmacy, p, still_sendable) + sum(
            ledger.held(site.spec.code, p, day + timedelta(days=7)) for site in year.sites
        )
        short = demand - held
        if short < 0.3 * prod.doses_per_pack and held > 0:
            continue
        packs = max(1, math.ceil(short / prod.doses_per_pack))
        parts = [packs]
        if packs >= 40 and rng.random() < 0.4:
            first = packs // 2 + rng.randint(-packs // 6, packs // 6)
            parts = [first, packs - first]
        if not note_ref:
            note_ref = ledger.number("FS", day, 4)
        for part in parts:
            at = at_phase(day, clock, RECEIPTS)
            lot = _lot_for_receipt(year, p, i, at)
            clock += rng.randint(40, 150)
            if not incidents.receipt_fixed and i >= incidents.receipt_fix_day and part >= 4:
                # Keyed in with the wrong number of packs, reversed and received again.
                incidents.receipt_fixed = True
                wrong = part + (part // 4 or 1) * rng.choice((-1, 1))
                wrong = wrong if wrong > 0 else part + 1
                seq = ledger.move(
                    RECEIPT,
                    lot,
                    SSI,
                    year.pharmacy,
                    wrong * prod.doses_per_pack,
                    at,
                    user,
                    delay=rng.randint(0, 600),
                    reference=note_ref,
                )
                fix = min(
                    at + timedelta(seconds=rng.randint(300, 900)),
                    at_phase(day, RECEIPTS[1], RECEIPTS),
                )
                ledger.move(
                    REVERSAL,
                    lot,
                    year.pharmacy,
                    SSI,
                    wrong * prod.doses_per_pack,
                    fix,
                    user,
                    delay=rng.randint(0, 60),
                    reference=note_ref,
                    note="Forkert antal pakninger tastet; modtaget igen",
                    reverses=seq,
                )
                at = fix + timedelta(seconds=rng.randint(30, 120))
                clock = max(clock, int((at - local_time(day, 0)).total_seconds()) + 60)
                at = min(at, at_phase(day, RECEIPTS[1], RECEIPTS))
            ledger.move(
                RECEIPT,
                lot,
                SSI,
                year.pharmacy,
                part * prod.doses_per_pack,
                at,
                user,
                delay=rng.randint(0, 900),
                reference=note_ref,
            )
    while incidents.offers and incidents.offers[0][0] <= i:
        _, p, final_expiry = incidents.offers.pop(0)
        prod = year.products[p]
        expiry = final_expiry or day + timedelta(days=rng.randint(45, 75))
        sendable = (expiry - day).days - prod.min_remaining_shelf_life_days
        if final_expiry:
            # A few hundred doses more than the region will use of it: of the lot that
            # outlives the end, until the end; of the other, while it may still be sent.
            use_until = year.until
            if expiry <= year.until:
                use_until = expiry - timedelta(days=prod.min_remaining_shelf_life_days)
            used = year.demand.regional_expected(p, i, max((use_until - day).days + 1, 1))
            doses = used * year.demand.actual[p][i] + rng.uniform(150, 600)
        else:
            doses = year.demand.regional_expected(p, i, max(sendable, 1)) * rng.uniform(0.6, 1.6)
            doses = min(doses, SHORT_DATED_MAX_DOSES)
        packs = max(2, round(doses / prod.doses_per_pack))
        at = at_phase(day, clock, RECEIPTS)
        lot = ledger.new_lot(rng, p, day, expiry, at)
        note_ref = note_ref or ledger.number("FS", day, 4)
        ledger.move(
            RECEIPT,
            lot,
            SSI,
            year.pharmacy,
            packs * prod.doses_per_pack,
            at,
            user,
            delay=rng.randint(0, 900),
            reference=note_ref,
            note=SHORT_DATED_NOTE,
        )
        clock += rng.randint(40, 150)


def _lot_for_receipt(year: Year, p: int, i: int, at: datetime) -> int:
    rng, day = year.rng, year.days[i]
    prod = year.products[p]
    last = year.last_lot.get(p)
    if last is not None:
        info = year.ledger.lots[last]
        if (
            info.first_day != day
            and (info.expiry - day).days >= 60
            and (day - info.first_day).days <= 21
            and rng.random() < 0.5
        ):
            return last
    programme = prod.programme_code
    prof = profile(prod.varenummer)
    short_life = prof.shelf_life_days if prof else None
    expiry: date
    if short_life:
        expiry = day + timedelta(days=rng.randint(*short_life))
    elif programme == "influenza":
        # A season's influenza vaccine is not used the next season: it runs out by summer.
        summer = date(day.year + (day.month >= 7), 6, 30)
        expiry = min(add_months(day, rng.randint(6, 9)), summer)
    elif programme == "covid-19":
        if rng.random() < (0.3 if day.month >= 9 else 0.15):
            expiry = day + timedelta(days=rng.randint(45, 100))
        else:
            expiry = day + timedelta(days=rng.randint(180, 365))
    elif programme in year.all_year:
        expiry = add_months(day, rng.randint(12, 24))
    else:
        expiry = add_months(day, rng.randint(6, 18))
    lot = year.ledger.new_lot(rng, p, day, expiry, at)
    year.last_lot[p] = lot
    return lot
