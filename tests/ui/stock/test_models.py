"""The Qt models on their own: qtmodeltester, paging, sorting in SQL, expiry colours."""

from datetime import date

from PySide6.QtCore import Qt

from pharmacy_app.services import queries, stock
from pharmacy_app.services.queries import StockColumn, StockFilter
from pharmacy_app.ui.stock.history_model import HistoryModel, load_lot_history
from pharmacy_app.ui.stock.marks import EXPIRED_BG, SOON_BG
from pharmacy_app.ui.stock.model import StockModel
from tests.ui.conftest import BIG_ROWS
from tests.ui.data import StepClock, utc


def test_stock_model_passes_modeltester(qtmodeltester, app):
    model = StockModel(app, page_size=2)
    model.load_now()
    assert model.rowCount() == 2
    assert model.total == 5
    assert model.canFetchMore()
    qtmodeltester.check(model)
    model.fetch_all()
    assert model.rowCount() == 5
    assert not model.canFetchMore()
    qtmodeltester.check(model)


def test_history_model_passes_modeltester(qtmodeltester, app):
    lot_id = queries.stock_rows(app, StockFilter(text="FX1234"))[0].lot_id
    history = load_lot_history(app, lot_id, "en")
    model = HistoryModel()
    model.set_history(history.info.history, history.reasons)
    assert model.rowCount() == 6
    qtmodeltester.check(model)
    # The discard shows its reason in words, the reversal pair points both ways.
    texts = [
        [model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())
    ]
    discard = next(t for t in texts if t[HistoryModel.WHAT] == "Discard")
    assert discard[HistoryModel.REASON] == "Broken or damaged"
    reversal = next(t for t in texts if t[HistoryModel.WHAT] == "Reversal")
    original_no = reversal[HistoryModel.LINK].split("#")[1]
    original = next(t for t in texts if t[HistoryModel.NO] == original_no)
    assert original[HistoryModel.LINK] == f"reversed by #{reversal[HistoryModel.NO]}"


def test_values_are_formatted_the_danish_way_and_numbers_right_aligned(app, danish):
    model = StockModel(app)
    model.load_now()
    row = next(
        r for r in range(model.rowCount()) if model.index(r, StockModel.BATCH).data() == "VG5521"
        and model.index(r, StockModel.LOCATION).data() != "Mobil enhed Nordsjælland"
    )
    assert model.index(row, StockModel.EXPIRY).data() == "30-06-2027"
    assert model.index(row, StockModel.DOSES).data() == "30"
    assert model.index(row, StockModel.PACKS).data() == "3,00"
    assert model.index(row, StockModel.ITEM_NO).data() == "123456"
    align = model.index(row, StockModel.DOSES).data(Qt.ItemDataRole.TextAlignmentRole)
    assert Qt.AlignmentFlag(align) & Qt.AlignmentFlag.AlignRight


def test_sorting_is_a_new_query(app):
    model = StockModel(app)
    model.load_now()
    model.sort(StockModel.DOSES, Qt.SortOrder.DescendingOrder)
    doses = [model.row_at(r).doses for r in range(model.rowCount())]
    assert doses == sorted(doses, reverse=True)
    assert model.query.sort == StockColumn.DOSES and model.query.descending

    model.sort(StockModel.BATCH, Qt.SortOrder.AscendingOrder)
    batches = [model.row_at(r).batch for r in range(model.rowCount())]
    assert batches == sorted(batches)


def test_item_number_and_units_sort_in_the_database(app, qtbot):
    model = StockModel(app)
    model.load_now()
    model.sort(StockModel.ITEM_NO, Qt.SortOrder.AscendingOrder)
    numbers = [model.row_at(r).varenummer for r in range(model.rowCount())]
    assert numbers == sorted(numbers) and len(set(numbers)) > 1
    model.sort(StockModel.UNITS, Qt.SortOrder.DescendingOrder)
    units = [model.row_at(r).units for r in range(model.rowCount())]
    assert units == sorted(units, reverse=True)


def test_use_by_soon_is_amber_and_past_is_red(app):
    stock.receive(app, product="123457", batch="SOON1", expiry=date(2026, 10, 20), packs=1, to_location="RH-APO")
    model = StockModel(app)
    model.set_filter(StockFilter(text="SOON1"))
    assert model.rowCount() == 1
    cell = model.index(0, StockModel.USE_BY)
    assert cell.data(Qt.ItemDataRole.BackgroundRole) == SOON_BG
    assert "14" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, StockModel.BATCH).data(Qt.ItemDataRole.BackgroundRole) is None

    app.clock = StepClock(utc(2026, 10, 21, 9))
    model.load_now()
    cell = model.index(0, StockModel.USE_BY)
    assert cell.data(Qt.ItemDataRole.BackgroundRole) == EXPIRED_BG
    assert cell.data(Qt.ItemDataRole.FontRole).bold()


def test_fetch_more_loads_the_rest_a_page_at_a_time(big_app, qtmodeltester):
    model = StockModel(big_app, page_size=500)
    model.load_now()
    assert model.total == BIG_ROWS
    assert model.rowCount() == 500 < model.total
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 1000
    model.fetch_all()
    assert model.rowCount() == BIG_ROWS
    assert not model.canFetchMore()
    # Pages join up: no lot twice, none missing, and the order holds across pages.
    lots = [model.row_at(r).lot_id for r in range(model.rowCount())]
    assert len(set(lots)) == BIG_ROWS
    use_by = [model.row_at(r).use_by for r in range(model.rowCount())]
    assert use_by == sorted(use_by)
    qtmodeltester.check(model)


def test_fetch_more_does_not_reenter(big_app):
    model = StockModel(big_app, page_size=500)
    model.load_now()
    calls = []

    def inserted(*_args):
        calls.append(model.canFetchMore())
        model.fetchMore()  # a view asking again while rows are being inserted

    model.rowsInserted.connect(inserted)
    model.fetchMore()
    assert calls == [False]
    assert model.rowCount() == 1000
