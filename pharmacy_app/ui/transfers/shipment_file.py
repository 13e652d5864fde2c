"""Saving the shipment file (lot passport) of stock sent to another region.

Used by the Distribution page's transfer dialog and the Expiry page's "Send to another
region" dialog.  The texts keep the transfer dialog's translation context.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from pharmacy_app.services.transfers import RegionShipment
from pharmacy_app.ui.common.problem_list import ProblemList


def save_shipment_file(
    parent: QWidget,
    shipment: RegionShipment,
    problems: ProblemList,
    target: str | Path | None = None,
) -> Path | None:
    """Write ``shipment.document`` (a ``transfers.RegionShipment``) to ``target``, or where
    the user says (the suggested name is the shipment's).  Returns where it was saved;
    ``None`` when the user cancelled (a warning says the other region needs the file) or
    the file could not be written (said in ``problems``)."""
    if target is None:
        name, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("TransferDialog", "Save the shipment file"),
            shipment.file_name,
            QCoreApplication.translate("TransferDialog", "Shipment files (*.json)"),
        )
        if not name:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("TransferDialog", "Shipment file not saved"),
                QCoreApplication.translate(
                    "TransferDialog",
                    "The stock has left the pharmacy, but its shipment file was not saved. "
                    "The other region needs it to receive the lot with its history.",
                ),
                QMessageBox.StandardButton.Ok,
                parent,
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.setObjectName("shipmentNotSaved")
            box.open()
            return None
        target = name
    path = Path(target)
    if path.suffix.lower() != ".json":
        path = path.with_suffix(".json")
    try:
        path.write_bytes(shipment.document)
    except OSError as err:
        problems.show_problems(
            [
                QCoreApplication.translate(
                    "TransferDialog", "The shipment file could not be saved: %1"
                ).replace("%1", str(err))
            ]
        )
        return None
    return path
