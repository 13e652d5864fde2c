"""Stock at risk of expiring, and the rebalancing proposals that would save it.

At risk: for each location and lot, the doses the location will not use before the
use-by at its own recent rate of use (new sites borrow the rate of their kind).  Under
it, the proposals to move such stock to where it will be used in time, most doses
saved first, each explained in a sentence.  A coordinator accepts one (optionally
moving fewer doses) and it is posted as a transfer; both lists then reload.

Stock for another region is proposed too, when nothing in the region can use it in
time: "Send to another region…" asks which region and the shipment's reference, sends
the doses (from a site through the home pharmacy) with the lot passport, and saves the
passport where the coordinator says, to go with the goods (:mod:`.accept_proposal_dialog`,
:mod:`.send_to_region_dialog`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.services import expiry, rebalance
from pharmacy_app.services.app import App
from pharmacy_app.services.expiry import RiskRow
from pharmacy_app.services.rebalance import ProposalView
from pharmacy_app.services.stock import Posted
from pharmacy_app.services.transfers import RegionShipment
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.table_models import RIGHT, Column, RowsModel
from pharmacy_app.ui.common.widgets import TableView, date_column_width, page_splitter, push_button
from pharmacy_app.ui.expiry.accept_proposal_dialog import AcceptProposalDialog
from pharmacy_app.ui.expiry.proposal_text import lot_text, proposal_sentence, rate_source_text
from pharmacy_app.ui.expiry.send_to_region_dialog import SendToRegionDialog
from pharmacy_app.ui.expiry.tab_parts import (
    ListTab,
    note_label,
    section_title,
    sort_as_shown,
    sortable_table,
)
from pharmacy_app.ui.operations import Operations

OTHER_REGION = rebalance.OTHER_REGION
AT_RISK_FG = QColor("#9b1c1c")


@dataclass(frozen=True)
class RiskData:
    rows: list[expiry.RiskRow]
    proposals: list[ProposalView]


def load_risk(app: App) -> RiskData:
    return RiskData(*rebalance.risk_and_proposals(app))  # the stock and history read once


class RiskTab(ListTab):
    """At-risk stock on top, the rebalancing proposals underneath."""

    accepted_proposal = Signal(object)  # the Posted transfer
    sent_to_region = Signal(object)  # the transfers.RegionShipment

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.setObjectName("riskTab")
        self.accept_dialog: AcceptProposalDialog | None = None
        self.region_dialog: SendToRegionDialog | None = None
        # Where the shipment file is saved without asking (tests); None asks each time.
        self.shipment_path: Path | None = None
        self.data = RiskData([], [])

        # At risk ------------------------------------------------------------
        self.risk_model: RowsModel[RiskRow] = RowsModel(self._risk_columns(), parent=self)
        self.risk_table = sortable_table("riskTable", self.risk_model)
        self.risk_totals = QLabel()
        self.risk_totals.setObjectName("riskTotals")
        self.risk_totals.setAlignment(RIGHT)
        risk_head = QHBoxLayout()
        risk_head.addWidget(section_title(self.tr("Stock at risk of expiring")))
        risk_head.addStretch(1)
        risk_head.addWidget(self.risk_totals)
        risk_pane = QWidget()
        risk_layout = QVBoxLayout(risk_pane)
        risk_layout.setContentsMargins(0, 0, 0, 0)
        risk_layout.setSpacing(4)
        risk_layout.addLayout(risk_head)
        risk_layout.addWidget(
            note_label(
                self.tr(
                    "Doses each location will not use before their use-by at its own recent rate "
                    "of use (earliest use-by used first). The pharmacy's own stock is measured against "
                    "the whole region's use, after what the sites already hold of earlier use-by. "
                    "Quarantine is not included."
                )
            )
        )
        risk_layout.addWidget(self.risk_table, 1)

        # Proposals ----------------------------------------------------------------
        self.proposal_model: RowsModel[ProposalView] = RowsModel(self._proposal_columns(), parent=self)
        self.proposal_table = TableView()
        self.proposal_table.setObjectName("proposalTable")
        self.proposal_table.setModel(self.proposal_model)
        self.proposal_table.setWordWrap(True)
        self.proposal_table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.proposal_table.setVerticalScrollMode(TableView.ScrollMode.ScrollPerPixel)
        self.proposal_totals = QLabel()
        self.proposal_totals.setObjectName("proposalTotals")
        self.proposal_totals.setAlignment(RIGHT)
        self.accept_button = push_button(
            self.tr("&Accept selected…"), "acceptSelected", self.tr("Accept the selected proposal (Enter)")
        )
        self.accept_button.clicked.connect(self.accept_selected)
        self.status = QLabel()
        self.status.setObjectName("riskStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #1d6b2f;")
        prop_head = QHBoxLayout()
        prop_head.addWidget(section_title(self.tr("Rebalancing proposals")))
        prop_head.addStretch(1)
        prop_head.addWidget(self.proposal_totals)
        prop_foot = QHBoxLayout()
        prop_foot.addWidget(self.status, 1)
        prop_foot.addWidget(self.accept_button)
        prop_pane = QWidget()
        prop_layout = QVBoxLayout(prop_pane)
        prop_layout.setContentsMargins(0, 0, 0, 0)
        prop_layout.setSpacing(4)
        prop_layout.addLayout(prop_head)
        prop_layout.addWidget(
            note_label(
                self.tr(
                    "Transfers from locations with stock at risk to locations that will use it in "
                    "time, most doses saved first. Accepting one posts the transfer."
                )
            )
        )
        prop_layout.addWidget(self.proposal_table, 1)
        prop_layout.addLayout(prop_foot)

        self.splitter = page_splitter(self, risk_pane, prop_pane, Qt.Orientation.Vertical, (1, 1))

        self._set_widths()
        header = self.proposal_table.horizontalHeader()
        header.setSectionResizeMode(self.EXPLAIN, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.sectionResized.connect(lambda *_a: self._fit_rows())
        self.proposal_table.activated.connect(lambda _i: self.accept_selected())
        self.proposal_table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self._show_totals()
        self._update_buttons()

    # ------------------------------------------------------------------ columns

    (SAVES, LOT, USE_BY, FROM, TO, DOSES, EXPLAIN, ACTION) = range(8)

    def _risk_columns(self) -> list[Column[RiskRow]]:
        def at_risk_fg(_r: RiskRow) -> QColor:
            return AT_RISK_FG

        return [
            Column(self.tr("Location"), lambda r: r.location_name, tip=lambda r: f"{r.location_name} ({r.location_code})"),
            Column(
                self.tr("Product"), lambda r: r.product_short or r.product, tip=lambda r: f"{r.programme} · {r.product}"
            ),
            Column(self.tr("Batch"), lambda r: r.batch),
            Column(self.tr("Use-by"), lambda r: r.use_by, lambda r: fmt.date_text(r.use_by)),
            Column(self.tr("Days left"), lambda r: r.days_left, lambda r: fmt.integer(r.days_left), RIGHT),
            Column(self.tr("On hand"), lambda r: r.doses, lambda r: fmt.integer(r.doses), RIGHT),
            Column(
                self.tr("Usable"),
                lambda r: r.usable,
                lambda r: fmt.integer(r.usable),
                RIGHT,
                tip=lambda _r: self.tr("Doses the location will use before the use-by at its rate"),
            ),
            Column(
                self.tr("At risk"),
                lambda r: r.at_risk,
                lambda r: fmt.integer(r.at_risk),
                RIGHT,
                foreground=at_risk_fg,
                bold=lambda _r: True,
            ),
            Column(self.tr("Doses/day"), lambda r: r.rate_per_day, lambda r: fmt.number(r.rate_per_day, 1), RIGHT),
            Column(self.tr("Rate from"), lambda r: r.rate_source, lambda r: rate_source_text(r.rate_source)),
        ]

    def _proposal_columns(self) -> list[Column[ProposalView]]:
        return [
            Column(
                self.tr("Saves"),
                lambda p: p.doses_saved,
                lambda p: fmt.integer(p.doses_saved),
                RIGHT,
                foreground=lambda p: QColor("#6b7075") if p.kind == OTHER_REGION else QColor("#1d6b2f"),
                bold=lambda p: p.kind != OTHER_REGION,
                tip=lambda _p: self.tr("Doses that would otherwise expire"),
            ),
            Column(
                self.tr("Product · batch"),
                lambda p: (p.product_short or p.product, p.batch),
                lambda p: lot_text(p.product_short or p.product, p.batch),
                tip=lambda p: p.product,
            ),
            Column(self.tr("Use-by"), lambda p: p.use_by, lambda p: fmt.date_text(p.use_by)),
            Column(self.tr("From"), lambda p: p.from_name, tip=lambda p: f"{p.from_name} ({p.from_code})"),
            Column(self.tr("To"), lambda p: self._to_text(p), tip=lambda p: self._to_tip(p)),
            Column(self.tr("Doses"), lambda p: p.doses, lambda p: fmt.integer(p.doses), RIGHT),
            Column(self.tr("Why"), lambda p: self.explanation(p)),
            Column("", lambda _p: ""),
        ]

    def _to_text(self, p: ProposalView) -> str:
        if p.kind == OTHER_REGION:
            # Named once the regions' workbooks are loaded (the national picture).
            return p.to_name or self.tr("Another region")
        return str(p.to_name)

    def _to_tip(self, p: ProposalView) -> str:
        if p.kind == OTHER_REGION and p.to_region_code:
            return self.tr("%1 (%2) needs it, by the national picture loaded").replace(
                "%1", p.to_name).replace("%2", p.to_region_code)  # fmt: skip
        return f"{p.to_name} ({p.to_code})" if p.to_name else ""

    def explanation(self, p: ProposalView) -> str:
        """The proposal's sentence in the UI language; for another region, how it is sent."""
        text = proposal_sentence(p)
        if p.kind == OTHER_REGION:
            text += "\n" + self.other_region_note()
        return text

    def other_region_note(self) -> str:
        return self.tr(
            "Nothing in the region can use it in time: once another region agrees, send it "
            "there with Send to another region… (from a site it goes through the pharmacy)."
        )

    def _set_widths(self) -> None:
        date_w = date_column_width(self.risk_table)
        self.risk_table.set_column_widths(
            {0: 210, 1: 300, 2: 80, 3: date_w, 4: 70, 5: 70, 6: 65, 7: 65, 8: 75, 9: 200}
        )
        self.proposal_table.set_column_widths(
            {
                self.SAVES: 60,
                self.LOT: 210,
                self.USE_BY: date_column_width(self.proposal_table),
                self.FROM: 170,
                self.TO: 170,
                self.DOSES: 60,
                self.EXPLAIN: 300,
                self.ACTION: max(96, QPushButton(self.tr("Send to another region…")).sizeHint().width() + 12),
            }
        )

    # ------------------------------------------------------------------ public

    def refresh(self) -> None:
        self._load_list(self.risk_table, load_risk, self.show_data)

    def show_data(self, data: RiskData) -> None:
        self.data = data
        self.risk_model.set_rows(data.rows)
        sort_as_shown(self.risk_table, self.risk_model)
        proposals = sorted(data.proposals, key=lambda p: (-p.doses_saved, p.use_by, p.from_code, p.to_code))
        self.proposal_model.set_rows(proposals)
        self._place_buttons()
        self._fit_rows()
        self.risk_table.set_empty_text(
            self.tr("Nothing is at risk: every location will use its stock before the use-by at its recent rate.")
        )
        self.proposal_table.set_empty_text(
            self.tr("No proposals: no stock at risk can be used in time anywhere else.")
            if data.rows
            else self.tr("No proposals: nothing is at risk.")
        )
        self._show_totals()
        self._update_buttons()

    def proposals(self) -> list[ProposalView]:
        return self.proposal_model.rows()

    def row_buttons(self) -> list[QPushButton]:
        out = []
        for row in range(self.proposal_model.rowCount()):
            widget = self.proposal_table.indexWidget(self.proposal_model.index(row, self.ACTION))
            button = widget.findChild(QPushButton) if widget is not None else None
            if button is not None:
                out.append(button)
        return out

    def selected_proposal(self) -> ProposalView | None:
        index = self.proposal_table.currentIndex()
        return self.proposal_model.row_at(index.row()) if index.isValid() else None

    def accept_selected(self) -> None:
        p = self.selected_proposal()
        if p is None:
            return
        if p.kind == OTHER_REGION:
            self.open_send_to_region(p)
        else:
            self.open_accept(p)

    def open_send_to_region(self, proposal: ProposalView) -> None:
        if proposal.kind != OTHER_REGION:
            return
        dialog = SendToRegionDialog(self._ops, proposal, self, save_to=self.shipment_path)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sent.connect(self._sent)
        dialog.saved.connect(self._saved)
        dialog.finished.connect(lambda _r: self.proposal_table.setFocus())
        dialog.destroyed.connect(lambda _o=None: setattr(self, "region_dialog", None))
        self.region_dialog = dialog
        dialog.open()

    def open_accept(self, proposal: ProposalView) -> None:
        if proposal.kind == OTHER_REGION:
            self.open_send_to_region(proposal)
            return
        dialog = AcceptProposalDialog(self._ops, proposal, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.posted.connect(self._accepted)
        dialog.finished.connect(lambda _r: self.proposal_table.setFocus())
        dialog.destroyed.connect(lambda _o=None: setattr(self, "accept_dialog", None))
        self.accept_dialog = dialog
        dialog.open()

    # ------------------------------------------------------------------ internals

    def _place_buttons(self) -> None:
        for row, p in enumerate(self.proposal_model.rows()):
            holder = QWidget()
            box = QHBoxLayout(holder)
            box.setContentsMargins(4, 2, 4, 2)
            button = QPushButton(self.tr("Accept…"))
            button.setObjectName("acceptProposal")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the table has the keys: Enter accepts
            if p.kind == OTHER_REGION:
                button.setText(self.tr("Send to another region…"))
                button.setObjectName("sendToRegion")
                button.setToolTip(self.tr("Send these doses to another region's pharmacy, with the lot passport"))
                button.clicked.connect(lambda _c=False, prop=p: self.open_send_to_region(prop))
            else:
                button.setToolTip(self.tr("Post this transfer (you can lower the doses first)"))
                button.clicked.connect(lambda _c=False, prop=p: self.open_accept(prop))
            box.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.proposal_table.setIndexWidget(self.proposal_model.index(row, self.ACTION), holder)

    def _fit_rows(self) -> None:
        """Room for the whole sentence, with a little air above and below."""
        table = self.proposal_table
        table.resizeRowsToContents()
        for row in range(self.proposal_model.rowCount()):
            table.setRowHeight(row, table.rowHeight(row) + 8)

    def _accepted(self, posted: Posted) -> None:
        self.status.setText(
            self.tr("Transfer posted: %1 doses of batch %2 from %3 to %4.")
            .replace("%1", fmt.integer(posted.doses))
            .replace("%2", posted.batch)
            .replace("%3", posted.from_code)
            .replace("%4", posted.to_code)
        )
        self.accepted_proposal.emit(posted)
        # The write's Change.STOCK reloads the lists; reload here as well when hidden.
        if not self.isVisible():
            self._dirty = True

    def _sent_text(self, shipment: RegionShipment) -> str:
        return (
            self.tr("Sent %1 doses of batch %2 to region %3")
            .replace("%1", fmt.integer(shipment.posted.doses))
            .replace("%2", shipment.posted.batch)
            .replace("%3", shipment.region_code)
        )

    def _sent(self, shipment: RegionShipment) -> None:
        self.status.setText(self._sent_text(shipment) + self.tr("; the shipment document is not saved yet."))
        self.sent_to_region.emit(shipment)
        # The write's Change.STOCK reloads the lists; reload here as well when hidden.
        if not self.isVisible():
            self._dirty = True

    def _saved(self, shipment: RegionShipment, path: Path) -> None:
        self.status.setText(
            self._sent_text(shipment) + self.tr("; shipment document saved to %1.").replace("%1", str(path))
        )

    def _show_totals(self) -> None:
        rows = self.data.rows
        at_risk = sum(r.at_risk for r in rows)
        places = len({r.location_code for r in rows})
        self.risk_totals.setText(
            self.tr("%Ln dose(s) at risk", None, at_risk)
            + " · "
            + self.tr("%Ln location(s)", None, places)
            + " · "
            + self.tr("%Ln row(s)", None, len(rows))
        )
        proposals = self.proposal_model.rows()
        saved = sum(p.doses_saved for p in proposals if p.kind != OTHER_REGION)
        self.proposal_totals.setText(
            self.tr("%Ln proposal(s)", None, len(proposals))
            + " · "
            + self.tr("%Ln dose(s) saved in the region", None, saved)
        )

    def _update_buttons(self) -> None:
        p = self.selected_proposal()
        self.accept_button.setEnabled(p is not None)
        self.accept_button.setToolTip(
            self.other_region_note()
            if p is not None and p.kind == OTHER_REGION
            else self.tr("Accept the selected proposal (Enter)")
        )
