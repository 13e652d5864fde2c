"""The window shows the Stock page first and builds the other areas afterwards
(:mod:`pharmacy_app.ui.later_pages`): none of them before the Stock page's first rows,
all of them (each started) once they have arrived, and any of them at once when asked
for first."""

from __future__ import annotations

from pharmacy_app.ui.main_window import EXPIRY, LATER_PAGES, RECEIVING, STOCK, MainWindow
from tests.ui.conftest import wait_idle


def test_the_other_areas_are_built_after_the_stock_page_has_rows(qtbot, app) -> None:
    w = MainWindow(app)
    qtbot.addWidget(w)
    stock_rows = []
    w.stock_page.model.loaded.connect(
        lambda: stock_rows.append((w.stock_page.model.rowCount(), [w._later.is_built(p.index) for p in LATER_PAGES]))
    )
    w.show()
    assert not any(w._later.is_built(p.index) for p in LATER_PAGES)
    wait_idle(qtbot, w)
    rows, built_then = stock_rows[0]
    assert rows > 0 and not any(built_then)  # the Stock page had its rows first
    assert all(w._later.is_built(p.index) for p in LATER_PAGES)
    for p in LATER_PAGES:
        assert w.pages.widget(p.index).objectName() != f"standIn{p.index}"
    # Each page was started as it was built: the Settings page has its reference data.
    assert w.settings_page.products_model.rowCount() > 0
    assert w.current_page() == STOCK
    w.close()


def test_an_area_asked_for_first_is_built_at_once(qtbot, app) -> None:
    w = MainWindow(app)
    qtbot.addWidget(w)
    w.show()
    assert not w._later.is_built(EXPIRY)
    w.show_page(EXPIRY)  # e.g. Ctrl+4 before the Stock page's rows arrived
    assert w._later.is_built(EXPIRY) and not w._later.is_built(RECEIVING)
    assert w.pages.currentWidget() is w.expiry_page
    wait_idle(qtbot, w)
    assert w.pages.currentWidget() is w.expiry_page
    assert all(w._later.is_built(p.index) for p in LATER_PAGES)
    w.close()
