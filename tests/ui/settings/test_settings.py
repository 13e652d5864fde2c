"""Settings: products and sites through their forms, general settings, and refresh."""

from PySide6.QtCore import QSettings, Qt

from pharmacy_app.services import reference
from pharmacy_app.ui.main_window import SETTINGS
from tests.ui.conftest import wait_idle


def open_settings(qtbot, window):
    window.show_page(SETTINGS)
    page = window.settings_page
    qtbot.waitUntil(lambda: page.data is not None and window.ops.is_idle(), timeout=30_000)
    return page


def test_products_and_sites_are_listed(qtbot, window, app):
    page = open_settings(qtbot, window)
    assert page.products_model.rowCount() == len(reference.list_products(app)) == 11
    codes = [page.locations_model.item(r).code for r in range(page.locations_model.rowCount())]
    assert "VC-HER" in codes and "RH-APO" in codes and "SSI" not in codes
    row = codes.index("VC-HER")
    assert page.locations_model.index(row, page.locations_model.KIND).data() == "Central vaccination centre"
    assert page.locations_model.index(row, page.locations_model.REGION).data() == "Region Hovedstaden"


def test_add_a_product_through_the_form(qtbot, window, app):
    page = open_settings(qtbot, window)
    qtbot.mouseClick(page.products_tab.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.varenummer_edit.setText("999001")
    dialog.gtin_edit.setText("")
    dialog.programme_combo.setCurrentIndex(dialog.programme_combo.findData("influenza"))
    dialog.name_edit.setText("Testvax Tetra fyldt injektionssprøjte")
    dialog.manufacturer_edit.setText("Acme Vaccines")
    dialog.form_combo.setCurrentIndex(dialog.form_combo.findData("prefilled syringe"))
    dialog.doses_per_unit_spin.setValue(1)
    dialog.units_per_pack_spin.setValue(10)
    dialog.fridge_min.setText("2")
    dialog.fridge_max.setText("8")
    assert "10" in dialog.doses_per_pack_label.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=30_000)

    saved = {p.varenummer: p for p in reference.list_products(app)}["999001"]
    assert saved.name == "Testvax Tetra fyldt injektionssprøjte"
    assert saved.short_name == "Testvax Tetra"  # left empty: made from the name
    assert saved.programme_code == "influenza"
    assert saved.form == "prefilled syringe"
    assert (saved.doses_per_unit, saved.units_per_pack) == (1, 10)
    assert (saved.fridge_min_c, saved.fridge_max_c) == (2, 8)
    assert saved.thawed_shelf_life_days is None and saved.in_use_hours_after_opening is None
    # Every page follows: the product list here and the stock page's product filter.
    qtbot.waitUntil(lambda: page.products_model.rowCount() == 12, timeout=30_000)
    wait_idle(qtbot, window)
    stock_products = window.stock_page.product_combo
    assert stock_products.findText("Testvax Tetra") > 0


def test_a_bad_product_is_refused_with_every_problem_and_the_form_stays(qtbot, window, app):
    before = reference.list_products(app)
    page = open_settings(qtbot, window)
    dialog = page.edit_product(None)
    dialog.varenummer_edit.setText("12a")
    dialog.gtin_edit.setText("12345")
    dialog.name_edit.setText("")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problems.isVisible(), timeout=30_000)
    problems = dialog.problems.problems
    assert len(problems) == 3
    joined = "\n".join(problems)
    assert "'12a'" in joined and "'12345'" in joined
    assert "Name must be filled in." in problems
    assert dialog.isVisible() and page.dialog is dialog
    assert dialog.varenummer_edit.text() == "12a"  # what was typed is kept
    assert reference.list_products(app) == before
    assert window.ops.open_message_boxes() == []  # shown in the form, not in a box

    # Fixing the problems and saving again works from the same form.
    dialog.varenummer_edit.setText("999002")
    dialog.gtin_edit.setText("")
    dialog.name_edit.setText("Fixed")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=30_000)
    assert "999002" in {p.varenummer for p in reference.list_products(app)}


def test_problems_are_shown_in_danish_in_a_danish_ui(qtbot, app, danish):
    from pharmacy_app.ui.main_window import MainWindow

    window = MainWindow(app)
    qtbot.addWidget(window)
    window.show()
    page = open_settings(qtbot, window)
    dialog = page.edit_product(None)
    assert dialog.windowTitle() == "Ny vare"
    dialog.varenummer_edit.setText("12a")
    dialog.name_edit.setText("")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problems.isVisible(), timeout=30_000)
    assert dialog.problems.problems == [
        "Navn skal udfyldes.",
        "Varenr.: '12a' er ikke gyldig (kun cifre).",
    ]
    dialog.reject()
    window.close()


def test_a_local_temperature_problem_is_caught_before_saving(qtbot, window, app):
    page = open_settings(qtbot, window)
    dialog = page.edit_product(page.products_model.item(0))
    dialog.fridge_min.setText("9")
    dialog.fridge_max.setText("2")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.problems.isVisible()
    assert "lowest temperature" in dialog.problems.problems[0]
    assert window.ops.is_idle()
    dialog.reject()


def test_edit_a_product_by_double_click(qtbot, window, app):
    page = open_settings(qtbot, window)
    table = page.products_tab.table
    rect = table.visualRect(page.products_model.index(0, 2))
    # A double click as a person makes it: press, release, then the double click.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.dialog
    original = page.products_model.item(0)
    assert dialog is not None and dialog.varenummer_edit.text() == original.varenummer
    dialog.note_edit.setPlainText("keep upright")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=30_000)
    saved = {p.id: p for p in reference.list_products(app)}[original.id]
    assert saved.note == "keep upright"
    assert saved.name == original.name and saved.thawed_shelf_life_days == original.thawed_shelf_life_days


def test_add_a_site_and_it_appears_in_the_stock_filter(qtbot, window, app):
    page = open_settings(qtbot, window)
    page.tabs.setCurrentWidget(page.locations_tab)
    qtbot.mouseClick(page.locations_tab.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.code_edit.setText("VC-TST")
    dialog.name_edit.setText("Vaccinationscenter Test")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("decentral"))
    dialog.region_combo.setCurrentIndex(dialog.region_combo.findData("1084"))
    dialog.city_edit.setText("Glostrup")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=30_000)
    site = {loc.code: loc for loc in reference.list_locations(app)}["VC-TST"]
    assert (site.kind_code, site.region_code, site.city) == ("decentral", "1084", "Glostrup")
    wait_idle(qtbot, window)
    assert window.stock_page.location_combo.findText("Vaccinationscenter Test") > 0


def test_a_taken_site_code_is_refused(qtbot, window, app):
    page = open_settings(qtbot, window)
    dialog = page.edit_location(None)
    dialog.code_edit.setText("VC-HER")
    dialog.name_edit.setText("Duplicate")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problems.isVisible(), timeout=30_000)
    assert any("VC-HER" in p for p in dialog.problems.problems)
    assert [loc.name for loc in reference.list_locations(app)].count("Duplicate") == 0
    dialog.reject()


def test_general_settings_are_saved(qtbot, window, app):
    page = open_settings(qtbot, window)
    page.tabs.setCurrentWidget(page.general_tab)
    general = page.general_tab
    assert general.backdate_spin.value() == 14
    general.backdate_spin.setValue(21)
    general.home_combo.setCurrentIndex(general.home_combo.findData("RH-APO"))
    general.language_combo.setCurrentIndex(general.language_combo.findData("en"))
    qtbot.mouseClick(general.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: general.status.text() != "", timeout=30_000)
    assert reference.read_settings(app) == reference.Settings(21, "RH-APO")
    assert QSettings().value("ui/language") == "en"
    assert "Restart" in general.status.text()
    wait_idle(qtbot, window)
    # After the refresh the choice shows as saved (no "not chosen" entry any more).
    assert general.home_combo.currentData() == "RH-APO"
    assert general.home_combo.findData(None) == -1


def test_doses_per_vial_of_a_held_product_is_refused_in_the_form(qtbot, window, app):
    """Comirnaty is on the shelf: changing its doses per vial would change what every vial
    there holds; the form says so and nothing is saved."""
    page = open_settings(qtbot, window)
    row = next(
        r
        for r in range(page.products_model.rowCount())
        if page.products_model.item(r).varenummer == "412345"
    )
    dialog = page.edit_product(page.products_model.item(row))
    dialog.doses_per_unit_spin.setValue(5)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problems.isVisible(), timeout=30_000)
    [problem] = dialog.problems.problems
    assert "from 6 to 5" in problem and "RH-APO" in problem and "new product" in problem
    assert dialog.isVisible() and window.ops.open_message_boxes() == []
    saved = {p.varenummer: p for p in reference.list_products(app)}["412345"]
    assert saved.doses_per_unit == 6
    dialog.reject()
