"""Discarding (kassation): expired stock in one step, and any other waste with a reason.

The tab lists every lot past its use-by wherever it lies, each with the reason it
would be discarded with (expired, or thawed shelf life passed), all checked; one
button discards the checked rows in one transaction.  *Record waste…* opens
:class:`~.record_waste_dialog.RecordWasteDialog` for anything else.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.services import reference, waste
from pharmacy_app.services.app import App
from pharmacy_app.services.reference import ReasonInfo
from pharmacy_app.services.stock import Posted
from pharmacy_app.services.waste import ExpiredView
from pharmacy_app.ui import fmt, labels
from pharmacy_app.ui.common.role_gate import gate
from pharmacy_app.ui.common.table_models import RIGHT, Column, RowsModel
from pharmacy_app.ui.common.widgets import date_column_width, push_button
from pharmacy_app.ui.expiry.record_waste_dialog import RecordWasteDialog
from pharmacy_app.ui.expiry.tab_parts import (
    ListTab,
    note_label,
    section_title,
    sort_as_shown,
    sortable_table,
)
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import stock as stock_ops


def reason_name(reasons: dict[str, ReasonInfo], code: str) -> str:
    r = reasons.get(code)
    return labels.by_language(r.name_da, r.name_en) if r is not None else code


class DiscardTab(ListTab):
    """Expired stock to discard in one step; *Record waste…* for anything else."""

    discarded = Signal(object)  # list of stock.Posted

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.setObjectName("discardTab")
        self._reasons: dict[str, ReasonInfo] = {}
        self.confirm_box: QMessageBox | None = None
        self.waste_dialog: RecordWasteDialog | None = None
        self._busy = False

        self.model: RowsModel[ExpiredView] = RowsModel(self._columns(), checkable=True, parent=self)
        self.table = sortable_table("expiredTable", self.model)
        self.table.installEventFilter(self)
        self.all_check = QCheckBox(self.tr("&All"))
        self.all_check.setObjectName("checkAll")
        self.all_check.setToolTip(self.tr("Check or uncheck every row (Space checks the current row)"))
        self.all_check.clicked.connect(self._all_clicked)
        self.totals = QLabel()
        self.totals.setObjectName("expiredTotals")
        self.totals.setAlignment(RIGHT)

        head = QHBoxLayout()
        head.addWidget(section_title(self.tr("Expired stock")))
        head.addSpacing(16)
        head.addWidget(self.all_check)
        head.addStretch(1)
        head.addWidget(self.totals)

        self.record_button = push_button(
            self.tr("&Record waste…"),
            "recordWaste",
            self.tr("Record wasted doses at any location with a reason (broken, cold chain, opened vial…)"),
        )
        self.record_button.clicked.connect(self.open_record_waste)
        self.discard_button = QPushButton()
        self.discard_button.setObjectName("discardExpired")
        self.discard_button.clicked.connect(self.confirm_discard)
        self.status = QLabel()
        self.status.setObjectName("discardStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #1d6b2f;")
        foot = QHBoxLayout()
        foot.addWidget(self.record_button)
        foot.addSpacing(12)
        foot.addWidget(self.status, 1)
        foot.addWidget(self.discard_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addWidget(
            note_label(
                self.tr(
                    "Stock past its use-by at every location, with the reason it is discarded with. "
                    "Uncheck what is not to be discarded now; the checked rows are discarded in one step."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(foot)

        self.table.set_column_widths(
            {0: 260, 1: 320, 2: 100, 3: date_column_width(self.table), 4: date_column_width(self.table), 5: 80}
        )
        self.model.checks_changed.connect(self._update)
        self._update()
        # Disabled, naming the role, when the user's role does not allow it.
        gate(self._ops, waste.discard_expired, self.discard_button)

    (LOCATION, PRODUCT, BATCH, USE_BY, THAWED, DOSES, REASON) = range(7)

    def _columns(self) -> list[Column[ExpiredView]]:
        return [
            Column(self.tr("Location"), lambda r: r.location_name, tip=lambda r: f"{r.location_name} ({r.location_code})"),
            Column(self.tr("Product"), lambda r: r.product_short or r.product, tip=lambda r: r.product),
            Column(self.tr("Batch"), lambda r: r.batch),
            Column(
                self.tr("Use-by"),
                lambda r: r.use_by,
                lambda r: fmt.date_text(r.use_by),
                foreground=lambda _r: QColor("#9b1c1c"),
            ),
            Column(self.tr("Thawed on"), lambda r: r.thawed_on, lambda r: fmt.date_text(r.thawed_on)),
            Column(self.tr("Doses"), lambda r: r.doses, lambda r: fmt.integer(r.doses), RIGHT),
            Column(self.tr("Reason"), lambda r: reason_name(self._reasons, r.reason_code)),
        ]

    # ------------------------------------------------------------------ public

    def refresh(self) -> None:
        def load(app: App) -> tuple[list[ReasonInfo], list[ExpiredView]]:
            return reference.list_discard_reasons(app), waste.expired_stock(app)

        def show(result: tuple[list[ReasonInfo], list[ExpiredView]]) -> None:
            reasons, rows = result
            self.show_rows(rows, reasons)

        self._load_list(self.table, load, show)

    def show_rows(self, rows: list[ExpiredView], reasons: list[ReasonInfo] | None = None) -> None:
        if reasons is not None:
            self._reasons = {r.code: r for r in reasons}
        self.model.set_rows(rows, checked=True)
        sort_as_shown(self.table, self.model)
        self.table.set_empty_text(self.tr("No expired stock anywhere."))
        self._update()

    def checked_rows(self) -> list[ExpiredView]:
        return self.model.checked_rows()

    def confirm_discard(self) -> None:
        rows = self.checked_rows()
        if not rows or self._busy:
            return
        doses = sum(r.doses for r in rows)
        box = QMessageBox(self)
        box.setObjectName("confirmDiscard")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Discard expired stock"))
        box.setText(
            self.tr("Discard %1 of expired stock?").replace("%1", self.tr("%Ln dose(s)", None, doses))
            + " "
            + self.tr("(%Ln row(s))", None, len(rows))
        )
        box.setInformativeText(
            self.tr(
                "Each row is recorded as wasted with the reason shown. A mistake is corrected "
                "afterwards by reversing the movement in the lot's history on the Stock page "
                "(Reverse…)."
            )
        )
        yes = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        no = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        items = [(r.lot_id, r.location_code) for r in rows]
        box.buttonClicked.connect(lambda b: self.discard(items) if b is yes else None)
        box.destroyed.connect(lambda _o=None: setattr(self, "confirm_box", None))
        self.confirm_box = box
        box.open()

    def discard(self, items: list[tuple[int, str]]) -> None:
        """Discard the given (lot, location) rows in one transaction."""
        self._busy = True
        self._update()

        def success(posted: list[Posted]) -> None:
            self._busy = False
            doses = sum(p.doses for p in posted)
            self.status.setText(
                self.tr("Discarded %1 of expired stock.").replace("%1", self.tr("%Ln dose(s)", None, doses))
            )
            self._update()
            self.discarded.emit(posted)

        def failure(_exc: BaseException) -> bool:
            self._busy = False
            self._update()
            return False  # shown by the helper

        stock_ops.discard_expired(self, items).success(success).failure(failure).run(
            self._ops, self.tr("Discarding expired stock…")
        )

    def open_record_waste(self, location_code: str | None = None) -> RecordWasteDialog:
        dialog = RecordWasteDialog(self._ops, location_code=location_code or None, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.done_value.connect(self._waste_recorded)
        dialog.destroyed.connect(lambda _o=None: setattr(self, "waste_dialog", None))
        self.waste_dialog = dialog
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ internals

    def _waste_recorded(self, posted: Posted) -> None:
        self.status.setText(
            self.tr("Discarded %1 of batch %2 at %3.")
            .replace("%1", self.tr("%Ln dose(s)", None, int(posted.doses)))
            .replace("%2", posted.batch)
            .replace("%3", posted.from_code)
        )

    def _all_clicked(self, on: bool) -> None:
        self.model.set_all_checked(on)

    def _update(self) -> None:
        rows = self.model.rows()
        checked = self.model.checked_rows()
        doses = sum(r.doses for r in checked)
        total = sum(r.doses for r in rows)
        self.totals.setText(
            self.tr("%Ln row(s)", None, len(rows))
            + " · "
            + self.tr("%1 of %2 doses checked").replace("%1", fmt.integer(doses)).replace("%2", fmt.integer(total))
        )
        self.all_check.blockSignals(True)
        if rows and len(checked) == len(rows):
            self.all_check.setCheckState(Qt.CheckState.Checked)
        elif checked:
            self.all_check.setCheckState(Qt.CheckState.PartiallyChecked)
        else:
            self.all_check.setCheckState(Qt.CheckState.Unchecked)
        self.all_check.setEnabled(bool(rows))
        self.all_check.blockSignals(False)
        self.discard_button.setText(
            self.tr("&Discard %1 of expired stock…").replace("%1", self.tr("%Ln dose(s)", None, doses))
        )
        self.discard_button.setEnabled(bool(checked) and not self._busy)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
        ):
            index = self.table.currentIndex()
            if index.isValid():
                self.model.set_checked(index.row(), not self.model.is_checked(index.row()))
                return True
        return super().eventFilter(watched, event)
