"""The Settings page's lists of products and sites: small and fully loaded (reference
data is hundreds of rows, not thousands); what is no longer in use is greyed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from pharmacy_app.domain import formats
from pharmacy_app.services.reference import LocationInfo, ProductInfo
from pharmacy_app.ui import fmt, labels
from pharmacy_app.ui.common.table_models import ROW_ROLE
from pharmacy_app.ui.stock.marks import MUTED_FG

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class ListModel(QAbstractTableModel):
    """A small, fully loaded list (reference data is hundreds of rows, not thousands)."""

    headers: list[str] = []
    right_columns: frozenset[int] = frozenset()

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._items: list[Any] = []

    def set_items(self, items: list[Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> Any:
        return self._items[row] if 0 <= row < len(self._items) else None

    def items(self) -> list[Any]:
        return list(self._items)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section in self.right_columns else _LEFT
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(item, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if index.column() in self.right_columns else _LEFT
        if role == ROW_ROLE:
            return item
        if role == Qt.ItemDataRole.ForegroundRole and not getattr(item, "active", True):
            return MUTED_FG
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(item, index.column())
        return None

    def display(self, item: Any, column: int) -> str:
        raise TypeError(f"{type(self).__name__} must define display()")

    def tooltip(self, item: Any, column: int) -> str | None:
        return None


class ProductListModel(ListModel):
    ITEM_NO, PROGRAMME, SHORT_NAME, NAME, MANUFACTURER, FORM, PER_UNIT, PER_PACK_UNITS, PER_PACK, THAWED, ACTIVE = (
        range(11)
    )
    right_columns = frozenset({6, 7, 8, 9})

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.headers = [
            self.tr("Item no."),
            self.tr("Programme"),
            self.tr("Short name"),
            self.tr("Name"),
            self.tr("Manufacturer"),
            self.tr("Form"),
            self.tr("Doses/unit"),
            self.tr("Units/pack"),
            self.tr("Doses/pack"),
            self.tr("Thawed, days"),
            self.tr("In use"),
        ]
        self.programme_names: dict[str, str] = {}

    def display(self, p: ProductInfo, column: int) -> str:
        return [
            p.varenummer,
            self.programme_names.get(p.programme_code, p.programme_code),
            p.display_name,
            p.name,
            p.manufacturer,
            labels.form_name(p.form),
            fmt.integer(p.doses_per_unit),
            fmt.integer(p.units_per_pack),
            fmt.integer(p.doses_per_pack),
            fmt.integer(p.thawed_shelf_life_days) if p.thawed_shelf_life_days else "",
            self.tr("Yes") if p.active else self.tr("No"),
        ][column]

    def tooltip(self, p: ProductInfo, column: int) -> str | None:
        if column in (self.NAME, self.SHORT_NAME):
            return f"{p.name}\n{p.note}" if p.note else p.name
        if column == self.ITEM_NO and p.gtin:
            return f"GTIN {p.gtin}"
        return None


class LocationListModel(ListModel):
    CODE, NAME, KIND, REGION, CITY, ACTIVE = range(6)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.headers = [
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("Region"),
            self.tr("Postcode and town"),
            self.tr("In use"),
        ]
        self.kind_names: dict[str, str] = {}
        self.region_names: dict[str, str] = {}

    def display(self, loc: LocationInfo, column: int) -> str:
        return [
            loc.code,
            loc.name,
            self.kind_names.get(loc.kind_code or "", loc.kind_code or ""),
            self.region_names.get(loc.region_code or "", loc.region_code or ""),
            loc.city,
            self.tr("Yes") if loc.active else self.tr("No"),
        ][column]

    def tooltip(self, loc: LocationInfo, column: int) -> str | None:
        address = formats.address_line(loc.address, loc.city)
        if column == self.NAME and address:
            return f"{loc.name}\n{address}"
        return None
