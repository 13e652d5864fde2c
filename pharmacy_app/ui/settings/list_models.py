"""The Settings page's lists of products and sites: small and fully loaded (reference
data is hundreds of rows, not thousands); what is no longer in use is greyed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from pharmacy_app.domain import formats
from pharmacy_app.services.reference import LocationInfo, ProductInfo
from pharmacy_app.services.storage_settings import StorageSummary
from pharmacy_app.ui import fmt, labels
from pharmacy_app.ui.common import storage_labels
from pharmacy_app.ui.common.table_models import LEFT, RIGHT, Column, R, RowsModel
from pharmacy_app.ui.stock.marks import MUTED_FG


def _muted(item: object) -> QColor | None:  # a product or a site
    return None if getattr(item, "active", True) else MUTED_FG


def column(
    title: str, text: Callable[[R], str], right: bool = False, tip: Callable[[R], str | None] | None = None
) -> Column[R]:
    """A column of a reference list: greyed where the item is no longer in use."""
    return Column(title, text=text, align=RIGHT if right else LEFT, tip=tip, foreground=_muted)


class ListModel(RowsModel[R]):
    """A small, fully loaded list (reference data is hundreds of rows, not thousands)."""

    def set_items(self, items: list[R]) -> None:
        self.set_rows(items)

    def item(self, row: int) -> R | None:
        return self.row_at(row)

    def items(self) -> list[R]:
        return self.rows()


class ProductListModel(ListModel[ProductInfo]):
    ITEM_NO, PROGRAMME, SHORT_NAME, NAME, MANUFACTURER, FORM, PER_UNIT, PER_PACK_UNITS, PER_PACK, THAWED, ACTIVE = (
        range(11)
    )

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent=parent)
        self.programme_names: dict[str, str] = {}
        self.columns = [
            column(self.tr("Item no."), lambda p: p.varenummer, tip=lambda p: f"GTIN {p.gtin}" if p.gtin else None),
            column(self.tr("Programme"), lambda p: self.programme_names.get(p.programme_code, p.programme_code)),
            column(self.tr("Short name"), lambda p: p.display_name, tip=self._name_tip),
            column(self.tr("Name"), lambda p: p.name, tip=self._name_tip),
            column(self.tr("Manufacturer"), lambda p: p.manufacturer),
            column(self.tr("Form"), lambda p: labels.form_name(p.form)),
            column(self.tr("Doses/unit"), lambda p: fmt.integer(p.doses_per_unit), right=True),
            column(self.tr("Units/pack"), lambda p: fmt.integer(p.units_per_pack), right=True),
            column(self.tr("Doses/pack"), lambda p: fmt.integer(p.doses_per_pack), right=True),
            column(self.tr("Thawed, days"),
                   lambda p: fmt.integer(p.thawed_shelf_life_days) if p.thawed_shelf_life_days else "", right=True),
            column(self.tr("In use"), lambda p: self.tr("Yes") if p.active else self.tr("No")),
        ]

    @staticmethod
    def _name_tip(p: ProductInfo) -> str:
        return f"{p.name}\n{p.note}" if p.note else p.name


class LocationListModel(ListModel[LocationInfo]):
    CODE, NAME, KIND, STORAGE, REGION, CITY, ACTIVE = range(7)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent=parent)
        self.kind_names: dict[str, str] = {}
        self.region_names: dict[str, str] = {}
        self.storage: dict[str, StorageSummary] = {}
        self.columns = [
            column(self.tr("Code"), lambda loc: loc.code),
            column(self.tr("Name"), lambda loc: loc.name, tip=self._name_tip),
            column(self.tr("Kind"), lambda loc: self.kind_names.get(loc.kind_code or "", loc.kind_code or "")),
            column(self.tr("Storage"), self._storage_text, tip=self._storage_tip),
            column(self.tr("Region"), lambda loc: self.region_names.get(loc.region_code or "", loc.region_code or "")),
            column(self.tr("Postcode and town"), lambda loc: loc.city),
            column(self.tr("In use"), lambda loc: self.tr("Yes") if loc.active else self.tr("No")),
        ]

    def _storage_text(self, loc: LocationInfo) -> str:
        place = self.storage.get(loc.code)
        return storage_labels.equipment_text(place.equipment) if place else ""

    def _storage_tip(self, loc: LocationInfo) -> str | None:
        place = self.storage.get(loc.code)
        if place is None or place.recorded:
            return None
        kind = self.kind_names.get(loc.kind_code or "", loc.kind_code or "")
        return storage_labels.default_text(kind, (e.storage_class for e in place.equipment))

    @staticmethod
    def _name_tip(loc: LocationInfo) -> str | None:
        address = formats.address_line(loc.address, loc.city)
        return f"{loc.name}\n{address}" if address else None
