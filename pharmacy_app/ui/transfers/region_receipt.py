"""Receive stock another region sent: choose its shipment file, and book it.

The file is read (no more than a shipment file can be), its signature checked and the
lot booked once, all on the writer thread; what was received, or why it was refused, is
said in the page's strip.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from pharmacy_app.services.stock import Posted
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.status_strip import StatusStrip
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import transfers as transfer_ops


class RegionReceipt(QObject):
    """Receiving from another region, for ``parent`` (a page) that answers in ``strip``."""

    def __init__(self, ops: Operations, strip: StatusStrip, parent: QWidget):
        super().__init__(parent)
        self._ops = ops
        self._strip = strip
        self._parent = parent

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Receive from another region"),
            "",
            self.tr("Shipment files (*.json);;All files (*)"),
        )
        if path:
            self.receive_file(Path(path))

    def receive_file(self, path: Path) -> None:
        def done(posted: Posted) -> None:
            self._strip.show_ok(
                self.tr("Received from another region: %1 doses of %2, batch %3")
                .replace("%1", fmt.integer(posted.doses))
                .replace("%2", posted.product)
                .replace("%3", posted.batch)
            )

        transfer_ops.receive_from_region(self._parent, path).success(done).failure(self._strip.show_failure).run(
            self._ops, self.tr("Receiving the shipment…")
        )
