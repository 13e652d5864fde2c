"""The Planning page's writes: recording an expected delivery (SSI's announced delivery
or the pharmacy's own order) and cancelling one that will not come."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from pharmacy_app.services import expected_deliveries
from pharmacy_app.services.expected_deliveries import ExpectedView
from pharmacy_app.ui.ops.service_op import ServiceOp


def add_expected(
    parent: QWidget | None,
    *,
    product: str,
    expected_on: date,
    packs: int | None = None,
    doses: int | None = None,
    reference: str = "",
    source: str = "ssi",
    note: str = "",
) -> ServiceOp[ExpectedView]:
    return ServiceOp.call(
        parent, expected_deliveries.add_expected, product=product, expected_on=expected_on, packs=packs,
        doses=doses, reference=reference, source=source, note=note,
    )  # fmt: skip


def cancel_expected(parent: QWidget | None, expected_id: int, note: str) -> ServiceOp[ExpectedView]:
    return ServiceOp.call(parent, expected_deliveries.cancel_expected, expected_id, note=note)
