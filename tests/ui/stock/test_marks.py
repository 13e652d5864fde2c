"""Marks on listed stock, with a real database and the real Qt models: a recalled lot is
red, badged and explained (its recall reason in the tooltip) on the Stock page, on the
Expiry overview, in the Consumption grid and among a round's picked lots, as held stock
is; and a round says
what its marks mean (red site names, recalled picks) and, once dispatched, that it is
read only."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from pharmacy_app.services import consumption, distribution, expiry, queries, recall, reference
from pharmacy_app.services.app import App, open_app
from pharmacy_app.ui.consumption.model import ConsumptionModel
from pharmacy_app.ui.distribution.models import LinesModel, RequestsModel
from pharmacy_app.ui.distribution.round_legends import RoundLegends
from pharmacy_app.ui.expiry.model import ExpiryModel
from pharmacy_app.ui.stock.marks import RECALLED_BG, RECALLED_FG
from pharmacy_app.ui.stock.model import StockModel
from tests.conftest import START
from tests.paperlog import Clock, PaperLog
from tests.ui.consumption.test_consumption_page import STOCKED

REASON = "SSI 2026-14: partikler i hætteglas"
TOMORROW = date(2026, 11, 3)  # the clock stands at 2026-11-02 09:00 UTC
BG, FG, DECORATION, TIP = (
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.ToolTipRole,
)


@pytest.fixture
def app(tmp_path: Path) -> Iterator[App]:
    """The Consumption page's stocked region; the clock at START (2026-11-02 09:00 UTC)."""
    clock = Clock(START)
    a = open_app(f"sqlite:///{tmp_path / 'marks.db'}", user="tester", clock=clock)
    reference.save_settings(a, reference.Settings(14, "RH-APO"))
    PaperLog(a, clock).run(STOCKED)
    clock.set(START)
    yield a
    a.close()


def lot_of(app: App, batch: str) -> int:
    return queries.stock_rows(app, queries.StockFilter(text=batch))[0].lot_id


def product_of(app: App, varenummer: str) -> int:
    return next(p.id for p in reference.list_products(app) if p.varenummer == varenummer)


def brush_colour(value: object) -> object:
    return value.color() if hasattr(value, "color") else value


def test_recalled_stock_is_marked_on_the_stock_page_in_the_grid_and_in_the_picks(qtbot, app: App) -> None:
    requested = {("DC-FRB", product_of(app, "412345")): 12, ("DC-FRB", product_of(app, "123456")): 10}
    planned = distribution.plan_round(app, planned_for=TOMORROW, site_codes=["DC-FRB"], requested=requested)
    recall.recall_lot(app, lot_of(app, "FX1234"), REASON)

    # The Stock page: every FX1234 row, wherever it lies.
    model = StockModel(app)
    model.load_now()
    model.fetch_all()
    rows = {(model.index(r, model.BATCH).data(), model.index(r, model.LOCATION).data()): r for r in range(model.rowCount())}
    fx_rows = [r for (batch, _loc), r in rows.items() if batch == "FX1234"]
    assert len(fx_rows) == 3  # the pharmacy, Herlev, Frederiksberg
    for r in fx_rows:
        for col in (model.LOCATION, model.BATCH, model.DOSES):
            assert model.index(r, col).data(BG) == RECALLED_BG
            assert model.index(r, col).data(FG) == RECALLED_FG
            assert REASON in model.index(r, col).data(TIP)
        assert model.index(r, model.LOCATION).data(DECORATION) is not None  # the badge, as held stock's
    fl = next(r for (batch, _loc), r in rows.items() if batch == "FL2026A")
    assert model.index(fl, model.BATCH).data(BG) is None
    assert model.index(fl, model.LOCATION).data(DECORATION) is None

    # The Expiry page's overview lists stock too.
    expiring = ExpiryModel()
    expiring.set_rows(expiry.expiry_overview(app), START.date())
    marked = {expiring.row_at(r).batch: r for r in range(expiring.rowCount())}
    assert expiring.index(marked["FX1234"], expiring.LOCATION).data(DECORATION) is not None
    assert expiring.index(marked["FX1234"], expiring.DOSES).data(BG) == RECALLED_BG
    assert REASON in expiring.index(marked["FX1234"], expiring.PRODUCT).data(TIP)
    assert expiring.index(marked["FL2026A"], expiring.DOSES).data(BG) is None

    # The Consumption grid: marked, and no day of it can be typed (it cannot be given).
    grid = ConsumptionModel()
    grid.set_grid(consumption.week_grid(app, "VC-HER", START.date()))
    batches = [grid.index(r, grid.BATCH).data() for r in range(grid.rowCount() - 1)]
    fx, fl = batches.index("FX1234"), batches.index("FL2026A")
    today = grid.first_day_column + START.date().weekday()
    assert brush_colour(grid.index(fx, grid.PRODUCT).data(BG)) == RECALLED_BG
    assert grid.index(fx, grid.BATCH).data(DECORATION) is not None
    assert REASON in grid.index(fx, grid.BATCH).data(TIP)
    assert not grid.flags(grid.index(fx, today)) & Qt.ItemFlag.ItemIsEditable
    assert REASON in grid.index(fx, today).data(TIP)
    assert grid.index(fl, grid.BATCH).data(DECORATION) is None
    assert grid.flags(grid.index(fl, today)) & Qt.ItemFlag.ItemIsEditable

    # The round's picks: the recalled lot was picked before the recall.
    view = distribution.round_view(app, planned.round_id)
    lines = LinesModel()
    lines.set_round(view, None, app.today())
    picked = {lines.index(r, lines.BATCH).data(): r for r in range(lines.rowCount())}
    assert set(picked) == {"FX1234", "FL2026A"}
    assert lines.index(picked["FX1234"], lines.PRODUCT).data(BG) == RECALLED_BG
    assert lines.index(picked["FX1234"], lines.BATCH).data(DECORATION) is not None
    tip = lines.index(picked["FX1234"], lines.BATCH).data(TIP)
    assert REASON in tip and "Change the lot" in tip
    assert lines.index(picked["FL2026A"], lines.PRODUCT).data(BG) is None
    legends = RoundLegends()
    legends.show_round(view)
    assert not legends.lines_legend.isHidden()


def test_a_round_explains_red_site_names_and_is_read_only_once_dispatched(qtbot, app: App) -> None:
    influenza = product_of(app, "123456")
    requested = {("DC-FRB", influenza): 9000, ("VC-HER", influenza): 10}  # the pharmacy has 40
    planned = distribution.plan_round(
        app, planned_for=TOMORROW, site_codes=["VC-HER", "DC-FRB"], requested=requested
    )
    legends = RoundLegends()
    legends.show_round(planned)
    assert not legends.sites_legend.isHidden()
    assert "Red site names get less than they asked for" in legends.sites_legend.text()
    assert legends.lines_legend.isHidden()  # nothing recalled
    assert "Type a figure in Requested" in legends.requests_hint.text()
    requests = RequestsModel()
    requests.set_round(planned)
    header_tip = requests.headerData(requests.REQUESTED, Qt.Orientation.Horizontal, TIP)
    assert "type a figure" in header_tip

    dispatched = distribution.dispatch(app, planned.round_id)
    legends.show_round(dispatched)
    assert "Type a figure" not in legends.requests_hint.text()
    assert "read only" in legends.requests_hint.text()
    requests.set_round(dispatched)
    header_tip = requests.headerData(requests.REQUESTED, Qt.Orientation.Horizontal, TIP)
    assert "type a figure" not in header_tip and "read only" in header_tip
    assert not requests.flags(requests.index(0, requests.REQUESTED)) & Qt.ItemFlag.ItemIsEditable

    # A round where everyone gets what they asked for has no red names to explain.
    comirnaty = product_of(app, "412345")  # 246 doses left at the pharmacy
    enough = distribution.plan_round(
        app, planned_for=TOMORROW, site_codes=["VC-HER"], requested={("VC-HER", comirnaty): 12}
    )
    legends.show_round(enough)
    assert legends.sites_legend.isHidden()
