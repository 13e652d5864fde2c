"""The Cold chain page ("Kølekæde"): one tab per view of the cold chain, in ``tabs``.

The Equipment tab (:mod:`.equipment_tab`) lists the places and shows, for the chosen one,
its storage equipment, what each class holds and how full it is.  The Temperature
excursions tab (:mod:`.excursions_tab`) has the excursion history by place, recording
and logger import, the lots an excursion holds and the pharmacist's decisions.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from pharmacy_app.ui.cold_chain.equipment_tab import EquipmentTab
from pharmacy_app.ui.cold_chain.excursions_tab import ExcursionsTab
from pharmacy_app.ui.operations import Operations


class ColdChainPage(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("coldChainPage")
        self.ops = ops
        self.equipment_tab = EquipmentTab(ops)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.excursions_tab = ExcursionsTab(ops)
        self.tabs.addTab(self.equipment_tab, self.tr("Equipment"))
        self.tabs.addTab(self.excursions_tab, self.tr("Temperature excursions"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addWidget(self.tabs)

    def save_state(self) -> None:
        self.equipment_tab.save_state()

    def restore_state(self) -> None:
        self.equipment_tab.restore_state()
