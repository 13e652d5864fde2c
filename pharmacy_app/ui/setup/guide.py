"""Guiding a newcomer through the set-up of a new database.

:class:`SetupGuide` sits at the top of the Stock page while nothing has happened in the
database yet: the three steps of :mod:`pharmacy_app.domain.first_run` (home pharmacy,
the region's sites, the first delivery), each with what it means, whether it is done
and the buttons that do it (the home pharmacy is chosen with
:mod:`.home_pharmacy_dialog`).  It goes away once the first delivery is in stock.

What must hold: every change goes through the services (:mod:`pharmacy_app.services.setup`)
on the operations helper; the guide only shows what the database says.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pharmacy_app.domain.changes import Change
from pharmacy_app.domain.first_run import SetupState, Step
from pharmacy_app.services import reference, setup
from pharmacy_app.services.app import App
from pharmacy_app.ui.common.widgets import push_button
from pharmacy_app.ui.operations import Operations
from pharmacy_app.ui.ops import settings as settings_ops
from pharmacy_app.ui.settings.location_dialog import LocationDialog
from pharmacy_app.ui.setup.home_pharmacy_dialog import HomePharmacyDialog

RELEVANT_CHANGES = Change.SETTINGS | Change.REFERENCE | Change.RECEIVING | Change.STOCK

GUIDE_STYLE = """
QFrame#setupGuide { background: #eef4fb; border: 1px solid #b7cde6; border-radius: 6px; }
QFrame#setupGuide QLabel { background: transparent; }
QLabel#guideTitle { font-weight: bold; }
QLabel[stepState="done"] { color: #1d6b35; }
QLabel[stepState="waiting"] { color: #6b7178; }
QLabel#stepNumber { border-radius: 12px; font-weight: bold; qproperty-alignment: AlignCenter; }
QLabel#stepNumber[stepState="current"] { background: #1f5fa8; color: white; }
QLabel#stepNumber[stepState="done"] { background: #2e8b57; color: white; }
QLabel#stepNumber[stepState="waiting"] { background: #d5dde6; color: #4a5057; }
"""
@dataclass(frozen=True)
class GuideData:
    state: SetupState
    catalogue: list[setup.CatalogueSite]
    kinds: list[reference.KindInfo]
    regions: list[reference.RegionInfo]


def load_guide_data(app: App) -> GuideData:
    state = setup.setup_state(app)
    catalogue = setup.catalogue_sites(app) if state.home_code else []
    return GuideData(state, catalogue, reference.list_location_kinds(app), reference.list_regions(app))


def _restyle(widget: QWidget, state: str) -> None:
    widget.setProperty("stepState", state)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class _StepRow(QWidget):
    """One step of the guide: its number, what it is, how far, and its buttons."""

    def __init__(self, number: int, title: str, buttons: list[QPushButton], parent: QWidget | None = None):
        super().__init__(parent)
        self.plain_number = str(number)
        self.state = "waiting"
        self.number = QLabel(self.plain_number)
        self.number.setObjectName("stepNumber")
        self.number.setFixedSize(24, 24)
        self.title = QLabel(title)
        self.title.setObjectName("stepTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel()
        self.text.setObjectName("stepText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = buttons
        button_row = QHBoxLayout()
        button_row.setContentsMargins(0, 0, 0, 0)
        button_row.setSpacing(6)
        for button in buttons:
            button_row.addWidget(button)
        button_row.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        grid.addWidget(self.number, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(self.text, 1, 1)
        grid.addLayout(button_row, 2, 1)
        grid.setColumnStretch(1, 1)

    def show_state(self, state: str, text: str) -> None:
        """``state``: ``done``, ``current`` or ``waiting``."""
        self.state = state
        self.number.setText("✓" if state == "done" else self.plain_number)
        for widget in (self.number, self.text):
            _restyle(widget, state)
        self.text.setText(text)


class SetupGuide(QFrame):
    """The first-run guide on the Stock page (hidden once anything has been received)."""

    receive_requested = Signal()
    import_requested = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self._ops = ops
        self.setObjectName("setupGuide")
        self.setStyleSheet(GUIDE_STYLE)
        self.data: GuideData | None = None
        self.dialog: QWidget | None = None
        self._loaded = False

        self.heading = QLabel(self.tr("Welcome: three steps to the first delivery"))
        self.heading.setObjectName("guideTitle")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.heading.setFont(font)
        self.intro = QLabel(
            self.tr(
                "This database is new. Choose the home pharmacy, add the sites it supplies "
                "and receive the first delivery from SSI; the stock then appears below."
            )
        )
        self.intro.setWordWrap(True)

        self.home_button = push_button(self.tr("Choose home pharmacy…"), "guideHome")
        self.load_button = push_button(self.tr("Load the centres"), "guideLoadSites")
        self.add_site_button = push_button(self.tr("Add a site…"), "guideAddSite")
        self.receive_button = push_button(self.tr("Receive a delivery…"), "guideReceive")
        self.import_button = push_button(self.tr("Import a delivery note…"), "guideImport")
        self.steps = {
            Step.HOME: _StepRow(1, self.tr("Home pharmacy"), [self.home_button]),
            Step.SITES: _StepRow(2, self.tr("Sites"), [self.load_button, self.add_site_button]),
            Step.DELIVERY: _StepRow(3, self.tr("First delivery"), [self.receive_button, self.import_button]),
        }
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        for row in self.steps.values():
            layout.addWidget(row)

        self.home_button.clicked.connect(self.choose_home)
        self.load_button.clicked.connect(self.load_sites)
        self.add_site_button.clicked.connect(self.add_site)
        self.receive_button.clicked.connect(self.receive_requested)
        self.import_button.clicked.connect(self.import_requested)
        ops.changed.connect(self._changed)
        self.hide()  # until the database says this is a first run

    # ------------------------------------------------------------------ data

    def refresh(self) -> None:
        self._ops.query(load_guide_data, self._arrived, parent=self)

    def _changed(self, changes: Change) -> None:
        # Shown (even on a page not in front) or not known yet; once hidden it stays so.
        if changes & RELEVANT_CHANGES and (not self.isHidden() or not self._loaded):
            self.refresh()

    def _arrived(self, data: GuideData) -> None:
        self._loaded = True
        self.data = data
        state = data.state
        self.setVisible(state.first_run)
        current = state.next_step
        home_done = state.done(Step.HOME)

        def status(step: Step) -> str:
            if state.done(step):
                return "done"
            return "current" if step is current else "waiting"

        if home_done:
            home_text = self.tr("%1, %2. Deliveries are received here.").replace("%1", state.home_name).replace(
                "%2", state.region_name
            )
        else:
            home_text = self.tr(
                "The pharmacy this installation works for; it also decides the region. "
                "There is no default: nothing can be received until it is chosen."
            )
        self.steps[Step.HOME].show_state(status(Step.HOME), home_text)
        self.home_button.setText(self.tr("Change…") if home_done else self.tr("Choose home pharmacy…"))

        missing = [s for s in data.catalogue if not s.exists]
        if missing:
            self.load_button.setText(self.tr("Load %Ln centre(s)", None, len(missing)))
        else:
            self.load_button.setText(self.tr("Centres loaded"))
        self.load_button.setEnabled(home_done and bool(missing))
        self.load_button.setVisible(bool(data.catalogue))
        self.add_site_button.setEnabled(home_done)
        if not home_done:
            sites_text = self.tr("Choose the home pharmacy first: the sites are those of its region.")
        else:
            parts = []
            if state.sites:
                parts.append(
                    self.tr("%Ln site(s) in %1.", None, state.sites).replace("%1", state.region_name)
                )
            if missing:
                names = ", ".join(s.place for s in missing)
                parts.append(
                    self.tr("The catalogue names %Ln central vaccination centre(s) not added yet: %1.", None, len(missing))
                    .replace("%1", names)
                )
            parts.append(
                self.tr("Add the other sites (decentral, temporary, mobile units) here or under Settings, Sites.")
            )
            sites_text = " ".join(parts)
        self.steps[Step.SITES].show_state(status(Step.SITES), sites_text)

        self.receive_button.setEnabled(home_done)
        self.import_button.setEnabled(home_done)
        delivery_text = self.tr(
            "Receive the first delivery note from SSI on the Receiving page: scan the packs, "
            "type the lines or import the note's file."
        )
        self.steps[Step.DELIVERY].show_state(status(Step.DELIVERY), delivery_text)

    # ------------------------------------------------------------------ actions

    def choose_home(self) -> HomePharmacyDialog:
        current = self.data.state.home_code if self.data is not None else None
        dialog = HomePharmacyDialog(self._ops, current, self)
        self._open(dialog)
        return dialog

    def load_sites(self) -> None:
        self.load_button.setEnabled(False)
        settings_ops.load_catalogue_sites(self).run(self._ops, self.tr("Adding the sites…"))

    def add_site(self) -> LocationDialog | None:
        if self.data is None:
            return None
        dialog = LocationDialog(self._ops, self.data.kinds, self.data.regions, None, self)
        region = dialog.region_combo.findData(self.data.state.region_code)
        if region >= 0:
            dialog.region_combo.setCurrentIndex(region)
        kind = dialog.kind_combo.findData("decentral")
        if kind >= 0:
            dialog.kind_combo.setCurrentIndex(kind)
        self._open(dialog)
        return dialog

    def _open(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.destroyed.connect(lambda _o=None, d=dialog: self._forget(d))
        dialog.open()  # type: ignore[attr-defined]

    def _forget(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None
