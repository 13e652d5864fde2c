"""The Audit page: one list of everything that happened — movements and activity
entries (settings, products, sites, recalls, month closes, stocktakes, keys, restores) —
newest first, with who, where, when and what changed; filtered, exported, and the audit
chain checked.

* The filters (user, period, lot, location, kind) apply on **Show** (Enter in any of
  them); the list is read a page at a time (``audit_views.audit_page``, keyset paging
  on the ``occurred_at`` indexes): the next page is read when the list is scrolled to
  its end, or with **More**, so the page is quick on millions of movements.
* **Export…** writes the whole filtered list to .xlsx or .csv on the long-work reader,
  with progress and Cancel.
* **Check the chain** recomputes every hash of the audit chain (``chain_check``) with
  progress, and says the chain is intact or names the first entry that is not.

Every read runs through :class:`~pharmacy_app.ui.operations.Operations`: the window
never waits for the database.  Activity entries are shaded so they stand apart.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.domain.changes import Change
from pharmacy_app.services import audit_views, chain_check
from pharmacy_app.services.app import App
from pharmacy_app.services.audit_views import AuditFilter, AuditRowsPage
from pharmacy_app.services.chain_check import ChainReport
from pharmacy_app.ui import fmt, labels
from pharmacy_app.ui.audit.model import AuditModel, kind_text
from pharmacy_app.ui.common.actions import page_shortcut
from pharmacy_app.ui.common.date_edit import DateEdit
from pharmacy_app.ui.common.widgets import TableView, bold, push_button
from pharmacy_app.ui.export_dialog import export_dir, file_filters, with_suffix_for
from pharmacy_app.ui.operations import Operations, Progress

PAGE_ROWS = 200
OK_COLOUR, BAD_COLOUR = "#1f6f2b", "#a11d12"


class AuditPage(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("auditPage")
        self.ops = ops
        self._filter = AuditFilter()
        self._next: audit_views.Key | None = None
        self._loading = False
        self._generation = 0  # a page read for an older filter is dropped
        self._started = False
        self._stale = False

        title = bold(QLabel(self.tr("Audit: everything that happened, newest first")))
        self.user_combo = QComboBox()
        self.user_combo.setObjectName("auditUser")
        self.user_combo.setEditable(True)
        self.from_edit, self.to_edit = DateEdit(), DateEdit()
        self.from_edit.setObjectName("auditFrom")
        self.to_edit.setObjectName("auditTo")
        self.lot_edit = QLineEdit()
        self.lot_edit.setObjectName("auditLot")
        self.lot_edit.setPlaceholderText(self.tr("batch, any part"))
        self.location_combo = QComboBox()
        self.location_combo.setObjectName("auditLocation")
        self.location_combo.setEditable(True)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("auditKind")
        self.kind_combo.addItem(self.tr("Everything"), "")
        self.kind_combo.addItem(self.tr("All movements"), audit_views.MOVEMENTS)
        self.kind_combo.addItem(self.tr("All activity entries"), audit_views.ACTIVITIES)
        for kind in audit_views.kinds():
            self.kind_combo.addItem(kind_text(kind), kind)
        self.show_button = push_button(self.tr("Show"), "auditShow", self.tr("Apply the filters (Enter)"))
        self.show_button.clicked.connect(self.apply_filters)
        self.clear_button = push_button(self.tr("Clear"), "auditClear", self.tr("Show everything"))
        self.clear_button.clicked.connect(self.clear_filters)
        for line in (self.lot_edit, self.from_edit.line, self.to_edit.line):
            line.returnPressed.connect(self.apply_filters)
        for combo in (self.user_combo, self.location_combo):
            line_edit = combo.lineEdit()
            if line_edit is not None:
                line_edit.returnPressed.connect(self.apply_filters)

        # Two rows: who, where and what; then when and which lot, and the buttons.
        filters = QVBoxLayout()
        filters.setSpacing(6)
        rows: list[list[tuple[str, QWidget, int]]] = [
            [
                (self.tr("&User"), self.user_combo, 2),
                (self.tr("Locatio&n"), self.location_combo, 3),
                (self.tr("&Kind"), self.kind_combo, 2),
            ],
            [
                (self.tr("&From"), self.from_edit, 1),
                (self.tr("&To"), self.to_edit, 1),
                (self.tr("&Lot"), self.lot_edit, 1),
            ],
        ]
        for i, cells in enumerate(rows):
            line_box = QHBoxLayout()
            line_box.setSpacing(6)
            for text, widget, stretch in cells:
                label = QLabel(text)
                label.setBuddy(widget.focusProxy() or widget)
                line_box.addWidget(label)
                line_box.addWidget(widget, stretch)
                line_box.addSpacing(8)
            if i == 1:
                line_box.addWidget(self.show_button)
                line_box.addWidget(self.clear_button)
            filters.addLayout(line_box)
        for edit in (self.from_edit, self.to_edit):
            edit.setMinimumWidth(120)
        self.lot_edit.setMinimumWidth(120)

        self.model = AuditModel(self)
        self.table = TableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)  # the order is time's: the pages follow it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.set_empty_text(self.tr("Nothing matches the filters."))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.set_column_widths({0: 118, 1: 90, 2: 100, 3: 110, 4: 190, 5: 230, 6: 60, 7: 200})
        self.table.verticalScrollBar().valueChanged.connect(self._scrolled)

        self.count_label = QLabel()
        self.count_label.setObjectName("auditCount")
        self.more_button = push_button(self.tr("More"), "auditMore", self.tr("Read the next %1 rows").replace("%1", str(PAGE_ROWS)))
        self.more_button.clicked.connect(self.load_more)
        self.export_button = push_button(self.tr("Export…"), "auditExport", self.tr("Write the filtered list to .xlsx or .csv"))
        self.export_button.clicked.connect(self.export)
        self.check_button = push_button(
            self.tr("Check the chain"), "auditCheck",
            self.tr("Recompute every hash of the audit chain and name the first entry that does not match"),
        )  # fmt: skip
        self.check_button.clicked.connect(self.check_chain)
        self.chain_label = QLabel(self.tr("The audit chain has not been checked in this window yet."))
        self.chain_label.setObjectName("chainResult")
        self.chain_label.setWordWrap(True)
        self.chain_label.setTextFormat(Qt.TextFormat.PlainText)

        bar = QHBoxLayout()
        bar.addWidget(self.count_label, 1)
        for button in (self.more_button, self.export_button, self.check_button):
            bar.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        layout.addWidget(self.chain_label)

        page_shortcut(self, self.tr("Show"), ["Ctrl+Return"], self.apply_filters)
        page_shortcut(self, self.tr("Check the chain"), ["Ctrl+K"], self.check_chain)

    # ------------------------------------------------------------------ loading

    def start(self) -> None:
        """First load: the filters' choices and the newest page."""
        if self._started:
            return
        self._started = True
        self.ops.query(_choices, self._show_choices, parent=self)
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.start()  # read when first shown: the window starts without it
        if self._stale:
            self._stale = False
            self.reload()

    def on_changed(self, changes: Change) -> None:
        """Something was written: read the newest again when shown (the filters stay)."""
        if not self._started or not changes:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def current_filter(self) -> AuditFilter:
        kind = self.kind_combo.currentData()
        location = self.location_combo.currentText().strip()
        return AuditFilter(
            user=self.user_combo.currentText().strip() or None,
            start=self.from_edit.value(),
            end=self.to_edit.value(),
            batch=self.lot_edit.text().strip() or None,
            location=location.split(" ", 1)[0] if location else None,
            kind=str(kind) if kind else None,
        )

    def apply_filters(self) -> None:
        self._filter = self.current_filter()
        self.reload()

    def clear_filters(self) -> None:
        self.user_combo.setEditText("")
        self.from_edit.clear()
        self.to_edit.clear()
        self.lot_edit.clear()
        self.location_combo.setEditText("")
        self.kind_combo.setCurrentIndex(0)
        self.apply_filters()

    def reload(self) -> None:
        self._generation += 1
        self._next = None
        self.model.set_rows([])
        self._read(None)

    def load_more(self) -> None:
        if self._next is not None and not self._loading:
            self._read(self._next)

    def _scrolled(self, value: int) -> None:
        bar = self.table.verticalScrollBar()
        if value >= bar.maximum() - 2 and bar.maximum() > 0:
            self.load_more()

    def _read(self, after: audit_views.Key | None) -> None:
        flt, generation = self._filter, self._generation
        self._loading = True
        self.count_label.setText(self.tr("Reading…"))

        def work(app: App) -> AuditRowsPage:
            return audit_views.audit_page(app, flt, after, PAGE_ROWS)

        def failure(_err: BaseException) -> bool:
            self._loading = False
            self._show_count()
            return False  # the helper shows it (a period that ends before it starts)

        self.ops.query(work, lambda page: self._show_page(page, generation), failure=failure, parent=self)

    def _show_page(self, page: AuditRowsPage, generation: int) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.model.append(page.rows)
        self._next = page.next_key
        self._show_count()

    def _show_count(self) -> None:
        n = self.model.rowCount()
        if self._next is not None:
            text = self.tr("%1 rows shown; scroll down or press More for older ones").replace("%1", fmt.integer(n))
        else:
            text = self.tr("%1 rows: all that match").replace("%1", fmt.integer(n))
        self.count_label.setText(text)
        self.more_button.setEnabled(self._next is not None)

    def _show_choices(self, choices: tuple[list[str], list[tuple[str, str]]]) -> None:
        users, locations = choices
        for combo, items in (
            (self.user_combo, [(u, u) for u in users]),
            (self.location_combo, [(f"{code}  {name}", code) for code, name in locations]),
        ):
            typed = combo.currentText()
            combo.clear()
            combo.addItem("", "")
            for text, value in items:
                combo.addItem(text, value)
            combo.setEditText(typed)

    # ------------------------------------------------------------------ export and check

    def export(self) -> None:
        xlsx, csv = file_filters()
        name = f"revision_{self.ops.app.today().isoformat()}.xlsx"
        chosen, selected = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit list"), str(export_dir() / name), f"{xlsx};;{csv}", xlsx
        )
        if chosen:
            self.export_to(with_suffix_for(Path(chosen), selected))

    def export_to(self, path: Path) -> int:
        flt = self.current_filter()

        def work(app: App, progress: Progress) -> int:
            return audit_views.export_audit(app, path, flt, progress=progress.update)

        def done(rows: int) -> None:
            text = self.tr("%1 rows exported to %2").replace("%1", fmt.integer(rows)).replace("%2", str(path))
            self.count_label.setText(text)

        return self.ops.query(
            work, done, parent=self, label=self.tr("Exporting the audit list…"),
            with_progress=True, cancellable=True,
        )  # fmt: skip

    def check_chain(self) -> int:
        def work(app: App, progress: Progress) -> ChainReport:
            return chain_check.check_chain(app, progress.update)

        self.check_button.setEnabled(False)

        def failure(_err: BaseException) -> bool:
            self.check_button.setEnabled(True)
            return False

        return self.ops.query(
            work, self._show_check, failure=failure, parent=self,
            label=self.tr("Checking the audit chain…"), with_progress=True, cancellable=True,
            cancelled=lambda: self.check_button.setEnabled(True),
        )  # fmt: skip

    def _show_check(self, report: ChainReport) -> None:
        self.check_button.setEnabled(True)
        when = fmt.datetime_text(self.ops.app.now())
        text = labels.problem_text(report.problem())
        self.chain_label.setText(self.tr("Checked %1: %2").replace("%1", when).replace("%2", text))
        colour = OK_COLOUR if report.ok else BAD_COLOUR
        self.chain_label.setStyleSheet(f"color: {colour}; font-weight: bold;")


def _choices(app: App) -> tuple[list[str], list[tuple[str, str]]]:
    from pharmacy_app.services import reference

    locations = [(loc.code, loc.name) for loc in reference.list_locations(app, real_only=True)]
    return audit_views.users(app), sorted(locations)
