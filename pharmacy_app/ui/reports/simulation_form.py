"""The settings of a season simulation, as a form on the Simulation tab.

The form says what a run plays: the season (the current one from the app's clock by
default), the seeds (from–to; each seed draws the season's demand anew, several give a
mean and a spread), the policies to compare (all ticked), the sites (all, or those
chosen), cover days and days between rounds (empty: the app's own setting), how many
of the season's days to play (the whole season by default) and the output folder
(remembered per workstation).  :meth:`SimulationForm.settings` turns it
into the engine's :class:`~pharmacy_app.services.simulation.SimulationSettings`; the
engine itself refuses what it cannot run, with the standard message.

What must hold: the form only reads and keeps what the user chose; it never runs
anything and never touches the pharmacy's database.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.domain.forecast import season_start
from pharmacy_app.domain.stock_targets import MAX_ROUND_INTERVAL_DAYS
from pharmacy_app.services.simulation import PolicyInfo, SimulationSettings
from pharmacy_app.services.simulation.engine import MAX_COVER_DAYS, MAX_DAYS, SEASONS
from pharmacy_app.ui import fmt
from pharmacy_app.ui.common.widgets import hint_label, ok_cancel_buttons, settings

OUTPUT_DIR_KEY = "simulation/output_dir"
DEFAULT_SEEDS = (1, 10)
MAX_SEED = 9999
FIELD_WIDTH = 170  # a number's box: room for "App's setting", not the whole column


def current_season(today: date) -> int:
    """The season a day falls in, named by the year it starts (the autumn campaign)."""
    return season_start(today).year


class SiteChooser(QDialog):
    """Tick the sites a run plays; none ticked is refused (all is the form's other choice)."""

    def __init__(
        self, sites: Sequence[tuple[str, str]], chosen: Sequence[str], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("simulationSiteChooser")
        self.setWindowTitle(self.tr("Sites to simulate"))
        self.list = QListWidget()
        self.list.setObjectName("simulationSiteList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for code, name in sites:
            item = QListWidgetItem(f"{code}  {name}")
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = not chosen or code in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda _i: self._update())
        buttons, self.ok_button = ok_cancel_buttons(
            self, self.tr("Use these sites"), self.tr("Cancel"), self.accept
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(self.tr("The run plays only the ticked sites; fewer sites run faster."))
        )
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(420, 460)
        self._update()

    def chosen(self) -> list[str]:
        codes = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                codes.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return codes

    def set_chosen(self, codes: Sequence[str]) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.chosen()))


def _optional_days(name: str, tip: str, most: int) -> QSpinBox:
    """Days (1 to ``most``, the engine's limit), or (at 0, shown as the app's setting) none."""
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(0, most)
    box.setToolTip(tip)
    box.setAccelerated(True)
    return box


class SimulationForm(QWidget):
    """The run's settings; ``policies`` and ``sites`` (code, name) are what may be chosen."""

    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self._policies: list[PolicyInfo] = []
        self._sites: list[tuple[str, str]] = []
        self._chosen_sites: list[str] = []  # empty: all

        self.season = QSpinBox()
        self.season.setObjectName("simulationSeason")
        self.season.setRange(*SEASONS)
        self.season.setValue(current_season(today))
        self.season.setToolTip(self.tr("The autumn season to play, by the year it starts"))
        self.season.setGroupSeparatorShown(False)

        self.seed_from = QSpinBox()
        self.seed_from.setObjectName("simulationSeedFrom")
        self.seed_to = QSpinBox()
        self.seed_to.setObjectName("simulationSeedTo")
        for box, value in ((self.seed_from, DEFAULT_SEEDS[0]), (self.seed_to, DEFAULT_SEEDS[1])):
            box.setRange(1, MAX_SEED)
            box.setValue(value)
            box.setGroupSeparatorShown(False)
            box.setToolTip(
                self.tr(
                    "Each seed draws the season's demand anew; several give a mean and a spread"
                )
            )
        self.seed_from.valueChanged.connect(
            lambda v: self.seed_to.setValue(max(v, self.seed_to.value()))
        )
        self.seed_to.valueChanged.connect(
            lambda v: self.seed_from.setValue(min(v, self.seed_from.value()))
        )
        seeds = QHBoxLayout()
        seeds.setSpacing(6)
        seeds.addWidget(self.seed_from)
        to_label = QLabel(self.tr("to"))
        seeds.addWidget(to_label)
        seeds.addWidget(self.seed_to)
        seeds.addStretch(1)

        self.policy_box = QVBoxLayout()
        self.policy_box.setSpacing(2)
        self.policy_checks: dict[str, QCheckBox] = {}

        self.sites_label = QLabel()
        self.sites_label.setObjectName("simulationSites")
        self.sites_label.setWordWrap(True)
        self.choose_sites_button = QPushButton(self.tr("C&hoose sites…"))
        self.choose_sites_button.setObjectName("simulationChooseSites")
        self.choose_sites_button.setToolTip(self.tr("Simulate only some of the region's sites"))
        self.choose_sites_button.clicked.connect(self.choose_sites)
        self.all_sites_button = QPushButton(self.tr("All"))
        self.all_sites_button.setObjectName("simulationAllSites")
        self.all_sites_button.setToolTip(self.tr("Simulate every site of the region"))
        self.all_sites_button.clicked.connect(lambda: self.set_sites([]))
        site_buttons = QHBoxLayout()
        site_buttons.setSpacing(6)
        site_buttons.addWidget(self.choose_sites_button)
        site_buttons.addWidget(self.all_sites_button)
        site_buttons.addStretch(1)
        sites = QVBoxLayout()
        sites.setSpacing(4)
        sites.addWidget(self.sites_label)
        sites.addLayout(site_buttons)

        app_setting = self.tr("App's setting")
        self.cover_days = _optional_days(
            "simulationCoverDays",
            self.tr("Days of use a round sends; the app's setting per kind of site when not given"),
            MAX_COVER_DAYS,
        )
        self.cover_days.setSpecialValueText(app_setting)
        self.cover_days.setSuffix(self.tr(" days"))
        self.round_every = _optional_days(
            "simulationRoundEvery",
            self.tr("Days between distribution rounds; the app's setting when not given"),
            MAX_ROUND_INTERVAL_DAYS,
        )
        self.round_every.setSpecialValueText(app_setting)
        self.round_every.setSuffix(self.tr(" days"))

        self.days = _optional_days(
            "simulationDays",
            self.tr(
                "Play only the season's first days, for a quick look; the whole season when not given"
            ),
            MAX_DAYS,
        )
        self.days.setSpecialValueText(self.tr("Whole season"))
        self.days.setSuffix(self.tr(" days"))

        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("simulationFolder")
        self.folder_edit.setToolTip(
            self.tr(
                "Each run writes its workbook, chart and simulated databases into a new folder "
                "in this one (remembered on this computer)"
            )
        )
        self.folder_edit.setText(self._default_folder())
        self.folder_edit.editingFinished.connect(
            lambda: self.set_output_dir(self.folder_edit.text())
        )
        self.choose_folder_button = QPushButton(self.tr("Choose…"))
        self.choose_folder_button.setObjectName("simulationChooseFolder")
        self.choose_folder_button.setToolTip(self.tr("Choose the folder the simulation writes to"))
        self.choose_folder_button.clicked.connect(self.choose_output_dir)
        folder = QHBoxLayout()
        folder.setSpacing(6)
        folder.addWidget(self.folder_edit, 1)
        folder.addWidget(self.choose_folder_button)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for box in (self.season, self.cover_days, self.round_every, self.days):
            box.setMaximumWidth(FIELD_WIDTH)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self._row(form, self.tr("&Season"), self.season)
        self._row(form, self.tr("S&eeds"), seeds, self.seed_from)
        form.addRow(QLabel(self.tr("Policies")), self.policy_box)
        form.addRow(QLabel(self.tr("Sites")), sites)
        self._row(form, self.tr("Co&ver days"), self.cover_days)
        self._row(form, self.tr("&Days between rounds"), self.round_every)
        self._row(form, self.tr("Da&ys played"), self.days)
        self._row(form, self.tr("Output fo&lder"), folder, self.folder_edit)
        self._show_sites()

    @staticmethod
    def _row(
        form: QFormLayout, text: str, field: QWidget | QHBoxLayout, buddy: QWidget | None = None
    ) -> None:
        label = QLabel(text)
        target = buddy if buddy is not None else field if isinstance(field, QWidget) else None
        if target is not None:
            label.setBuddy(target)
        form.addRow(label, field)

    # ------------------------------------------------------------------ choices

    def set_policies(self, policies: Sequence[PolicyInfo]) -> None:
        """One check box per policy (the engine's words, in the UI language), all ticked."""
        for box in self.policy_checks.values():
            self.policy_box.removeWidget(box)
            box.deleteLater()
        self.policy_checks = {}
        self._policies = list(policies)
        for p in self._policies:
            box = QCheckBox(p.label.text(fmt.language()))
            box.setObjectName(f"simulationPolicy_{p.name}")
            box.setToolTip(p.description.text(fmt.language()))
            box.setChecked(True)
            self.policy_box.addWidget(box)
            self.policy_checks[p.name] = box

    def set_site_choices(self, sites: Sequence[tuple[str, str]]) -> None:
        """The region's sites (code, name) the chooser offers."""
        self._sites = list(sites)
        self._chosen_sites = [
            c for c in self._chosen_sites if c in {code for code, _n in self._sites}
        ]
        self._show_sites()

    def set_sites(self, codes: Sequence[str]) -> None:
        """Simulate ``codes`` only; none (or every one) means all the region's sites."""
        every = {code for code, _n in self._sites}
        chosen = list(dict.fromkeys(codes))
        self._chosen_sites = [] if set(chosen) == every else chosen
        self._show_sites()

    def choose_sites(self) -> SiteChooser:
        """Open the chooser (window-modal, not blocking); it is returned for tests."""
        dialog = SiteChooser(self._sites, self._chosen_sites, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.set_sites(dialog.chosen()))
        dialog.open()
        return dialog

    def _show_sites(self) -> None:
        if not self._chosen_sites:
            self.sites_label.setText(
                self.tr("All the region's sites (%1)").replace("%1", str(len(self._sites)))
                if self._sites
                else self.tr("All the region's sites")
            )
        else:
            self.sites_label.setText(
                self.tr("%1 of %2: %3")
                .replace("%1", str(len(self._chosen_sites)))
                .replace("%2", str(len(self._sites)))
                .replace("%3", ", ".join(self._chosen_sites))
            )
        self.all_sites_button.setEnabled(bool(self._chosen_sites))
        self.choose_sites_button.setEnabled(bool(self._sites))

    # ------------------------------------------------------------------ values

    def chosen_policies(self) -> tuple[str, ...]:
        return tuple(name for name, box in self.policy_checks.items() if box.isChecked())

    def site_choices(self) -> list[tuple[str, str]]:
        return list(self._sites)

    def site_count(self) -> int:
        return len(self._sites)

    def chosen_sites(self) -> tuple[str, ...]:
        return tuple(self._chosen_sites)

    def seeds(self) -> tuple[int, ...]:
        return tuple(range(self.seed_from.value(), self.seed_to.value() + 1))

    def settings(self) -> SimulationSettings:
        """What the engine is asked to run."""
        return SimulationSettings(
            season=self.season.value(),
            seeds=self.seeds(),
            policies=self.chosen_policies(),
            site_codes=self.chosen_sites(),
            cover_days=self.cover_days.value() or None,
            round_every=self.round_every.value() or None,
            days=self.days.value() or None,
        )

    def output_dir(self) -> Path:
        return Path(self.folder_edit.text().strip() or self._default_folder())

    def set_output_dir(self, path: str | Path) -> None:
        text = str(path).strip() or self._default_folder()
        if self.folder_edit.text() != text:
            self.folder_edit.setText(text)
        settings().setValue(OUTPUT_DIR_KEY, text)

    def choose_output_dir(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the simulation"), str(self.output_dir())
        )
        if chosen:
            self.set_output_dir(chosen)

    @staticmethod
    def _default_folder() -> str:
        stored = settings().value(OUTPUT_DIR_KEY)
        if isinstance(stored, str) and stored.strip():
            return stored
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return str(Path(documents or Path.home()) / "Simulering")
