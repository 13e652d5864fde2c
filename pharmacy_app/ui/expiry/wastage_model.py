"""The Wastage tab's table: per group, doses administered and wasted (closed-vial and
open-vial apart) and the WHO wastage rate, ending with a totals row (the same figures
are what *Export…* writes)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from pharmacy_app.domain import expiry_risk as er
from pharmacy_app.domain.types import VirtualLocation
from pharmacy_app.services.expiry import WastageRow
from pharmacy_app.ui import fmt, labels
from pharmacy_app.ui.common.table_models import Index, TableModel, bold_font

IN_TRANSIT_GROUP = "in_transit"  # the site-kind group of stock lost on its way


def rate_text(rate: float | None) -> str:
    return "–" if rate is None else fmt.number(rate, 1)


class WastageModel(TableModel):
    GROUP, NAME, ADMINISTERED, WASTED, CLOSED, OPEN, RATE = range(7)
    COLUMN_COUNT = 7
    NUMERIC = frozenset({ADMINISTERED, WASTED, CLOSED, OPEN, RATE})

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[WastageRow] = []
        self._names: dict[str, str] = {}
        self._headers = [
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Administered"),
            self.tr("Wasted"),
            self.tr("Closed vial"),
            self.tr("Open vial"),
            self.tr("Wastage %"),
        ]
        self._tips = {
            self.ADMINISTERED: self.tr("Doses given to citizens in the period"),
            self.WASTED: self.tr("Doses discarded in the period, for any reason"),
            self.CLOSED: self.tr("Wasted unopened: expired, broken, temperature failure and the like"),
            self.OPEN: self.tr("Left in an opened multi-dose vial"),
            self.RATE: self.tr("WHO wastage rate: 100 × wasted / (administered + wasted)"),
        }

    def set_result(self, rows: list[WastageRow], names: dict[str, str]) -> None:
        self.beginResetModel()
        self._names = dict(names)
        # Groups shown by name only (programmes, site kinds) are in the order of their names.
        self._rows = sorted(rows, key=lambda r: self.name_of(r).casefold()) if names else list(rows)
        self.endResetModel()

    @property
    def figures(self) -> list[WastageRow]:
        return list(self._rows)

    def total(self) -> WastageRow:
        return WastageRow(
            "",
            self.tr("Total"),
            sum(r.administered for r in self._rows),
            sum(r.wasted for r in self._rows),
            sum(r.closed_vial for r in self._rows),
            sum(r.open_vial for r in self._rows),
        )

    def name_of(self, r: WastageRow) -> str:
        if r.group == IN_TRANSIT_GROUP:  # losses on the way to a site
            return labels.location_name(VirtualLocation.IN_TRANSIT, r.name)
        return self._names.get(r.group, r.name)

    def row_at(self, row: int) -> WastageRow | None:
        if 0 <= row < len(self._rows):
            return self._rows[row]
        if row == len(self._rows) and self._rows:
            return self.total()
        return None

    def export_rows(self) -> list[tuple[object, ...]]:
        out: list[tuple[object, ...]] = []
        for r in [*self._rows, self.total()]:
            rate = er.wastage_rate(r.administered, r.wasted)
            out.append(
                (
                    r.group, self.name_of(r) if r.group else r.name, r.administered, r.wasted,
                    r.closed_vial, r.open_vial, None if rate is None else round(rate, 2),
                )
            )
        return out

    # ------------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._rows) + 1 if self._rows else 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.row_at(index.row()) if index.isValid() else None
        if r is None:
            return None
        col = index.column()
        is_total = index.row() == len(self._rows)
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                r.group,
                r.name if is_total else self.name_of(r),
                fmt.integer(r.administered),
                fmt.integer(r.wasted),
                fmt.integer(r.closed_vial),
                fmt.integer(r.open_vial),
                rate_text(r.rate),
            )
            return values[col]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(col)
        if role == Qt.ItemDataRole.FontRole and is_total:
            return bold_font()
        return None
