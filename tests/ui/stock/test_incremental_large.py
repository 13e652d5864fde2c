"""The Stock page on a large-region ledger fetches its rows incrementally, in the
window as people use it: the first page, then each next page from SQL when the table
asks for more (on a worker thread), a header click and a filter each a new SQL query.

The database is built once for this module by the large-region generator at a reduced
size: one year, all 150 sites, 5 % of the busiest year's doses: about 58,000 movements
and 160 stock rows at 64 locations, built in about 5 seconds.  A page of the Stock page's own
``PAGE_SIZE`` (500) would need the full five-year demo (about 2,000 stock rows, several
minutes to build), so the page here holds 20 rows: the same code over eight pages.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt

from pharmacy_app.demo.large import LargeScale
from pharmacy_app.services import demo, queries
from pharmacy_app.services.app import App, open_app
from pharmacy_app.services.queries import StockColumn, StockFilter
from pharmacy_app.ui.stock.model import StockModel
from tests.ui.conftest import wait_idle

UNTIL = date(2026, 3, 31)
NEXT_MORNING = datetime(2026, 4, 1, 6, tzinfo=UTC)
SCALE = LargeScale(years=1, sites=150, doses=0.05)
PAGE = 20


@pytest.fixture(scope="module")
def large_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("large") / "large.db"
    app = open_app(f"sqlite:///{path}", user="tester", clock=lambda: NEXT_MORNING)
    try:
        demo.generate(app, seed=4, until=UNTIL, large=SCALE)
    finally:
        app.close()
    return path


@pytest.fixture
def large_window(qtbot, large_template: Path, tmp_path: Path) -> Iterator[object]:
    from pharmacy_app.ui.main_window import MainWindow

    db = tmp_path / "large.db"
    shutil.copy(large_template, db)
    app = open_app(f"sqlite:///{db}", user="tester", clock=lambda: NEXT_MORNING)
    w = MainWindow(app)
    qtbot.addWidget(w)
    w.resize(1400, 850)
    w.show()
    wait_idle(qtbot, w, timeout=30_000)
    yield w
    w.close()
    app.close()


def _keys(rows: list[queries.StockRow]) -> list[tuple[int, int]]:
    return [(r.location_id, r.lot_id) for r in rows]


def _shown(model: StockModel) -> list[queries.StockRow]:
    return [model.row_at(r) for r in range(model.rowCount())]


def _page_queries(app: App) -> list[str]:
    """The SQL of every stock page read from now on (the listener stays for the test)."""
    seen: list[str] = []

    def record(_conn, _cursor, statement: str, *_rest) -> None:
        if "stock_balance" in statement and "LIMIT" in statement.upper():
            seen.append(statement)

    sa.event.listen(app.db.read_engine, "before_cursor_execute", record)
    return seen


def test_the_stock_page_fetches_a_large_ledger_a_page_at_a_time(qtbot, large_window) -> None:
    w = large_window
    page = w.stock_page
    model: StockModel = page.model
    app: App = w.app
    everything = queries.stock_rows(app)  # the complete list, sorted by use-by, from SQL
    assert len(everything) > 6 * PAGE
    assert model.total == len(everything)

    model.page_size = PAGE
    model.reload()
    wait_idle(qtbot, w)
    assert model.rowCount() == PAGE < model.total
    assert _keys(_shown(model)) == _keys(everything[:PAGE])
    assert model.canFetchMore()

    # The next page is read on a worker thread: asked for, it is on its way, not there.
    model.fetchMore()
    assert model.rowCount() == PAGE and not model.canFetchMore()  # no second page at once
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE)
    assert _keys(_shown(model)) == _keys(everything[: 2 * PAGE])

    # Scrolling to the end makes the table ask for more, until every row is there: in
    # order, none twice, none missing.
    while model.canFetchMore() or not w.ops.is_idle():
        before = model.rowCount()
        page.table.scrollToBottom()
        qtbot.waitUntil(lambda before=before: model.rowCount() > before or not model.canFetchMore() and w.ops.is_idle())
    assert model.rowCount() == len(everything)
    assert _keys(_shown(model)) == _keys(everything)
    assert not model.canFetchMore()


def test_a_header_click_and_a_filter_are_new_sql_queries(qtbot, large_window) -> None:
    w = large_window
    page = w.stock_page
    model: StockModel = page.model
    app: App = w.app
    model.page_size = PAGE
    model.reload()
    wait_idle(qtbot, w)
    sql = _page_queries(app)

    page.table.sortByColumn(StockModel.DOSES, Qt.SortOrder.DescendingOrder)
    wait_idle(qtbot, w)
    by_doses = queries.stock_rows(app, StockFilter(), StockColumn.DOSES, descending=True)
    assert model.query.sort == StockColumn.DOSES and model.query.descending
    assert model.rowCount() == PAGE
    assert _keys(_shown(model)) == _keys(by_doses[:PAGE])
    assert len(sql) == 1 and "ORDER BY stock_balance.doses DESC" in sql[0]

    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE)
    assert _keys(_shown(model)) == _keys(by_doses[: 2 * PAGE])
    assert len(sql) == 2  # the second page: rows after the first page's last key

    # A site's code in the search: the database filters, counts and pages.
    counts: dict[str, int] = {}
    for r in by_doses:
        counts[r.location_code] = counts.get(r.location_code, 0) + 1
    code = max(counts, key=lambda c: (counts[c], c))
    flt = StockFilter(text=code)
    expected = queries.stock_rows(app, flt, StockColumn.DOSES, descending=True)
    assert 0 < len(expected) < len(by_doses)
    qtbot.keyClicks(page.search_edit, code)
    wait_idle(qtbot, w)
    assert model.summary.rows == len(expected) == queries.stock_summary(app, flt).rows
    assert _keys(_shown(model)) == _keys(expected[:PAGE])
    assert all(code.lower() in r.location_code.lower() or code.lower() in r.location_name.lower()
               or code.lower() in r.batch.lower() for r in _shown(model))
    assert "lower(" in sql[-1].lower() and "LIKE" in sql[-1].upper()


def test_a_long_lot_history_is_fetched_as_the_pane_scrolls(qtbot, large_window, monkeypatch) -> None:
    from pharmacy_app.ui.stock import history_model

    monkeypatch.setattr(history_model, "HISTORY_PAGE", PAGE)
    w = large_window
    page = w.stock_page
    app: App = w.app
    rows = queries.stock_rows(app)
    row = max(range(len(rows)), key=lambda i: (len(queries.lot_history(app, rows[i].lot_id).history), -i))
    full = queries.lot_history(app, rows[row].lot_id)
    assert full is not None and len(full.history) > 3 * PAGE
    assert page.model.rowCount() == len(rows)  # all 160 rows are on the first page of 500
    page.select_row(row)
    pane = page.history
    qtbot.waitUntil(lambda: pane.lot_id == full.lot_id and pane.model.rowCount() == PAGE)
    # The header counts every movement of the lot, not the ones read so far.
    assert f"{len(full.history):,} movements" in pane.header.text()
    assert pane.model.canFetchMore()
    while pane.model.canFetchMore() or not w.ops.is_idle():
        before = pane.model.rowCount()
        pane.table.scrollToBottom()
        qtbot.waitUntil(
            lambda before=before: pane.model.rowCount() > before or not pane.model.canFetchMore() and w.ops.is_idle()
        )
    assert [pane.model.row_at(i) for i in range(pane.model.rowCount())] == full.history
