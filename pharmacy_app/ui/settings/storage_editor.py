"""The storage part of the site form: a check box per class of equipment with an
optional capacity in packs and in litres.

A site with nothing recorded shows its kind's default, and says so ("Default for Mobile
unit: cool box"); while the person has not touched the boxes, choosing another kind
shows that kind's default instead.  :meth:`StorageEditor.changed` says whether the
equipment differs from what was shown, so the form saves it only when it was changed
(a site left on its kind's default keeps following it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.domain import cold_chain as cc
from pharmacy_app.ui.common import storage_labels
from pharmacy_app.ui.settings.form_parts import hint_label


class StorageEditor(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.checks: dict[cc.StorageClass, QCheckBox] = {}
        self.packs: dict[cc.StorageClass, QSpinBox] = {}
        self.litres: dict[cc.StorageClass, QDoubleSpinBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        # A capacity is optional, in packs, in litres (with each product's pack volume) or both.
        grid.addWidget(QLabel(self.tr("Capacity in packs")), 0, 1)
        grid.addWidget(QLabel(self.tr("or in litres")), 0, 2)
        for row, c in enumerate(cc.ORDER, start=1):
            check = QCheckBox(storage_labels.class_with_range(c))
            check.setObjectName(f"storage_{c.value}")
            packs = QSpinBox()
            packs.setObjectName(f"packs_{c.value}")
            packs.setRange(0, 100_000)
            packs.setSpecialValueText(self.tr("no limit"))
            packs.setSuffix(self.tr(" packs"))
            packs.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            packs.setMinimumWidth(120)
            litres = QDoubleSpinBox()
            litres.setObjectName(f"litres_{c.value}")
            litres.setRange(0, 100_000)
            litres.setDecimals(1)
            litres.setSpecialValueText(self.tr("no limit"))
            litres.setSuffix(" l")
            litres.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            litres.setMinimumWidth(110)
            grid.addWidget(check, row, 0)
            grid.addWidget(packs, row, 1)
            grid.addWidget(litres, row, 2)
            self.checks[c], self.packs[c], self.litres[c] = check, packs, litres
            check.toggled.connect(self._touched)
            packs.valueChanged.connect(self._touched)
            litres.valueChanged.connect(self._touched)
        grid.setColumnStretch(3, 1)
        self.hint = hint_label("")
        self.hint.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(grid)
        layout.addWidget(self.hint)
        self.recorded = False
        self.touched = False
        self._loading = False
        self._shown: tuple[cc.Equipment, ...] = ()

    # ------------------------------------------------------------------ state

    def show_equipment(self, equipment: tuple[cc.Equipment, ...], recorded: bool, kind_name: str) -> None:
        """Show a site's equipment (``recorded``, or its kind's default)."""
        self.recorded = recorded
        self._loading = True
        try:
            have = {e.storage_class: e for e in equipment}
            for c in cc.ORDER:
                e = have.get(c)
                self.checks[c].setChecked(e is not None)
                self.packs[c].setValue(e.capacity_packs or 0 if e else 0)
                self.litres[c].setValue(e.capacity_litres or 0.0 if e else 0.0)
        finally:
            self._loading = False
        self._enable()
        self._shown = self.value()
        if recorded:
            self.hint.setText(self.tr("Recorded for this site."))
        else:
            self.hint.setText(storage_labels.default_text(kind_name, (e.storage_class for e in equipment)))

    def kind_chosen(self, kind_code: str | None, kind_name: str) -> None:
        """Another kind chosen: a site on its kind's default that nobody touched follows it."""
        if self.recorded or self.touched:
            return
        default = cc.classes_or_default((), kind_code)
        self.show_equipment(tuple(cc.Equipment(c) for c in default), False, kind_name)

    def value(self) -> tuple[cc.Equipment, ...]:
        """The equipment as it stands: the ticked classes, 0 meaning no capacity."""
        return tuple(
            cc.Equipment(c, self.packs[c].value() or None, self.litres[c].value() or None)
            for c in cc.ORDER
            if self.checks[c].isChecked()
        )

    def changed(self) -> bool:
        return self.value() != self._shown

    def _touched(self) -> None:
        self._enable()
        if not self._loading:
            self.touched = True

    def _enable(self) -> None:
        for c in cc.ORDER:
            on = self.checks[c].isChecked()
            self.packs[c].setEnabled(on)
            self.litres[c].setEnabled(on)
