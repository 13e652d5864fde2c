"""The Cold chain page ("Kølekæde"): one tab per view of the cold chain, in ``tabs``.

The Equipment tab (:mod:`.equipment_tab`) lists the places and shows, for the chosen one,
its storage equipment, what each class holds and how full it is.  Other views of the
cold chain are added as tabs of :attr:`ColdChainPage.tabs`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from pharmacy_app.ui.cold_chain.equipment_tab import EquipmentTab
from pharmacy_app.ui.operations import Operations


class ColdChainPage(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("coldChainPage")
        self.ops = ops
        self.equipment_tab = EquipmentTab(ops)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.equipment_tab, self.tr("Equipment"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addWidget(self.tabs)

    def save_state(self) -> None:
        self.equipment_tab.save_state()

    def restore_state(self) -> None:
        self.equipment_tab.restore_state()
