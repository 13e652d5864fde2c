"""The three tables of the open round, one above the other in a splitter: the requests
per site and product (the requested figure typed in the table), the lots picked for them
(earliest use-by first), and the mobile units' visit plans.

Each table shows the lists the page has chosen (one site's, or all but the cancelled);
with one site chosen the site column goes.  The buttons beside the tables (change lot,
add or remove a visit) are the page's to enable and connect.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.services.distribution.views import LineView, ListView, RoundView, VisitView
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.column_fit import ColumnFit
from pharmacy_app.ui.common.widgets import HINT_STYLE, TableView, bold, hint_label, push_button
from pharmacy_app.ui.distribution.models import LinesModel, RequestsModel, VisitsModel
from pharmacy_app.ui.distribution.requests_view import RequestsView
from pharmacy_app.ui.distribution.round_legends import RoundLegends
from pharmacy_app.ui.distribution.summary import CANCELLED, DRAFT, is_mobile, vials
from pharmacy_app.ui.distribution.texts import basis_text, count_text


class RoundTables(QSplitter):
    """Requests, picked lots and visits; ``legends`` says what their marks mean."""

    def __init__(self, legends: RoundLegends, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Vertical, parent)
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
        qt_row.addWidget(legends.requests_hint)
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
        thawed = self.lines_table.fontMetrics().horizontalAdvance(self.lines_model.on_dispatch(date(2026, 12, 28))) + 14
        self.lines_table.set_column_widths(
            {LinesModel.SITE: 190, LinesModel.BATCH: 80, LinesModel.USE_BY: dates, LinesModel.THAWED: thawed,
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
        lt_row.addWidget(hint_label(self.tr("earliest use-by first (FEFO)"), wrap=False))
        lt_row.addStretch(1)
        lt_row.addWidget(self.change_lot_button)
        pl.addLayout(lt_row)
        pl.addWidget(self.lines_table, 1)
        pl.addWidget(legends.lines_legend)

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
            {c: self.visits_table.columnWidth(c) for c in range(self.visits_model.columnCount())},
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

        self.setChildrenCollapsible(False)
        self.addWidget(requests_pane)
        self.addWidget(lines_pane)
        self.addWidget(self.visits_box)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setStretchFactor(2, 1)
        self.setSizes([330, 220, 130])

    # ------------------------------------------------------------------ showing

    def show_lists(self, view: RoundView | None, list_id: int | None, chosen: ListView | None, today: date) -> None:
        """The round's lists ``list_id`` chooses (``chosen``: that list; ``None``: all)."""
        self.requests_model.set_round(view, list_id)
        self.lines_model.set_round(view, list_id, today)
        self.visits_model.set_round(view, list_id)
        for table, column in (
            (self.requests_table, RequestsModel.SITE),
            (self.lines_table, LinesModel.SITE),
            (self.visits_table, VisitsModel.SITE),
        ):
            table.setColumnHidden(column, list_id is not None)
        self.lines_table.setColumnHidden(LinesModel.RECEIVED, view is None or view.status == DRAFT)
        mobiles = [x for x in (view.lists if view is not None else []) if is_mobile(x) and x.status != CANCELLED]
        self.visits_box.setVisible(bool(mobiles))
        if chosen is not None:
            title = self.tr("Visit plan – %1").replace("%1", chosen.site_name)
            hint = "" if is_mobile(chosen) else self.tr("Only mobile units have a visit plan.")
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
        self.show_request_info()

    def show_request_info(self) -> None:
        """What the selected request is, and how the app reached its proposal."""
        index = self.requests_table.currentIndex()
        lst = self.requests_model.list_at(index.row()) if index.isValid() else None
        r = self.requests_model.request_at(index.row()) if index.isValid() else None
        if r is None or lst is None:
            self.request_info.setText("")
            return
        per = int(r.doses_per_unit)
        requested = fmt.integer(r.requested)
        if per > 1:
            n = vials(r.requested, per)
            requested += " (" + count_text(self.tr("%Ln vial(s)", None, n), n) + ")"
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

    # ------------------------------------------------------------------ selection

    def selected_line(self) -> tuple[ListView | None, LineView | None]:
        """(list, line) of the selected picked line, or (None, None)."""
        index = self.lines_table.currentIndex()
        if not index.isValid():
            return None, None
        return self.lines_model.list_at(index.row()), self.lines_model.line_at(index.row())

    def selected_visit(self) -> VisitView | None:
        index = self.visits_table.currentIndex()
        return self.visits_model.visit_at(index.row()) if index.isValid() else None

    def select_line(self, line_id: int) -> None:
        row = self.lines_model.row_of(line_id)
        if row >= 0:
            self.lines_table.select_row(row, LinesModel.BATCH)

    def select_request(self, request_id: int) -> None:
        row = self.requests_model.row_of(request_id)
        if row >= 0:
            self.requests_table.select_row(row, RequestsModel.REQUESTED)
            self.requests_table.scrollTo(self.requests_model.index(row, RequestsModel.REQUESTED))
