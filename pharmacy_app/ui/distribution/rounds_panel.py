"""The left of the Distribution page: New round, the rounds (drafts first), the open
round's site lists ("All sites" on top), and the buttons that move stock between places.

What must hold: choosing a round or a site list is said once, by :attr:`round_chosen` or
:attr:`list_chosen`; showing what the service returned (a new list of rounds, the open
round) keeps the row that was chosen and says nothing, so a reload never reopens a round.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QVBoxLayout, QWidget

from pharmacy_app.services.distribution.views import RoundSummary, RoundView
from pharmacy_app.ui.common.table_models import ROW_ROLE
from pharmacy_app.ui.common.widgets import TableView, bold, hint_label, push_button
from pharmacy_app.ui.distribution.list_models import RoundListModel, SiteListsModel


class RoundsPanel(QWidget):
    """The rounds and the open round's site lists; ``sites_legend`` goes under the lists."""

    round_chosen = Signal(int)  # round id
    list_chosen = Signal(object)  # list id, or None for all sites

    def __init__(self, sites_legend: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("roundsPane")
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

        rounds_pane = QWidget()
        rp = QVBoxLayout(rounds_pane)
        rp.setContentsMargins(0, 0, 0, 0)
        rp.setSpacing(4)
        rp.addWidget(bold(QLabel(self.tr("Rounds"))))
        rp.addWidget(hint_label(self.tr("Drafts first, then the latest dispatched")))
        rp.addWidget(self.rounds_table, 1)
        sites_pane = QWidget()
        sp = QVBoxLayout(sites_pane)
        sp.setContentsMargins(0, 6, 0, 0)
        sp.setSpacing(4)
        sp.addWidget(bold(QLabel(self.tr("Site lists of the round"))))
        sp.addWidget(hint_label(self.tr("Choose a site to see only its list")))
        sp.addWidget(self.sites_table, 1)
        sp.addWidget(sites_legend)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(rounds_pane)
        self.splitter.addWidget(sites_pane)
        self.splitter.setSizes([260, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(6)
        layout.addWidget(self.new_button)
        layout.addWidget(self.splitter, 1)
        layout.addSpacing(4)
        layout.addWidget(bold(QLabel(self.tr("Stock between places"))))
        layout.addWidget(self.transfer_button)
        layout.addWidget(self.receive_region_button)

        self.rounds_table.selectionModel().currentRowChanged.connect(self._round_row_chosen)
        self.sites_table.selectionModel().currentRowChanged.connect(self._list_row_chosen)

    # ------------------------------------------------------------------ showing

    def set_rounds(self, rounds: list[RoundSummary], keep: int | None) -> None:
        """The rounds as the service listed them, the round ``keep`` still chosen."""
        with QSignalBlocker(self.rounds_table.selectionModel()):
            self.rounds_model.set_rounds(rounds)
            self.select_round(keep)

    def select_round(self, round_id: int | None) -> None:
        """Mark the open round in the list (quietly: it is open already)."""
        row = self.rounds_model.row_of(round_id)
        selection = self.rounds_table.selectionModel()
        if row < 0:
            selection.clearSelection()
            return
        with QSignalBlocker(selection):
            self.rounds_table.select_row(row)

    def show_round(self, view: RoundView | None, list_id: int | None) -> None:
        """The open round: its row brought up to date, its site lists, ``list_id`` chosen."""
        if view is not None:
            self.rounds_model.update_round(view)
            self.select_round(view.round_id)
        with QSignalBlocker(self.sites_table.selectionModel()):
            self.sites_model.set_round(view)
            row = self.sites_model.row_of(list_id)
            if row >= 0:
                self.sites_table.select_row(row)

    def select_list(self, list_id: int | None) -> None:
        """Choose one site's list (``None``: all sites), as a click would."""
        row = self.sites_model.row_of(list_id)
        if row >= 0:
            self.sites_table.select_row(row)

    # ------------------------------------------------------------------ choosing

    def _round_row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        summary = current.data(ROW_ROLE) if current.isValid() else None
        if summary is not None:
            self.round_chosen.emit(int(summary.round_id))

    def _list_row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        lst = current.data(ROW_ROLE) if current.isValid() else None
        self.list_chosen.emit(lst.list_id if lst is not None else None)
