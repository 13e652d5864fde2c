"""Danish and English: translations complete and loaded, dates and numbers as people write them."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator

from pharmacy_app.paths import resources_dir
from pharmacy_app.ui import fmt
from pharmacy_app.ui.app import setup_application
from pharmacy_app.ui.i18n import remove_translators
from pharmacy_app.ui.stock.model import StockModel
from tests.ui.conftest import wait_idle

TRANSLATIONS = resources_dir() / "translations"


@pytest.mark.parametrize("name", ["pharmacy_app_da", "pharmacy_app_en"])
def test_every_string_is_translated_and_compiled(name):
    ts = TRANSLATIONS / f"{name}.ts"
    root = ET.parse(ts).getroot()
    unfinished = [
        m.findtext("source")
        for m in root.iter("message")
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert unfinished == []
    qm = Path(TRANSLATIONS / f"{name}.qm")
    assert qm.stat().st_size > 100


def test_the_danish_file_is_up_to_date_with_the_code(tmp_path):
    """A string added to the UI without running lupdate would show in English."""
    # The venv's own scripts may not be on PATH (CI runs .venv/bin/python directly).
    lupdate = shutil.which("pyside6-lupdate") or shutil.which(
        "pyside6-lupdate", path=str(Path(sys.executable).parent)
    )
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    ui = sorted(str(p) for p in (Path(__file__).resolve().parents[2] / "pharmacy_app" / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *ui, "-ts", str(fresh)], check=True, capture_output=True)

    def sources(path):
        root = ET.parse(path).getroot()
        return {(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")}

    in_code = sources(fresh)
    assert len(in_code) > 150
    assert in_code <= sources(TRANSLATIONS / "pharmacy_app_da.ts"), sorted(in_code - sources(TRANSLATIONS / "pharmacy_app_da.ts"))


def test_danish_translator_is_loaded(qapp, danish):
    assert QCoreApplication.translate("MainWindow", "Stock") == "Lager"
    assert QCoreApplication.translate("MainWindow", "Expiry and stock-outs") == "Udløb og mangler"
    assert QCoreApplication.translate("StockModel", "Use by") == "Anvendes senest"
    assert QCoreApplication.translate("StockPage", "%Ln row(s)", None, 1) == "1 række"
    assert QCoreApplication.translate("StockPage", "%Ln row(s)", None, 3) == "3 rækker"
    # Counts are numbers a person reads: "." groups the thousands in Danish.
    assert QCoreApplication.translate("StockPage", "%Ln row(s)", None, 43529) == "43.529 rækker"
    # Qt's own words (standard buttons) come from qtbase_da.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuller"


def test_english_plurals(qapp):
    assert QCoreApplication.translate("StockPage", "%Ln row(s)", None, 1) == "1 row"
    assert QCoreApplication.translate("StockPage", "%Ln row(s)", None, 2) == "2 rows"
    assert QCoreApplication.translate("StockPage", "%Ln row(s)", None, 43529) == "43,529 rows"


@pytest.mark.parametrize("name", ["pharmacy_app_da", "pharmacy_app_en"])
def test_every_count_is_written_with_the_languages_separators(name):
    """Qt writes %n as bare digits ("1455 doser"); %Ln as the UI locale does ("1.455")."""
    root = ET.parse(TRANSLATIONS / f"{name}.ts").getroot()
    bare = [
        m.findtext("source")
        for m in root.iter("message")
        if m.get("numerus") == "yes" and "%n" in (m.findtext("source") or "")
    ]
    assert bare == []


def test_language_choice_comes_from_qsettings(qapp):
    def new_translators(before):
        return [t for t in qapp.findChildren(QTranslator) if t not in before]

    before = qapp.findChildren(QTranslator)
    QSettings().setValue("ui/language", "da")
    assert setup_application(qapp) == "da"
    assert fmt.language() == "da"
    assert QCoreApplication.translate("MainWindow", "Settings") == "Indstillinger"
    assert QCoreApplication.organizationName() == "pharmacy-app"
    remove_translators(qapp, new_translators(before))

    QSettings().setValue("ui/language", "xx")
    assert setup_application(qapp) == "da"  # an unknown value: the default
    remove_translators(qapp, new_translators(before))
    assert QCoreApplication.translate("MainWindow", "Settings") == "Settings"


def test_danish_formats():
    fmt.set_language("da")
    assert fmt.date_text(date(2027, 3, 31)) == "31-03-2027"
    assert fmt.integer(1234567) == "1.234.567"
    assert fmt.number(1.5) == "1,50"
    assert fmt.quantity(3.0) == "3"
    assert fmt.quantity(2.5) == "2,50"
    # Danish time (summer time, UTC+2), whatever the machine's own zone.
    assert fmt.datetime_text(datetime(2026, 10, 5, 8, 30, tzinfo=UTC)) == "05-10-2026 10:30"


def test_english_formats():
    fmt.set_language("en")
    assert fmt.date_text(date(2027, 3, 31)) == "2027-03-31"
    assert fmt.integer(1234567) == "1,234,567"
    assert fmt.number(0.25) == "0.25"
    assert fmt.date_text(None) == ""


def test_the_window_in_danish(qtbot, app, danish):
    from pharmacy_app.ui.main_window import MainWindow

    window = MainWindow(app)
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot, window)
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == [
        "Lager", "Modtagelse", "Distribution", "Udløb og mangler", "Kølekæde", "Planlægning", "Forbrug",
        "Optælling", "Rapporter", "Revision", "Indstillinger",
    ]  # fmt: skip
    model = window.stock_page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:8] == ["Sted", "Stedtype", "Program", "Vare", "Varenr.", "Batch", "Udløbsdato", "Anvendes senest"]
    assert headers[8:10] == ["Doser", "Pakninger"]
    assert window.stock_page.count_label.text() == "5 rækker · 162 doser"
    expiries = {model.index(r, StockModel.EXPIRY).data() for r in range(model.rowCount())}
    assert "31-03-2027" in expiries
    assert window.stock_page.programme_combo.itemText(0) == "Alle programmer"
    kinds = {model.index(r, StockModel.KIND).data() for r in range(model.rowCount())}
    assert "Centralt vaccinationscenter" in kinds
    window.close()



def test_qts_own_file_dialog_speaks_danish(qtbot, qapp, danish, tmp_path):
    """Every word of Qt's file dialog, the one the window uses, is Danish."""
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QTreeView

    (tmp_path / "arkiv").mkdir()
    (tmp_path / "lager.csv").write_text("x", encoding="utf-8")
    dialog = QFileDialog(None, "Gem", str(tmp_path), "CSV (*.csv)")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.show()
    assert sorted(label.text() for label in dialog.findChildren(QLabel)) == [
        "&Filnavn:", "&Kig i:", "Filer af &type:"
    ]  # fmt: skip
    buttons = dialog.findChild(QDialogButtonBox)
    assert sorted(b.text() for b in buttons.buttons()) == ["&Gem", "Annuller"]
    view = dialog.findChild(QTreeView)
    model = view.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Navn", "Størrelse", "Type", "Ændringsdato"]
    qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) == 2)
    kinds = {
        model.index(r, 0, view.rootIndex()).data(): model.index(r, 2, view.rootIndex()).data()
        for r in range(2)
    }
    assert kinds["arkiv"] == "Mappe"


def test_the_window_uses_qts_dialogs_not_the_desktops(qapp):
    """A desktop's native file dialog speaks the desktop's language, not the app's."""
    before = qapp.findChildren(QTranslator)
    setup_application(qapp)
    try:
        assert QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    finally:
        remove_translators(qapp, [t for t in qapp.findChildren(QTranslator) if t not in before])


def test_counts_on_screen_agree_with_their_number(qtbot, qapp, danish):
    """"1 dosis", "1.455 doser": not "1 doser", not "1455 doser"."""
    from pharmacy_app.ui.expiry.bucket_tile import BucketTile

    fmt.set_language("da")
    tile = BucketTile("≤30")
    qtbot.addWidget(tile)
    tile.set_counts(1, 1)
    assert (tile.doses_label.text(), tile.lots_label.text()) == ("1 dosis", "1 batch")
    tile.set_counts(1455, 2)
    assert (tile.doses_label.text(), tile.lots_label.text()) == ("1.455 doser", "2 batcher")
    assert QCoreApplication.translate("MainWindow", "Stock: %Ln dose(s) · %2 at %3", None, 1) == (
        "Lager: 1 dosis · %2 på %3"
    )
