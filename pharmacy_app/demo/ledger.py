"""The simulation's stock and ledger, kept together so that they always agree.

Every change of stock is a :meth:`Ledger.move`, which takes the doses from the source
(refusing to go below zero: :class:`PlanError`) and records the movement.  Stock is
kept per location and product as ``[use_by, lot, doses]`` entries sorted by use-by, so
FEFO is reading the list from the front.  Only the pharmacy and the sites hold stock;
SSI, "administered" and "wasted" are the ledger's outside.
"""

from __future__ import annotations

import bisect
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from pharmacy_app.demo.people import batch_number
from pharmacy_app.demo.plan import PlanError, PlannedMovement, ProductSpec
from pharmacy_app.domain.types import MovementKind, VirtualLocation

SSI = VirtualLocation.SSI.value
ADMINISTERED = VirtualLocation.ADMINISTERED.value
WASTED = VirtualLocation.WASTED.value

RECEIPT = MovementKind.RECEIPT.value
TRANSFER = MovementKind.TRANSFER.value
ADMINISTER = MovementKind.ADMINISTER.value
DISCARD = MovementKind.DISCARD.value
REVERSAL = MovementKind.REVERSAL.value

# [use_by, lot, doses]: a list so that doses can change in place and the list stay sorted.
Entry = list[Any]


@dataclass
class Lot:
    product: int
    batch: str
    expiry: date
    created_at: datetime
    first_day: date


class Ledger:
    def __init__(
        self,
        products: Sequence[ProductSpec],
        holders: frozenset[str],
        taken_batches: frozenset[tuple[str, str]],
    ):
        self.products = products
        self.holders = holders
        self.taken = set(taken_batches)  # (varenummer, batch) already in the database
        self.lots: list[Lot] = []
        self.moves: list[PlannedMovement] = []
        # location -> product -> [[use_by, lot, doses], ...] sorted by (use_by, lot)
        self.stock: dict[str, dict[int, list[Entry]]] = {
            code: {p: [] for p in range(len(products))} for code in sorted(holders)
        }
        self.counters: dict[tuple[str, int], int] = {}

    def entries(self, loc: str, p: int) -> list[Entry]:
        """``loc``'s stock of product ``p``, earliest use-by first (the list itself)."""
        return self.stock[loc][p]

    def held(self, loc: str, p: int, min_use_by: date) -> int:
        """Doses of ``p`` at ``loc`` usable until ``min_use_by`` or later."""
        return sum(e[2] for e in self.stock[loc][p] if e[0] >= min_use_by)

    def new_lot(self, rng: random.Random, p: int, day: date, expiry: date, at: datetime) -> int:
        """A lot of product ``p`` with a batch number not used before; its index."""
        prod = self.products[p]
        while True:
            batch = batch_number(rng, prod.manufacturer, day)
            if (prod.varenummer, batch) not in self.taken:
                self.taken.add((prod.varenummer, batch))
                break
        self.lots.append(Lot(p, batch, expiry, at, day))
        return len(self.lots) - 1

    def move(
        self,
        kind: str,
        lot: int,
        src: str,
        dst: str,
        doses: int,
        at: datetime,
        user: str,
        *,
        delay: int = 0,
        reference: str = "",
        reason: str | None = None,
        note: str = "",
        reverses: int | None = None,
        target_group: str | None = None,
    ) -> int:
        """Move ``doses`` of ``lot`` from ``src`` to ``dst`` at ``at``, recorded ``delay``
        seconds later; the movement's sequence number."""
        if doses <= 0:
            raise PlanError(f"{kind} of {doses} doses")
        if src in self.holders:
            self._take(src, lot, doses)
        if dst in self.holders:
            self._add(dst, lot, doses)
        seq = len(self.moves)
        self.moves.append(
            PlannedMovement(
                seq=seq,
                kind=kind,
                lot=lot,
                from_code=src,
                to_code=dst,
                doses=doses,
                occurred_at=at,
                recorded_at=at + timedelta(seconds=delay),
                user_name=user,
                reference=reference,
                reason_code=reason,
                note=note,
                reverses_seq=reverses,
                target_group=target_group,
            )
        )
        return seq

    def number(self, prefix: str, day: date, width: int) -> str:
        """The next document number of the year: ``KAS-2026-0042``."""
        key = (prefix, day.year)
        self.counters[key] = self.counters.get(key, 0) + 1
        return f"{prefix}-{day.year}-{self.counters[key]:0{width}d}"

    def _add(self, loc: str, lot: int, doses: int) -> None:
        info = self.lots[lot]
        entries = self.stock[loc][info.product]
        for entry in entries:
            if entry[1] == lot:
                entry[2] += doses
                return
        bisect.insort(entries, [info.expiry, lot, doses])

    def _take(self, loc: str, lot: int, doses: int) -> None:
        entries = self.stock[loc][self.lots[lot].product]
        for k, entry in enumerate(entries):
            if entry[1] == lot:
                if entry[2] < doses:
                    raise PlanError(f"{loc} has {entry[2]} doses of lot {lot}, {doses} taken")
                entry[2] -= doses
                if entry[2] == 0:
                    del entries[k]
                return
        raise PlanError(f"{loc} has no lot {lot}")
