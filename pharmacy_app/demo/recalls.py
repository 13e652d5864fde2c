"""Recalls of a batch (the large demo's; at the end of 08:55-09:29 on a pharmacy day).

SSI recalls a batch now and then.  :func:`plan_recalls` picks the mornings before day
one; on such a morning :func:`recall` marks the batch most widely held recalled, every
site holding it sends it back to the pharmacy, and the pharmacy discards all of it with
reason ``TILBAGEKALDT``, as :mod:`pharmacy_app.services.recall` has staff do.  All of it
happens at the end of the returns phase, after that morning's returns, so the
pharmacy's discard follows every dose coming back; from then on the lot holds nothing
anywhere and is never received again.
"""

from __future__ import annotations

from datetime import timedelta

from pharmacy_app.demo.days import RETURNS, at_phase
from pharmacy_app.demo.ledger import DISCARD, TRANSFER, WASTED
from pharmacy_app.demo.state import Year
from pharmacy_app.domain.expiry import is_expired

RECALL_REASONS = (
    "SSI tilbagekalder partiet: partikler fundet i hætteglas",
    "SSI tilbagekalder partiet: afvigelse i temperaturlog under transport",
    "SSI tilbagekalder partiet: fejl i etikettering af udløbsdato",
)
RECALL_NOTE = "Tilbagekaldt parti returneret til apoteket"
MIN_HOLDERS = 3  # a batch worth recalling is spread over at least this many sites


def plan_recalls(year: Year, count: int) -> frozenset[int]:
    """``count`` pharmacy days spread over the period, none in its first month."""
    days = [i for i in range(30, year.n_days) if year.pharmacy_open(i)]
    if not days or count <= 0:
        return frozenset()
    step = len(days) / count
    return frozenset(
        days[min(int(k * step + year.rng.uniform(0, step)), len(days) - 1)] for k in range(count)
    )


def recall(year: Year, i: int) -> None:
    """Recall the batch held by most sites (unexpired, at the pharmacy too): mark it,
    bring it back from every site and discard it at the pharmacy."""
    rng, day, ledger = year.rng, year.days[i], year.ledger
    holders: dict[int, list[tuple[str, int]]] = {}
    for code, by_product in ledger.stock.items():
        for entries in by_product.values():
            for use_by, lot, doses in entries:
                if not is_expired(use_by, day):
                    holders.setdefault(lot, []).append((code, doses))
    candidates = [
        lot
        for lot, held in holders.items()
        if len(held) > MIN_HOLDERS and any(code == year.pharmacy for code, _ in held)
    ]
    if not candidates:
        return
    lot = max(candidates, key=lambda k: (len(holders[k]), k))
    at = at_phase(day, RETURNS[1], RETURNS)
    pharmacist = year.pharmacist()
    year.recalled[lot] = (at - timedelta(minutes=30), pharmacist, rng.choice(RECALL_REASONS))
    product = ledger.lots[lot].product
    if year.last_lot.get(product) == lot:
        del year.last_lot[product]  # a recalled batch is never received again
    back = ledger.number("RET", day, 4)
    held = dict(holders[lot])
    for site in year.sites:
        doses = held.get(site.spec.code, 0)
        if doses:
            ledger.move(
                TRANSFER,
                lot,
                site.spec.code,
                year.pharmacy,
                doses,
                at,
                site.users[0],
                delay=rng.randint(600, 7200),
                reference=back,
                note=RECALL_NOTE,
            )
    total = sum(doses for _use_by, k, doses in ledger.entries(year.pharmacy, product) if k == lot)
    ledger.move(
        DISCARD,
        lot,
        year.pharmacy,
        WASTED,
        total,
        at,
        pharmacist,
        delay=rng.randint(7200, 10800),
        reference=ledger.number("KAS", day, 4),
        reason="TILBAGEKALDT",
    )
