"""A site's storage equipment in Settings, driven as a person would: the sites list says
it in a few words, the site form shows the kind's default until it is changed, and
saving records the equipment (only when changed) with the site, read back from the
database."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from pharmacy_app.domain import cold_chain as cc
from pharmacy_app.services import storage_settings
from tests.ui.settings.test_settings import open_settings


def _equipment(app, code):
    place = {p.code: p for p in storage_settings.storage_summaries(app)}[code]
    return place.recorded, [(e.storage_class.value, e.capacity_packs, e.capacity_litres) for e in place.equipment]


def _tick(qtbot, box):
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _type(qtbot, spin, text):
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Tab)


def _row_of(page, code):
    model = page.locations_model
    return next(r for r in range(model.rowCount()) if model.item(r).code == code)


def test_a_mobile_unit_gets_a_fridge_with_a_capacity(qtbot, window, app):
    page = open_settings(qtbot, window)
    page.tabs.setCurrentWidget(page.locations_tab)
    model = page.locations_model
    row = _row_of(page, "MOB-NORD")
    assert model.index(row, model.STORAGE).data() == "Cool box"
    assert model.index(row, model.STORAGE).data(Qt.ItemDataRole.ToolTipRole) == "Default for Mobile unit: cool box"
    table = page.locations_tab.table
    rect = table.visualRect(model.index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(page.locations_tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    editor = dialog.storage_editor
    assert editor.hint.text() == "Default for Mobile unit: cool box"
    assert [c for c in cc.ORDER if editor.checks[c].isChecked()] == [cc.StorageClass.COOLBOX]
    assert not editor.packs[cc.StorageClass.FRIDGE].isEnabled()

    _tick(qtbot, editor.checks[cc.StorageClass.FRIDGE])
    assert editor.packs[cc.StorageClass.FRIDGE].isEnabled()
    _type(qtbot, editor.packs[cc.StorageClass.FRIDGE], "12")
    _type(qtbot, editor.litres[cc.StorageClass.COOLBOX], "25.5")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=30_000)

    assert _equipment(app, "MOB-NORD") == (True, [("fridge", 12, None), ("coolbox", None, 25.5)])
    qtbot.waitUntil(
        lambda: model.index(_row_of(page, "MOB-NORD"), model.STORAGE).data()
        == "Fridge (12 packs), cool box (25.5 l)",
        timeout=30_000,
    )
    # Editing the site again, the form shows what is recorded, and a name change alone
    # leaves the equipment as it is.
    dialog = page.edit_location(model.item(_row_of(page, "MOB-NORD")))
    assert dialog.storage_editor.hint.text() == "Recorded for this site."
    assert dialog.storage_editor.packs[cc.StorageClass.FRIDGE].value() == 12
    assert dialog.storage_to_save() is None
    dialog.name_edit.setText("Mobil enhed Nord")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=30_000)
    assert _equipment(app, "MOB-NORD") == (True, [("fridge", 12, None), ("coolbox", None, 25.5)])


def test_a_new_site_follows_its_kinds_default_and_records_nothing(qtbot, window, app):
    page = open_settings(qtbot, window)
    page.tabs.setCurrentWidget(page.locations_tab)
    qtbot.mouseClick(page.locations_tab.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    editor = dialog.storage_editor
    assert editor.hint.text() == "Default for Central vaccination centre: fridge"
    dialog.code_edit.setText("POP-TST")
    dialog.name_edit.setText("Pop-up Test")
    dialog.kind_combo.setFocus()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("temporary"))
    assert editor.hint.text() == "Default for Temporary site: cool box"
    assert [c for c in cc.ORDER if editor.checks[c].isChecked()] == [cc.StorageClass.COOLBOX]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=30_000)
    assert _equipment(app, "POP-TST") == (False, [("coolbox", None, None)])


def test_no_class_ticked_is_refused_in_the_form_and_nothing_is_saved(qtbot, window, app):
    page = open_settings(qtbot, window)
    dialog = page.edit_location(page.locations_model.item(_row_of(page, "VC-HER")))
    _tick(qtbot, dialog.storage_editor.checks[cc.StorageClass.FRIDGE])
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.problems.isVisible()
    assert dialog.problems.problems == ["Storage: tick at least one class of equipment the site has."]
    assert window.ops.is_idle()
    assert _equipment(app, "VC-HER") == (False, [("fridge", None, None)])
    dialog.reject()


def test_the_storage_form_in_danish(qtbot, app, danish):
    from pharmacy_app.ui.main_window import MainWindow

    w = MainWindow(app)
    qtbot.addWidget(w)
    w.show()
    page = open_settings(qtbot, w)
    dialog = page.edit_location(page.locations_model.item(_row_of(page, "MOB-NORD")))
    editor = dialog.storage_editor
    assert editor.hint.text() == "Standard for Udkørende enhed: køleboks"
    assert editor.checks[cc.StorageClass.ULTRALOW].text() == "Ultrafryser (−90/−60 °C)"
    assert editor.packs[cc.StorageClass.FRIDGE].specialValueText() == "ingen grænse"
    dialog.reject()
    w.close()
