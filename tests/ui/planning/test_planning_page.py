"""The Planning page in the real window (offscreen): right after the Cold chain page in
the navigation, with no Ctrl+digit of its own (Settings keeps Ctrl+0); the forecast and
its backtest, a place's projection with the chart's plotted data equal to the table, the
order with its reasons and the workbook export, all read off the window thread; and the
page rendered in Danish and English at a small and a large size (the PNGs land in the
test's folder, or in $PLANNING_SHOTS)."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget

from pharmacy_app.ui.main_window import COLD_CHAIN, PLANNING, SETTINGS
from pharmacy_app.ui.planning.page import PlanningPage
from tests.ui.conftest import wait_idle
from tests.ui.test_screenshots import assert_real_picture

SHOTS = os.environ.get("PLANNING_SHOTS")


@pytest.fixture(autouse=True)
def last_week(app) -> None:
    """Doses received and given at the pharmacy's sites last week (the log's are all this
    week): a forecast to show."""
    from pharmacy_app.services import stock

    got = stock.receive(
        app, product="412345", batch="LW1", expiry=date(2027, 3, 31), packs=1, reference="FS-0",
        to_location="RH-APO", occurred_at=datetime(2026, 9, 28, 8, tzinfo=UTC),
    )  # fmt: skip
    stock.transfer(
        app, lot_id=got.lot_id, from_code="RH-APO", to_code="VC-HER", doses=60,
        occurred_at=datetime(2026, 9, 29, 8, tzinfo=UTC),
    )  # fmt: skip
    stock.administer(
        app,
        lot_id=got.lot_id,
        site_code="VC-HER",
        doses=42,
        occurred_at=datetime(2026, 10, 1, 10, tzinfo=UTC),
    )


def _open(qtbot, window) -> PlanningPage:
    assert PLANNING == COLD_CHAIN + 1
    window.navigation.setCurrentRow(PLANNING)
    page = window.planning_page
    assert window.pages.currentWidget() is page
    qtbot.waitUntil(
        lambda: window.ops.is_idle() and page.forecast_tab.model.rowCount() > 0, timeout=30_000
    )
    return page


def test_forecast_projection_and_order(qtbot, window, tmp_path: Path) -> None:
    assert "Ctrl" not in window.navigation.item(PLANNING).toolTip()
    assert window.navigation.item(SETTINGS).toolTip().endswith("(Ctrl+0)")
    page = _open(qtbot, window)
    assert isinstance(page.tabs, QTabWidget)
    assert [page.tabs.tabText(i) for i in range(3)] == ["Forecast", "Projection", "Order"]
    model = page.forecast_tab.model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Programme"
    assert "MAPE" in page.forecast_tab.backtest.text() or "–" in page.forecast_tab.backtest.text()

    page.tabs.setCurrentIndex(1)
    tab = page.projection_tab
    qtbot.waitUntil(
        lambda: window.ops.is_idle() and tab.place.count() > 0 and tab.chosen() is not None,
        timeout=30_000,
    )
    assert tab.place.itemData(0) == "REGION"
    line = tab.chosen()
    assert tab.model.rowCount() == 8
    ends = [tab.model.row_at(r).end for r in range(tab.model.rowCount())]
    stock = next(x for x in tab.canvas.figure.axes[0].get_lines() if x.get_gid() == "stock")
    assert list(stock.get_ydata()) == [line.stock_now, *ends]
    tab.place.setCurrentIndex(tab.place.findData("VC-HER"))
    qtbot.waitUntil(
        lambda: window.ops.is_idle() and tab.lines and tab.lines[0].place_code == "VC-HER",
        timeout=30_000,
    )

    page.tabs.setCurrentIndex(2)
    order = page.order_tab
    qtbot.waitUntil(lambda: window.ops.is_idle() and order.proposal is not None, timeout=30_000)
    assert order.order_model.rowCount() == len(order.proposal.lines) > 0
    why = order.order_model.index(0, 4).data()
    assert why.startswith(("Order ", "No order"))
    target = tmp_path / "order.xlsx"
    order.export(target)
    qtbot.waitUntil(lambda: window.ops.is_idle() and target.exists(), timeout=30_000)
    assert load_workbook(target).sheetnames == ["Bestilling", "Prognose", "Om"]


def _shoot(qtbot, w, page, lang, size, folder):
    w.resize(*size)
    wait_idle(qtbot, w)
    for i, name in enumerate(("forecast", "projection", "order")):
        page.tabs.setCurrentIndex(i)
        qtbot.waitUntil(lambda: w.ops.is_idle(), timeout=30_000)
        QApplication.processEvents()
        path = folder / f"planning_{name}_{lang}_{size[0]}x{size[1]}.png"
        assert w.grab().save(str(path))
        assert_real_picture(path, *size)


def test_screenshots_in_english(qtbot, window, tmp_path: Path):
    folder = Path(SHOTS) if SHOTS else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    page = _open(qtbot, window)
    for size in ((1024, 700), (1600, 1000)):
        _shoot(qtbot, window, page, "en", size, folder)


def test_screenshots_in_danish(qtbot, danish, app, tmp_path: Path):
    from pharmacy_app.ui import fmt
    from pharmacy_app.ui.main_window import MainWindow

    fmt.set_language("da")
    w = MainWindow(app)
    qtbot.addWidget(w)
    w.show()
    wait_idle(qtbot, w)
    assert w.navigation.item(PLANNING).text() == "Planlægning"
    page = _open(qtbot, w)
    assert [page.tabs.tabText(i) for i in range(3)] == ["Prognose", "Fremskrivning", "Bestilling"]
    folder = Path(SHOTS) if SHOTS else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    for size in ((1024, 700), (1600, 1000)):
        _shoot(qtbot, w, page, "da", size, folder)
    w.close()
