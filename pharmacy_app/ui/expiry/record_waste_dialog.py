"""Recording waste at any location (*Record waste…* on the Discard tab): a location, one
of the lots held there, the quantity and an SSI reason code.  Some reasons need a
comment (shown at the field).  Waste from an opened multi-dose vial is entered in
doses, and the dialog says how many doses a vial holds; every other reason (broken,
cold chain…) takes whole vials, so the quantity is then entered in vials (syringes,
applicators), with the doses beside it and, where the location holds part of a vial,
"all held here" as a choice (:mod:`pharmacy_app.domain.waste_units`).  The service's refusals are shown next to the
field they concern; the dialog stays open with what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.domain.errors import DomainError, Problem
from pharmacy_app.domain.waste_units import OPEN_VIAL_REASON, may_be_part_of_a_unit
from pharmacy_app.services import queries, reference
from pharmacy_app.services.app import App
from pharmacy_app.services.queries import StockFilter, StockRow
from pharmacy_app.services.reference import LocationInfo, ReasonInfo
from pharmacy_app.ui import fmt, labels
from pharmacy_app.ui.common.async_dialog import ServiceDialog
from pharmacy_app.ui.common.problem_list import ProblemList
from pharmacy_app.ui.common.table_models import RIGHT
from pharmacy_app.ui.common.widgets import submit_buttons
from pharmacy_app.ui.expiry.tab_parts import note_label
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import stock as stock_ops

DEFAULT_REASON = "BRUD"
PROBLEM_STYLE = "color: #9b1c1c;"


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
        quantity = self._build_fields()
        self._build_form(quantity)
        self._connect_signals()
        self._update_hints()
        self._refresh()
        self._load_choices()
        self.location_combo.setFocus()

    def _build_fields(self) -> QWidget:
        """The fields, their hints and problem labels; returns the quantity row (doses, or
        whole units with their doses and "all held here")."""
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
        return quantity

    def _build_form(self, quantity: QWidget) -> None:
        """Label, field, hint and problem, one under the other; the buttons under all."""
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

    def _connect_signals(self) -> None:
        self.location_combo.currentIndexChanged.connect(lambda _i: self._location_changed())
        self.lot_combo.currentIndexChanged.connect(lambda _i: self._lot_changed())
        self.reason_combo.currentIndexChanged.connect(lambda _i: self._reason_changed())
        self.doses_spin.valueChanged.connect(lambda _v: self._clear_problem("doses"))
        self.units_spin.valueChanged.connect(lambda _v: self._quantity_changed())
        self.all_check.toggled.connect(lambda _on: self._quantity_changed())
        self.note_edit.textChanged.connect(lambda _t: self._clear_problem("comment"))

    def _load_choices(self) -> None:
        """The active locations that hold stock, and the discard reasons (worker thread)."""

        def load(app: App) -> tuple[list[LocationInfo], list[ReasonInfo]]:
            places = [
                loc
                for loc in reference.list_locations(app, active_only=True)
                if loc.holds_stock and not loc.is_virtual
            ]
            return places, reference.list_discard_reasons(app)

        self._ops.query(load, self._choices_arrived, parent=self)

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
        self.run_op(
            stock_ops.discard(
                self,
                lot_id=lot.lot_id,
                location_code=location,
                doses=doses,
                reason_code=reason.code,
                note=note,
            ),
            self.done_value.emit,
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
