"""The programme, product and location filters of the Stock page and the Expiry
overview: what they offer (loaded on a worker thread) and how they are refilled.

A refill keeps what was chosen and emits no signal, so a page reloads once, not once
per combo box; the product filter offers only the products of the chosen programme.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from pharmacy_app.services import reference
from pharmacy_app.services.app import App
from pharmacy_app.ui import labels


@dataclass(frozen=True)
class FilterChoices:
    programmes: list[reference.ProgrammeInfo]
    products: list[reference.ProductInfo]
    locations: list[reference.LocationInfo]


def load_filter_choices(app: App) -> FilterChoices:
    return FilterChoices(
        reference.list_programmes(app),
        reference.list_products(app),
        reference.list_locations(app),
    )


def filter_combo(name: str, width: int) -> QComboBox:
    """A filter's drop-down: ``width`` pixels wide, up to 100 more for long names."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setMinimumWidth(width)
    combo.setMaximumWidth(width + 100)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    return combo


def select_data(combo: QComboBox, data: object) -> None:
    """Choose the item that carries ``data`` (the first item if none does)."""
    index = combo.findData(data) if data is not None else 0
    combo.setCurrentIndex(index if index >= 0 else 0)


def fill_filter_combos(
    programme_combo: QComboBox,
    location_combo: QComboBox,
    choices: FilterChoices,
    all_programmes: str,
    all_locations: str,
    location_text: Callable[[reference.LocationInfo], str],
) -> None:
    """Refill the programme and location filters, keeping what was chosen, quietly."""
    keep_programme = programme_combo.currentData()
    keep_location = location_combo.currentData()
    for combo in (programme_combo, location_combo):
        combo.blockSignals(True)
        combo.clear()
    programme_combo.addItem(all_programmes, None)
    for p in choices.programmes:
        programme_combo.addItem(labels.by_language(p.name_da, p.name_en), p.code)
    location_combo.addItem(all_locations, None)
    for loc in choices.locations:
        location_combo.addItem(location_text(loc), loc.id)
        location_combo.setItemData(location_combo.count() - 1, f"{loc.name} ({loc.code})", Qt.ItemDataRole.ToolTipRole)
    select_data(programme_combo, keep_programme)
    select_data(location_combo, keep_location)
    for combo in (programme_combo, location_combo):
        combo.blockSignals(False)


def fill_product_combo(
    product_combo: QComboBox,
    choices: FilterChoices,
    programme: str | None,
    all_products: str,
    tooltip: Callable[[reference.ProductInfo], str] | None = None,
) -> None:
    """Refill the product filter with the products of ``programme`` (all if none),
    keeping what was chosen, quietly."""
    keep = product_combo.currentData()
    product_combo.blockSignals(True)
    product_combo.clear()
    product_combo.addItem(all_products, None)
    for p in choices.products:
        if programme and p.programme_code != programme:
            continue
        product_combo.addItem(p.display_name, p.id)
        if tooltip is not None:
            product_combo.setItemData(product_combo.count() - 1, tooltip(p), Qt.ItemDataRole.ToolTipRole)
    select_data(product_combo, keep)
    product_combo.blockSignals(False)
