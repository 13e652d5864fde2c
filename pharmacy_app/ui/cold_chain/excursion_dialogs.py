"""The dialogs of the Temperature excursions tab: record one typed in, import a logger
file (what it shows is listed before anything is saved), and decide on a held lot.

Each runs its write through the operations helper and shows a refusal in itself, naming
what to fix; the times are Copenhagen time as the pharmacy reads its clocks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.domain.errors import DomainError
from pharmacy_app.domain.excursions import Decision
from pharmacy_app.domain.localtime import local_moment
from pharmacy_app.domain.time_text import local_to_utc
from pharmacy_app.services import excursion_views, excursions
from pharmacy_app.services.app import App
from pharmacy_app.services.excursion_views import HeldLotRow
from pharmacy_app.services.excursions import Detected
from pharmacy_app.services.reference import LocationInfo
from pharmacy_app.ui import fmt, labels
from pharmacy_app.ui.common.async_dialog import ServiceDialog, alive
from pharmacy_app.ui.common.date_edit import DateEdit
from pharmacy_app.ui.common.problem_list import ProblemList
from pharmacy_app.ui.common.widgets import hint_label, submit_buttons
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import excursions as excursion_ops

_CTX = "StorageClasses"
STORAGE_NAMES = {
    "": QT_TRANSLATE_NOOP("StorageClasses", "The place's fridge or cool box"),
    "ultralow": QT_TRANSLATE_NOOP("StorageClasses", "Ultra-low freezer (−90 to −60 °C)"),
    "freezer": QT_TRANSLATE_NOOP("StorageClasses", "Freezer (−25 to −15 °C)"),
    "fridge": QT_TRANSLATE_NOOP("StorageClasses", "Fridge (2–8 °C)"),
    "coolbox": QT_TRANSLATE_NOOP("StorageClasses", "Cool box (2–8 °C)"),
}


def _named(context: str, names: Mapping[str, object], code: str) -> str:
    """``code``'s name from ``names`` in the UI language, or the code itself."""
    source = names.get(code)
    return QCoreApplication.translate(context, str(source)) if source else code


def storage_name(code: str) -> str:
    return _named(_CTX, STORAGE_NAMES, code)


def celsius_text(value: float) -> str:
    return fmt.number(value, 1) + " °C"


def _storage_combo() -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("storageClass")
    for code in STORAGE_NAMES:
        combo.addItem(storage_name(code), code)
    return combo


def _location_combo(locations: Sequence[LocationInfo], chosen: str | None) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("location")
    for loc in locations:
        combo.addItem(f"{loc.name} ({loc.code})", loc.code)
    index = combo.findData(chosen) if chosen else -1
    combo.setCurrentIndex(max(index, 0))
    return combo


def _moment_edit(value: datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setDisplayFormat("dd-MM-yyyy HH:mm")
    edit.setCalendarPopup(True)
    local = local_moment(value)
    edit.setDateTime(QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)))
    return edit


def moment_of(edit: QDateTimeEdit) -> datetime:
    """The edit's Copenhagen wall-clock time as an aware UTC moment."""
    qdt = edit.dateTime()
    d, t = qdt.date(), qdt.time()
    return local_to_utc(datetime.combine(date(d.year(), d.month(), d.day()), time(t.hour(), t.minute())))


def _temperature_edit(value: float, name: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setObjectName(name)
    spin.setRange(-120.0, 60.0)
    spin.setDecimals(1)
    spin.setSingleStep(0.5)
    spin.setSuffix(" °C")
    spin.setLocale(fmt.locale())
    spin.setValue(value)
    return spin


class RecordDialog(ServiceDialog):
    """Record an excursion typed in: place, storage, from, to, lowest and highest."""

    def __init__(self, ops: Operations, locations: Sequence[LocationInfo], now: datetime,
                 chosen: str | None = None, parent: QWidget | None = None):  # fmt: skip
        super().__init__(ops, parent)
        self.setObjectName("recordExcursionDialog")
        self.setWindowTitle(self.tr("Record a temperature excursion"))
        self.location_combo = _location_combo(locations, chosen)
        self.storage_combo = _storage_combo()
        self.from_edit = _moment_edit(now.replace(second=0, microsecond=0))
        self.from_edit.setObjectName("start")
        self.to_edit = _moment_edit(now.replace(second=0, microsecond=0))
        self.to_edit.setObjectName("end")
        self.lowest_edit = _temperature_edit(2.0, "lowest")
        self.highest_edit = _temperature_edit(8.0, "highest")
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("note")
        self.note_edit.setPlaceholderText(self.tr("e.g. alarm at 06:10, door left open"))
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Place"), self.location_combo), (self.tr("&Storage"), self.storage_combo),
            (self.tr("&From"), self.from_edit), (self.tr("&To"), self.to_edit),
            (self.tr("&Lowest"), self.lowest_edit), (self.tr("&Highest"), self.highest_edit),
            (self.tr("&Note"), self.note_edit),
        ):  # fmt: skip
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.problems = ProblemList()
        buttons, self.ok_button = submit_buttons(self, self.tr("&Record and hold"), self.tr("Cancel"), self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(self.tr(
            "Every lot kept in that storage at the place during the excursion is held at once: it "
            "cannot be picked, given, sent or thawed until a pharmacist decides."
        )))  # fmt: skip
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
        self.recorded: excursions.Recorded | None = None

    def _refresh(self) -> None:
        self.ok_button.setEnabled(not self._busy)

    def submit(self) -> None:
        op = excursion_ops.record(
            self, location_code=str(self.location_combo.currentData()), start=moment_of(self.from_edit),
            end=moment_of(self.to_edit), lowest=self.lowest_edit.value(), highest=self.highest_edit.value(),
            storage_class=str(self.storage_combo.currentData()) or None, note=self.note_edit.text(),
        )  # fmt: skip
        self.run_op(op, self._done, self.tr("Recording the excursion…"))

    def _done(self, recorded: excursions.Recorded) -> None:
        self.recorded = recorded


class ImportDialog(ServiceDialog):
    """Import a logger file: choose the place and the file, see what it shows, then save."""

    def __init__(self, ops: Operations, locations: Sequence[LocationInfo], chosen: str | None = None,
                 parent: QWidget | None = None, path: Path | None = None):  # fmt: skip
        super().__init__(ops, parent)
        self.setObjectName("importLoggerDialog")
        self.setWindowTitle(self.tr("Import a data logger file"))
        self.location_combo = _location_combo(locations, chosen)
        self.storage_combo = _storage_combo()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("loggerFile")
        self.path_edit.setReadOnly(True)
        self.browse_button = QPushButton(self.tr("&Choose file…"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        for text, item in ((self.tr("&Place"), self.location_combo), (self.tr("&Storage"), self.storage_combo)):
            label = QLabel(text)
            label.setBuddy(item)
            form.addRow(label, item)
        form.addRow(self.tr("File"), file_row)
        self.summary = QLabel()
        self.summary.setObjectName("detectedSummary")
        self.summary.setWordWrap(True)
        self.found_list = QListWidget()
        self.found_list.setObjectName("detected")
        self.problems = ProblemList()
        buttons, self.ok_button = submit_buttons(self, self.tr("&Save and hold"), self.tr("Cancel"), self.submit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.found_list, 1)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.resize(620, 440)
        self.detected: Detected | None = None
        self.saved: tuple[excursions.Recorded, ...] | None = None
        self.browse_button.clicked.connect(self.choose_file)
        self.location_combo.currentIndexChanged.connect(lambda _i: self.detect())
        self.storage_combo.currentIndexChanged.connect(lambda _i: self.detect())
        if path is not None:
            self.set_path(path)
        self._refresh()

    def _refresh(self) -> None:
        self.ok_button.setEnabled(not self._busy and self.detected is not None and bool(self.detected.intervals))

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Data logger file"), "", self.tr("CSV files (*.csv *.txt);;All files (*)")
        )
        if name:
            self.set_path(Path(name))

    def set_path(self, path: Path) -> None:
        self.path_edit.setText(str(path))
        self.detect()

    def detect(self) -> None:
        """Read the file and list what it shows at the place; nothing is saved."""
        text = self.path_edit.text()
        if not text:
            return
        self.detected = None
        self.found_list.clear()
        self.summary.setText(self.tr("Reading the file…"))
        self._refresh()
        code, storage = str(self.location_combo.currentData()), str(self.storage_combo.currentData()) or None

        def work(app: App) -> Detected:
            return excursions.detect_in_file(app, location_code=code, path=Path(text), storage_class=storage)

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, DomainError):
                self.summary.setText("")
                self.show_refusal(exc)
                return True
            return False

        self._ops.query(work, alive(self, self.show_detected), failure=failed, parent=self)

    def show_detected(self, found: Detected) -> None:
        self.detected = found
        self.problems.show_problems([])
        low, high = found.limits
        self.summary.setText(
            self.tr("%Ln reading(s) in columns %1 and %2; %3: allowed %4 to %5.", None, len(found.readings))
            .replace("%1", found.time_column).replace("%2", found.temperature_column)
            .replace("%3", storage_name(found.storage_class.value))
            .replace("%4", celsius_text(low)).replace("%5", celsius_text(high))
            + " "
            + (self.tr("%Ln excursion(s) found:", None, len(found.intervals)) if found.intervals
               else self.tr("No readings outside the range: nothing to record."))
        )  # fmt: skip
        for iv in found.intervals:
            self.found_list.addItem(
                self.tr("%1 – %2: %3 to %4 (%5 h)")
                .replace("%1", fmt.datetime_text(iv.start)).replace("%2", fmt.datetime_text(iv.end))
                .replace("%3", celsius_text(iv.lowest)).replace("%4", celsius_text(iv.highest))
                .replace("%5", fmt.number(iv.hours, 1))
            )  # fmt: skip
        self._refresh()

    def submit(self) -> None:
        if self.detected is None or not self.detected.intervals:
            return
        op = excursion_ops.import_logger(
            self, location_code=str(self.location_combo.currentData()), path=Path(self.path_edit.text()),
            storage_class=str(self.storage_combo.currentData()) or None, note="",
        )  # fmt: skip
        self.run_op(op, self._done, self.tr("Saving the excursions…"))

    def _done(self, saved: tuple[excursions.Recorded, ...]) -> None:
        self.saved = saved


DECISION_NAMES = {
    "none": QT_TRANSLATE_NOOP("Decisions", "Not decided – held"),
    "released": QT_TRANSLATE_NOOP("Decisions", "Released"),
    "shortened": QT_TRANSLATE_NOOP("Decisions", "Use-by shortened"),
    "discarded": QT_TRANSLATE_NOOP("Decisions", "Discarded (TEMPERATURSVIGT)"),
}


def decision_name(code: str) -> str:
    return _named("Decisions", DECISION_NAMES, code)


class DecideDialog(ServiceDialog):
    """A pharmacist's decision on one held lot, with its rule and the suggestion shown."""

    def __init__(self, ops: Operations, lot: HeldLotRow, today: date, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.setObjectName("decideDialog")
        self.lot = lot
        self.setWindowTitle(self.tr("Decide on batch %1").replace("%1", lot.batch))
        batch = self.tr("batch %1").replace("%1", lot.batch)
        facts = QLabel(
            f"<b>{lot.product_short}</b> · {batch} · "
            + self.tr("%1 doses held, %2 there now").replace("%1", fmt.integer(lot.doses_held))
            .replace("%2", fmt.integer(lot.on_hand))
            + " · " + self.tr("use by %1").replace("%1", fmt.date_text(lot.use_by))
        )  # fmt: skip
        facts.setWordWrap(True)
        rule = QLabel("<br>".join(labels.problem_text(p) for p in lot.rule_lines))
        rule.setObjectName("stabilityRule")
        rule.setWordWrap(True)
        suggested = self.tr("Suggested:")
        suggestion = QLabel(f"<b>{suggested}</b> {excursion_views.suggestion_text(lot, fmt.language())}")
        suggestion.setObjectName("suggestion")
        suggestion.setWordWrap(True)
        self.release_radio = QRadioButton(self.tr("&Release"))
        self.shorten_radio = QRadioButton(self.tr("&Shorten the use-by to"))
        self.discard_radio = QRadioButton(self.tr("&Discard as TEMPERATURSVIGT"))
        self.group = QButtonGroup(self)
        for radio in (self.release_radio, self.shorten_radio, self.discard_radio):
            self.group.addButton(radio)
        self.use_by_edit = DateEdit()
        self.use_by_edit.setObjectName("newUseBy")
        self.use_by_edit.set_value(lot.suggestion.use_by or today)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setPlaceholderText(self.tr("Reason (required to release)"))
        {Decision.RELEASED: self.release_radio, Decision.SHORTENED: self.shorten_radio,
         Decision.DISCARDED: self.discard_radio}.get(lot.suggestion.decision, self.release_radio).setChecked(True)  # fmt: skip
        shorten_row = QHBoxLayout()
        shorten_row.addWidget(self.shorten_radio)
        shorten_row.addWidget(self.use_by_edit, 1)
        self.problems = ProblemList()
        buttons, self.ok_button = submit_buttons(self, self.tr("De&cide"), self.tr("Cancel"), self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(facts)
        stability = self.tr("Stability")
        layout.addWidget(QLabel(f"<b>{stability}</b>"))
        layout.addWidget(rule)
        layout.addWidget(suggestion)
        layout.addWidget(self.release_radio)
        layout.addLayout(shorten_row)
        layout.addWidget(self.discard_radio)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.resize(540, self.sizeHint().height())
        for radio in (self.release_radio, self.shorten_radio, self.discard_radio):
            radio.toggled.connect(lambda _on: self._refresh())
        self._refresh()
        self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def decision(self) -> Decision:
        if self.shorten_radio.isChecked():
            return Decision.SHORTENED
        if self.discard_radio.isChecked():
            return Decision.DISCARDED
        return Decision.RELEASED

    def _refresh(self) -> None:
        self.use_by_edit.setEnabled(self.shorten_radio.isChecked())
        self.ok_button.setEnabled(not self._busy)

    def submit(self) -> None:
        decision = self.decision()
        op = excursion_ops.decide(
            self, excursion_id=self.lot.excursion_id, lot_id=self.lot.lot_id, decision=decision,
            reason=self.reason_edit.text(),
            use_by=self.use_by_edit.value() if decision is Decision.SHORTENED else None,
        )  # fmt: skip
        self.run_op(op, lambda _n: None, self.tr("Saving the decision…"))
