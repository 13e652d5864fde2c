"""Plan a distribution round: the day, the sites (by kind, filtered, ticked), the
products (all the sites use, or those ticked), how dispatch posts, and whether short
stock is split fairly.  The plan is made by the distribution service; the dialog stays
open with a refusal shown in it.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.services import distribution, reference
from pharmacy_app.services.app import App
from pharmacy_app.services.distribution.views import SiteView
from pharmacy_app.services.reference import ProductInfo
from pharmacy_app.ui import labels
from pharmacy_app.ui.common.async_dialog import ServiceDialog, alive
from pharmacy_app.ui.common.dates import calendar_date_edit, pydate, qdate
from pharmacy_app.ui.common.problem_list import ProblemList
from pharmacy_app.ui.common.widgets import hint_label, ok_cancel_buttons, push_button
from pharmacy_app.ui.distribution.summary import DIRECT, IN_TRANSIT
from pharmacy_app.ui.distribution.texts import mode_help
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import distribution as dist_ops


class NewRoundDialog(ServiceDialog):
    """Plan a round: the day, the sites, the products, how dispatch posts, fair split."""

    planned = Signal(object)  # RoundView

    def __init__(self, ops: Operations, today: date, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.setWindowTitle(self.tr("New distribution round"))
        self.setObjectName("newRoundDialog")
        self.resize(820, 640)

        self.date_edit = calendar_date_edit(today + timedelta(days=1))
        self.date_edit.setObjectName("plannedFor")
        self.date_edit.setMinimumDate(qdate(today))
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
        mode_layout.addWidget(hint_label(mode_help(DIRECT)), 0, 1)
        mode_layout.addWidget(self.transit_radio, 1, 0)
        mode_layout.addWidget(hint_label(mode_help(IN_TRANSIT)), 1, 1)
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

    def _choices_arrived(self, choices: tuple[list[SiteView], list[ProductInfo]]) -> None:
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

    def set_sites(self, sites: list[SiteView]) -> None:
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
            if group is None:
                continue
            shown = 0
            group_match = bool(needle) and needle in group.text(0).casefold()
            for j in range(group.childCount()):
                child = group.child(j)
                if child is None:
                    continue
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
        return pydate(self.date_edit.date())

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
        self.run_op(
            dist_ops.plan_round(
                self,
                planned_for=planned_for,
                site_codes=codes,
                product_ids=products,
                mode=mode,
                fair_split=fair,
                note=note,
            ),
            self.planned.emit,
            self.tr("Planning the round…"),
        )


def _new_round_choices(app: App) -> tuple[list[SiteView], list[ProductInfo]]:
    return distribution.site_candidates(app), reference.list_products(app, active_only=True)
