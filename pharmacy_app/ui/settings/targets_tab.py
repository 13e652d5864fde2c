"""Settings, Targets: every site and product with its stock target, and an editor for
the selected row.

A target is a minimum and a maximum in doses or in days of cover
(:mod:`pharmacy_app.domain.stock_targets`); a row without one shows its kind's default
(greyed).  Select a row (arrow keys), choose the unit, type the minimum and maximum and
press Enter or *Save target*; *Use the kind's default* removes the site's own target.
Both are a coordinator's (the buttons are greyed for others by the service's refusal).
"""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.domain import stock_targets as st
from pharmacy_app.domain.changes import Change
from pharmacy_app.services import stock_outs
from pharmacy_app.services.stock_outs import TargetRow
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.table_models import RIGHT, Column, RowsModel
from pharmacy_app.ui.common.widgets import RefreshingTab, push_button
from pharmacy_app.ui.expiry.tab_parts import note_label, sortable_table
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import settings as settings_ops

DEFAULT_FG = QColor("#5c6166")


class TargetsTab(RefreshingTab):
    RELEVANT_CHANGES = Change.STOCK | Change.REFERENCE

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.setObjectName("targetsTab")
        self.rows: list[TargetRow] = []
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("targetsFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter by site or product…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(lambda _t: self._show_rows())
        self.model: RowsModel[TargetRow] = RowsModel(self._columns(), parent=self)
        self.table = sortable_table("targetsTable", self.model)
        self.table.set_column_widths({0: 220, 1: 80, 2: 220, 3: 80, 4: 80, 5: 120, 6: 200})
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("targetUnit")
        self.unit_combo.addItem(self.tr("days of cover"), st.DAYS)
        self.unit_combo.addItem(self.tr("doses"), st.DOSES)
        self.min_spin = QSpinBox()
        self.min_spin.setObjectName("targetMin")
        self.max_spin = QSpinBox()
        self.max_spin.setObjectName("targetMax")
        for box in (self.min_spin, self.max_spin):
            box.setRange(0, st.MAX_TARGET)
            box.setMinimumWidth(90)
            box.setGroupSeparatorShown(True)
        self.save_button = push_button(self.tr("&Save target"), "saveTarget", self.tr("Save the target (Enter)"))
        self.clear_button = push_button(
            self.tr("Use the &kind's default"), "clearTarget", self.tr("Remove the site's own target")
        )
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.clear)
        for box in (self.min_spin, self.max_spin):
            box.lineEdit().returnPressed.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("targetsStatus")
        editor = QHBoxLayout()
        editor.addWidget(QLabel(self.tr("Minimum")))
        editor.addWidget(self.min_spin)
        editor.addWidget(QLabel(self.tr("Maximum")))
        editor.addWidget(self.max_spin)
        editor.addWidget(self.unit_combo)
        editor.addWidget(self.save_button)
        editor.addWidget(self.clear_button)
        editor.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(
            note_label(
                self.tr(
                    "Each site's minimum and maximum stock per product, in doses or in days of cover. "
                    "Without its own target a site keeps its kind's days of cover as the maximum and "
                    "half of them as the minimum (grey rows). A site below its minimum, or that will "
                    "run out before its next round, is listed under Expiry and stock-outs › Stock-outs."
                )
            )
        )
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addLayout(editor)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._selected())
        self._set_editable(False)

    def refresh(self) -> None:
        generation = self._next_generation()
        self._ops.query(
            stock_outs.targets, lambda rows: self._arrived(generation, rows), parent=self
        )

    def current(self) -> TargetRow | None:
        index = self.table.currentIndex()
        return self.model.rows()[index.row()] if index.isValid() else None

    def select(self, site_code: str, varenummer: str) -> bool:
        for i, r in enumerate(self.model.rows()):
            if (r.location_code, r.varenummer) == (site_code, varenummer):
                self.table.setCurrentIndex(self.model.index(i, 0))
                return True
        return False

    def save(self) -> int:
        r = self.current()
        if r is None:
            return 0
        return settings_ops.set_target(
            self, r.location_code, r.varenummer, str(self.unit_combo.currentData()),
            self.min_spin.value(), self.max_spin.value(),
        ).success(lambda _t: self._saved(self.tr("Target saved."))).run(self._ops, self.tr("Saving…"))  # fmt: skip

    def clear(self) -> int:
        r = self.current()
        if r is None or r.set_by is None:
            return 0
        return settings_ops.clear_target(self, r.location_code, r.varenummer).success(
            lambda _t: self._saved(self.tr("The kind's default applies."))
        ).run(self._ops, self.tr("Saving…"))

    # ------------------------------------------------------------------ internals

    def _saved(self, text: str) -> None:
        self.status.setText(text)
        self.refresh()

    def _arrived(self, generation: int, rows: list[TargetRow]) -> None:
        if not self._is_current(generation):
            return
        keep = self.current()
        self.rows = rows
        self._show_rows()
        if keep is not None:
            self.select(keep.location_code, keep.varenummer)

    def _show_rows(self) -> None:
        words = self.filter_edit.text().casefold().split()
        shown = [
            r for r in self.rows
            if all(w in f"{r.location_code} {r.location_name} {r.varenummer} {r.product}".casefold() for w in words)
        ]  # fmt: skip
        self.model.set_rows(shown)
        self.table.set_empty_text("" if shown else self.tr("No sites with products yet."))
        self._selected()

    def _selected(self) -> None:
        r = self.current()
        self._set_editable(r is not None)
        if r is None:
            return
        index = self.unit_combo.findData(r.target.unit)
        self.unit_combo.setCurrentIndex(max(0, index))
        self.min_spin.setValue(r.target.minimum)
        self.max_spin.setValue(r.target.maximum)
        self.clear_button.setEnabled(r.set_by is not None)

    def _set_editable(self, on: bool) -> None:
        for w in (self.unit_combo, self.min_spin, self.max_spin, self.save_button, self.clear_button):
            w.setEnabled(on)

    def _columns(self) -> list[Column[TargetRow]]:
        def grey(r: TargetRow) -> QColor | None:
            return DEFAULT_FG if r.set_by is None else None

        def unit(r: TargetRow) -> str:
            return self.tr("doses") if r.target.unit == st.DOSES else self.tr("days of cover")

        def source(r: TargetRow) -> str:
            if r.set_by is None:
                return self.tr("kind's default")
            return self.tr("%1, %2").replace("%1", r.set_by).replace("%2", fmt.datetime_text(r.set_at))

        return [
            Column(self.tr("Site"), lambda r: r.location_name, tip=lambda r: r.location_code, foreground=grey),
            Column(self.tr("Varenr."), lambda r: r.varenummer, foreground=grey),
            Column(self.tr("Product"), lambda r: r.product, foreground=grey),
            Column(self.tr("Minimum"), lambda r: r.target.minimum, lambda r: fmt.integer(r.target.minimum), RIGHT,
                   foreground=grey),
            Column(self.tr("Maximum"), lambda r: r.target.maximum, lambda r: fmt.integer(r.target.maximum), RIGHT,
                   foreground=grey),
            Column(self.tr("Unit"), lambda r: r.target.unit, unit, foreground=grey),
            Column(self.tr("Set by"), lambda r: r.set_at or "", source, foreground=grey),
        ]  # fmt: skip

