"""The Consumption page: a week typed by keyboard, a pasted block, save, refusal."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from pharmacy_app.services import consumption, queries, reference
from pharmacy_app.services.app import App, open_app
from tests.conftest import START
from tests.paperlog import Clock, PaperLog

STOCKED = """
2026-10-20 receive 412345 FX1234 exp 2027-03-31 10 packs ref FS-1
2026-10-20 receive 123456 FL2026A exp 2027-05-31 10 packs ref FS-1
2026-10-20 site VC-HER central "Vaccinationscenter Herlev"
2026-10-20 site DC-FRB decentral "Sundhedshus Frederiksberg"
2026-10-21 transfer FX1234 RH-APO -> VC-HER 300
2026-10-21 transfer FL2026A RH-APO -> VC-HER 60
2026-10-21 transfer FX1234 RH-APO -> DC-FRB 54
"""
LAST_WEEK = date(2026, 10, 26)
SHOTS = Path(__file__).resolve().parent.parent.parent / "build" / "screenshots"


@pytest.fixture
def app(tmp_path: Path) -> Iterator[App]:
    clock = Clock(START)
    a = open_app(f"sqlite:///{tmp_path / 'c.db'}", user="tester", clock=clock)
    reference.save_settings(a, reference.Settings(14, "RH-APO"))
    PaperLog(a, clock).run(STOCKED)
    clock.set(START)
    yield a
    a.close()


@pytest.fixture
def window(qtbot, app: App):
    from pharmacy_app.ui.main_window import CONSUMPTION, MainWindow

    w = MainWindow(app)
    qtbot.addWidget(w)
    w.resize(1400, 850)
    w.show()
    w.show_page(CONSUMPTION)
    page = w.consumption_page
    qtbot.waitUntil(lambda: page.site_combo.count() > 0 and w.ops.is_idle())
    yield w
    w.close()


def loaded(qtbot, window) -> None:
    page = window.consumption_page
    qtbot.waitUntil(lambda: window.ops.is_idle() and not page.is_loading())


def show_site_week(qtbot, window, site: str, week: date):
    page = window.consumption_page
    page.set_site(site)
    page.set_week(week)
    loaded(qtbot, window)
    return page


def row_of(page, batch: str) -> int:
    m = page.model
    for r in range(m.rowCount() - 1):
        if m.data(m.index(r, m.BATCH)).split()[0] == batch:
            return r
    raise AssertionError(batch)


def type_text(qtbot, view, text: str) -> None:
    """Type as a person does: the first key opens the cell's editor, the rest go into it."""
    for ch in text:
        editing = view.state() == view.State.EditingState
        qtbot.keyClick(view.focusWidget() if editing else view, ch)


def movements(app: App) -> int:
    with app.db.read() as s:
        return s.execute(sa.text("select count(*) from movement")).scalar_one()


def on_hand(app: App, site: str, batch: str) -> int:
    rows = queries.stock_rows(app, queries.StockFilter(text=batch))
    return sum(r.doses for r in rows if r.location_code == site and r.batch == batch)


def test_a_week_typed_by_keyboard_and_a_pasted_block_are_saved(qtbot, window, app: App) -> None:
    page = show_site_week(qtbot, window, "VC-HER", LAST_WEEK)
    m, view = page.model, page.view
    assert page.week_label.text() == "Week 44: 2026-10-26 – 2026-11-01"
    fx, fl = row_of(page, "FX1234"), row_of(page, "FL2026A")
    assert m.data(m.index(fx, m.ON_HAND)) == "300"

    # Keyboard only: Monday of FX1234, type a number, Tab to the next day, ... Sunday.
    view.setFocus()
    view.setCurrentIndex(m.index(fx, m.first_day_column))
    for doses in ("41", "38", "45", "40", "37", "12", "9"):
        type_text(qtbot, view, doses)
        qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Tab)
    assert [m.data(m.index(fx, m.first_day_column + i)) for i in range(7)] == [
        "41", "38", "45", "40", "37", "12", "9"
    ]
    assert m.data(m.index(fx, m.total_column)) == "222"

    # Enter moves down: type into Monday of the flu row from the cell above.
    view.setCurrentIndex(m.index(fl, m.first_day_column))
    type_text(qtbot, view, "5")
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Return)  # the delegate commits queued
    qtbot.waitUntil(lambda: m.data(m.index(fl, m.first_day_column)) == "5")
    assert view.currentIndex().row() == fl + 1
    assert view.state() != view.State.EditingState

    # Paste a block copied from a spreadsheet over the flu row, Tuesday to Thursday.
    view.setCurrentIndex(m.index(fl, m.first_day_column + 1))
    view.selectionModel().clearSelection()
    QGuiApplication.clipboard().setText("6\t7\t8\r\n")
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [m.data(m.index(fl, m.first_day_column + i)) for i in range(4)] == ["5", "6", "7", "8"]

    # Delete clears a draft.
    view.setCurrentIndex(m.index(fl, m.first_day_column + 3))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert m.data(m.index(fl, m.first_day_column + 3)) == ""
    totals = m.rowCount() - 1
    assert m.data(m.index(totals, m.total_column)) == "240"
    assert "240 new doses in 10 cells" in page.status.text()

    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "consumption_typed.png"))

    before = movements(app)
    with qtbot.waitSignal(page.saved, timeout=30_000) as saved:
        page.save_button.click()
    assert saved.args[0].entries == 10
    loaded(qtbot, window)
    assert movements(app) == before + 10
    assert on_hand(app, "VC-HER", "FX1234") == 300 - 222
    assert on_hand(app, "VC-HER", "FL2026A") == 60 - 18
    # Recorded days are read-only now and show what was saved.
    fx = row_of(page, "FX1234")
    monday = m.index(fx, m.first_day_column)
    assert m.data(monday) == "41"
    assert not (m.flags(monday) & Qt.ItemFlag.ItemIsEditable)
    assert m.data(m.index(fx, m.ON_HAND)) == "78"
    assert not m.has_drafts()
    assert "Recorded 10 entries: 240 doses" in page.status.text()

    # The stock page reflects it.
    stock_page = window.stock_page
    qtbot.waitUntil(lambda: window.ops.is_idle() and not stock_page.model.is_loading)
    window.grab().save(str(SHOTS / "consumption_saved.png"))


def test_one_date_format_per_language_in_the_week(qtbot, app: App) -> None:
    """The week's label and its days' headers write the date the same way: Danish
    30-11-2026 and "Man 30-11", English 2026-11-30 and "Mon 11-30"."""
    from PySide6.QtCore import QCoreApplication

    from pharmacy_app.ui import fmt
    from pharmacy_app.ui.i18n import install_language, remove_translators
    from pharmacy_app.ui.main_window import CONSUMPTION, MainWindow

    qapp = QCoreApplication.instance()
    for language, label, first, last in (
        ("en", "Week 49: 2026-11-30 – 2026-12-06", "Mon 11-30", "Sun 12-06"),
        ("da", "Uge 49: 30-11-2026 – 06-12-2026", "Man 30-11", "Søn 06-12"),
    ):
        translators = install_language(qapp, language)
        try:
            w = MainWindow(app)
            qtbot.addWidget(w)
            w.show()
            w.show_page(CONSUMPTION)
            page = w.consumption_page
            qtbot.waitUntil(lambda page=page, w=w: page.site_combo.count() > 0 and w.ops.is_idle())
            page.set_site("VC-HER")
            page.set_week(date(2026, 12, 2))
            qtbot.waitUntil(lambda page=page, w=w: w.ops.is_idle() and not page.is_loading())
            m = page.model
            headers = [m.headerData(c, Qt.Orientation.Horizontal) for c in range(m.columnCount())]
            assert page.week_label.text() == label
            assert headers[m.first_day_column] == first and headers[m.first_day_column + 6] == last
            w.close()
        finally:
            remove_translators(qapp, translators)
            fmt.set_language("en")


def test_over_giving_is_refused_with_the_numbers_and_nothing_is_written(
    qtbot, window, app: App
) -> None:
    page = show_site_week(qtbot, window, "DC-FRB", LAST_WEEK)
    m, view = page.model, page.view
    fx = row_of(page, "FX1234")
    view.setCurrentIndex(m.index(fx, m.first_day_column + 2))
    page.paste_text("30\t30\n")
    before = movements(app)
    page.save_button.click()
    qtbot.waitUntil(lambda: page.problems.isVisible() and window.ops.is_idle())
    assert movements(app) == before
    text = page.problems.text()
    assert "Nothing was saved" in text
    assert "Sundhedshus Frederiksberg holds 24 doses of FX1234 on 2026-10-29; 30 were entered" in text
    assert m.has_drafts()  # what was typed stays, to be corrected
    assert window.ops.open_message_boxes() == []
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "consumption_refused.png"))


def test_split_by_target_group_keeps_groups(qtbot, window, app: App) -> None:
    page = show_site_week(qtbot, window, "VC-HER", LAST_WEEK)
    page.split_box.setChecked(True)
    m = page.model
    groups = consumption.target_groups()
    assert m.rowCount() - 1 == 3 * (len(groups) + 1) or m.rowCount() - 1 == 2 * (len(groups) + 1)
    first = row_of(page, "FX1234")  # the first of its rows is the first target group
    assert m.data(m.index(first, m.group_column)) == groups[0]
    m.setData(m.index(first, m.first_day_column), "20")
    m.setData(m.index(first + 1, m.first_day_column), "4")
    page.split_box.setChecked(False)
    fx = row_of(page, "FX1234")
    assert m.data(m.index(fx, m.first_day_column)) == "24"
    assert not (m.flags(m.index(fx, m.first_day_column)) & Qt.ItemFlag.ItemIsEditable)
    with qtbot.waitSignal(page.saved, timeout=30_000):
        page.save()
    rows = consumption.consumption_rows(app, LAST_WEEK, LAST_WEEK)
    assert {(r.target_group, r.doses) for r in rows} == {(groups[0], 20), (groups[1], 4)}


def test_closed_days_and_the_model_contract(qtbot, window, app: App, qtmodeltester) -> None:
    page = window.consumption_page
    page.set_site("VC-HER")
    page.go_this_week()
    loaded(qtbot, window)
    m = page.model
    r = row_of(page, "FX1234")
    assert m.flags(m.index(r, m.first_day_column)) & Qt.ItemFlag.ItemIsEditable  # today
    assert not (m.flags(m.index(r, m.first_day_column + 1)) & Qt.ItemFlag.ItemIsEditable)
    qtmodeltester.check(m)


def test_import_shows_problems_then_records_a_good_sheet(qtbot, window, app: App, tmp_path: Path) -> None:
    page = show_site_week(qtbot, window, "VC-HER", LAST_WEEK)

    def sheet(name: str, rows: list[list[object]]) -> Path:
        wb = Workbook()
        ws = wb.active
        assert ws is not None
        ws.append(["Stedkode", "Dato", "Varenummer", "Batch", "Målgruppe", "Givne doser"])
        for row in rows:
            ws.append(row)
        wb.save(tmp_path / name)
        return tmp_path / name

    bad = sheet("bad.xlsx", [["VC-HER", "32-10-2026", "412345", "FX1234", "", 3]])
    before = movements(app)
    page.import_file(bad)
    qtbot.waitUntil(lambda: page.preview_dialog is not None)
    dialog = page.preview_dialog
    assert not dialog.record_button.isEnabled()
    assert "Row 2, Dato: '32-10-2026' is not a date" in dialog.details.toPlainText()
    dialog.grab().save(str(tmp_path / "preview.png"))
    dialog.reject()

    good = sheet("good.xlsx", [["VC-HER", LAST_WEEK + timedelta(days=1), "412345", "FX1234", "65+", 11]])
    page.import_file(good)
    qtbot.waitUntil(lambda: page.preview_dialog is not None)
    dialog = page.preview_dialog
    assert dialog.record_button.isEnabled()
    assert "1 rows, 11 doses given at VC-HER" in dialog.summary.text()
    with qtbot.waitSignal(page.saved, timeout=30_000):
        dialog.record_button.click()
    loaded(qtbot, window)
    assert movements(app) == before + 1
    fx = row_of(page, "FX1234")
    assert page.model.data(page.model.index(fx, page.model.first_day_column + 1)) == "11"
