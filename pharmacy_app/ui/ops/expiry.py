"""The Expiry page's writes: accepting a proposal, sending to a region, recalls, windows.

Exporting the wastage figures or the stock-outs writes a file only (``Change.NONE``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QWidget

from pharmacy_app.domain.changes import changes_of
from pharmacy_app.services import expiry, exports, rebalance, recall
from pharmacy_app.services.rebalance import ProposalView
from pharmacy_app.services.recall import RecallView
from pharmacy_app.services.stock import Posted
from pharmacy_app.services.transfers import RegionShipment
from pharmacy_app.ui.ops.service_op import ServiceOp


def accept_proposal(parent: QWidget, proposal: ProposalView, *, doses: int) -> ServiceOp[Posted]:
    return ServiceOp.call(parent, rebalance.accept, proposal, doses=doses)


def send_proposal_to_region(
    parent: QWidget, proposal: ProposalView, *, region_code: str, reference: str, doses: int, note: str
) -> ServiceOp[RegionShipment]:
    return ServiceOp.call(
        parent, rebalance.accept_to_region, proposal, region_code=region_code, reference=reference, doses=doses, note=note
    )


def recall_lot(parent: QWidget, lot_id: int, reason: str) -> ServiceOp[RecallView]:
    return ServiceOp.call(parent, recall.recall_lot, lot_id, reason)


def save_expiry_windows(parent: QWidget, windows: Sequence[int]) -> ServiceOp[tuple[int, ...]]:
    return ServiceOp.call(parent, expiry.save_expiry_windows, windows)


def export_table(
    parent: QWidget, path: Path, header: Sequence[str], rows: Sequence[Sequence[object]], sheet: str
) -> ServiceOp[int]:
    """Write a tab's rows to a .csv or .xlsx file (the sheet named ``sheet``)."""
    return ServiceOp(
        parent, lambda _app: exports.export_table(path, header, rows, sheet), changes_of(exports.export_table)
    )
