"""The main window with a real database: filters, sorting, history, keys, remembered state."""

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from pharmacy_app.services import queries
from pharmacy_app.services.queries import StockFilter
from pharmacy_app.ui.common.widgets import ComingLaterPage
from pharmacy_app.ui.main_window import (
    AUDIT,
    COLD_CHAIN,
    RECEIVING,
    SETTINGS,
    STOCK,
    STOCKTAKE,
    MainWindow,
)
from pharmacy_app.ui.stock.history_model import HistoryModel
from pharmacy_app.ui.stock.model import StockModel
from tests.ui.conftest import wait_idle


def visible(window, column):
    model = window.stock_page.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def click_row(qtbot, table, row):
    rect = table.visualRect(table.model().index(row, StockModel.BATCH))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_window_shows_all_stock_and_who_where(window, app):
    assert window.stock_page.model.rowCount() == 5
    assert sorted(visible(window, StockModel.BATCH)) == ["FX1234", "FX1234", "PV2001", "VG5521", "VG5521"]
    assert window.stock_page.count_label.text() == "5 rows · 162 doses"
    assert app.db.display_url() in window.db_label.toolTip()
    assert "tester" in window.user_label.text()
    assert "162" in window.stock_label.text()
    assert window.current_page() == STOCK


def test_filter_by_programme_then_search(qtbot, window):
    page = window.stock_page
    combo = page.programme_combo
    combo.setCurrentIndex(combo.findData("influenza"))
    wait_idle(qtbot, window)
    assert visible(window, StockModel.BATCH) == ["VG5521", "VG5521"]
    assert set(visible(window, StockModel.PROGRAMME)) == {"Influenza"}
    # The product list follows the programme.
    products = [page.product_combo.itemText(i) for i in range(1, page.product_combo.count())]
    assert products and all("Comirnaty" not in p for p in products)

    qtbot.keyClicks(page.search_edit, "mob")
    qtbot.waitUntil(lambda: page.model.query.flt.text == "mob", timeout=30_000)
    wait_idle(qtbot, window)
    assert visible(window, StockModel.LOCATION) == ["Mobil enhed Nordsjælland"]
    assert page.count_label.text() == "1 row · 20 doses"

    combo.setCurrentIndex(0)
    page.search_edit.setText("zz-none")
    qtbot.waitUntil(lambda: page.model.query.flt.text == "zz-none", timeout=30_000)
    wait_idle(qtbot, window)
    assert page.model.rowCount() == 0
    assert page.table.empty_text() == "No stock matches the filter."


def test_location_filter(qtbot, window, app):
    page = window.stock_page
    her = page.location_combo.findText("Vaccinationscenter Herlev")
    assert her > 0
    page.location_combo.setCurrentIndex(her)
    wait_idle(qtbot, window)
    assert visible(window, StockModel.BATCH) == ["FX1234"]
    assert visible(window, StockModel.DOSES) == ["42"]


def test_sort_by_clicking_a_header(qtbot, window):
    table = window.stock_page.table
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(StockModel.DOSES) + header.sectionSize(StockModel.DOSES) // 2
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    wait_idle(qtbot, window)
    doses = [int(d) for d in visible(window, StockModel.DOSES)]
    first_order = header.sortIndicatorOrder()
    assert doses == sorted(doses, reverse=first_order == Qt.SortOrder.DescendingOrder)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    wait_idle(qtbot, window)
    doses2 = [int(d) for d in visible(window, StockModel.DOSES)]
    assert doses2 == list(reversed(sorted(doses2, reverse=first_order == Qt.SortOrder.DescendingOrder)))


def test_resorting_keeps_the_selected_lot(qtbot, window):
    page = window.stock_page
    row = visible(window, StockModel.DOSES).index("42")
    click_row(qtbot, page.table, row)
    page.table.sortByColumn(StockModel.DOSES, Qt.SortOrder.DescendingOrder)
    wait_idle(qtbot, window)
    selected = page.selected_row()
    assert selected is not None and selected.batch == "FX1234" and selected.doses == 42
    assert page.table.currentIndex().row() == visible(window, StockModel.DOSES).index("42")


def test_clicking_a_row_shows_every_movement_of_its_lot(qtbot, window, app):
    page = window.stock_page
    row = visible(window, StockModel.LOCATION).index("Vaccinationscenter Herlev")
    click_row(qtbot, page.table, row)
    qtbot.waitUntil(lambda: page.history.lot is not None and page.history.model.rowCount() > 0, timeout=30_000)
    lot_id = page.selected_row().lot_id
    expected = queries.lot_history(app, lot_id).history
    model = page.history.model
    assert model.rowCount() == len(expected) == 6
    column = lambda c: [model.index(r, c).data() for r in range(model.rowCount())]  # noqa: E731
    assert column(HistoryModel.NO) == [str(h.movement_id) for h in expected]
    assert column(HistoryModel.WHO) == ["tester"] * 6
    assert column(HistoryModel.REFERENCE) == ["FS-1", "DL-1", "DAG-1", "K-1", "DAG-2", "DAG-2"]
    assert column(HistoryModel.WHAT) == [
        "Receipt", "Transfer", "Administered", "Discard", "Administered", "Reversal"
    ]
    assert column(HistoryModel.FROM)[0] == "Statens Serum Institut"
    assert column(HistoryModel.TO)[2] == "Given to citizens"
    links = column(HistoryModel.LINK)
    assert links[4] == f"reversed by #{expected[5].movement_id}"
    assert links[5] == f"reverses #{expected[4].movement_id}"
    assert column(HistoryModel.NOTE)[5] == "entered twice"
    header = page.history.header.text()
    assert "FX1234" in header and "2027-03-31" in header and "6 movements" in header


def test_enter_on_a_row_moves_focus_to_the_history(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=30_000)
    page = window.stock_page
    page.table.setFocus()
    page.select_row(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.history.model.rowCount() > 0, timeout=30_000)
    assert page.history.table.hasFocus()
    assert page.history.lot_id == page.selected_row().lot_id


def test_keyboard_switches_pages_and_finds(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=30_000)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == RECEIVING
    assert window.pages.currentWidget() is window.receiving_page
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == COLD_CHAIN  # right after Expiry (Ctrl+4)
    assert window.pages.currentWidget() is window.cold_chain_page
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == STOCKTAKE
    assert window.pages.currentWidget() is window.stocktake_page
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == AUDIT
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == SETTINGS  # Settings stays last, on Ctrl+0
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == STOCK
    assert window.stock_page.search_edit.hasFocus()


def test_f5_reloads_what_changed_elsewhere(qtbot, window, app):
    from pharmacy_app.services import stock

    lot_id = queries.stock_rows(app, StockFilter(text="VG5521"))[0].lot_id
    stock.transfer(app, lot_id=lot_id, from_code="RH-APO", to_code="VC-HER", doses=10, reference="DL-9")
    assert window.stock_page.model.rowCount() == 5  # not yet
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=30_000)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.stock_page.model.rowCount() == 6, timeout=30_000)
    wait_idle(qtbot, window)
    assert queries.stock_summary(app, StockFilter()).rows == 6


def test_every_work_area_has_a_page(window):
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == [
        "Stock", "Receiving", "Distribution", "Expiry and stock-outs", "Cold chain", "Planning", "Consumption",
        "Stocktake", "Reports", "Audit", "Settings",
    ]  # fmt: skip
    working = {
        0: window.stock_page,
        1: window.receiving_page,
        2: window.distribution_page,
        3: window.expiry_page,
        4: window.cold_chain_page,
        5: window.planning_page,
        6: window.consumption_page,
        7: window.stocktake_page,
        8: window.reports_page,
        9: window.audit_page,
    }
    for i in range(window.pages.count() - 1):
        page = window.pages.widget(i)
        if i in working:
            assert page is working[i]
        else:  # areas still to come say what they will hold
            assert isinstance(page, ComingLaterPage) and len(page.text) > 40


def test_window_and_table_state_are_remembered(qtbot, app):
    first = MainWindow(app)
    qtbot.addWidget(first)
    first.resize(1234, 777)
    first.show()
    wait_idle(qtbot, first)
    first.stock_page.table.setColumnWidth(StockModel.PRODUCT, 333)
    first.stock_page.table.horizontalHeader().setSectionHidden(StockModel.KIND, True)
    first.stock_page.table.sortByColumn(StockModel.BATCH, Qt.SortOrder.DescendingOrder)
    wait_idle(qtbot, first)
    first.show_page(SETTINGS)
    geometry = first.saveGeometry()
    first.close()
    # (The offscreen screen is too small to check the restored size itself.)
    assert QSettings().value("main/geometry") == geometry

    second = MainWindow(app)
    qtbot.addWidget(second)
    second.show()
    wait_idle(qtbot, second)
    table = second.stock_page.table
    assert table.columnWidth(StockModel.PRODUCT) == 333
    assert table.horizontalHeader().isSectionHidden(StockModel.KIND)
    assert second.stock_page.model.query.sort.value == "batch"
    assert second.stock_page.model.query.descending
    batches = [second.stock_page.model.row_at(r).batch for r in range(second.stock_page.model.rowCount())]
    assert batches == sorted(batches, reverse=True)
    assert second.current_page() == SETTINGS
    second.close()
