"""The national picture ("Landsoverblik"): load the regions' monthly SSI workbooks, see
stock, expiry, use and weeks of cover per region and product, and the proposals to move
surplus between regions; save the overview as a workbook or a PDF.

Reading the files and writing the outputs run through the operations helper (the window
never waits on them); the overview loaded is kept by ``services.national`` for the
session, so the at-risk view can name the region that needs a surplus.  A file that is
not such a workbook, two of one region or mixed months are refused with the service's
message, naming the file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.domain.national import NationalOverview, Proposal, RegionLine
from pharmacy_app.services import national
from pharmacy_app.services.app import App
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.table_models import RIGHT, Column, RowsModel
from pharmacy_app.ui.common.widgets import TableView, bold, hint_label, page_splitter, push_button
from pharmacy_app.ui.export_dialog import export_dir
from pharmacy_app.ui.operations import Operations

SHORT_COLOUR = "#a11d12"
WASTE_COLOUR = "#b35c00"


def _cover(line: RegionLine) -> str:
    weeks = line.weeks_of_cover
    return "–" if weeks is None else fmt.number(weeks, 1)


class NationalTab(QWidget):
    """Landsoverblik / National picture."""

    loaded = Signal(object)  # the NationalOverview
    saved = Signal(object)  # the Path written

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("nationalTab")
        self._ops = ops
        self.overview: NationalOverview | None = None

        self.load_button = push_button(
            self.tr("Load the regions' workbooks…"),
            "loadNational",
            self.tr(
                "Choose the regions' monthly SSI workbooks (SSI_<region>_<month>.xlsx), several at once"
            ),
        )
        self.save_workbook_button = push_button(
            self.tr("Save as workbook…"), "saveNationalWorkbook"
        )
        self.save_pdf_button = push_button(self.tr("Save as PDF…"), "saveNationalPdf")
        self.region_choice = QComboBox()
        self.region_choice.setObjectName("nationalRegion")
        self.summary = bold(QLabel(self.tr("No workbooks loaded yet.")))
        self.summary.setObjectName("nationalSummary")
        self.summary.setWordWrap(True)
        self.method = hint_label(
            self.tr(
                "Use a week: the month's doses given over the days its report covers. Weeks of "
                "cover: stock over use a week; red under 2 weeks. Will expire unused: what the "
                "region cannot use before the use-by date, earliest expiry first."
            )
        )

        self.lines_model: RowsModel[RegionLine] = RowsModel(self._line_columns(), parent=self)
        self.lines = TableView()
        self.lines.setObjectName("nationalLines")
        self.lines.setModel(self.lines_model)
        self.lines.setSortingEnabled(True)
        self.lines.set_empty_text(
            self.tr("Load the regions' monthly workbooks to see the national picture.")
        )
        self.lines.set_column_widths(
            {0: 140, 1: 170, 2: 70, 3: 90, 4: 70, 5: 70, 6: 90, 7: 90, 8: 100}
        )
        # The vaccine's name takes the spare width, not the last figure.
        self.lines.horizontalHeader().setStretchLastSection(False)
        self.lines.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        self.proposals_model: RowsModel[Proposal] = RowsModel(self._proposal_columns(), parent=self)
        self.proposals = TableView()
        self.proposals.setObjectName("nationalProposals")
        self.proposals.setModel(self.proposals_model)
        self.proposals.setWordWrap(True)
        self.proposals.set_empty_text(
            self.tr("No surplus that another region can use before it expires.")
        )
        self.proposals.set_column_widths({0: 150, 1: 150, 2: 90, 3: 90, 4: 70})
        # Rows follow their wrapped sentence as the column's width changes (a resize at
        # load time, before the table is laid out, would size them for a narrow column).
        self.proposals.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.save_workbook_button)
        buttons.addWidget(self.save_pdf_button)
        buttons.addStretch(1)
        show = QLabel(self.tr("&Show:"))
        show.setBuddy(self.region_choice)
        buttons.addWidget(show)
        buttons.addWidget(self.region_choice)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.summary)
        top_layout.addWidget(self.lines, 1)
        top_layout.addWidget(self.method)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 4, 0, 0)
        bottom_layout.addWidget(bold(QLabel(self.tr("Proposed moves between regions"))))
        bottom_layout.addWidget(self.proposals, 1)
        self.splitter = page_splitter(
            self, top, bottom, Qt.Orientation.Vertical, (3, 2), [420, 260]
        )

        self.load_button.clicked.connect(self.choose_files)
        self.save_workbook_button.clicked.connect(self.choose_workbook_path)
        self.save_pdf_button.clicked.connect(self.choose_pdf_path)
        self.region_choice.currentIndexChanged.connect(lambda _i: self._show_lines())
        self._show()

    # ------------------------------------------------------------------ columns

    def _line_columns(self) -> list[Column[RegionLine]]:
        def n(value: int) -> str:
            return fmt.integer(value)

        return [
            Column(
                self.tr("Region"),
                key=lambda r: r.region_name,
                text=lambda r: r.region_name or self.tr("Whole country"),
            ),
            Column(self.tr("Vaccine"), key=lambda r: r.product, text=lambda r: r.product),
            Column(self.tr("Stock"), key=lambda r: r.stock, text=lambda r: n(r.stock), align=RIGHT),
            Column(
                self.tr("Expiring ≤ 60 days"),
                key=lambda r: r.expiring,
                text=lambda r: n(r.expiring),
                align=RIGHT,
            ),
            Column(self.tr("Given"), key=lambda r: r.given, text=lambda r: n(r.given), align=RIGHT),
            Column(
                self.tr("Wasted"), key=lambda r: r.wasted, text=lambda r: n(r.wasted), align=RIGHT
            ),
            Column(
                self.tr("Use/week"),
                key=lambda r: r.weekly_rate,
                text=lambda r: fmt.number(r.weekly_rate, 1),
                align=RIGHT,
            ),  # fmt: skip
            Column(
                self.tr("Weeks of cover"),
                key=lambda r: r.weeks_of_cover,
                text=_cover,
                align=RIGHT,
                foreground=lambda r: QColor(SHORT_COLOUR) if r.short else None,
                bold=lambda r: r.short,
                tip=lambda r: (
                    self.tr("Under 2 weeks of cover: this region will run short")
                    if r.short
                    else None
                ),
            ),  # fmt: skip
            Column(
                self.tr("Will expire unused"),
                key=lambda r: r.will_expire,
                text=lambda r: n(r.will_expire),
                align=RIGHT,
                foreground=lambda r: QColor(WASTE_COLOUR) if r.will_expire else None,
            ),  # fmt: skip
        ]

    def _proposal_columns(self) -> list[Column[Proposal]]:
        return [
            Column(self.tr("From"), key=lambda p: p.from_name, text=lambda p: p.from_name),
            Column(
                self.tr("To"),
                key=lambda p: p.to_name,
                text=lambda p: p.to_name,
                bold=lambda _p: True,
            ),
            Column(self.tr("Batch"), key=lambda p: p.batch, text=lambda p: p.batch),
            Column(
                self.tr("Use by"), key=lambda p: p.use_by, text=lambda p: fmt.date_text(p.use_by)
            ),
            Column(
                self.tr("Doses"),
                key=lambda p: p.doses,
                text=lambda p: fmt.integer(p.doses),
                align=RIGHT,
            ),
            Column(
                self.tr("Why"),
                text=lambda p: p.sentence(fmt.language()),
                tip=lambda p: p.sentence(fmt.language()),
            ),
        ]

    # ------------------------------------------------------------------ loading

    def choose_files(self) -> None:
        chosen, _selected = QFileDialog.getOpenFileNames(
            self,
            self.tr("The regions' monthly SSI workbooks"),
            str(export_dir()),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if chosen:
            self.load_files([Path(c) for c in chosen])

    def load_files(self, paths: Sequence[Path]) -> int:
        """Read ``paths`` in the background and show the overview they give."""
        files = list(paths)

        def work(app: App) -> NationalOverview:
            return national.load(app, files)

        return self._ops.query(
            work, self.show_overview, parent=self, label=self.tr("Reading the workbooks…")
        )

    def show_overview(self, overview: NationalOverview) -> None:
        self.overview = overview
        self._show()
        self.loaded.emit(overview)

    def _show(self) -> None:
        o = self.overview
        has = o is not None
        self.save_workbook_button.setEnabled(has)
        self.save_pdf_button.setEnabled(has)
        self.region_choice.setEnabled(has)
        self.region_choice.blockSignals(True)
        self.region_choice.clear()
        self.region_choice.addItem(self.tr("Whole country"), "")
        self.region_choice.addItem(self.tr("All regions"), "*")
        if o is not None:
            for r in o.regions:
                self.region_choice.addItem(f"{r.region_name} ({r.region_code})", r.region_code)
        self.region_choice.blockSignals(False)
        if o is None:
            self.summary.setText(self.tr("No workbooks loaded yet."))
            self.proposals_model.set_rows([])
        else:
            names = ", ".join(f"{r.region_name} ({r.region_code})" for r in o.regions)
            text = self.tr("%1: %2").replace("%1", o.period).replace("%2", names)
            if o.provisional:
                text += " · " + self.tr("provisional: some months have not ended")
            self.summary.setText(text)
            self.proposals_model.set_rows(list(o.proposals))
        self._show_lines()

    def _show_lines(self) -> None:
        o = self.overview
        if o is None:
            self.lines_model.set_rows([])
            return
        chosen = self.region_choice.currentData()
        if chosen == "*":
            rows = list(o.lines)
        elif chosen:
            rows = o.region_lines(str(chosen))
        else:
            rows = o.totals()
        self.lines_model.set_rows(rows)

    # ------------------------------------------------------------------ saving

    def choose_workbook_path(self) -> None:
        self._choose_path(".xlsx", self.tr("Excel workbook (*.xlsx)"), self.save_workbook)

    def choose_pdf_path(self) -> None:
        self._choose_path(".pdf", self.tr("PDF document (*.pdf)"), self.save_pdf)

    def _choose_path(self, suffix: str, kinds: str, save: Callable[[Path], int]) -> None:
        if self.overview is None:
            return
        chosen, _selected = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the national picture"),
            str(export_dir() / f"Landsoverblik_{self.overview.period}{suffix}"),
            kinds,
        )
        if chosen:
            save(Path(chosen))

    def save_workbook(self, path: Path) -> int:
        """Write the overview shown as a workbook (.xlsx added if missing), off the window thread."""
        return self._save(
            path,
            ".xlsx",
            lambda _app, o, p: national.write_workbook(o, p),
            self.tr("Writing the workbook…"),
        )

    def save_pdf(self, path: Path) -> int:
        """Write the overview shown as a PDF in the window's language, off the window thread."""
        language = fmt.language()
        return self._save(
            path,
            ".pdf",
            lambda app, o, p: national.write_pdf(app, o, p, language),
            self.tr("Writing the PDF…"),
        )

    def _save(
        self,
        path: Path,
        suffix: str,
        write: Callable[[App, NationalOverview, Path], Path],
        label: str,
    ) -> int:
        overview = self.overview
        assert overview is not None
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        return self._ops.query(
            lambda app: write(app, overview, path), self._saved, parent=self, label=label
        )

    def _saved(self, path: Path) -> None:
        window = self.window()
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            bar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 30_000)
        self.saved.emit(path)
