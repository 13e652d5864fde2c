"""The Wastage tab's table: per group, doses administered and wasted (closed-vial and
open-vial apart) and the WHO wastage rate, ending with a totals row (the same figures
are what *Export…* writes)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from pharmacy_app.domain import expiry_risk as er
from pharmacy_app.domain.types import VirtualLocation
from pharmacy_app.services.expiry import WastageRow
from pharmacy_app.ui import fmt, labels
from pharmacy_app.ui.common.table_models import RIGHT, Column, RowsModel

IN_TRANSIT_GROUP = "in_transit"  # the site-kind group of stock lost on its way


def rate_text(rate: float | None) -> str:
    return "–" if rate is None else fmt.number(rate, 1)


class WastageModel(RowsModel[WastageRow]):
    GROUP, NAME, ADMINISTERED, WASTED, CLOSED, OPEN, RATE = range(7)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent=parent)
        self._names: dict[str, str] = {}
        self.columns = [
            Column(self.tr("Code"), text=lambda r: r.group),
            # The totals row (no group) shows its own name.
            Column(self.tr("Name"), text=lambda r: self.name_of(r) if r.group else r.name),
            Column(self.tr("Administered"), text=lambda r: fmt.integer(r.administered), align=RIGHT,
                   header_tip=self.tr("Doses given to citizens in the period")),
            Column(self.tr("Wasted"), text=lambda r: fmt.integer(r.wasted), align=RIGHT,
                   header_tip=self.tr("Doses discarded in the period, for any reason")),
            Column(self.tr("Closed vial"), text=lambda r: fmt.integer(r.closed_vial), align=RIGHT,
                   header_tip=self.tr("Wasted unopened: expired, broken, temperature failure and the like")),
            Column(self.tr("Open vial"), text=lambda r: fmt.integer(r.open_vial), align=RIGHT,
                   header_tip=self.tr("Left in an opened multi-dose vial")),
            Column(self.tr("Wastage %"), text=lambda r: rate_text(r.rate), align=RIGHT,
                   header_tip=self.tr("WHO wastage rate: 100 × wasted / (administered + wasted)")),
        ]

    def set_result(self, rows: list[WastageRow], names: dict[str, str]) -> None:
        self._names = dict(names)
        # Groups shown by name only (programmes, site kinds) are in the order of their names.
        self.set_rows(sorted(rows, key=lambda r: self.name_of(r).casefold()) if names else list(rows))

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

    def totals_row(self) -> WastageRow:
        return self.total()

    def name_of(self, r: WastageRow) -> str:
        if r.group == IN_TRANSIT_GROUP:  # losses on the way to a site
            return labels.location_name(VirtualLocation.IN_TRANSIT, r.name)
        return self._names.get(r.group, r.name)

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
