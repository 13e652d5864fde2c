"""Return stock of one lot at the pharmacy or its quarantine to SSI, then show its note.

SSI's return (or call-back) reference and a reason are both required; the doses default
to all that is held there, in whole vials or syringes.  A recalled or held lot may go
back (that is what a return is for).  The return is dated now; a month already reported
to SSI asks for a reason with the closed-month dialog, as any posting does.  Once it is
posted, the return note opens in the preview, from where it is printed or saved.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from pharmacy_app.services.app import App
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.widgets import DocumentFiles
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import stock as stock_ops
from pharmacy_app.ui.ops.service_op import ServiceOp
from pharmacy_app.ui.stock.stock_dialog import StockDialog
from pharmacy_app.ui.stock.stock_target import StockTarget

if TYPE_CHECKING:  # the service brings the PDF writer: imported when a return is made
    from pharmacy_app.services.ssi_return import ReturnView


class ReturnDialog(StockDialog):
    """Doses of a lot back to SSI, under SSI's reference and with a reason."""

    accepts_closed_month_reason = True

    def __init__(self, ops: Operations, target: StockTarget, parent: QWidget | None = None):
        super().__init__(ops, target, parent)
        self.setWindowTitle(self.tr("Return to SSI"))
        self.setObjectName("returnDialog")
        if target.recalled:
            recalled = self.tr("The batch is recalled: returning it to SSI is allowed.")
            self.info.setText(self.info.text() + f"<br><b style='color:#9b1c1c'>{escape(recalled)}</b>")
        self.reference_edit = QLineEdit()
        self.reference_edit.setObjectName("reference")
        self.reference_edit.setMaxLength(100)
        self.reference_edit.setPlaceholderText(self.tr("SSI's return or call-back reference"))
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setMaxLength(200)
        self.reason_edit.setPlaceholderText(self.tr("e.g. recalled batch, damaged delivery"))
        reference_label = QLabel(self.tr("SSI re&ference"))
        reference_label.setBuddy(self.reference_edit)
        reason_label = QLabel(self.tr("&Reason"))
        reason_label.setBuddy(self.reason_edit)
        self.form.addRow(reference_label, self.reference_edit)
        self.form.addRow(reason_label, self.reason_edit)
        self.ok_button.setText(self.tr("&Return to SSI"))
        self.reference_edit.textChanged.connect(lambda _t: self._refresh_ok())
        self.reason_edit.textChanged.connect(lambda _t: self._refresh_ok())
        self._refresh_ok()
        self.reference_edit.setFocus()

    def can_submit(self) -> bool:
        edits = (getattr(self, "reference_edit", None), getattr(self, "reason_edit", None))
        return all(e is not None and e.text().strip() for e in edits)

    def saving_label(self) -> str:
        return self.tr("Returning to SSI…")

    def op(self, doses: int, closed_month_reason: str | None = None) -> ServiceOp[ReturnView]:
        t = self.target
        return stock_ops.return_to_ssi(
            self,
            target_lot=(t.varenummer, t.batch, t.thawed_on),
            from_code=t.location_code,
            doses=doses,
            reference=self.reference_edit.text().strip(),
            reason=self.reason_edit.text().strip(),
            closed_month_reason=closed_month_reason,
        )


def show_return_note(owner: QWidget, ops: Operations, documents: DocumentFiles, view: ReturnView) -> None:
    """Write the return note of ``view`` in the window's language and open it in the
    preview (print, save) over ``owner``; ``owner.preview_dialog`` is it while open."""
    stem = QCoreApplication.translate("ReturnDialog", "return-note")
    out = documents.new_path(stem, view.reference, str(view.id))
    language = fmt.language()
    return_id = view.id

    def make(app: App) -> Path:
        from pharmacy_app.services import ssi_return

        out.write_bytes(ssi_return.return_note_pdf(app, return_id, language=language))
        return out

    def done(path: Path) -> None:
        from pharmacy_app.ui.common.pdf_preview import open_preview

        title = QCoreApplication.translate("ReturnDialog", "Return note, SSI reference %1")
        open_preview(owner, path, title.replace("%1", view.reference), path.name)

    ops.query(make, done, parent=owner)
