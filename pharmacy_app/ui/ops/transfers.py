"""Moving stock between sites, back to the pharmacy, and to or from another region."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from pharmacy_app.domain.changes import changes_of
from pharmacy_app.services import transfers
from pharmacy_app.services.stock import Posted
from pharmacy_app.services.transfers import RegionShipment
from pharmacy_app.ui.ops.service_op import ServiceOp


def transfer_between_sites(
    parent: QWidget, *, lot_id: int, from_code: str, to_code: str, doses: int, note: str
) -> ServiceOp[Posted]:
    return ServiceOp.call(
        parent,
        transfers.transfer_between_sites,
        lot_id=lot_id,
        from_code=from_code,
        to_code=to_code,
        doses=doses,
        note=note,
    )


def return_to_pharmacy(parent: QWidget, *, lot_id: int, from_code: str, doses: int, note: str) -> ServiceOp[Posted]:
    return ServiceOp.call(
        parent, transfers.return_to_pharmacy, lot_id=lot_id, from_code=from_code, doses=doses, note=note
    )


def send_to_region(
    parent: QWidget, *, lot_id: int, doses: int, region_code: str, reference: str, note: str
) -> ServiceOp[RegionShipment]:
    return ServiceOp.call(
        parent,
        transfers.send_to_region,
        lot_id=lot_id,
        doses=doses,
        region_code=region_code,
        reference=reference,
        note=note,
    )


def receive_from_region(parent: QWidget, path: Path) -> ServiceOp[Posted]:
    """Read the shipment file and receive it, both on the writer thread."""
    return ServiceOp(
        parent,
        lambda app: transfers.receive_from_region(app, transfers.read_shipment_file(path)),
        changes_of(transfers.receive_from_region),
    )
