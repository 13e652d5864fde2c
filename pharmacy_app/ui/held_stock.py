"""Held (quarantined) stock and thawing: which rows they are, and the dialogs that act.

A line whose cold chain is in doubt is received *on hold*: its doses go to the
pharmacy's quarantine location (kind ``quarantine``, code ``<pharmacy>-KAR``).  They are
in the ledger but cannot be picked until a pharmacist releases them (with a reason) or
discards them (with an SSI reason code).  Frozen stock is thawed where it is; the
thawed part gets its own, shorter use-by and is never refrozen.

Each dialog asks for the doses and the reason, then calls its service through the
operations helper; a refusal is shown in the helper's standard way and the dialog
stays open with what was typed.  Discard takes a reason to post into a month already
reported to SSI (the closed-month dialog asks for it); release and thaw are posted now
and their services take no such reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.domain.expiry import effective_use_by
from pharmacy_app.services import receiving, reference, stock
from pharmacy_app.services.app import App
from pharmacy_app.services.queries import StockRow
from pharmacy_app.services.reference import ProductInfo, ReasonInfo
from pharmacy_app.ui import fmt, labels
from pharmacy_app.ui.closed_month import ClosedMonthDialog, offer_closed_month_reason
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.widgets import badge_icon

# How held stock looks wherever it is listed.
HELD_FG = QColor("#7a4b00")
HELD_BG = QColor("#fff3d6")
DEFAULT_DISCARD_REASON = "TEMPERATURSVIGT"


def is_held(row: StockRow) -> bool:
    """Stock at a quarantine location: in the ledger, not pickable."""
    return row.held


def is_frozen_product(product: ProductInfo | None) -> bool:
    return (
        product is not None
        and product.frozen_min_c is not None
        and product.thawed_shelf_life_days is not None
    )


def can_thaw(row: StockRow, product: ProductInfo | None) -> bool:
    """Frozen stock of a frozen product, not held: thawing starts its shorter clock."""
    return row.thawed_on is None and not is_held(row) and is_frozen_product(product)


def held_icon() -> QIcon:
    """A small amber "paused" badge for held stock."""
    return badge_icon("#d08a00", ((5, 4, 2, 8), (9, 4, 2, 8)))


def held_tooltip() -> str:
    return QCoreApplication.translate(
        "HeldStock",
        "Held in quarantine: in stock but cannot be picked until a pharmacist releases "
        "it or discards it.",
    )


@dataclass(frozen=True)
class StockTarget:
    """The stock a dialog acts on: one lot at one location."""

    lot_id: int
    location_code: str
    location_name: str
    product: str
    batch: str
    expiry: date
    doses: int
    doses_per_unit: int
    doses_per_pack: int
    thawed_shelf_life_days: int | None = None

    @classmethod
    def from_row(cls, row: StockRow, product: ProductInfo | None = None) -> StockTarget:
        return cls(
            lot_id=row.lot_id,
            location_code=row.location_code,
            location_name=row.location_name,
            product=row.product,
            batch=row.batch,
            expiry=row.expiry,
            doses=row.doses,
            doses_per_unit=row.doses_per_unit,
            doses_per_pack=row.doses_per_pack,
            thawed_shelf_life_days=product.thawed_shelf_life_days if product else None,
        )


class _StockDialog(QDialog):
    """Doses of one lot at one location, a reason, and a button that does it."""

    done_value = Signal(object)  # the service's result (stock.Posted)

    def __init__(self, ops: Operations, target: StockTarget, parent: QWidget | None = None):
        super().__init__(parent)
        self._ops = ops
        self.target = target
        self._busy = False
        self.closed_month_dialog: ClosedMonthDialog | None = None
        self.setMinimumWidth(560)

        self.info = QLabel()
        self.info.setObjectName("stockInfo")
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setWordWrap(True)
        self.info.setText(self._info_html())

        self.doses_spin = QSpinBox()
        self.doses_spin.setObjectName("doses")
        step = max(1, target.doses_per_unit)
        self.doses_spin.setRange(step if target.doses >= step else 1, max(1, target.doses))
        self.doses_spin.setSingleStep(step)
        self.doses_spin.setValue(target.doses)
        self.doses_spin.setAccelerated(True)
        self.doses_spin.setMinimumWidth(110)
        self.amount_hint = QLabel()
        self.amount_hint.setObjectName("amountHint")
        self.amount_hint.setStyleSheet("color: #5c6166;")
        self.doses_spin.valueChanged.connect(self._update_hint)

        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        doses_label = QLabel(self.tr("&Doses"))
        doses_label.setBuddy(self.doses_spin)
        self.form.addRow(doses_label, self.doses_spin)
        self.form.addRow("", self.amount_hint)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.ok_button = QPushButton()
        self.ok_button.setObjectName("okButton")
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.info)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self._update_hint()

    # ------------------------------------------------------------------ to override

    # Whether the service takes ``closed_month_reason``: then a refusal because the
    # month was reported to SSI asks for a reason and runs again with it.
    accepts_closed_month_reason = False

    def work(self, app: App, doses: int, closed_month_reason: str | None = None) -> Any:
        raise TypeError(f"{type(self).__name__} must define work()")

    def can_submit(self) -> bool:
        return True

    def saving_label(self) -> str:
        return self.tr("Saving…")

    # ------------------------------------------------------------------ common

    def _info_html(self) -> str:
        t = self.target
        on_hand = QCoreApplication.translate("HeldStock", "%Ln dose(s) on hand", None, t.doses)
        batch = self.tr("Batch")
        expiry = self.tr("Expiry")
        return (
            f"<b>{escape(t.product)}</b><br>"
            f"{escape(batch)} <b>{escape(t.batch)}</b> &nbsp;·&nbsp; {escape(expiry)} "
            f"{escape(fmt.date_text(t.expiry))}<br>"
            f"{escape(t.location_name)} ({escape(t.location_code)}) &nbsp;·&nbsp; {escape(on_hand)}"
        )

    def _update_hint(self) -> None:
        t = self.target
        doses = self.doses_spin.value()
        packs = doses / t.doses_per_pack if t.doses_per_pack else 0
        units = doses / t.doses_per_unit if t.doses_per_unit else 0
        self.amount_hint.setText(
            self.tr("= %1 vials/syringes · %2 packs")
            .replace("%1", fmt.quantity(units))
            .replace("%2", fmt.quantity(packs))
        )
        self._refresh_ok()

    def _refresh_ok(self) -> None:
        self.ok_button.setEnabled(not self._busy and self.can_submit())

    def submit(self) -> None:
        if self._busy or not self.can_submit():
            return
        self._run(self.doses_spin.value(), None)

    def _run(self, doses: int, closed_month_reason: str | None) -> None:
        self._busy = True
        self._refresh_ok()

        def success(result: object) -> None:
            self._busy = False
            self.done_value.emit(result)
            self.accept()

        def retry(reason: str) -> None:
            self.closed_month_dialog = None
            self._run(doses, reason)

        def cancelled() -> None:
            self.closed_month_dialog = None
            self._busy = False
            self._refresh_ok()

        def failure(exc: BaseException) -> bool:
            if self.accepts_closed_month_reason:
                dialog = offer_closed_month_reason(self, exc, retry, cancelled)
                if dialog is not None:
                    self.closed_month_dialog = dialog
                    return True
            self._busy = False
            self._refresh_ok()
            return False  # the helper shows it, over this dialog

        self._ops.write(
            lambda app: self.work(app, doses, closed_month_reason),
            success,
            failure=failure,
            changes={"stock", "receiving"},
            label=self.saving_label(),
            parent=self,
        )


class ReleaseDialog(_StockDialog):
    """A pharmacist releases held stock to the pharmacy's shelves, with a reason."""

    def __init__(self, ops: Operations, target: StockTarget, parent: QWidget | None = None):
        super().__init__(ops, target, parent)
        self.setWindowTitle(self.tr("Release held stock"))
        self.setObjectName("releaseDialog")
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setMaxLength(200)
        self.reason_edit.setPlaceholderText(self.tr("e.g. temperature log checked: within 2–8 °C"))
        label = QLabel(self.tr("&Reason"))
        label.setBuddy(self.reason_edit)
        self.form.addRow(label, self.reason_edit)
        self.ok_button.setText(self.tr("&Release"))
        self.reason_edit.textChanged.connect(lambda _t: self._refresh_ok())
        self._refresh_ok()
        self.reason_edit.setFocus()

    def can_submit(self) -> bool:
        return bool(getattr(self, "reason_edit", None) and self.reason_edit.text().strip())

    def saving_label(self) -> str:
        return self.tr("Releasing…")

    def work(self, app: App, doses: int, closed_month_reason: str | None = None) -> Any:
        t = self.target  # receiving.release posts now and takes no closed-month reason
        return receiving.release(
            app,
            lot_id=t.lot_id,
            quarantine_code=t.location_code,
            doses=doses,
            note=self.reason_edit.text().strip(),
        )


class DiscardDialog(_StockDialog):
    """Discard stock (held or not) with an SSI reason code."""

    accepts_closed_month_reason = True

    def __init__(self, ops: Operations, target: StockTarget, parent: QWidget | None = None):
        super().__init__(ops, target, parent)
        self.setWindowTitle(self.tr("Discard stock"))
        self.setObjectName("discardDialog")
        self._reasons: list[ReasonInfo] = []
        self.reason_combo = QComboBox()
        self.reason_combo.setObjectName("reasonCode")
        self.reason_combo.setMinimumWidth(260)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("note")
        self.note_edit.setMaxLength(200)
        self.note_edit.setPlaceholderText(self.tr("Comment (required for some reasons)"))
        reason_label = QLabel(self.tr("&Reason"))
        reason_label.setBuddy(self.reason_combo)
        note_label = QLabel(self.tr("Co&mment"))
        note_label.setBuddy(self.note_edit)
        self.form.addRow(reason_label, self.reason_combo)
        self.form.addRow(note_label, self.note_edit)
        self.ok_button.setText(self.tr("&Discard"))
        self.reason_combo.currentIndexChanged.connect(lambda _i: self._refresh_ok())
        self.note_edit.textChanged.connect(lambda _t: self._refresh_ok())
        self._refresh_ok()
        ops.query(reference.list_discard_reasons, self.set_reasons, parent=self)
        self.reason_combo.setFocus()

    def set_reasons(self, reasons: list[ReasonInfo]) -> None:
        self._reasons = list(reasons)
        self.reason_combo.clear()
        for r in reasons:
            self.reason_combo.addItem(labels.by_language(r.name_da, r.name_en), r.code)
        index = self.reason_combo.findData(DEFAULT_DISCARD_REASON)
        if index >= 0:
            self.reason_combo.setCurrentIndex(index)
        self._refresh_ok()

    def _reason(self) -> ReasonInfo | None:
        code = self.reason_combo.currentData() if hasattr(self, "reason_combo") else None
        return next((r for r in self._reasons if r.code == code), None) if code else None

    def can_submit(self) -> bool:
        reason = self._reason() if hasattr(self, "_reasons") else None
        if reason is None:
            return False
        return not reason.requires_comment or bool(self.note_edit.text().strip())

    def saving_label(self) -> str:
        return self.tr("Discarding…")

    def work(self, app: App, doses: int, closed_month_reason: str | None = None) -> Any:
        t = self.target
        reason = self._reason()
        return stock.discard(
            app,
            lot_id=t.lot_id,
            location_code=t.location_code,
            doses=doses,
            reason_code=reason.code if reason else "",
            note=self.note_edit.text().strip(),
            closed_month_reason=closed_month_reason,
        )


class ThawDialog(_StockDialog):
    """Thaw doses of a frozen lot where they are; the thawed part has its own use-by."""

    def __init__(
        self,
        ops: Operations,
        target: StockTarget,
        today: date,
        parent: QWidget | None = None,
    ):
        super().__init__(ops, target, parent)
        self.setWindowTitle(self.tr("Thaw stock"))
        self.setObjectName("thawDialog")
        self.today = today
        self.use_by_label = QLabel()
        self.use_by_label.setObjectName("thawUseBy")
        self.use_by_label.setWordWrap(True)
        self.use_by_label.setTextFormat(Qt.TextFormat.RichText)
        self.form.addRow(self.tr("After thawing"), self.use_by_label)
        self.ok_button.setText(self.tr("&Thaw"))
        self._show_use_by()
        self.doses_spin.setFocus()
        self.doses_spin.selectAll()

    def use_by(self) -> date:
        t = self.target
        return effective_use_by(t.expiry, self.today, t.thawed_shelf_life_days)

    def _show_use_by(self) -> None:
        days = self.target.thawed_shelf_life_days or 0
        keeps = self.tr("keeps %Ln day(s) at 2–8 °C", None, days)
        use_by = self.tr("use by %1").replace("%1", fmt.date_text(self.use_by()))
        never = self.tr("Thawed stock cannot be refrozen.")
        self.use_by_label.setText(f"<b>{escape(use_by)}</b> ({escape(keeps)})<br>{escape(never)}")

    def saving_label(self) -> str:
        return self.tr("Thawing…")

    def work(self, app: App, doses: int, closed_month_reason: str | None = None) -> Any:
        t = self.target  # receiving.thaw posts now and takes no closed-month reason
        return receiving.thaw(app, lot_id=t.lot_id, location_code=t.location_code, doses=doses)

