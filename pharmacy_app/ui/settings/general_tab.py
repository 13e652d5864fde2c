"""Settings, General: the back-dating window, the home pharmacy, the idle lock, the days
between rounds, what round proposals size a site's use by, and the orders to SSI
(delivery interval and cover target): settings of the database, saved through the
operations helper; and the UI language (a setting of this
workstation, in QSettings, taking effect at the next start)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.domain import use_basis as ub
from pharmacy_app.domain.roles import DEFAULT_LOCK_AFTER_MINUTES, MAX_LOCK_AFTER_MINUTES
from pharmacy_app.domain.stock_targets import DEFAULT_ROUND_INTERVAL_DAYS, MAX_ROUND_INTERVAL_DAYS
from pharmacy_app.services import reference, ssi_order
from pharmacy_app.services.reference import LocationInfo
from pharmacy_app.ui.common.widgets import settings
from pharmacy_app.ui.i18n import LANGUAGE_KEY, current_language_setting
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import settings as settings_ops
from pharmacy_app.ui.ops import users as user_ops
from pharmacy_app.ui.settings.form_parts import row, select_data, spin, with_hint


class GeneralTab(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self._ops = ops
        self._shown_lock = DEFAULT_LOCK_AFTER_MINUTES
        self._shown_interval = DEFAULT_ROUND_INTERVAL_DAYS
        self._shown_order = ssi_order.OrderSettings(ssi_order.DEFAULT_INTERVAL, ssi_order.DEFAULT_COVER)
        self.backdate_spin = QSpinBox()
        self.backdate_spin.setObjectName("backdateDays")
        self.backdate_spin.setRange(0, 366)
        self.backdate_spin.setSuffix(self.tr(" days"))
        self.backdate_spin.setMinimumWidth(110)
        self.home_combo = QComboBox()
        self.home_combo.setObjectName("homePharmacy")
        self.home_combo.setMinimumWidth(320)
        self.lock_spin = QSpinBox()
        self.lock_spin.setObjectName("lockAfterMinutes")
        self.lock_spin.setRange(0, MAX_LOCK_AFTER_MINUTES)
        self.lock_spin.setSuffix(self.tr(" min"))
        self.lock_spin.setSpecialValueText(self.tr("never"))
        self.lock_spin.setMinimumWidth(110)
        self.interval_spin = QSpinBox()
        self.interval_spin.setObjectName("roundIntervalDays")
        self.interval_spin.setRange(1, MAX_ROUND_INTERVAL_DAYS)
        self.interval_spin.setValue(DEFAULT_ROUND_INTERVAL_DAYS)
        self.interval_spin.setSuffix(self.tr(" days"))
        self.interval_spin.setMinimumWidth(110)
        # The order to SSI (Planning › Order): one row, as the two are read together.
        self.order_interval_spin = spin(1, ssi_order.MAX_DAYS, "orderIntervalDays")
        self.order_cover_spin = spin(0, ssi_order.MAX_DAYS, "orderCoverDays")
        for box in (self.order_interval_spin, self.order_cover_spin):
            box.setSuffix(self.tr(" days"))
        self._show_order(self._shown_order)
        order_interval_label = QLabel(self.tr("delivery every"))
        order_interval_label.setBuddy(self.order_interval_spin)
        order_cover_label = QLabel(self.tr("cover target"))
        order_cover_label.setBuddy(self.order_cover_spin)
        self._shown_basis = ub.DEFAULT
        self.basis_combo = QComboBox()
        self.basis_combo.setObjectName("roundUseBasis")
        self.basis_combo.addItem(self.tr("Last 4 weeks"), ub.RECENT)
        self.basis_combo.addItem(self.tr("Forecast"), ub.FORECAST)
        self.basis_combo.setMinimumWidth(200)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language")
        self.language_combo.addItem("Dansk", "da")
        self.language_combo.addItem("English", "en")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveGeneral")
        self.status = QLabel()
        self.status.setObjectName("generalStatus")
        self.language_combo.setMinimumWidth(200)
        general_form = QFormLayout()
        general_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        general_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        general_form.setHorizontalSpacing(16)
        general_form.setVerticalSpacing(14)
        general_form.addRow(
            self.tr("Back-dating window"),
            with_hint(
                self.backdate_spin,
                self.tr("How many days back a movement may be dated when it is entered late."),
            ),
        )
        general_form.addRow(
            self.tr("Home pharmacy"),
            with_hint(
                self.home_combo,
                self.tr(
                    "The pharmacy this installation works for; deliveries from SSI are received "
                    "here. Nothing can be received, distributed or reported until it is chosen."
                ),
            ),
        )
        general_form.addRow(
            self.tr("Lock after"),
            with_hint(
                self.lock_spin,
                self.tr(
                    "Minutes without keyboard or mouse before the window locks and asks for the "
                    "password again (0: never). For every workstation; administrators only."
                ),
            ),
        )
        general_form.addRow(
            self.tr("Days between rounds"),
            with_hint(
                self.interval_spin,
                self.tr(
                    "When no round is planned for a site, its next round is taken to be this many "
                    "days from today: a site that will run out before then is listed under Stock-outs."
                ),
            ),
        )
        general_form.addRow(
            self.tr("Use in round proposals"),
            with_hint(
                self.basis_combo,
                self.tr(
                    "What a round proposal and the stock-out warnings expect a site to use: its "
                    "use over the last 4 weeks, or the demand forecast for the weeks the round "
                    "covers (the last 4 weeks where the forecast has nothing for the site)."
                ),
            ),
        )
        general_form.addRow(
            self.tr("Orders to SSI"),
            with_hint(
                row(order_interval_label, self.order_interval_spin, order_cover_label, self.order_cover_spin),
                self.tr(
                    "The suggested order (Planning › Order) keeps the region supplied until the next "
                    "delivery and then still holding the cover target's days of expected use."
                ),
            ),
        )
        general_form.addRow(
            self.tr("Language"),
            with_hint(
                self.language_combo,
                self.tr("A setting of this computer. It takes effect when the program is restarted."),
            ),
        )
        save_row = QWidget()
        save_layout = QHBoxLayout(save_row)
        save_layout.setContentsMargins(0, 8, 0, 0)
        save_layout.addWidget(self.save_button)
        save_layout.addWidget(self.status, 1)
        general_form.addRow("", save_row)
        general_box = QWidget()
        general_box.setMaximumWidth(820)
        general_box.setLayout(general_form)
        general_layout = QVBoxLayout(self)
        general_layout.setContentsMargins(16, 20, 16, 16)
        general_layout.addWidget(general_box)
        general_layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        select_data(self.language_combo, current_language_setting())

    def show_settings(
        self,
        settings_now: reference.Settings,
        locations: list[LocationInfo],
        lock_after_minutes: int,
        round_interval_days: int = DEFAULT_ROUND_INTERVAL_DAYS,
        order: ssi_order.OrderSettings | None = None,
        use_basis: str = ub.DEFAULT,
    ) -> None:
        """The database's settings; the home pharmacy is chosen among ``locations``' pharmacies."""
        self.home_combo.clear()
        pharmacies = [loc for loc in locations if loc.kind_code == "pharmacy"]
        if not settings_now.home_location_code:
            self.home_combo.addItem(self.tr("(not chosen yet)"), None)
        for loc in pharmacies:
            self.home_combo.addItem(f"{loc.name} ({loc.code})", loc.code)
        select_data(self.home_combo, settings_now.home_location_code)
        self.backdate_spin.setValue(settings_now.backdate_window_days)
        self.lock_spin.setValue(lock_after_minutes)
        self._shown_lock = lock_after_minutes
        self.interval_spin.setValue(round_interval_days)
        self._shown_interval = round_interval_days
        select_data(self.basis_combo, use_basis)
        self._shown_basis = use_basis
        if order is not None:
            self._show_order(order)
            self._shown_order = order

    def _show_order(self, order: ssi_order.OrderSettings) -> None:
        self.order_interval_spin.setValue(order.interval_days)
        self.order_cover_spin.setValue(order.cover_days)

    def save(self) -> None:
        language = self.language_combo.currentData()
        changed_language = language != current_language_setting()
        settings().setValue(LANGUAGE_KEY, language)
        value = reference.Settings(
            backdate_window_days=self.backdate_spin.value(),
            home_location_code=self.home_combo.currentData(),
        )
        self.save_button.setEnabled(False)
        self.status.setText("")

        def success(_result: object) -> None:
            self.save_button.setEnabled(True)
            text = self.tr("Saved.")
            if changed_language:
                text += " " + self.tr("Restart the program to change the language.")
            self.status.setText(text)

        def failure(_exc: BaseException) -> bool:
            self.save_button.setEnabled(True)
            return False

        lock = self.lock_spin.value()
        interval = self.interval_spin.value()
        basis = str(self.basis_combo.currentData())
        order = ssi_order.OrderSettings(self.order_interval_spin.value(), self.order_cover_spin.value())

        def save_order(result: object) -> None:  # only when it changed: administrators only
            if order == self._shown_order:
                success(result)
                return
            self._shown_order = order
            settings_ops.save_order_settings(self, order.interval_days, order.cover_days).success(success).failure(
                failure
            ).run(self._ops, self.tr("Saving…"))

        def save_basis(result: object) -> None:  # only when it changed: administrators only
            if basis == self._shown_basis:
                save_order(result)
                return
            self._shown_basis = basis
            settings_ops.save_use_basis(self, basis).success(save_order).failure(failure).run(
                self._ops, self.tr("Saving…")
            )

        def save_interval(result: object) -> None:  # only when it changed: administrators only
            if interval == self._shown_interval:
                save_basis(result)
                return
            self._shown_interval = interval
            settings_ops.save_round_interval(self, interval).success(save_basis).failure(failure).run(
                self._ops, self.tr("Saving…")
            )

        def save_lock(result: object) -> None:  # only when it changed: administrators only
            if lock == self._shown_lock:
                save_interval(result)
                return
            self._shown_lock = lock
            user_ops.save_lock_after_minutes(self, lock).success(save_interval).failure(failure).run(
                self._ops, self.tr("Saving…")
            )

        settings_ops.save_settings(self, value).success(save_lock).failure(failure).run(self._ops, self.tr("Saving…"))
