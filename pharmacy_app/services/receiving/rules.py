"""What refuses a receipt line, and what only needs confirmation.

A line is refused when its product is not in use, a frozen condition is given for a
product that is never frozen, its batch is known with another expiry, its expiry is
implausible or past its use-by on arrival, or it is held without a reason.  A lot with
less than the product's minimum remaining shelf life is a warning: it is received only
when the user confirms.  Posting checks every line again (:mod:`.posting`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Protocol

from sqlalchemy.orm import Session

from pharmacy_app.db import models as m
from pharmacy_app.domain.errors import Problem
from pharmacy_app.domain.expiry import days_left, effective_use_by, is_expired
from pharmacy_app.domain.limits import implausible_expiry
from pharmacy_app.domain.messages.terms import Term
from pharmacy_app.services.lots import unthawed_lots
from pharmacy_app.services.receiving.views import FRIDGE, FROZEN


class LineFacts(Protocol):
    """What the checks read of a line: a stored one (``m.ReceiptLine``) or one about to
    be written (``drafts.NewLine``)."""

    @property
    def product(self) -> m.Product: ...
    @property
    def batch(self) -> str: ...
    @property
    def expiry(self) -> date: ...
    @property
    def condition(self) -> str: ...
    @property
    def thawed_on(self) -> date | None: ...
    @property
    def hold(self) -> bool: ...
    @property
    def hold_reason(self) -> str: ...


def line_checks(
    session: Session,
    line: LineFacts,
    on: date,
    known_lots: Mapping[tuple[int, str], m.Lot] | None = None,
) -> tuple[list[Problem], list[Problem]]:
    """Problems that refuse a line, and warnings that need confirmation, as of ``on``.

    ``known_lots`` are the known unthawed lots by (product id, batch) when the caller
    looked up those of many lines at once (``services.lots.unthawed_lots``); else the
    line's is looked up here."""
    problems: list[Problem] = []
    warnings: list[Problem] = []
    product = line.product
    if not product.active:
        problems.append(Problem("product_inactive", {"product": product.name}))
    frozen_product = product.frozen_min_c is not None and product.thawed_shelf_life_days is not None
    if (line.condition == FROZEN or line.thawed_on is not None) and not frozen_product:
        problems.append(Problem("not_a_frozen_product", {"product": product.name}))
    if known_lots is None:
        known_lots = unthawed_lots(session, [(product.id, line.batch)])
    known = known_lots.get((product.id, line.batch))
    if known is not None and known.expiry != line.expiry:
        problems.append(
            Problem(
                "lot_expiry_mismatch",
                {
                    "batch": line.batch,
                    "product": product.name,
                    "known": known.expiry,
                    "given": line.expiry,
                },
            )
        )
    use_by = use_by_of(line)
    implausible = implausible_expiry(line.expiry, on, batch=line.batch, product=product.name)
    if implausible is not None:
        problems.append(implausible)
    elif is_expired(use_by, on):
        problems.append(expired_on_arrival(line.batch, product.name, use_by, on))
    elif days_left(line.expiry, on) < product.min_remaining_shelf_life_days:
        warnings.append(
            Problem(
                "short_dated",
                {
                    "batch": line.batch,
                    "product": product.name,
                    "expiry": line.expiry,
                    "days": days_left(line.expiry, on),
                    "minimum": product.min_remaining_shelf_life_days,
                },
            )
        )
    if line.hold and not line.hold_reason.strip():
        problems.append(Problem("hold_reason_required", {}))
    return problems, warnings


def expired_on_arrival(batch: str, product: str, use_by: date, on: date) -> Problem:
    """The problem of a lot that arrives after its use-by: it is not received."""
    return Problem(
        "lot_expired",
        {
            "batch": batch,
            "product": product,
            "use_by": use_by,
            "when": on,
            "action": Term.ACTION_RECEIVED,
        },
    )


def use_by_of(line: LineFacts) -> date:
    """The line's use-by: its expiry, or sooner when it arrives thawed."""
    return effective_use_by(line.expiry, line.thawed_on, line.product.thawed_shelf_life_days)


def default_condition(product: m.Product) -> str:
    """How the product arrives unless the line says otherwise: frozen if it can be."""
    return FROZEN if product.frozen_min_c is not None and product.thawed_shelf_life_days else FRIDGE
