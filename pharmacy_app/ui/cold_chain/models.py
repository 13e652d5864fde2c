"""The Equipment tab's tables: the places with their equipment in a few words (the kind
in the name's tooltip and the filter), and the lots each class of the chosen place holds
(a thawed lot with its thaw day and use-by)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from pharmacy_app.domain import cold_chain as cc
from pharmacy_app.services.storage_settings import StorageSummary, StoredLot
from pharmacy_app.ui import fmt, labels
from pharmacy_app.ui.common import storage_labels
from pharmacy_app.ui.common.table_models import RIGHT, Column, RowsModel

WARN_FG = QColor("#a11d12")


def _storage_tip(p: StorageSummary) -> str:
    text = storage_labels.equipment_text(p.equipment)
    if p.recorded:
        return text
    kind = labels.by_language(p.kind_da, p.kind_en)
    return f"{text}\n{storage_labels.default_text(kind, (e.storage_class for e in p.equipment))}"


class PlaceListModel(RowsModel[StorageSummary]):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent=parent)
        self.columns = [
            Column(self.tr("Code"), key=lambda p: p.code),
            Column(
                self.tr("Name"), key=lambda p: p.name,
                tip=lambda p: f"{p.name}\n{labels.by_language(p.kind_da, p.kind_en)}",
            ),  # fmt: skip
            Column(
                self.tr("Storage"),
                key=lambda p: storage_labels.equipment_text(p.equipment),
                tip=_storage_tip,
            ),
        ]


@dataclass(frozen=True)
class StoredRow:
    """A lot in a class of the chosen place (``installed`` False: a class it lacks)."""

    storage_class: cc.StorageClass
    installed: bool
    lot: StoredLot


def _warn(r: StoredRow) -> QColor | None:
    return None if r.installed else WARN_FG


class StoredLotModel(RowsModel[StoredRow]):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent=parent)
        self.columns = [
            Column(
                self.tr("Class"), key=lambda r: cc.ORDER.index(r.storage_class),
                text=lambda r: storage_labels.class_name(r.storage_class), foreground=_warn,
            ),  # fmt: skip
            Column(self.tr("Product"), key=lambda r: r.lot.product, tip=lambda r: r.lot.varenummer),
            Column(self.tr("Batch"), key=lambda r: r.lot.batch),
            Column(self.tr("Doses"), key=lambda r: r.lot.doses, text=lambda r: fmt.integer(r.lot.doses), align=RIGHT),
            Column(
                self.tr("Use by"), key=lambda r: r.lot.use_by, text=lambda r: fmt.date_text(r.lot.use_by),
                bold=lambda r: r.lot.thawed_on is not None,
                tip=lambda r: self.tr("Thawed: used by this day at the latest") if r.lot.thawed_on else None,
            ),  # fmt: skip
            Column(
                self.tr("Thawed"), key=lambda r: r.lot.thawed_on,
                text=lambda r: fmt.date_text(r.lot.thawed_on) if r.lot.thawed_on else "",
            ),  # fmt: skip
            Column(self.tr("Expiry"), key=lambda r: r.lot.expiry, text=lambda r: fmt.date_text(r.lot.expiry)),
            Column(self.tr("Packs"), key=lambda r: r.lot.packs, text=lambda r: fmt.quantity(r.lot.packs, 1), align=RIGHT),
        ]
