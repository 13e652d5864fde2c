"""What a season simulation found, as the engine returned it: the comparison table (one
row per policy, each figure's mean over the seeds with its spread), the targets met or
missed (in words and colour), the comparison chart the engine wrote (a picture that
scales), the assumptions under it, and buttons to open the folder and the workbook.

What must hold: every number shown is the engine's own (:class:`PolicySummary`'s
spreads, :class:`Target`'s values); nothing is recomputed here.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.services.simulation import Comparison, PolicySummary, Spread, policies
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.picture import Picture
from pharmacy_app.ui.common.table_models import RIGHT, Column, RowsModel
from pharmacy_app.ui.common.widgets import TableView, bold

MET_COLOUR = "#1b6e20"
MISSED_COLOUR = "#a61b1b"
TABLE_ROWS_SHOWN = 4  # the table is as high as this many policies (more scroll)


def _seeds_text(seeds: tuple[int, ...]) -> str:
    if not seeds:
        return ""
    ordered = sorted(seeds)
    if ordered == list(range(ordered[0], ordered[-1] + 1)) and len(ordered) > 1:
        return f"{ordered[0]}–{ordered[-1]}"
    return ", ".join(str(s) for s in ordered)


class ComparisonModel(RowsModel[PolicySummary]):
    """One row per policy; a cell is the mean, ``± sd`` over several seeds, the lowest and
    highest in its tooltip."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent=parent)
        self._descriptions: dict[str, str] = {}
        self.columns = [
            Column(
                self.tr("Policy"),
                key=lambda x: x.label.text(fmt.language()),
                tip=lambda x: self._descriptions.get(x.policy, ""),
            ),
            self._figure(
                self.tr("Waste %\n(WHO)"),
                "waste_percent",
                2,
                self.tr("Doses wasted of doses given and wasted"),
            ),
            self._figure(
                self.tr("Expiry waste\n% of received"),
                "expiry_waste_percent_of_received",
                2,
                self.tr(
                    "Doses discarded as expired or past their thawed shelf life, of doses received"
                ),
            ),
            self._figure(
                self.tr("Stock-out\nsite-days %"),
                "stockout_percent",
                2,
                self.tr("Site-days a site ran out, of open site-days"),
            ),
            self._figure(
                self.tr("Unmet\ndoses"),
                "unmet_doses",
                0,
                self.tr("Doses asked for where the site had none"),
            ),
            self._figure(
                self.tr("Doses\nmoved"),
                "moved_by_rebalancing",
                0,
                self.tr("Doses moved by rebalancing"),
            ),
            self._figure(self.tr("Received"), "received", 0, self.tr("Doses received from SSI")),
            self._figure(self.tr("Given"), "given", 0, self.tr("Doses given")),
            self._figure(self.tr("Wasted"), "wasted", 0, self.tr("Doses wasted, every reason")),
        ]

    def _figure(self, title: str, name: str, decimals: int, about: str) -> Column[PolicySummary]:
        def spread(x: PolicySummary) -> Spread:
            return x.figures[name]

        def text(x: PolicySummary) -> str:
            s = spread(x)
            shown = self._number(s.mean, decimals)
            return shown if x.seeds < 2 else f"{shown} ± {self._number(s.sd, decimals)}"

        def tip(x: PolicySummary) -> str:
            s = spread(x)
            if x.seeds < 2:
                return about
            return (
                self.tr("%1. Mean over %2 seeds; lowest %3, highest %4.")
                .replace("%1", about)
                .replace("%2", str(x.seeds))
                .replace("%3", self._number(s.low, decimals))
                .replace("%4", self._number(s.high, decimals))
            )

        return Column(
            title, key=lambda x: spread(x).mean, text=text, align=RIGHT, tip=tip, header_tip=about
        )

    @staticmethod
    def _number(x: float, decimals: int) -> str:
        return fmt.integer(round(x)) if decimals == 0 else fmt.number(x, decimals)

    def show(self, comparison: Comparison | None, descriptions: dict[str, str]) -> None:
        self._descriptions = descriptions
        self.set_rows(list(comparison.summary) if comparison else [])


def chart_of(comparison: Comparison) -> Path | None:
    """The comparison chart the engine wrote (its first PNG)."""
    return next((p for p in comparison.files if p.suffix.lower() == ".png"), None)


def workbook_of(comparison: Comparison) -> Path | None:
    return next((p for p in comparison.files if p.suffix.lower() == ".xlsx"), None)


class SimulationResults(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.heading = bold(QLabel(self.tr("Comparison of the policies")))
        self.about = QLabel()
        self.about.setObjectName("simulationAbout")
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.PlainText)

        self.model = ComparisonModel(self)
        self.table = TableView()
        self.table.setObjectName("simulationTable")
        self.table.setModel(self.model)
        self.table.set_empty_text(
            self.tr(
                "Choose the season, seeds and policies and press Run simulation. Each policy's "
                "waste, stock-outs and doses moved appear here, with the targets, the chart and "
                "the assumptions."
            )
        )
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows = self.table.verticalHeader().defaultSectionSize() * TABLE_ROWS_SHOWN
        self.table.setFixedHeight(
            rows + header.sizeHint().height() + 2 * self.table.frameWidth() + 18
        )

        self.targets = QLabel()
        self.targets.setObjectName("simulationTargets")
        self.targets.setWordWrap(True)
        self.targets.setTextFormat(Qt.TextFormat.RichText)

        self.chart = Picture()
        self.chart.setObjectName("simulationChart")
        self.assumptions = QLabel()
        self.assumptions.setObjectName("simulationAssumptions")
        self.assumptions.setWordWrap(True)
        self.assumptions.setTextFormat(Qt.TextFormat.RichText)
        self.assumptions.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        inner_layout.setSpacing(8)
        inner_layout.addWidget(self.chart)
        inner_layout.addWidget(self.assumptions)
        inner_layout.addStretch(1)
        self.below = QScrollArea()
        self.below.setObjectName("simulationChartBox")
        self.below.setWidget(inner)
        self.below.setWidgetResizable(True)
        self.below.setFrameShape(QFrame.Shape.NoFrame)
        self.below.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.open_folder_button = QPushButton(self.tr("Open &folder"))
        self.open_folder_button.setObjectName("simulationOpenFolder")
        self.open_folder_button.setToolTip(
            self.tr("Open the folder holding the workbook, the chart and the databases")
        )
        self.open_workbook_button = QPushButton(self.tr("Open &workbook"))
        self.open_workbook_button.setObjectName("simulationOpenWorkbook")
        self.open_workbook_button.setToolTip(
            self.tr("Open the simulation's workbook (every run, every figure)")
        )
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.about, 1)
        buttons.addWidget(self.open_workbook_button)
        buttons.addWidget(self.open_folder_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.targets)
        layout.addWidget(self.below, 1)  # empty before a run: the table stays at the top
        self.show_comparison(None)

    def show_comparison(self, comparison: Comparison | None) -> None:
        self.comparison = comparison
        lang = fmt.language()
        descriptions: dict[str, str] = {}
        if comparison is not None:
            descriptions = {p.name: p.description.text(lang) for p in policies()}
        self.model.show(comparison, descriptions)
        self.targets.setText(self._targets_html(comparison))
        self.targets.setVisible(comparison is not None and bool(comparison.targets))
        chart = chart_of(comparison) if comparison is not None else None
        self.chart.load(chart)
        self.chart.setToolTip(
            self.tr("%1 (click to open it full size)").replace("%1", str(chart)) if chart else ""
        )
        self.chart.setCursor(
            Qt.CursorShape.PointingHandCursor if chart else Qt.CursorShape.ArrowCursor
        )
        self.assumptions.setText(self._assumptions_html(comparison))
        self.open_folder_button.setEnabled(comparison is not None)
        self.open_workbook_button.setEnabled(
            comparison is not None and workbook_of(comparison) is not None
        )
        self.about.setText(self._about(comparison))

    def folder(self) -> Path | None:
        c = self.comparison
        if c is None:
            return None
        files = c.files or c.databases
        return files[0].parent if files else None

    def chart_file(self) -> Path | None:
        return chart_of(self.comparison) if self.comparison is not None else None

    def workbook(self) -> Path | None:
        return workbook_of(self.comparison) if self.comparison is not None else None

    def _about(self, c: Comparison | None) -> str:
        if c is None:
            return self.tr("No simulation has run yet.")
        s = c.settings
        sites = (
            self.tr("every site of the region")
            if not s.site_codes
            else self.tr("%Ln site(s)", "", len(s.site_codes))
        )
        return (
            self.tr("Season %1, seeds %2, %3.")
            .replace("%1", str(s.season))
            .replace("%2", _seeds_text(s.seeds))
            .replace("%3", sites)
        )

    def _targets_html(self, c: Comparison | None) -> str:
        if c is None or not c.targets:
            return ""
        lang = fmt.language()
        lines = []
        for t in c.targets:
            colour = MET_COLOUR if t.met else MISSED_COLOUR
            word = self.tr("Met") if t.met else self.tr("Missed")
            lines.append(
                f'<span style="color:{colour}; font-weight:600">{"✔" if t.met else "✘"} {html.escape(word)}:</span> '
                f"{html.escape(t.text.text(lang))}"
            )
        heading = self.tr("Targets")
        return f"<b>{html.escape(heading)}</b><br>" + "<br>".join(lines)

    def _assumptions_html(self, c: Comparison | None) -> str:
        if c is None or not c.assumptions:
            return ""
        lang = fmt.language()
        items = "".join(f"<li>{html.escape(a.text(lang))}</li>" for a in c.assumptions)
        heading = self.tr("Assumptions")
        return (
            f"<b>{html.escape(heading)}</b>"
            f'<ul style="margin-left:-24px; -qt-list-indent:1">{items}</ul>'
        )
