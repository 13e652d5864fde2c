"""Wastage: the pharmacy's (08:20-08:50) and the sites' (16:30-17:45).

The pharmacy clears its expired stock on its first working day of the week, and now and
then breaks a vial.  A site discards the leftovers of the vials it opened that day,
clears expired stock on its weekly clinic day, and now and then breaks a vial or loses a
dose for another reason (with a note, which "other" requires).
"""

from __future__ import annotations

from pharmacy_app.demo.days import PHARMACY_DISCARDS, SITE_WASTE, at_phase
from pharmacy_app.demo.ledger import DISCARD, WASTED
from pharmacy_app.demo.state import Year
from pharmacy_app.domain.expiry import is_expired

BREAKAGE_NOTES = ("Tabt på gulvet", "Beskadiget ved udpakning", "Knust i køleskabet")
OTHER_NOTES = (  # a single dose
    "Dosis trukket op, borgeren udeblev",
    "Borgeren besvimede, dosis spildt",
    "Pakning uden kanyle, kasseret efter aftale med apoteket",
)
OTHER_NOTES_VIAL = (  # a whole multi-dose vial
    "Hætteglas forurenet ved optræk",
    "Anbrudt hætteglas uden dato og klokkeslæt",
)


def pharmacy_discards(year: Year, i: int) -> None:
    rng, day, ledger = year.rng, year.days[i], year.ledger
    clock = rng.randint(PHARMACY_DISCARDS[0], PHARMACY_DISCARDS[0] + 600)
    user = year.pharmacist()
    for p in range(len(year.products)):
        for use_by, lot, doses in list(ledger.entries(year.pharmacy, p)):
            if year.expiry_round(i) and is_expired(use_by, day):
                ledger.move(
                    DISCARD,
                    lot,
                    year.pharmacy,
                    WASTED,
                    doses,
                    at_phase(day, clock, PHARMACY_DISCARDS),
                    user,
                    delay=rng.randint(0, 1200),
                    reference=ledger.number("KAS", day, 4),
                    reason="UDLOEBET",
                )
                clock += rng.randint(20, 90)
    if rng.random() < 0.04:
        live = [
            (p, e) for p in range(len(year.products)) for e in ledger.entries(year.pharmacy, p)
            if not is_expired(e[0], day)
        ]  # fmt: skip
        if live:
            p, entry = rng.choice(live)
            ledger.move(
                DISCARD,
                entry[1],
                year.pharmacy,
                WASTED,
                year.products[p].doses_per_unit,
                at_phase(day, clock, PHARMACY_DISCARDS),
                user,
                delay=rng.randint(0, 600),
                reference=ledger.number("KAS", day, 4),
                reason="BRUD",
                note=rng.choice(BREAKAGE_NOTES),
            )


def site_waste(year: Year, s: int, i: int, leftovers: list[tuple[int, int]]) -> None:
    """Site ``s``'s end of day: the opened vials' ``leftovers`` (lot, doses), its weekly
    expiry round, and now and then a broken or lost dose."""
    rng, day, ledger = year.rng, year.days[i], year.ledger
    site = year.sites[s]
    code = site.spec.code
    clock = rng.randint(SITE_WASTE[0], SITE_WASTE[0] + 900)
    user = site.users[-1]
    for lot, doses in leftovers:
        ledger.move(
            DISCARD,
            lot,
            code,
            WASTED,
            doses,
            at_phase(day, clock, SITE_WASTE),
            user,
            delay=rng.randint(0, 900),
            reason="ANBRUDT_HETTEGLAS",
        )
        clock += rng.randint(10, 60)
    for p in site.products:
        for use_by, lot, doses in list(ledger.entries(code, p)):
            if day.weekday() == site.clinic_weekday and is_expired(use_by, day):
                ledger.move(
                    DISCARD,
                    lot,
                    code,
                    WASTED,
                    doses,
                    at_phase(day, clock, SITE_WASTE),
                    user,
                    delay=rng.randint(0, 1800),
                    reference=ledger.number("KAS", day, 4),
                    reason="UDLOEBET",
                )
                clock += rng.randint(10, 60)
    roll = rng.random()
    if roll < 0.012 or roll > 0.995:
        live = [
            (p, e) for p in site.products for e in ledger.entries(code, p)
            if not is_expired(e[0], day) and e[2] >= year.products[p].doses_per_unit
        ]  # fmt: skip
        if live:
            p, entry = rng.choice(live)
            if roll < 0.012:
                reason, note = "BRUD", rng.choice(BREAKAGE_NOTES)
            else:
                vial = year.products[p].multi_dose
                reason, note = "ANDET", rng.choice(OTHER_NOTES_VIAL if vial else OTHER_NOTES)
            ledger.move(
                DISCARD,
                entry[1],
                code,
                WASTED,
                year.products[p].doses_per_unit,
                at_phase(day, clock, SITE_WASTE),
                user,
                delay=rng.randint(0, 900),
                reference=ledger.number("KAS", day, 4),
                reason=reason,
                note=note,
            )
