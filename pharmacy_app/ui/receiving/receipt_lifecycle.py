"""What happens to a receipt once its lines are counted, each asked about first where it
cannot simply be taken back: post it (short-dated lots need a yes), cancel the draft, and
thaw a posted frozen line.

The page gives the receipt (and the line); the step runs through the operations helper,
says in the page's strip what was done (a refusal is said there too), and has the page
show the receipt as the service returned it.  Posting shows the goods-receipt document.

What must hold: nothing is posted while a line has a problem; a short-dated lot is
received only after the person said yes to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox

from pharmacy_app.services import queries
from pharmacy_app.services.app import App
from pharmacy_app.services.queries import StockFilter, StockRow
from pharmacy_app.services.receiving import DRAFT, POSTED, LineView, ReceiptView
from pharmacy_app.services.reference import ProductInfo
from pharmacy_app.ui import fmt, labels
from pharmacy_app.ui.common.actions import ask
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import receiving as receiving_ops
from pharmacy_app.ui.stock.stock_target import StockTarget
from pharmacy_app.ui.stock.thaw_dialog import ThawDialog

if TYPE_CHECKING:
    from pharmacy_app.ui.receiving.page import ReceivingPage


class ReceiptLifecycle(QObject):
    """Post, cancel and thaw, for the Receiving page ``page``."""

    def __init__(self, ops: Operations, page: ReceivingPage):
        super().__init__(page)
        self._ops = ops
        self._page = page
        self.confirm_box: QMessageBox | None = None
        self.thaw_dialog: ThawDialog | None = None

    # ------------------------------------------------------------------ posting

    def post(self, view: ReceiptView | None) -> None:
        """Post every line into stock in one go, or say what stops it."""
        page = self._page
        if view is None or view.status != DRAFT:
            return
        if not view.lines:
            page.strip.refuse(self.tr("The receipt has no lines yet."))
            return
        bad = [line for line in view.lines if line.problems]
        if bad:
            count = self.tr("%Ln line(s)", None, len(bad))
            page.strip.refuse(
                self.tr("Lines that cannot be received (marked red): %1. Change or remove them, then post.").replace(
                    "%1", count
                )
            )
            page.select_line(bad[0].id)
            return
        if view.warnings:
            receipt_id = view.id
            self.confirm_box = ask(
                page,
                self.tr("Short-dated lots"),
                self.tr("%Ln lot(s) on this receipt expire sooner than required. Receive anyway?", None, len(view.warnings)),
                "\n\n".join(labels.problem_text(w) for w in view.warnings),
                self.tr("Receive anyway"),
                self.tr("Cancel"),
                lambda: self.post_now(receipt_id, confirm=True),
                icon=QMessageBox.Icon.Warning,
                name="confirmShortDated",
            )
            return
        self.post_now(view.id, confirm=False)

    def post_now(self, receipt_id: int, *, confirm: bool) -> None:
        page = self._page

        def done(view: ReceiptView) -> None:
            page.show_receipt(view)
            held = sum(line.doses for line in view.lines if line.hold)
            text = self.tr("Receipt %1 posted: %2 doses in stock").replace("%1", view.note_number).replace(
                "%2", fmt.integer(view.doses - held)
            )
            if held:
                text += " " + self.tr("(%1 doses held in quarantine)").replace("%1", fmt.integer(held))
            page.strip.show_ok(text)
            page.show_document()

        op = receiving_ops.post_receipt(page, receipt_id, confirm_short_dated=confirm)
        op.success(done).failure(page.strip.show_failure).run(self._ops, self.tr("Posting the receipt…"))

    # ------------------------------------------------------------------ cancelling

    def cancel(self, view: ReceiptView | None) -> None:
        """Ask, then abandon the draft; nothing of it is received."""
        if view is None or view.status != DRAFT:
            return
        receipt_id = view.id
        self.confirm_box = ask(
            self._page,
            self.tr("Cancel draft"),
            self.tr("Cancel the draft for delivery note %1?").replace("%1", view.note_number),
            self.tr("Nothing of it is received; its scanned packs can be scanned again."),
            self.tr("Cancel draft"),
            self.tr("Keep it"),
            lambda: self.cancel_now(receipt_id),
            yes_role=QMessageBox.ButtonRole.DestructiveRole,
            yes_is_default=False,
        )

    def cancel_now(self, receipt_id: int) -> None:
        page = self._page

        def done(view: ReceiptView) -> None:
            page.receipts.update_receipt(view)
            page.show_receipt(None)
            page.strip.show_ok(self.tr("Draft %1 cancelled").replace("%1", view.note_number))

        receiving_ops.cancel_receipt(page, receipt_id).success(done).failure(page.strip.show_failure).run(
            self._ops, self.tr("Cancelling the draft…")
        )

    # ------------------------------------------------------------------ thawing

    def thaw(self, view: ReceiptView | None, line: LineView | None, product: ProductInfo | None) -> None:
        """Thaw doses of a posted frozen line, from the stock left of it where it was received."""
        page = self._page
        if view is None or line is None or view.status != POSTED:
            return
        location = line.location_code or view.location_code

        def find(app: App) -> list[StockRow]:
            rows = queries.stock_rows(app, StockFilter(product_id=line.product_id, text=line.batch))
            return [
                r
                for r in rows
                if r.lot_id == line.lot_id and r.location_code == location and r.thawed_on is None
            ]

        def found(rows: list[StockRow]) -> None:
            if not rows:
                page.strip.refuse(
                    self.tr("No frozen stock of batch %1 is left at %2.").replace("%1", line.batch).replace(
                        "%2", view.location_name
                    )
                )
                return
            dialog = ThawDialog(self._ops, StockTarget.from_row(rows[0], product), self._ops.app.today(), page)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.done_value.connect(
                lambda posted: page.strip.show_ok(
                    self.tr("%1 doses of batch %2 thawed").replace("%1", fmt.integer(posted.doses)).replace(
                        "%2", posted.batch
                    )
                )
            )
            self.thaw_dialog = dialog
            dialog.open()

        self._ops.query(find, found, parent=page)
