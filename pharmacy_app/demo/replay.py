"""The demo ledger replayed against the rules the services enforce, before it is written.

:func:`verify` walks a :class:`~pharmacy_app.demo.plan.Plan` in time order as the
database would hold it and raises :class:`~pharmacy_app.demo.plan.PlanError` at the
first broken rule; :func:`project` sums a ledger into the balances of the locations that
hold stock, as the balance table must equal.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from pharmacy_app.demo.ledger import ADMINISTER, DISCARD, RECEIPT, REVERSAL, TRANSFER
from pharmacy_app.demo.plan import Plan, PlanError, PlannedMovement, ProductSpec
from pharmacy_app.domain.expiry import is_expired
from pharmacy_app.domain.localtime import LOCAL_TZ


def project(
    movements: Sequence[PlannedMovement], holders: frozenset[str]
) -> dict[tuple[str, int], int]:
    """Final balances of the locations that hold stock; zero balances left out."""
    totals: dict[tuple[str, int], int] = {}
    for mv in movements:
        if mv.from_code in holders:
            key = (mv.from_code, mv.lot)
            totals[key] = totals.get(key, 0) - mv.doses
        if mv.to_code in holders:
            key = (mv.to_code, mv.lot)
            totals[key] = totals.get(key, 0) + mv.doses
    return {key: doses for key, doses in sorted(totals.items()) if doses}


def verify(plan: Plan, products: Sequence[ProductSpec]) -> None:
    """Replay the plan in time order and raise :class:`PlanError` on any broken rule:
    a negative balance at any moment, expired stock sent to or given at a site, part of a
    vial moved by the pharmacy, a discard without a reason, a reversal that mirrors nothing."""
    by_key = {p.varenummer: p for p in products}
    holders = frozenset([plan.pharmacy_code] + [s.code for s in plan.sites])
    lot_product = {lot.index: by_key[lot.varenummer] for lot in plan.lots}
    lot_use_by = {lot.index: lot.expiry for lot in plan.lots}
    balance: dict[tuple[str, int], int] = {}
    by_seq: dict[int, PlannedMovement] = {}
    previous: tuple[datetime, int] | None = None
    for mv in plan.movements:
        key_order = (mv.occurred_at, mv.seq)
        if previous is not None and key_order < previous:
            raise PlanError(f"movement {mv.seq} out of time order")
        previous = key_order
        if mv.doses <= 0 or mv.from_code == mv.to_code:
            raise PlanError(
                f"movement {mv.seq}: {mv.doses} doses from {mv.from_code} to {mv.to_code}"
            )
        if mv.recorded_at < mv.occurred_at:
            raise PlanError(f"movement {mv.seq} recorded before it happened")
        product = lot_product[mv.lot]
        on = mv.occurred_at.astimezone(LOCAL_TZ).date()  # the Danish day, as the services count
        expired = is_expired(lot_use_by[mv.lot], on)
        pharmacy_side = plan.pharmacy_code in (mv.from_code, mv.to_code)
        if mv.kind == RECEIPT and mv.doses % product.doses_per_pack:
            raise PlanError(f"receipt {mv.seq} is not whole packs")
        if mv.kind in (TRANSFER, DISCARD) and pharmacy_side and mv.doses % product.doses_per_unit:
            raise PlanError(f"movement {mv.seq} moves part of a vial at the pharmacy")
        if mv.kind == TRANSFER and mv.to_code != plan.pharmacy_code and expired:
            raise PlanError(f"transfer {mv.seq} sends expired stock")
        if mv.kind in (ADMINISTER, RECEIPT) and expired:
            raise PlanError(f"movement {mv.seq} uses expired stock")
        if mv.kind == DISCARD and not mv.reason_code:
            raise PlanError(f"discard {mv.seq} has no reason")
        if mv.reason_code == "ANDET" and not mv.note:
            raise PlanError(f"discard {mv.seq} needs a note")
        if mv.kind == REVERSAL:
            original = by_seq.get(mv.reverses_seq) if mv.reverses_seq is not None else None
            if original is None or (
                original.from_code,
                original.to_code,
                original.lot,
                original.doses,
            ) != (
                mv.to_code,
                mv.from_code,
                mv.lot,
                mv.doses,
            ):
                raise PlanError(f"reversal {mv.seq} does not mirror its original")
        by_seq[mv.seq] = mv
        if mv.from_code in holders:
            key = (mv.from_code, mv.lot)
            balance[key] = balance.get(key, 0) - mv.doses
            if balance[key] < 0:
                raise PlanError(
                    f"{mv.from_code} goes negative on lot {mv.lot} at movement {mv.seq}"
                )
        if mv.to_code in holders:
            key = (mv.to_code, mv.lot)
            balance[key] = balance.get(key, 0) + mv.doses
    if {k: v for k, v in sorted(balance.items()) if v} != plan.balances:
        raise PlanError("final balances differ from the ledger")
