"""Kølekæde › Temperaturudsving as a widget of its own: an excursion recorded through the
dialog holds the site's lots, a logger file is shown before it is saved, a lot decided
through the dialog, a refusal shown in the dialog, the report previewed; the Stock page
says which stock is held.  The PNGs (1024x700 and 1600x1000, Danish and English) land
in the test's temporary folder."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QLabel

from pharmacy_app.services import excursion_views, excursions, queries
from pharmacy_app.services.app import App
from pharmacy_app.ui.cold_chain.excursions_tab import ExcursionsTab
from pharmacy_app.ui.operations import Operations
from tests.helpers import pdftext
from tests.test_logger_import import DANISH_FILE
from tests.ui.conftest import wait_idle
from tests.ui.test_screenshots import assert_real_picture

# The ui template's stock reached VC-HER on 2026-10-05 about 08:00 UTC; its clock stands
# on 2026-10-06 09:00 UTC: both excursions fall in between.
LOGGER = DANISH_FILE.replace("31-10-2026", "05-10-2026").replace("01-11-2026", "06-10-2026")


@pytest.fixture
def tab(qtbot, app: App):
    ops = Operations(app)
    widget = ExcursionsTab(ops)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitUntil(lambda: ops.is_idle() and widget.location_filter.count() > 1, timeout=30_000)
    yield widget
    ops.shutdown()


def idle(qtbot, tab: ExcursionsTab) -> None:
    qtbot.waitUntil(tab._ops.is_idle, timeout=30_000)


def _set(edit, moment: datetime) -> None:
    edit.setDateTime(QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)))


def test_record_decide_and_print_through_the_tab(qtbot, app: App, tab: ExcursionsTab, tmp_path: Path) -> None:
    tab.record_button.click()
    dialog = tab.dialog
    dialog.location_combo.setCurrentIndex(dialog.location_combo.findData("VC-HER"))
    _set(dialog.from_edit, datetime(2026, 10, 5, 22, 0))
    _set(dialog.to_edit, datetime(2026, 10, 6, 4, 30))
    dialog.lowest_edit.setValue(4.0)
    dialog.highest_edit.setValue(7.5)
    dialog.ok_button.click()  # within 2–8 °C: refused in the dialog, which stays open
    qtbot.waitUntil(lambda: dialog.problems.isVisible(), timeout=30_000)
    assert "not an excursion" in dialog.problems.problems[0]
    dialog.highest_edit.setValue(13.0)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.recorded is not None and tab.model.rowCount() == 1, timeout=30_000)
    idle(qtbot, tab)
    qtbot.waitUntil(lambda: tab.lots_model.rowCount() == 1, timeout=30_000)
    lot = tab.lots_model.row_at(0)
    assert (lot.batch, lot.doses_held, lot.decided) == ("FX1234", 42, False)
    assert "#1" in tab.lots_title.text() and tab.decide_button.isEnabled()
    held = [r for r in queries.stock_rows(app) if r.location_code == "VC-HER"]
    assert [r.excursion_hold for r in held] == [1]

    tab.decide_button.click()
    decide = tab.dialog
    assert "12 hours" in decide.findChild(QLabel, "stabilityRule").text()
    decide.shorten_radio.setChecked(True)
    decide.use_by_edit.set_value(date(2026, 10, 20))
    decide.ok_button.click()
    qtbot.waitUntil(lambda: not decide.isVisible(), timeout=30_000)
    idle(qtbot, tab)
    qtbot.waitUntil(lambda: tab.lots_model.row_at(0) is not None and tab.lots_model.row_at(0).decided, timeout=30_000)
    assert tab.lots_model.row_at(0).new_use_by == date(2026, 10, 20) and not tab.decide_button.isEnabled()

    tab.report_button.click()
    qtbot.waitUntil(lambda: tab.preview_dialog is not None, timeout=30_000)
    text = pdftext(tab.preview_dialog.path)
    assert "FX1234" in text and "Vaccinationscenter Herlev" in text and "Use-by shortened" in text
    tab.preview_dialog.close()


def test_a_logger_file_is_shown_before_it_is_saved(qtbot, app: App, tab: ExcursionsTab, tmp_path: Path) -> None:
    path = tmp_path / "herlev.csv"
    path.write_text(LOGGER, encoding="utf-8")
    tab.import_file(path)
    dialog = tab.dialog
    dialog.location_combo.setCurrentIndex(dialog.location_combo.findData("VC-HER"))
    qtbot.waitUntil(lambda: dialog.detected is not None and dialog.found_list.count() == 2, timeout=30_000)
    assert "2 excursions found" in dialog.summary.text() and "Dato og tid" in dialog.summary.text()
    assert excursion_views.excursions(app) == []  # nothing saved by looking
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.saved is not None and tab.model.rowCount() == 2, timeout=30_000)
    assert {r.source for r in excursion_views.excursions(app)} == {"logger"}

    bad = tmp_path / "bad.csv"
    bad.write_text("Tid;Temperatur\n05-10-2026 10:00;varm\n", encoding="utf-8")
    tab.import_file(bad)
    refused = tab.dialog
    qtbot.waitUntil(lambda: refused.problems.isVisible(), timeout=30_000)
    assert "Row 2, column Temperatur" in refused.problems.problems[0] and not refused.ok_button.isEnabled()
    refused.reject()


@pytest.mark.parametrize("language", ["en", "da"])
def test_the_tab_as_a_person_sees_it(qtbot, app: App, request, language: str, tmp_path: Path) -> None:
    if language == "da":
        request.getfixturevalue("danish")
    path = tmp_path / "herlev.csv"
    path.write_text(LOGGER, encoding="utf-8")
    done = excursions.import_logger(app, location_code="VC-HER", path=path)
    lot_id = excursion_views.excursion(app, done[0].excursion_id).lots[0].lot_id
    excursions.decide(app, excursion_id=done[0].excursion_id, lot_id=lot_id, decision="released",
                      reason="Kort udsving, inden for reglen")  # fmt: skip
    ops = Operations(app)
    widget = ExcursionsTab(ops)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: ops.is_idle() and widget.model.rowCount() == 2 and widget.lots_model.rowCount() > 0,
                    timeout=30_000)  # fmt: skip
    for width, height in ((1024, 700), (1600, 1000)):
        widget.resize(width, height)
        qtbot.wait(50)
        out = tmp_path / f"excursions_{language}_{width}.png"
        assert widget.grab().save(str(out))
        assert_real_picture(out, width, height)
    widget.lots_table.select_row(0)
    widget.decide()
    decide = widget.dialog
    assert decide.discard_radio.isChecked()  # frozen below 0 °C: the suggestion is to discard
    qtbot.wait(50)
    assert decide.grab().save(str(tmp_path / f"decide_{language}.png"))
    decide.reject()
    widget.import_file(path)
    imported = widget.dialog
    qtbot.waitUntil(lambda: imported.found_list.count() == 2, timeout=30_000)
    assert imported.grab().save(str(tmp_path / f"import_{language}.png"))
    imported.reject()
    widget.record()
    assert widget.dialog.grab().save(str(tmp_path / f"record_{language}.png"))
    widget.dialog.reject()
    ops.shutdown()


def test_the_stock_page_says_which_excursion_holds_a_lot(qtbot, window, app: App, tmp_path: Path) -> None:
    from datetime import UTC

    excursions.record(app, location_code="VC-HER", start=datetime(2026, 10, 5, 20, tzinfo=UTC),
                      end=datetime(2026, 10, 5, 23, tzinfo=UTC), lowest=3, highest=14)  # fmt: skip
    window.refresh()
    wait_idle(qtbot, window)
    page = window.stock_page
    model = page.model
    texts = [model.index(r, 0).data() for r in range(model.rowCount())]
    held = [t for t in texts if "temperature excursion #1" in t]
    assert held == ["Held – temperature excursion #1 · Vaccinationscenter Herlev"]
    row = texts.index(held[0])
    assert "Held – temperature excursion #1" in model.index(row, 5).data(Qt.ItemDataRole.ToolTipRole)
    assert window.grab().save(str(tmp_path / "stock_held.png"))
