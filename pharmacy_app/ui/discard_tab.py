"""Discarding (kassation): expired stock in one step, and any other waste with a reason.

The tab lists every lot past its use-by wherever it lies, each with the reason it
would be discarded with (expired, or thawed shelf life passed), all checked; one
button discards the checked rows in one transaction.

*Record waste…* opens :class:`RecordWasteDialog`: a location, one of the lots held
there, the quantity and an SSI reason code.  Some reasons need a comment (shown at the
field).  Waste from an opened multi-dose vial is entered in doses, and the dialog says
how many doses a vial holds; every other reason (broken, cold chain…) takes whole
vials, so the quantity is then entered in vials (syringes, applicators), with the doses
beside it and, where the location holds part of a vial, "all held here" as a choice
(:mod:`pharmacy_app.domain.waste_units`).  The service's refusals are shown next to the
field they concern; the dialog stays open with what was typed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.domain.errors import DomainError, Problem
from pharmacy_app.domain.waste_units import OPEN_VIAL_REASON, may_be_part_of_a_unit
from pharmacy_app.services import queries, reference, stock, waste
from pharmacy_app.services.app import App
from pharmacy_app.services.queries import StockFilter, StockRow
from pharmacy_app.services.reference import LocationInfo, ReasonInfo
from pharmacy_app.ui import fmt, labels
from pharmacy_app.ui.async_dialog import ServiceDialog
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.reference_dialogs import ProblemList
from pharmacy_app.ui.risk_tab import RefreshingTab, note_label, section_title
from pharmacy_app.ui.table_models import RIGHT, ROW_ROLE, Column, RowsModel
from pharmacy_app.ui.widgets import TableView, date_column_width, push_button, submit_buttons

DEFAULT_REASON = "BRUD"
PROBLEM_STYLE = "color: #9b1c1c;"


def reason_name(reasons: dict[str, ReasonInfo], code: str) -> str:
    r = reasons.get(code)
    return labels.by_language(r.name_da, r.name_en) if r is not None else code


# --------------------------------------------------------------------------- the tab


class DiscardTab(RefreshingTab):
    """Expired stock to discard in one step; *Record waste…* for anything else."""

    discarded = Signal(object)  # list of stock.Posted

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.setObjectName("discardTab")
        self._reasons: dict[str, ReasonInfo] = {}
        self.confirm_box: QMessageBox | None = None
        self.waste_dialog: RecordWasteDialog | None = None
        self._busy = False

        self.model = RowsModel(self._columns(), checkable=True, parent=self)
        self.table = TableView()
        self.table.setObjectName("expiredTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
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

    (LOCATION, PRODUCT, BATCH, USE_BY, THAWED, DOSES, REASON) = range(7)

    def _columns(self) -> list[Column]:
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
        generation = self._next_generation()
        self.table.set_empty_text(self.tr("Loading…"))

        def load(app: App) -> tuple[list[ReasonInfo], list[Any]]:
            return reference.list_discard_reasons(app), waste.expired_stock(app)

        def done(result: tuple[list[ReasonInfo], list[Any]]) -> None:
            if self._is_current(generation):
                reasons, rows = result
                self.show_rows(rows, reasons)

        def failed(_exc: BaseException) -> bool:
            if self._is_current(generation):
                self.table.set_empty_text(self.tr("The list could not be loaded."))
            return False

        self._ops.query(load, done, failure=failed, parent=self)

    def show_rows(self, rows: list[Any], reasons: list[ReasonInfo] | None = None) -> None:
        if reasons is not None:
            self._reasons = {r.code: r for r in reasons}
        self.model.set_rows(rows, checked=True)
        header = self.table.horizontalHeader()
        if header.sortIndicatorSection() >= 0:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.table.set_empty_text(self.tr("No expired stock anywhere."))
        self._update()

    def checked_rows(self) -> list[Any]:
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
                "Each row is recorded as wasted with the reason shown. A mistake can only be "
                "corrected by a reversal."
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

        def success(posted: list[Any]) -> None:
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

        self._ops.write(
            lambda app: waste.discard_expired(app, items),
            success,
            failure=failure,
            changes={"stock"},
            label=self.tr("Discarding expired stock…"),
            parent=self,
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

    def _waste_recorded(self, posted: Any) -> None:
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


# --------------------------------------------------------------------------- the dialog

# Where a refusal is shown, by problem code (anything else: above the buttons).
_FIELD_OF_CODE = {
    "comment_required": "comment",
    "reason_required": "reason",
    "reason_unknown": "reason",
    "quantity_not_positive": "doses",
    "quantity_not_whole_units": "doses",
    "discard_not_whole_units": "doses",
    "insufficient_stock": "doses",
    "lot_unknown": "lot",
    "location_unknown": "location",
    "location_inactive": "location",
}


def field_of(problem: Problem) -> str:
    code = problem.code
    if code in _FIELD_OF_CODE:
        return _FIELD_OF_CODE[code]
    if "vial" in code or "doses" in code or "quantity" in code:
        return "doses"
    if "comment" in code:
        return "comment"
    return ""


class RecordWasteDialog(ServiceDialog):
    """Wasted doses at a location: which lot, how many, why."""

    done_value = Signal(object)  # stock.Posted

    def __init__(self, ops: Operations, location_code: str | None = None, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self._want_location = location_code
        self._locations: list[LocationInfo] = []
        self._reasons: list[ReasonInfo] = []
        self._lots: list[StockRow] = []
        self._lot_generation = 0
        self.setObjectName("recordWasteDialog")
        self.setWindowTitle(self.tr("Record waste"))
        self.setMinimumWidth(680)

        self.location_combo = QComboBox()
        self.location_combo.setObjectName("location")
        self.lot_combo = QComboBox()
        self.lot_combo.setObjectName("lot")
        for combo in (self.location_combo, self.lot_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(30)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.doses_spin = QSpinBox()
        self.doses_spin.setObjectName("doses")
        self.doses_spin.setRange(1, 1)
        self.doses_spin.setMinimumWidth(110)
        self.doses_spin.setAccelerated(True)
        # Whole vials (syringes…) for every reason but open-vial waste.
        self.units_spin = QSpinBox()
        self.units_spin.setObjectName("units")
        self.units_spin.setRange(1, 1)
        self.units_spin.setMinimumWidth(150)
        self.units_spin.setAccelerated(True)
        self.units_doses = QLabel()
        self.units_doses.setObjectName("unitsDoses")
        self.all_check = QCheckBox()
        self.all_check.setObjectName("allHeld")
        quantity = QWidget()
        quantity_row = QHBoxLayout(quantity)
        quantity_row.setContentsMargins(0, 0, 0, 0)
        quantity_row.setSpacing(10)
        for w in (self.doses_spin, self.units_spin, self.units_doses, self.all_check):
            quantity_row.addWidget(w)
        quantity_row.addStretch(1)
        self.reason_combo = QComboBox()
        self.reason_combo.setObjectName("reasonCode")
        self.reason_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("note")
        self.note_edit.setMaxLength(200)
        self.vial_hint = note_label(name="vialHint")
        self.comment_hint = note_label(name="commentHint")
        for hint in (self.vial_hint, self.comment_hint):
            hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.field_problems = {
            name: self._problem_label(name) for name in ("location", "lot", "doses", "reason", "comment")
        }
        self.problems = ProblemList()

        self.form = QFormLayout()
        self.form.setLabelAlignment(RIGHT)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(6)
        rows: tuple[tuple[str, QWidget, str, QLabel | None], ...] = (
            (self.tr("&Location"), self.location_combo, "location", None),
            (self.tr("L&ot"), self.lot_combo, "lot", None),
            (self.tr("&Quantity"), quantity, "doses", self.vial_hint),
            (self.tr("&Reason"), self.reason_combo, "reason", None),
            (self.tr("Co&mment"), self.note_edit, "comment", self.comment_hint),
        )
        self.labels: dict[str, QLabel] = {}
        for text, widget, name, note in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            self.labels[name] = label
            self.form.addRow(label, widget)
            if note is not None:
                self.form.addRow("", note)
            self.form.addRow("", self.field_problems[name])

        self.buttons, self.ok_button = submit_buttons(self, self.tr("&Discard"), self.tr("Cancel"), self.submit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(self.form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

        self.location_combo.currentIndexChanged.connect(lambda _i: self._location_changed())
        self.lot_combo.currentIndexChanged.connect(lambda _i: self._lot_changed())
        self.reason_combo.currentIndexChanged.connect(lambda _i: self._reason_changed())
        self.doses_spin.valueChanged.connect(lambda _v: self._clear_problem("doses"))
        self.units_spin.valueChanged.connect(lambda _v: self._quantity_changed())
        self.all_check.toggled.connect(lambda _on: self._quantity_changed())
        self.note_edit.textChanged.connect(lambda _t: self._clear_problem("comment"))
        self._update_hints()
        self._refresh()

        def load(app: App) -> tuple[list[LocationInfo], list[ReasonInfo]]:
            places = [
                loc
                for loc in reference.list_locations(app, active_only=True)
                if loc.holds_stock and not loc.is_virtual
            ]
            return places, reference.list_discard_reasons(app)

        ops.query(load, self._choices_arrived, parent=self)
        self.location_combo.setFocus()

    # ------------------------------------------------------------------ public

    def location_code(self) -> str | None:
        code = self.location_combo.currentData()
        return str(code) if code else None

    def current_lot(self) -> StockRow | None:
        index = self.lot_combo.currentIndex()
        return self._lots[index] if 0 <= index < len(self._lots) else None

    def current_reason(self) -> ReasonInfo | None:
        code = self.reason_combo.currentData()
        return next((r for r in self._reasons if r.code == code), None)

    def select_location(self, code: str) -> None:
        index = self.location_combo.findData(code)
        if index >= 0:
            self.location_combo.setCurrentIndex(index)

    def select_lot(self, lot_id: int) -> None:
        for i, row in enumerate(self._lots):
            if row.lot_id == lot_id:
                self.lot_combo.setCurrentIndex(i)
                return

    def select_reason(self, code: str) -> None:
        index = self.reason_combo.findData(code)
        if index >= 0:
            self.reason_combo.setCurrentIndex(index)

    def whole_units(self) -> bool:
        """Whether the quantity is entered in whole vials (syringes…): every reason but
        open-vial waste, for a product with more than one dose a unit."""
        reason, lot = self.current_reason(), self.current_lot()
        return (
            reason is not None
            and lot is not None
            and not may_be_part_of_a_unit(reason.code)
            and lot.doses_per_unit > 1
        )

    def doses(self) -> int:
        """The doses to discard, as entered (in doses or in whole units)."""
        lot = self.current_lot()
        if lot is None or not self.whole_units():
            return self.doses_spin.value()
        if lot.doses % lot.doses_per_unit and self.all_check.isChecked():
            return lot.doses
        return self.units_spin.value() * lot.doses_per_unit

    def lots_loaded(self) -> bool:
        return self._lot_generation == 0 and self.location_combo.count() > 0

    def field_problem(self, name: str) -> str:
        label = self.field_problems[name]
        return label.text() if not label.isHidden() else ""

    def submit(self) -> None:
        if self._busy:
            return
        lot, reason, location = self.current_lot(), self.current_reason(), self.location_code()
        local: list[tuple[str, str]] = []
        if location is None:
            local.append(("location", self.tr("Choose the location.")))
        elif lot is None:
            local.append(("lot", self.tr("Choose the lot: nothing is on hand at this location.")))
        if reason is None:
            local.append(("reason", self.tr("Choose a reason.")))
        if local:
            self._show_problems(local)
            return
        assert lot is not None and reason is not None and location is not None
        doses, note = self.doses(), self.note_edit.text().strip()
        self._show_problems([])
        self.run_write(
            lambda app: stock.discard(
                app,
                lot_id=lot.lot_id,
                location_code=location,
                doses=doses,
                reason_code=reason.code,
                note=note,
            ),
            self.done_value.emit,
            {"stock"},
            self.tr("Discarding…"),
        )

    # ------------------------------------------------------------------ internals

    def _problem_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"{name}Problem")
        label.setWordWrap(True)
        label.setStyleSheet(PROBLEM_STYLE)
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        label.hide()
        return label

    def _show_problems(self, problems: list[tuple[str, str]]) -> None:
        by_field: dict[str, list[str]] = {}
        general: list[str] = []
        for name, text in problems:
            if name in self.field_problems:
                by_field.setdefault(name, []).append(text)
            else:
                general.append(text)
        for name, label in self.field_problems.items():
            texts = by_field.get(name)
            label.setText("\n".join(texts) if texts else "")
            label.setVisible(bool(texts))
        self.problems.show_problems(general)
        self._fit()
        first = next(iter(by_field), None)
        widget = {
            "location": self.location_combo,
            "lot": self.lot_combo,
            "doses": self.units_spin if self.whole_units() else self.doses_spin,
            "reason": self.reason_combo,
            "comment": self.note_edit,
        }.get(first or "")
        if widget is not None:
            widget.setFocus()

    def _clear_problem(self, name: str) -> None:
        label = self.field_problems[name]
        if not label.isHidden():
            label.clear()
            label.hide()

    def _choices_arrived(self, choices: tuple[list[LocationInfo], list[ReasonInfo]]) -> None:
        locations, reasons = choices
        self._locations = sorted(locations, key=lambda loc: loc.name.lower())
        self._reasons = list(reasons)
        self.reason_combo.blockSignals(True)
        self.reason_combo.clear()
        for r in self._reasons:
            self.reason_combo.addItem(labels.by_language(r.name_da, r.name_en), r.code)
        self.reason_combo.blockSignals(False)
        self.select_reason(DEFAULT_REASON)
        self.location_combo.blockSignals(True)
        self.location_combo.clear()
        for loc in self._locations:
            self.location_combo.addItem(f"{loc.name} ({loc.code})", loc.code)
        self.location_combo.setCurrentIndex(-1)
        self.location_combo.blockSignals(False)
        if self._want_location:
            self.select_location(self._want_location)
        elif self._locations:
            self.location_combo.setCurrentIndex(0)
        self._reason_changed()

    def _location_changed(self) -> None:
        self._clear_problem("location")
        code = self.location_code()
        loc = next((x for x in self._locations if x.code == code), None)
        self._lots = []
        self.lot_combo.clear()
        if loc is None or loc.id is None:
            self._update_hints()
            return
        self._lot_generation += 1
        generation = self._lot_generation
        self.lot_combo.setPlaceholderText(self.tr("Loading…"))
        location_id = loc.id

        def done(rows: list[StockRow]) -> None:
            if generation != self._lot_generation:
                return
            self._lot_generation = 0
            self._fill_lots(rows)

        self._ops.query(
            lambda app: queries.stock_rows(app, StockFilter(location_id=location_id)), done, parent=self
        )

    def _fill_lots(self, rows: list[StockRow]) -> None:
        self._lots = list(rows)
        self.lot_combo.blockSignals(True)
        self.lot_combo.clear()
        for r in self._lots:
            use_by = self.tr("use-by %1").replace("%1", fmt.date_text(r.use_by))
            on_hand = self.tr("%Ln dose(s) on hand", None, r.doses)
            text = f"{r.batch} · {use_by} · {on_hand} · {r.product_short or r.product}"
            self.lot_combo.addItem(text, r.lot_id)
            self.lot_combo.setItemData(self.lot_combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        self.lot_combo.setPlaceholderText(self.tr("Nothing on hand here") if not rows else "")
        self.lot_combo.setCurrentIndex(0 if rows else -1)
        self.lot_combo.blockSignals(False)
        self._lot_changed()

    def _lot_changed(self) -> None:
        self._clear_problem("lot")
        lot = self.current_lot()
        if lot is not None:
            self.doses_spin.setRange(1, max(1, lot.doses))
            self.units_spin.setRange(1, max(1, lot.doses // max(1, lot.doses_per_unit)))
        self.all_check.blockSignals(True)
        self.all_check.setChecked(False)
        self.all_check.blockSignals(False)
        self._update_hints()
        self._refresh()

    def _reason_changed(self) -> None:
        self._clear_problem("reason")
        self._clear_problem("comment")
        self._update_hints()
        self._refresh()

    def _quantity_changed(self) -> None:
        self._clear_problem("doses")
        self._show_quantity()

    def _units_text(self, form: str, units: int) -> str:
        if form == "prefilled syringe":
            return self.tr("%Ln syringe(s)", None, units)
        if form == "nasal applicator":
            return self.tr("%Ln applicator(s)", None, units)
        return self.tr("%Ln vial(s)", None, units)

    def _show_quantity(self) -> None:
        """Doses, or whole units with their doses beside them (and "all held" where the
        location holds part of a unit)."""
        lot, whole = self.current_lot(), self.whole_units()
        self.doses_spin.setVisible(not whole)
        self.units_spin.setVisible(whole)
        self.units_doses.setVisible(whole)
        part = whole and lot is not None and lot.doses % lot.doses_per_unit != 0
        self.all_check.setVisible(part)
        self.labels["doses"].setText(self.tr("&Quantity") if whole else self.tr("&Doses"))
        self.labels["doses"].setBuddy(self.units_spin if whole else self.doses_spin)
        if not whole or lot is None:
            return
        if part:
            self.all_check.setText(
                self.tr("All %1 doses held here (with the part of an opened one)").replace(
                    "%1", fmt.integer(lot.doses)
                )
            )
            if lot.doses < lot.doses_per_unit:  # only a part of one is left: all of it or nothing
                self.all_check.setChecked(True)
            self.all_check.setEnabled(lot.doses >= lot.doses_per_unit)
        everything = part and self.all_check.isChecked()
        self.units_spin.setEnabled(not everything)
        units = self.units_spin.value()
        doses = self.doses()
        self.units_doses.setText(
            self._units_text(lot.form, units) + " = " + self.tr("%1 doses").replace("%1", fmt.integer(doses))
            if not everything
            else "= " + self.tr("%1 doses").replace("%1", fmt.integer(doses))
        )

    def _update_hints(self) -> None:
        reason, lot = self.current_reason(), self.current_lot()
        self._show_quantity()
        if reason is not None and self.whole_units() and lot is not None:
            self.vial_hint.setText(
                self.tr(
                    "Waste for “%1” is entered in whole vials, syringes or applicators (%Ln dose(s) "
                    "each): an unopened one is lost whole. Only what is left in an opened vial is "
                    "entered in doses.",
                    None,
                    lot.doses_per_unit,
                ).replace("%1", labels.by_language(reason.name_da, reason.name_en))
            )
            self.vial_hint.show()
        elif reason is not None and reason.code == OPEN_VIAL_REASON and lot is not None:
            self.vial_hint.setText(
                self.tr("A vial holds %Ln dose(s): enter the doses left in the opened vial.", None, lot.doses_per_unit)
            )
            self.vial_hint.show()
        else:
            self.vial_hint.hide()
        if reason is not None and reason.requires_comment:
            self.comment_hint.setText(self.tr("Required for this reason: say what happened."))
            self.comment_hint.show()
            self.note_edit.setPlaceholderText(self.tr("Required"))
        else:
            self.comment_hint.hide()
            self.note_edit.setPlaceholderText(self.tr("Optional"))
        self._fit()

    def _fit(self) -> None:
        """Grow (or shrink) to show every hint and message in full; keep the width."""
        width, layout = self.width(), self.layout()
        if layout is None:
            return
        layout.activate()
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else 0
        self.resize(width, max(height, self.sizeHint().height(), self.minimumSizeHint().height()))

    def show_refusal(self, err: DomainError) -> None:
        self._show_problems([(field_of(p), labels.problem_text(p)) for p in err.problems])

    def _refresh(self) -> None:
        self.ok_button.setEnabled(not self._busy)

    def lot_rows(self) -> list[StockRow]:
        return list(self._lots)


__all__ = ["ROW_ROLE", "DiscardTab", "RecordWasteDialog"]
