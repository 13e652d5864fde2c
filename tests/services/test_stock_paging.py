"""Keyset paging of stock on hand (``queries.stock_page``) on a large-region ledger, on
both engines: for every column and direction, the pages read one after the other
(each "the rows after this key") join up to exactly the complete sorted list, with no
row twice and none missing, and a filter cuts in SQL before the pages are cut.

The ledger is the large-region generator at a small size (one year, 30 sites, 2 % of the
busiest year's doses: about 20,000 movements and a hundred stock rows, a few seconds to
build); pages of 7 rows make a dozen pages of it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from pharmacy_app.demo.large import LargeScale
from pharmacy_app.services import demo, queries
from pharmacy_app.services.app import App, open_app
from pharmacy_app.services.queries import StockColumn, StockFilter

UNTIL = date(2026, 3, 31)
SMALL = LargeScale(years=1, sites=30, doses=0.02)
PAGE = 7


@pytest.fixture
def large_app(db_url: str):
    app = open_app(db_url, user="tester", clock=lambda: datetime(2026, 4, 1, 6, tzinfo=UTC))
    demo.generate(app, seed=4, until=UNTIL, large=SMALL)
    yield app
    app.close()


def _all_pages(app: App, flt: StockFilter, sort: StockColumn, descending: bool) -> list[queries.StockRow]:
    rows: list[queries.StockRow] = []
    page = queries.stock_page(app, flt, sort, descending, None, PAGE)
    pages = 1
    while True:
        assert len(page.rows) == PAGE or page.after is None
        rows += page.rows
        if page.after is None:
            return rows
        page = queries.stock_page(app, flt, sort, descending, page.after, PAGE)
        pages += 1
        assert pages < 1000


def _key(r: queries.StockRow) -> tuple[int, int]:
    return (r.location_id, r.lot_id)


def test_pages_join_up_to_the_sorted_list_in_every_order(large_app: App) -> None:
    everything = queries.stock_rows(large_app)
    assert len(everything) > 8 * PAGE
    for column in StockColumn:
        for descending in (False, True):
            expected = queries.stock_rows(large_app, StockFilter(), column, descending)
            paged = _all_pages(large_app, StockFilter(), column, descending)
            assert [_key(r) for r in paged] == [_key(r) for r in expected], (column, descending)
            assert len({_key(r) for r in paged}) == len(everything)


def test_a_filter_is_applied_before_the_pages_are_cut(large_app: App) -> None:
    everything = queries.stock_rows(large_app)
    site = max(
        {r.location_id for r in everything},
        key=lambda loc: sum(r.location_id == loc for r in everything),
    )
    flt = StockFilter(location_id=site)
    expected = [r for r in everything if r.location_id == site]
    first = queries.stock_page(large_app, flt, StockColumn.USE_BY, False, None, PAGE)
    assert [_key(r) for r in first.rows] == [_key(r) for r in expected[:PAGE]]
    paged = _all_pages(large_app, flt, StockColumn.DOSES, True)
    assert sorted(_key(r) for r in paged) == sorted(_key(r) for r in expected)
    assert queries.stock_summary(large_app, flt).rows == len(expected)


def test_a_key_of_another_order_is_refused(large_app: App) -> None:
    page = queries.stock_page(large_app, limit=PAGE)
    assert page.after is not None
    with pytest.raises(ValueError):
        queries.stock_page(large_app, sort=StockColumn.BATCH, after=page.after, limit=PAGE)


def test_a_lot_history_is_read_a_page_at_a_time(large_app: App) -> None:
    busiest = max(
        {r.lot_id for r in queries.stock_rows(large_app)},
        key=lambda lot: len(queries.lot_history(large_app, lot).history),
    )
    full = queries.lot_history(large_app, busiest)
    assert full is not None and full.after is None and full.movements == len(full.history) > 5 * PAGE
    first = queries.lot_history(large_app, busiest, limit=PAGE)
    assert first is not None and first.movements == full.movements
    assert (first.batch, first.product, first.programme) == (full.batch, full.product, full.programme)
    rows, after = list(first.history), first.after
    while after is not None:
        page = queries.lot_history_page(large_app, after, PAGE)
        assert len(page.rows) == PAGE or page.after is None
        rows += page.rows
        after = page.after
    assert rows == full.history
    assert queries.lot_history(large_app, 10**9, limit=PAGE) is None
