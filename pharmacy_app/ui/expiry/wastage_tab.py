"""Wastage figures for a period: doses given and wasted, grouped, with the WHO rate.

Rate = 100 x wasted / (administered + wasted) (WHO, *Monitoring vaccine wastage at
country level*); closed-vial wastage (every discard reason but an opened vial) and
open-vial wastage (``ANBRUDT_HETTEGLAS``) are shown apart.  Grouped by programme,
product, site kind or site, over the home pharmacy's region
(:func:`~pharmacy_app.services.expiry.wastage_figures`).  The table ends with a totals
row and can be exported as CSV or xlsx.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QDate,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.domain.changes import Change
from pharmacy_app.services import reference
from pharmacy_app.services.app import App
from pharmacy_app.services.expiry import GROUP_BY, WastageRow, wastage_figures
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.widgets import RefreshingTab, TableView, push_button
from pharmacy_app.ui.expiry.tab_parts import ask_export_path, export_rows
from pharmacy_app.ui.expiry.wastage_model import WastageModel, rate_text
from pharmacy_app.ui.operations import Operations

EXPORT_COLUMNS = ("group", "name", "administered", "wasted", "closed_vial", "open_vial", "rate_percent")


def month_of(day: date) -> tuple[date, date]:
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


@dataclass(frozen=True)
class WastageResult:
    start: date
    end: date
    group_by: str
    rows: list[WastageRow]
    names: dict[str, str]  # group code -> name in the UI language (programmes, kinds)


# Groupings whose codes are the app's own ("pneumococcal", "decentral"): the table shows
# their names only.  A product's item number and a site's code mean something to people.
NAMED_ONLY = frozenset({"programme", "site_kind"})


def load_wastage(app: App, start: date, end: date, group_by: str, language: str) -> WastageResult:
    """Runs on a worker thread."""
    rows = wastage_figures(app, start, end, group_by)
    names: dict[str, str] = {}
    if group_by == "programme":
        names = {p.code: by_language(p.name_da, p.name_en, language) for p in reference.list_programmes(app)}
    elif group_by == "site_kind":
        names = {k.code: by_language(k.name_da, k.name_en, language) for k in reference.list_location_kinds(app)}
    return WastageResult(start, end, group_by, rows, names)


def by_language(name_da: str, name_en: str, language: str) -> str:
    return name_da if language == "da" else name_en


class WastageTab(RefreshingTab):
    """Loaded when first shown, and again after a change."""

    RELEVANT_CHANGES = Change.STOCK | Change.REFERENCE | Change.SETTINGS
    loaded = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self._loading = False
        self.result: WastageResult | None = None

        top = self._build_controls()
        self.model = WastageModel(self)
        self.table = TableView()
        self.table.setObjectName("wastageTable")
        self.table.setModel(self.model)
        self.table.set_column_widths({0: 110, 1: 260, 2: 110, 3: 90, 4: 100, 5: 90, 6: 90})
        self.table.horizontalHeader().setStretchLastSection(False)
        self.note = QLabel(
            self.tr(
                "Wastage rate as WHO defines it: doses wasted relative to doses used (administered "
                "plus wasted). Closed-vial wastage is unopened stock discarded (expired, broken, "
                "temperature failure); open-vial wastage is what was left in opened multi-dose vials."
            )
        )
        self.note.setWordWrap(True)
        self.note.setObjectName("wastageNote")
        self.summary_label = QLabel()
        self.summary_label.setObjectName("wastageSummary")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)

        self.set_period(*month_of(self._ops.app.today()))
        self.from_edit.dateChanged.connect(lambda _d: self.refresh())
        self.to_edit.dateChanged.connect(lambda _d: self.refresh())
        self.group_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.this_month_button.clicked.connect(self.show_this_month)
        self.last_month_button.clicked.connect(self.show_last_month)
        self.this_year_button.clicked.connect(self.show_this_year)
        self.export_button.clicked.connect(self.export)

    def _build_controls(self) -> QHBoxLayout:
        """The period (with this month, last month, this year), the grouping and *Export…*."""
        self.from_edit = QDateEdit()
        self.from_edit.setObjectName("wastageFrom")
        self.to_edit = QDateEdit()
        self.to_edit.setObjectName("wastageTo")
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy" if fmt.language() == "da" else "yyyy-MM-dd")
        self.this_month_button = QPushButton(self.tr("This month"))
        self.last_month_button = QPushButton(self.tr("Last month"))
        self.this_year_button = QPushButton(self.tr("This year"))
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("wastageGroupBy")
        group_names = {
            "programme": self.tr("Programme"),
            "product": self.tr("Product"),
            "site_kind": self.tr("Site kind"),
            "site": self.tr("Site"),
        }
        for code in GROUP_BY:
            self.group_combo.addItem(group_names.get(code, code), code)
        self.export_button = push_button(
            self.tr("Export…"), "wastageExport", self.tr("Save these figures as a CSV or Excel file")
        )
        self.export_button.setEnabled(False)

        top = QHBoxLayout()
        top.setSpacing(6)
        for text, widget in ((self.tr("From"), self.from_edit), (self.tr("To"), self.to_edit)):
            label = QLabel(text)
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget)
        top.addSpacing(6)
        for button in (self.this_month_button, self.last_month_button, self.this_year_button):
            top.addWidget(button)
        top.addSpacing(16)
        group_label = QLabel(self.tr("Group by"))
        group_label.setBuddy(self.group_combo)
        top.addWidget(group_label)
        top.addWidget(self.group_combo)
        top.addStretch(1)
        top.addWidget(self.export_button)
        return top

    # ------------------------------------------------------------------ public

    @property
    def is_loading(self) -> bool:
        return self._loading

    def period(self) -> tuple[date, date]:
        return _pydate(self.from_edit.date()), _pydate(self.to_edit.date())

    def set_period(self, start: date, end: date) -> None:
        for edit, day in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def group_by(self) -> str:
        return str(self.group_combo.currentData())

    def set_group_by(self, code: str) -> None:
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(code)))

    def show_this_month(self) -> None:
        self.set_period(*month_of(self._ops.app.today()))
        self.refresh()

    def show_last_month(self) -> None:
        first, _end = month_of(self._ops.app.today())
        self.set_period(*month_of(first - timedelta(days=1)))
        self.refresh()

    def show_this_year(self) -> None:
        today = self._ops.app.today()
        self.set_period(date(today.year, 1, 1), date(today.year, 12, 31))
        self.refresh()

    def refresh(self) -> None:
        self._dirty = False
        start, end = self.period()
        if end < start:
            self.model.set_result([], {})
            self.summary_label.setText(self.tr("The period ends before it starts."))
            self.export_button.setEnabled(False)
            return
        self._generation += 1
        generation, group_by, language = self._generation, self.group_by(), fmt.language()
        self._loading = True

        def work(app: App) -> WastageResult:
            return load_wastage(app, start, end, group_by, language)

        def failed(_exc: BaseException) -> bool:
            self._loading = False
            return False

        self._ops.query(work, lambda r: self._arrived(generation, r), failure=failed, parent=self)

    def export(self) -> None:
        if self.result is None:
            return
        start, end = self.result.start, self.result.end
        name = f"spild_{self.result.group_by}_{start.isoformat()}_{end.isoformat()}.csv"
        chosen = ask_export_path(self, self.tr("Export wastage figures"), name)
        if chosen:
            self.export_to(chosen)

    def export_to(self, path: Path) -> int:
        """Write the figures shown (with the totals row) to ``path`` (.csv or .xlsx)."""
        return export_rows(
            self, self._ops, path, EXPORT_COLUMNS, self.model.export_rows(), "Spild",
            self.tr("Exporting wastage figures…"),
        )  # fmt: skip

    # ------------------------------------------------------------------ internals

    def _arrived(self, generation: int, result: WastageResult) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.result = result
        self.model.set_result(result.rows, result.names)
        self.table.setColumnHidden(WastageModel.GROUP, result.group_by in NAMED_ONLY)
        self.export_button.setEnabled(bool(result.rows))
        total = self.model.total()
        period = f"{fmt.date_text(result.start)} – {fmt.date_text(result.end)}"
        if not result.rows:
            self.summary_label.setText(
                self.tr("Nothing was administered or wasted in the region from %1.").replace("%1", period)
            )
            self.table.set_empty_text(self.tr("No figures for this period."))
        else:
            self.table.set_empty_text("")
            self.summary_label.setText(
                self.tr("%1: %2 doses administered, %3 wasted; wastage rate %4 %.")
                .replace("%1", period)
                .replace("%2", fmt.integer(total.administered))
                .replace("%3", fmt.integer(total.wasted))
                .replace("%4", rate_text(total.rate))
            )
        self.loaded.emit()


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())
