"""Accepting a rebalancing proposal: its sentence, the lot and the route, the doses to
move (fewer if the coordinator wants; whole vials when the pharmacy takes stock back),
and *Post transfer*, which posts it as a transfer through the operations helper."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from pharmacy_app.services import rebalance
from pharmacy_app.services.rebalance import ProposalView
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.async_dialog import ServiceDialog
from pharmacy_app.ui.common.problem_list import ProblemList
from pharmacy_app.ui.common.table_models import RIGHT
from pharmacy_app.ui.common.widgets import submit_buttons
from pharmacy_app.ui.expiry.proposal_text import lot_label, sentence_label
from pharmacy_app.ui.expiry.tab_parts import note_label
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import expiry as expiry_ops

PHARMACY = rebalance.PHARMACY


class AcceptProposalDialog(ServiceDialog):
    """Shows the proposal's sentence, lets the coordinator lower the doses, posts the transfer."""

    posted = Signal(object)  # stock.Posted

    def __init__(self, ops: Operations, proposal: ProposalView, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.proposal = proposal
        self.setObjectName("acceptProposalDialog")
        self.setWindowTitle(self.tr("Accept proposal"))
        self.setMinimumWidth(560)
        p = proposal

        self.sentence = sentence_label(p, "#eef5ee", "#b9d6bd")
        info = lot_label(
            p.product,
            self.tr("Batch %1 · use-by %2").replace("%1", p.batch).replace("%2", fmt.date_text(p.use_by)),
            self.tr("From %1 to %2").replace("%1", p.from_name).replace("%2", p.to_name),
        )

        self.doses_spin = QSpinBox()
        self.doses_spin.setObjectName("doses")
        self.doses_spin.setRange(1, max(1, int(p.doses)))
        self.doses_spin.setValue(int(p.doses))
        self.doses_spin.setMinimumWidth(110)
        if p.kind == PHARMACY and p.unit_doses > 1:  # the pharmacy takes back whole vials
            self.doses_spin.setSingleStep(int(p.unit_doses))
        self.doses_hint = note_label(name="dosesHint")
        self.doses_spin.valueChanged.connect(self._update_hint)
        self.problems = ProblemList()

        form = QFormLayout()
        form.setLabelAlignment(RIGHT)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        doses_label = QLabel(self.tr("&Doses to move"))
        doses_label.setBuddy(self.doses_spin)
        form.addRow(doses_label, self.doses_spin)
        form.addRow("", self.doses_hint)

        self.buttons, self.ok_button = submit_buttons(self, self.tr("&Post transfer"), self.tr("Cancel"), self.submit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.sentence)
        layout.addWidget(info)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self._update_hint()
        self.doses_spin.setFocus()
        self.doses_spin.selectAll()

    def _update_hint(self) -> None:
        p = self.proposal
        doses = self.doses_spin.value()
        saved = min(doses, int(p.doses_saved))
        text = self.tr("Saves up to %Ln dose(s) from expiring.", None, saved)
        if doses < p.doses:
            text += " " + self.tr("The proposal moves %Ln dose(s).", None, int(p.doses))
        self.doses_hint.setText(text)

    def submit(self) -> None:
        if self._busy:
            return
        doses = self.doses_spin.value()
        proposal = self.proposal
        self.run_op(
            expiry_ops.accept_proposal(self, proposal, doses=doses),
            self.posted.emit,
            self.tr("Posting the transfer…"),
        )

    def _refresh(self) -> None:
        self.ok_button.setEnabled(not self._busy)
