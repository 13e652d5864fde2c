"""Sending stock to another region: for a proposal no site in the region can use in
time.  The coordinator chooses the region and gives the shipment's reference; the doses
leave at once (from a site through the home pharmacy), then the shipment file (the lot
passport, JSON) is saved where the coordinator says, to go with the goods."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.services import rebalance, transfers
from pharmacy_app.services.rebalance import ProposalView
from pharmacy_app.services.reference import RegionInfo
from pharmacy_app.services.transfers import RegionShipment
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.async_dialog import ServiceDialog, alive
from pharmacy_app.ui.common.problem_list import ProblemList
from pharmacy_app.ui.common.table_models import RIGHT
from pharmacy_app.ui.common.widgets import submit_buttons
from pharmacy_app.ui.expiry.proposal_text import lot_label, sentence_label
from pharmacy_app.ui.expiry.tab_parts import note_label
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import expiry as expiry_ops
from pharmacy_app.ui.transfers.shipment_file import save_shipment_file

PHARMACY = rebalance.PHARMACY


class SendToRegionDialog(ServiceDialog):
    """Sends the doses of an ``other_region`` proposal to another region's pharmacy, then
    saves the shipment file (lot passport) that goes with the goods.

    Once sent, the dialog stays open only while the file is not saved: OK then saves it."""

    sent = Signal(object)  # transfers.RegionShipment, once the doses have left
    saved = Signal(object, object)  # the RegionShipment and the Path its file was saved to

    def __init__(
        self,
        ops: Operations,
        proposal: ProposalView,
        parent: QWidget | None = None,
        *,
        save_to: Path | None = None,
    ):
        super().__init__(ops, parent)
        self.proposal = proposal
        self.save_to = save_to
        self.shipment: RegionShipment | None = None  # once sent
        self.saved_path: Path | None = None
        self._regions_loaded = False
        self.setObjectName("sendToRegionDialog")
        self.setWindowTitle(self.tr("Send to another region"))
        self.setMinimumWidth(600)
        p = proposal
        unit = max(1, int(p.unit_doses))

        self.sentence = sentence_label(p, "#f4f1ea", "#d8cfb8")
        route = (
            self.tr("From %1 through the pharmacy to the other region's pharmacy").replace("%1", p.from_name)
            if p.from_kind != PHARMACY
            else self.tr("From the pharmacy to the other region's pharmacy")
        )
        info = lot_label(
            p.product,
            self.tr("Batch %1 · use-by %2").replace("%1", p.batch).replace("%2", fmt.date_text(p.use_by)),
            route,
        )

        self.doses_spin = QSpinBox()
        self.doses_spin.setObjectName("doses")
        self.doses_spin.setRange(min(unit, int(p.doses)), max(1, int(p.doses)))
        self.doses_spin.setSingleStep(unit)
        self.doses_spin.setValue(int(p.doses))
        self.doses_spin.setMinimumWidth(110)
        doses_hint = note_label(
            self.tr("Whole vials of %1 doses; at most the %2 doses proposed.")
            .replace("%1", fmt.integer(unit))
            .replace("%2", fmt.integer(int(p.doses)))
            if unit > 1
            else self.tr("At most the %Ln dose(s) proposed.", None, int(p.doses)),
            "dosesHint",
        )
        doses_hint.setMinimumWidth(260)
        self.region_combo = QComboBox()
        self.region_combo.setObjectName("toRegion")
        self.region_combo.setMinimumWidth(260)
        self.region_combo.setPlaceholderText(self.tr("Loading…"))
        self.reference_edit = QLineEdit(f"REG-{p.batch}-{ops.app.today().isoformat()}")
        self.reference_edit.setObjectName("reference")
        self.reference_edit.setMaxLength(100)
        self.reference_edit.setMinimumWidth(260)
        self.reference_edit.setPlaceholderText(self.tr("Required: the agreement or order number"))
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("note")
        self.note_edit.setMaxLength(200)
        self.note_edit.setMinimumWidth(260)
        self.note_edit.setPlaceholderText(self.tr("Optional, e.g. who agreed to take it"))
        self.problems = ProblemList()

        form = QFormLayout()
        form.setLabelAlignment(RIGHT)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for text, field in (
            (self.tr("&Doses to send"), self.doses_spin),
            (self.tr("To &region"), self.region_combo),
            (self.tr("R&eference"), self.reference_edit),
            (self.tr("&Note"), self.note_edit),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
            if field is self.doses_spin:
                form.addRow("", doses_hint)
        how = note_label(
            self.tr(
                "The doses leave the region at once. Then save the shipment file (JSON, the lot "
                "and its history) and send it with the goods; the other pharmacy receives it with "
                "Receive from another region."
            )
        )

        self.buttons, self.ok_button = submit_buttons(self, self.tr("&Send…"), self.tr("Cancel"), self.submit)
        self.ok_button.setObjectName("sendButton")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.sentence)
        layout.addWidget(info)
        layout.addLayout(form)
        layout.addWidget(how)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

        self.reference_edit.textChanged.connect(lambda _t: self._refresh())
        self.region_combo.currentIndexChanged.connect(lambda _i: self._refresh())
        self._refresh()
        self.doses_spin.setFocus()
        self.doses_spin.selectAll()
        ops.query(transfers.regions_to_send_to, alive(self, self._regions_arrived), parent=self)

    def _regions_arrived(self, regions: list[RegionInfo]) -> None:
        self.region_combo.clear()
        for region in regions:
            self.region_combo.addItem(f"{region.name} ({region.code})", region.code)
        self.region_combo.setPlaceholderText(self.tr("Choose the region"))
        # The region that needs it, when the national picture named one; else a choice.
        wanted = self.proposal.to_region_code
        self.region_combo.setCurrentIndex(self.region_combo.findData(wanted) if wanted else -1)
        self._regions_loaded = True
        self._refresh()

    def _refresh(self) -> None:
        if self.shipment is not None:
            self.ok_button.setEnabled(True)
            return
        ok = (
            self._regions_loaded
            and self.region_combo.currentData() is not None
            and bool(self.reference_edit.text().strip())
        )
        self.ok_button.setEnabled(ok and not self._busy)

    def submit(self) -> None:
        if self._busy:
            return
        if self.shipment is not None:
            self._save()
            return
        if not self.ok_button.isEnabled():
            return
        proposal = self.proposal
        doses = self.doses_spin.value()
        region = str(self.region_combo.currentData())
        ref = self.reference_edit.text().strip()
        note = self.note_edit.text().strip()
        self.problems.show_problems([])
        self.run_op(
            expiry_ops.send_proposal_to_region(
                self, proposal, region_code=region, reference=ref, doses=doses, note=note
            ),
            self._sent,
            self.tr("Sending to another region…"),
            close=False,
        )

    def _sent(self, shipment: RegionShipment) -> None:
        self.shipment = shipment
        for field in (self.doses_spin, self.region_combo, self.reference_edit, self.note_edit):
            field.setEnabled(False)
        self.ok_button.setText(self.tr("&Save shipment file…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.problems.show_problems([])
        self._refresh()
        self.sent.emit(shipment)
        self._save()

    def _save(self) -> None:
        shipment = self.shipment
        if shipment is None:  # nothing sent yet
            return
        path = save_shipment_file(self, shipment, self.problems, self.save_to)
        if path is None:
            if not self.problems.problems:
                self.problems.show_problems(
                    [self.tr("The doses are sent, but the shipment file is not saved yet: save it to send with the goods.")]
                )
            return
        self.saved_path = path
        self.saved.emit(shipment, path)
        self.accept()
