"""Sites that will run out: the Expiry and stock-outs page's Stock-outs tab.

One row per site and product that will run out before the site's next round, or is
below its minimum (:func:`pharmacy_app.services.stock_outs.stock_outs`): the site, the
product, its usable stock, the expected use a day, days of cover, the run-out date, the
next round (a planned draft round, else today + the region's round interval) and the
target, with a one-line explanation.  Sortable by any column; exported as CSV or xlsx.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from pharmacy_app.domain import stock_targets as st
from pharmacy_app.domain.changes import Change
from pharmacy_app.services import stock_outs
from pharmacy_app.services.stock_outs import StockOutRow
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.table_models import RIGHT, Column, RowsModel
from pharmacy_app.ui.common.widgets import push_button
from pharmacy_app.ui.expiry.proposal_text import rate_source_text
from pharmacy_app.ui.expiry.tab_parts import (
    ListTab,
    ask_export_path,
    export_rows,
    note_label,
    section_title,
    sort_as_shown,
    sortable_table,
)
from pharmacy_app.ui.operations import Operations

SHORT_FG = QColor("#9b1c1c")


class StockOutsTab(ListTab):
    """The sites that will run out or are below their minimum; loaded when shown."""

    RELEVANT_CHANGES = Change.STOCK | Change.REFERENCE | Change.SETTINGS | Change.DISTRIBUTION
    loaded = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.setObjectName("stockOutsTab")
        self.rows: list[StockOutRow] = []
        self.model: RowsModel[StockOutRow] = RowsModel(self._columns(), parent=self)
        self.table = sortable_table("stockOutsTable", self.model)
        self.table.set_column_widths({0: 230, 1: 170, 2: 70, 3: 80, 4: 100, 5: 100, 6: 160, 7: 130})
        self.totals = QLabel()
        self.totals.setObjectName("stockOutsTotals")
        self.totals.setAlignment(RIGHT)
        self.export_button = push_button(
            self.tr("E&xport…"), "exportStockOuts", self.tr("Write the list to a CSV or Excel file")
        )
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export)
        head = QHBoxLayout()
        head.addWidget(section_title(self.tr("Sites that will run out")))
        head.addStretch(1)
        head.addWidget(self.totals)
        head.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(
            note_label(
                self.tr(
                    "Sites whose usable stock (what they will use before its use-by) runs out before "
                    "their next round, and sites below their minimum. Days of cover = usable stock / "
                    "doses a day over the last 4 weeks. The next round is the next planned round to the "
                    "site, else today plus the days between rounds (Settings › General). Targets: "
                    "Settings › Targets; without one a site keeps its kind's days of cover, with half "
                    "of them as its minimum."
                )
            )
        )
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        self._load_list(self.table, stock_outs.stock_outs, self._show)

    def _show(self, rows: list[StockOutRow]) -> None:
        self.rows = rows
        self.model.set_rows(rows)
        sort_as_shown(self.table, self.model)
        self.export_button.setEnabled(bool(rows))
        running = stock_outs.shortage_count(rows)
        below = len({r.location_code for r in rows if r.status.below_minimum})
        self.totals.setText(
            self.tr("Sites running out before their next round: %1 · below their minimum: %2")
            .replace("%1", fmt.integer(running))
            .replace("%2", fmt.integer(below))
        )
        self.table.set_empty_text("" if rows else self.tr("No site will run out before its next round."))
        self.loaded.emit()

    def explanation(self, r: StockOutRow) -> str:
        """One line on why the row is listed."""
        s = r.status
        parts = []
        if s.runs_out and s.run_out is not None:
            parts.append(
                self.tr("runs out %1, %Ln day(s) before the next round", None, (s.next_round - s.run_out).days)
                .replace("%1", fmt.date_text(s.run_out))
            )
        if s.below_minimum:
            parts.append(
                self.tr("%1 usable doses, below the minimum of %2")
                .replace("%1", fmt.integer(s.usable))
                .replace("%2", fmt.integer(s.min_doses))
            )
        return "; ".join(parts)

    def target_text(self, r: StockOutRow) -> str:
        t = r.status.target
        unit = self.tr("doses") if t.unit == st.DOSES else self.tr("days")
        text = f"{fmt.integer(t.minimum)}–{fmt.integer(t.maximum)} {unit}"
        return text + (self.tr(" (kind)") if t.source == st.SOURCE_KIND else "")

    def _columns(self) -> list[Column[StockOutRow]]:
        def short_fg(_r: StockOutRow) -> QColor:
            return SHORT_FG

        def next_round(r: StockOutRow) -> str:
            text = fmt.date_text(r.status.next_round)
            return text if r.round_planned else self.tr("%1 (interval)").replace("%1", text)

        far = "–"  # no use: no run-out
        return [
            Column(self.tr("Site"), lambda r: r.location_name, tip=lambda r: f"{r.location_name} ({r.location_code})"),
            Column(self.tr("Product"), lambda r: r.label, tip=lambda r: f"{r.programme} · {r.product}"),
            Column(self.tr("Stock"), lambda r: r.status.usable, lambda r: fmt.integer(r.status.usable), RIGHT,
                   tip=lambda r: self.tr("%1 on hand, %2 usable before the use-by")
                   .replace("%1", fmt.integer(r.on_hand)).replace("%2", fmt.integer(r.status.usable))),
            Column(self.tr("Doses/day"), lambda r: r.status.daily_use,
                   lambda r: fmt.number(r.status.daily_use, 1), RIGHT,
                   tip=lambda r: self.tr("From: %1").replace("%1", rate_source_text(r.rate_source))),
            Column(self.tr("Days of cover"), lambda r: r.status.cover_days if r.status.cover_days is not None else 1e9,
                   lambda r: far if r.status.cover_days is None else fmt.number(r.status.cover_days, 1), RIGHT),
            Column(self.tr("Runs out"), lambda r: r.status.run_out or date.max,
                   lambda r: fmt.date_text(r.status.run_out), foreground=short_fg, bold=lambda r: r.status.runs_out),
            Column(self.tr("Next round"), lambda r: r.status.next_round, next_round),
            Column(self.tr("Target"), lambda r: (r.status.target.unit, r.status.target.minimum), self.target_text),
            Column(self.tr("Why"), self.explanation),
        ]  # fmt: skip

    # ------------------------------------------------------------------ export

    def export(self) -> None:
        name = f"mangler_{self._ops.app.today().isoformat()}.csv"
        chosen = ask_export_path(self, self.tr("Export stock-outs"), name)
        if chosen:
            self.export_to(chosen)

    def export_to(self, path: Path) -> int:
        """Write the rows (every field, as the command line's ``stock-outs --csv``)."""
        rows = [stock_outs.stock_out_values(r) for r in self.rows]
        return export_rows(
            self, self._ops, path, stock_outs.STOCK_OUT_COLUMNS, rows, "Mangler",
            self.tr("Exporting stock-outs…"),
        )  # fmt: skip
