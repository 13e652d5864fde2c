"""Move stock: from a site to another site, from a site back to the pharmacy, or from the
pharmacy to another region's pharmacy (which writes the shipment file that goes with the
goods).  Each tab picks a location, one of its lots that can be moved, and the doses.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.services import reference, transfers
from pharmacy_app.services.app import App
from pharmacy_app.services.reference import LocationInfo, RegionInfo
from pharmacy_app.services.stock import Posted
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.async_dialog import ServiceDialog, alive
from pharmacy_app.ui.common.problem_list import ProblemList
from pharmacy_app.ui.common.widgets import hint_label
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import transfers as transfer_ops
from pharmacy_app.ui.ops.service_op import ServiceOp
from pharmacy_app.ui.transfers.shipment_file import save_shipment_file
from pharmacy_app.ui.transfers.stock_picker import StockPicker

SITE_TO_SITE, TO_PHARMACY, TO_REGION = range(3)


class TransferDialog(ServiceDialog):
    """Move stock: site to site, a site back to the pharmacy, or to another region."""

    done_value = Signal(str)  # what was done, for the page's strip

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self._home: str | None = None
        self._region: str | None = None
        self.setWindowTitle(self.tr("Transfer or return stock"))
        self.setObjectName("transferDialog")
        self.setMinimumWidth(680)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("transferTabs")
        # Site to site
        self.site_from = StockPicker(ops)
        self.site_to = QComboBox()
        self.site_to.setObjectName("transferTo")
        self.site_note = QLineEdit()
        self.site_note.setMaxLength(200)
        self.site_note.setPlaceholderText(self.tr("Why, e.g. rebalancing before expiry"))
        page1 = QWidget()
        f1 = QFormLayout(page1)
        f1.addRow(hint_label(self.tr("Move doses of one lot from one site to another; both are in this region.")))
        f1.addRow(self.tr("From"), self.site_from.location_combo)
        f1.addRow(self.tr("Lot"), self.site_from.lot_combo)
        f1.addRow(self.tr("Doses"), self.site_from.doses_spin)
        f1.addRow(self.tr("To"), self.site_to)
        f1.addRow(self.tr("Note"), self.site_note)
        self.tabs.addTab(page1, self.tr("Site to site"))
        # Back to the pharmacy
        self.return_from = StockPicker(ops)
        self.return_note = QLineEdit()
        self.return_note.setMaxLength(200)
        self.return_note.setPlaceholderText(self.tr("Why, e.g. the site closes for the season"))
        page2 = QWidget()
        f2 = QFormLayout(page2)
        f2.addRow(hint_label(self.tr("Return doses a site does not need to the pharmacy, where they can be picked again.")))
        f2.addRow(self.tr("From"), self.return_from.location_combo)
        f2.addRow(self.tr("Lot"), self.return_from.lot_combo)
        f2.addRow(self.tr("Doses"), self.return_from.doses_spin)
        f2.addRow(self.tr("Note"), self.return_note)
        self.tabs.addTab(page2, self.tr("Back to the pharmacy"))
        # To another region
        self.region_from = StockPicker(ops)
        self.region_combo = QComboBox()
        self.region_combo.setObjectName("toRegion")
        self.region_reference = QLineEdit()
        self.region_reference.setObjectName("regionReference")
        self.region_reference.setMaxLength(100)
        self.region_reference.setPlaceholderText(self.tr("Required: the agreement or order number"))
        self.region_note = QLineEdit()
        self.region_note.setMaxLength(200)
        page3 = QWidget()
        f3 = QFormLayout(page3)
        f3.addRow(
            hint_label(
                self.tr(
                    "Send doses from the pharmacy to another region's pharmacy. The app writes a "
                    "shipment file (JSON) with the lot and its history: save it and send it with the "
                    "goods; the other pharmacy receives it with Receive from another region."
                )
            )
        )
        f3.addRow(self.tr("From"), self.region_from.location_combo)
        f3.addRow(self.tr("Lot"), self.region_from.lot_combo)
        f3.addRow(self.tr("Doses"), self.region_from.doses_spin)
        f3.addRow(self.tr("To region"), self.region_combo)
        f3.addRow(self.tr("Reference"), self.region_reference)
        f3.addRow(self.tr("Note"), self.region_note)
        self.tabs.addTab(page3, self.tr("To another region"))

        self.problems = ProblemList()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("transferButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

        for picker in (self.site_from, self.return_from, self.region_from):
            picker.changed.connect(self._refresh)
        self.region_reference.textChanged.connect(lambda _t: self._refresh())
        self.tabs.currentChanged.connect(lambda _i: self._refresh())
        self._refresh()
        ops.query(_transfer_choices, alive(self, self._choices_arrived), parent=self)

    def _choices_arrived(self, choices: tuple[list[LocationInfo], list[RegionInfo], str | None]) -> None:
        locations, regions, home = choices
        self._home = home
        sites = [loc for loc in locations if loc.kind_code not in ("pharmacy", "quarantine")]
        pharmacies = [loc for loc in locations if loc.kind_code == "pharmacy"]
        pharmacies.sort(key=lambda loc: loc.code != home)
        home_region = next((loc.region_code for loc in locations if loc.code == home), None)
        self._region = home_region
        self.site_from.set_locations(sites)
        self.return_from.set_locations(sites)
        self.region_from.set_locations([p for p in pharmacies if p.code == home] or pharmacies)
        with QSignalBlocker(self.site_to):
            self.site_to.clear()
            for loc in sites:
                self.site_to.addItem(f"{loc.name} ({loc.code})", loc.code)
            if self.site_to.count() > 1:
                self.site_to.setCurrentIndex(1)
        with QSignalBlocker(self.region_combo):
            self.region_combo.clear()
            for region in regions:
                if region.code != home_region:
                    self.region_combo.addItem(f"{region.name} ({region.code})", region.code)
        self._refresh()

    def _refresh(self) -> None:
        tab = self.tabs.currentIndex()
        texts = {SITE_TO_SITE: self.tr("Transfer"), TO_PHARMACY: self.tr("Return"), TO_REGION: self.tr("Send…")}
        self.ok_button.setText(texts.get(tab, self.tr("Transfer")))
        picker = self._picker()
        ok = picker.lot() is not None and picker.doses() > 0
        if tab == SITE_TO_SITE:
            loc = picker.location()
            ok = ok and self.site_to.currentData() is not None and (loc is None or self.site_to.currentData() != loc.code)
        if tab == TO_REGION:
            ok = ok and bool(self.region_reference.text().strip()) and self.region_combo.currentData() is not None
        self.ok_button.setEnabled(ok and not self._busy)

    def _picker(self) -> StockPicker:
        return (self.site_from, self.return_from, self.region_from)[max(0, self.tabs.currentIndex())]

    def submit(self) -> None:
        if self._busy or not self.ok_button.isEnabled():
            return
        tab = self.tabs.currentIndex()
        picker = self._picker()
        lot, loc, doses = picker.lot(), picker.location(), picker.doses()
        if lot is None or loc is None:
            return
        lot_id, from_code = lot.lot_id, loc.code
        if tab == SITE_TO_SITE:
            to_code = str(self.site_to.currentData())
            note = self.site_note.text().strip()
            to_name = self.site_to.currentText()

            # The writes differ in their result: a Posted, or to a region the RegionShipment.
            op: ServiceOp[Any] = transfer_ops.transfer_between_sites(
                self, lot_id=lot_id, from_code=from_code, to_code=to_code, doses=doses, note=note
            )

            said = (
                self.tr("%1 doses of batch %2 moved from %3 to %4")
                .replace("%1", fmt.integer(doses))
                .replace("%2", lot.batch)
                .replace("%3", loc.name)
                .replace("%4", to_name)
            )
        elif tab == TO_PHARMACY:
            note = self.return_note.text().strip()

            op = transfer_ops.return_to_pharmacy(self, lot_id=lot_id, from_code=from_code, doses=doses, note=note)

            said = (
                self.tr("%1 doses of batch %2 returned from %3 to the pharmacy")
                .replace("%1", fmt.integer(doses))
                .replace("%2", lot.batch)
                .replace("%3", loc.name)
            )
        else:
            region = str(self.region_combo.currentData())
            ref = self.region_reference.text().strip()
            note = self.region_note.text().strip()

            op = transfer_ops.send_to_region(
                self, lot_id=lot_id, doses=doses, region_code=region, reference=ref, note=note
            )

            said = (
                self.tr("%1 doses of batch %2 sent to region %3")
                .replace("%1", fmt.integer(doses))
                .replace("%2", lot.batch)
                .replace("%3", self.region_combo.currentText())
            )

        def success(result: Posted | transfers.RegionShipment) -> None:
            self.problems.show_problems([])
            picker.load_lots()
            self._refresh()
            if tab == TO_REGION and isinstance(result, transfers.RegionShipment):
                self.save_shipment(result)
            self.done_value.emit(said)

        self.run_op(op, success, self.tr("Moving the stock…"), close=False)

    def save_shipment(self, shipment: transfers.RegionShipment) -> Path | None:
        """Save the shipment's JSON document where the user says (it goes with the goods)."""
        return save_shipment_file(self, shipment, self.problems)


def _transfer_choices(app: App) -> tuple[list[LocationInfo], list[RegionInfo], str | None]:
    return (
        reference.list_locations(app, real_only=True, active_only=True),
        reference.list_regions(app),
        reference.read_settings(app).home_location_code,
    )
