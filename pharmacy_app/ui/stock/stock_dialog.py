"""What the dialogs that act on one row of stock share: the lot and where it is, the
doses (in whole vials or syringes, with packs and vials beside), and a button that
calls the service.

Each dialog (:mod:`.release_dialog`, :mod:`.discard_dialog`, :mod:`.thaw_dialog`) adds
its reason and says which service it calls; the call goes through the operations
helper.  A refusal is shown in the helper's standard way and the dialog stays open with
what was typed.  A dialog whose service takes a reason to post into a month already
reported to SSI (discard) asks for it with the closed-month dialog and runs again.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.ui import fmt
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops.service_op import ServiceOp
from pharmacy_app.ui.reports.closed_month import ClosedMonthDialog, offer_closed_month_reason
from pharmacy_app.ui.stock.stock_target import StockTarget


class _Plurals(QObject):
    """Texts with a count.  PySide's ``tr()`` on a dialog of a subclass finds the base
    class's plain texts but not its plurals, so they live here, in a class of their own."""

    def on_hand(self, doses: int) -> str:
        return self.tr("%Ln dose(s) on hand", None, doses)


class StockDialog(QDialog):
    """Doses of one lot at one location, a reason, and a button that does it."""

    done_value = Signal(object)  # the service's result (stock.Posted, a ReturnView)

    def __init__(self, ops: Operations, target: StockTarget, parent: QWidget | None = None):
        super().__init__(parent)
        self._ops = ops
        self.target = target
        self._busy = False
        self.closed_month_dialog: ClosedMonthDialog | None = None
        self.setMinimumWidth(560)

        self.info = QLabel()
        self.info.setObjectName("stockInfo")
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setWordWrap(True)
        self.info.setText(self._info_html())

        self.doses_spin = QSpinBox()
        self.doses_spin.setObjectName("doses")
        step = max(1, target.doses_per_unit)
        self.doses_spin.setRange(step if target.doses >= step else 1, max(1, target.doses))
        self.doses_spin.setSingleStep(step)
        self.doses_spin.setValue(target.doses)
        self.doses_spin.setAccelerated(True)
        self.doses_spin.setMinimumWidth(110)
        self.amount_hint = QLabel()
        self.amount_hint.setObjectName("amountHint")
        self.amount_hint.setStyleSheet("color: #5c6166;")
        self.doses_spin.valueChanged.connect(self._update_hint)

        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        doses_label = QLabel(self.tr("&Doses"))
        doses_label.setBuddy(self.doses_spin)
        self.form.addRow(doses_label, self.doses_spin)
        self.form.addRow("", self.amount_hint)

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
        self._update_hint()

    # ------------------------------------------------------------------ to override

    # Whether the service takes ``closed_month_reason``: then a refusal because the
    # month was reported to SSI asks for a reason and runs again with it.
    accepts_closed_month_reason = False

    def op(self, doses: int, closed_month_reason: str | None = None) -> ServiceOp[Any]:
        """The write that does it (``pharmacy_app/ui/ops/stock.py``); most give a
        ``stock.Posted``, a return to SSI its ``ReturnView``."""
        raise TypeError(f"{type(self).__name__} must define op()")

    def can_submit(self) -> bool:
        return True

    def saving_label(self) -> str:
        return self.tr("Saving…")

    # ------------------------------------------------------------------ common

    def _info_html(self) -> str:
        t = self.target
        on_hand = _Plurals().on_hand(t.doses)
        batch = self.tr("Batch")
        expiry = self.tr("Expiry")
        return (
            f"<b>{escape(t.product)}</b><br>"
            f"{escape(batch)} <b>{escape(t.batch)}</b> &nbsp;·&nbsp; {escape(expiry)} "
            f"{escape(fmt.date_text(t.expiry))}<br>"
            f"{escape(t.location_name)} ({escape(t.location_code)}) &nbsp;·&nbsp; {escape(on_hand)}"
        )

    def _update_hint(self) -> None:
        t = self.target
        doses = self.doses_spin.value()
        packs = doses / t.doses_per_pack if t.doses_per_pack else 0
        units = doses / t.doses_per_unit if t.doses_per_unit else 0
        self.amount_hint.setText(
            self.tr("= %1 vials/syringes · %2 packs")
            .replace("%1", fmt.quantity(units))
            .replace("%2", fmt.quantity(packs))
        )
        self._refresh_ok()

    def _refresh_ok(self) -> None:
        self.ok_button.setEnabled(not self._busy and self.can_submit())

    def submit(self) -> None:
        if self._busy or not self.can_submit():
            return
        self._run(self.doses_spin.value(), None)

    def _run(self, doses: int, closed_month_reason: str | None) -> None:
        self._busy = True
        self._refresh_ok()

        def success(result: object) -> None:
            self._busy = False
            self.done_value.emit(result)
            self.accept()

        def retry(reason: str) -> None:
            self.closed_month_dialog = None
            self._run(doses, reason)

        def cancelled() -> None:
            self.closed_month_dialog = None
            self._busy = False
            self._refresh_ok()

        def failure(exc: BaseException) -> bool:
            if self.accepts_closed_month_reason:
                dialog = offer_closed_month_reason(self, exc, retry, cancelled)
                if dialog is not None:
                    self.closed_month_dialog = dialog
                    return True
            self._busy = False
            self._refresh_ok()
            return False  # the helper shows it, over this dialog

        self.op(doses, closed_month_reason).success(success).failure(failure).run(self._ops, self.saving_label())
