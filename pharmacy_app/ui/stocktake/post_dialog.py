"""Post a count: what will be written, and the second person who approves it when needed.

The dialog is shown the count as a reviewer sees it (expected figures revealed): per
line with a difference the adjustment in doses (and units where whole) with its reason,
the totals up and down, and, when a line differs by more than the approval threshold,
a field for the approving person's user name.  The stocktake service decides: it
refuses a missing reason, a missing approval, or an approver who posts or counted
(its typed message is shown here and the dialog stays open).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.services.stocktake import StocktakeView
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.async_dialog import ServiceDialog
from pharmacy_app.ui.common.problem_list import ProblemList
from pharmacy_app.ui.common.widgets import ok_cancel_buttons
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import stocktake as stocktake_ops
from pharmacy_app.ui.stocktake.models import APPROVAL_BG, MISSING_FG, reason_text, signed, units_of


class PostDialog(ServiceDialog):
    """Confirm the adjustments of ``view`` (revealed) and post them."""

    posted = Signal(object)  # StocktakeView

    def __init__(self, ops: Operations, view: StocktakeView, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.view = view
        self.setWindowTitle(self.tr("Post count %1").replace("%1", str(view.id)))
        self.setObjectName("postCountDialog")
        self.setMinimumWidth(640)
        moving = [line for line in view.lines if line.difference_doses]
        up = sum(line.difference_doses or 0 for line in moving if (line.difference_doses or 0) > 0)
        down = sum(
            line.difference_doses or 0 for line in moving if (line.difference_doses or 0) < 0
        )
        self.needs_approval = any(line.needs_approval for line in view.lines)

        intro = QLabel()
        intro.setObjectName("postIntro")
        intro.setWordWrap(True)
        place = escape(f"{view.location_name} ({view.location_code})")
        if moving:
            intro.setText(
                self.tr(
                    "Posting writes these adjustments to the stock at %1 as stocktake movements, in one go:"
                ).replace("%1", f"<b>{place}</b>")
            )
        else:
            intro.setText(
                self.tr(
                    "Every lot counted matches: posting closes the count at %1 and moves no stock."
                ).replace("%1", f"<b>{place}</b>")
            )
        self.table = QTableWidget(len(moving), 6)
        self.table.setObjectName("adjustments")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Product"),
                self.tr("Batch"),
                self.tr("Doses"),
                self.tr("Units"),
                self.tr("Reason"),
                "",
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        approval = self.tr("needs approval")
        for row, line in enumerate(moving):
            diff = line.difference_doses or 0
            why = reason_text(line.reason_code) + (f": {line.reason_text}" if line.reason_text else "")
            why = why or self.tr("no reason yet")
            product = line.product
            if line.thawed_on is not None:
                thawed = self.tr("thawed %1").replace("%1", fmt.date_text(line.thawed_on))
                product += f" ({thawed})"
            cells = [product, line.batch, signed(diff), units_of(diff, line.doses_per_unit), why,
                     approval if line.needs_approval else ""]  # fmt: skip
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (2, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if line.needs_approval:
                    item.setBackground(APPROVAL_BG)
                if col == 4 and not line.reason_code:
                    item.setForeground(MISSING_FG)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.setVisible(bool(moving))
        self.totals = QLabel(
            self.tr("In total: %1 doses up, %2 doses down, net %3 doses.")
            .replace("%1", signed(up))
            .replace("%2", signed(down))
            .replace("%3", signed(up + down))
        )
        self.totals.setObjectName("postTotals")
        self.totals.setVisible(bool(moving))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        self.approver_edit = QLineEdit()
        self.approver_edit.setObjectName("approvedBy")
        self.approver_edit.setMaxLength(64)
        if self.needs_approval:
            note = QLabel(
                self.tr(
                    "A difference is larger than %1 doses: a second person, who neither posts nor counted it, "
                    "must approve the count. Their user name:"
                ).replace("%1", fmt.integer(view.thresholds.doses))
            )
            note.setWordWrap(True)
            note.setObjectName("approvalNote")
            layout.addWidget(note)
            form = QFormLayout()
            label = QLabel(self.tr("&Approved by"))
            label.setBuddy(self.approver_edit)
            form.addRow(label, self.approver_edit)
            layout.addLayout(form)
        else:
            self.approver_edit.hide()
        self.problems = ProblemList()
        layout.addWidget(self.problems)
        self.buttons, self.ok_button = ok_cancel_buttons(
            self, self.tr("&Post the count"), self.tr("Cancel"), self.submit, "postCount"
        )
        layout.addWidget(self.buttons)
        self.resize(720, min(640, 260 + 30 * len(moving)))
        if self.needs_approval:
            self.approver_edit.setFocus()
        else:
            self.ok_button.setFocus()

    def _refresh(self) -> None:
        self.ok_button.setEnabled(not self._busy)

    def submit(self) -> None:
        if self._busy:
            return
        approver = self.approver_edit.text().strip() or None
        self.run_op(
            stocktake_ops.post(self, self.view.id, approver),
            self.posted.emit,
            self.tr("Posting the count…"),
        )
