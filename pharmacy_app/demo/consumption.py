"""Consumption registered per site, product and lot (12:30-16:25 on a site's open day).

A site gives the doses the demand model draws for the day, FEFO from what it holds that
has not expired.  Appointments for a multi-dose vial are mostly booked to empty whole
vials; the rest of an opened vial is left over and discarded at the end of the day
(:func:`pharmacy_app.demo.waste.site_waste`).  The large demo registers the doses
per target group.  Once in the year doses are registered on
the wrong lot, reversed and registered again (:mod:`.incidents` picks the day).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from pharmacy_app.demo.days import CONSUMPTION, HOUR, at_phase, local_time
from pharmacy_app.demo.ledger import ADMINISTER, ADMINISTERED, REVERSAL
from pharmacy_app.demo.state import Year
from pharmacy_app.domain.expiry import is_expired


def administer(year: Year, s: int, i: int) -> list[tuple[int, int]]:
    """Register the day's vaccinations at site ``s``; the opened vials' leftovers as
    (lot, doses)."""
    rng, day, ledger = year.rng, year.days[i], year.ledger
    incidents = year.incidents
    site = year.sites[s]
    code = site.spec.code
    clock = rng.randint(CONSUMPTION[0], 15 * HOUR)
    leftovers: list[tuple[int, int]] = []
    ref = f"DAG-{day:%Y%m%d}"
    for p in site.products:
        prod = year.products[p]
        n = year.demand.doses(s, p, i)
        if n <= 0:
            continue
        entries = [e for e in ledger.entries(code, p) if not is_expired(e[0], day)]
        available = sum(e[2] for e in entries)
        dpu = prod.doses_per_unit
        if prod.multi_dose and rng.random() < 0.65:
            # Appointments are booked to empty whole vials.
            low = n - n % dpu
            n = low + dpu if (n % dpu >= dpu / 2 or low == 0) and low + dpu <= available else low
        n = min(n, available)
        if n <= 0:
            continue
        user = rng.choice(site.users)
        at = at_phase(day, clock, CONSUMPTION)
        clock += rng.randint(60, 240)
        if (
            not incidents.admin_fixed
            and i >= incidents.admin_fix_day
            and len(entries) >= 2
            and entries[1][2] >= n
            and n <= entries[0][2]
        ):
            # Registered on the wrong lot, reversed, and registered again on the right one.
            incidents.admin_fixed = True
            wrong = ledger.move(
                ADMINISTER,
                entries[1][1],
                code,
                ADMINISTERED,
                n,
                at,
                user,
                delay=rng.randint(0, 900),
                reference=ref,
            )
            at = min(
                at + timedelta(seconds=rng.randint(600, 1500)),
                at_phase(day, CONSUMPTION[1], CONSUMPTION),
            )
            ledger.move(
                REVERSAL,
                entries[1][1],
                ADMINISTERED,
                code,
                n,
                at,
                user,
                delay=rng.randint(0, 60),
                reference=ref,
                note="Registreret på forkert batch",
                reverses=wrong,
            )
            at = min(at + timedelta(seconds=60), at_phase(day, CONSUMPTION[1], CONSUMPTION))
            clock = max(clock, int((at - local_time(day, 0)).total_seconds()) + 60)
        given = year.given.setdefault((s, p), [0] * year.n_days)
        given[i] += n
        remaining = n
        last_lot, last_given = -1, 0
        for _use_by, lot, doses in entries:
            if remaining <= 0:
                break
            give = min(doses, remaining)
            if give <= 0:
                continue
            for group, part, when in _registrations(year, p, give, day, at):
                ledger.move(
                    ADMINISTER,
                    lot,
                    code,
                    ADMINISTERED,
                    part,
                    when,
                    user,
                    delay=rng.randint(0, 5400),
                    reference=ref,
                    target_group=group,
                )
            remaining -= give
            last_lot, last_given = lot, give
        if prod.multi_dose and last_given % dpu:
            leftovers.append((last_lot, dpu - last_given % dpu))
    return leftovers


# The large demo registers doses per target group, in the catalogue's order for the
# product; the first group (mostly 65+) gets the most.  A busy site registers a group's
# doses after each session, up to four a day, spread over the rest of the afternoon.
_GROUP_WEIGHTS = (0.45, 0.25, 0.2, 0.1)
SESSION_DOSES = 4  # a session's registration holds about this many doses of a group
MAX_SESSIONS = 4


def _registrations(
    year: Year, p: int, doses: int, day: date, at: datetime
) -> list[tuple[str | None, int, datetime]]:
    """``doses`` of one lot as registered: (target group, doses, when).  One unnamed
    registration when the year does not register target groups."""
    groups = year.target_groups.get(p, ())
    if not groups:
        return [(None, doses, at)]
    weights = [_GROUP_WEIGHTS[min(k, len(_GROUP_WEIGHTS) - 1)] for k in range(len(groups))]
    total = sum(weights)
    parts = [int(doses * w / total) for w in weights]
    parts[year.rng.randrange(len(parts))] += doses - sum(parts)
    out: list[tuple[str | None, int, datetime]] = []
    for group, part in zip(groups, parts, strict=True):
        sessions = min(MAX_SESSIONS, 1 + part // SESSION_DOSES)
        step = (at_phase(day, CONSUMPTION[1], CONSUMPTION) - at) / sessions
        for k in range(sessions):
            n = part // sessions + (k < part % sessions)
            if n > 0:
                out.append((group, n, at + step * k))
    return out
