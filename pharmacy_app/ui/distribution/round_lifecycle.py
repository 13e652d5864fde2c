"""What happens to a round once it is planned, each step asked about first: dispatch
(what goes where, what cannot be sent), cancel a draft round or one of its lists, reverse
a dispatched list (with a note), and confirm what a site received.

The page gives the round and the list the step is for; the step runs through the
operations helper, says in the page's strip what was done (a refusal is said there too),
and has the page show the round as the service returned it.

What must hold: nothing is written before the person said yes (the question or the
reason dialog is window-modal, and only its yes-button runs the step).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox

from pharmacy_app.services.distribution.views import ListView, RoundView
from pharmacy_app.services.reference import ReasonInfo
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.actions import ask
from pharmacy_app.ui.common.status_strip import StatusStrip
from pharmacy_app.ui.distribution.confirm_receipt_dialog import ConfirmReceiptDialog
from pharmacy_app.ui.distribution.reason_dialog import ReasonDialog
from pharmacy_app.ui.distribution.summary import (
    DISPATCHED,
    DRAFT,
    IN_TRANSIT,
    dispatch_of,
    received_of,
)
from pharmacy_app.ui.distribution.texts import count_text, mode_help
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import distribution as dist_ops
from pharmacy_app.ui.ops.service_op import ServiceOp

if TYPE_CHECKING:
    from pharmacy_app.ui.distribution.page import DistributionPage

T = TypeVar("T")


class RoundLifecycle(QObject):
    """Dispatch, cancel, reverse and confirm receipt, for the Distribution page ``page``."""

    def __init__(self, ops: Operations, strip: StatusStrip, page: DistributionPage):
        super().__init__(page)
        self._ops = ops
        self._strip = strip
        self._page = page
        self.confirm_box: QMessageBox | None = None
        self.reason_dialog: ReasonDialog | None = None
        self.receipt_dialog: ConfirmReceiptDialog | None = None

    def _run(self, op: ServiceOp[T], done: Callable[[T], None], label: str) -> None:
        """Run a step off the GUI thread; a refusal goes to the strip."""
        op.success(done).failure(self._strip.show_failure).run(self._ops, label)

    # ------------------------------------------------------------------ dispatch

    def dispatch(self, view: RoundView | None) -> None:
        """Ask, then post the round's movements."""
        if view is None or view.status != DRAFT:
            return
        sent = dispatch_of(view)
        question = (
            self.tr("Dispatch round %1: %2 doses in %3 to %4?")
            .replace("%1", view.number)
            .replace("%2", fmt.integer(sent.doses))
            .replace("%3", count_text(self.tr("%Ln unit(s)", None, sent.units), sent.units))
            .replace("%4", self.tr("%Ln site(s)", None, sent.sites))
        )
        details = [mode_help(view.mode)]
        if view.mode == IN_TRANSIT:
            details.append(self.tr("Each site confirms its receipt here; until then the doses count as in transit."))
        else:
            details.append(self.tr("The doses leave the pharmacy's stock and count at the sites now."))
        if sent.short:
            details.append(
                self.tr("%1 requested doses cannot be sent (stock is short).").replace("%1", fmt.integer(sent.short))
            )
        if sent.empty_sites:
            details.append(self.tr("Nothing is sent to: %1.").replace("%1", ", ".join(sent.empty_sites)))
        details.append(self.tr("After dispatch a list can only be reversed, not cancelled."))
        round_id = view.round_id
        self.confirm_box = ask(
            self._page,
            self.tr("Dispatch round"),
            question,
            "\n\n".join(details),
            self.tr("Dispatch"),
            self.tr("Not now"),
            lambda: self.dispatch_now(round_id),
            name="confirmDispatch",
        )

    def dispatch_now(self, round_id: int) -> None:
        def done(view: RoundView) -> None:
            self._page.show_round(view)
            sent = dispatch_of(view)
            text = self.tr("Round %1 dispatched: %2 doses to %3").replace("%1", view.number).replace(
                "%2", fmt.integer(sent.doses)
            ).replace("%3", self.tr("%Ln site(s)", None, sent.sites))
            if view.mode == IN_TRANSIT:
                text += " · " + self.tr("in transit until each site confirms")
            self._strip.show_ok(text)

        self._run(dist_ops.dispatch_round(self._page, round_id), done, self.tr("Dispatching the round…"))

    # ------------------------------------------------------------------ cancel and reverse

    def _ask(self, title: str, text: str, action: str, required: bool, then: Callable[[str], None], placeholder: str = "") -> None:
        dialog = ReasonDialog(title, text, action, required, self._page, placeholder)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda d=dialog: then(d.text()))
        self.reason_dialog = dialog
        dialog.open()

    def cancel_round(self, view: RoundView | None) -> None:
        if view is None or view.status != DRAFT:
            return
        round_id, number = view.round_id, view.number

        def go(reason: str) -> None:
            def done(_result: RoundView) -> None:
                self._strip.show_ok(self.tr("Round %1 cancelled; nothing was sent").replace("%1", number))
                self._page.open_round(round_id)
                self._page.reload_rounds()

            self._run(dist_ops.cancel_round(self._page, round_id, reason), done, self.tr("Cancelling the round…"))

        self._ask(
            self.tr("Cancel round"),
            self.tr("Cancel round %1? Nothing of it is sent; its picks are released.").replace("%1", number),
            self.tr("Cancel round"),
            False,
            go,
            self.tr("Reason (optional)"),
        )

    def cancel_list(self, view: RoundView | None, lst: ListView | None) -> None:
        if lst is None or lst.status != DRAFT or view is None or view.status != DRAFT:
            return
        list_id, site, round_id = lst.list_id, lst.site_name, view.round_id

        def go(reason: str) -> None:
            def done(_result: RoundView) -> None:
                self._strip.show_ok(self.tr("The list for %1 was cancelled").replace("%1", site))
                self._page.open_round(round_id)

            self._run(dist_ops.cancel_list(self._page, list_id, reason), done, self.tr("Cancelling the list…"))

        self._ask(
            self.tr("Cancel list"),
            self.tr("Take %1 out of this round? Its picks are released for the other sites.").replace("%1", site),
            self.tr("Cancel list"),
            False,
            go,
            self.tr("Reason (optional)"),
        )

    def reverse_list(self, lst: ListView | None) -> None:
        if lst is None or lst.status != DISPATCHED:
            return
        list_id, site = lst.list_id, lst.site_name

        def go(note: str) -> None:
            def done(_result: ListView) -> None:
                self._strip.show_ok(
                    self.tr("The dispatch to %1 was reversed; the doses are back at the pharmacy").replace("%1", site)
                )
                self._page.reopen_round()

            self._run(dist_ops.reverse_list(self._page, list_id, note), done, self.tr("Reversing the list…"))

        self._ask(
            self.tr("Reverse list"),
            self.tr(
                "Reverse the dispatch to %1? Every movement of the list is reversed and the doses "
                "return to the pharmacy. Say why; the note is kept with the movements."
            ).replace("%1", site),
            self.tr("Reverse list"),
            True,
            go,
        )

    # ------------------------------------------------------------------ receipt at the site

    def confirm_receipt(self, view: RoundView | None, lst: ListView | None, reasons: list[ReasonInfo]) -> None:
        if lst is None or view is None or lst.status != DISPATCHED:
            return
        dialog = ConfirmReceiptDialog(self._ops, lst, reasons, view.mode, self._page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        round_id = view.round_id

        def confirmed(result: ListView) -> None:
            sent, got = received_of(result)
            text = self.tr("%1 confirmed: %2 of %3 doses received").replace("%1", result.site_name).replace(
                "%2", fmt.integer(got)
            ).replace("%3", fmt.integer(sent))
            if got != sent:
                text += " · " + self.tr("the difference is recorded with its reason")
            self._strip.show_ok(text)
            self._page.open_round(round_id)

        dialog.confirmed.connect(confirmed)
        self.receipt_dialog = dialog
        dialog.open()
