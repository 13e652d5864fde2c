"""The Simulation tab of the Reports page: play a season with the app's own policies and
compare them, from the window.

The form (:mod:`.simulation_form`) says what to play; **Run simulation** (Alt+R, or Enter
anywhere on the form) hands it to the engine (:func:`pharmacy_app.services.simulation.run`)
on the long-work thread of :class:`~pharmacy_app.ui.operations.Operations`, with a
progress dialog whose Cancel stops the engine between days.  Each run writes into a
new folder of its own in the output folder (``simulering-2026-01``, …): a new scratch
database (:data:`SCRATCH_DB_NAME`), never the pharmacy's, the workbook and the chart.
The engine refuses what it cannot run (a database there that holds data, an output
folder that is not a folder, a setting out of range), shown by the standard message.
Cancelling leaves no file behind (the engine removes what it wrote; SQLite's side files
and the empty run folder are removed here) and says so under the form.  The results (:mod:`.simulation_results`) are the
engine's own figures: the comparison table, the targets, the chart it wrote and the
assumptions under it.

What must hold: nothing here computes a figure; the tab shows what the engine returned.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.services import simulation
from pharmacy_app.services.app import App
from pharmacy_app.services.simulation import Comparison, SimulationSettings
from pharmacy_app.services.simulation import sites as simulation_sites
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.widgets import bold, hint_label
from pharmacy_app.ui.operations import Cancelled, Operations, Progress
from pharmacy_app.ui.reports.simulation_form import SimulationForm
from pharmacy_app.ui.reports.simulation_results import SimulationResults

SCRATCH_DB_NAME = "simulering.sqlite"
RUN_FOLDER = "simulering"  # each run's folder in the output folder: simulering-2026-01, …
FORM_WIDTH = 340


def scratch_files(db_path: Path) -> list[Path]:
    """The scratch database and SQLite's files beside it."""
    return [db_path.with_name(db_path.name + suffix) for suffix in ("", "-wal", "-shm", "-journal")]


@dataclass(frozen=True)
class RunWords:
    """How the progress dialog names the run under way (made on the GUI thread):
    ``template`` with %2 the policy's words and %3 the seed; the policies' words by name."""

    template: str
    labels: dict[str, str]

    def text(self, engine_text: str) -> str:
        """The engine says ``"<policy> <seed>"``; anything else is shown as it is."""
        name, _, seed = engine_text.rpartition(" ")
        if name not in self.labels:
            return engine_text
        return self.template.replace("%2", self.labels[name]).replace("%3", seed)


def run_folder(base: Path, season: int) -> Path:
    """The first ``simulering-<season>-NN`` folder in ``base`` that is not there yet: each
    run has its own, so a run never overwrites an earlier one's files."""
    n = 1
    while (base / f"{RUN_FOLDER}-{season}-{n:02d}").exists():
        n += 1
    return base / f"{RUN_FOLDER}-{season}-{n:02d}"


def simulate(
    settings: SimulationSettings, base: Path, language: str, words: RunWords, progress: Progress
) -> Comparison:
    """Run the engine into a new run folder in ``base`` (:func:`run_folder`; the files in
    ``language``).  A folder that cannot be made is left to the engine's refusal (it
    names the path).  On cancel, also remove SQLite's side files of the scratch database;
    the run folder, left empty by a refusal or cancel, is removed again."""
    out_dir = run_folder(base, settings.season)
    db_path = out_dir / SCRATCH_DB_NAME
    with suppress(OSError):  # e.g. the output folder is a file: the engine refuses, naming the path
        out_dir.mkdir(parents=True)
    try:
        return simulation.run(
            settings,
            db_path=db_path,
            out_dir=out_dir,
            progress=lambda done, total, text: progress.update(done, total, words.text(text)),
            cancelled=lambda: progress.cancelled,
            language=language,
        )
    except BaseException:
        if progress.cancelled:
            for path in scratch_files(db_path):
                path.unlink(missing_ok=True)
        if out_dir.is_dir() and not any(out_dir.iterdir()):
            out_dir.rmdir()
        if progress.cancelled:
            raise Cancelled() from None
        raise


def region_sites(_app: App) -> list[tuple[str, str]]:
    """The sites (code, name) a run may play: the simulated region's, not the pharmacy's."""
    return simulation_sites.sites()


class SimulationTab(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("simulationTab")
        self.ops = ops
        self.comparison: Comparison | None = None
        self._running = False
        self._started = False

        self.form = SimulationForm(ops.app.today())
        self.form.set_policies(simulation.policies())
        self.run_button = QPushButton(self.tr("&Run simulation"))
        self.run_button.setObjectName("simulationRun")
        self.run_button.setToolTip(
            self.tr("Play the season with each policy chosen and compare them (Enter)")
        )
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        self.message = QLabel()
        self.message.setObjectName("simulationMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.setSpacing(8)
        left_layout.addWidget(bold(QLabel(self.tr("Season simulation"))))
        left_layout.addWidget(
            hint_label(
                self.tr(
                    "Plays a whole season day by day on a new database in the output folder, with "
                    "the app's own rules deciding rounds, FEFO and rebalancing; the pharmacy's "
                    "database is never touched."
                )
            )
        )
        left_layout.addWidget(self.form)
        run_row = QHBoxLayout()
        run_row.addWidget(self.run_button)
        run_row.addStretch(1)
        left_layout.addLayout(run_row)
        left_layout.addWidget(self.message)
        left_layout.addStretch(1)
        form_box = QScrollArea()
        form_box.setObjectName("simulationFormBox")
        form_box.setWidget(left)
        form_box.setWidgetResizable(True)
        form_box.setFrameShape(QFrame.Shape.NoFrame)
        form_box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form_box.setFixedWidth(FORM_WIDTH)

        self.results = SimulationResults()
        self.results.open_folder_button.clicked.connect(self.open_folder)
        self.results.open_workbook_button.clicked.connect(self.open_workbook)
        self.results.chart.clicked.connect(self.open_chart)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addWidget(form_box)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(self.results, 1)
        self.ops.busy_changed.connect(lambda _b: self._update_state())
        self._update_state()

    # ------------------------------------------------------------------ public

    def start(self) -> None:
        """First showing: the region's sites for the chooser."""
        if not self._started:
            self._started = True
            self.ops.query(region_sites, self.form.set_site_choices, parent=self)

    def run(self) -> None:
        if self._running:
            return
        settings, out_dir, language = self.form.settings(), self.form.output_dir(), fmt.language()
        self.form.set_output_dir(out_dir)
        self._running = True
        self._update_state()
        label = self.tr("Simulating the season %1…").replace("%1", str(settings.season))
        words = RunWords(
            self.tr("Simulating the season %1: %2, seed %3…").replace("%1", str(settings.season)),
            {p.name: p.label.text(language) for p in simulation.policies()},
        )
        self.message.setText(label)
        self.ops.query(
            lambda _app, progress: simulate(settings, out_dir, language, words, progress),
            self._done,
            failure=self._failed,
            parent=self,
            label=label,
            with_progress=True,
            cancellable=True,
            cancelled=self._cancelled,
        )

    def open_folder(self) -> None:
        folder = self.results.folder()
        if folder is not None:
            self._open(folder)

    def open_chart(self) -> None:
        chart = self.results.chart_file()
        if chart is not None:
            self._open(chart)

    def open_workbook(self) -> None:
        workbook = self.results.workbook()
        if workbook is not None:
            self._open(workbook)

    # ------------------------------------------------------------------ results

    def _done(self, comparison: Comparison) -> None:
        self._running = False
        self.comparison = comparison
        self.results.show_comparison(comparison)
        self.message.setText(
            self.tr("Done: the files are in %1.").replace("%1", str(self.results.folder()))
        )
        self._update_state()

    def _failed(self, _err: BaseException) -> bool:
        self._running = False
        self.message.setText(self.tr("The simulation did not run; nothing was written."))
        self._update_state()
        return False  # shown by the standard message

    def _cancelled(self) -> None:
        self._running = False
        self.message.setText(self.tr("The simulation was cancelled; no files were written."))
        self._update_state()

    def _update_state(self) -> None:
        self.run_button.setEnabled(not self._running)
        self.form.setEnabled(not self._running)

    def _open(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # Enter in a field of the form runs (the fields pass Enter on; a page has no default button).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.run_button.isEnabled():
            self.run()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: object) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[arg-type]
        self.start()
