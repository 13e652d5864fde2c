"""What a site received, line by line.  A difference from what was dispatched needs
its reason and reason code, and whole vials; what is missing is named by line.  In
transit, what is confirmed moves to the site; directly dispatched, a difference becomes
a discard at the site.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.services.distribution.views import ListView
from pharmacy_app.services.reference import ReasonInfo
from pharmacy_app.ui import fmt, labels
from pharmacy_app.ui.common.async_dialog import ServiceDialog
from pharmacy_app.ui.common.problem_list import ProblemList
from pharmacy_app.ui.common.widgets import bold, hint_label, ok_cancel_buttons
from pharmacy_app.ui.distribution.summary import IN_TRANSIT, per_unit, received_of
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import distribution as dist_ops


class ConfirmReceiptDialog(ServiceDialog):
    """What a site received, line by line; a difference needs a reason (and its code)."""

    confirmed = Signal(object)  # ListView

    RECEIVED_COL, REASON_COL, CODE_COL = 4, 5, 6

    def __init__(self, ops: Operations, lst: ListView, reasons: list[ReasonInfo], mode: str, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self._list = lst
        self.setWindowTitle(self.tr("Confirm receipt – %1").replace("%1", lst.site_name))
        self.setObjectName("confirmReceiptDialog")
        self.resize(1000, 460)
        title = bold(QLabel(self.tr("List %1 to %2").replace("%1", lst.list_number).replace("%2", lst.site_name)))
        if mode == IN_TRANSIT:
            explain = self.tr(
                "The doses are in transit until confirmed: what you confirm moves to the site; "
                "a difference is recorded as lost with its reason."
            )
        else:
            explain = self.tr(
                "The doses were booked to the site at dispatch; a difference is recorded as a "
                "discard at the site with its reason."
            )
        self.table = QTableWidget(len(lst.lines), 7)
        self.table.setObjectName("receiptLines")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Product"),
                self.tr("Batch"),
                self.tr("Use by"),
                self.tr("Dispatched"),
                self.tr("Received"),
                self.tr("Reason for the difference"),
                self.tr("Reason code"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for c, w in ((1, 90), (2, 96), (3, 80), (4, 96), (6, 190)):
            self.table.setColumnWidth(c, w)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 16)
        # Never squeezed to nothing: a header and at least three lines stay in view.
        self.table.setMinimumHeight((self.fontMetrics().height() + 16) * 4 + 4)
        self.received: dict[int, QSpinBox] = {}
        self.reasons: dict[int, QLineEdit] = {}
        self.codes: dict[int, QComboBox] = {}
        for r, line in enumerate(lst.lines):
            for c, value in enumerate(
                (line.product_short or line.product, line.batch, fmt.date_text(line.use_by), fmt.integer(line.doses))
            ):
                item = QTableWidgetItem(value)
                if c == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 0:
                    item.setToolTip(f"{line.product} ({line.varenummer})")
                self.table.setItem(r, c, item)
            spin = QSpinBox()
            spin.setObjectName(f"received_{line.line_id}")
            spin.setRange(0, int(line.doses))
            spin.setSingleStep(per_unit(line))
            spin.setValue(int(line.doses))
            spin.setToolTip(self.tr("Doses received, in whole vials of %1 doses").replace("%1", str(per_unit(line))))
            spin.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            reason = QLineEdit()
            reason.setObjectName(f"reason_{line.line_id}")
            reason.setMaxLength(200)
            reason.setPlaceholderText(self.tr("Needed when less arrived"))
            code = QComboBox()
            code.setObjectName(f"code_{line.line_id}")
            code.addItem(self.tr("Choose…"), None)
            for reason_info in reasons:
                code.addItem(labels.by_language(reason_info.name_da, reason_info.name_en), reason_info.code)
            self.table.setCellWidget(r, self.RECEIVED_COL, spin)
            self.table.setCellWidget(r, self.REASON_COL, reason)
            self.table.setCellWidget(r, self.CODE_COL, code)
            self.received[line.line_id] = spin
            self.reasons[line.line_id] = reason
            self.codes[line.line_id] = code
            spin.valueChanged.connect(lambda _v: self._refresh())
            reason.textChanged.connect(lambda _t: self._refresh())
            code.currentIndexChanged.connect(lambda _i: self._refresh())
        self.totals = QLabel()
        self.totals.setObjectName("receiptTotals")
        self.problems = ProblemList()
        self.buttons, self.ok_button = ok_cancel_buttons(
            self, self.tr("Confirm receipt"), self.tr("Cancel"), self.submit, "confirmReceipt"
        )
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint_label(explain))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self._refresh()
        if lst.lines:
            self.received[lst.lines[0].line_id].setFocus()
            self.received[lst.lines[0].line_id].selectAll()

    def set_received(self, line_id: int, doses: int, reason: str = "", code: str | None = None) -> None:
        self.received[line_id].setValue(doses)
        self.reasons[line_id].setText(reason)
        if code is not None:
            combo = self.codes[line_id]
            combo.setCurrentIndex(max(0, combo.findData(code)))

    def missing(self) -> list[str]:
        """What still has to be filled in, naming the line."""
        out = []
        for line in self._list.lines:
            got = self.received[line.line_id].value()
            if got == int(line.doses):
                continue
            where = self.tr("line %1 (%2 %3)").replace("%1", str(line.line_no)).replace("%2", line.product).replace(
                "%3", line.batch
            )
            per = per_unit(line)
            if got % per:
                out.append(
                    self.tr("The doses received on %1 must be whole vials of %2 doses.")
                    .replace("%1", where)
                    .replace("%2", str(per))
                )
            if not self.reasons[line.line_id].text().strip():
                out.append(self.tr("Give the reason for the difference on %1.").replace("%1", where))
            if self.codes[line.line_id].currentData() is None:
                out.append(self.tr("Choose the reason code on %1.").replace("%1", where))
        return out

    def _refresh(self) -> None:
        sent, got = received_of(self._list, {line_id: spin.value() for line_id, spin in self.received.items()})
        text = self.tr("Dispatched %1 doses, received %2").replace("%1", fmt.integer(sent)).replace("%2", fmt.integer(got))
        if got != sent:
            text += " · " + self.tr("difference %1").replace("%1", fmt.integer(sent - got))
        self.totals.setText(text)
        for line in self._list.lines:
            differs = self.received[line.line_id].value() != int(line.doses)
            self.reasons[line.line_id].setEnabled(differs)
            self.codes[line.line_id].setEnabled(differs)
        self.ok_button.setEnabled(not self._busy and not self.missing())

    def submit(self) -> None:
        problems = self.missing()
        if problems:
            self.problems.show_problems(problems)
            return
        if self._busy:
            return
        received = {line_id: spin.value() for line_id, spin in self.received.items()}
        reasons: dict[int, str] = {}
        codes: dict[int, str] = {}
        for line in self._list.lines:
            if received[line.line_id] != int(line.doses):
                reasons[line.line_id] = self.reasons[line.line_id].text().strip()
                codes[line.line_id] = str(self.codes[line.line_id].currentData())
        list_id = self._list.list_id
        self.run_op(
            dist_ops.confirm_receipt(self, list_id, received, reasons=reasons, reason_codes=codes),
            self.confirmed.emit,
            self.tr("Confirming the receipt…"),
        )
