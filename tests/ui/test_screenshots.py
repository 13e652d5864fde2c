"""The window renders: the Stock page with a lot's history, the Settings page, a distribution round, a count.

The PNGs land in the test's temporary folder; open them to look at the window.
"""

from datetime import date

from PySide6.QtGui import QImage

from pharmacy_app.services import distribution, reference, stocktake
from pharmacy_app.ui.main_window import DISTRIBUTION, SETTINGS, STOCKTAKE
from tests.ui.conftest import wait_idle


def assert_real_picture(path, width, height):
    image = QImage(str(path))
    assert not image.isNull()
    assert (image.width(), image.height()) == (width, height)
    assert path.stat().st_size > 20_000
    # Not one flat colour: sample a grid and expect many different pixels.
    colours = {image.pixel(x, y) for x in range(0, width, 37) for y in range(0, height, 23)}
    assert len(colours) > 8


def test_stock_page_with_history(qtbot, window, tmp_path):
    window.resize(1400, 850)
    page = window.stock_page
    page.select_row(1)
    qtbot.waitUntil(lambda: page.history.model.rowCount() > 0, timeout=30_000)
    wait_idle(qtbot, window)
    path = tmp_path / "stock.png"
    assert window.grab().save(str(path))
    assert_real_picture(path, 1400, 850)


def test_settings_page(qtbot, window, tmp_path):
    window.resize(1400, 850)
    window.show_page(SETTINGS)
    qtbot.waitUntil(lambda: window.settings_page.products_model.rowCount() > 0, timeout=30_000)
    path = tmp_path / "settings.png"
    assert window.grab().save(str(path))
    assert_real_picture(path, 1400, 850)


def test_distribution_page(qtbot, window, app, tmp_path):
    reference.save_settings(app, reference.Settings(14, "RH-APO"))
    vaxigrip = next(p.id for p in reference.list_products(app) if p.varenummer == "123456")
    distribution.plan_round(
        app,
        planned_for=date(2026, 10, 7),
        site_codes=["VC-HER", "MOB-NORD"],
        product_ids=[vaxigrip],
        requested={("VC-HER", vaxigrip): 30, ("MOB-NORD", vaxigrip): 20},
    )
    window.resize(1400, 850)
    window.show_page(DISTRIBUTION)
    page = window.distribution_page
    qtbot.waitUntil(lambda: page.round is not None and page.tables.requests_model.rowCount() == 2, timeout=30_000)
    wait_idle(qtbot, window)
    path = tmp_path / "distribution.png"
    assert window.grab().save(str(path))
    assert_real_picture(path, 1400, 850)


def test_stocktake_page(qtbot, window, app, tmp_path):
    reference.save_settings(app, reference.Settings(14, "RH-APO"))
    count = stocktake.start(app, "RH-APO")
    window.resize(1400, 850)
    window.show_page(STOCKTAKE)
    page = window.stocktake_page
    page.refresh()  # started behind the window's back
    qtbot.waitUntil(lambda: page.counts_model.rowCount() == 1, timeout=30_000)
    page.open_count(count)
    qtbot.waitUntil(lambda: page.view is not None and page.lines_model.rowCount() == 3, timeout=30_000)
    wait_idle(qtbot, window)
    path = tmp_path / "stocktake.png"
    assert window.grab().save(str(path))
    assert_real_picture(path, 1400, 850)
