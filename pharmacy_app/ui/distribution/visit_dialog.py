"""A mobile unit's visit: the institution, its kind, the day, and the doses of each
programme given there.  The visits decide what the unit gets of each programme.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.services.distribution.views import ListView
from pharmacy_app.services.reference import ProgrammeInfo
from pharmacy_app.ui.common.async_dialog import ServiceDialog
from pharmacy_app.ui.common.dates import calendar_date_edit, pydate
from pharmacy_app.ui.common.problem_list import ProblemList
from pharmacy_app.ui.common.widgets import hint_label, ok_cancel_buttons
from pharmacy_app.ui.distribution.summary import MAX_DOSES
from pharmacy_app.ui.distribution.texts import (
    INSTITUTION_KINDS,
    institution_kind_text,
    programme_name,
)
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import distribution as dist_ops


class VisitDialog(ServiceDialog):
    """A mobile unit's visit: the institution, the day, the doses of each programme."""

    added = Signal(object)  # RoundView

    def __init__(
        self,
        ops: Operations,
        lst: ListView,
        programmes: list[ProgrammeInfo],
        visit_date: date,
        parent: QWidget | None = None,
    ):
        super().__init__(ops, parent)
        self._list = lst
        self.setWindowTitle(self.tr("Add a visit – %1").replace("%1", lst.site_name))
        self.setObjectName("visitDialog")
        self.setMinimumWidth(460)
        self.date_edit = calendar_date_edit(visit_date)
        self.date_edit.setObjectName("visitDate")
        self.institution_edit = QLineEdit()
        self.institution_edit.setObjectName("institution")
        self.institution_edit.setMaxLength(200)
        self.institution_edit.setPlaceholderText(self.tr("e.g. Plejecenter Solgården"))
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("institutionKind")
        for kind in INSTITUTION_KINDS:
            self.kind_combo.addItem(institution_kind_text(kind), kind)
        self.dose_spins: dict[str, QSpinBox] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        def buddy(text: str, widget: QWidget) -> QLabel:
            label = QLabel(text)
            label.setBuddy(widget)
            return label

        form.addRow(buddy(self.tr("&Date"), self.date_edit), self.date_edit)
        form.addRow(buddy(self.tr("&Institution"), self.institution_edit), self.institution_edit)
        form.addRow(buddy(self.tr("&Kind"), self.kind_combo), self.kind_combo)
        for p in programmes:
            spin = QSpinBox()
            spin.setObjectName(f"doses_{p.code}")
            spin.setRange(0, MAX_DOSES)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            spin.setSuffix(" " + self.tr("doses"))
            self.dose_spins[p.code] = spin
            form.addRow(QLabel(programme_name(p)), spin)
        self.problems = ProblemList()
        self.buttons, self.ok_button = ok_cancel_buttons(self, self.tr("Add visit"), self.tr("Cancel"), self.submit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint_label(self.tr("Give the doses of every programme given at this visit; leave the others at 0.")))
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.institution_edit.textChanged.connect(lambda _t: self._refresh())
        for spin in self.dose_spins.values():
            spin.valueChanged.connect(lambda _v: self._refresh())
        self._refresh()
        self.institution_edit.setFocus()

    def doses(self) -> dict[str, int]:
        return {code: spin.value() for code, spin in self.dose_spins.items() if spin.value() > 0}

    def _refresh(self) -> None:
        self.ok_button.setEnabled(not self._busy and bool(self.institution_edit.text().strip()) and bool(self.doses()))

    def submit(self) -> None:
        if self._busy or not self.ok_button.isEnabled():
            return
        list_id = self._list.list_id
        visit_date = pydate(self.date_edit.date())
        institution = self.institution_edit.text().strip()
        kind = str(self.kind_combo.currentData())
        doses = self.doses()

        op = dist_ops.add_visits(
            self,
            list_id,
            visit_date=visit_date,
            institution=institution,
            institution_kind=kind,
            doses_by_programme=doses,
        )
        self.run_op(op, self.added.emit, self.tr("Adding the visit…"))
