"""What every dialog that writes stock shares: a text saying what it acts on, a form, and
an OK button that runs the service through the operations helper.

:class:`~.stock_dialog.StockDialog` (doses of one lot at one place) and
:class:`~.reason_dialog.ReasonDialog` (a correction with a reason) build on it.  While
the write runs OK is disabled; a refusal is shown in the helper's standard way and the
dialog stays open with what was typed.  A dialog whose service takes a reason to post
into a month already reported to SSI (``accepts_closed_month_reason``) asks for it with
the closed-month dialog and runs the same write again with it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops.service_op import ServiceOp
from pharmacy_app.ui.reports.closed_month import ClosedMonthDialog, offer_closed_month_reason

# The write to run, given the closed-month reason (None the first time).
MakeOp = Callable[[str | None], ServiceOp[Any]]


class ActionDialog(QDialog):
    """What it acts on (``info``), a form, and OK, which runs :meth:`make_op`'s write."""

    done_value = Signal(object)  # the service's result

    # Whether the service takes ``closed_month_reason``: then a refusal because the
    # month was reported to SSI asks for a reason and runs again with it.
    accepts_closed_month_reason = False

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self._ops = ops
        self._busy = False
        self.closed_month_dialog: ClosedMonthDialog | None = None
        self.setMinimumWidth(560)

        self.info = QLabel()
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.ok_button = QPushButton()
        self.ok_button.setObjectName("okButton")
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.info)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    # ------------------------------------------------------------------ to override

    def make_op(self) -> MakeOp:
        """The write, with what the dialog holds now (read on the GUI thread)."""
        raise TypeError(f"{type(self).__name__} must define make_op()")

    def can_submit(self) -> bool:
        return True

    def saving_label(self) -> str:
        return self.tr("Saving…")

    # ------------------------------------------------------------------ common

    def _refresh_ok(self) -> None:
        self.ok_button.setEnabled(not self._busy and self.can_submit())

    def submit(self) -> None:
        if self._busy or not self.can_submit():
            return
        self._run(self.make_op(), None)

    def _run(self, make_op: MakeOp, closed_month_reason: str | None) -> None:
        self._set_busy(True)

        def retry(reason: str) -> None:
            self.closed_month_dialog = None
            self._run(make_op, reason)

        def cancelled() -> None:
            self.closed_month_dialog = None
            self._set_busy(False)

        def failure(exc: BaseException) -> bool:
            if self.accepts_closed_month_reason:
                dialog = offer_closed_month_reason(self, exc, retry, cancelled)
                if dialog is not None:
                    self.closed_month_dialog = dialog
                    return True
            self._set_busy(False)
            return False  # the helper shows the typed message, over this dialog

        def success(result: object) -> None:
            self._set_busy(False)
            self.done_value.emit(result)
            self.accept()

        make_op(closed_month_reason).success(success).failure(failure).run(self._ops, self.saving_label())

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._refresh_ok()
