"""The Distribution page: plan a round to the vaccination sites, pick, print, dispatch,
and confirm what the sites received; move stock between sites, back to the pharmacy
and to another region.

Left, the rounds (drafts first) and the buttons for transfers; right, the open round:
its header, a banner when stock is short (who gets less, and a fair split), the
round's site lists, the requests per site and product (the requested figure is typed
in the table, in whole vials), the lots picked earliest-expiry first (a lot can be
changed with a reason), and a mobile unit's visit plan.  Under it the actions: preview
and print the lists (one PDF, one print job for the round), dispatch, cancel, reverse,
confirm receipt.

What must hold:

* Every service call goes through the operations helper, off the GUI thread.
* What the tables show is always the round as the service last returned it.
* A refusal (a typed problem) is shown in the strip above the tables, not in a dialog,
  unless a dialog asked for it; then the dialog shows it and keeps what was typed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDate,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.domain.errors import DomainError
from pharmacy_app.services import distribution, documents, queries, reference, transfers
from pharmacy_app.services.app import App
from pharmacy_app.services.queries import StockFilter, StockRow
from pharmacy_app.services.reference import (
    LocationInfo,
    ProductInfo,
    ProgrammeInfo,
    ReasonInfo,
    RegionInfo,
)
from pharmacy_app.ui import fmt, labels
from pharmacy_app.ui.async_dialog import ServiceDialog, alive
from pharmacy_app.ui.column_fit import ColumnFit
from pharmacy_app.ui.distribution_model import (
    CANCELLED,
    DIRECT,
    DISPATCHED,
    DRAFT,
    IN_TRANSIT,
    INSTITUTION_KINDS,
    STEP_ROLE,
    LinesModel,
    RequestsModel,
    RoundListModel,
    SiteListsModel,
    VisitsModel,
    basis_text,
    institution_kind_text,
    is_mobile,
    list_doses,
    mode_help,
    mode_text,
    status_text,
    vials,
)
from pharmacy_app.ui.flow_layout import FlowLayout
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.pdf_preview import PdfPreviewDialog, open_preview
from pharmacy_app.ui.reference_dialogs import ProblemList
from pharmacy_app.ui.round_legends import RoundLegends
from pharmacy_app.ui.shipment_file import save_shipment_file
from pharmacy_app.ui.stock_model import ROW_ROLE
from pharmacy_app.ui.widgets import (
    DocumentFiles,
    TableView,
    bold,
    load_bytes,
    ok_cancel_buttons,
    page_splitter,
    push_button,
    restore_header,
    save_bytes,
    save_header,
    scroll_after,
)

_Index = QModelIndex | QPersistentModelIndex

LIST_LIMIT = 200
SPLITTER_KEY = "distribution/splitter_v1"
LEFT_SPLITTER_KEY = "distribution/left_splitter_v1"
TABLES_SPLITTER_KEY = "distribution/tables_splitter_v1"
REQUESTS_HEADER_KEY = "distribution/requests_header_v1"
LINES_HEADER_KEY = "distribution/lines_header_v1"

MAX_DOSES = 999_999
HINT_STYLE = "color: #5c6166;"
STRIP_STYLE = {
    "idle": "background: #eef1f4; color: #3b4148; border: 1px solid #d5dae0;",
    "ok": "background: #dcf3df; color: #14532d; border: 1px solid #8fd19e;",
    "error": "background: #fbe3e4; color: #7d0f14; border: 1px solid #e8a9ac;",
}
SHORTAGE_STYLE = (
    "QFrame#shortageBanner { background: #fff1e0; border: 1px solid #f0b37a; border-radius: 6px; }"
    " QFrame#shortageBanner QLabel { color: #6b3200; }"
)
FAIR_STYLE = (
    "QFrame#shortageBanner { background: #eef4fb; border: 1px solid #9cbde3; border-radius: 6px; }"
    " QFrame#shortageBanner QLabel { color: #143d6b; }"
)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(qd: QDate) -> date:
    return date(qd.year(), qd.month(), qd.day())


def _date_edit(value: date) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy" if fmt.language() == "da" else "yyyy-MM-dd")
    edit.setDate(_qdate(value))
    return edit


def _hint(text: str, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setStyleSheet(HINT_STYLE)
    return label


def _count(text: str, n: int) -> str:
    """A plural text with its number written as the UI language writes numbers."""
    return text.replace(str(n), fmt.integer(n), 1)


def _programme_name(p: ProgrammeInfo) -> str:
    return labels.by_language(p.name_da, p.name_en)


# --------------------------------------------------------------------------- the strip


class StatusStrip(QLabel):
    """The answer to the last action: green when done, red when refused."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("distributionStatus")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.state = "idle"
        self.is_hint = True
        self.show_hint("")

    def _show(self, state: str, text: str, hint: bool) -> None:
        self.state = state
        self.is_hint = hint
        font = self.font()
        font.setBold(state != "idle")
        self.setFont(font)
        self.setText(text)
        self.setStyleSheet(
            f"QLabel#distributionStatus {{ {STRIP_STYLE[state]} border-radius: 6px; padding: 6px 10px; }}"
        )

    def show_hint(self, text: str) -> None:
        self._show("idle", text, True)

    def show_ok(self, text: str) -> None:
        self._show("ok", "✓ " + text, False)

    def show_error(self, text: str) -> None:
        self._show("error", "✗ " + text, False)


# --------------------------------------------------------------------------- new round


class NewRoundDialog(ServiceDialog):
    """Plan a round: the day, the sites, the products, how dispatch posts, fair split."""

    planned = Signal(object)  # RoundView

    def __init__(self, ops: Operations, today: date, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.setWindowTitle(self.tr("New distribution round"))
        self.setObjectName("newRoundDialog")
        self.resize(820, 640)

        self.date_edit = _date_edit(today + timedelta(days=1))
        self.date_edit.setObjectName("plannedFor")
        self.date_edit.setMinimumDate(_qdate(today))
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("roundNote")
        self.note_edit.setMaxLength(200)
        self.note_edit.setPlaceholderText(self.tr("Optional, e.g. extra doses for the nursing-home week"))

        # Sites ----------------------------------------------------------------------
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("siteFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter sites by name, code or kind"))
        self.filter_edit.setClearButtonEnabled(True)
        self.sites_tree = QTreeWidget()
        self.sites_tree.setObjectName("siteTree")
        self.sites_tree.setHeaderLabels([self.tr("Site"), self.tr("Code"), self.tr("Cover")])
        self.sites_tree.setRootIsDecorated(True)
        self.sites_tree.setUniformRowHeights(True)
        self.sites_tree.setAlternatingRowColors(True)
        header = self.sites_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.all_central_button = push_button(
            self.tr("All &central"), "allCentral", self.tr("Tick every central vaccination centre")
        )
        self.all_button = push_button(self.tr("&All"), "allSites", self.tr("Tick every site shown"))
        self.none_button = QPushButton(self.tr("N&one"))
        self.none_button.setObjectName("noSites")
        self.sites_count = QLabel()
        self.sites_count.setObjectName("sitesCount")

        # Products -----------------------------------------------------------------------
        self.products_used = QRadioButton(self.tr("Every product the sites &use"))
        self.products_used.setObjectName("productsUsed")
        self.products_used.setToolTip(self.tr("The products each site has used or holds; proposals follow its use"))
        self.products_chosen = QRadioButton(self.tr("Only the products &ticked:"))
        self.products_chosen.setObjectName("productsChosen")
        self.products_used.setChecked(True)
        self.products_list = QListWidget()
        self.products_list.setObjectName("productList")
        self.products_list.setEnabled(False)
        self.products_list.setAlternatingRowColors(True)

        # Mode and fair split ---------------------------------------------------------------
        self.direct_radio = QRadioButton(self.tr("&Direct"))
        self.direct_radio.setObjectName("modeDirect")
        self.transit_radio = QRadioButton(self.tr("In &transit"))
        self.transit_radio.setObjectName("modeInTransit")
        self.direct_radio.setChecked(True)
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.direct_radio)
        self.mode_group.addButton(self.transit_radio)
        self.fair_check = QCheckBox(self.tr("&Split fairly when stock is short"))
        self.fair_check.setObjectName("fairSplit")
        self.fair_check.setToolTip(
            self.tr(
                "Off: sites are served in the list's order until the stock runs out. "
                "On: every site gets about the same share of what it asked for."
            )
        )

        self.problems = ProblemList()
        self.buttons, self.ok_button = ok_cancel_buttons(
            self, self.tr("Plan round"), self.tr("Cancel"), self.submit, "planRound"
        )

        # Layout ------------------------------------------------------------------------------
        top = QFormLayout()
        date_label = QLabel(self.tr("&Date"))
        date_label.setBuddy(self.date_edit)
        note_label = QLabel(self.tr("&Note"))
        note_label.setBuddy(self.note_edit)
        top.addRow(date_label, self.date_edit)
        top.addRow(note_label, self.note_edit)

        sites_box = QGroupBox(self.tr("Sites"))
        sites_layout = QVBoxLayout(sites_box)
        sites_layout.addWidget(self.filter_edit)
        sites_layout.addWidget(self.sites_tree, 1)
        helpers = QHBoxLayout()
        helpers.addWidget(self.all_central_button)
        helpers.addWidget(self.all_button)
        helpers.addWidget(self.none_button)
        helpers.addStretch(1)
        helpers.addWidget(self.sites_count)
        sites_layout.addLayout(helpers)

        products_box = QGroupBox(self.tr("Products"))
        products_layout = QVBoxLayout(products_box)
        products_layout.addWidget(self.products_used)
        products_layout.addWidget(self.products_chosen)
        products_layout.addWidget(self.products_list, 1)

        mode_box = QGroupBox(self.tr("Dispatch"))
        mode_layout = QGridLayout(mode_box)
        mode_layout.setColumnStretch(1, 1)
        mode_layout.addWidget(self.direct_radio, 0, 0)
        mode_layout.addWidget(_hint(mode_help(DIRECT)), 0, 1)
        mode_layout.addWidget(self.transit_radio, 1, 0)
        mode_layout.addWidget(_hint(mode_help(IN_TRANSIT)), 1, 1)
        mode_layout.addWidget(self.fair_check, 2, 0, 1, 2)

        middle = QHBoxLayout()
        middle.addWidget(sites_box, 3)
        middle.addWidget(products_box, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(mode_box)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

        self.filter_edit.textChanged.connect(self._filter)
        self.all_central_button.clicked.connect(lambda: self.tick_kind("central"))
        self.all_button.clicked.connect(lambda: self.tick_all(True))
        self.none_button.clicked.connect(lambda: self.tick_all(False))
        self.sites_tree.itemChanged.connect(lambda _i, _c: self._refresh())
        self.products_chosen.toggled.connect(self.products_list.setEnabled)
        self.products_chosen.toggled.connect(lambda _on: self._refresh())
        self.products_list.itemChanged.connect(lambda _i: self._refresh())
        self._refresh()
        self.sites_tree.setFocus()

        ops.query(_new_round_choices, alive(self, self._choices_arrived), parent=self)

    # ------------------------------------------------------------------ filling

    def _choices_arrived(self, choices: tuple[list[Any], list[ProductInfo]]) -> None:
        sites, products = choices
        self.set_sites(sites)
        self.products_list.clear()
        for p in products:
            item = QListWidgetItem(f"{p.display_name} · {p.varenummer}")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(p.name)
            self.products_list.addItem(item)
        self._refresh()

    def set_sites(self, sites: list[Any]) -> None:
        with QSignalBlocker(self.sites_tree):
            self.sites_tree.clear()
            groups: dict[str, QTreeWidgetItem] = {}
            for site in sites:
                kind = site.kind_code or ""
                group = groups.get(kind)
                if group is None:
                    kind_name = labels.by_language(site.kind_name, site.kind_name_en)
                    group = QTreeWidgetItem([kind_name or kind, "", ""])
                    group.setData(0, Qt.ItemDataRole.UserRole, None)
                    group.setData(0, Qt.ItemDataRole.UserRole + 1, kind)
                    group.setFlags(
                        group.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate
                    )
                    group.setCheckState(0, Qt.CheckState.Unchecked)
                    font = group.font(0)
                    font.setBold(True)
                    group.setFont(0, font)
                    cover = site.cover_days
                    if cover:
                        group.setText(2, self.tr("%Ln day(s)", None, int(cover)))
                        group.setToolTip(
                            2, self.tr("Target cover: stock for %Ln day(s) of use at each site of this kind", None, int(cover))
                        )
                    self.sites_tree.addTopLevelItem(group)
                    groups[kind] = group
                item = QTreeWidgetItem([site.name, site.code, ""])
                item.setData(0, Qt.ItemDataRole.UserRole, site.code)
                item.setData(0, Qt.ItemDataRole.UserRole + 1, kind)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked)
                item.setToolTip(0, f"{site.name} ({site.code})")
                group.addChild(item)
            self.sites_tree.expandAll()
        self._refresh()

    def _site_items(self) -> list[QTreeWidgetItem]:
        found = []
        it = QTreeWidgetItemIterator(self.sites_tree)
        while it.value() is not None:
            item = it.value()
            if item.data(0, Qt.ItemDataRole.UserRole):
                found.append(item)
            it += 1
        return found

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.sites_tree.topLevelItemCount()):
            group = self.sites_tree.topLevelItem(i)
            shown = 0
            group_match = bool(needle) and needle in group.text(0).casefold()
            for j in range(group.childCount()):
                child = group.child(j)
                match = not needle or group_match or needle in child.text(0).casefold() or needle in child.text(1).casefold()
                child.setHidden(not match)
                shown += int(match)
            group.setHidden(shown == 0)

    def tick_kind(self, kind: str) -> None:
        for item in self._site_items():
            if item.data(0, Qt.ItemDataRole.UserRole + 1) == kind:
                item.setCheckState(0, Qt.CheckState.Checked)

    def tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for item in self._site_items():
            if not on or not item.isHidden():
                item.setCheckState(0, state)

    def tick_sites(self, codes: list[str]) -> None:
        wanted = set(codes)
        for item in self._site_items():
            if item.data(0, Qt.ItemDataRole.UserRole) in wanted:
                item.setCheckState(0, Qt.CheckState.Checked)

    def tick_products(self, product_ids: list[int]) -> None:
        self.products_chosen.setChecked(True)
        for i in range(self.products_list.count()):
            item = self.products_list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in product_ids:
                item.setCheckState(Qt.CheckState.Checked)

    def site_codes(self) -> list[str]:
        return [
            str(item.data(0, Qt.ItemDataRole.UserRole))
            for item in self._site_items()
            if item.checkState(0) == Qt.CheckState.Checked
        ]

    def product_ids(self) -> list[int] | None:
        if not self.products_chosen.isChecked():
            return None
        return [
            int(self.products_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.products_list.count())
            if self.products_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def mode(self) -> str:
        return IN_TRANSIT if self.transit_radio.isChecked() else DIRECT

    def planned_for(self) -> date:
        return _pydate(self.date_edit.date())

    def _refresh(self) -> None:
        n = len(self.site_codes())
        self.sites_count.setText(self.tr("%Ln site(s) ticked", None, n))
        products = self.product_ids()
        self.ok_button.setEnabled(not self._busy and n > 0 and (products is None or bool(products)))

    # ------------------------------------------------------------------ planning

    def submit(self) -> None:
        if self._busy or not self.ok_button.isEnabled():
            return
        codes = self.site_codes()
        products = self.product_ids()
        planned_for = self.planned_for()
        mode = self.mode()
        fair = self.fair_check.isChecked()
        note = self.note_edit.text().strip()
        self.run_write(
            lambda app: distribution.plan_round(
                app,
                planned_for=planned_for,
                site_codes=codes,
                product_ids=products,
                mode=mode,
                fair_split=fair,
                note=note,
            ),
            self.planned.emit,
            {"distribution"},
            self.tr("Planning the round…"),
        )


def _new_round_choices(app: App) -> tuple[list[Any], list[ProductInfo]]:
    return distribution.site_candidates(app), reference.list_products(app, active_only=True)


# --------------------------------------------------------------------------- change lot


class ChangeLotDialog(ServiceDialog):
    """Pick another lot for a line, earliest use-by first, with the reason recorded."""

    changed = Signal(object)  # RoundView

    def __init__(self, ops: Operations, line: Any, site_name: str, on: date, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self._line = line
        self._lots: list[Any] = []
        self.setWindowTitle(self.tr("Change lot"))
        self.setObjectName("changeLotDialog")
        self.resize(640, 420)

        intro = QLabel(
            self.tr("%1 for %2: %3 doses, now batch %4.")
            .replace("%1", line.product)
            .replace("%2", site_name)
            .replace("%3", fmt.integer(line.doses))
            .replace("%4", line.batch)
        )
        intro.setWordWrap(True)
        self.lots_table = QTableWidget(0, 5)
        self.lots_table.setObjectName("pickableLots")
        self.lots_table.setHorizontalHeaderLabels(
            [self.tr("Batch"), self.tr("Use by"), self.tr("Thawed"), self.tr("Free doses"), ""]
        )
        self.lots_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lots_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lots_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lots_table.verticalHeader().setVisible(False)
        self.lots_table.setAlternatingRowColors(True)
        self.lots_table.horizontalHeader().setStretchLastSection(True)
        self.lots_table.setColumnWidth(0, 120)
        self.lots_table.setColumnWidth(1, 110)
        self.lots_table.setColumnWidth(2, 110)
        self.lots_table.setColumnWidth(3, 150)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("overrideReason")
        self.reason_edit.setMaxLength(200)
        self.reason_edit.setPlaceholderText(self.tr("Required, e.g. the site asked for single-dose vials"))
        reason_label = QLabel(self.tr("&Reason"))
        reason_label.setBuddy(self.reason_edit)
        self.problems = ProblemList()
        self.buttons, self.ok_button = ok_cancel_buttons(self, self.tr("Use this lot"), self.tr("Cancel"), self.submit)

        form = QHBoxLayout()
        form.addWidget(reason_label)
        form.addWidget(self.reason_edit, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(
            _hint(self.tr("Lots at the pharmacy that can be picked, earliest use-by first (FEFO). Another lot needs a reason."))
        )
        layout.addWidget(self.lots_table, 1)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.lots_table.itemSelectionChanged.connect(self._refresh)
        self.reason_edit.textChanged.connect(lambda _t: self._refresh())
        self._refresh()
        product_id = line.product_id
        ops.query(
            lambda app: distribution.pickable_stock(app, product_id, on), alive(self, self.set_lots), parent=self
        )

    def set_lots(self, lots: list[Any]) -> None:
        self._lots = list(lots)
        t = self.lots_table
        t.setRowCount(len(self._lots))
        for r, lot in enumerate(self._lots):
            note = []
            if r == 0:
                note.append(self.tr("FEFO first"))
            if lot.lot_id == self._line.lot_id:
                note.append(self.tr("picked now"))
            elif int(lot.doses) < int(self._line.doses):
                note.append(self.tr("not enough free doses"))
            values = [
                lot.batch,
                fmt.date_text(lot.use_by),
                fmt.date_text(lot.thawed_on) if lot.thawed_on else "",
                fmt.integer(lot.doses),
                ", ".join(note),
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                t.setItem(r, c, item)
        other = next(
            (
                r
                for r, lot in enumerate(self._lots)
                if lot.lot_id != self._line.lot_id and int(lot.doses) >= int(self._line.doses)
            ),
            None,
        )
        if other is not None:
            t.selectRow(other)
        if not self._lots:
            self.problems.show_problems([self.tr("No other lot of this product can be picked for the round's date.")])
        self._refresh()
        t.setFocus()

    def chosen_lot(self) -> Any:
        rows = self.lots_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self._lots[rows[0].row()]

    def choose_batch(self, batch: str) -> bool:
        for r, lot in enumerate(self._lots):
            if lot.batch == batch:
                self.lots_table.selectRow(r)
                return True
        return False

    def _refresh(self) -> None:
        lot = self.chosen_lot()
        ok = (
            lot is not None
            and lot.lot_id != self._line.lot_id
            and int(lot.doses) >= int(self._line.doses)
            and bool(self.reason_edit.text().strip())
        )
        self.ok_button.setEnabled(ok and not self._busy)

    def submit(self) -> None:
        lot = self.chosen_lot()
        reason = self.reason_edit.text().strip()
        if self._busy or lot is None or not reason:
            return
        line_id, lot_id = self._line.line_id, lot.lot_id

        self.run_write(
            lambda app: distribution.override_line(app, line_id, lot_id, reason),
            self.changed.emit,
            {"distribution"},
            self.tr("Changing the lot…"),
        )


# --------------------------------------------------------------------------- visits


class VisitDialog(ServiceDialog):
    """A mobile unit's visit: the institution, the day, the doses of each programme."""

    added = Signal(object)  # RoundView

    def __init__(
        self,
        ops: Operations,
        lst: Any,
        programmes: list[ProgrammeInfo],
        visit_date: date,
        parent: QWidget | None = None,
    ):
        super().__init__(ops, parent)
        self._list = lst
        self.setWindowTitle(self.tr("Add a visit – %1").replace("%1", lst.site_name))
        self.setObjectName("visitDialog")
        self.setMinimumWidth(460)
        self.date_edit = _date_edit(visit_date)
        self.date_edit.setObjectName("visitDate")
        self.institution_edit = QLineEdit()
        self.institution_edit.setObjectName("institution")
        self.institution_edit.setMaxLength(200)
        self.institution_edit.setPlaceholderText(self.tr("e.g. Plejecenter Solgården"))
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("institutionKind")
        for kind in INSTITUTION_KINDS:
            self.kind_combo.addItem(institution_kind_text(kind), kind)
        self.dose_spins: dict[str, QSpinBox] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        def buddy(text: str, widget: QWidget) -> QLabel:
            label = QLabel(text)
            label.setBuddy(widget)
            return label

        form.addRow(buddy(self.tr("&Date"), self.date_edit), self.date_edit)
        form.addRow(buddy(self.tr("&Institution"), self.institution_edit), self.institution_edit)
        form.addRow(buddy(self.tr("&Kind"), self.kind_combo), self.kind_combo)
        for p in programmes:
            spin = QSpinBox()
            spin.setObjectName(f"doses_{p.code}")
            spin.setRange(0, MAX_DOSES)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            spin.setSuffix(" " + self.tr("doses"))
            self.dose_spins[p.code] = spin
            form.addRow(QLabel(_programme_name(p)), spin)
        self.problems = ProblemList()
        self.buttons, self.ok_button = ok_cancel_buttons(self, self.tr("Add visit"), self.tr("Cancel"), self.submit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_hint(self.tr("Give the doses of every programme given at this visit; leave the others at 0.")))
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.institution_edit.textChanged.connect(lambda _t: self._refresh())
        for spin in self.dose_spins.values():
            spin.valueChanged.connect(lambda _v: self._refresh())
        self._refresh()
        self.institution_edit.setFocus()

    def doses(self) -> dict[str, int]:
        return {code: spin.value() for code, spin in self.dose_spins.items() if spin.value() > 0}

    def _refresh(self) -> None:
        self.ok_button.setEnabled(not self._busy and bool(self.institution_edit.text().strip()) and bool(self.doses()))

    def submit(self) -> None:
        if self._busy or not self.ok_button.isEnabled():
            return
        list_id = self._list.list_id
        visit_date = _pydate(self.date_edit.date())
        institution = self.institution_edit.text().strip()
        kind = str(self.kind_combo.currentData())
        doses = self.doses()

        def work(app: App) -> Any:
            return distribution.add_visits(
                app,
                list_id,
                visit_date=visit_date,
                institution=institution,
                institution_kind=kind,
                doses_by_programme=doses,
            )

        self.run_write(work, self.added.emit, {"distribution"}, self.tr("Adding the visit…"))


# --------------------------------------------------------------------------- receipt at the site


class ConfirmReceiptDialog(ServiceDialog):
    """What a site received, line by line; a difference needs a reason (and its code)."""

    confirmed = Signal(object)  # ListView

    RECEIVED_COL, REASON_COL, CODE_COL = 4, 5, 6

    def __init__(self, ops: Operations, lst: Any, reasons: list[ReasonInfo], mode: str, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self._list = lst
        self.setWindowTitle(self.tr("Confirm receipt – %1").replace("%1", lst.site_name))
        self.setObjectName("confirmReceiptDialog")
        self.resize(1000, 460)
        title = bold(QLabel(self.tr("List %1 to %2").replace("%1", lst.list_number).replace("%2", lst.site_name)))
        if mode == IN_TRANSIT:
            explain = self.tr(
                "The doses are in transit until confirmed: what you confirm moves to the site; "
                "a difference is recorded as lost with its reason."
            )
        else:
            explain = self.tr(
                "The doses were booked to the site at dispatch; a difference is recorded as a "
                "discard at the site with its reason."
            )
        self.table = QTableWidget(len(lst.lines), 7)
        self.table.setObjectName("receiptLines")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Product"),
                self.tr("Batch"),
                self.tr("Use by"),
                self.tr("Dispatched"),
                self.tr("Received"),
                self.tr("Reason for the difference"),
                self.tr("Reason code"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for c, w in ((1, 90), (2, 96), (3, 80), (4, 96), (6, 190)):
            self.table.setColumnWidth(c, w)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 16)
        # Never squeezed to nothing: a header and at least three lines stay in view.
        self.table.setMinimumHeight((self.fontMetrics().height() + 16) * 4 + 4)
        self.received: dict[int, QSpinBox] = {}
        self.reasons: dict[int, QLineEdit] = {}
        self.codes: dict[int, QComboBox] = {}
        for r, line in enumerate(lst.lines):
            for c, value in enumerate(
                (line.product_short or line.product, line.batch, fmt.date_text(line.use_by), fmt.integer(line.doses))
            ):
                item = QTableWidgetItem(value)
                if c == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 0:
                    item.setToolTip(f"{line.product} ({line.varenummer})")
                self.table.setItem(r, c, item)
            spin = QSpinBox()
            spin.setObjectName(f"received_{line.line_id}")
            spin.setRange(0, int(line.doses))
            spin.setSingleStep(_per_unit(line))
            spin.setValue(int(line.doses))
            spin.setToolTip(self.tr("Doses received, in whole vials of %1 doses").replace("%1", str(_per_unit(line))))
            spin.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            reason = QLineEdit()
            reason.setObjectName(f"reason_{line.line_id}")
            reason.setMaxLength(200)
            reason.setPlaceholderText(self.tr("Needed when less arrived"))
            code = QComboBox()
            code.setObjectName(f"code_{line.line_id}")
            code.addItem(self.tr("Choose…"), None)
            for reason_info in reasons:
                code.addItem(labels.by_language(reason_info.name_da, reason_info.name_en), reason_info.code)
            self.table.setCellWidget(r, self.RECEIVED_COL, spin)
            self.table.setCellWidget(r, self.REASON_COL, reason)
            self.table.setCellWidget(r, self.CODE_COL, code)
            self.received[line.line_id] = spin
            self.reasons[line.line_id] = reason
            self.codes[line.line_id] = code
            spin.valueChanged.connect(lambda _v: self._refresh())
            reason.textChanged.connect(lambda _t: self._refresh())
            code.currentIndexChanged.connect(lambda _i: self._refresh())
        self.totals = QLabel()
        self.totals.setObjectName("receiptTotals")
        self.problems = ProblemList()
        self.buttons, self.ok_button = ok_cancel_buttons(
            self, self.tr("Confirm receipt"), self.tr("Cancel"), self.submit, "confirmReceipt"
        )
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(_hint(explain))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self._refresh()
        if lst.lines:
            self.received[lst.lines[0].line_id].setFocus()
            self.received[lst.lines[0].line_id].selectAll()

    def set_received(self, line_id: int, doses: int, reason: str = "", code: str | None = None) -> None:
        self.received[line_id].setValue(doses)
        self.reasons[line_id].setText(reason)
        if code is not None:
            combo = self.codes[line_id]
            combo.setCurrentIndex(max(0, combo.findData(code)))

    def missing(self) -> list[str]:
        """What still has to be filled in, naming the line."""
        out = []
        for line in self._list.lines:
            got = self.received[line.line_id].value()
            if got == int(line.doses):
                continue
            where = self.tr("line %1 (%2 %3)").replace("%1", str(line.line_no)).replace("%2", line.product).replace(
                "%3", line.batch
            )
            per = _per_unit(line)
            if got % per:
                out.append(
                    self.tr("The doses received on %1 must be whole vials of %2 doses.")
                    .replace("%1", where)
                    .replace("%2", str(per))
                )
            if not self.reasons[line.line_id].text().strip():
                out.append(self.tr("Give the reason for the difference on %1.").replace("%1", where))
            if self.codes[line.line_id].currentData() is None:
                out.append(self.tr("Choose the reason code on %1.").replace("%1", where))
        return out

    def _refresh(self) -> None:
        sent = sum(int(line.doses) for line in self._list.lines)
        got = sum(spin.value() for spin in self.received.values())
        text = self.tr("Dispatched %1 doses, received %2").replace("%1", fmt.integer(sent)).replace("%2", fmt.integer(got))
        if got != sent:
            text += " · " + self.tr("difference %1").replace("%1", fmt.integer(sent - got))
        self.totals.setText(text)
        for line in self._list.lines:
            differs = self.received[line.line_id].value() != int(line.doses)
            self.reasons[line.line_id].setEnabled(differs)
            self.codes[line.line_id].setEnabled(differs)
        self.ok_button.setEnabled(not self._busy and not self.missing())

    def submit(self) -> None:
        problems = self.missing()
        if problems:
            self.problems.show_problems(problems)
            return
        if self._busy:
            return
        received = {line_id: spin.value() for line_id, spin in self.received.items()}
        reasons: dict[int, str] = {}
        codes: dict[int, str] = {}
        for line in self._list.lines:
            if received[line.line_id] != int(line.doses):
                reasons[line.line_id] = self.reasons[line.line_id].text().strip()
                codes[line.line_id] = str(self.codes[line.line_id].currentData())
        list_id = self._list.list_id
        self.run_write(
            lambda app: distribution.confirm_receipt(app, list_id, received, reasons=reasons, reason_codes=codes),
            self.confirmed.emit,
            {"distribution", "stock"},
            self.tr("Confirming the receipt…"),
        )


def _per_unit(line: Any) -> int:
    """Doses per vial of a picked line."""
    units = int(line.units)
    return max(1, int(line.doses) // units) if units else 1


# --------------------------------------------------------------------------- a text that is required


class ReasonDialog(QDialog):
    """Ask for a reason or note before an action that cannot be taken back."""

    def __init__(
        self,
        title: str,
        text: str,
        action: str,
        required: bool,
        parent: QWidget | None = None,
        placeholder: str = "",
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("reasonDialog")
        self.setMinimumWidth(460)
        self._required = required
        label = QLabel(text)
        label.setWordWrap(True)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("reasonText")
        self.edit.setTabChangesFocus(True)
        self.edit.setPlaceholderText(placeholder or (self.tr("Required") if required else self.tr("Optional")))
        self.edit.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.buttons, self.ok_button = ok_cancel_buttons(self, action, self.tr("Keep it"), self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self._refresh)
        self._refresh()
        self.edit.setFocus()

    def text(self) -> str:
        return self.edit.toPlainText().strip()

    def _refresh(self) -> None:
        self.ok_button.setEnabled(bool(self.text()) or not self._required)


# --------------------------------------------------------------------------- transfers


SITE_TO_SITE, TO_PHARMACY, TO_REGION = range(3)


class _StockPicker(QWidget):
    """A location, one of its lots and a number of doses."""

    changed = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self._ops = ops
        self._rows: list[StockRow] = []
        self._generation = 0
        self.location_combo = QComboBox()
        self.location_combo.setMinimumContentsLength(28)
        self.location_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.lot_combo = QComboBox()
        self.lot_combo.setMinimumContentsLength(40)
        self.lot_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.doses_spin = QSpinBox()
        self.doses_spin.setRange(0, 0)
        self.doses_spin.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.doses_spin.setMinimumWidth(100)
        self.location_combo.currentIndexChanged.connect(lambda _i: self.load_lots())
        self.lot_combo.currentIndexChanged.connect(lambda _i: self._lot_changed())
        self.doses_spin.valueChanged.connect(lambda _v: self.changed.emit())

    def set_locations(self, locations: list[LocationInfo]) -> None:
        with QSignalBlocker(self.location_combo):
            self.location_combo.clear()
            for loc in locations:
                self.location_combo.addItem(f"{loc.name} ({loc.code})", loc)
        self.load_lots()

    def location(self) -> LocationInfo | None:
        return self.location_combo.currentData()

    def lot(self) -> StockRow | None:
        return self.lot_combo.currentData()

    def doses(self) -> int:
        return self.doses_spin.value()

    def load_lots(self) -> None:
        loc = self.location()
        self._generation += 1
        generation = self._generation
        if loc is None:
            self.set_lots([])
            return

        def done(rows: list[StockRow]) -> None:
            if generation == self._generation:
                self.set_lots(rows)

        flt = StockFilter(location_id=loc.id)
        self._ops.query(
            lambda app: [r for r in queries.stock_rows(app, flt) if not r.held], alive(self, done), parent=self
        )

    def set_lots(self, rows: list[StockRow]) -> None:
        self._rows = list(rows)
        with QSignalBlocker(self.lot_combo):
            self.lot_combo.clear()
            for row in self._rows:
                text = (
                    self.tr("%1 · batch %2 · use by %3 · %4 doses")
                    .replace("%1", row.product)
                    .replace("%2", row.batch)
                    .replace("%3", fmt.date_text(row.use_by))
                    .replace("%4", fmt.integer(row.doses))
                )
                self.lot_combo.addItem(text, row)
            if not self._rows:
                self.lot_combo.addItem(self.tr("No stock here"), None)
        self._lot_changed()

    def choose_batch(self, batch: str) -> bool:
        for i in range(self.lot_combo.count()):
            row = self.lot_combo.itemData(i)
            if row is not None and row.batch == batch:
                self.lot_combo.setCurrentIndex(i)
                return True
        return False

    def choose_location(self, code: str) -> bool:
        for i in range(self.location_combo.count()):
            loc = self.location_combo.itemData(i)
            if loc is not None and loc.code == code:
                self.location_combo.setCurrentIndex(i)
                return True
        return False

    def _lot_changed(self) -> None:
        row = self.lot()
        if row is None:
            self.doses_spin.setRange(0, 0)
        else:
            self.doses_spin.setRange(0, row.doses)
            self.doses_spin.setSingleStep(max(1, row.doses_per_unit))
        self.changed.emit()


class TransferDialog(ServiceDialog):
    """Move stock: site to site, a site back to the pharmacy, or to another region."""

    done_value = Signal(str)  # what was done, for the page's strip

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self._home: str | None = None
        self._region: str | None = None
        self.setWindowTitle(self.tr("Transfer or return stock"))
        self.setObjectName("transferDialog")
        self.setMinimumWidth(680)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("transferTabs")
        # Site to site
        self.site_from = _StockPicker(ops)
        self.site_to = QComboBox()
        self.site_to.setObjectName("transferTo")
        self.site_note = QLineEdit()
        self.site_note.setMaxLength(200)
        self.site_note.setPlaceholderText(self.tr("Why, e.g. rebalancing before expiry"))
        page1 = QWidget()
        f1 = QFormLayout(page1)
        f1.addRow(_hint(self.tr("Move doses of one lot from one site to another; both are in this region.")))
        f1.addRow(self.tr("From"), self.site_from.location_combo)
        f1.addRow(self.tr("Lot"), self.site_from.lot_combo)
        f1.addRow(self.tr("Doses"), self.site_from.doses_spin)
        f1.addRow(self.tr("To"), self.site_to)
        f1.addRow(self.tr("Note"), self.site_note)
        self.tabs.addTab(page1, self.tr("Site to site"))
        # Back to the pharmacy
        self.return_from = _StockPicker(ops)
        self.return_note = QLineEdit()
        self.return_note.setMaxLength(200)
        self.return_note.setPlaceholderText(self.tr("Why, e.g. the site closes for the season"))
        page2 = QWidget()
        f2 = QFormLayout(page2)
        f2.addRow(_hint(self.tr("Return doses a site does not need to the pharmacy, where they can be picked again.")))
        f2.addRow(self.tr("From"), self.return_from.location_combo)
        f2.addRow(self.tr("Lot"), self.return_from.lot_combo)
        f2.addRow(self.tr("Doses"), self.return_from.doses_spin)
        f2.addRow(self.tr("Note"), self.return_note)
        self.tabs.addTab(page2, self.tr("Back to the pharmacy"))
        # To another region
        self.region_from = _StockPicker(ops)
        self.region_combo = QComboBox()
        self.region_combo.setObjectName("toRegion")
        self.region_reference = QLineEdit()
        self.region_reference.setObjectName("regionReference")
        self.region_reference.setMaxLength(100)
        self.region_reference.setPlaceholderText(self.tr("Required: the agreement or order number"))
        self.region_note = QLineEdit()
        self.region_note.setMaxLength(200)
        page3 = QWidget()
        f3 = QFormLayout(page3)
        f3.addRow(
            _hint(
                self.tr(
                    "Send doses from the pharmacy to another region's pharmacy. The app writes a "
                    "shipment file (JSON) with the lot and its history: save it and send it with the "
                    "goods; the other pharmacy receives it with Receive from another region."
                )
            )
        )
        f3.addRow(self.tr("From"), self.region_from.location_combo)
        f3.addRow(self.tr("Lot"), self.region_from.lot_combo)
        f3.addRow(self.tr("Doses"), self.region_from.doses_spin)
        f3.addRow(self.tr("To region"), self.region_combo)
        f3.addRow(self.tr("Reference"), self.region_reference)
        f3.addRow(self.tr("Note"), self.region_note)
        self.tabs.addTab(page3, self.tr("To another region"))

        self.problems = ProblemList()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("transferButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

        for picker in (self.site_from, self.return_from, self.region_from):
            picker.changed.connect(self._refresh)
        self.region_reference.textChanged.connect(lambda _t: self._refresh())
        self.tabs.currentChanged.connect(lambda _i: self._refresh())
        self._refresh()
        ops.query(_transfer_choices, alive(self, self._choices_arrived), parent=self)

    def _choices_arrived(self, choices: tuple[list[LocationInfo], list[RegionInfo], str | None]) -> None:
        locations, regions, home = choices
        self._home = home
        sites = [loc for loc in locations if loc.kind_code not in ("pharmacy", "quarantine")]
        pharmacies = [loc for loc in locations if loc.kind_code == "pharmacy"]
        pharmacies.sort(key=lambda loc: loc.code != home)
        home_region = next((loc.region_code for loc in locations if loc.code == home), None)
        self._region = home_region
        self.site_from.set_locations(sites)
        self.return_from.set_locations(sites)
        self.region_from.set_locations([p for p in pharmacies if p.code == home] or pharmacies)
        with QSignalBlocker(self.site_to):
            self.site_to.clear()
            for loc in sites:
                self.site_to.addItem(f"{loc.name} ({loc.code})", loc.code)
            if self.site_to.count() > 1:
                self.site_to.setCurrentIndex(1)
        with QSignalBlocker(self.region_combo):
            self.region_combo.clear()
            for region in regions:
                if region.code != home_region:
                    self.region_combo.addItem(f"{region.name} ({region.code})", region.code)
        self._refresh()

    def _refresh(self) -> None:
        tab = self.tabs.currentIndex()
        texts = {SITE_TO_SITE: self.tr("Transfer"), TO_PHARMACY: self.tr("Return"), TO_REGION: self.tr("Send…")}
        self.ok_button.setText(texts.get(tab, self.tr("Transfer")))
        picker = self._picker()
        ok = picker.lot() is not None and picker.doses() > 0
        if tab == SITE_TO_SITE:
            loc = picker.location()
            ok = ok and self.site_to.currentData() is not None and (loc is None or self.site_to.currentData() != loc.code)
        if tab == TO_REGION:
            ok = ok and bool(self.region_reference.text().strip()) and self.region_combo.currentData() is not None
        self.ok_button.setEnabled(ok and not self._busy)

    def _picker(self) -> _StockPicker:
        return (self.site_from, self.return_from, self.region_from)[max(0, self.tabs.currentIndex())]

    def submit(self) -> None:
        if self._busy or not self.ok_button.isEnabled():
            return
        tab = self.tabs.currentIndex()
        picker = self._picker()
        lot, loc, doses = picker.lot(), picker.location(), picker.doses()
        if lot is None or loc is None:
            return
        lot_id, from_code = lot.lot_id, loc.code
        if tab == SITE_TO_SITE:
            to_code = str(self.site_to.currentData())
            note = self.site_note.text().strip()
            to_name = self.site_to.currentText()

            def work(app: App) -> Any:
                return transfers.transfer_between_sites(
                    app, lot_id=lot_id, from_code=from_code, to_code=to_code, doses=doses, note=note
                )

            said = (
                self.tr("%1 doses of batch %2 moved from %3 to %4")
                .replace("%1", fmt.integer(doses))
                .replace("%2", lot.batch)
                .replace("%3", loc.name)
                .replace("%4", to_name)
            )
        elif tab == TO_PHARMACY:
            note = self.return_note.text().strip()

            def work(app: App) -> Any:
                return transfers.return_to_pharmacy(app, lot_id=lot_id, from_code=from_code, doses=doses, note=note)

            said = (
                self.tr("%1 doses of batch %2 returned from %3 to the pharmacy")
                .replace("%1", fmt.integer(doses))
                .replace("%2", lot.batch)
                .replace("%3", loc.name)
            )
        else:
            region = str(self.region_combo.currentData())
            ref = self.region_reference.text().strip()
            note = self.region_note.text().strip()

            def work(app: App) -> Any:
                return transfers.send_to_region(app, lot_id=lot_id, doses=doses, region_code=region, reference=ref, note=note)

            said = (
                self.tr("%1 doses of batch %2 sent to region %3")
                .replace("%1", fmt.integer(doses))
                .replace("%2", lot.batch)
                .replace("%3", self.region_combo.currentText())
            )

        def success(result: Any) -> None:
            self.problems.show_problems([])
            picker.load_lots()
            self._refresh()
            if tab == TO_REGION:
                self.save_shipment(result)
            self.done_value.emit(said)

        self.run_write(work, success, {"stock", "distribution"}, self.tr("Moving the stock…"), close=False)

    def save_shipment(self, shipment: transfers.RegionShipment) -> Path | None:
        """Save the shipment's JSON document where the user says (it goes with the goods)."""
        return save_shipment_file(self, shipment, self.problems)


def _transfer_choices(app: App) -> tuple[list[LocationInfo], list[RegionInfo], str | None]:
    return (
        reference.list_locations(app, real_only=True, active_only=True),
        reference.list_regions(app),
        reference.read_settings(app).home_location_code,
    )


# --------------------------------------------------------------------------- requested doses


class RequestedDelegate(QStyledItemDelegate):
    """A spin box for the requested doses that steps whole vials."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:  # noqa: N802
        spin = QSpinBox(parent)
        spin.setRange(0, MAX_DOSES)
        spin.setSingleStep(max(1, int(index.data(STEP_ROLE) or 1)))
        spin.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        spin.setFrame(False)
        return spin

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        if isinstance(editor, QSpinBox):
            editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))
            editor.selectAll()
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:  # noqa: N802
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class RequestsView(TableView):
    """The requests table: type a figure to change it, Enter moves down (like a sheet)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setItemDelegateForColumn(RequestsModel.REQUESTED, RequestedDelegate(self))

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:  # noqa: N802
        # Rows are selected whole, but typing always edits the requested figure.
        if current.isValid() and current.column() != RequestsModel.REQUESTED:
            model = self.model()
            target = model.index(current.row(), RequestsModel.REQUESTED)
            super().currentChanged(current, previous)
            self.selectionModel().setCurrentIndex(target, QItemSelectionModel.SelectionFlag.NoUpdate)
            return
        super().currentChanged(current, previous)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter: next row
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            current = self.currentIndex()
            model = self.model()
            if current.isValid() and current.row() + 1 < model.rowCount():
                self.selectionModel().setCurrentIndex(
                    model.index(current.row() + 1, RequestsModel.REQUESTED),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
            return
        super().closeEditor(editor, hint)


# --------------------------------------------------------------------------- the page


class DistributionPage(QWidget):
    """Plan, pick, print, dispatch and confirm distribution rounds; move stock."""

    round_shown = Signal(object)  # RoundView | None
    document_shown = Signal(object)  # PdfPreviewDialog

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self._ops = ops
        self._round: Any = None
        self._list_id: int | None = None
        self._generation = 0
        self._started = False
        self._programmes: list[ProgrammeInfo] = []
        self._reasons: list[ReasonInfo] = []
        self._documents = DocumentFiles()
        self.preview_dialog: PdfPreviewDialog | None = None
        self.new_dialog: NewRoundDialog | None = None
        self.lot_dialog: ChangeLotDialog | None = None
        self.visit_dialog: VisitDialog | None = None
        self.receipt_dialog: ConfirmReceiptDialog | None = None
        self.transfer_dialog: TransferDialog | None = None
        self.reason_dialog: ReasonDialog | None = None
        self.confirm_box: QMessageBox | None = None

        # Left: the rounds ---------------------------------------------------------------
        self.new_button = push_button(
            self.tr("&New round…"), "newRound", self.tr("Plan a distribution round to one or many sites (Ctrl+N)")
        )
        self.rounds_model = RoundListModel(self)
        self.rounds_table = TableView()
        self.rounds_table.setObjectName("roundsTable")
        self.rounds_table.setModel(self.rounds_model)
        self.rounds_table.set_empty_text(self.tr("No rounds yet. Plan one with New round."))
        rh = self.rounds_table.horizontalHeader()
        rh.setStretchLastSection(False)
        rh.setSectionResizeMode(RoundListModel.NUMBER, QHeaderView.ResizeMode.Stretch)
        for column in (RoundListModel.DATE, RoundListModel.SITES, RoundListModel.STATUS):
            rh.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        rh.setSectionHidden(RoundListModel.SITES, True)  # in the tooltip; the header menu shows it
        self.rounds_table.enable_column_menu()
        self.rounds_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.transfer_button = push_button(
            self.tr("&Transfer / return…"),
            "transferStock",
            self.tr("Move stock site to site, back to the pharmacy, or to another region (Ctrl+T)"),
        )
        self.receive_region_button = push_button(
            self.tr("Receive from another &region…"),
            "receiveRegion",
            self.tr("Receive a lot another region sent, from its shipment file"),
        )
        # Right: the round ------------------------------------------------------------------
        self.header = QLabel()
        self.header.setObjectName("roundHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.banner = QFrame()
        self.banner.setObjectName("shortageBanner")
        self.banner_text = QLabel()
        self.banner_text.setObjectName("shortageText")
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextFormat(Qt.TextFormat.RichText)
        self.banner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.split_button = push_button(
            self.tr("Split &fairly"),
            "splitFairly",
            self.tr("Give every site about the same share of what it asked for (Ctrl+Shift+F)"),
        )
        self.in_order_button = push_button(
            self.tr("Serve in &order"),
            "serveInOrder",
            self.tr("Serve the sites in the list's order until the stock runs out"),
        )
        bl = QHBoxLayout(self.banner)
        bl.setContentsMargins(10, 6, 10, 6)
        # A long shortage list scrolls after a few lines, so the tables keep their room.
        bl.addWidget(scroll_after(self.banner_text, 4), 1)
        bl.addWidget(self.split_button, 0, Qt.AlignmentFlag.AlignTop)
        bl.addWidget(self.in_order_button, 0, Qt.AlignmentFlag.AlignTop)
        self.banner.hide()

        self.strip = StatusStrip()

        # The round's site lists
        self.sites_model = SiteListsModel(self)
        self.sites_table = TableView()
        self.sites_table.setObjectName("siteLists")
        self.sites_table.setModel(self.sites_model)
        # "Vaccinationscenter …" six times says nothing: keep both ends of a long name.
        self.sites_table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        sh = self.sites_table.horizontalHeader()
        sh.setStretchLastSection(False)
        sh.setSectionResizeMode(SiteListsModel.SITE, QHeaderView.ResizeMode.Stretch)
        sh.setSectionResizeMode(SiteListsModel.STATUS, QHeaderView.ResizeMode.ResizeToContents)
        sh.setSectionResizeMode(SiteListsModel.DOSES, QHeaderView.ResizeMode.ResizeToContents)
        self.sites_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sites_table.set_empty_text(self.tr("Open a round to see its site lists."))

        # Requests
        self.requests_model = RequestsModel(self)
        self.requests_table = RequestsView()
        self.requests_table.setObjectName("requestsTable")
        self.requests_table.setModel(self.requests_model)
        self.requests_table.enable_column_menu()
        self.requests_table.set_column_widths(
            {RequestsModel.SITE: 200, RequestsModel.PRODUCT: 170, RequestsModel.PROPOSED: 70, RequestsModel.REQUESTED: 80,
             RequestsModel.ALLOCATED: 70, RequestsModel.SHORT: 50},
            header_room=14,
        )
        qh = self.requests_table.horizontalHeader()
        qh.setStretchLastSection(False)
        qh.setSectionResizeMode(RequestsModel.PRODUCT, QHeaderView.ResizeMode.Stretch)
        self.request_info = QLabel()
        self.request_info.setObjectName("requestInfo")
        self.request_info.setWordWrap(True)
        self.request_info.setStyleSheet(HINT_STYLE)
        self.request_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        requests_pane = QWidget()
        ql = QVBoxLayout(requests_pane)
        ql.setContentsMargins(0, 0, 0, 0)
        ql.setSpacing(4)
        self.requests_title = bold(QLabel(self.tr("Requests")))
        qt_row = QHBoxLayout()
        qt_row.addWidget(self.requests_title)
        qt_row.addStretch(1)
        self.legends = RoundLegends(self)
        qt_row.addWidget(self.legends.requests_hint)
        ql.addLayout(qt_row)
        ql.addWidget(self.requests_table, 1)
        ql.addWidget(self.request_info)

        # Picked lines
        self.lines_model = LinesModel(self)
        self.lines_table = TableView()
        self.lines_table.setObjectName("linesTable")
        self.lines_table.setModel(self.lines_model)
        self.lines_table.enable_column_menu()
        self.lines_table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        dates = self.lines_table.fontMetrics().horizontalAdvance(fmt.date_text(date(2026, 12, 28))) + 14
        self.lines_table.set_column_widths(
            {LinesModel.SITE: 190, LinesModel.BATCH: 80, LinesModel.USE_BY: dates, LinesModel.THAWED: dates,
             LinesModel.VIALS: 44, LinesModel.DOSES: 50, LinesModel.RECEIVED: 62, LinesModel.NOTE: 150},
            header_room=14,
        )
        lh = self.lines_table.horizontalHeader()
        lh.setStretchLastSection(False)
        lh.setSectionResizeMode(LinesModel.PRODUCT, QHeaderView.ResizeMode.Stretch)
        self.change_lot_button = push_button(
            self.tr("Change &lot…"),
            "changeLot",
            self.tr("Pick another lot for the selected line, with a reason (Ctrl+L)"),
        )
        lines_pane = QWidget()
        pl = QVBoxLayout(lines_pane)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.setSpacing(4)
        lt_row = QHBoxLayout()
        lt_row.addWidget(bold(QLabel(self.tr("Picked lots"))))
        lt_row.addWidget(_hint(self.tr("earliest use-by first (FEFO)"), wrap=False))
        lt_row.addStretch(1)
        lt_row.addWidget(self.change_lot_button)
        pl.addLayout(lt_row)
        pl.addWidget(self.lines_table, 1)
        pl.addWidget(self.legends.lines_legend)

        # Visits
        self.visits_model = VisitsModel(self)
        self.visits_table = TableView()
        self.visits_table.setObjectName("visitsTable")
        self.visits_table.setModel(self.visits_model)
        # The splitter may shrink the panes, never below a header and two rows; a long site
        # name keeps both its ends ("Vaccinations…Bispebjerg").
        for table in (self.requests_table, self.lines_table, self.visits_table):
            table.setMinimumHeight((self.fontMetrics().height() + 10) * 3)
            table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.visits_table.set_column_widths(
            {VisitsModel.DATE: dates, VisitsModel.SITE: 150, VisitsModel.INSTITUTION: 200, VisitsModel.KIND: 130,
             VisitsModel.PROGRAMME: 100},
            header_room=14,
        )
        # Fitted to the pane, so no sideways scroll bar takes a row's height on a small screen.
        self.visits_fit = ColumnFit(
            self.visits_table,
            {c: self.visits_table.columnWidth(c) for c in range(VisitsModel.COLUMN_COUNT)},
            minimum={VisitsModel.SITE: 100, VisitsModel.INSTITUTION: 120, VisitsModel.KIND: 80, VisitsModel.DOSES: 60},
            optional=[VisitsModel.KIND],
        )
        self.add_visit_button = push_button(
            self.tr("Add &visit…"),
            "addVisit",
            self.tr("Plan an institution the mobile unit visits, with the doses per programme"),
        )
        self.remove_visit_button = QPushButton(self.tr("Remove visit"))
        self.remove_visit_button.setObjectName("removeVisit")
        self.visits_box = QWidget()
        self.visits_box.setObjectName("visitsPane")
        vl = QVBoxLayout(self.visits_box)
        vl.setContentsMargins(0, 0, 0, 0)
        vl.setSpacing(4)
        vt_row = QHBoxLayout()
        self.visits_title = QLabel()
        self.visits_title.setObjectName("visitsTitle")
        self.visits_title.setTextFormat(Qt.TextFormat.RichText)
        self.visits_title.setWordWrap(True)  # beside its buttons in a narrow pane
        vt_row.addWidget(self.visits_title, 1)
        vt_row.addWidget(self.add_visit_button)
        vt_row.addWidget(self.remove_visit_button)
        vl.addLayout(vt_row)
        vl.addWidget(self.visits_table, 1)

        self.tables_splitter = QSplitter(Qt.Orientation.Vertical)
        self.tables_splitter.setChildrenCollapsible(False)
        self.tables_splitter.addWidget(requests_pane)
        self.tables_splitter.addWidget(lines_pane)
        self.tables_splitter.addWidget(self.visits_box)
        self.tables_splitter.setStretchFactor(0, 3)
        self.tables_splitter.setStretchFactor(1, 2)
        self.tables_splitter.setStretchFactor(2, 1)
        self.tables_splitter.setSizes([330, 220, 130])

        # Actions
        self.totals_label = QLabel()
        self.totals_label.setObjectName("roundTotals")
        self.preview_button = push_button(
            self.tr("&Preview lists…"),
            "previewLists",
            self.tr("Every site's distribution list in one document: preview, print in one job, save (Ctrl+P)"),
        )
        self.cancel_list_button = push_button(
            self.tr("Cancel l&ist…"), "cancelList", self.tr("Take the selected site out of this draft round")
        )
        self.cancel_round_button = push_button(
            self.tr("Cancel ro&und…"), "cancelRound", self.tr("Abandon this draft round; nothing of it is sent")
        )
        self.reverse_button = push_button(
            self.tr("Re&verse list…"),
            "reverseList",
            self.tr("Undo the dispatch of the selected list (not yet received): its doses go back to the pharmacy"),
        )
        self.receipt_button = push_button(
            self.tr("Confirm &receipt…"), "confirmReceipt", self.tr("Record what the selected site received (Ctrl+R)")
        )
        self.dispatch_button = push_button(
            self.tr("&Dispatch"), "dispatchRound", self.tr("Post the round's movements (Ctrl+Enter)")
        )
        bold(self.dispatch_button)
        self.dispatch_button.setMinimumWidth(120)
        # A flow: on a small screen the buttons wrap below the totals instead of squeezing them.
        bottom = FlowLayout(spacing=8, row_spacing=6)
        self.totals_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bottom.addWidget(self.totals_label)
        for button in (
            self.preview_button,
            self.cancel_list_button,
            self.cancel_round_button,
            self.reverse_button,
            self.receipt_button,
            self.dispatch_button,
        ):
            bottom.addWidget(button)

        right = QWidget()
        right.setObjectName("roundPane")
        rl = QVBoxLayout(right)
        rl.setContentsMargins(6, 0, 0, 0)
        rl.setSpacing(8)
        rl.addWidget(self.header)
        rl.addWidget(self.banner)
        rl.addWidget(self.strip)
        rl.addWidget(self.tables_splitter, 1)
        rl.addLayout(bottom)

        # Left: the rounds, the open round's site lists, moving stock ---------------------
        rounds_pane = QWidget()
        rp = QVBoxLayout(rounds_pane)
        rp.setContentsMargins(0, 0, 0, 0)
        rp.setSpacing(4)
        rp.addWidget(bold(QLabel(self.tr("Rounds"))))
        rp.addWidget(_hint(self.tr("Drafts first, then the latest dispatched")))
        rp.addWidget(self.rounds_table, 1)
        sites_pane = QWidget()
        sp = QVBoxLayout(sites_pane)
        sp.setContentsMargins(0, 6, 0, 0)
        sp.setSpacing(4)
        sp.addWidget(bold(QLabel(self.tr("Site lists of the round"))))
        sp.addWidget(_hint(self.tr("Choose a site to see only its list")))
        sp.addWidget(self.sites_table, 1)
        sp.addWidget(self.legends.sites_legend)
        self.left_splitter = QSplitter(Qt.Orientation.Vertical)
        self.left_splitter.setChildrenCollapsible(False)
        self.left_splitter.addWidget(rounds_pane)
        self.left_splitter.addWidget(sites_pane)
        self.left_splitter.setSizes([260, 400])
        left = QWidget()
        left.setObjectName("roundsPane")
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 6, 0)
        ll.setSpacing(6)
        ll.addWidget(self.new_button)
        ll.addWidget(self.left_splitter, 1)
        ll.addSpacing(4)
        ll.addWidget(bold(QLabel(self.tr("Stock between places"))))
        ll.addWidget(self.transfer_button)
        ll.addWidget(self.receive_region_button)

        self.splitter = page_splitter(self, left, right, Qt.Orientation.Horizontal, (0, 1), [300, 930])

        # Keys and signals ----------------------------------------------------------------
        self._actions()
        self.new_button.clicked.connect(self.new_round)
        self.transfer_button.clicked.connect(self.open_transfers)
        self.receive_region_button.clicked.connect(self.receive_from_region)
        self.split_button.clicked.connect(lambda: self.reallocate(True))
        self.in_order_button.clicked.connect(lambda: self.reallocate(False))
        self.preview_button.clicked.connect(self.preview_lists)
        self.dispatch_button.clicked.connect(self.dispatch)
        self.cancel_round_button.clicked.connect(self.cancel_round)
        self.cancel_list_button.clicked.connect(self.cancel_list)
        self.reverse_button.clicked.connect(self.reverse_list)
        self.receipt_button.clicked.connect(self.confirm_receipt)
        self.change_lot_button.clicked.connect(self.change_lot)
        self.add_visit_button.clicked.connect(self.add_visit)
        self.remove_visit_button.clicked.connect(self.remove_visit)
        self.requests_model.edit_requested.connect(self.set_requested)
        self.rounds_table.selectionModel().currentRowChanged.connect(self._round_chosen)
        self.sites_table.selectionModel().currentRowChanged.connect(self._list_chosen)
        self.requests_table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_request_info())
        self.lines_table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_buttons())
        self.visits_table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_buttons())
        self.lines_table.customContextMenuRequested.connect(self._line_menu)
        self.lines_table.doubleClicked.connect(lambda _i: self.change_lot())
        ops.changed.connect(self.on_changed)
        self._show_round(None)

    # ------------------------------------------------------------------ set-up

    def _actions(self) -> None:
        def action(text: str, keys: list[QKeySequence], slot: Any) -> QAction:
            a = QAction(text, self)
            a.setShortcuts(keys)
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            a.triggered.connect(slot)
            self.addAction(a)
            return a

        self.new_action = action(self.tr("New round"), [QKeySequence("Ctrl+N")], self.new_round)
        self.preview_action = action(self.tr("Preview lists"), [QKeySequence("Ctrl+P")], self.preview_lists)
        self.dispatch_action = action(
            self.tr("Dispatch"), [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")], self.dispatch
        )
        self.lot_action = action(self.tr("Change lot"), [QKeySequence("Ctrl+L")], self.change_lot)
        self.receipt_action = action(self.tr("Confirm receipt"), [QKeySequence("Ctrl+R")], self.confirm_receipt)
        self.transfer_action = action(self.tr("Transfer / return"), [QKeySequence("Ctrl+T")], self.open_transfers)
        self.split_action = action(self.tr("Split fairly"), [QKeySequence("Ctrl+Shift+F")], lambda: self.reallocate(True))

    # ------------------------------------------------------------------ public

    @property
    def round(self) -> Any:
        return self._round

    @property
    def list_id(self) -> int | None:
        return self._list_id

    def start(self) -> None:
        if self._started:
            return
        self._started = True
        self.refresh()

    def refresh(self) -> None:
        self._load_rounds()
        self._ops.query(_page_reference, self._reference_arrived, parent=self)
        if self._round is not None:
            self.open_round(self._round.round_id)

    def on_changed(self, changes: frozenset[str]) -> None:
        if not self._started:
            return
        if changes & {"distribution", "stock", "reference", "settings"}:
            self._load_rounds()
            if self._round is not None:
                self.open_round(self._round.round_id)
        if changes & {"reference"}:
            self._ops.query(_page_reference, self._reference_arrived, parent=self)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.start()

    def open_round(self, round_id: int) -> None:
        self._generation += 1
        generation = self._generation

        def done(view: Any) -> None:
            if generation == self._generation:
                self._show_round(view)

        self._ops.query(lambda app: distribution.round_view(app, round_id), done, parent=self)

    def select_list(self, list_id: int | None) -> None:
        """Show one site's list (``None``: all sites)."""
        row = self.sites_model.row_of(list_id)
        if row < 0:
            return
        self.sites_table.selectionModel().setCurrentIndex(
            self.sites_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )

    def selected_list(self) -> Any:
        if self._round is None or self._list_id is None:
            return None
        return next((lst for lst in self._round.lists if lst.list_id == self._list_id), None)

    def selected_line(self) -> tuple[Any, Any]:
        index = self.lines_table.currentIndex()
        if not index.isValid():
            return None, None
        return self.lines_model.list_at(index.row()), self.lines_model.line_at(index.row())

    def select_line(self, line_id: int) -> None:
        row = self.lines_model.row_of(line_id)
        if row >= 0:
            self.lines_table.selectionModel().setCurrentIndex(
                self.lines_model.index(row, LinesModel.BATCH),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def select_request(self, request_id: int) -> None:
        row = self.requests_model.row_of(request_id)
        if row >= 0:
            self.requests_table.selectionModel().setCurrentIndex(
                self.requests_model.index(row, RequestsModel.REQUESTED),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.requests_table.scrollTo(self.requests_model.index(row, RequestsModel.REQUESTED))

    def fair_split(self) -> bool:
        return self._round is not None and bool(getattr(self._round, "fair_split", False))

    def save_state(self) -> None:
        save_bytes(SPLITTER_KEY, self.splitter.saveState())
        save_bytes(LEFT_SPLITTER_KEY, self.left_splitter.saveState())
        save_bytes(TABLES_SPLITTER_KEY, self.tables_splitter.saveState())
        save_header(REQUESTS_HEADER_KEY, self.requests_table)
        save_header(LINES_HEADER_KEY, self.lines_table)

    def restore_state(self) -> None:
        for key, splitter in (
            (SPLITTER_KEY, self.splitter),
            (LEFT_SPLITTER_KEY, self.left_splitter),
            (TABLES_SPLITTER_KEY, self.tables_splitter),
        ):
            data = load_bytes(key)
            if data is not None:
                splitter.restoreState(data)
        restore_header(REQUESTS_HEADER_KEY, self.requests_table)
        restore_header(LINES_HEADER_KEY, self.lines_table)

    # ------------------------------------------------------------------ loading

    def _load_rounds(self) -> None:
        def done(rounds: list[Any]) -> None:
            keep = self._round.round_id if self._round is not None else None
            with QSignalBlocker(self.rounds_table.selectionModel()):
                self.rounds_model.set_rounds(rounds)
                self._select_round_row(keep)
            first = self.rounds_model.row_at(0)
            if keep is None and first is not None and first.status == DRAFT:
                self.open_round(first.round_id)  # nothing open yet: the first draft

        self._ops.query(lambda app: distribution.list_rounds(app, limit=LIST_LIMIT), done, parent=self)

    def _reference_arrived(self, data: tuple[list[ProgrammeInfo], list[ReasonInfo]]) -> None:
        self._programmes, self._reasons = list(data[0]), list(data[1])
        self.visits_model.set_programme_names({p.code: _programme_name(p) for p in self._programmes})

    def _select_round_row(self, round_id: int | None) -> None:
        row = self.rounds_model.row_of(round_id)
        selection = self.rounds_table.selectionModel()
        if row < 0:
            selection.clearSelection()
            return
        with QSignalBlocker(selection):
            selection.setCurrentIndex(
                self.rounds_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _round_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        summary = current.data(ROW_ROLE) if current.isValid() else None
        if summary is not None and (self._round is None or summary.round_id != self._round.round_id):
            self._list_id = None
            self.open_round(summary.round_id)

    def _list_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        lst = current.data(ROW_ROLE) if current.isValid() else None
        list_id = lst.list_id if lst is not None else None
        if list_id != self._list_id:
            self._list_id = list_id
            self._fill_tables()
            self._update_buttons()

    # ------------------------------------------------------------------ showing a round

    def _show_round(self, view: Any) -> None:
        self._generation += 1
        self._round = view
        if view is None or self._list_id not in {lst.list_id for lst in view.lists}:
            self._list_id = None
        if view is not None:
            self.rounds_model.update_round(view)
            if self.rounds_model.row_of(view.round_id) < 0:
                self._load_rounds()
            self._select_round_row(view.round_id)
        with QSignalBlocker(self.sites_table.selectionModel()):
            self.sites_model.set_round(view)
            row = self.sites_model.row_of(self._list_id)
            if row >= 0:
                self.sites_table.selectionModel().setCurrentIndex(
                    self.sites_model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
        self._fill_tables()
        self.legends.show_round(view)
        self._show_header(view)
        self._show_banner(view)
        self._update_buttons()
        if self.strip.is_hint:
            self.strip.show_hint(self._hint(view))
        self.round_shown.emit(view)

    def _fill_tables(self) -> None:
        view, list_id = self._round, self._list_id
        self.requests_model.set_round(view, list_id)
        self.lines_model.set_round(view, list_id, self._ops.app.today())
        self.visits_model.set_round(view, list_id)
        lst = self.selected_list()
        all_sites = list_id is None
        for table, column in (
            (self.requests_table, RequestsModel.SITE),
            (self.lines_table, LinesModel.SITE),
            (self.visits_table, VisitsModel.SITE),
        ):
            table.setColumnHidden(column, not all_sites)
        self.lines_table.setColumnHidden(LinesModel.RECEIVED, view is None or view.status == DRAFT)
        mobiles = [x for x in (view.lists if view is not None else []) if is_mobile(x) and x.status != CANCELLED]
        self.visits_box.setVisible(bool(mobiles))
        if lst is not None:
            title = self.tr("Visit plan – %1").replace("%1", lst.site_name)
            hint = "" if is_mobile(lst) else self.tr("Only mobile units have a visit plan.")
        else:
            title = self.tr("Visit plans of the mobile units")
            hint = self.tr("Choose a mobile unit on the left to add visits.")
        self.visits_title.setText(
            f"<b>{escape(title)}</b>" + (f" &nbsp;<span style='{HINT_STYLE}'>{escape(hint)}</span>" if hint else "")
        )
        if view is None:
            self.requests_table.set_empty_text("")
            self.lines_table.set_empty_text("")
        else:
            self.requests_table.set_empty_text(
                self.tr("No requests: the site has no recent use of the round's products.")
            )
            self.lines_table.set_empty_text(self.tr("Nothing picked yet: no stock at the pharmacy for the requests."))
            self.visits_table.set_empty_text(self.tr("No visits planned."))
        self._show_request_info()

    def _show_header(self, view: Any) -> None:
        if view is None:
            nothing = self.tr("No round open")
            self.header.setText(f"<span style='font-size:x-large; color:#6f747a'>{escape(nothing)}</span>")
            self.totals_label.setText("")
            return
        colour = {DRAFT: "#8a5a00", DISPATCHED: "#0b4f9c", CANCELLED: "#6f747a"}.get(view.status, "#1c6b2a")
        title = self.tr("Round %1").replace("%1", view.number)
        parts = [
            escape(self.tr("For %1").replace("%1", fmt.date_text(view.planned_for))),
            f"<b>{escape(mode_text(view.mode))}</b>: {escape(mode_help(view.mode).split(':', 1)[-1].strip())}",
            escape(
                self.tr("Planned by %1, %2")
                .replace("%1", view.created_by)
                .replace("%2", fmt.datetime_text(view.created_at))
            ),
        ]
        if view.dispatched_at is not None:
            parts.append(
                escape(
                    self.tr("Dispatched by %1, %2")
                    .replace("%1", view.dispatched_by or "")
                    .replace("%2", fmt.datetime_text(view.dispatched_at))
                )
            )
        note = f"<br><i>{escape(view.note)}</i>" if view.note else ""
        self.header.setText(
            f"<span style='font-size:x-large'><b>{escape(title)}</b></span>"
            f"&nbsp;&nbsp;<span style='font-size:large; color:{colour}'><b>{escape(status_text(view.status))}</b></span>"
            f"<br>{' &nbsp;·&nbsp; '.join(parts)}{note}"
        )
        live = [lst for lst in view.lists if lst.status != CANCELLED]
        doses = sum(list_doses(lst) for lst in live)
        units = sum(int(line.units) for lst in live for line in lst.lines)
        requested = sum(int(r.requested) for lst in live for r in lst.requests)
        text = (
            self.tr("%Ln site(s)", None, len(live))
            + " · "
            + self.tr("%1 of %2 doses requested").replace("%1", fmt.integer(doses)).replace("%2", fmt.integer(requested))
            + " · "
            + _count(self.tr("%Ln unit(s)", None, units), units)
        )
        received = [lst for lst in live if lst.status == "received"]
        if view.status != DRAFT and live:
            text += " · " + self.tr("%1 of %2 received").replace("%1", str(len(received))).replace("%2", str(len(live)))
        self.totals_label.setText(text)

    def shortage_lines(self, view: Any) -> list[tuple[str, int, list[tuple[str, int, int]]]]:
        """Per product that is short: its name, the doses short, and who gets how much of what."""
        by_product: dict[int, list[tuple[Any, Any]]] = defaultdict(list)
        for lst in view.lists if view is not None else []:
            if lst.status == CANCELLED:
                continue
            for r in lst.requests:
                by_product[r.product_id].append((lst, r))
        out = []
        for pairs in by_product.values():
            short = sum(int(r.short) for _lst, r in pairs)
            if short <= 0:
                continue
            who = [(lst.site_name, int(r.allocated), int(r.requested)) for lst, r in pairs if int(r.short) > 0]
            out.append((pairs[0][1].product_short or pairs[0][1].product, short, who))
        out.sort(key=lambda x: -x[1])
        return out

    def _show_banner(self, view: Any) -> None:
        lines = self.shortage_lines(view) if view is not None and view.status == DRAFT else []
        if not lines:
            self.banner.hide()
            return
        fair = self.fair_split()
        parts = []
        for product, short, who in lines[:4]:
            gets = [
                self.tr("%1 gets %2 of %3").replace("%1", escape(site)).replace("%2", fmt.integer(got)).replace(
                    "%3", fmt.integer(asked)
                )
                for site, got, asked in who[:4]
            ]
            if len(who) > 4:
                gets.append(self.tr("%Ln more site(s)", None, len(who) - 4))
            head = self.tr("Short by %1 doses of %2:").replace("%1", fmt.integer(short)).replace("%2", escape(product))
            parts.append(f"<b>{head}</b> {', '.join(gets)}")
        if len(lines) > 4:
            parts.append(escape(self.tr("%Ln more product(s) short", None, len(lines) - 4)))
        how = (
            self.tr("Split fairly: every site gets about the same share of its request.")
            if fair
            else self.tr(
                "Stock cannot cover every request (or would expire before the site can use it); "
                "the sites first in the list are served first."
            )
        )
        self.banner_text.setText("<br>".join(parts) + f"<br><span>{escape(how)}</span>")
        self.banner.setStyleSheet(FAIR_STYLE if fair else SHORTAGE_STYLE)
        self.split_button.setVisible(not fair)
        self.in_order_button.setVisible(fair)
        self.banner.show()

    def _show_request_info(self) -> None:
        index = self.requests_table.currentIndex()
        lst = self.requests_model.list_at(index.row()) if index.isValid() else None
        r = self.requests_model.request_at(index.row()) if index.isValid() else None
        if r is None:
            self.request_info.setText("")
            self._update_buttons()
            return
        per = int(r.doses_per_unit)
        requested = fmt.integer(r.requested)
        if per > 1:
            n = vials(r.requested, per)
            requested += " (" + _count(self.tr("%Ln vial(s)", None, n), n) + ")"
        text = (
            f"{lst.site_name} · {r.product}: "
            + self.tr("proposed %1, requested %2, allocated %3")
            .replace("%1", fmt.integer(r.proposed))
            .replace("%2", requested)
            .replace("%3", fmt.integer(r.allocated))
        )
        basis = basis_text(r)
        if basis:
            text += " — " + basis
        self.request_info.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        view = self._round
        draft = view is not None and view.status == DRAFT
        lst = self.selected_list()
        live = [x for x in (view.lists if view is not None else []) if x.status != CANCELLED]
        has_lines = any(x.lines for x in live)
        self.preview_button.setEnabled(view is not None and view.status != CANCELLED and has_lines)
        self.preview_action.setEnabled(self.preview_button.isEnabled())
        self.dispatch_button.setEnabled(draft and has_lines)
        self.dispatch_action.setEnabled(self.dispatch_button.isEnabled())
        self.cancel_round_button.setEnabled(draft)
        self.cancel_list_button.setEnabled(draft and lst is not None and lst.status == DRAFT and len(live) > 1)
        dispatched_list = lst is not None and lst.status == DISPATCHED
        self.reverse_button.setEnabled(dispatched_list)
        self.receipt_button.setEnabled(dispatched_list)
        self.receipt_action.setEnabled(dispatched_list)
        _lst, line = self.selected_line()
        self.change_lot_button.setEnabled(draft and line is not None and _lst is not None and _lst.status == DRAFT)
        self.lot_action.setEnabled(self.change_lot_button.isEnabled())
        self.add_visit_button.setEnabled(draft and self._visit_list() is not None)
        visit = self._selected_visit()
        self.remove_visit_button.setEnabled(draft and visit is not None)
        self.split_button.setEnabled(draft)
        self.in_order_button.setEnabled(draft)
        dispatched = view is not None and view.status != DRAFT
        self.cancel_round_button.setVisible(not dispatched)
        self.cancel_list_button.setVisible(not dispatched)
        self.dispatch_button.setVisible(not dispatched)
        self.reverse_button.setVisible(dispatched)
        self.receipt_button.setVisible(dispatched)
        self.change_lot_button.setVisible(not dispatched)
        self.add_visit_button.setVisible(not dispatched)
        self.remove_visit_button.setVisible(not dispatched)

    def _hint(self, view: Any) -> str:
        if view is None:
            return self.tr("Plan a round with New round (Ctrl+N), or open one on the left.")
        if view.status == DRAFT:
            return self.tr(
                "Check the requests (type a figure to change one), the picked lots and the visits; "
                "preview the lists (Ctrl+P), then dispatch (Ctrl+Enter)."
            )
        if view.status == DISPATCHED:
            if view.mode == IN_TRANSIT:
                return self.tr(
                    "Dispatched: the stock is in transit. Choose a site on the left and confirm its receipt (Ctrl+R)."
                )
            return self.tr("Dispatched: the stock is at the sites. Choose a site and confirm its receipt (Ctrl+R).")
        if view.status == CANCELLED:
            return self.tr("This round was cancelled; nothing of it was sent.")
        return ""

    def _visit_list(self) -> Any:
        """The mobile list visits are added to: the one selected, or the round's only one."""
        lst = self.selected_list()
        if lst is not None:
            return lst if is_mobile(lst) and lst.status == DRAFT else None
        mobiles = [x for x in (self._round.lists if self._round else []) if is_mobile(x) and x.status == DRAFT]
        return mobiles[0] if len(mobiles) == 1 else None

    def _selected_visit(self) -> Any:
        index = self.visits_table.currentIndex()
        return self.visits_model.visit_at(index.row()) if index.isValid() else None

    # ------------------------------------------------------------------ planning

    def new_round(self) -> None:
        dialog = NewRoundDialog(self._ops, self._ops.app.today(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.planned.connect(self._planned)
        self.new_dialog = dialog
        dialog.open()

    def _planned(self, view: Any) -> None:
        self._list_id = None
        self._show_round(view)
        self._load_rounds()
        live = [lst for lst in view.lists if lst.status != CANCELLED]
        self.strip.show_ok(
            self.tr("Round %1 planned for %2: %3")
            .replace("%1", view.number)
            .replace("%2", fmt.date_text(view.planned_for))
            .replace("%3", self.tr("%Ln site(s)", None, len(live)))
        )
        self.requests_table.setFocus()
        if self.requests_model.rowCount():
            self.select_request(self.requests_model.request_at(0).request_id)

    def set_requested(self, request_id: int, doses: int) -> None:
        view = self._round
        if view is None:
            return
        r = next((x for lst in view.lists for x in lst.requests if x.request_id == request_id), None)
        per = max(1, int(r.doses_per_unit)) if r is not None else 1
        whole = vials(doses, per) * per

        def done(result: Any) -> None:
            self._show_round(result)
            if not self.requests_table.currentIndex().isValid():
                self.select_request(request_id)  # Enter already moved the keyboard on otherwise
            got = next((x for lst in result.lists for x in lst.requests if x.request_id == request_id), None)
            if got is None:
                return
            text = self.tr("%1: requested %2 doses, allocated %3").replace("%1", got.product).replace(
                "%2", fmt.integer(got.requested)
            ).replace("%3", fmt.integer(got.allocated))
            if whole != doses:
                text += " " + self.tr("(rounded up to whole vials of %1 doses)").replace("%1", str(per))
            self.strip.show_ok(text)

        self._write(
            lambda app: distribution.set_requested(app, request_id, whole),
            done, {"distribution"}, self.tr("Allocating…"),
        )

    def reallocate(self, fair: bool) -> None:
        view = self._round
        if view is None or view.status != DRAFT:
            return
        round_id = view.round_id

        def done(result: Any) -> None:
            self._show_round(result)
            self.strip.show_ok(
                self.tr("Split fairly: every site gets about the same share of its request.")
                if fair
                else self.tr("Allocated in the list's order.")
            )

        self._write(
            lambda app: distribution.reallocate(app, round_id, fair_split=fair),
            done, {"distribution"}, self.tr("Allocating…"),
        )

    def change_lot(self) -> None:
        view = self._round
        lst, line = self.selected_line()
        if view is None or view.status != DRAFT or line is None or lst is None or lst.status != DRAFT:
            return
        dialog = ChangeLotDialog(self._ops, line, lst.site_name, view.planned_for, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        line_no, site = line.line_no, lst.site_name

        def changed(result: Any) -> None:
            self._show_round(result)
            self.strip.show_ok(self.tr("Line %1 for %2: lot changed, reason recorded").replace("%1", str(line_no)).replace("%2", site))

        dialog.changed.connect(changed)
        self.lot_dialog = dialog
        dialog.open()

    def _line_menu(self, pos: QPoint) -> None:
        index = self.lines_table.indexAt(pos)
        if index.isValid():
            self.lines_table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
        menu = QMenu(self)
        a = menu.addAction(self.tr("Change lot…\tCtrl+L"))
        a.setEnabled(self.change_lot_button.isEnabled())
        a.triggered.connect(self.change_lot)
        self.line_menu = menu
        menu.popup(self.lines_table.viewport().mapToGlobal(pos))

    # ------------------------------------------------------------------ visits

    def add_visit(self) -> None:
        lst = self._visit_list()
        view = self._round
        if lst is None or view is None or view.status != DRAFT:
            return
        dialog = VisitDialog(self._ops, lst, self._programmes, view.planned_for, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        site = lst.site_name

        def added(result: Any) -> None:
            self._show_round(result)
            self.strip.show_ok(self.tr("Visit added to %1's plan").replace("%1", site))

        dialog.added.connect(added)
        self.visit_dialog = dialog
        dialog.open()

    def remove_visit(self) -> None:
        visit = self._selected_visit()
        if visit is None or self._round is None or self._round.status != DRAFT:
            return
        visit_id, name = visit.visit_id, visit.institution

        def done(result: Any) -> None:
            self._show_round(result)
            self.strip.show_ok(self.tr("Visit to %1 removed").replace("%1", name))

        self._write(
            lambda app: distribution.remove_visit(app, visit_id),
            done, {"distribution"}, self.tr("Removing the visit…"),
        )

    # ------------------------------------------------------------------ the lists as a document

    def document_path(self, view: Any) -> Path:
        """A new file each time: a preview still open keeps reading the one it shows."""
        return self._documents.new_path(self.tr("distribution-lists"), view.number, str(view.round_id))

    def preview_lists(self) -> None:
        view = self._round
        if view is None or not self.preview_button.isEnabled():
            return
        out = self.document_path(view)
        language = fmt.language()
        round_id, number = view.round_id, view.number
        list_ids = [lst.list_id for lst in view.lists if lst.status != CANCELLED and lst.lines]

        def make(app: App) -> Path:
            data = documents.distribution_round_pdf(app, round_id, language=language, list_ids=list_ids)
            out.write_bytes(data)
            return out

        def done(path: Path) -> None:
            dialog = open_preview(
                self, path, self.tr("Distribution lists, round %1").replace("%1", number), path.name
            )
            self.document_shown.emit(dialog)

        self._ops.query(make, done, failure=self._strip_failure, parent=self)

    # ------------------------------------------------------------------ dispatch

    def dispatch(self) -> None:
        view = self._round
        if view is None or view.status != DRAFT or not self.dispatch_button.isEnabled():
            return
        live = [lst for lst in view.lists if lst.status != CANCELLED and lst.lines]
        doses = sum(list_doses(lst) for lst in live)
        units = sum(int(line.units) for lst in live for line in lst.lines)
        box = QMessageBox(self)
        box.setObjectName("confirmDispatch")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Dispatch round"))
        box.setText(
            self.tr("Dispatch round %1: %2 doses in %3 to %4?")
            .replace("%1", view.number)
            .replace("%2", fmt.integer(doses))
            .replace("%3", _count(self.tr("%Ln unit(s)", None, units), units))
            .replace("%4", self.tr("%Ln site(s)", None, len(live)))
        )
        details = [mode_help(view.mode)]
        if view.mode == IN_TRANSIT:
            details.append(self.tr("Each site confirms its receipt here; until then the doses count as in transit."))
        else:
            details.append(self.tr("The doses leave the pharmacy's stock and count at the sites now."))
        short = sum(s for _p, s, _w in self.shortage_lines(view))
        if short:
            details.append(self.tr("%1 requested doses cannot be sent (stock is short).").replace("%1", fmt.integer(short)))
        empty = [lst.site_name for lst in view.lists if lst.status != CANCELLED and not lst.lines]
        if empty:
            details.append(self.tr("Nothing is sent to: %1.").replace("%1", ", ".join(empty)))
        details.append(self.tr("After dispatch a list can only be reversed, not cancelled."))
        box.setInformativeText("\n\n".join(details))
        go = box.addButton(self.tr("Dispatch"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(go)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        round_id = view.round_id
        box.buttonClicked.connect(lambda b: self._dispatch(round_id) if b is go else None)
        self.confirm_box = box
        box.open()

    def _dispatch(self, round_id: int) -> None:
        def done(view: Any) -> None:
            self._show_round(view)
            live = [lst for lst in view.lists if lst.status != CANCELLED and lst.lines]
            text = self.tr("Round %1 dispatched: %2 doses to %3").replace("%1", view.number).replace(
                "%2", fmt.integer(sum(list_doses(lst) for lst in live))
            ).replace("%3", self.tr("%Ln site(s)", None, len(live)))
            if view.mode == IN_TRANSIT:
                text += " · " + self.tr("in transit until each site confirms")
            self.strip.show_ok(text)

        self._write(
            lambda app: distribution.dispatch(app, round_id),
            done, {"distribution", "stock"}, self.tr("Dispatching the round…"),
        )

    # ------------------------------------------------------------------ cancel and reverse

    def _ask(self, title: str, text: str, action: str, required: bool, then: Any, placeholder: str = "") -> None:
        dialog = ReasonDialog(title, text, action, required, self, placeholder)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda d=dialog: then(d.text()))
        self.reason_dialog = dialog
        dialog.open()

    def cancel_round(self) -> None:
        view = self._round
        if view is None or view.status != DRAFT:
            return
        round_id, number = view.round_id, view.number

        def go(reason: str) -> None:
            def done(_result: Any) -> None:
                self.strip.show_ok(self.tr("Round %1 cancelled; nothing was sent").replace("%1", number))
                self.open_round(round_id)
                self._load_rounds()

            self._write(
                lambda app: distribution.cancel_round(app, round_id, reason),
                done, {"distribution"}, self.tr("Cancelling the round…"),
            )

        self._ask(
            self.tr("Cancel round"),
            self.tr("Cancel round %1? Nothing of it is sent; its picks are released.").replace("%1", number),
            self.tr("Cancel round"),
            False,
            go,
            self.tr("Reason (optional)"),
        )

    def cancel_list(self) -> None:
        lst = self.selected_list()
        if lst is None or lst.status != DRAFT or self._round is None or self._round.status != DRAFT:
            return
        list_id, site, round_id = lst.list_id, lst.site_name, self._round.round_id

        def go(reason: str) -> None:
            def done(_result: Any) -> None:
                self.strip.show_ok(self.tr("The list for %1 was cancelled").replace("%1", site))
                self.open_round(round_id)

            self._write(
                lambda app: distribution.cancel_list(app, list_id, reason),
                done, {"distribution"}, self.tr("Cancelling the list…"),
            )

        self._ask(
            self.tr("Cancel list"),
            self.tr("Take %1 out of this round? Its picks are released for the other sites.").replace("%1", site),
            self.tr("Cancel list"),
            False,
            go,
            self.tr("Reason (optional)"),
        )

    def reverse_list(self) -> None:
        lst = self.selected_list()
        if lst is None or lst.status != DISPATCHED:
            return
        list_id, site = lst.list_id, lst.site_name

        def go(note: str) -> None:
            def done(_result: Any) -> None:
                self.strip.show_ok(self.tr("The dispatch to %1 was reversed; the doses are back at the pharmacy").replace("%1", site))
                if self._round is not None:
                    self.open_round(self._round.round_id)

            self._write(
                lambda app: distribution.reverse_list(app, list_id, note),
                done, {"distribution", "stock"}, self.tr("Reversing the list…"),
            )

        self._ask(
            self.tr("Reverse list"),
            self.tr(
                "Reverse the dispatch to %1? Every movement of the list is reversed and the doses "
                "return to the pharmacy. Say why; the note is kept with the movements."
            ).replace("%1", site),
            self.tr("Reverse list"),
            True,
            go,
        )

    # ------------------------------------------------------------------ receipt at the site

    def confirm_receipt(self) -> None:
        lst = self.selected_list()
        view = self._round
        if lst is None or view is None or lst.status != DISPATCHED:
            return
        dialog = ConfirmReceiptDialog(self._ops, lst, self._reasons, view.mode, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        round_id = view.round_id

        def confirmed(result: Any) -> None:
            sent = sum(int(line.doses) for line in result.lines)
            got = sum(int(line.received_doses or 0) for line in result.lines)
            text = self.tr("%1 confirmed: %2 of %3 doses received").replace("%1", result.site_name).replace(
                "%2", fmt.integer(got)
            ).replace("%3", fmt.integer(sent))
            if got != sent:
                text += " · " + self.tr("the difference is recorded with its reason")
            self.strip.show_ok(text)
            self.open_round(round_id)

        dialog.confirmed.connect(confirmed)
        self.receipt_dialog = dialog
        dialog.open()

    # ------------------------------------------------------------------ transfers

    def open_transfers(self) -> None:
        dialog = TransferDialog(self._ops, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.done_value.connect(self.strip.show_ok)
        self.transfer_dialog = dialog
        dialog.open()

    def receive_from_region(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Receive from another region"),
            "",
            self.tr("Shipment files (*.json);;All files (*)"),
        )
        if path:
            self.receive_region_file(Path(path))

    def receive_region_file(self, path: Path) -> None:
        """Receive a shipment file: read (no more than a shipment file can be), its
        signature checked and booked once, all on the writer thread."""

        def done(posted: Any) -> None:
            self.strip.show_ok(
                self.tr("Received from another region: %1 doses of %2, batch %3")
                .replace("%1", fmt.integer(posted.doses))
                .replace("%2", posted.product)
                .replace("%3", posted.batch)
            )

        self._write(
            lambda app: transfers.receive_from_region(app, transfers.read_shipment_file(path)),
            done, {"stock", "distribution"}, self.tr("Receiving the shipment…"),
        )

    # ------------------------------------------------------------------ feedback

    def _refuse(self, text: str) -> None:
        self.strip.show_error(text)
        QApplication.beep()

    def _write(
        self, work: Callable[[App], Any], done: Callable[[Any], None], changes: set[str], label: str
    ) -> None:
        """Run a change off the GUI thread; a refusal goes to the strip."""
        self._ops.write(work, done, failure=self._strip_failure, changes=changes, label=label, parent=self)

    def _strip_failure(self, exc: BaseException) -> bool:
        """A refusal goes to the strip; a bug to the standard error box."""
        if isinstance(exc, DomainError):
            self._refuse(labels.error_text(exc))
            return True
        return False


def _page_reference(app: App) -> tuple[list[ProgrammeInfo], list[ReasonInfo]]:
    return reference.list_programmes(app), reference.list_discard_reasons(app)


__all__ = [
    "ChangeLotDialog",
    "ConfirmReceiptDialog",
    "DistributionPage",
    "NewRoundDialog",
    "ReasonDialog",
    "TransferDialog",
    "VisitDialog",
]
