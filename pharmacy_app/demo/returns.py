"""Returns from the sites and cold-chain failures (08:55-09:29 on a pharmacy day).

A site on a planned cold-chain failure day (:mod:`.incidents`) discards all it holds.
Out of season a temporary site hands its stock back and closes (expired stock is
discarded).  On a delivery day a site holding far more than it will use returns the
excess that keeps at least 30 days, latest use-by first.
"""

from __future__ import annotations

from pharmacy_app.demo.days import RETURNS, at_phase, in_season
from pharmacy_app.demo.ledger import DISCARD, TRANSFER, WASTED
from pharmacy_app.demo.state import Year
from pharmacy_app.domain.expiry import is_expired

COLD_CHAIN_NOTES = (
    "Køleskab målt til 14 °C ved morgenkontrol",
    "Strømsvigt i weekenden, temperaturlogger over 8 °C",
)
COLD_CHAIN_NOTES_MOBILE = ("Kølekasse uden køleelementer under udkørsel",)


def returns(year: Year, i: int) -> None:
    rng, day, ledger = year.rng, year.days[i], year.ledger
    clock = RETURNS[0]
    for s, site in enumerate(year.sites):
        code = site.spec.code
        user = site.users[0]
        if year.incidents.cold_chain.get(i) == s and year.open[s][i]:
            mobile = site.spec.kind_code == "mobile"
            note = rng.choice(COLD_CHAIN_NOTES_MOBILE if mobile else COLD_CHAIN_NOTES)
            ref = ledger.number("KAS", day, 4)
            for p in site.products:
                for _use_by, lot, doses in list(ledger.entries(code, p)):
                    ledger.move(
                        DISCARD,
                        lot,
                        code,
                        WASTED,
                        doses,
                        at_phase(day, clock, RETURNS),
                        user,
                        delay=rng.randint(0, 1800),
                        reference=ref,
                        reason="TEMPERATURSVIGT",
                        note=note,
                    )
                    clock += 15
        closing = site.spec.kind_code == "temporary" and not in_season(day)
        scheduled = year.scheduled(s, i)
        if not closing and not (scheduled and year.open[s][i]):
            continue
        ref = ""
        for p in site.products:
            prod = year.products[p]
            entries = ledger.entries(code, p)
            if not entries:
                continue
            if closing:
                for use_by, lot, doses in list(entries):
                    at = at_phase(day, clock, RETURNS)
                    clock += rng.randint(5, 20)
                    if is_expired(use_by, day):
                        ledger.move(
                            DISCARD,
                            lot,
                            code,
                            WASTED,
                            doses,
                            at,
                            user,
                            delay=rng.randint(0, 900),
                            reference=ledger.number("KAS", day, 4),
                            reason="UDLOEBET",
                        )
                    else:
                        ref = ref or ledger.number("RET", day, 4)
                        ledger.move(
                            TRANSFER,
                            lot,
                            code,
                            year.pharmacy,
                            doses,
                            at,
                            user,
                            delay=rng.randint(0, 600),
                            reference=ref,
                            note="Retur ved sæsonafslutning",
                        )
                continue
            target = year.demand.expected(s, p, i, max(site.spec.cover_days, 9)) * 1.1
            held = ledger.held(code, p, day)
            if held <= 3 * target + prod.doses_per_pack:
                continue
            excess_units = int((held - 1.5 * target) // prod.doses_per_unit)
            for use_by, lot, doses in sorted(entries, key=lambda e: (e[0], e[1]), reverse=True):
                if excess_units <= 0 or (use_by - day).days < 30:
                    break
                units = min(doses // prod.doses_per_unit, excess_units)
                if units <= 0:
                    continue
                excess_units -= units
                ref = ref or ledger.number("RET", day, 4)
                ledger.move(
                    TRANSFER,
                    lot,
                    code,
                    year.pharmacy,
                    units * prod.doses_per_unit,
                    at_phase(day, clock, RETURNS),
                    user,
                    delay=rng.randint(0, 600),
                    reference=ref,
                    note="Overskud returneret til apoteket",
                )
                clock += rng.randint(5, 20)
