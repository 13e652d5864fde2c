"""Writes on stock on hand: discarding, releasing from quarantine, thawing, clearing
expired, returning to SSI, reversing one mistaken movement from a lot's history.

The receiving services (release, thaw) and the return to SSI are imported when used: the
Stock page imports this module as the window starts, the receiving package brings the
GS1 scanner's parser with it and the return its PDF writer.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from pharmacy_app.services import stock, waste
from pharmacy_app.services.stock import Posted
from pharmacy_app.ui.ops.service_op import ServiceOp

if TYPE_CHECKING:
    from pharmacy_app.services.ssi_return import ReturnView


def discard(
    parent: QWidget,
    *,
    lot_id: int,
    location_code: str,
    doses: int,
    reason_code: str,
    note: str,
    closed_month_reason: str | None = None,
) -> ServiceOp[Posted]:
    return ServiceOp.call(
        parent,
        stock.discard,
        lot_id=lot_id,
        location_code=location_code,
        doses=doses,
        reason_code=reason_code,
        note=note,
        closed_month_reason=closed_month_reason,
    )


def reverse_one(
    parent: QWidget, movement_id: int, reason: str, *, closed_month_reason: str | None = None
) -> ServiceOp[int]:
    return ServiceOp.call(
        parent, stock.reverse_one, movement_id, reason, closed_month_reason=closed_month_reason
    )


def discard_expired(parent: QWidget, items: Sequence[tuple[int, str]]) -> ServiceOp[list[Posted]]:
    return ServiceOp.call(parent, waste.discard_expired, items)


def release(parent: QWidget, *, lot_id: int, quarantine_code: str, doses: int, note: str) -> ServiceOp[Posted]:
    from pharmacy_app.services.receiving import quarantine

    return ServiceOp.call(
        parent, quarantine.release, lot_id=lot_id, quarantine_code=quarantine_code, doses=doses, note=note
    )


def thaw(parent: QWidget, *, lot_id: int, location_code: str, doses: int) -> ServiceOp[Posted]:
    from pharmacy_app.services.receiving import thawing

    return ServiceOp.call(parent, thawing.thaw, lot_id=lot_id, location_code=location_code, doses=doses)


def return_to_ssi(
    parent: QWidget,
    *,
    target_lot: tuple[str, str, date | None],
    from_code: str,
    doses: int,
    reference: str,
    reason: str,
    closed_month_reason: str | None = None,
) -> ServiceOp[ReturnView]:
    """Send doses of one lot ((varenummer, batch, thawed on)) back to SSI."""
    from pharmacy_app.services import ssi_return

    varenummer, batch, thawed_on = target_lot
    line = ssi_return.ReturnLine(varenummer=varenummer, batch=batch, doses=doses, thawed_on=thawed_on)
    return ServiceOp.call(
        parent,
        ssi_return.return_to_ssi,
        reference=reference,
        reason=reason,
        lines=[line],
        from_location=from_code,
        closed_month_reason=closed_month_reason,
    )
