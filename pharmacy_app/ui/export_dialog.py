"""Exports from the File menu: stock on hand, the movement ledger, and consumption.

Each export asks where to write (Excel workbook or CSV, chosen by the file type), runs
the export service through the operations helper on a reader thread (an export only
reads, so it never holds up a save), with a progress dialog that shows the percentage
done and a Cancel button, and then says in the status bar how many rows went to which
file.  Consumption first asks for the period (from and to, both days included) and
optionally one site.  A CSV file is written for the person's spreadsheet: in the Danish
window the Danish form (semicolons, decimal commas, dd-mm-åååå, a byte-order mark),
in the English one the plain comma-separated form.

What must hold: nothing here writes a file itself.  The services write to a temporary
file beside the target and rename it into place when complete, so a failed, refused or
cancelled export leaves no half file.  Tests call :meth:`Exporter.export_to` or
:meth:`ConsumptionExportDialog.export_to` with a path instead of the file dialog.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.reports.csv_export import CsvDialect
from pharmacy_app.services import consumption, exports
from pharmacy_app.services.app import App
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.dates import calendar_date_edit, pydate, qdate
from pharmacy_app.ui.common.widgets import settings
from pharmacy_app.ui.operations import Operations, Progress

EXPORT_DIR_KEY = "export/dir"
EXPORT_FORMAT_KEY = "export/format"
STATUS_MESSAGE_MS = 30_000


class ExportKind(enum.Enum):
    STOCK = "stock"
    MOVEMENTS = "movements"
    CONSUMPTION = "consumption"


# Suggested file names are Danish, like the sheet titles the services write.
_FILE_STEM = {
    ExportKind.STOCK: "beholdning",
    ExportKind.MOVEMENTS: "bevaegelser",
    ExportKind.CONSUMPTION: "forbrug",
}


@dataclass(frozen=True)
class ExportDone:
    kind: ExportKind
    path: Path
    rows: int


def csv_dialect() -> CsvDialect:
    """The CSV form for the person at the window: Danish when the window is Danish."""
    return exports.csv_dialect("da" if fmt.language() == "da" else "machine")


def file_filters() -> tuple[str, str]:
    """The save dialog's filters: (xlsx, csv)."""
    if csv_dialect().name == "da":
        csv = QCoreApplication.translate("Exporter", "CSV for Danish Excel, semicolon-separated (*.csv)")
    else:
        csv = QCoreApplication.translate("Exporter", "CSV, comma-separated (*.csv)")
    return QCoreApplication.translate("Exporter", "Excel workbook (*.xlsx)"), csv


def with_suffix_for(path: Path, selected_filter: str) -> Path:
    """``path`` ending in .xlsx or .csv: a name typed without one gets the chosen type's."""
    if path.suffix.lower() in exports.EXPORT_SUFFIXES:
        return path
    suffix = ".csv" if "*.csv" in selected_filter else ".xlsx"
    return path.with_name(path.name + suffix)


def export_dir() -> Path:
    saved = settings().value(EXPORT_DIR_KEY)
    if saved:
        return Path(str(saved))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def previous_month(today: date) -> tuple[date, date]:
    last = today.replace(day=1) - timedelta(days=1)
    return last.replace(day=1), last


class Exporter(QObject):
    """The three exports of the File menu, for one main window."""

    finished = Signal(object)  # ExportDone
    failed = Signal()
    cancelled = Signal(object)  # the Path that was not written

    def __init__(self, ops: Operations, window: QMainWindow):
        super().__init__(window)
        self.ops = ops
        self.window = window
        self.consumption_dialog: ConsumptionExportDialog | None = None
        self.last: ExportDone | None = None

    # ------------------------------------------------------------------ menu actions

    def export_stock(self) -> None:
        path = self.ask_path(ExportKind.STOCK, self.tr("Export stock"))
        if path is not None:
            self.export_to(ExportKind.STOCK, path)

    def export_movements(self) -> None:
        path = self.ask_path(ExportKind.MOVEMENTS, self.tr("Export movements"))
        if path is not None:
            self.export_to(ExportKind.MOVEMENTS, path)

    def export_consumption(self) -> ConsumptionExportDialog:
        """Ask for the period and site (window-modal, without blocking)."""
        if self.consumption_dialog is not None:
            self.consumption_dialog.raise_()
            return self.consumption_dialog
        dialog = ConsumptionExportDialog(self, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "consumption_dialog", None))
        self.consumption_dialog = dialog
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ the work

    def suggested_name(
        self, kind: ExportKind, period: tuple[date, date] | None = None, site: str | None = None
    ) -> str:
        parts = [_FILE_STEM[kind]]
        if period is not None:
            parts += [period[0].isoformat(), period[1].isoformat()]
        else:
            parts.append(self.ops.app.today().isoformat())
        if site:
            parts.append(site)
        fmt_suffix = ".csv" if settings().value(EXPORT_FORMAT_KEY) == "csv" else ".xlsx"
        return "_".join(parts) + fmt_suffix

    def ask_path(
        self,
        kind: ExportKind,
        title: str,
        period: tuple[date, date] | None = None,
        site: str | None = None,
        parent: QWidget | None = None,
    ) -> Path | None:
        """The modal save dialog; None if cancelled."""
        xlsx, csv = file_filters()
        csv_first = settings().value(EXPORT_FORMAT_KEY) == "csv"
        chosen, selected = QFileDialog.getSaveFileName(
            parent or self.window,
            title,
            str(export_dir() / self.suggested_name(kind, period, site)),
            f"{xlsx};;{csv}",
            csv if csv_first else xlsx,
        )
        if not chosen:
            return None
        return with_suffix_for(Path(chosen), selected)

    def export_to(
        self,
        kind: ExportKind,
        path: Path,
        *,
        period: tuple[date, date] | None = None,
        site: str | None = None,
    ) -> int:
        """Write the export to ``path`` on a reader thread; returns the operation id."""
        path = Path(path)
        settings().setValue(EXPORT_DIR_KEY, str(path.parent))
        if path.suffix.lower() in exports.EXPORT_SUFFIXES:
            settings().setValue(EXPORT_FORMAT_KEY, path.suffix.lower().lstrip("."))
        dialect = csv_dialect()
        if kind is ExportKind.CONSUMPTION:
            start, end = period or previous_month(self.ops.app.today())

            def work(app: App, progress: Progress) -> int:
                return exports.export_consumption(
                    app, path, start, end, site, dialect=dialect, progress=progress.update
                )

            label = self.tr("Exporting consumption…")
        elif kind is ExportKind.MOVEMENTS:

            def work(app: App, progress: Progress) -> int:
                return exports.export_movements(app, path, dialect=dialect, progress=progress.update)

            label = self.tr("Exporting movements…")
        else:

            def work(app: App, progress: Progress) -> int:
                return exports.export_stock(app, path, dialect=dialect, progress=progress.update)

            label = self.tr("Exporting stock…")

        def failure(_err: BaseException) -> bool:
            self.failed.emit()
            return False  # shown the helper's standard way

        return self.ops.query(
            work,
            lambda rows: self._done(ExportDone(kind, path, int(rows))),
            failure=failure,
            parent=self.window,
            label=label,
            with_progress=True,
            cancellable=True,
            cancelled=lambda: self._cancelled(path),
        )

    def _cancelled(self, path: Path) -> None:
        text = self.tr("Export cancelled; %1 was not written.").replace("%1", path.name)
        self.window.statusBar().showMessage(text, STATUS_MESSAGE_MS)
        self.cancelled.emit(path)

    def _done(self, done: ExportDone) -> None:
        self.last = done
        text = self.tr("Exported %Ln row(s) to %1", None, done.rows).replace("%1", str(done.path))
        self.window.statusBar().showMessage(text, STATUS_MESSAGE_MS)
        self.finished.emit(done)


class ConsumptionExportDialog(QDialog):
    """Which consumption to export: a period (both days included) and optionally a site."""

    def __init__(self, exporter: Exporter, parent: QWidget | None = None):
        super().__init__(parent)
        self.exporter = exporter
        self.setObjectName("consumptionExportDialog")
        self.setWindowTitle(self.tr("Export consumption"))
        self.setMinimumWidth(460)
        today = exporter.ops.app.today()
        start, end = previous_month(today)

        self.intro = QLabel(
            self.tr(
                "Doses given in the period, one row per registration, without registrations "
                "that were reversed. Both days are included."
            )
        )
        self.intro.setWordWrap(True)
        self.intro.setObjectName("exportIntro")

        self.from_edit = calendar_date_edit(start)
        self.from_edit.setObjectName("exportFrom")
        self.to_edit = calendar_date_edit(end)
        self.to_edit.setObjectName("exportTo")
        for edit in (self.from_edit, self.to_edit):
            edit.setMaximumDate(qdate(today))
            edit.setMinimumWidth(130)
            edit.dateChanged.connect(lambda _d: self._refresh())

        self.site_combo = QComboBox()
        self.site_combo.setObjectName("exportSite")
        self.site_combo.setMinimumWidth(300)
        self.site_combo.addItem(self.tr("All sites"), None)

        self.problem = QLabel()
        self.problem.setObjectName("exportProblem")
        self.problem.setStyleSheet("color: #8a1c12;")
        self.problem.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        from_label = QLabel(self.tr("&From"))
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&To"))
        to_label.setBuddy(self.to_edit)
        site_label = QLabel(self.tr("&Site"))
        site_label.setBuddy(self.site_combo)
        form.addRow(from_label, self.from_edit)
        form.addRow(to_label, self.to_edit)
        form.addRow(site_label, self.site_combo)
        form.addRow("", self.problem)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 12)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.sites_loaded = False
        exporter.ops.query(consumption.consumption_sites, self._show_sites, parent=self)
        self._refresh()

    def _show_sites(self, sites: list[consumption.SiteChoice]) -> None:
        for s in sites:
            self.site_combo.addItem(f"{s.name} ({s.code})", s.code)
        self.sites_loaded = True

    def period(self) -> tuple[date, date]:
        return pydate(self.from_edit.date()), pydate(self.to_edit.date())

    def set_period(self, start: date, end: date) -> None:
        self.from_edit.setDate(qdate(start))
        self.to_edit.setDate(qdate(end))

    def site(self) -> str | None:
        code = self.site_combo.currentData()
        return str(code) if code else None

    def set_site(self, code: str | None) -> bool:
        index = self.site_combo.findData(code) if code else 0
        if index >= 0:
            self.site_combo.setCurrentIndex(index)
        return index >= 0

    def _refresh(self) -> None:
        start, end = self.period()
        bad = end < start
        self.problem.setText(self.tr("“To” is before “From”.") if bad else "")
        self.problem.setVisible(bad)
        self.export_button.setEnabled(not bad)

    def choose_file(self) -> None:
        start, end = self.period()
        if end < start:
            return
        path = self.exporter.ask_path(
            ExportKind.CONSUMPTION, self.tr("Export consumption"), (start, end), self.site(), self
        )
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> int:
        """Export the chosen period and site to ``path`` and close."""
        op = self.exporter.export_to(
            ExportKind.CONSUMPTION, Path(path), period=self.period(), site=self.site()
        )
        self.accept()
        return op
