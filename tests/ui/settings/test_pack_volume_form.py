"""A product's pack volume in its Settings form: shown from the catalogue, typed as a
person would, saved and read back; cleared, it is "not known"."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pharmacy_app.services import reference
from tests.ui.settings.test_settings import open_settings


def test_the_pack_volume_is_shown_and_edited(qtbot, window, app):
    page = open_settings(qtbot, window)
    model = page.products_model
    row = next(r for r in range(model.rowCount()) if model.item(r).varenummer == "412345")
    dialog = page.edit_product(model.item(row))
    spin = dialog.pack_volume_spin
    assert spin.value() == 60 and spin.text() == "60 ml"
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "75")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=30_000)
    saved = {p.varenummer: p for p in reference.list_products(app)}["412345"]
    assert saved.pack_volume_ml == 75.0

    dialog = page.edit_product(saved)
    dialog.pack_volume_spin.setValue(0)
    assert dialog.pack_volume_spin.text() == "not known"
    assert dialog.build().pack_volume_ml is None
    dialog.reject()
