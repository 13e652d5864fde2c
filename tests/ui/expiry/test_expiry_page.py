"""The Expiry page, its chart, the status bar's expiry counts, the daily summary and the
wastage figures, on a real database with stock built for the purpose.

Today is Tuesday 06-10-2026 (the test clock); the chart's first week starts Monday
05-10-2026.  Besides the small paper log (all of it more than 60 days from its use-by:
FX1234 60 + 42, VG5521 30 + 20, PV2001 10 = 162 doses in 3 lots), the region holds:

=========  ===========  ==========  ===========================  =====  ========
batch      programme    use-by      where                        doses  window
=========  ===========  ==========  ===========================  =====  ========
OLDX       influenza    01-10-2026  RH-APO 6, MOB-NORD 4            10  expired
SOON3      influenza    09-10-2026  RH-APO 12, VC-HER 8             20  ≤7  (week 0)
MID20      covid-19     26-10-2026  RH-APO                          30  ≤30 (week 3)
FLU25      influenza    31-10-2026  RH-APO                          10  ≤30 (week 3)
P45        pneumococcal 20-11-2026  RH-APO                          10  ≤60 (week 6)
=========  ===========  ==========  ===========================  =====  ========
"""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from pharmacy_app.domain.changes import Change
from pharmacy_app.domain.errors import DomainError
from pharmacy_app.services import expiry
from pharmacy_app.services.app import App
from pharmacy_app.ui.expiry.chart import EXPIRED_COLOUR
from pharmacy_app.ui.expiry.model import EXPIRED_WEEK, ExpiryModel
from pharmacy_app.ui.expiry.page import WASTAGE
from pharmacy_app.ui.expiry.watch import ExpiryWatch, notified_key
from pharmacy_app.ui.main_window import EXPIRY, STOCK, MainWindow
from tests.ui.conftest import TEST_START, wait_idle
from tests.ui.data import Log, apply_log, utc
from tests.ui.test_screenshots import assert_real_picture

TODAY = date(2026, 10, 6)
MONDAY = date(2026, 10, 5)

OLD_STOCK = """
receive 123457 OLDX exp 2026-10-01 packs 1 ref FS-9 to RH-APO
transfer OLDX RH-APO -> MOB-NORD 4 ref DL-9
"""

NEW_STOCK = """
receive 123459 SOON3 exp 2026-10-09 packs 2 ref FS-10 to RH-APO
transfer SOON3 RH-APO -> VC-HER 8 ref DL-10
receive 412346 MID20 exp 2026-10-26 packs 3 ref FS-11 to RH-APO
receive 123456 FLU25 exp 2026-10-31 packs 1 ref FS-12 to RH-APO
receive 345679 P45 exp 2026-11-20 packs 1 ref FS-13 to RH-APO
"""


def build_stock(app: App) -> None:
    clock = app.clock
    clock.current = utc(2026, 9, 1)  # type: ignore[attr-defined]
    apply_log(app, OLD_STOCK)
    clock.current = utc(2026, 10, 6, 6)  # type: ignore[attr-defined]
    apply_log(app, NEW_STOCK)
    clock.current = TEST_START  # type: ignore[attr-defined]


@pytest.fixture
def expiry_app(app: App) -> App:
    build_stock(app)
    return app


def open_window(qtbot, app: App) -> MainWindow:
    w = MainWindow(app)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    wait_expiry(qtbot, w)
    return w


def wait_expiry(qtbot, w: MainWindow) -> None:
    wait_idle(qtbot, w)
    page = w.expiry_page
    qtbot.waitUntil(
        lambda: w.ops.is_idle() and not page.overview.is_loading and w.expiry_watch.counts is not None,
        timeout=30_000,
    )


@pytest.fixture
def win(qtbot, expiry_app: App):
    w = open_window(qtbot, expiry_app)
    yield w
    w.close()


def column(model: ExpiryModel, col: int) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


# --------------------------------------------------------------------------- overview


def test_tiles_sum_each_window_by_hand(win) -> None:
    overview = win.expiry_page.overview
    tiles = {bucket: (t.doses, t.lots) for bucket, t in overview.tiles.items()}
    assert tiles == {
        "expired": (10, 1),  # OLDX 6 + 4
        "≤7": (20, 1),  # SOON3 12 + 8
        "≤30": (40, 2),  # MID20 30 + FLU25 10
        "≤60": (10, 1),  # P45
        "later": (162, 3),  # the paper log
    }
    # Each tile counts its own span; "≤ 30 days" (the status bar) is the first two together.
    assert overview.tiles["≤7"].title_label.text() == "≤ 7 days"
    assert overview.tiles["≤30"].title_label.text() == "8–30 days"
    assert overview.tiles["≤60"].title_label.text() == "31–60 days"
    assert "8 to 30 days" in overview.tiles["≤30"].toolTip()
    soon = win.expiry_watch.counts
    assert soon is not None and soon.soon_doses == tiles["≤7"][0] + tiles["≤30"][0]
    assert win.expiry_label.summary.split(" · ")[1] == "≤ 30 days: 60 doses"
    assert "0 to 30 days" in win.expiry_label.toolTip()
    assert overview.tiles["expired"].doses_label.text() == "10 doses"
    model = overview.model
    assert model.rowCount() == 12  # 7 rows above and 5 of the paper log
    assert overview.count_label.text() == "12 rows · 242 doses"
    # Soonest use-by first; the expired rows first of all.
    use_by = [model.row_at(r).use_by for r in range(model.rowCount())]
    assert use_by == sorted(use_by)
    assert column(model, ExpiryModel.BATCH)[:4] == ["OLDX", "OLDX", "SOON3", "SOON3"]
    first = model.index(0, ExpiryModel.WINDOW)
    assert first.data() == "Expired"
    assert model.index(0, ExpiryModel.DAYS_LEFT).data() == "-5"
    assert first.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(2, ExpiryModel.WINDOW).data() == "≤ 7 days"
    assert model.index(4, ExpiryModel.WINDOW).data() == "8–30 days"


def test_filters_narrow_the_table(qtbot, win) -> None:
    overview = win.expiry_page.overview
    overview.set_filter(programme="influenza")
    wait_expiry(qtbot, win)
    model = overview.model
    assert sorted(set(column(model, ExpiryModel.BATCH))) == ["FLU25", "OLDX", "SOON3", "VG5521"]
    assert model.rowCount() == 7
    assert set(column(model, ExpiryModel.PROGRAMME)) == {"Influenza"}
    assert {b: t.doses for b, t in overview.tiles.items()} == {
        "expired": 10, "≤7": 20, "≤30": 10, "≤60": 0, "later": 50,
    }
    # The product list follows the programme.
    products = [overview.product_combo.itemText(i) for i in range(1, overview.product_combo.count())]
    assert products and not any("Comirnaty" in p for p in products)

    her = overview.location_combo.findText("Vaccinationscenter Herlev")
    overview.set_filter(location_id=overview.location_combo.itemData(her))
    wait_expiry(qtbot, win)
    assert column(model, ExpiryModel.BATCH) == ["SOON3", "FX1234"]
    assert column(model, ExpiryModel.DOSES) == ["8", "42"]
    assert column(model, ExpiryModel.LOCATION) == ["Vaccinationscenter Herlev"] * 2


def test_chart_bars_have_the_hand_counted_heights(win) -> None:
    chart = win.expiry_page.overview.chart
    t = chart.timeline
    assert t is not None and t.weeks[0] == MONDAY and len(t.weeks) == 12
    # Read the bars back from the Axes as drawn.
    patches = chart.axes.patches
    expired = [p for p in patches if p.get_gid() == "expired"]
    assert len(expired) == 1 and expired[0].get_height() == 10 and round(expired[0].get_x() + 0.35) == 0
    red = tuple(int(EXPIRED_COLOUR[i : i + 2], 16) / 255 for i in (1, 3, 5))
    assert expired[0].get_facecolor()[:3] == pytest.approx(red)
    heights: dict[str, dict[int, float]] = {}
    for p in patches:
        if p.get_gid() != "expired" and p.get_height():
            heights.setdefault(p.get_gid(), {})[round(p.get_x() + p.get_width() / 2)] = p.get_height()
    # x = 1 is the week of 05-10, x = 4 the week of 26-10, x = 7 the week of 16-11.
    assert heights == {
        "Influenza": {1: 20, 4: 10},
        "Covid-19": {4: 30},
        "Pneumokok": {7: 10},
    }
    # Stacked in alphabetical order of programmes: influenza sits on covid-19 in week 4.
    assert chart.bars["Covid-19"][3].get_y() == 0
    assert chart.bars["Influenza"][3].get_y() == 30
    assert chart.bar_heights()["Covid-19"] == [0, 0, 0, 30, 0, 0, 0, 0, 0, 0, 0, 0]
    assert t.later == 162
    labels = [label.get_text() for label in chart.axes.get_xticklabels()]
    assert labels[0] == "Expired" and labels[1] == "wk 41\n10-05"  # as 2026-10-05 reads


def test_clicking_a_bar_filters_the_table_to_that_week(qtbot, win) -> None:
    overview = win.expiry_page.overview
    win.show_page(EXPIRY)
    chart = overview.chart
    assert chart.week_at(4.1) == MONDAY + timedelta(weeks=3)
    assert chart.week_at(4.5) is None  # between two bars
    with qtbot.waitSignal(chart.week_clicked) as signal:
        chart.click_week(chart.week_at(4.0))
    assert signal.args == [MONDAY + timedelta(weeks=3)]
    assert sorted(column(overview.model, ExpiryModel.BATCH)) == ["FLU25", "MID20"]
    assert overview.week_bar.isVisible()
    assert "week 44" in overview.week_label.text()
    chart.click_week(EXPIRED_WEEK)
    assert column(overview.model, ExpiryModel.BATCH) == ["OLDX", "OLDX"]
    chart.click_week(EXPIRED_WEEK)  # a second click shows every week again
    assert overview.model.rowCount() == 12 and not overview.week_bar.isVisible()


def test_a_real_click_on_the_canvas_picks_the_week(qtbot, win) -> None:
    win.show_page(EXPIRY)
    chart = win.expiry_page.overview.chart
    chart.canvas.draw()
    bar = chart.bars["Influenza"][0]  # week 0, 20 doses
    x, y = chart.axes.transData.transform((1, bar.get_height() / 2))
    ratio = chart.canvas.device_pixel_ratio
    from PySide6.QtCore import QPoint

    pos = QPoint(int(x / ratio), int(chart.canvas.height() - y / ratio))
    with qtbot.waitSignal(chart.week_clicked) as signal:
        qtbot.mouseClick(chart.canvas, Qt.MouseButton.LeftButton, pos=pos)
    assert signal.args == [MONDAY]
    assert sorted(column(win.expiry_page.overview.model, ExpiryModel.BATCH)) == ["SOON3", "SOON3"]


def test_windows_are_a_setting(qtbot, win, expiry_app) -> None:
    win.show_page(EXPIRY)
    overview = win.expiry_page.overview
    overview.save_windows([14, 3])
    qtbot.waitUntil(lambda: list(overview.tiles) == ["expired", "≤3", "≤14", "later"], timeout=30_000)
    wait_expiry(qtbot, win)
    assert {b: t.doses for b, t in overview.tiles.items()} == {"expired": 10, "≤3": 20, "≤14": 0, "later": 212}
    assert expiry.expiry_windows(expiry_app) == (3, 14)
    with pytest.raises(DomainError):
        expiry.save_expiry_windows(expiry_app, [0, 400])
    with pytest.raises(DomainError):
        expiry.save_expiry_windows(expiry_app, [7, 7])
    assert expiry.expiry_windows(expiry_app) == (3, 14)
    # The dialog refuses what the service would refuse, with a message.
    dialog = overview.edit_windows()
    dialog.edit.setText("7, x")
    dialog._accept()
    assert dialog.isVisible() and "whole numbers" in dialog.problem.text()
    dialog.reject()


# --------------------------------------------------------------------------- status bar and notification


def test_status_bar_counts_and_click(qtbot, win) -> None:
    label = win.expiry_label
    # Expired: OLDX 10.  Within 30 days: SOON3 20 + MID20 30 + FLU25 10.  At risk at the
    # sites, at their own rate: SOON3 8 at VC-HER and VG5521 20 at MOB-NORD, never given
    # there (28).  At the pharmacy, against the region's use: no site gives VG5521/FLU25,
    # PV2001/P45, SOON3 or MID20 yet (a rate of 0), so its 30 + 10 + 10 + 10 + 12 + 30 =
    # 102 are at risk; its 60 FX1234 are used in time at VC-HER's 6 a day (130).
    assert label.summary == "Expired: 10 doses · ≤ 30 days: 60 doses · at risk: 130"
    assert "#a1131a" in label.text()  # red while anything has expired
    win.show_page(STOCK)
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert win.current_page() == EXPIRY and win.expiry_page.currentIndex() == 0


def test_status_bar_follows_a_change(qtbot, win, expiry_app) -> None:
    from pharmacy_app.services import stock

    win.show_page(EXPIRY)
    lot = win.expiry_page.overview.model.row_at(0).lot_id
    win.ops.write(
        lambda a: stock.discard(a, lot_id=lot, location_code="RH-APO", doses=6, reason_code="UDLOEBET"),
        changes=Change.STOCK,
    )
    qtbot.waitUntil(lambda: win.expiry_label.summary.startswith("Expired: 4 doses"), timeout=30_000)
    wait_expiry(qtbot, win)
    assert win.expiry_page.overview.tiles["expired"].doses == 4


def test_status_bar_in_danish(qtbot, danish, expiry_app) -> None:
    from pharmacy_app.ui import fmt

    fmt.set_language("da")
    w = open_window(qtbot, expiry_app)
    assert w.expiry_label.summary == "Udløbet: 10 doser · ≤ 30 dage: 60 doser · i risiko: 130"
    tiles = w.expiry_page.overview.tiles
    assert [tiles[b].title_label.text() for b in ("≤7", "≤30", "≤60")] == ["≤ 7 dage", "8–30 dage", "31–60 dage"]
    assert w.expiry_page.tabText(0) == "Overblik"
    w.close()


def test_summary_once_a_day_then_daily(qtbot, expiry_app) -> None:
    w = open_window(qtbot, expiry_app)
    banner = w.expiry_banner
    qtbot.waitUntil(banner.isVisible, timeout=30_000)
    assert banner.headline == (
        "10 doses have expired (1 lot); 60 doses expire within 30 days (3 lots); "
        "130 doses will not be used in time at the expected rate of use (6 lots)"
    )
    assert banner.lines == [
        "Fluad Tetra SOON3: use by 2026-10-09 (3 days left), "
        "20 doses at 2 locations",
        "Comirnaty 30 µg enkeltdosis MID20: use by 2026-10-26 (20 days left), "
        "30 doses at 1 location",
        "Vaxigrip Tetra FLU25: use by 2026-10-31 (25 days left), "
        "10 doses at 1 location",
    ]
    assert QSettings().value(notified_key(expiry_app)) == "2026-10-06"
    # Show opens the Expiry page and puts the summary away; nothing modal is left open.
    w.show_page(STOCK)
    qtbot.mouseClick(banner.show_button, Qt.MouseButton.LeftButton)
    assert w.current_page() == EXPIRY and not banner.isVisible()
    assert not w.ops.open_message_boxes()
    w.close()

    # A restart the same day: the counts, but no summary.
    again = open_window(qtbot, expiry_app)
    assert again.expiry_label.summary.startswith("Expired: 10 doses")
    qtbot.wait(50)
    assert not again.expiry_banner.isVisible()

    # The window stays open past midnight: the next check shows the next day's summary.
    expiry_app.clock.current = utc(2026, 10, 7, 7)  # type: ignore[attr-defined]
    again.expiry_watch.timer.setInterval(20)
    again.expiry_watch.timer.start()
    qtbot.waitUntil(again.expiry_banner.isVisible, timeout=30_000)
    assert QSettings().value(notified_key(expiry_app)) == "2026-10-07"
    assert again.expiry_banner.headline.startswith("10 doses have expired")
    assert "2 days left" in again.expiry_banner.lines[0]
    qtbot.mouseClick(again.expiry_banner.close_button, Qt.MouseButton.LeftButton)
    assert not again.expiry_banner.isVisible()
    qtbot.wait(100)  # more checks the same day show nothing more
    assert not again.expiry_banner.isVisible()
    again.close()


def test_the_summary_is_remembered_per_database_and_follows_a_discard(qtbot, expiry_app, tmp_path) -> None:
    from pharmacy_app.services import stock
    from pharmacy_app.services.app import open_app
    from tests.ui.conftest import _copy_db
    from tests.ui.data import StepClock

    w = open_window(qtbot, expiry_app)
    qtbot.waitUntil(w.expiry_banner.isVisible, timeout=30_000)
    assert w.expiry_banner.headline.startswith("10 doses have expired")
    # Discard the expired stock: the summary on screen follows at once.
    rows = [r for r in w.expiry_page.overview.model.rows() if r.batch == "OLDX"]
    for r in rows:
        w.ops.write(
            lambda a, r=r: stock.discard(
                a, lot_id=r.lot_id, location_code=r.location_code, doses=r.doses, reason_code="UDLOEBET"
            ),
            changes=Change.STOCK,
        )
    qtbot.waitUntil(lambda: w.expiry_banner.headline.startswith("60 doses expire within 30 days"), timeout=30_000)
    assert w.expiry_banner.isVisible() and "expired" not in w.expiry_banner.headline
    w.close()

    # Another database on the same computer, the same day: its own summary.
    source = Path(expiry_app.db.url.removeprefix("sqlite:///"))
    other_db = _copy_db(source, tmp_path / "other.db")
    other = open_app(f"sqlite:///{other_db}", user="tester", clock=StepClock(TEST_START))
    try:
        assert notified_key(other) != notified_key(expiry_app)
        second = open_window(qtbot, other)
        qtbot.waitUntil(second.expiry_banner.isVisible, timeout=30_000)
        assert QSettings().value(notified_key(other)) == "2026-10-06"
        second.close()
    finally:
        other.close()
    # The first database, opened again the same day: no second summary.
    again = open_window(qtbot, expiry_app)
    qtbot.wait(50)
    assert not again.expiry_banner.isVisible()
    again.close()


def test_watch_with_an_injected_clock(qtbot, expiry_app) -> None:
    from pharmacy_app.ui.operations import Operations

    days = [TODAY]
    ops = Operations(expiry_app)
    watch = ExpiryWatch(ops, clock=lambda: days[0], interval_ms=10_000)
    shown: list[date] = []
    watch.notify.connect(lambda c: shown.append(c.today))
    watch.start()
    qtbot.waitUntil(lambda: shown == [TODAY], timeout=30_000)
    watch.check_day()  # the same day: nothing
    qtbot.wait(50)
    assert shown == [TODAY]
    days[0] = TODAY + timedelta(days=1)
    watch.check_day()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=30_000)
    # The counts are counted for the injected day: OLDX is still expired, SOON3 now 2 days.
    assert shown[1] == TODAY + timedelta(days=1)
    assert watch.counts is not None and watch.counts.soonest[0].days_left == 2
    watch.stop()
    ops.shutdown()


def test_no_summary_when_nothing_expires(qtbot, app) -> None:
    w = open_window(qtbot, app)  # the paper log alone: everything > 60 days away
    # 20 at MOB-NORD, and the pharmacy's 30 VG5521 and 10 PV2001 that no site gives.
    assert w.expiry_label.summary == "Expired: 0 doses · ≤ 30 days: 0 doses · at risk: 60"
    assert w.expiry_banner.headline.startswith("60 doses will not be used in time")
    w.close()


# --------------------------------------------------------------------------- wastage


WASTE = """
discard FX1234 at VC-HER 3 reason ANBRUDT_HETTEGLAS ref K-2
administer SOON3 at VC-HER 5 ref DAG-3
"""


def test_wastage_tab_matches_a_hand_count(qtbot, expiry_app, tmp_path: Path) -> None:
    lots = Log(lots={"FX1234": _lot(expiry_app, "FX1234"), "SOON3": _lot(expiry_app, "SOON3")})
    apply_log(expiry_app, WASTE, lots)
    w = open_window(qtbot, expiry_app)
    w.show_page(EXPIRY)
    page = w.expiry_page
    page.setCurrentIndex(WASTAGE)
    tab = page.wastage_tab
    assert tab.period() == (date(2026, 10, 1), date(2026, 10, 31))
    qtbot.waitUntil(lambda: tab.result is not None and not tab.is_loading, timeout=30_000)
    # Covid-19 at VC-HER: given 12 + 7 - 7 (reversed) = 12; wasted 6 broken (closed vial)
    # + 3 left in an opened vial = 9.  Rate 100 x 9 / (12 + 9) = 42.857 %.
    # Influenza: given 5 (SOON3), nothing wasted: 0 %.
    m = tab.model
    rows = [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]
    assert rows == [
        ["covid-19", "COVID-19", "12", "9", "6", "3", "42.9"],
        ["influenza", "Influenza", "5", "0", "0", "0", "0.0"],
        ["", "Total", "17", "9", "6", "3", "34.6"],  # 9 / 26
    ]
    tab.set_group_by("site")
    qtbot.waitUntil(lambda: tab.result is not None and tab.result.group_by == "site", timeout=30_000)
    assert [m.index(r, 0).data() for r in range(m.rowCount())] == ["VC-HER", ""]
    assert m.index(0, 6).data() == "34.6"
    # Last month nothing was given or wasted.
    tab.show_last_month()
    qtbot.waitUntil(lambda: tab.result is not None and tab.result.start == date(2026, 9, 1), timeout=30_000)
    assert m.rowCount() == 0 and "Nothing was administered" in tab.summary_label.text()
    # This year: the same as October; exported with its totals row.
    tab.show_this_year()
    qtbot.waitUntil(lambda: tab.result is not None and tab.result.start == date(2026, 1, 1), timeout=30_000)
    out = tmp_path / "spild.csv"
    tab.export_to(out)
    qtbot.waitUntil(lambda: out.exists() and w.ops.is_idle(), timeout=30_000)
    with out.open(encoding="utf-8") as fh:
        written = list(csv.reader(fh))
    assert written[0] == ["group", "name", "administered", "wasted", "closed_vial", "open_vial", "rate_percent"]
    assert written[1:] == [
        ["VC-HER", "Vaccinationscenter Herlev", "17", "9", "6", "3", "34.62"],
        ["", "Total", "17", "9", "6", "3", "34.62"],
    ]
    w.close()


def test_wastage_rate_in_danish(qtbot, danish, expiry_app) -> None:
    from pharmacy_app.ui import fmt

    fmt.set_language("da")
    apply_log(expiry_app, WASTE.splitlines()[1], _log(expiry_app))
    w = open_window(qtbot, expiry_app)
    tab = w.expiry_page.wastage_tab
    w.show_page(EXPIRY)
    w.expiry_page.setCurrentIndex(WASTAGE)
    qtbot.waitUntil(lambda: tab.result is not None and not tab.is_loading, timeout=30_000)
    m = tab.model
    assert m.index(0, 6).data() == "42,9"  # 9 / 21, with a decimal comma
    assert m.index(0, 1).data() == "Covid-19"
    assert tab.from_edit.text() == "01-10-2026"
    w.close()


def test_wastage_names_programmes_and_site_kinds_not_their_codes(qtbot, danish, expiry_app) -> None:
    """The app's own codes ("covid-19", "pneumococcal", "central") are never shown; a
    product's item number and a site's code are."""
    apply_log(expiry_app, WASTE.splitlines()[1], _log(expiry_app))
    w = open_window(qtbot, expiry_app)
    tab = w.expiry_page.wastage_tab
    w.show_page(EXPIRY)
    w.expiry_page.setCurrentIndex(WASTAGE)

    def shown(group_by: str) -> list[list[str]]:
        tab.set_group_by(group_by)
        qtbot.waitUntil(
            lambda: tab.result is not None and tab.result.group_by == group_by and not tab.is_loading,
            timeout=30_000,
        )
        m = tab.model
        visible = [c for c in range(m.columnCount()) if not tab.table.isColumnHidden(c)]
        return [[m.index(r, c).data() for c in visible] for r in range(m.rowCount())]

    assert shown("programme") == [["Covid-19", "12", "9", "6", "3", "42,9"], ["I alt", "12", "9", "6", "3", "42,9"]]
    assert shown("site_kind")[0][0] == "Centralt vaccinationscenter"
    assert shown("product")[0][:2] == ["412345", "Comirnaty (variant-adapted) 30 µg/dosis, multidosis"]
    assert shown("site")[0][:2] == ["VC-HER", "Vaccinationscenter Herlev"]
    w.close()


def _lot(app: App, batch: str) -> int:
    return next(r.lot_id for r in expiry.expiry_overview(app) if r.batch == batch)


def _log(app: App) -> Log:
    return Log(lots={"FX1234": _lot(app, "FX1234")})


# --------------------------------------------------------------------------- picture


def test_demo_region_renders(qtbot, tmp_path: Path) -> None:
    from pharmacy_app.services import demo
    from pharmacy_app.services.app import open_app
    from tests.ui.data import StepClock

    path = tmp_path / "demo.db"
    now = utc(2026, 10, 6, 9)
    app = open_app(f"sqlite:///{path}", user="tester", clock=StepClock(now, timedelta(0)))
    try:
        demo.generate(app, seed=7, until=TODAY)
        w = open_window(qtbot, app)
        w.resize(1400, 900)
        w.show_page(EXPIRY)
        wait_expiry(qtbot, w)
        qtbot.wait(100)
        out = tmp_path / "expiry.png"
        assert w.grab().save(str(out))
        assert_real_picture(out, 1400, 900)
        Path("/tmp/expiry_page.png").write_bytes(out.read_bytes())
        w.close()
    finally:
        app.close()
