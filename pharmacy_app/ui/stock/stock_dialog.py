"""What the dialogs that act on one row of stock share: the lot and where it is, the
doses (in whole vials or syringes, with packs and vials beside), and a button that
calls the service.

Each dialog (:mod:`.release_dialog`, :mod:`.discard_dialog`, :mod:`.thaw_dialog`) adds
its reason and says which service it calls; the call goes through the operations
helper (:class:`.action_dialog.ActionDialog`).  A refusal is shown in the helper's
standard way and the dialog stays open with what was typed.  A dialog whose service
takes a reason to post into a month already reported to SSI (discard) asks for it with
the closed-month dialog and runs again.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

from pharmacy_app.ui import fmt
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops.service_op import ServiceOp
from pharmacy_app.ui.stock.action_dialog import ActionDialog, MakeOp
from pharmacy_app.ui.stock.stock_target import StockTarget


class _Plurals(QObject):
    """Texts with a count.  PySide's ``tr()`` on a dialog of a subclass finds the base
    class's plain texts but not its plurals, so they live here, in a class of their own."""

    def on_hand(self, doses: int) -> str:
        return self.tr("%Ln dose(s) on hand", None, doses)


class StockDialog(ActionDialog):
    """Doses of one lot at one location, a reason, and a button that does it."""

    def __init__(self, ops: Operations, target: StockTarget, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.target = target
        self.info.setObjectName("stockInfo")
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

        doses_label = QLabel(self.tr("&Doses"))
        doses_label.setBuddy(self.doses_spin)
        self.form.addRow(doses_label, self.doses_spin)
        self.form.addRow("", self.amount_hint)
        self._update_hint()

    # ------------------------------------------------------------------ to override

    def op(self, doses: int, closed_month_reason: str | None = None) -> ServiceOp[Any]:
        """The write that does it (``pharmacy_app/ui/ops/stock.py``); most give a
        ``stock.Posted``, a return to SSI its ``ReturnView``."""
        raise TypeError(f"{type(self).__name__} must define op()")

    # ------------------------------------------------------------------ common

    def make_op(self) -> MakeOp:
        doses = self.doses_spin.value()
        return lambda closed_month_reason: self.op(doses, closed_month_reason)

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
