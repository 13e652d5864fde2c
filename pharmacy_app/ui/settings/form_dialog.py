"""What the product and site forms share: a form, the problems a save ran into above
the buttons, and Save/Cancel.  A form saves through the operations helper; when the
service refuses, every problem is listed in the form, in the UI language, and the form
stays open with what was typed."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from pharmacy_app.domain.errors import DomainError
from pharmacy_app.ui import labels
from pharmacy_app.ui.common.problem_list import ProblemList
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops.service_op import ServiceOp

# What the form edits and the service saves (a ProductInfo, a LocationInfo).
V = TypeVar("V")


class FormDialog(QDialog, Generic[V]):
    """Save/Cancel handling shared by the forms."""

    saved = Signal(object)

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self._ops = ops
        self.problems = ProblemList()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addLayout(self.form)
        layout.addSpacing(6)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.result_value: V | None = None
        self._saving = False

    def local_problems(self) -> list[str]:
        return []

    def build(self) -> V:
        raise TypeError(f"{type(self).__name__} must define build()")

    def save(self) -> None:
        if self._saving:
            return
        local = self.local_problems()
        if local:
            self.problems.show_problems(local)
            return
        value = self.build()
        self._saving = True
        self.save_button.setEnabled(False)

        def success(result: V) -> None:
            self._saving = False
            self.save_button.setEnabled(True)
            self.result_value = result
            self.problems.show_problems([])
            self.saved.emit(result)
            self.accept()

        def failure(exc: BaseException) -> bool:
            self._saving = False
            self.save_button.setEnabled(True)
            if isinstance(exc, DomainError):
                self.problems.show_problems([labels.problem_text(p) for p in exc.problems])
                return True
            return False

        self.save_op(value).success(success).failure(failure).run(self._ops, self.tr("Saving…"))

    def save_op(self, value: V) -> ServiceOp[V]:
        """The write that saves ``value`` (``pharmacy_app/ui/ops/settings.py``)."""
        raise TypeError(f"{type(self).__name__} must define save_op()")
